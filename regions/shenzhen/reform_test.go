package shenzhen

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/shegong/shegong/plugins/sdk"
)

// finding returns the finding of rule ruleID in fs.
func finding(t *testing.T, fs []sdk.Finding, ruleID string) sdk.Finding {
	t.Helper()
	for _, f := range fs {
		if f.RuleID == ruleID {
			return f
		}
	}
	t.Fatalf("no finding of %s in %+v", ruleID, fs)
	return sdk.Finding{}
}

// reformed is Shenzhen's policy under overrides, as a plugin makes it for one call.
func reformed(t *testing.T, overrides ...sdk.Override) sdk.Evaluator {
	t.Helper()
	p, err := sdk.InProcess(New()).(sdk.Reformer).Reform(overrides)
	if err != nil {
		t.Fatal(err)
	}
	return p.(sdk.Evaluator)
}

// onePersonYear is a general (not high-risk) project of one funded position over 12 months
// with the whole budget as labour.
func onePersonYear(yuan string) sdk.Subject {
	amount, err := sdk.ParseYuan(yuan)
	if err != nil {
		panic(err)
	}
	return sdk.Subject{Project: &sdk.ProjectSpec{Domain: "社会救助", Headcount: 1,
		Budget: []sdk.BudgetLine{{Category: sdk.BudgetLabor, Amount: amount}}}}
}

// Under SZ.budget.package_min = 170000.00 the package floor is 170,000 yuan per person-year on
// both sides of it and on it (不低于: inclusive), its messages and requirement name the reformed
// floor, and the policy it was made from still applies 163,000.
func TestReformPackageFloor(t *testing.T) {
	ctx := context.Background()
	asOf := sdk.MustDate("2024-06-01")
	base := sdk.InProcess(New()).(sdk.Evaluator)
	reform := reformed(t, sdk.Override{Parameter: paramPackageMin, Value: "170000"})
	for _, c := range []struct {
		budget         string
		baseline, want sdk.FindingStatus
	}{
		{"162999.99", sdk.StatusFail, sdk.StatusFail},
		{"163000.00", sdk.StatusPass, sdk.StatusFail},
		{"169999.99", sdk.StatusPass, sdk.StatusFail},
		{"170000.00", sdk.StatusPass, sdk.StatusPass},
		{"170000.01", sdk.StatusPass, sdk.StatusPass},
	} {
		subjects := []sdk.Subject{onePersonYear(c.budget)}
		got, err := reform.Evaluate(ctx, asOf, subjects, nil)
		if err != nil {
			t.Fatal(err)
		}
		f := finding(t, got[0].Budget.Findings, rulePackageMin)
		if f.Status != c.want || f.Required != ">= 170000.00" || !strings.Contains(f.MessageZh, "170,000.00 元/人/年") || !strings.Contains(f.MessageEn, "170000.00 yuan/person/year") {
			t.Errorf("%s under the reform: %s %q %q %q", c.budget, f.Status, f.Required, f.MessageZh, f.MessageEn)
		}
		if min := got[0].Budget.Requirement.MinimumTotal; min == nil || *min != sdk.Yuan(170000) {
			t.Errorf("%s under the reform: minimum total %v, want 170000.00", c.budget, min)
		}
		if c.want == sdk.StatusFail {
			short, _ := sdk.ParseYuan(c.budget)
			if want := (sdk.Yuan(170000) - short).String() + " yuan short"; !strings.Contains(f.Remedy, want) {
				t.Errorf("%s under the reform: remedy %q, want the shortfall %q", c.budget, f.Remedy, want)
			}
			if want := "floor 170000.00 yuan/person/year"; !strings.Contains(f.Remedy, want) {
				t.Errorf("%s under the reform: remedy %q, want the reformed floor %q", c.budget, f.Remedy, want)
			}
		}
		got, err = base.Evaluate(ctx, asOf, subjects, nil)
		if err != nil {
			t.Fatal(err)
		}
		if f := finding(t, got[0].Budget.Findings, rulePackageMin); f.Status != c.baseline || f.Required != ">= 163000.00" {
			t.Errorf("%s at baseline, after the reform: %s %q", c.budget, f.Status, f.Required)
		}
	}
}

// A reform over a window applies on the days of the window only, both ends included.
func TestReformWindow(t *testing.T) {
	ctx := context.Background()
	reform := reformed(t, sdk.Override{Parameter: paramPackageMin, Value: "170000.00",
		From: sdk.MustDate("2023-01-01"), To: sdk.MustDate("2023-12-31")})
	for day, want := range map[string]sdk.FindingStatus{
		"2022-12-31": sdk.StatusPass, "2023-01-01": sdk.StatusFail, "2023-12-31": sdk.StatusFail, "2024-01-01": sdk.StatusPass,
	} {
		got, err := reform.Evaluate(ctx, sdk.MustDate(day), []sdk.Subject{onePersonYear("163000.00")}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if f := finding(t, got[0].Budget.Findings, rulePackageMin); f.Status != want {
			t.Errorf("163,000 on %s: %s, want %s", day, f.Status, want)
		}
	}
}

// A ratio read by a Go rule (labour share 85%) and a TEXT list read by a declared check (the
// project design items) follow a reform too, as written: 70% and 7/10 are one value.
func TestReformRatioAndDeclaredCheck(t *testing.T) {
	ctx := context.Background()
	asOf := sdk.MustDate("2024-06-01")
	split := func(labor, other int64) sdk.Subject {
		return sdk.Subject{Project: &sdk.ProjectSpec{Domain: "社会救助", Headcount: 1, Budget: []sdk.BudgetLine{
			{Category: sdk.BudgetLabor, Amount: sdk.Yuan(labor)}, {Category: sdk.BudgetActivities, Amount: sdk.Yuan(other)}}}}
	}
	for _, v := range []string{"70%", "7/10"} {
		reform := reformed(t, sdk.Override{Parameter: paramLaborShare, Value: v})
		for _, c := range []struct {
			labor, other int64
			want         sdk.FindingStatus
		}{{69, 31, sdk.StatusFail}, {70, 30, sdk.StatusPass}, {71, 29, sdk.StatusPass}} {
			got, err := reform.Evaluate(ctx, asOf, []sdk.Subject{split(c.labor*10000, c.other*10000)}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if f := finding(t, got[0].Budget.Findings, ruleLabor85); f.Status != c.want || !strings.Contains(f.MessageZh+f.Required, "70%") {
				t.Errorf("labour %d%% under %s: %s %q %q", c.labor, v, f.Status, f.Required, f.MessageZh)
			}
		}
	}
	design := sdk.Subject{Project: &sdk.ProjectSpec{Domain: "社会救助", Headcount: 1, Specification: []string{"需求调查", "岗位数量"}}}
	base := sdk.InProcess(New()).(sdk.Evaluator)
	got, err := base.Evaluate(ctx, asOf, []sdk.Subject{design}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if f := finding(t, got[0].Staffing.Findings, ruleProjectDesign); f.Status != sdk.StatusFail {
		t.Errorf("design with two items at baseline: %s", f.Status)
	}
	got, err = reformed(t, sdk.Override{Parameter: paramProjectDesignList, Value: "需求调查、岗位数量"}).Evaluate(ctx, asOf, []sdk.Subject{design}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if f := finding(t, got[0].Staffing.Findings, ruleProjectDesign); f.Status != sdk.StatusPass || !strings.Contains(f.MessageZh, "2 项") {
		t.Errorf("design with the two items a reform asks: %s %q", f.Status, f.MessageZh)
	}
}

func TestReformRefused(t *testing.T) {
	_, err := sdk.InProcess(New()).(sdk.Reformer).Reform([]sdk.Override{
		{Parameter: paramPackageMin, Value: "170000"}, {Parameter: paramLaborShare, Value: "85"}})
	var oe *sdk.OverrideError
	if !errors.As(err, &oe) || oe.Path() != "reform[1].value" {
		t.Errorf("a share of 85 (not 85%%): %v, want reform[1].value", err)
	}
}

// BenchmarkEvaluateReform evaluates a batch of 2,000 projects (the host's chunk) at baseline and
// under a reform, which builds the reformed ruleset once per call.
func BenchmarkEvaluateReform(b *testing.B) {
	ctx := context.Background()
	asOf := sdk.MustDate("2024-06-01")
	subjects := make([]sdk.Subject, 2000)
	for i := range subjects {
		subjects[i] = onePersonYear(sdk.Yuan(int64(160000 + i*5)).String())
	}
	base := sdk.InProcess(New())
	base.Describe(ctx)
	overrides := []sdk.Override{{Parameter: paramPackageMin, Value: "170000.00"}, {Parameter: paramLaborShare, Value: "70%"}}
	b.Run("baseline", func(b *testing.B) {
		for b.Loop() {
			if _, err := base.(sdk.Evaluator).Evaluate(ctx, asOf, subjects, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("reform", func(b *testing.B) {
		for b.Loop() {
			p, err := base.(sdk.Reformer).Reform(overrides)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := p.(sdk.Evaluator).Evaluate(ctx, asOf, subjects, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}
