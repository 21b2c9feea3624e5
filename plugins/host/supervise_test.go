package host

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/testdir"
	"github.com/shegong/shegong/plugins/examples/testregion"
	"github.com/shegong/shegong/plugins/sdk"
)

// Describe can find no description yet and then acquire an instance that came up in the
// meantime (a plugin finishing its first start). That hold must be released, or the
// instance can never retire: the next reload would wait for it forever, and so would Close.
func TestDescribeReleasesItsHoldWhenThePluginComesUp(t *testing.T) {
	// Not inProcessHost: its cleanup would Close, which hangs forever if the bug is back.
	h, err := NewInProcess(map[string]func() sdk.Policy{"alpha": newTestPolicy("alpha")}, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	s := h.slot("alpha")
	// Recreate the window: an instance serves, but Describe read no description before it.
	s.mu.Lock()
	s.last = nil
	s.mu.Unlock()
	d, ref, err := h.Describe("alpha")
	if err != nil || d == nil || d.Region.Code != "alpha" || ref.Region != "alpha" || ref.RulesetHash != d.RulesetHash {
		t.Errorf("Describe with the plugin just up: %+v %+v %v", d, ref, err)
	}
	if err := h.Reload(context.Background(), "alpha"); err != nil {
		t.Fatal(err)
	}
	closed := make(chan struct{})
	go func() { h.Close(); close(closed) }()
	select {
	case <-closed:
	case <-time.After(3 * time.Second):
		t.Fatal("Close did not return: Describe left a hold on the instance the reload retired")
	}
}

// logRecorder keeps every log line for the test to inspect and passes it on to t.
type logRecorder struct {
	mu  sync.Mutex
	buf bytes.Buffer
	to  io.Writer
}

func (r *logRecorder) Write(p []byte) (int, error) {
	r.mu.Lock()
	r.buf.Write(p)
	r.mu.Unlock()
	return r.to.Write(p)
}

func (r *logRecorder) lines(substr string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, l := range strings.Split(r.buf.String(), "\n") {
		if strings.Contains(l, substr) {
			out = append(out, l)
		}
	}
	return out
}

func recordingLogger(t *testing.T) (*slog.Logger, *logRecorder) {
	w := &testWriter{t: t}
	t.Cleanup(w.close)
	rec := &logRecorder{to: w}
	return slog.New(slog.NewTextHandler(rec, nil)), rec
}

// A plugin answers for its own region only: a finding it labels with another region is
// relabelled with the region that was called, and the host warns once per plugin.
func TestFindingsClaimingAnotherRegionAreRelabelled(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	// The test plugin really does claim Shenzhen for these findings.
	raw, err := sdk.InProcess(testregion.New(testregion.Options{Code: "alpha"})).Budget(ctx, asOf, projects(1, testregion.DomainMislabel))
	if err != nil || raw[0].Findings[0].Region != testregion.MislabelRegion {
		t.Fatalf("testregion does not mislabel: %+v %v", raw, err)
	}

	logger, logs := recordingLogger(t)
	h := startHost(t, Config{Builtin: []string{"alpha", "child"}, Logger: logger})
	mislabelled := projects(3, testregion.DomainMislabel)
	for range 2 {
		out, err := h.Budget(ctx, "child", asOf, mislabelled)
		if err != nil || out.Err() != nil {
			t.Fatalf("Budget: %v %+v", err, out)
		}
		for i, r := range out.Results {
			if got := regionsOf(r.Findings); !reflect.DeepEqual(got, []string{"child", "alpha"}) {
				t.Errorf("budget project %d: findings labelled %v, want [child alpha]", i, got)
			}
		}
		st, err := h.Staffing(ctx, "child", asOf, []sdk.Subject{{Project: &mislabelled[0]}})
		if err != nil || st.Err() != nil {
			t.Fatalf("Staffing: %v %+v", err, st)
		}
		if got := regionsOf(st.Results[0].Findings); !reflect.DeepEqual(got, []string{"child", "alpha"}) {
			t.Errorf("staffing: findings labelled %v, want [child alpha]", got)
		}
	}
	warnings := logs.lines("labelled findings with another region")
	if len(warnings) != 2 {
		t.Fatalf("want one warning per plugin (child, alpha), got %d:\n%s", len(warnings), strings.Join(warnings, "\n"))
	}
	for _, w := range warnings {
		if !strings.Contains(w, "level=WARN") || !strings.Contains(w, "claimed="+testregion.MislabelRegion) {
			t.Errorf("warning should be at WARN and name the claimed region: %s", w)
		}
	}
	// Correctly labelled findings pass unchanged and without a warning.
	if out, err := h.Budget(ctx, "child", asOf, projects(2, "DOM-MENTAL")); err != nil || !reflect.DeepEqual(regionsOf(out.Results[1].Findings), []string{"child", "alpha"}) {
		t.Errorf("ordinary findings: %v %+v", err, out)
	}
	if n := len(logs.lines("labelled findings with another region")); n != 2 {
		t.Errorf("%d warnings after an ordinary call, want still 2", n)
	}
}

func regionsOf(fs []sdk.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Region)
	}
	return out
}

// describeCount asks the region's current process how many Describe calls it has answered.
func describeCount(t *testing.T, h *Host, region string) string {
	t.Helper()
	out, err := h.Budget(context.Background(), region, asOf, projects(1, testregion.DomainDescribeCount))
	if err != nil || out.Err() != nil || len(out.Results[0].Findings) != 1 {
		t.Fatalf("describe count: %v %+v", err, out)
	}
	return out.Results[0].Findings[0].Actual
}

// A restart after a crash reuses the description of the same version (no Describe call);
// a reload always describes the new process, even of the same version.
func TestDescribeCachedForRestartsNotForReloads(t *testing.T) {
	t.Parallel()
	h := startHost(t, Config{Builtin: []string{"alpha"}})
	if n := describeCount(t, h, "alpha"); n != "1" {
		t.Errorf("first start: the process answered %s Describe calls, want 1", n)
	}
	pid := statusOf(t, h, "alpha").PID
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	waitServing(t, h, "alpha", 5*time.Second)
	if st := statusOf(t, h, "alpha"); st.PID == pid || st.Restarts != 1 {
		t.Fatalf("not restarted: %+v", st)
	}
	if n := describeCount(t, h, "alpha"); n != "0" {
		t.Errorf("restart of the same version: the process answered %s Describe calls, want 0 (cached)", n)
	}
	if err := h.Reload(context.Background(), "alpha"); err != nil {
		t.Fatal(err)
	}
	if n := describeCount(t, h, "alpha"); n != "1" {
		t.Errorf("reload of the same version: the process answered %s Describe calls, want 1", n)
	}
	if d, _, err := h.Describe("alpha"); err != nil || d.Region.Code != "alpha" {
		t.Errorf("Describe after reload: %+v %v", d, err)
	}
}

// A plugin speaking another protocol version, and one whose Describe fails, are refused
// with a message naming the file and the reason; the other regions load.
func TestRefusesWrongProtocolAndFailedDescribe(t *testing.T) {
	t.Parallel()
	dir := testdir.Trusted(t)
	buildTestPlugin(t, "ext", "1.0.0", dir, "ext-plugin")
	proto2 := buildTestPlugin(t, "proto2", "1.0.0", dir, "proto2-plugin", "protocol=2")
	nodesc := buildTestPlugin(t, "nodesc", "1.0.0", dir, "nodescribe-plugin", "failDescribe=true")
	if _, err := WriteLockFile(dir, filepath.Join(dir, LockFileName)); err != nil {
		t.Fatal(err)
	}
	h := startHost(t, Config{Builtin: []string{"beta"}, PluginDir: dir})
	byName := map[string]PluginStatus{}
	for _, st := range h.Status() {
		byName[st.Name] = st
	}
	for name, want := range map[string][]string{
		"proto2-plugin":     {proto2, "incompatible protocol version: plugin speaks protocol 2, host speaks 1"},
		"nodescribe-plugin": {nodesc, "describe failed", "testregion fails Describe on purpose"},
	} {
		st, ok := byName[name]
		if !ok || st.State != StateFailed {
			t.Errorf("%s: want FAILED, got %+v", name, st)
			continue
		}
		for _, w := range want {
			if !strings.Contains(st.LastError, w) {
				t.Errorf("%s: error %q does not say %q", name, st.LastError, w)
			}
		}
	}
	if got := h.Regions(); !reflect.DeepEqual(got, []string{"beta", "ext"}) {
		t.Errorf("regions %v, want [beta ext]", got)
	}
	for _, r := range []string{"beta", "ext"} {
		waitServing(t, h, r, time.Second)
	}
	if !h.Ready() {
		t.Error("not ready although every region is served")
	}
}

// A plugin that keeps failing to start is retried with a delay that doubles up to
// BackoffMax.
func TestRestartBackoffGrowsToItsCap(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var starts []time.Time
	// false(1) fails in a millisecond, which keeps the launch part of each gap small; the
	// test binary (slow to start under -race) stands in where there is none.
	failing, err := exec.LookPath("false")
	command := func(string) *exec.Cmd {
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
		if err == nil {
			return exec.Command(failing)
		}
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), envTestMode+"=exit")
		return cmd
	}
	const minB, maxB = 100 * time.Millisecond, 400 * time.Millisecond
	h := startHost(t, Config{Builtin: []string{"alpha"}, Command: command, BackoffMin: minB, BackoffMax: maxB})
	const attempts = 7
	deadline := time.Now().Add(10 * time.Second)
	for {
		mu.Lock()
		n := len(starts)
		mu.Unlock()
		if n >= attempts {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d start attempts in 10s", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if st := statusOf(t, h, "alpha"); st.State != StateRestarting || st.LastError == "" {
		t.Errorf("a plugin that cannot start: %+v", st)
	}
	mu.Lock()
	var gaps []time.Duration
	for i := 1; i < attempts; i++ {
		gaps = append(gaps, starts[i].Sub(starts[i-1]))
	}
	mu.Unlock()
	t.Logf("gaps between start attempts: %v", gaps)
	// Each gap is the failed launch plus the backoff, so the backoff is a lower bound; the
	// launch time varies, so growth is checked as an ordering, not as exact times.
	backoff := minB
	for i, g := range gaps {
		if g < backoff-5*time.Millisecond {
			t.Errorf("gap %d is %s, shorter than its backoff %s", i, g, backoff)
		}
		if backoff < maxB && i > 0 && g <= gaps[i-1] {
			t.Errorf("gap %d (%s) did not grow from gap %d (%s) while below the cap", i, g, i-1, gaps[i-1])
		}
		backoff = min(2*backoff, maxB)
	}
	if last := gaps[len(gaps)-1]; last >= 4*maxB {
		t.Errorf("last gap %s: the backoff is not capped at %s (uncapped it would be %s)", last, maxB, minB<<(attempts-2))
	}
}

// A frozen plugin (SIGSTOP) is found by the health pings: its calls fail fast with the
// unavailable error, including one already waiting on it, and it is replaced.
func TestFrozenPluginDetectedByPingAndRestarted(t *testing.T) {
	t.Parallel()
	h := startHost(t, Config{Builtin: []string{"alpha", "beta"},
		CallTimeout:  20 * time.Second, // far beyond the test: only the pings can end a call early
		PingInterval: 100 * time.Millisecond, PingTimeout: 500 * time.Millisecond,
		BackoffMin: 1500 * time.Millisecond, // a window in which the region is known to be down
	})
	ctx := context.Background()
	pid := statusOf(t, h, "alpha").PID
	type result struct {
		out  *BudgetOutcome
		took time.Duration
	}
	// The call must be inside the plugin when it freezes: on a loaded machine a goroutine
	// started after the freeze may first run once the plugin has been replaced, and then
	// rightly succeed. 50 slow projects are ~1 s of work, so the call is mid-RPC.
	waiting := make(chan result, 1)
	started := make(chan struct{})
	go func() {
		start := time.Now()
		close(started)
		out, _ := h.Budget(ctx, "alpha", asOf, projects(50, testregion.DomainSlow))
		waiting <- result{out, time.Since(start)}
	}()
	<-started
	time.Sleep(100 * time.Millisecond)
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Kill(pid, syscall.SIGCONT) }) // in case it is still there
	frozen := time.Now()
	for statusOf(t, h, "alpha").State == StateReady {
		if time.Since(frozen) > 5*time.Second {
			t.Fatal("frozen plugin still READY after 5s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("hang detected after %s", time.Since(frozen))
	isUnavailable := func(what string, out *BudgetOutcome) {
		t.Helper()
		var u *UnavailableError
		if out == nil || len(out.Errors) != 1 || !errors.As(out.Errors[0].Err, &u) || u.Region != "alpha" {
			t.Errorf("%s: want UnavailableError for alpha, got %+v", what, out)
		}
	}
	r := <-waiting
	isUnavailable("call waiting on the frozen plugin", r.out)
	if r.took > 5*time.Second {
		t.Errorf("call waiting on the frozen plugin took %s to fail", r.took)
	}
	start := time.Now()
	out, err := h.Budget(ctx, "alpha", asOf, projects(1, "DOM-MENTAL"))
	if err != nil {
		t.Fatal(err)
	}
	isUnavailable("call while restarting", out)
	if took := time.Since(start); took > 200*time.Millisecond {
		t.Errorf("call while alpha restarts took %s, want it to fail fast", took)
	}
	if b, err := h.Budget(ctx, "beta", asOf, projects(2, "DOM-MENTAL")); err != nil || b.Err() != nil {
		t.Errorf("beta while alpha is frozen: %v %+v", err, b)
	}
	waitServing(t, h, "alpha", 5*time.Second)
	if st := statusOf(t, h, "alpha"); st.PID == pid || st.Restarts != 1 || st.State != StateReady {
		t.Errorf("after the restart: %+v (frozen pid %d)", st, pid)
	}
	if alive(pid) {
		t.Errorf("frozen process %d was not killed", pid)
	}
}

// A crashed external plugin is restarted through the same checks as its first start: a
// binary changed since it was locked is refused, and the region stays down (FAILED).
func TestExternalPluginRestartRechecksLockFile(t *testing.T) {
	t.Parallel()
	dir := testdir.Trusted(t)
	path := buildTestPlugin(t, "ext", "1.0.0", dir, "ext-plugin")
	if _, err := WriteLockFile(dir, filepath.Join(dir, LockFileName)); err != nil {
		t.Fatal(err)
	}
	h := startHost(t, Config{Builtin: []string{"beta"}, PluginDir: dir})
	pid := statusOf(t, h, "ext").PID
	tamper(t, path)
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	var st PluginStatus
	for st = statusOf(t, h, "ext"); st.State != StateFailed; st = statusOf(t, h, "ext") {
		if time.Now().After(deadline) {
			t.Fatalf("tampered plugin not refused after its crash: %+v", st)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(st.LastError, "checksum does not match") || !strings.Contains(st.LastError, path) || st.Restarts != 1 {
		t.Errorf("want the checksum refusal naming %s, got %+v", path, st)
	}
	out, err := h.Budget(context.Background(), "ext", asOf, projects(1, "DOM-MENTAL"))
	if err != nil || len(out.Errors) != 1 || !errors.Is(out.Errors[0].Err, ErrPluginUnavailable) ||
		!strings.Contains(out.Errors[0].Err.Error(), "checksum") {
		t.Errorf("calls to the refused region: %v %+v", err, out)
	}
	waitServing(t, h, "beta", time.Second)
	// It stays refused: no further restart attempts.
	time.Sleep(200 * time.Millisecond)
	if again := statusOf(t, h, "ext"); again.State != StateFailed || again.Restarts != 1 {
		t.Errorf("refused plugin was retried: %+v", again)
	}
}
