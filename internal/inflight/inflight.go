// Package inflight caps how many requests one client (a key: an API token, a client IP
// address) has in flight at once, in this process. A rate limit bounds how often a client
// may start a request; this bounds how many of its requests run together, and so the memory
// one client can hold with requests that each stay within their per-request limits.
package inflight

import "sync"

// Limiter counts the requests in flight per key. Its zero value is unusable: use New.
type Limiter struct {
	max   int
	mu    sync.Mutex
	held  map[string]int
	total int
}

// New returns a Limiter that lets each key hold at most perKey requests at once; perKey < 1
// limits nothing.
func New(perKey int) *Limiter {
	return &Limiter{max: perKey, held: map[string]int{}}
}

// Max is the cap per key (< 1: none).
func (l *Limiter) Max() int { return l.max }

// Off reports whether the limiter limits nothing.
func (l *Limiter) Off() bool { return l == nil || l.max < 1 }

// Acquire takes a slot of key, or reports false when key already holds Max. Every true
// must be followed by exactly one Release of the same key.
func (l *Limiter) Acquire(key string) bool {
	if l.Off() {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.held[key] >= l.max {
		return false
	}
	l.held[key]++
	l.total++
	return true
}

// Release gives back a slot taken by Acquire. A key that holds nothing is forgotten, so the
// map holds only the clients with requests in flight.
func (l *Limiter) Release(key string) {
	if l.Off() {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.held[key] <= 1 {
		delete(l.held, key)
	} else {
		l.held[key]--
	}
	l.total--
}

// InFlight is how many requests hold a slot, over all keys.
func (l *Limiter) InFlight() int {
	if l.Off() {
		return 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.total
}
