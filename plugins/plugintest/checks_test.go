package plugintest

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/shegong/shegong/plugins/examples/testregion"
	"github.com/shegong/shegong/plugins/sdk"
)

// recorder is a fake test that records failures instead of reporting them, so that the
// kit's own tests can run the checks against policies that must fail them. Fatal and Skip
// end the running check with runtime.Goexit, as the testing package does, so every check
// (and subtest) runs on its own goroutine.
type recorder struct {
	testing.TB // nil: a method the checks call that the recorder lacks panics, loudly

	name    string
	log     *runLog
	failed  bool
	skipped bool
}

// runLog is shared by a recorder and its subtests.
type runLog struct {
	mu       sync.Mutex
	failures []string // "check/describe: message"
	ran      []string // subtests, in order
}

func (r *recorder) fail(msg string) {
	r.failed = true
	r.log.mu.Lock()
	r.log.failures = append(r.log.failures, r.name+": "+msg)
	r.log.mu.Unlock()
}

func (r *recorder) Helper()                           {}
func (r *recorder) Name() string                      { return r.name }
func (r *recorder) Log(...any)                        {}
func (r *recorder) Logf(string, ...any)               {}
func (r *recorder) Fail()                             { r.fail("Fail called") }
func (r *recorder) Failed() bool                      { return r.failed }
func (r *recorder) Error(args ...any)                 { r.fail(fmt.Sprint(args...)) }
func (r *recorder) Errorf(format string, args ...any) { r.fail(fmt.Sprintf(format, args...)) }
func (r *recorder) FailNow()                          { r.fail("FailNow called"); runtime.Goexit() }
func (r *recorder) Fatal(args ...any)                 { r.fail(fmt.Sprint(args...)); runtime.Goexit() }
func (r *recorder) Fatalf(format string, args ...any) {
	r.fail(fmt.Sprintf(format, args...))
	runtime.Goexit()
}
func (r *recorder) Skip(...any)          { r.SkipNow() }
func (r *recorder) Skipf(string, ...any) { r.SkipNow() }
func (r *recorder) SkipNow()             { r.skipped = true; runtime.Goexit() }
func (r *recorder) Skipped() bool        { return r.skipped }

func (r *recorder) subtest(name string, f func(tester)) {
	child := &recorder{name: r.name + "/" + name, log: r.log}
	r.log.mu.Lock()
	r.log.ran = append(r.log.ran, child.name)
	r.log.mu.Unlock()
	isolated(func() { f(child) })
	if child.failed {
		r.failed = true
	}
}

// isolated runs f on its own goroutine and waits for it, also when it calls Goexit.
func isolated(f func()) {
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	<-done
}

// runChecks runs the conformance checks on p under a recorder.
func runChecks(p sdk.Policy) *runLog {
	r := &recorder{name: "check", log: &runLog{}}
	isolated(func() { check(r, p) })
	return r.log
}

// failuresIn returns the failures recorded in one subtest.
func (l *runLog) failuresIn(subtest string) []string {
	var out []string
	for _, f := range l.failures {
		if strings.HasPrefix(f, subtest+": ") {
			out = append(out, f)
		}
	}
	return out
}

var subtests = []string{"check/describe", "check/catalog", "check/batches", "check/evaluate", "check/bad-input", "check/not-in-force"}

func healthy() sdk.Policy { return testregion.New(testregion.Options{}) }

// noQuote cites a parameter without quoting the document.
type noQuote struct{ sdk.Policy }

func (p noQuote) Describe(ctx context.Context) (*sdk.Description, error) {
	d, err := p.Policy.Describe(ctx)
	if err != nil {
		return nil, err
	}
	cp := *d
	cp.Parameters = slices.Clone(d.Parameters)
	cp.Parameters[0].Citation.Quote = ""
	return &cp, nil
}

// shortBatch drops the last result of every batch of more than one project.
type shortBatch struct{ sdk.Policy }

func (p shortBatch) Budget(ctx context.Context, asOf sdk.Date, ps []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	out, err := p.Policy.Budget(ctx, asOf, ps)
	if err != nil || len(out) < 2 {
		return out, err
	}
	return out[:len(out)-1], nil
}

// panicsOnUnknownDomain panics on a domain it does not know instead of reporting Invalid.
type panicsOnUnknownDomain struct{ sdk.Policy }

func (p panicsOnUnknownDomain) Budget(ctx context.Context, asOf sdk.Date, ps []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	for _, pr := range ps {
		if pr.Domain != "DOM-MENTAL" && pr.Domain != "精神卫生" {
			panic("unknown domain " + pr.Domain)
		}
	}
	return p.Policy.Budget(ctx, asOf, ps)
}

// ignoresGovernments reads every subject as a provider, as a region written before government
// subjects existed would: a government subject makes it dereference a nil station.
type ignoresGovernments struct{ sdk.Policy }

func (p ignoresGovernments) Staffing(ctx context.Context, asOf sdk.Date, ss []sdk.Subject) ([]sdk.StaffingResult, error) {
	for _, s := range ss {
		if s.Project == nil && s.Worker == nil && s.Organization == nil {
			_ = s.Station.Township
		}
	}
	return p.Policy.Staffing(ctx, asOf, ss)
}

// The recorder itself: a healthy policy passes every check, and all of them run.
func TestChecksPassAHealthyPolicy(t *testing.T) {
	log := runChecks(sdk.InProcess(healthy()))
	if len(log.failures) != 0 {
		t.Errorf("healthy policy failed the checks:\n%s", strings.Join(log.failures, "\n"))
	}
	if !slices.Equal(log.ran, subtests) {
		t.Errorf("ran %v, want %v", log.ran, subtests)
	}
}

// The checks catch deliberately broken policies, each in the subtest that concerns it and
// with a message that says what is wrong. Policies are wrapped with sdk.InProcess, as Run
// does, so the normalisation a real plugin gets cannot hide the defect either.
func TestChecksFailBrokenPolicies(t *testing.T) {
	for _, tc := range []struct {
		name    string
		policy  sdk.Policy
		subtest string
		want    string
		only    bool // no other subtest may fail
	}{
		{"parameter without quote", noQuote{healthy()}, "check/describe",
			"parameter TR.budget.package_min: citation has no quote", true},
		{"batch one result short", shortBatch{healthy()}, "check/batches",
			"returned 23 results for 24 projects", false},
		{"panic on bad input", panicsOnUnknownDomain{healthy()}, "check/bad-input",
			"unknown domain: the whole batch failed", true},
		{"panic on a government subject", ignoresGovernments{healthy()}, "check/batches",
			"policy Staffing panicked", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			log := runChecks(sdk.InProcess(tc.policy))
			got := log.failuresIn(tc.subtest)
			if !slices.ContainsFunc(got, func(f string) bool { return strings.Contains(f, tc.want) }) {
				t.Errorf("want a failure in %s saying %q; recorded:\n%s", tc.subtest, tc.want, strings.Join(log.failures, "\n"))
			}
			if tc.only && len(got) != len(log.failures) {
				t.Errorf("only %s should fail; recorded:\n%s", tc.subtest, strings.Join(log.failures, "\n"))
			}
		})
	}
}

// lossyEvaluator serves Evaluate but drops every staffing finding from its answer, as a
// broken encoding of the compact answer would.
type lossyEvaluator struct{ sdk.Evaluator }

func (l lossyEvaluator) Evaluate(ctx context.Context, asOf sdk.Date, subjects []sdk.Subject, c *sdk.Checked) ([]sdk.EvaluateResult, error) {
	out, err := l.Evaluator.Evaluate(ctx, asOf, subjects, c)
	for i := range out {
		out[i].Staffing.Findings = nil
	}
	return out, err
}

// An Evaluate that does not answer what Budget and Staffing answer fails the evaluate check,
// and only that one.
func TestChecksCatchEvaluateThatDiffers(t *testing.T) {
	log := runChecks(lossyEvaluator{sdk.InProcess(healthy()).(sdk.Evaluator)})
	if len(log.failuresIn("check/evaluate")) == 0 {
		t.Error("an Evaluate that drops staffing findings passed the checks")
	}
	if len(log.failures) != len(log.failuresIn("check/evaluate")) {
		t.Errorf("other checks failed too:\n%s", strings.Join(log.failures, "\n"))
	}
}
