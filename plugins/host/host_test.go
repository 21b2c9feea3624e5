package host

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/testdir"
	"github.com/shegong/shegong/plugins/examples/testregion"
	"github.com/shegong/shegong/plugins/sdk"
)

func inProcessHost(t *testing.T, codes ...string) *Host {
	t.Helper()
	m := map[string]func() sdk.Policy{}
	for _, c := range codes {
		m[c] = newTestPolicy(c)
	}
	h, err := NewInProcess(m, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func TestInProcessChainMergesFindingsPerRegion(t *testing.T) {
	h := inProcessHost(t, "alpha", "child")
	h.cfg.BatchSize = 7 // force splitting
	chain, err := h.Chain("child")
	if err != nil || !reflect.DeepEqual(chain, []string{"child", "alpha"}) {
		t.Fatalf("Chain(child) = %v, %v", chain, err)
	}
	ps := projects(25, "DOM-MENTAL")
	ps[3].Domain = "no-such-domain"
	ps[4].Headcount = -1
	out, err := h.Budget(context.Background(), "child", asOf, ps)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Errors) != 0 || len(out.EvaluatedBy) != 2 || out.EvaluatedBy[0].Region != "child" || out.EvaluatedBy[1].Region != "alpha" {
		t.Fatalf("evaluated by %+v, errors %+v", out.EvaluatedBy, out.Errors)
	}
	for i, r := range out.Results {
		switch i {
		case 3, 4:
			if len(r.Invalid) != 2 || r.Invalid[0].Region != "child" || len(r.Findings) != 0 {
				t.Errorf("project %d: want invalid in both regions, got %+v", i, r)
			}
			continue
		}
		if len(r.Findings) != 2 || r.Findings[0].Region != "child" || r.Findings[1].Region != "alpha" {
			t.Fatalf("project %d findings %+v", i, r.Findings)
		}
		want := sdk.Yuan(100000) * sdk.Fen(ps[i].Headcount)
		if r.Requirement == nil || *r.Requirement.MinimumTotal != want || len(r.Requirements) != 2 {
			t.Errorf("project %d requirement %+v, want minimum %s", i, r.Requirement, want)
		}
	}
	if _, err := h.Budget(context.Background(), "nowhere", asOf, ps); !errors.Is(err, ErrUnknownRegion) {
		t.Errorf("unknown region: %v", err)
	}
	if err := h.Reload(context.Background(), "alpha"); err != nil {
		t.Errorf("in-process reload: %v", err)
	}
}

// The plugin path and the in-process path share normalisation, so their answers are equal.
func TestPluginAnswersLikeInProcess(t *testing.T) {
	proc := startHost(t, Config{Builtin: []string{"alpha", "child"}})
	inproc := inProcessHost(t, "alpha", "child")
	ps := projects(30, "精神卫生")
	ps[2].Budget = nil
	ps[5].Domain = "unknown"
	ps[6].Budget = []sdk.BudgetLine{{Category: "BRIBES", Amount: 1}}
	subjects := []sdk.Subject{
		{Project: &ps[0]}, {Worker: &sdk.WorkerSpec{}},
		{Organization: &sdk.OrganizationSpec{FullTimeStaff: 9, QualifiedStaff: ptr(2)}},
		{Station: &sdk.StationSpec{Workers: []sdk.WorkerSpec{{Certificate: sdk.CertificateAssistant}, {}}}},
		{}, // no shape: invalid
		{Government: governmentSubject()},
		{Government: &sdk.GovernmentSpec{Name: "无级别"}}, // no level: invalid
	}
	for _, day := range []sdk.Date{asOf, sdk.MustDate("1900-01-01")} {
		a, err := proc.Budget(context.Background(), "child", day, ps)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := inproc.Budget(context.Background(), "child", day, ps)
		if !reflect.DeepEqual(a.Results, b.Results) || !reflect.DeepEqual(a.EvaluatedBy, b.EvaluatedBy) {
			t.Errorf("Budget on %s differs between plugin and in-process:\n%+v\n%+v", day, a, b)
		}
		c, err := proc.Staffing(context.Background(), "child", day, subjects)
		if err != nil {
			t.Fatal(err)
		}
		d, _ := inproc.Staffing(context.Background(), "child", day, subjects)
		if !reflect.DeepEqual(c.Results, d.Results) {
			t.Errorf("Staffing on %s differs:\n%+v\n%+v", day, c.Results, d.Results)
		}
		if inv := c.Results[6].Invalid; len(inv) != 2 || inv[0].Field != "government.level" || len(c.Results[5].Invalid) != 0 {
			t.Errorf("government subjects through the plugin on %s: %+v", day, c.Results[5:])
		}
	}
	da, ra, _ := proc.Describe("alpha")
	db, rb, _ := inproc.Describe("alpha")
	if !reflect.DeepEqual(da, db) || ra.RulesetHash != rb.RulesetHash || ra.RulesetHash == "" {
		t.Errorf("descriptions differ: %+v vs %+v", ra, rb)
	}
	if _, err := proc.Budget(context.Background(), "alpha", sdk.Date{}, ps); err == nil {
		t.Error("zero asOf accepted")
	}
}

func ptr[T any](v T) *T { return &v }

// governmentSubject is a county with every government fact given.
func governmentSubject() *sdk.GovernmentSpec {
	day := sdk.MustDate("2019-03-01")
	return &sdk.GovernmentSpec{Level: sdk.LevelCounty, Name: "醴陵市", Townships: ptr(24), TownshipsWithStation: ptr(20),
		SocialWorkers: ptr(310), PrivateSocialWorkOrganizations: ptr(3), HasIndustryAssociation: ptr(true),
		HasIncubator: ptr(false), IsPilot: ptr(true), PilotCounties: ptr(0), PilotTownships: ptr(5),
		PackageStandard: ptr(sdk.Yuan(80000)),
		Catalog:         &sdk.GuidanceCatalogSpec{CompletedOn: &day, PublishedOn: &day, ItemLevels: []string{sdk.LevelTownship}},
		Acts:            []sdk.GovernmentActSpec{{Kind: sdk.ActAnnualPlan, On: &day, Authority: sdk.LevelCity, Sections: []string{"项目背景"}}}}
}

// Government subjects take the Staffing path like stations and organisations: split into
// chunks, evaluated by every region of the chain, answered in order, and a bad one reported
// by each region without spoiling its neighbours.
func TestGovernmentSubjectsThroughStaffingChunks(t *testing.T) {
	h := inProcessHost(t, "alpha", "child")
	h.cfg.BatchSize = 7 // force splitting
	var subjects []sdk.Subject
	for i := range 20 {
		g := governmentSubject()
		switch i % 4 {
		case 1:
			g.Level = "" // invalid: the level is required
		case 2:
			g.Acts = []sdk.GovernmentActSpec{{Kind: sdk.ActInspection}, {Kind: "MEMO"}}
		case 3:
			subjects = append(subjects, sdk.Subject{Station: &sdk.StationSpec{Township: "镇", Systems: []string{}}})
			continue
		}
		subjects = append(subjects, sdk.Subject{Government: g})
	}
	out, err := h.Staffing(context.Background(), "child", asOf, subjects)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Results) != len(subjects) || len(out.Errors) != 0 || len(out.EvaluatedBy) != 2 {
		t.Fatalf("%d results for %d subjects, errors %+v, evaluated by %+v", len(out.Results), len(subjects), out.Errors, out.EvaluatedBy)
	}
	for i, r := range out.Results {
		want := map[int]string{1: "government.level", 2: "government.acts[1].kind"}[i%4]
		if want == "" {
			if len(r.Invalid) != 0 {
				t.Errorf("subject %d (%s): unexpected invalid %+v", i, subjects[i].Kind(), r.Invalid[0].InputError)
			}
			continue
		}
		if len(r.Invalid) != 2 || r.Invalid[0].Region != "child" || r.Invalid[1].Region != "alpha" ||
			r.Invalid[0].Field != want || r.Invalid[1].Field != want || len(r.Findings) != 0 {
			t.Errorf("subject %d: want %s invalid in both regions, got %+v", i, want, r)
		}
	}
}

// waitServing polls until region answers a one-project Budget and returns how long it took.
func waitServing(t *testing.T, h *Host, region string, limit time.Duration) time.Duration {
	t.Helper()
	start := time.Now()
	for {
		out, err := h.Budget(context.Background(), region, asOf, projects(1, "DOM-MENTAL"))
		if err == nil && len(out.Errors) == 0 {
			return time.Since(start)
		}
		if time.Since(start) > limit {
			t.Fatalf("region %s not serving after %s: %v %+v", region, limit, err, out)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestKilledPluginFailsFastForItsRegionAndRestarts(t *testing.T) {
	// The call deadline is far beyond the test: only the kill may end the slow call.
	h := startHost(t, Config{Builtin: []string{"alpha", "beta"}, CallTimeout: 20 * time.Second})
	before := statusOf(t, h, "alpha")
	done := make(chan *BudgetOutcome)
	go func() {
		out, _ := h.Budget(context.Background(), "alpha", asOf, projects(100, testregion.DomainSlow)) // ~2s of work
		done <- out
	}()
	time.Sleep(200 * time.Millisecond) // let the batch get into the plugin
	if before.PID <= 0 {
		t.Fatalf("no pid for alpha: %+v", before)
	}
	if err := syscall.Kill(before.PID, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	killed := time.Now()
	out := <-done
	var unavailable *UnavailableError
	if len(out.Errors) != 1 || !errors.As(out.Errors[0].Err, &unavailable) || unavailable.Region != "alpha" ||
		!errors.Is(out.Errors[0].Err, ErrPluginUnavailable) {
		t.Fatalf("mid-batch kill: want UnavailableError for alpha, got %+v", out.Errors)
	}
	if failFast := time.Since(killed); failFast > 500*time.Millisecond {
		t.Errorf("the in-flight call took %s to fail after the kill", failFast)
	}
	// The other region is unaffected, even while alpha is down.
	if b, err := h.Budget(context.Background(), "beta", asOf, projects(3, "DOM-MENTAL")); err != nil || len(b.Errors) != 0 {
		t.Fatalf("beta while alpha is down: %v %+v", err, b.Errors)
	}
	waitServing(t, h, "alpha", 5*time.Second)
	if recovered := time.Since(killed); recovered > time.Second {
		t.Errorf("alpha serving again %s after SIGKILL, want within 1s", recovered)
	}
	after := statusOf(t, h, "alpha")
	if after.PID == before.PID || after.Restarts != 1 || after.State != StateReady {
		t.Errorf("after restart: %+v (before %+v)", after, before)
	}
}

func TestCrashAndPanicAndHang(t *testing.T) {
	h := startHost(t, Config{Builtin: []string{"alpha", "beta"}, CallTimeout: 500 * time.Millisecond})
	ctx := context.Background()
	pid := statusOf(t, h, "alpha").PID

	// A panic in a rule fails that call only; the plugin keeps serving.
	out, err := h.Budget(ctx, "alpha", asOf, projects(2, testregion.DomainPanic))
	if err != nil || len(out.Errors) != 1 || errors.Is(out.Errors[0].Err, ErrPluginUnavailable) ||
		!strings.Contains(out.Errors[0].Err.Error(), "panic") {
		t.Fatalf("panic: %v %+v", err, out)
	}
	waitServing(t, h, "alpha", time.Second)
	if st := statusOf(t, h, "alpha"); st.PID != pid || st.Restarts != 0 {
		t.Errorf("a panic restarted the plugin: %+v", st)
	}

	// A crash mid-call is unavailable, then restarted.
	out, _ = h.Budget(ctx, "alpha", asOf, projects(1, testregion.DomainExit))
	if len(out.Errors) != 1 || !errors.Is(out.Errors[0].Err, ErrPluginUnavailable) {
		t.Fatalf("exit: %+v", out.Errors)
	}
	waitServing(t, h, "alpha", 2*time.Second)

	// A hung call times out at its deadline and is unavailable; the process still answers
	// its health check, so it serves again without a restart.
	pid = statusOf(t, h, "alpha").PID
	start := time.Now()
	out, _ = h.Budget(ctx, "alpha", asOf, projects(1, testregion.DomainHang))
	if len(out.Errors) != 1 || !errors.Is(out.Errors[0].Err, ErrPluginUnavailable) || time.Since(start) > 2*time.Second {
		t.Fatalf("hang: %+v after %s", out.Errors, time.Since(start))
	}
	waitServing(t, h, "alpha", 2*time.Second)
	if st := statusOf(t, h, "alpha"); st.PID != pid || st.Restarts != 1 {
		t.Errorf("a live plugin with one hung call was restarted: %+v", st)
	}
	// A caller's own deadline is the caller's error, not the plugin's.
	cctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	out, _ = h.Budget(cctx, "beta", asOf, projects(10, testregion.DomainSlow))
	if len(out.Errors) != 1 || errors.Is(out.Errors[0].Err, ErrPluginUnavailable) || !errors.Is(out.Errors[0].Err, context.DeadlineExceeded) {
		t.Errorf("caller deadline: %+v", out.Errors)
	}
}

func TestExternalPluginsVerifiedAgainstLockFile(t *testing.T) {
	dir := testdir.Trusted(t)
	buildTestPlugin(t, "ext", "1.0.0", dir, "ext-plugin")
	buildTestPlugin(t, "tampered", "1.0.0", dir, "tampered-plugin")
	buildTestPlugin(t, "alpha", "9.0.0", dir, "alpha-replacement")
	if err := os.WriteFile(filepath.Join(dir, "not-a-plugin"), []byte("#!/bin/sh\necho hello\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	lock := filepath.Join(dir, LockFileName)
	if _, err := WriteLockFile(dir, lock); err != nil {
		t.Fatal(err)
	}
	// After locking: tamper with one binary and add one the lock does not know.
	tamper(t, filepath.Join(dir, "tampered-plugin"))
	buildTestPlugin(t, "ext", "1.0.0", dir, "unlocked-plugin")

	checks, err := VerifyPluginDir(dir, lock)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, c := range checks {
		got[c.File] = c.Status
	}
	want := map[string]string{"ext-plugin": CheckOK, "tampered-plugin": CheckMismatch, "alpha-replacement": CheckOK,
		"not-a-plugin": CheckOK, "unlocked-plugin": CheckNotLocked}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("verify: %v, want %v", got, want)
	}

	h := startHost(t, Config{Builtin: []string{"alpha", "beta"}, PluginDir: dir})
	byName := map[string]PluginStatus{}
	for _, st := range h.Status() {
		byName[st.Name] = st
	}
	for name, reason := range map[string]string{
		"tampered-plugin": "checksum does not match", "unlocked-plugin": "not listed in lock file",
		"not-a-plugin": "handshake failed",
	} {
		st := byName[name]
		if st.State != StateFailed || !strings.Contains(st.LastError, reason) || !strings.Contains(st.LastError, name) {
			t.Errorf("%s: want FAILED with %q naming the file, got %+v", name, reason, st)
		}
	}
	if st := statusOf(t, h, "ext"); st.State != StateReady || st.Builtin {
		t.Errorf("ext: %+v", st)
	}
	if st := statusOf(t, h, "alpha"); st.State != StateReady || st.Builtin || st.Version != "9.0.0" || st.Name != "alpha-replacement" {
		t.Errorf("alpha should be served by the external replacement: %+v", st)
	}
	if st := statusOf(t, h, "beta"); st.State != StateReady || !st.Builtin {
		t.Errorf("beta: %+v", st)
	}
	if !h.Ready() {
		t.Error("host not ready although every region is served")
	}
	out, err := h.Budget(context.Background(), "alpha", asOf, projects(2, "DOM-MENTAL"))
	if err != nil || len(out.Errors) != 0 || out.EvaluatedBy[0].Version != "9.0.0" {
		t.Errorf("alpha via replacement: %v %+v", err, out)
	}
}

// Reloads swap processes while calls run without pause, before, during and after every
// swap: no call may fail, both versions must have served calls, and a slow call already
// in flight when the new version is swapped in finishes on the old process.
func TestReloadUnderConcurrentCallsDropsNone(t *testing.T) {
	dir := testdir.Trusted(t)
	path := buildTestPlugin(t, "ext", "1.0.0", dir, "ext-plugin")
	// Compile version 2 now, so that installing it later is a file copy, not a build.
	buildTestPlugin(t, "ext", "2.0.0", t.TempDir(), "ext-plugin")
	lock := filepath.Join(dir, LockFileName)
	if _, err := WriteLockFile(dir, lock); err != nil {
		t.Fatal(err)
	}
	// The slow call below (75 × 20ms) must outlast the reload, not its call deadline.
	h := startHost(t, Config{PluginDir: dir, CallTimeout: 20 * time.Second})
	ctx := context.Background()

	var (
		stop     atomic.Bool
		mu       sync.Mutex
		failures []error
		served   = map[string]int{} // plugin version → calls it answered
	)
	servedBy := func(version string) int { mu.Lock(); defer mu.Unlock(); return served[version] }
	waitServed := func(version string, n int) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for servedBy(version) < n {
			if time.Now().After(deadline) {
				t.Fatalf("version %s served %d calls, want %d", version, servedBy(version), n)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	var wg sync.WaitGroup
	defer func() { stop.Store(true); wg.Wait() }() // also on t.Fatal
	for g := range 8 {
		wg.Go(func() {
			for i := 0; !stop.Load(); i++ {
				out, err := h.Budget(ctx, "ext", asOf, projects(1+(g+i)%5, "DOM-MENTAL"))
				if err == nil {
					err = out.Err()
				}
				mu.Lock()
				if err != nil {
					failures = append(failures, err)
				} else {
					served[out.EvaluatedBy[0].Version]++
				}
				mu.Unlock()
			}
		})
	}

	// Two reloads of the same version under load.
	for i := range 2 {
		waitServed("1.0.0", 50*(i+1))
		if err := h.Reload(ctx, "ext"); err != nil {
			t.Fatalf("reload %d: %v", i, err)
		}
	}
	waitServed("1.0.0", 150)

	// Version 2 arrives; a slow call (75 × 20ms) starts on version 1 just before the reload.
	buildTestPlugin(t, "ext", "2.0.0", dir, "ext-plugin")
	if _, err := WriteLockFile(dir, lock); err != nil {
		t.Fatal(err)
	}
	oldPID := statusOf(t, h, "ext").PID
	type result struct {
		out *BudgetOutcome
		err error
	}
	slow := make(chan result, 1)
	go func() {
		out, err := h.Budget(ctx, "ext", asOf, projects(75, testregion.DomainSlow))
		slow <- result{out, err}
	}()
	time.Sleep(50 * time.Millisecond) // let the slow call take hold of the version-1 process
	if err := h.Reload(ctx, "ext"); err != nil {
		t.Fatalf("reload to version 2: %v", err)
	}
	select {
	case <-slow:
		t.Fatal("the slow call finished before the reload returned: the test did not overlap them")
	default:
	}
	if st := statusOf(t, h, "ext"); st.Version != "2.0.0" || st.PID == oldPID {
		t.Fatalf("after reload: %+v, old pid %d", st, oldPID)
	}
	if !alive(oldPID) {
		t.Fatal("the version-1 process was stopped while a call was still running on it")
	}
	r := <-slow
	if r.err != nil || r.out.Err() != nil {
		t.Fatalf("slow call across the reload: %v %+v", r.err, r.out.Errors)
	}
	if v := r.out.EvaluatedBy[0].Version; v != "1.0.0" {
		t.Errorf("the slow call was answered by version %s, want the old process (1.0.0)", v)
	}
	for i, res := range r.out.Results {
		if len(res.Findings) != 1 || res.Invalid != nil {
			t.Fatalf("slow call project %d: %+v", i, res)
		}
	}
	// Calls go on after the last reload until version 2 has answered plenty of them.
	waitServed("2.0.0", 100)
	stop.Store(true)
	wg.Wait()

	if len(failures) > 0 {
		t.Fatalf("%d calls failed during reloads; first: %v", len(failures), failures[0])
	}
	t.Logf("calls served: %v", served)
	deadline := time.Now().Add(5 * time.Second)
	for alive(oldPID) {
		if time.Now().After(deadline) {
			t.Fatalf("version-1 process %d still running after its last call finished", oldPID)
		}
		time.Sleep(10 * time.Millisecond)
	}
	st := statusOf(t, h, "ext")
	if st.Version != "2.0.0" || st.Restarts != 0 || st.Path != path || st.State != StateReady {
		t.Errorf("after reloads: %+v", st)
	}
	// A reload to a binary that fails its checksum keeps the old one serving.
	tamper(t, path)
	if err := h.Reload(ctx, "ext"); err == nil || !strings.Contains(err.Error(), "checksum") {
		t.Errorf("reload of tampered binary: %v", err)
	}
	waitServing(t, h, "ext", time.Second)
}

// No plugin process may outlive a server killed with SIGKILL.
func TestKilledServerLeavesNoPlugins(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envTestMode+"=server")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	var line string
	buf := make([]byte, 256)
	for !strings.Contains(line, "\n") {
		n, err := stdout.Read(buf)
		if err != nil {
			t.Fatalf("mini server: %v (read %q)", err, line)
		}
		line += string(buf[:n])
	}
	fields := strings.Fields(line)
	if len(fields) != 3 || fields[0] != "PIDS" {
		t.Fatalf("mini server said %q", line)
	}
	var pids []int
	for _, f := range fields[1:] {
		var pid int
		fmt.Sscan(f, &pid)
		if !alive(pid) {
			t.Fatalf("plugin %d not running before the kill", pid)
		}
		pids = append(pids, pid)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	deadline := time.Now().Add(2 * time.Second)
	for _, pid := range pids {
		for alive(pid) {
			if time.Now().After(deadline) {
				t.Fatalf("plugin process %d still running 2s after the server was killed", pid)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
}

// alive reports whether pid is a running (not zombie) process.
func alive(pid int) bool {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	// state is the field after the parenthesised command name
	s := string(data)
	i := strings.LastIndexByte(s, ')')
	return i >= 0 && i+2 < len(s) && s[i+2] != 'Z' && s[i+2] != 'X'
}

// tamper appends a byte to a binary, replacing the file (a running executable cannot be
// written in place).
func tamper(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+".new", append(data, 'x'), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path+".new", path); err != nil {
		t.Fatal(err)
	}
}
