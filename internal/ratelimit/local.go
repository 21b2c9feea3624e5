// Package ratelimit counts requests per key (a client IP address, an API token) against a
// token-bucket rate: in this process (Local), or in Redis shared by every replica (Shared),
// which falls back to counting in this process while Redis does not answer.
package ratelimit

import (
	"context"
	"math"
	"sync"
	"time"
)

// Rate is a token bucket: PerSecond requests a second on average, bursts of Burst.
// PerSecond 0 disables the limit.
type Rate struct {
	PerSecond float64
	Burst     int
}

// Off reports whether the rate limits nothing.
func (r Rate) Off() bool { return r.PerSecond <= 0 }

// burst is Burst, or the rate rounded up when Burst is not set: a bucket holds at least one.
func (r Rate) burst() int {
	if r.Burst < 1 {
		return max(1, int(math.Ceil(r.PerSecond)))
	}
	return r.Burst
}

// Limiter decides whether a request of key may go ahead under rate, or how long it should
// wait before it retries. Keys are namespaced by the caller ("ip:…", "token:…").
type Limiter interface {
	Allow(ctx context.Context, key string, rate Rate) (wait time.Duration, ok bool)
}

// Local is a set of token buckets, one per key and rate, in this process only.
type Local struct {
	mu      sync.Mutex
	buckets map[bucketKey]*bucket
}

type bucketKey struct {
	key  string
	rate Rate
}

type bucket struct {
	tokens float64
	last   time.Time
}

// maxBuckets is how many buckets Local keeps before it forgets those that have refilled.
const maxBuckets = 10000

// NewLocal returns an empty Local.
func NewLocal() *Local { return &Local{buckets: map[bucketKey]*bucket{}} }

// Allow takes a token from key's bucket, or says how long until one is available.
func (l *Local) Allow(_ context.Context, key string, r Rate) (time.Duration, bool) {
	if r.Off() {
		return 0, true
	}
	burst := float64(r.burst())
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.buckets) > maxBuckets {
		// Forget buckets that have refilled: they hold no state worth keeping.
		for k, b := range l.buckets {
			if b.tokens+now.Sub(b.last).Seconds()*k.rate.PerSecond >= float64(k.rate.burst()) {
				delete(l.buckets, k)
			}
		}
	}
	k := bucketKey{key, r}
	b, ok := l.buckets[k]
	if !ok {
		b = &bucket{tokens: burst, last: now}
		l.buckets[k] = b
	}
	b.tokens = math.Min(burst, b.tokens+now.Sub(b.last).Seconds()*r.PerSecond)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return 0, true
	}
	return time.Duration((1 - b.tokens) / r.PerSecond * float64(time.Second)), false
}
