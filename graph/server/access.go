package server

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/shegong/shegong/graph"
	"github.com/shegong/shegong/graph/gqlerr"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/inflight"
	"github.com/shegong/shegong/internal/metrics"
	"github.com/shegong/shegong/internal/ratelimit"
)

// Defaults of the request limits (per server instance). An anonymous body is small; a token's
// is large enough for compareBatch's largest batch of ordinary scenarios (graph.MaxScenarios
// projects with a few budget lines and workers each).
const (
	DefaultRatePerSecond     = 20
	DefaultRateBurst         = 40
	DefaultMaxBodyBytes      = 1 << 20
	DefaultMaxTokenBodyBytes = 16 << 20
	// DefaultMaxInFlightPerClient is how many API requests one client (its token, else its
	// IP address) may have in flight at once. A maximal compareBatch (10,000 scenarios × 5
	// regions) grows the server by about 120 MiB (its answer is streamed), so 4 bound one
	// client near 500 MiB; a browser tab or a
	// script rarely needs more than a few requests at once, and a client that wants more
	// throughput gets it by waiting for its answers, not by piling requests up.
	DefaultMaxInFlightPerClient = 4
)

// Authenticator turns a bearer token into a viewer; an error is 401 UNAUTHENTICATED (a
// *token.AuthError) or 500.
type Authenticator func(ctx context.Context, bearer string) (*auth.Viewer, error)

// Rate is a token bucket: PerSecond requests a second on average, bursts of Burst.
// PerSecond 0 disables the limit.
type Rate = ratelimit.Rate

// apiError writes an error in the shape of the endpoint: GraphQL errors on /graphql, the
// export's {"error": …} elsewhere.
func apiError(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	apiErrorWith(w, r, status, code, msg, nil)
}

// apiErrorWith is apiError with further fields: the GraphQL error's extensions besides its
// code, or the export error's fields besides code and message.
func apiErrorWith(w http.ResponseWriter, r *http.Request, status int, code, msg string, ext map[string]any) {
	fields := map[string]any{"code": code}
	for k, v := range ext {
		fields[k] = v
	}
	if isGraphQLPath(r) {
		writeJSON(w, status, map[string]any{"data": nil, "errors": []any{map[string]any{
			"message": msg, "extensions": fields}}})
		return
	}
	fields["message"] = msg
	writeJSON(w, status, map[string]any{"error": fields})
}

// protect wraps an API handler (GraphQL, exports) with, in order: the per-IP rate limit,
// authentication (header only), the per-token rate limit, the cap on requests in flight of
// the client (its token, else its IP address; shared by every handler protect wraps, through
// inFlight), the body size cap of the caller (anonymous or token), and the request's audit
// buffer and caches. Everything that can refuse a request runs before its body is read: a
// refused client's body is never read, and a body larger than the caller's cap is cut at the
// cap. A request holds its in-flight slot from before its body is read until its handler
// returns (a streamed export: until the last row is written).
func protect(o Options, inFlight *inflight.Limiter, next http.Handler) http.Handler {
	anonBody := o.MaxBodyBytes
	if anonBody == 0 {
		anonBody = DefaultMaxBodyBytes
	}
	tokenBody := max(cmp.Or(o.MaxTokenBodyBytes, DefaultMaxTokenBodyBytes), anonBody)
	var limit ratelimit.Limiter = ratelimit.NewLocal()
	if o.RateLimiter != nil {
		limit = o.RateLimiter
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		client, per := "ip:"+clientIP(r), "IP address"
		if wait, ok := limit.Allow(r.Context(), client, o.IPRate); !ok {
			o.Metrics.Refused(metrics.RefusedRateIP)
			tooMany(w, r, wait, per, metrics.RefusedRateIP)
			return
		}
		v := auth.AnonymousViewer()
		maxBody := anonBody
		if h := r.Header.Get("Authorization"); h != "" {
			bearer, ok := strings.CutPrefix(h, "Bearer ")
			if !ok {
				unauthenticated(w, r, "认证头格式错误 / malformed Authorization header: want Bearer <token>")
				return
			}
			if o.Authenticate == nil {
				unauthenticated(w, r, "this server accepts no tokens")
				return
			}
			var err error
			v, err = o.Authenticate(r.Context(), strings.TrimSpace(bearer))
			if err != nil {
				if isAuthError(err) {
					unauthenticated(w, r, err.Error())
					return
				}
				dependencyFailed(w, r, o.Logger, "authentication", err)
				return
			}
			client, per = fmt.Sprintf("token:%d", v.TokenID), "token"
			if wait, ok := limit.Allow(r.Context(), client, o.TokenRate); !ok {
				o.Metrics.Refused(metrics.RefusedRateToken)
				tooMany(w, r, wait, per, metrics.RefusedRateToken)
				return
			}
			maxBody = tokenBody
		}
		if !inFlight.Acquire(client) {
			o.Metrics.Refused(metrics.RefusedInFlight)
			tooManyInFlight(w, r, per, inFlight.Max())
			return
		}
		if !inFlight.Off() {
			o.Metrics.RequestsInFlight(+1)
			defer func() {
				inFlight.Release(client)
				o.Metrics.RequestsInFlight(-1)
			}()
		}
		if r.Body != nil && r.Body != http.NoBody {
			body, ok := readBody(w, r, maxBody, tokenBody)
			if !ok {
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		ctx := auth.NewContext(r.Context(), v)
		ctx = graph.WithRequestCache(ctx)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// readBody reads a request body of at most maxBody bytes, answering 413 for a larger one
// (refused on its declared length without reading it) and 408 for one that did not arrive
// within the server's read timeout.
func readBody(w http.ResponseWriter, r *http.Request, maxBody, tokenBody int64) ([]byte, bool) {
	tooLarge := func() {
		msg := fmt.Sprintf("请求体过大 / request body larger than %d bytes", maxBody)
		if maxBody < tokenBody {
			msg += fmt.Sprintf(" (%d with an API token)", tokenBody)
		}
		apiError(w, r, http.StatusRequestEntityTooLarge, gqlerr.LimitExceeded, msg)
	}
	if r.ContentLength > maxBody {
		tooLarge()
		return nil, false
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			apiError(w, r, http.StatusRequestTimeout, gqlerr.LimitExceeded,
				"请求体未在读取时限内到达 / the request body did not arrive within the server's read timeout")
			return nil, false
		}
		apiError(w, r, http.StatusBadRequest, gqlerr.BadUserInput, "无法读取请求体 / could not read the request body")
		return nil, false
	}
	if int64(len(body)) > maxBody {
		tooLarge()
		return nil, false
	}
	return body, true
}

// isAuthError recognises the authenticator's "not a valid token" errors by their method.
func isAuthError(err error) bool {
	var ae interface{ Unauthenticated() bool }
	return errors.As(err, &ae) && ae.Unauthenticated()
}

func unauthenticated(w http.ResponseWriter, r *http.Request, msg string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="shegong"`)
	apiError(w, r, http.StatusUnauthorized, gqlerr.Unauthenticated, msg)
}

// tooMany refuses a request over a rate: HTTP 429, Retry-After, LIMIT_EXCEEDED with the
// limit's name (a metrics.Refused* reason); per names the kind of client, never the client.
func tooMany(w http.ResponseWriter, r *http.Request, wait time.Duration, per, limitName string) {
	secs := int(math.Ceil(wait.Seconds()))
	if secs < 1 {
		secs = 1
	}
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	apiErrorWith(w, r, http.StatusTooManyRequests, gqlerr.LimitExceeded,
		fmt.Sprintf("请求过于频繁 / too many requests for this %s; retry after %d s", per, secs),
		map[string]any{"limitName": limitName})
}

// inFlightRetryAfter is the Retry-After of a request refused for the requests its client has
// in flight: when one of them ends is not known, and a second is the header's smallest step.
const inFlightRetryAfter = 1

// tooManyInFlight refuses a request of a client that already has limit requests in flight, in
// the shape of tooMany.
func tooManyInFlight(w http.ResponseWriter, r *http.Request, per string, limit int) {
	w.Header().Set("Retry-After", strconv.Itoa(inFlightRetryAfter))
	apiErrorWith(w, r, http.StatusTooManyRequests, gqlerr.LimitExceeded,
		fmt.Sprintf("同时进行的请求过多：每个%s最多 %d 个 / too many requests in flight for this %s: at most %d at once; retry once one of them has answered",
			perZh[per], limit, per, limit),
		map[string]any{"limitName": metrics.RefusedInFlight, "limit": limit})
}

// perZh names the kinds of client in Chinese.
var perZh = map[string]string{"IP address": "IP 地址", "token": "令牌"}

// clientIP is the peer address of the connection. X-Forwarded-For is not trusted: behind a
// proxy, limit at the proxy.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
