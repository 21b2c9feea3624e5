package ratelimit

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/testredis"
)

// slow is a rate that refills one request in 1,000 s: within a test only the burst counts, so
// the counts below do not depend on how fast the test runs.
var slow = Rate{PerSecond: 0.001, Burst: 6}

// allowed counts how many of n requests of key the limiters (taken in turn) let through.
func allowed(t *testing.T, n int, key string, r Rate, ls ...Limiter) int {
	t.Helper()
	ok := 0
	for i := range n {
		wait, yes := ls[i%len(ls)].Allow(context.Background(), key, r)
		if yes {
			ok++
		} else if wait <= 0 {
			t.Fatalf("request %d refused without a positive wait: %v", i, wait)
		}
	}
	return ok
}

func TestLocalAllowsTheBurstThenRefuses(t *testing.T) {
	l := NewLocal()
	if got := allowed(t, 10, "ip:a", slow, l); got != slow.Burst {
		t.Errorf("allowed %d of 10, want the burst %d", got, slow.Burst)
	}
	if got := allowed(t, 10, "ip:b", slow, l); got != slow.Burst {
		t.Errorf("another key has its own bucket: allowed %d, want %d", got, slow.Burst)
	}
	if got := allowed(t, 10, "ip:a", Rate{}, l); got != 10 {
		t.Errorf("rate 0 limits nothing: allowed %d of 10", got)
	}
}

// gauge records what Shared reports through onState.
type gauge struct {
	mu     sync.Mutex
	states []bool
}

func (g *gauge) set(shared bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.states = append(g.states, shared)
}

func (g *gauge) last(t *testing.T) bool {
	t.Helper()
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.states) == 0 {
		t.Fatal("the gauge was never set")
	}
	return g.states[len(g.states)-1]
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newShared(t *testing.T, url, prefix string, logs io.Writer, g *gauge) *Shared {
	t.Helper()
	s, err := NewShared(context.Background(), url, prefix, slog.New(slog.NewTextHandler(logs, nil)), g.set)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// TestSharedCountsOneBucketAcrossInstances: two limiters on one Redis and prefix (two
// replicas) let the burst through once between them, not once each; the Redis keys hold no IP
// address in the clear; another prefix (another deployment) has buckets of its own.
func TestSharedCountsOneBucketAcrossInstances(t *testing.T) {
	url, prefix := testredis.URL(t)
	var logs syncBuffer
	var g1, g2 gauge
	a, b := newShared(t, url, prefix, &logs, &g1), newShared(t, url, prefix, &logs, &g2)
	if !g1.last(t) || !g2.last(t) || !a.Shared() {
		t.Fatalf("a reachable Redis shares the limits: gauges %v %v", g1.states, g2.states)
	}
	const ip = "ip:203.0.113.7"
	if got := allowed(t, 20, ip, slow, a, b); got != slow.Burst {
		t.Errorf("two replicas allowed %d of 20, want the burst %d in total", got, slow.Burst)
	}
	keys := testredis.Keys(t, url, prefix)
	if len(keys) != 1 {
		t.Errorf("keys under the prefix: %q, want one bucket", keys)
	}
	for _, k := range keys {
		if strings.Contains(k, "203.0.113.7") {
			t.Errorf("the Redis key %q holds the IP address", k)
		}
	}
	_, other := testredis.URL(t)
	if got := allowed(t, 20, ip, slow, newShared(t, url, other, &logs, &gauge{})); got != slow.Burst {
		t.Errorf("another prefix allowed %d, want its own burst %d", got, slow.Burst)
	}
	if got := allowed(t, 10, ip, Rate{}, a); got != 10 {
		t.Errorf("rate 0 limits nothing: allowed %d of 10", got)
	}
}

// proxy forwards TCP connections on a loopback port to target until stopped: a Redis that can
// be made unreachable and reachable again on one address.
type proxy struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func startProxy(t *testing.T, addr, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				_ = c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(up, c); _ = up.Close() }()
			go func() { _, _ = io.Copy(c, up); _ = c.Close() }()
		}
	}()
	t.Cleanup(p.stop)
	return p
}

func (p *proxy) stop() {
	_ = p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		_ = c.Close()
	}
	p.conns = nil
}

// TestSharedFallsBackAndRecovers: with Redis unreachable a limiter counts in its process (the
// burst per process), says so once in the log and through the gauge, without the caller's key;
// once Redis answers again, the next try after RetryEvery shares the limits again.
func TestSharedFallsBackAndRecovers(t *testing.T) {
	url, prefix := testredis.URL(t)
	target := strings.Split(url, "/")[2] // host:port of redis://host:port/db
	// A free port, closed: nothing listens there yet.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()

	var logs syncBuffer
	var g gauge
	s := newShared(t, "redis://"+addr+"/0", prefix, &logs, &g)
	now := time.Now()
	s.now = func() time.Time { return now }
	if g.last(t) || s.Shared() {
		t.Fatalf("an unreachable Redis: the gauge should say per process: %v", g.states)
	}
	const ip = "ip:198.51.100.23"
	if got := allowed(t, 10, ip, slow, s); got != slow.Burst {
		t.Errorf("per process: allowed %d of 10, want the burst %d", got, slow.Burst)
	}
	if n := strings.Count(logs.String(), "Redis unreachable"); n != 1 {
		t.Errorf("logged %d times, want once:\n%s", n, logs.String())
	}
	if strings.Contains(logs.String(), "198.51.100.23") {
		t.Errorf("the log names the client's IP address:\n%s", logs.String())
	}

	startProxy(t, addr, target)
	if got := allowed(t, 3, "ip:other", slow, s); got != 3 || s.Shared() {
		t.Fatalf("before RetryEvery Redis is not tried again: shared=%v allowed %d", s.Shared(), got)
	}
	now = now.Add(RetryEvery)
	if _, ok := s.Allow(context.Background(), "ip:probe", slow); !ok || !s.Shared() || !g.last(t) {
		t.Fatalf("after RetryEvery with Redis back: ok=%v shared=%v gauge %v", ok, s.Shared(), g.states)
	}
	if !strings.Contains(logs.String(), "Redis answers again") {
		t.Errorf("the recovery is not logged:\n%s", logs.String())
	}
	if got := allowed(t, 10, ip, slow, s); got != slow.Burst {
		t.Errorf("back in Redis the bucket starts there: allowed %d, want %d", got, slow.Burst)
	}
}

func TestLimitOf(t *testing.T) {
	for _, c := range []struct {
		r                Rate
		rate, burst      int
		period, interval time.Duration
	}{
		{Rate{PerSecond: 20, Burst: 40}, 20, 40, time.Second, 50 * time.Millisecond},
		{Rate{PerSecond: 0.5}, 500, 1, 1000 * time.Second, 2 * time.Second},
		{Rate{PerSecond: 2.5, Burst: 3}, 2500, 3, 1000 * time.Second, 400 * time.Millisecond},
	} {
		l := limitOf(c.r)
		if l.Rate != c.rate || l.Burst != c.burst || l.Period != c.period || l.Period/time.Duration(l.Rate) != c.interval {
			t.Errorf("limitOf(%+v) = %+v, want rate %d burst %d period %v (one request every %v)", c.r, l, c.rate, c.burst, c.period, c.interval)
		}
	}
}

func TestNewSharedRefusesABadURLWithoutItsPassword(t *testing.T) {
	_, err := NewShared(context.Background(), "redis://:s3cretpw@127.0.0.1:6379/notanumber", "", slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err == nil {
		t.Fatal("a malformed URL is accepted")
	}
	if strings.Contains(err.Error(), "s3cretpw") {
		t.Errorf("the error shows the password: %v", err)
	}
}

// BenchmarkAllow: what one rate decision costs in this process and in Redis (one EVALSHA round
// trip to the Redis of SHEGONG_TEST_REDIS_URL).
func BenchmarkAllow(b *testing.B) {
	r := Rate{PerSecond: 1e6, Burst: 1e6}
	b.Run("local", func(b *testing.B) {
		l := NewLocal()
		for b.Loop() {
			l.Allow(context.Background(), "ip:bench", r)
		}
	})
	b.Run("redis", func(b *testing.B) {
		url, prefix := testredis.URL(b)
		s, err := NewShared(context.Background(), url, prefix, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		for b.Loop() {
			if _, ok := s.Allow(context.Background(), "ip:bench", r); !ok {
				b.Fatal("refused")
			}
		}
		if !s.Shared() {
			b.Fatal("Redis did not answer: the benchmark measured the local fallback")
		}
	})
}
