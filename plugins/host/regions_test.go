package host

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/shegong/shegong/plugins/sdk"
)

// countingPolicy counts the Budget and Staffing calls that reach a region's policy.
type countingPolicy struct {
	sdk.Policy
	region string
	calls  *callCounts
}

type callCounts struct {
	mu sync.Mutex
	n  map[string]int // "<region> <call>" → calls
}

func (c *callCounts) add(region, call string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[region+" "+call]++
}

// take returns the counts so far and starts again from zero.
func (c *callCounts) take() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := c.n
	c.n = map[string]int{}
	return out
}

func (p *countingPolicy) Budget(ctx context.Context, d sdk.Date, ps []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	p.calls.add(p.region, "budget")
	return p.Policy.Budget(ctx, d, ps)
}

func (p *countingPolicy) Staffing(ctx context.Context, d sdk.Date, ss []sdk.Subject) ([]sdk.StaffingResult, error) {
	p.calls.add(p.region, "staffing")
	return p.Policy.Staffing(ctx, d, ss)
}

func countingHost(t *testing.T, codes ...string) (*Host, *callCounts) {
	t.Helper()
	calls := &callCounts{n: map[string]int{}}
	m := map[string]func() sdk.Policy{}
	for _, c := range codes {
		m[c] = func() sdk.Policy { return &countingPolicy{Policy: newTestPolicy(c)(), region: c, calls: calls} }
	}
	h, err := NewInProcess(m, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h, calls
}

// askSharedParent asks child, alpha (child's parent) and beta for the sharedParentBatch at
// once, through BudgetRegions and StaffingRegions.
func askSharedParent(t *testing.T, h *Host) (regions []string, ps []sdk.ProjectSpec, subjects []sdk.Subject, budget []*BudgetOutcome, staffing []*StaffingOutcome) {
	t.Helper()
	ps, subjects = sharedParentBatch()
	regions = []string{"child", "alpha", "beta"}
	var err error
	if budget, err = h.BudgetRegions(context.Background(), regions, asOf, ps); err != nil {
		t.Fatal(err)
	}
	if staffing, err = h.StaffingRegions(context.Background(), regions, asOf, subjects); err != nil {
		t.Fatal(err)
	}
	return regions, ps, subjects, budget, staffing
}

// sharedParentBatch is a batch every test region reads, with a project that is invalid
// (to check Invalid stays per region) and subjects of the other kinds for Staffing.
func sharedParentBatch() ([]sdk.ProjectSpec, []sdk.Subject) {
	ps := projects(25, "精神卫生")
	ps[3].Domain = "no-such-domain"
	ps[7].Budget = nil
	subjects := make([]sdk.Subject, len(ps))
	for i := range ps {
		subjects[i] = sdk.Subject{Project: &ps[i]}
	}
	subjects[10] = sdk.Subject{Organization: &sdk.OrganizationSpec{FullTimeStaff: 9, QualifiedStaff: ptr(2)}}
	subjects[11] = sdk.Subject{Government: governmentSubject()}
	return ps, subjects
}

// regionsMatchSingle checks that each region's outcome of the multi-region calls equals
// what Budget and Staffing answer for that region alone.
func regionsMatchSingle(t *testing.T, h *Host, regions []string, ps []sdk.ProjectSpec, subjects []sdk.Subject,
	budget []*BudgetOutcome, staffing []*StaffingOutcome,
) {
	t.Helper()
	if len(budget) != len(regions) || len(staffing) != len(regions) {
		t.Fatalf("%d budget and %d staffing outcomes for %d regions", len(budget), len(staffing), len(regions))
	}
	for k, region := range regions {
		b, err := h.Budget(context.Background(), region, asOf, ps)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(budget[k], b) {
			t.Errorf("BudgetRegions for %s differs from Budget:\n%+v\n%+v", region, budget[k], b)
		}
		s, err := h.Staffing(context.Background(), region, asOf, subjects)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(staffing[k], s) {
			t.Errorf("StaffingRegions for %s differs from Staffing:\n%+v\n%+v", region, staffing[k], s)
		}
	}
}

// A region in several requested chains (alpha: requested, and child's parent) is called once
// per chunk, and every requested region gets the outcome it would get alone.
func TestRegionsCallEachRegionOncePerChunk(t *testing.T) {
	h, calls := countingHost(t, "alpha", "beta", "child")
	h.cfg.BatchSize = 7 // 25 subjects: 4 chunks
	regions, ps, subjects, budget, staffing := askSharedParent(t, h)
	ctx := context.Background()
	want := map[string]int{}
	for _, r := range []string{"alpha", "beta", "child"} {
		want[r+" budget"], want[r+" staffing"] = 4, 4
	}
	if got := calls.take(); !reflect.DeepEqual(got, want) {
		t.Errorf("calls %v, want each region once per chunk %v", got, want)
	}
	if o := budget[0]; len(o.Errors) != 0 || len(o.EvaluatedBy) != 2 || o.EvaluatedBy[1].Region != "alpha" ||
		!reflect.DeepEqual(regionsOf(o.Results[0].Findings), []string{"child", "alpha"}) || len(o.Results[3].Invalid) != 2 {
		t.Errorf("child's chain: %+v", o)
	}
	regionsMatchSingle(t, h, regions, ps, subjects, budget, staffing)
	// One region at a time, alpha is called twice per chunk: once alone, once as child's parent.
	if got := calls.take(); got["alpha budget"] != 8 || got["alpha staffing"] != 8 || got["child budget"] != 4 {
		t.Errorf("single-region calls: %v", got)
	}

	if _, err := h.BudgetRegions(ctx, []string{"alpha", "nowhere"}, asOf, ps); !errors.Is(err, ErrUnknownRegion) {
		t.Errorf("unknown region: %v", err)
	}
	if _, err := h.StaffingRegions(ctx, regions, sdk.Date{}, subjects); err == nil {
		t.Error("zero asOf accepted")
	}
	if got := calls.take(); len(got) != 0 {
		t.Errorf("a refused request still called plugins: %v", got)
	}
}

// A parent with no plugin at all is an error for the chains that contain it, each naming
// its own requested region, as Budget alone does.
func TestRegionsMissingParentOnlyInItsChain(t *testing.T) {
	h, _ := countingHost(t, "beta", "child")
	ps, subjects := sharedParentBatch()
	regions := []string{"child", "beta"}
	budget, err := h.BudgetRegions(context.Background(), regions, asOf, ps)
	if err != nil {
		t.Fatal(err)
	}
	staffing, err := h.StaffingRegions(context.Background(), regions, asOf, subjects)
	if err != nil {
		t.Fatal(err)
	}
	if e := budget[0].Errors; len(e) != 1 || e[0].Region != "alpha" || !errors.Is(e[0].Err, ErrPluginUnavailable) ||
		!strings.Contains(e[0].Err.Error(), "parent region of child") {
		t.Errorf("child without alpha: %+v", e)
	}
	if budget[1].Err() != nil || staffing[1].Err() != nil {
		t.Errorf("beta: %v %v", budget[1].Err(), staffing[1].Err())
	}
	regionsMatchSingle(t, h, regions, ps, subjects, budget, staffing)
}

// readCallLog counts the lines of a plugin call log by "<region> <call>".
func readCallLog(t *testing.T, path string) map[string]int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		var region, call string
		var n int
		if _, err := fmt.Sscan(sc.Text(), &region, &call, &n); err != nil {
			t.Fatalf("call log line %q: %v", sc.Text(), err)
		}
		out[region+" "+call]++
	}
	return out
}

// The same through real plugin processes: the RPCs that reach each process are counted by
// the process itself.
func TestRegionsThroughPluginsCallEachRegionOncePerChunk(t *testing.T) {
	log := t.TempDir() + "/calls.log"
	h := startHost(t, Config{Builtin: []string{"alpha", "beta", "child"}, Command: loggingCommand(log), BatchSize: 7})
	ps, subjects := sharedParentBatch()
	regions := []string{"child", "alpha", "beta"}
	ctx := context.Background()
	var budget []*BudgetOutcome
	var staffing []*StaffingOutcome
	var budgetErr, staffingErr error
	var wg sync.WaitGroup
	wg.Go(func() { budget, budgetErr = h.BudgetRegions(ctx, regions, asOf, ps) })
	wg.Go(func() { staffing, staffingErr = h.StaffingRegions(ctx, regions, asOf, subjects) })
	wg.Wait()
	if err := errors.Join(budgetErr, staffingErr); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for _, r := range []string{"alpha", "beta", "child"} {
		want[r+" budget"], want[r+" staffing"] = 4, 4
	}
	if got := readCallLog(t, log); !reflect.DeepEqual(got, want) {
		t.Errorf("plugin calls %v, want each region once per chunk %v", got, want)
	}
	for k := range regions {
		if budget[k].Err() != nil || staffing[k].Err() != nil {
			t.Fatalf("%s: %v %v", regions[k], budget[k].Err(), staffing[k].Err())
		}
	}
	regionsMatchSingle(t, h, regions, ps, subjects, budget, staffing)
}

// The shared parent down (Hunan during a comparison of Zhuzhou, Hunan and Shenzhen): the
// error reaches both chains that contain it, the child's own region still answers, and the
// unrelated region is untouched.
func TestRegionsSharedParentDown(t *testing.T) {
	h := startHost(t, Config{Builtin: []string{"alpha", "beta", "child"},
		BackoffMin: 3 * time.Second, // alpha stays down for the calls below
	})
	pid := statusOf(t, h, "alpha").PID
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); statusOf(t, h, "alpha").State == StateReady; {
		if time.Now().After(deadline) {
			t.Fatal("alpha still READY 5s after SIGKILL")
		}
		time.Sleep(10 * time.Millisecond)
	}
	regions, ps, subjects, budget, staffing := askSharedParent(t, h)
	ctx := context.Background()
	alphaDown := func(what string, errs []RegionError) {
		t.Helper()
		var u *UnavailableError
		if len(errs) != 1 || errs[0].Region != "alpha" || !errors.As(errs[0].Err, &u) || u.Region != "alpha" {
			t.Errorf("%s: want alpha unavailable, got %+v", what, errs)
		}
	}
	for k, region := range regions[:2] {
		alphaDown(region+" budget", budget[k].Errors)
		alphaDown(region+" staffing", staffing[k].Errors)
	}
	if b := budget[0]; len(b.EvaluatedBy) != 1 || b.EvaluatedBy[0].Region != "child" ||
		!reflect.DeepEqual(regionsOf(b.Results[0].Findings), []string{"child"}) {
		t.Errorf("child with alpha down should still answer for itself: %+v", b)
	}
	if b := budget[1]; len(b.EvaluatedBy) != 0 || len(b.Results[0].Findings) != 0 {
		t.Errorf("alpha down: %+v", b)
	}
	if budget[2].Err() != nil || staffing[2].Err() != nil || len(budget[2].EvaluatedBy) != 1 || len(budget[2].Results[0].Findings) != 1 {
		t.Errorf("beta while alpha is down: %+v %+v", budget[2], staffing[2].Errors)
	}
	// Alone, each region answers the same, but for the text of alpha's state (it may move on
	// from restarting between the calls).
	for k, region := range regions {
		b, err := h.Budget(ctx, region, asOf, ps)
		if err != nil {
			t.Fatal(err)
		}
		s, err := h.Staffing(ctx, region, asOf, subjects)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b.Results, budget[k].Results) || !reflect.DeepEqual(b.EvaluatedBy, budget[k].EvaluatedBy) ||
			!reflect.DeepEqual(s.Results, staffing[k].Results) || !reflect.DeepEqual(s.EvaluatedBy, staffing[k].EvaluatedBy) ||
			len(b.Errors) != len(budget[k].Errors) || len(s.Errors) != len(staffing[k].Errors) {
			t.Errorf("%s alone differs from %s among the regions", region, region)
		}
	}
}
