package host

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/shegong/shegong/plugins/examples/testregion"
	"github.com/shegong/shegong/plugins/sdk"
)

// blockingPolicy hangs every call while blocked is set, ignoring its context, as a policy
// stuck in a loop or a lock would; release ends every hang at cleanup.
type blockingPolicy struct {
	sdk.Policy
	blocked *atomic.Bool
	release chan struct{}
}

func (p *blockingPolicy) hang() {
	if p.blocked.Load() {
		<-p.release
	}
}

func (p *blockingPolicy) Describe(ctx context.Context) (*sdk.Description, error) {
	p.hang()
	return p.Policy.Describe(ctx)
}

func (p *blockingPolicy) Budget(ctx context.Context, d sdk.Date, ps []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	p.hang()
	return p.Policy.Budget(ctx, d, ps)
}

// budgetBoth runs BudgetRegions over alpha and beta with a watchdog, so that a call that
// never returns fails the test instead of hanging it.
func budgetBoth(t *testing.T, h *Host) ([]*BudgetOutcome, time.Duration) {
	t.Helper()
	type result struct {
		out []*BudgetOutcome
		err error
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		out, err := h.BudgetRegions(context.Background(), []string{"alpha", "beta"}, asOf, projects(3, "DOM-MENTAL"))
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatal(r.err)
		}
		return r.out, time.Since(start)
	case <-time.After(20 * time.Second):
		t.Fatal("BudgetRegions over alpha and beta did not return within 20s")
		return nil, 0
	}
}

// checkAlphaUnavailable: beta answered in full, alpha is PLUGIN_UNAVAILABLE.
func checkAlphaUnavailable(t *testing.T, what string, out []*BudgetOutcome) {
	t.Helper()
	var u *UnavailableError
	if a := out[0]; len(a.Errors) != 1 || !errors.As(a.Errors[0].Err, &u) || u.Region != "alpha" {
		t.Errorf("%s: alpha should be unavailable, got %+v", what, a.Errors)
	}
	if b := out[1]; b.Err() != nil || len(b.EvaluatedBy) != 1 || len(b.Results[0].Findings) == 0 {
		t.Errorf("%s: beta should answer, got %+v", what, b)
	}
}

// In process, a policy that hangs (and ignores its context) costs its region one call
// deadline, not the caller: the other region answers, the hung one is unavailable; until it
// answers a health check again its calls fail at once.
func TestHungInProcessPolicyAnswersUnavailableAtItsDeadline(t *testing.T) {
	t.Parallel()
	blocked := new(atomic.Bool)
	release := make(chan struct{})
	var once sync.Once
	t.Cleanup(func() { once.Do(func() { close(release) }) })
	h, err := NewInProcess(map[string]func() sdk.Policy{
		"alpha": func() sdk.Policy {
			return &blockingPolicy{Policy: newTestPolicy("alpha")(), blocked: blocked, release: release}
		},
		"beta": newTestPolicy("beta"),
	}, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	const deadline = 2 * time.Second
	h.cfg.CallTimeout = deadline
	h.cfg.PingInterval = 50 * time.Millisecond
	h.cfg.PingTimeout = 200 * time.Millisecond

	blocked.Store(true)
	out, took := budgetBoth(t, h)
	checkAlphaUnavailable(t, "hung", out)
	t.Logf("with alpha hung: answered in %s (deadline %s)", took, h.cfg.CallDeadline(3))
	if took < deadline || took > deadline+3*time.Second {
		t.Errorf("with alpha hung the call took %s, want alpha's deadline %s plus a little", took, deadline)
	}
	// Suspended: the next call does not wait for the deadline again.
	out, took = budgetBoth(t, h)
	checkAlphaUnavailable(t, "suspended", out)
	if took > deadline/2 {
		t.Errorf("with alpha suspended the call took %s, want it to fail fast (deadline %s)", took, deadline)
	}
	// Unstuck, it answers its next health check and serves again.
	blocked.Store(false)
	once.Do(func() { close(release) })
	waitServing(t, h, "alpha", 5*time.Second)
}

// A SIGSTOPped plugin process costs an all-region call one call deadline: the other region
// answers, the stopped one is PLUGIN_UNAVAILABLE well before two health pings could have
// found it hung; later calls fail fast, and the stopped process is replaced once it misses
// the health check.
func TestStoppedPluginAnswersUnavailableAtItsDeadline(t *testing.T) {
	t.Parallel()
	const deadline = DefaultCallTimeout // the server's default, the one that must hold
	h := startHost(t, Config{Builtin: []string{"alpha", "beta"},
		// Pings as slow as the server's defaults or slower: without a call deadline of its
		// own, a call to the stopped plugin would wait at least two of them (> 5s).
		PingInterval: 2 * time.Second, PingTimeout: 3 * time.Second})
	waitServing(t, h, "alpha", 5*time.Second)
	pid := statusOf(t, h, "alpha").PID
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Kill(pid, syscall.SIGCONT) })
	waitStopped(t, pid)

	out, took := budgetBoth(t, h)
	checkAlphaUnavailable(t, "stopped", out)
	t.Logf("with alpha stopped: answered in %s (deadline %s)", took, h.cfg.CallDeadline(3))
	if took > 3*time.Second {
		t.Errorf("with alpha stopped the call took %s, want about its deadline %s", took, h.cfg.CallDeadline(3))
	}
	out, took = budgetBoth(t, h)
	checkAlphaUnavailable(t, "suspended", out)
	if took >= deadline { // waiting for the deadline again would take at least that long
		t.Errorf("with alpha suspended the call took %s, want it to fail fast (deadline %s)", took, deadline)
	}
	waitServing(t, h, "alpha", 15*time.Second)
	if st := statusOf(t, h, "alpha"); st.PID == pid || st.Restarts != 1 {
		t.Errorf("the stopped plugin was not replaced: %+v (stopped pid %d)", st, pid)
	}
	if alive(pid) {
		t.Errorf("stopped process %d was not killed", pid)
	}
}

// The deadline grows with the number of subjects a call carries, so a large batch chunk is
// not cut off at the base deadline of an ordinary call.
func TestCallDeadlineScalesWithSubjects(t *testing.T) {
	t.Parallel()
	h := startHost(t, Config{Builtin: []string{"alpha"}, CallTimeout: 100 * time.Millisecond,
		CallTimeoutPerSubject: 50 * time.Millisecond})
	// 20 slow projects are about 400ms of work: four times the base, within 100ms + 20 × 50ms.
	out, err := h.Budget(context.Background(), "alpha", asOf, projects(20, testregion.DomainSlow))
	if err != nil || out.Err() != nil {
		t.Errorf("a batch within its scaled deadline failed: %v %+v", err, out)
	}
}

// waitStopped waits until the kernel reports pid stopped: SIGSTOP is delivered
// asynchronously, and a call sent before it lands is rightly answered.
func waitStopped(t *testing.T, pid int) {
	t.Helper()
	for start := time.Now(); ; time.Sleep(time.Millisecond) {
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			t.Fatalf("read state of %d: %v", pid, err)
		}
		s := string(data)
		if i := strings.LastIndexByte(s, ')'); i >= 0 && i+2 < len(s) && s[i+2] == 'T' {
			return
		}
		if time.Since(start) > 5*time.Second {
			t.Fatalf("process %d not stopped 5s after SIGSTOP", pid)
		}
	}
}
