package inflight

import (
	"sync"
	"testing"
)

func TestAcquireUpToMaxPerKey(t *testing.T) {
	l := New(2)
	for i := range 2 {
		if !l.Acquire("a") {
			t.Fatalf("slot %d of a refused under the cap of 2", i+1)
		}
	}
	if l.Acquire("a") {
		t.Fatal("a third slot of a granted over the cap of 2")
	}
	if !l.Acquire("b") {
		t.Fatal("b refused while only a is at its cap")
	}
	if got := l.InFlight(); got != 3 {
		t.Errorf("InFlight = %d, want 3", got)
	}
	l.Release("a")
	if !l.Acquire("a") {
		t.Fatal("a refused after releasing one of its slots")
	}
	l.Release("a")
	l.Release("a")
	l.Release("b")
	if got, keys := l.InFlight(), len(l.held); got != 0 || keys != 0 {
		t.Errorf("after releasing everything: %d in flight, %d keys kept; want 0, 0", got, keys)
	}
}

func TestOffLimitsNothing(t *testing.T) {
	for _, l := range []*Limiter{nil, New(0)} {
		for range 100 {
			if !l.Acquire("a") {
				t.Fatal("a limiter with no cap refused")
			}
		}
		l.Release("a")
		if l.InFlight() != 0 {
			t.Error("a limiter with no cap counts")
		}
	}
}

// TestConcurrentNeverOverMax: many goroutines of one key never hold more than Max at once.
func TestConcurrentNeverOverMax(t *testing.T) {
	const limit = 3
	l := New(limit)
	var mu sync.Mutex
	held, peak := 0, 0
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				if !l.Acquire("k") {
					continue
				}
				mu.Lock()
				held++
				peak = max(peak, held)
				mu.Unlock()
				mu.Lock()
				held--
				mu.Unlock()
				l.Release("k")
			}
		}()
	}
	wg.Wait()
	if peak > limit || peak < 1 {
		t.Errorf("peak of %d slots held at once, want 1..%d", peak, limit)
	}
	if l.InFlight() != 0 {
		t.Errorf("%d still in flight", l.InFlight())
	}
}

// BenchmarkAcquireRelease is the cost the cap adds to a request: one slot taken and given
// back, from as many goroutines as GOMAXPROCS, over 100 clients.
func BenchmarkAcquireRelease(b *testing.B) {
	l := New(4)
	keys := make([]string, 100)
	for i := range keys {
		keys[i] = "token:" + string(rune('a'+i%26)) + string(rune('a'+i/26))
	}
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			k := keys[i%len(keys)]
			if l.Acquire(k) {
				l.Release(k)
			}
			i++
		}
	})
}
