package server

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"

	"github.com/shegong/shegong/graph/gqlerr"
	"github.com/shegong/shegong/internal/dberr"
	"github.com/shegong/shegong/internal/requestid"
)

// A GraphQL response is written with HTTP 200 by gqlgen whatever its errors. One whose errors
// are all UNAVAILABLE (the database could not be reached) is answered 503 with Retry-After,
// so that clients, proxies and load balancers retry it: unavailableStatus marks the request
// once the response is final, and answerUnavailable rewrites the status it is written with.

type unavailableKey struct{}

// answerUnavailable gives each request a mark that unavailableStatus may set, and answers a
// marked request's 200 as 503 with Retry-After.
func answerUnavailable(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mark := new(atomic.Bool)
		next.ServeHTTP(&unavailableWriter{ResponseWriter: w, mark: mark},
			r.WithContext(context.WithValue(r.Context(), unavailableKey{}, mark)))
	})
}

type unavailableWriter struct {
	http.ResponseWriter
	mark        *atomic.Bool
	wroteHeader bool
}

func (u *unavailableWriter) WriteHeader(code int) {
	if u.wroteHeader {
		return
	}
	u.wroteHeader = true
	if code == http.StatusOK && u.mark.Load() {
		setRetryAfter(u.Header())
		code = http.StatusServiceUnavailable
	}
	u.ResponseWriter.WriteHeader(code)
}

func (u *unavailableWriter) Write(b []byte) (int, error) {
	if !u.wroteHeader {
		u.WriteHeader(http.StatusOK)
	}
	return u.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection (flush, deadlines).
func (u *unavailableWriter) Unwrap() http.ResponseWriter { return u.ResponseWriter }

func setRetryAfter(h http.Header) {
	h.Set("Retry-After", strconv.Itoa(int(gqlerr.RetryAfterUnavailable.Seconds())))
}

// unavailableStatus marks the request when every error of its final response is
// UNAVAILABLE. Registered first: the outermost interceptor sees the response last.
type unavailableStatus struct{}

func (unavailableStatus) ExtensionName() string                   { return "UnavailableStatus" }
func (unavailableStatus) Validate(graphql.ExecutableSchema) error { return nil }
func (unavailableStatus) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	mark, ok := ctx.Value(unavailableKey{}).(*atomic.Bool)
	if !ok || resp == nil || len(resp.Errors) == 0 {
		return resp
	}
	for _, e := range resp.Errors {
		if e == nil || e.Extensions["code"] != gqlerr.Unavailable {
			return resp
		}
	}
	mark.Store(true)
	return resp
}

// dependencyFailed answers a request that failed before GraphQL ran (authentication reads
// the token from the database): UNAVAILABLE with 503 and Retry-After when the database
// cannot be reached, INTERNAL with 500 otherwise; both carry the request id, and the cause
// goes to the log.
func dependencyFailed(w http.ResponseWriter, r *http.Request, logger *slog.Logger, what string, err error) {
	ctx := r.Context()
	id := requestid.From(ctx)
	e, status := gqlerr.InternalError(ctx), http.StatusInternalServerError
	if dberr.Unavailable(err) {
		logger.WarnContext(ctx, what+": database unavailable", "error", err)
		e, status = gqlerr.UnavailableError(ctx), http.StatusServiceUnavailable
		setRetryAfter(w.Header())
	} else {
		logger.ErrorContext(ctx, what+" failed", "error", err)
	}
	code, _ := e.Extensions["code"].(string)
	if isGraphQLPath(r) {
		writeJSON(w, status, map[string]any{"data": nil, "errors": []any{e}})
		return
	}
	writeJSON(w, status, map[string]any{"error": map[string]any{"code": code, "message": e.Message, "requestId": id}})
}

// isGraphQLPath reports whether r is for the GraphQL endpoint (errors in GraphQL's shape)
// rather than the CSV export (errors as {"error": …}).
func isGraphQLPath(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/graphql") }
