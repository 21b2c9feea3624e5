package host

import (
	"context"
	"os/exec"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/shegong/shegong/plugins/sdk"
)

// perKind is what EvaluateRegions must answer, built from the per-kind calls: per region of
// the chain, its budget findings then its staffing findings; a region's staffing complaint
// about a subject is listed unless its budget complaint names the same field.
func perKind(t *testing.T, h *Host, regions []string, subjects []sdk.Subject) []*EvaluateOutcome {
	t.Helper()
	ctx := context.Background()
	var ps []sdk.ProjectSpec
	var projectAt []int
	for i, s := range subjects {
		if s.Project != nil {
			ps = append(ps, *s.Project)
			projectAt = append(projectAt, i)
		}
	}
	budget, err := h.BudgetRegions(ctx, regions, asOf, ps)
	if err != nil {
		t.Fatal(err)
	}
	staffing, err := h.StaffingRegions(ctx, regions, asOf, subjects)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]*EvaluateOutcome, len(regions))
	for k := range regions {
		chain, _ := h.Chain(regions[k])
		o := &EvaluateOutcome{Region: regions[k], AsOf: asOf, EvaluatedBy: staffing[k].EvaluatedBy, Errors: staffing[k].Errors,
			Results: make([]EvaluateResult, len(subjects))}
		for j := range subjects {
			sr := staffing[k].Results[j]
			var br BudgetResult
			if b := slices.Index(projectAt, j); b >= 0 {
				br = budget[k].Results[b]
			}
			r := &o.Results[j]
			r.Requirement, r.Requirements = br.Requirement, br.Requirements
			for _, region := range chain {
				for _, f := range br.Findings {
					if f.Region == region {
						r.Findings = append(r.Findings, f)
					}
				}
				for _, f := range sr.Findings {
					if f.Region == region {
						r.Findings = append(r.Findings, f)
					}
				}
				var budgetField *string
				for _, e := range br.Invalid {
					if e.Region == region {
						r.Invalid = append(r.Invalid, e)
						budgetField = &e.Field
					}
				}
				for _, e := range sr.Invalid {
					if e.Region == region && (budgetField == nil || *budgetField != e.Field) {
						r.Invalid = append(r.Invalid, e)
					}
				}
			}
		}
		out[k] = o
	}
	return out
}

// A host meets plugins of both protocol revisions: alpha and beta (1.1) get one Evaluate call
// per chunk, child (1.0, a real process that serves no Evaluate and announces no feature)
// gets Budget and Staffing, and every region answers what the per-kind calls answer.
func TestEvaluateRegionsWithPluginsOldAndNew(t *testing.T) {
	log := t.TempDir() + "/calls.log"
	var mu sync.Mutex
	rpcs := map[string]int{}
	h := startHost(t, Config{Builtin: []string{"alpha", "beta", "child"}, BatchSize: 7,
		Command: func(region string) *exec.Cmd {
			cmd := loggingCommand(log)(region)
			if region == "child" {
				cmd.Env = append(cmd.Env, envTestMode+"=plugin-1.0:"+region) // the last setting wins
			}
			return cmd
		},
		ObserveCall: func(region, method, outcome string, _ time.Duration) {
			mu.Lock()
			defer mu.Unlock()
			rpcs[region+" "+method+" "+outcome]++
		},
	})
	for region, want := range map[string]bool{"alpha": true, "beta": true, "child": false} {
		if got := sdk.CanEvaluate(h.slot(region).cur.policy); got != want {
			t.Errorf("%s serves Evaluate: %v, want %v", region, got, want)
		}
	}
	_, subjects := sharedParentBatch() // 25 subjects, 23 of them projects: 4 chunks of 7
	regions := []string{"child", "alpha", "beta"}
	got, err := h.EvaluateRegions(context.Background(), regions, asOf, subjects)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	wantRPCs := map[string]int{"alpha Evaluate ok": 4, "beta Evaluate ok": 4, "child Budget ok": 4, "child Staffing ok": 4}
	if !reflect.DeepEqual(rpcs, wantRPCs) {
		t.Errorf("plugin calls %v, want %v", rpcs, wantRPCs)
	}
	mu.Unlock()
	// What reached the rules: every region's budget and staffing rules, once per chunk.
	wantRules := map[string]int{}
	for _, r := range []string{"alpha", "beta", "child"} {
		wantRules[r+" budget"], wantRules[r+" staffing"] = 4, 4
	}
	if rules := readCallLog(t, log); !reflect.DeepEqual(rules, wantRules) {
		t.Errorf("rule calls %v, want %v", rules, wantRules)
	}
	if o := got[0]; o.Err() != nil || len(o.EvaluatedBy) != 2 || o.EvaluatedBy[1].Region != "alpha" ||
		!reflect.DeepEqual(regionsOf(o.Results[0].Findings), []string{"child", "child", "alpha", "alpha"}) || len(o.Results[3].Invalid) != 2 {
		t.Errorf("child's chain: %+v", o)
	}
	if want := perKind(t, h, regions, subjects); !reflect.DeepEqual(got, want) {
		for k := range regions {
			if !reflect.DeepEqual(got[k], want[k]) {
				t.Errorf("%s: EvaluateRegions differs from Budget and Staffing:\n%+v\n%+v", regions[k], got[k], want[k])
			}
		}
	}
}

// In process, EvaluateRegions (one validation for all regions, one Evaluate per region and
// chunk) answers what the per-kind calls answer, including with a region's parent missing.
func TestEvaluateRegionsInProcessMatchesPerKind(t *testing.T) {
	h, calls := countingHost(t, "alpha", "beta", "child")
	h.cfg.BatchSize = 7
	_, subjects := sharedParentBatch()
	regions := []string{"child", "alpha", "beta"}
	got, err := h.EvaluateRegions(context.Background(), regions, asOf, subjects)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for _, r := range []string{"alpha", "beta", "child"} {
		want[r+" budget"], want[r+" staffing"] = 4, 4
	}
	if c := calls.take(); !reflect.DeepEqual(c, want) {
		t.Errorf("calls %v, want each region once per chunk %v", c, want)
	}
	if w := perKind(t, h, regions, subjects); !reflect.DeepEqual(got, w) {
		t.Errorf("EvaluateRegions differs from Budget and Staffing:\n%+v\n%+v", got, w)
	}

	orphan, _ := countingHost(t, "beta", "child")
	got, err = orphan.EvaluateRegions(context.Background(), []string{"child", "beta"}, asOf, subjects)
	if err != nil {
		t.Fatal(err)
	}
	if e := got[0].Errors; len(e) != 1 || e[0].Region != "alpha" || got[1].Err() != nil {
		t.Errorf("child without alpha: %+v; beta: %v", e, got[1].Err())
	}
	if w := perKind(t, orphan, []string{"child", "beta"}, subjects); !reflect.DeepEqual(got, w) {
		t.Errorf("without a parent, EvaluateRegions differs from Budget and Staffing:\n%+v\n%+v", got, w)
	}
}
