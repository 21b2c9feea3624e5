// Package server assembles the HTTP handler: the GraphQL endpoint with its
// transports, caches, limits, error presenter and transactions, GraphiQL,
// and the health endpoints.
package server

import (
	"context"
	"encoding/json"
	"github.com/shegong/shegong/internal/audit"
	"log/slog"
	"net/http"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/graph"
	"github.com/shegong/shegong/graph/gqlerr"
	"github.com/shegong/shegong/graph/limits"
	"github.com/shegong/shegong/internal/requestid"
)

// Defaults of Options.
const (
	DefaultComplexityLimit = 50000
	DefaultDepthLimit      = 12
	queryCacheSize         = 1000
	apqCacheSize           = 1000
)

// ReadyCheck reports whether one dependency can serve requests.
type ReadyCheck struct {
	Name  string
	Check func(context.Context) error
}

// Options configure the handler. Client and Logger are required.
type Options struct {
	Client *ent.Client
	Logger *slog.Logger
	// Schema overrides the executable schema; nil means
	// graph.NewSchemaWith(Resolver) (with Resolver.Client defaulting to Client).
	Schema graphql.ExecutableSchema
	// Resolver carries the policy dependencies (evaluation service, re-sync
	// after reload); its Client defaults to Client.
	Resolver graph.Config
	// Mounts adds handlers to the mux by pattern, e.g. "/export/" for CSV export.
	Mounts map[string]http.Handler
	// CORSOrigins are the web origins whose pages may call the server from a browser
	// (ParseCORSOrigins); none: same-origin only.
	CORSOrigins []string
	// ReadyChecks run on GET /readyz in addition to the database ping.
	ReadyChecks     []ReadyCheck
	ComplexityLimit int
	DepthLimit      int
	// Authenticate checks bearer tokens; nil refuses every token (all callers anonymous).
	Authenticate Authenticator
	// IPRate and TokenRate limit requests per client IP and per token (zero: no limit).
	IPRate, TokenRate Rate
	// MaxBodyBytes caps request bodies (default DefaultMaxBodyBytes).
	MaxBodyBytes int64
}

// GraphQL returns the /graphql handler alone.
func GraphQL(o Options) *handler.Server {
	rc := o.Resolver
	if rc.Client == nil {
		rc.Client = o.Client
	}
	if rc.Logger == nil {
		rc.Logger = o.Logger
	}
	resolver := graph.New(rc)
	schema := o.Schema
	if schema == nil {
		schema = graph.NewSchemaWith(rc)
	}
	complexity := o.ComplexityLimit
	if complexity == 0 {
		complexity = DefaultComplexityLimit
	}
	depth := o.DepthLimit
	if depth == 0 {
		depth = DefaultDepthLimit
	}
	srv := handler.New(schema)
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](queryCacheSize))
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](apqCacheSize)})
	srv.Use(extension.FixedComplexityLimit(complexity))
	srv.Use(limits.Depth{Max: depth})
	// One transaction per mutation operation (entgql.Transactioner opens it
	// only for mutations; queries read without one), except for mutations that
	// manage plugins rather than data (see noTx).
	// Registered before the transactioner, so it runs around it (gqlgen: the first
	// extension is the outermost): refused and failed mutations are recorded once the
	// operation's transaction has ended, before the response is sent.
	srv.Use(codeless{logger: o.Logger})
	srv.Use(auditFlusher{client: o.Client, logger: o.Logger})
	srv.Use(transactioner{entgql.Transactioner{TxOpener: o.Client}})
	srv.AroundFields(limits.Pagination(graph.MaxPageSize))
	srv.AroundFields(resolver.Guard)
	srv.SetErrorPresenter(gqlerr.Presenter(o.Logger))
	srv.SetRecoverFunc(gqlerr.Recover(o.Logger))
	return srv
}

// New returns the complete HTTP handler.
func New(o Options) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/graphql", protect(o, GraphQL(o)))
	for pattern, h := range o.Mounts {
		mux.Handle(pattern, protect(o, h))
	}
	mux.Handle("GET /{$}", playground.Handler("shegong 社工 GraphQL", "/graphql"))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"status": "ok"})
	})
	checks := append([]ReadyCheck{{Name: "database", Check: func(ctx context.Context) error {
		_, err := o.Client.Region.Query().Exist(ctx)
		return err
	}}}, o.ReadyChecks...)
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		status, body := http.StatusOK, map[string]any{"status": "ready"}
		failed := map[string]string{}
		for _, c := range checks {
			if err := c.Check(ctx); err != nil {
				o.Logger.WarnContext(ctx, "readiness check failed", "check", c.Name, "error", err)
				failed[c.Name] = "unavailable"
			}
		}
		if len(failed) > 0 {
			status, body = http.StatusServiceUnavailable, map[string]any{"status": "unavailable", "failed": failed}
		}
		writeJSON(w, status, body)
	})
	return requestid.Middleware(logRequests(o.Logger, withCORS(o.CORSOrigins, mux)))
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// logRequests writes one debug line per request.
func logRequests(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		logger.DebugContext(r.Context(), "http request", "method", r.Method, "path", r.URL.Path,
			"status", rec.status, "duration", time.Since(start), "request_id", requestid.From(r.Context()))
	})
}

// noTx lists mutations that must not run inside the operation's transaction:
// reloadPlugin re-syncs the region's policy tables in transactions of its own,
// which an enclosing write transaction would block (SQLite takes the write lock
// at BEGIN IMMEDIATE) and, if it rolled back, would leave the tables out of step
// with the plugin that now serves.
var noTx = map[string]bool{"reloadPlugin": true}

// transactioner is entgql.Transactioner, skipped for operations whose root
// fields are all in noTx.
type transactioner struct{ entgql.Transactioner }

func (t transactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if oc := graphql.GetOperationContext(ctx); oc != nil && oc.Operation != nil && oc.Operation.Operation == ast.Mutation {
		skip := len(oc.Operation.SelectionSet) > 0
		for _, sel := range oc.Operation.SelectionSet {
			f, ok := sel.(*ast.Field)
			if !ok || !noTx[f.Name] {
				skip = false
			}
		}
		if skip {
			return next(ctx)
		}
	}
	return t.Transactioner.InterceptResponse(ctx, next)
}

// codeless turns every response error without an extensions.code into INTERNAL with the
// request id, logging the original. The error presenter covers resolver errors, but not
// errors made by response interceptors: entgql.Transactioner answers a failed BEGIN or
// COMMIT with graphql.ErrorResponse, whose message is the driver's text ("cannot commit
// transaction: sql: …"). Registered first, so it is the outermost interceptor and sees them.
type codeless struct{ logger *slog.Logger }

func (codeless) ExtensionName() string                   { return "CodelessErrors" }
func (codeless) Validate(graphql.ExecutableSchema) error { return nil }
func (c codeless) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return nil
	}
	for i, e := range resp.Errors {
		if e == nil {
			continue
		}
		if code, ok := e.Extensions["code"].(string); ok && code != "" {
			continue
		}
		c.logger.ErrorContext(ctx, "GraphQL error without a code answered as INTERNAL",
			"error", e.Message, "path", e.Path.String(), "request_id", requestid.From(ctx))
		out := gqlerr.InternalError(ctx)
		out.Path = e.Path
		resp.Errors[i] = out
	}
	return resp
}

// auditFlusher writes the audit entries of refused and failed mutations (audit.Pending)
// after the operation's transaction.
type auditFlusher struct {
	client *ent.Client
	logger *slog.Logger
}

func (auditFlusher) ExtensionName() string                   { return "AuditFlusher" }
func (auditFlusher) Validate(graphql.ExecutableSchema) error { return nil }
func (f auditFlusher) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	ctx, pending := audit.WithPending(ctx)
	resp := next(ctx)
	pending.Flush(f.client, f.logger)
	return resp
}
