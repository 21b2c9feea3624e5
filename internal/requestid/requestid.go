// Package requestid gives every HTTP request an id that appears in logs and
// in INTERNAL errors, so a user's report can be matched to the server log.
package requestid

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"regexp"
)

// Header is the request/response header carrying the id.
const Header = "X-Request-Id"

type ctxKey struct{}

// acceptable limits ids taken from clients, so they cannot inject log noise.
var acceptable = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// New returns a random 16-hex-digit id.
func New() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// With returns ctx carrying id.
func With(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, ctxKey{}, id)
}

// From returns the request id of ctx, or "" outside a request.
func From(ctx context.Context) string {
	id, _ := ctx.Value(ctxKey{}).(string)
	return id
}

// Middleware reuses a well-formed incoming X-Request-Id (from a proxy) or
// makes a new one, and echoes it in the response.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get(Header)
		if !acceptable.MatchString(id) {
			id = New()
		}
		w.Header().Set(Header, id)
		next.ServeHTTP(w, r.WithContext(With(r.Context(), id)))
	})
}
