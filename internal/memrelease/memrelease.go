// Package memrelease gives the memory of a large request back to the operating system once its
// response is written. Go's background scavenger returns freed heap pages only slowly, so after
// a 10,000-scenario batch a server otherwise keeps most of the batch's peak resident for
// minutes; one forced collection and release right after such a request brings it back to
// what it held before. Ordinary requests are not affected: only a request that Mark was called
// for pays a collection.
package memrelease

import (
	"context"
	"net/http"
	"runtime"
	"runtime/debug"
	"sync/atomic"
)

// LargeEvaluations is the number of subject × region evaluations from which a request counts
// as large: one scenario-sized batch of 2,000 subjects under five regions.
const LargeEvaluations = 10000

type key struct{}

// Mark records that the request of ctx is large, when it runs under Middleware.
func Mark(ctx context.Context) {
	if large, ok := ctx.Value(key{}).(*atomic.Bool); ok {
		large.Store(true)
	}
}

// MarkIf marks the request of ctx when it asks for at least LargeEvaluations evaluations.
func MarkIf(ctx context.Context, evaluations int) {
	if evaluations >= LargeEvaluations {
		Mark(ctx)
	}
}

// Middleware releases memory to the operating system after a request that was marked, once
// the handler has returned (its response written).
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		large := new(atomic.Bool)
		defer func() {
			// Also when the handler cut its response short (http.ErrAbortHandler).
			if large.Load() {
				Release()
			}
		}()
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), key{}, large)))
	})
}

// releasing is set while a release runs: requests that end meanwhile share it.
var releasing atomic.Bool

// Released counts the releases done, for tests.
var Released atomic.Uint64

// Release collects garbage and returns the freed memory to the operating system, in the
// background, unless a release is running already.
func Release() {
	if !releasing.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer releasing.Store(false)
		debug.FreeOSMemory()
		Released.Add(1)
	}()
}

// Collect runs a garbage collection now. A request that works through a large batch a chunk at
// a time and keeps little of each chunk (compareBatch, compareBatchSummary, the CSV export)
// calls it between chunks, so that the next chunk reuses the memory of the last one. Left to its pacing, the
// collector lets the heap grow to twice what was live at the last collection: with a small live
// heap and each chunk's decoded plugin answers (tens of megabytes) as garbage, that is the
// garbage of several chunks at once. A collection of a small live heap costs milliseconds, per
// 2,000 scenarios.
func Collect() { runtime.GC() }
