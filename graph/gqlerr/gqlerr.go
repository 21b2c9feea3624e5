// Package gqlerr defines the documented error codes of the API
// (extensions.code) and the presenter that maps every error to one of them.
package gqlerr

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"
	"unicode"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/shegong/shegong/internal/requestid"
)

// Codes returned in extensions.code (contract, docs/architecture.md "GraphQL").
const (
	BadUserInput      = "BAD_USER_INPUT"     // invalid argument; extensions.field names it
	NotFound          = "NOT_FOUND"          // no object with that id
	Forbidden         = "FORBIDDEN"          // authenticated but not allowed
	Unauthenticated   = "UNAUTHENTICATED"    // credentials missing or invalid
	Conflict          = "CONFLICT"           // a unique value is already taken
	PluginUnavailable = "PLUGIN_UNAVAILABLE" // a region plugin is down or failed
	PluginRefused     = "PLUGIN_REFUSED"     // a plugin binary failed its checks (lock file, trust, handshake); the message says why
	LimitExceeded     = "LIMIT_EXCEEDED"     // query too deep or too complex
	Unavailable       = "UNAVAILABLE"        // the database cannot be reached; retry later (HTTP 503)
	Internal          = "INTERNAL"           // our fault; extensions.requestId for the log
)

// New returns an error carrying code (and extra extensions, if any).
func New(code, message string, ext map[string]any) *gqlerror.Error {
	e := &gqlerror.Error{Message: message, Extensions: map[string]any{"code": code}}
	for k, v := range ext {
		e.Extensions[k] = v
	}
	return e
}

// BadInput is a BAD_USER_INPUT error on the argument path field
// (e.g. "first", "input.unifiedSocialCreditCode").
func BadInput(field, message string) *gqlerror.Error {
	return New(BadUserInput, field+": "+message, map[string]any{"field": field})
}

// InternalError is the only thing a client learns about a failure on our
// side: a request id to quote. The cause goes to the log.
func InternalError(ctx context.Context) *gqlerror.Error {
	id := requestid.From(ctx)
	return New(Internal, fmt.Sprintf("internal error (request id %s)", id), map[string]any{"requestId": id})
}

// RetryAfterUnavailable is how long a client is asked to wait (Retry-After) before retrying
// a request answered UNAVAILABLE: about the time a database server takes to restart.
const RetryAfterUnavailable = 5 * time.Second

// UnavailableError answers a request whose database cannot be reached: nothing was written,
// the request may be retried; the request id finds the cause in the log.
func UnavailableError(ctx context.Context) *gqlerror.Error {
	id := requestid.From(ctx)
	return New(Unavailable, fmt.Sprintf("数据库暂时不可用，请稍后重试 / the database is unavailable, nothing was changed; retry in %d s (request id %s)",
		int(RetryAfterUnavailable.Seconds()), id), map[string]any{"requestId": id})
}

// Recover logs a resolver panic with its stack and answers INTERNAL.
func Recover(logger *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		var path ast.Path
		if fc := graphql.GetFieldContext(ctx); fc != nil {
			path = fc.Path()
		}
		logger.ErrorContext(ctx, "panic in GraphQL resolver",
			append(LogAttrs(ctx, path, Internal, fmt.Errorf("%v", p)), "stack", string(debug.Stack()))...)
		return InternalError(ctx)
	}
}

// gqlgenCodes maps the codes gqlgen itself sets onto ours.
var gqlgenCodes = map[string]string{
	"GRAPHQL_PARSE_FAILED":      BadUserInput,
	"GRAPHQL_VALIDATION_FAILED": BadUserInput,
	"COMPLEXITY_LIMIT_EXCEEDED": LimitExceeded,
	// PERSISTED_QUERY_NOT_FOUND is kept as is: APQ clients rely on it to
	// resend the full query.
}

// camel turns an ent field name into its GraphQL name the way entgql does
// (unified_social_credit_code → unifiedSocialCreditCode, param_id → paramID).
func camel(s string) string {
	parts := strings.Split(s, "_")
	var b strings.Builder
	for i, p := range parts {
		switch {
		case i == 0:
			b.WriteString(p)
		case acronyms[p]:
			b.WriteString(strings.ToUpper(p))
		case p != "":
			r := []rune(p)
			r[0] = unicode.ToUpper(r[0])
			b.WriteString(string(r))
		}
	}
	return b.String()
}

var acronyms = map[string]bool{"id": true, "url": true, "json": true, "api": true, "http": true, "sql": true, "uuid": true, "ip": true}

// Camel is exported for tests and other layers that name ent fields.
func Camel(s string) string { return camel(s) }

// pathString renders an argument path as "input.budget[0].amount".
func pathString(p []ast.PathElement) string {
	var b strings.Builder
	for _, e := range p {
		switch v := e.(type) {
		case ast.PathName:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(string(v))
		case ast.PathIndex:
			fmt.Fprintf(&b, "[%d]", int(v))
		}
	}
	return b.String()
}
