// Package server assembles the HTTP handler: the GraphQL endpoint with its
// transports, caches, limits, error presenter and transactions, GraphiQL,
// and the health endpoints.
package server

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/graph"
	"github.com/shegong/shegong/graph/explore"
	"github.com/shegong/shegong/graph/gqlerr"
	"github.com/shegong/shegong/graph/graphiql"
	"github.com/shegong/shegong/graph/limits"
	"github.com/shegong/shegong/internal/dberr"
	"github.com/shegong/shegong/internal/inflight"
	"github.com/shegong/shegong/internal/memrelease"
	"github.com/shegong/shegong/internal/metrics"
	"github.com/shegong/shegong/internal/ratelimit"
	"github.com/shegong/shegong/internal/requestid"
	"github.com/shegong/shegong/internal/tracing"
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
	// RateLimiter counts the requests against IPRate and TokenRate: a ratelimit.Shared for
	// limits shared by every replica through Redis; nil counts in this process.
	RateLimiter ratelimit.Limiter
	// MaxBodyBytes caps anonymous request bodies (default DefaultMaxBodyBytes),
	// MaxTokenBodyBytes those of requests with a valid token (default
	// DefaultMaxTokenBodyBytes; never below MaxBodyBytes).
	MaxBodyBytes, MaxTokenBodyBytes int64
	// MaxInFlightPerClient caps the API requests (GraphQL and Mounts) one client — its token,
	// else its IP address — has in flight at once in this process; over it: HTTP 429. Zero
	// (or less): no cap.
	MaxInFlightPerClient int
	// Metrics records operations, refusals and rate limits; nil records nothing. Unless
	// MetricsElsewhere, they are served at /metrics to loopback clients.
	Metrics          *metrics.Metrics
	MetricsElsewhere bool
}

// GraphQL returns the /graphql handler alone.
func GraphQL(o Options) *handler.Server {
	o.Logger = slog.New(requestid.LogHandler(o.Logger.Handler()))
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
	srv.AddTransport(getQuery{})
	srv.AddTransport(postJSON{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](queryCacheSize))
	srv.Use(extension.Introspection{})
	srv.Use(persistedQueries{extension.AutomaticPersistedQuery{Cache: lru.New[string](apqCacheSize)}})
	srv.Use(countRefusals(o.Metrics, metrics.RefusedComplexity, extension.FixedComplexityLimit(complexity)))
	srv.Use(countRefusals(o.Metrics, metrics.RefusedDepth, limits.Depth{Max: depth}))
	// The evaluation budget refuses an operation before it runs (an operation-context
	// mutator, like the complexity and depth limits).
	srv.Use(countRefusals(o.Metrics, metrics.RefusedEvaluationBudget, resolver.EvaluationBudget()))
	// Response interceptors, outermost first (gqlgen runs the first registered outermost):
	// unavailableStatus marks an all-UNAVAILABLE response for HTTP 503; codeless gives every
	// error a code; auditRefusals records a refused or failed mutation operation once its
	// transaction has ended, before the response is sent; the transactioner runs each
	// mutation operation in one transaction (queries read without one), except mutations
	// that manage plugins rather than data (see noTx). operationMetrics, outermost of all,
	// counts every operation as the client gets it; operationTracing, inside it, traces the
	// operation and everything it runs.
	srv.Use(&operationMetrics{m: o.Metrics})
	srv.Use(&operationTracing{})
	srv.Use(unavailableStatus{})
	srv.Use(codeless{logger: o.Logger})
	srv.Use(&auditRefusals{client: o.Client, logger: o.Logger})
	srv.Use(newTransactioner(o.Client, o.Logger))
	// One field middleware: page sizes first, then access control. gqlgen wraps every
	// resolved field in a closure per middleware; a list page resolves thousands.
	srv.AroundFields(func(ctx context.Context, next graphql.Resolver) (any, error) {
		if err := limits.CheckPage(graphql.GetFieldContext(ctx), graph.MaxPageSize); err != nil {
			return nil, err
		}
		return resolver.Guard(ctx, next)
	})
	srv.SetErrorPresenter(gqlerr.Presenter(o.Logger))
	srv.SetRecoverFunc(gqlerr.Recover(o.Logger))
	return srv
}

// New returns the complete HTTP handler.
func New(o Options) http.Handler {
	o.Logger = slog.New(requestid.LogHandler(o.Logger.Handler()))
	mux := http.NewServeMux()
	inFlight := inflight.New(o.MaxInFlightPerClient) // one count over every API handler
	mux.Handle("/graphql", acceptGraphQL(protect(o, inFlight, GraphQL(o))))
	for pattern, h := range o.Mounts {
		mux.Handle(pattern, protect(o, inFlight, h))
	}
	graphiql.Register(mux, "shegong 社工 GraphQL", "/graphql")
	if o.Metrics != nil && !o.MetricsElsewhere {
		mux.Handle("GET "+metrics.Path, metrics.LoopbackOnly(o.Metrics.Handler()))
	}
	explore.Register(mux) // the researcher's workbench at /explore/
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
	handler := logRequests(o.Logger, withCORS(o.CORSOrigins, answerUnavailable(memrelease.Middleware(mux))))
	return requestid.Middleware(tracing.HTTP(handler, "/healthz", "/readyz", metrics.Path))
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

// Unwrap lets http.ResponseController reach the connection (a streamed export flushes).
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// logRequests writes one debug line per request.
func logRequests(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		logger.DebugContext(r.Context(), "http request", "method", r.Method, "path", r.URL.Path,
			"status", rec.status, "duration", time.Since(start))
	})
}

// noTx lists mutations that must not run inside the operation's transaction:
// reloadPlugin re-syncs the region's policy tables in transactions of its own,
// which an enclosing write transaction would block (SQLite takes the write lock
// at BEGIN IMMEDIATE) and, if it rolled back, would leave the tables out of step
// with the plugin that now serves.
var noTx = map[string]bool{"reloadPlugin": true}

// onlyNoTx reports whether every root field of a mutation is in noTx.
func onlyNoTx(op *ast.OperationDefinition) bool {
	if len(op.SelectionSet) == 0 {
		return false
	}
	for _, sel := range op.SelectionSet {
		if f, ok := sel.(*ast.Field); !ok || !noTx[f.Name] {
			return false
		}
	}
	return true
}

// transactioner runs each mutation operation in one transaction, as entgql.Transactioner
// (whose MutateOperationContext serialises the operation's resolvers), except operations
// whose root fields are all in noTx. Unlike entgql's, a failed BEGIN or COMMIT answers with a
// code: UNAVAILABLE when the database cannot be reached (the write is not acknowledged; it
// and its audit entry commit together or not at all, and a COMMIT cut off on its way back may
// have been stored, which that answer says), INTERNAL otherwise; the cause goes to the log.
type transactioner struct {
	entgql.Transactioner
	logger *slog.Logger
}

func newTransactioner(client *ent.Client, logger *slog.Logger) transactioner {
	return transactioner{entgql.Transactioner{TxOpener: client, SkipTxFunc: onlyNoTx}, logger}
}

func (t transactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	op := graphql.GetOperationContext(ctx).Operation
	if op == nil || op.Operation != ast.Mutation || onlyNoTx(op) {
		return next(ctx)
	}
	txCtx, tx, err := t.OpenTx(ctx)
	if err != nil {
		return t.failed(ctx, "begin", err)
	}
	defer func() {
		if r := recover(); r != nil {
			_ = tx.Rollback()
			panic(r)
		}
	}()
	resp := next(txCtx)
	if resp == nil || len(resp.Errors) > 0 {
		_ = tx.Rollback()
		if resp == nil {
			return nil
		}
		return &graphql.Response{Errors: resp.Errors}
	}
	if err := tx.Commit(); err != nil {
		return t.failed(ctx, "commit", err)
	}
	return resp
}

func (t transactioner) failed(ctx context.Context, step string, err error) *graphql.Response {
	id := requestid.From(ctx)
	if dberr.Unavailable(err) {
		t.logger.WarnContext(ctx, "database unavailable: mutation not acknowledged", "step", step, "error", err)
		e := gqlerr.UnavailableError(ctx)
		if step == "commit" {
			// The COMMIT may have reached the database before the connection broke.
			e.Message = fmt.Sprintf("提交时数据库连接中断，无法确认是否已保存，请先查询再重试 / the database connection broke during the commit: the change may or may not be stored; read it back before retrying (request id %s)", id)
		}
		return &graphql.Response{Errors: gqlerror.List{e}}
	}
	t.logger.ErrorContext(ctx, "mutation transaction failed", "step", step, "error", err)
	return &graphql.Response{Errors: gqlerror.List{gqlerr.InternalError(ctx)}}
}

// codeless turns every response error without an extensions.code into INTERNAL with the
// request id, logging the original. The error presenter covers resolver errors, but not
// errors made by response interceptors (graphql.ErrorResponse carries no code). Registered
// before every interceptor that answers errors, so it is outside them and sees theirs.
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
		c.logger.ErrorContext(ctx, "GraphQL error without a code answered as INTERNAL", gqlerr.LogAttrs(ctx, e.Path, gqlerr.Internal, e)...)
		out := gqlerr.InternalError(ctx)
		out.Path = e.Path
		resp.Errors[i] = out
	}
	return resp
}
