package memrelease

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// A request releases memory after its handler only when it was marked, and MarkIf marks from
// LargeEvaluations on (the threshold included).
func TestMiddlewareReleasesAfterLargeRequests(t *testing.T) {
	for _, tc := range []struct {
		evaluations int
		release     bool
	}{
		{0, false},
		{LargeEvaluations - 1, false},
		{LargeEvaluations, true},
		{LargeEvaluations + 1, true},
	} {
		before := Released.Load()
		var releasedInHandler uint64
		h := Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			MarkIf(r.Context(), tc.evaluations)
			w.WriteHeader(http.StatusNoContent)
			releasedInHandler = Released.Load()
		}))
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/", nil))
		if releasedInHandler != before {
			t.Errorf("%d evaluations: released before the response was written", tc.evaluations)
		}
		deadline := time.Now().Add(10 * time.Second)
		for tc.release && Released.Load() == before && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		for releasing.Load() { // let a release finish before the next case counts
			time.Sleep(time.Millisecond)
		}
		if got := Released.Load() > before; got != tc.release {
			t.Errorf("%d evaluations: released %v, want %v", tc.evaluations, got, tc.release)
		}
	}
}
