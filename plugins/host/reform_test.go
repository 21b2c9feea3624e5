package host

import (
	"context"
	"errors"
	"os/exec"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/shegong/shegong/plugins/sdk"
)

// budgetOf returns the test region's budget finding of region in fs.
func budgetOf(t *testing.T, fs []sdk.Finding, region string) sdk.Finding {
	t.Helper()
	for _, f := range fs {
		if f.RuleID == "TR-BUDGET-PACKAGE-MIN" && f.Region == region {
			return f
		}
	}
	t.Fatalf("no budget finding of %s in %+v", region, fs)
	return sdk.Finding{}
}

// reformProjects are one-worker projects at 119,999.99, 120,000.00 and 120,000.01 yuan a year:
// all pass the test region's floor of 100,000; under a floor of 120,000 the first fails.
var reformProjects = []sdk.Subject{
	{Project: &sdk.ProjectSpec{Domain: "DOM-MENTAL", Headcount: 1, Budget: []sdk.BudgetLine{{Category: sdk.BudgetLabor, Amount: sdk.Yuan(120000) - 1}}}},
	{Project: &sdk.ProjectSpec{Domain: "DOM-MENTAL", Headcount: 1, Budget: []sdk.BudgetLine{{Category: sdk.BudgetLabor, Amount: sdk.Yuan(120000)}}}},
	{Project: &sdk.ProjectSpec{Domain: "DOM-MENTAL", Headcount: 1, Budget: []sdk.BudgetLine{{Category: sdk.BudgetLabor, Amount: sdk.Yuan(120000) + 1}}}},
}

var reformWant = []sdk.FindingStatus{sdk.StatusFail, sdk.StatusPass, sdk.StatusPass}

// A reform reaches the plugins that announce the reform feature, as real processes: alpha
// (revision 1.2) evaluates under it; beta (1.0, no Evaluate) and child (1.1, Evaluate without
// reform) are not called and answer REFORM_UNSUPPORTED, while child's parent alpha still
// answers in child's chain. The same plugins answer the baseline afterwards.
func TestEvaluateRegionsUnderReformOldAndNew(t *testing.T) {
	var mu sync.Mutex
	rpcs := map[string]int{}
	h := startHost(t, Config{Builtin: []string{"alpha", "beta", "child"},
		Command: func(region string) *exec.Cmd {
			cmd := selfCommand(region)
			switch region {
			case "beta":
				cmd.Env = append(cmd.Env, envTestMode+"=plugin-1.0:"+region)
			case "child":
				cmd.Env = append(cmd.Env, envTestMode+"=plugin-1.1:"+region)
			}
			return cmd
		},
		ObserveCall: func(region, method, outcome string, _ time.Duration) {
			mu.Lock()
			defer mu.Unlock()
			rpcs[region+" "+method+" "+outcome]++
		},
	})
	for region, want := range map[string]bool{"alpha": true, "beta": false, "child": false} {
		if got := sdk.CanReform(h.slot(region).cur.policy); got != want {
			t.Errorf("%s evaluates reforms: %v, want %v", region, got, want)
		}
	}
	reform, err := h.Reform([]sdk.Override{{Parameter: "TR.budget.package_min", Value: "120000"}})
	if err != nil {
		t.Fatal(err)
	}
	if reform.Overrides[0].Value != "120000.00" || len(reform.For("alpha")) != 1 || len(reform.For("beta")) != 1 || reform.Hash == "" {
		t.Errorf("reform %+v", reform)
	}
	regions := []string{"child", "alpha", "beta"}
	got, err := h.EvaluateRegionsUnder(context.Background(), regions, asOf, reformProjects, reform)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	if want := map[string]int{"alpha Evaluate ok": 1}; !reflect.DeepEqual(rpcs, want) {
		t.Errorf("plugin calls %v, want %v", rpcs, want)
	}
	clear(rpcs)
	mu.Unlock()
	for k, region := range regions {
		o := got[k]
		unsupported := map[string]string{"child": "child", "beta": "beta"}[region]
		if unsupported != "" {
			if len(o.Errors) != 1 || o.Errors[0].Region != unsupported || !errors.Is(o.Errors[0].Err, ErrReformUnsupported) {
				t.Errorf("%s: errors %+v, want REFORM_UNSUPPORTED from %s", region, o.Errors, unsupported)
			}
		} else if o.Err() != nil {
			t.Errorf("%s: %v", region, o.Err())
		}
		if region == "beta" {
			if len(o.Results[0].Findings) != 0 {
				t.Errorf("beta answered under a reform it cannot evaluate: %+v", o.Results[0].Findings)
			}
			continue
		}
		for i, want := range reformWant { // alpha's rules, in alpha's and in child's chain
			if f := budgetOf(t, o.Results[i].Findings, "alpha"); f.Status != want || f.Required != ">= 120000.00" {
				t.Errorf("%s, project %d under the reform: %s %s", region, i, f.Status, f.Required)
			}
		}
	}
	base, err := h.EvaluateRegions(context.Background(), regions, asOf, reformProjects)
	if err != nil {
		t.Fatal(err)
	}
	for k, region := range regions {
		for i := range reformProjects {
			if f := budgetOf(t, base[k].Results[i].Findings, region); f.Status != sdk.StatusPass || f.Required != ">= 100000.00" {
				t.Errorf("%s, project %d at baseline after the reform: %s %s", region, i, f.Status, f.Required)
			}
		}
	}

	// An override the plugin refuses comes back over gRPC as the override's field.
	p, err := h.slot("alpha").cur.policy.(sdk.Reformer).Reform([]sdk.Override{{Parameter: "TR.nope", Value: "1"}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.(sdk.Evaluator).Evaluate(context.Background(), asOf, reformProjects, nil)
	var oe *sdk.OverrideError
	if !errors.As(err, &oe) || oe.Path() != "reform[0].parameter" {
		t.Errorf("plugin's refusal: %v, want an OverrideError on reform[0].parameter", err)
	}
}

// In process, a reform applies to the regions that list the parameter; the host checks every
// override before any region is called and names it by its index in the reform as given.
func TestEvaluateRegionsUnderReformInProcess(t *testing.T) {
	h, err := NewInProcess(map[string]func() sdk.Policy{"alpha": newTestPolicy("alpha"), "child": newTestPolicy("child")}, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	reform, err := h.Reform([]sdk.Override{{Parameter: "TR.budget.package_min", Value: "120000.00", To: asOf}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := h.EvaluateRegionsUnder(context.Background(), []string{"child"}, asOf, reformProjects, reform)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range reformWant {
		for _, region := range []string{"child", "alpha"} {
			if f := budgetOf(t, got[0].Results[i].Findings, region); f.Status != want {
				t.Errorf("%s, project %d: %s, want %s", region, i, f.Status, want)
			}
		}
	}
	// The day after the reform's window: the region's own floor again.
	got, err = h.EvaluateRegionsUnder(context.Background(), []string{"child"}, asOf.AddDate(0, 0, 1), reformProjects, reform)
	if err != nil {
		t.Fatal(err)
	}
	if f := budgetOf(t, got[0].Results[0].Findings, "child"); f.Status != sdk.StatusPass {
		t.Errorf("after the window: %s", f.Status)
	}
	for _, c := range []struct {
		overrides []sdk.Override
		path      string
	}{
		{[]sdk.Override{{Parameter: "TR.budget.package_min", Value: "1"}, {Parameter: "SZ.budget.package_min", Value: "1"}}, "reform[1].parameter"},
		{[]sdk.Override{{Parameter: "TR.staffing.certified_share_min", Value: "1/3"}, {Parameter: "TR.budget.package_min", Value: "十万"}}, "reform[1].value"},
		{[]sdk.Override{{Parameter: "TR.staffing.certified_share_min", Value: "150%"}}, "reform[0].value"},
		{[]sdk.Override{{Parameter: "TR.budget.package_min", Value: "1", To: sdk.MustDate("2019-12-31")}}, "reform[0].to"},
	} {
		_, err := h.Reform(c.overrides)
		var oe *sdk.OverrideError
		if !errors.As(err, &oe) || oe.Path() != c.path {
			t.Errorf("%+v: %v, want %s", c.overrides, err, c.path)
		}
	}
}
