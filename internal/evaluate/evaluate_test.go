package evaluate

import (
	"context"
	"errors"
	"testing"

	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

func newService(t *testing.T) *Service {
	t.Helper()
	h, err := host.NewInProcess(regions.Builtin(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return New(h)
}

func intp(n int) *int { return &n }

func szProject(total sdk.Fen) sdk.Subject {
	return sdk.Subject{Project: &sdk.ProjectSpec{
		Domain: "社会救助", Headcount: 10, ProfessionalPosts: intp(8), SupervisedWorkers: intp(8),
		Budget: []sdk.BudgetLine{{Category: sdk.BudgetLabor, Amount: total * 85 / 100}, {Category: sdk.BudgetSupervision, Amount: total - total*85/100}},
	}}
}

func finding(ev *Evaluation, rule string) *sdk.Finding {
	for i := range ev.Findings {
		if ev.Findings[i].RuleID == rule {
			return &ev.Findings[i]
		}
	}
	return nil
}

func TestShenzhenFloorBothSidesAndExactlyAt(t *testing.T) {
	s := newService(t)
	on := sdk.MustDate("2023-06-01")
	for _, tc := range []struct {
		total sdk.Fen
		want  sdk.FindingStatus
	}{
		{sdk.Yuan(1630000) - 1, sdk.StatusFail}, // one fen short of 10 × 163,000
		{sdk.Yuan(1630000), sdk.StatusPass},
		{sdk.Yuan(1630000) + 1, sdk.StatusPass},
	} {
		ev, err := s.Evaluate(context.Background(), "shenzhen", szProject(tc.total), on)
		if err != nil {
			t.Fatal(err)
		}
		f := finding(ev, "SZ-BUDGET-PACKAGE-MIN")
		if f == nil || f.Status != tc.want || f.Region != "shenzhen" {
			t.Errorf("total %s: finding %+v, want %s", tc.total, f, tc.want)
		}
		if ev.Budget == nil || ev.Budget.MinimumTotal == nil || *ev.Budget.MinimumTotal != sdk.Yuan(1630000) {
			t.Errorf("total %s: requirement %+v", tc.total, ev.Budget)
		}
		if len(ev.EvaluatedBy) != 1 || ev.EvaluatedBy[0].RulesetHash == "" {
			t.Errorf("evaluatedBy %+v", ev.EvaluatedBy)
		}
	}
	// After the measures expired (2025-11-11) no Shenzhen rule applies.
	ev, err := s.Evaluate(context.Background(), "shenzhen", szProject(sdk.Yuan(1630000)), sdk.MustDate("2025-11-12"))
	if err != nil {
		t.Fatal(err)
	}
	if ev.Status != sdk.NotInForce {
		t.Errorf("status after expiry = %s, want NOT_IN_FORCE", ev.Status)
	}
}

func TestZhuzhouStationGetsHunanFindingLabelledHunan(t *testing.T) {
	s := newService(t)
	st := sdk.Subject{Station: &sdk.StationSpec{Township: "示例镇", Workers: []sdk.WorkerSpec{{Age: intp(41), Education: sdk.EducationBachelor}}}}
	ev, err := s.Evaluate(context.Background(), "zhuzhou", st, sdk.MustDate("2019-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	f := finding(ev, "HN-STAFF-AGE-MAX-40")
	if f == nil || f.Status != sdk.StatusFail || f.Region != "hunan" {
		t.Fatalf("age finding %+v", f)
	}
	if ev.Status != sdk.NonCompliant || len(ev.EvaluatedBy) != 2 || ev.EvaluatedBy[1].Region != "hunan" {
		t.Errorf("status %s, evaluatedBy %+v", ev.Status, ev.EvaluatedBy)
	}
}

func TestCompareAndBatch(t *testing.T) {
	s := newService(t)
	on := sdk.MustDate("2019-06-01")
	evs, err := s.Compare(context.Background(), szProject(sdk.Yuan(1630000)), nil, on)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 5 {
		t.Fatalf("compare over all regions gave %d evaluations", len(evs))
	}
	for i, want := range []string{"hunan", "shenzhen", "sichuan", "yunnan", "zhuzhou"} {
		if evs[i].Region != want {
			t.Errorf("evaluation %d is %s, want %s", i, evs[i].Region, want)
		}
	}
	org := sdk.Subject{Organization: &sdk.OrganizationSpec{FullTimeStaff: 9, QualifiedStaff: intp(3)}}
	rows, err := s.Batch(context.Background(), []sdk.Subject{szProject(sdk.Yuan(1)), org}, []string{"shenzhen", "zhuzhou"}, sdk.MustDate("2021-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	if f := finding(rows[0][0], "SZ-BUDGET-PACKAGE-MIN"); f == nil || f.Status != sdk.StatusFail {
		t.Errorf("batch project under shenzhen: %+v", f)
	}
	if f := finding(rows[1][1], "ZZ-ORG-REG-QUALIFIED-STAFF-ONE-THIRD"); f == nil || f.Status != sdk.StatusPass {
		t.Errorf("batch organization at exactly one third under zhuzhou: %+v", f)
	}
}

func TestBadInputNamesTheField(t *testing.T) {
	s := newService(t)
	on := sdk.MustDate("2023-06-01")
	var bad *sdk.InputError
	_, err := s.Compare(context.Background(), szProject(1), []string{"shenzhen", "atlantis"}, on)
	if !errors.As(err, &bad) || bad.Field != "regions[1]" || len(bad.Accepted) != 5 {
		t.Errorf("unknown region: %v", err)
	}
	p := szProject(1)
	p.Project.Domain = "火星开发"
	_, err = s.Evaluate(context.Background(), "shenzhen", p, on)
	if !errors.As(err, &bad) || bad.Field != "subject.project.domain" || len(bad.Accepted) == 0 {
		t.Errorf("unknown domain: %v", err)
	}
	_, err = s.Evaluate(context.Background(), "shenzhen", sdk.Subject{}, on)
	if !errors.As(err, &bad) || bad.Field != "subject" {
		t.Errorf("empty subject: %v", err)
	}
}

// A government subject takes the Staffing path alone (no Budget call, no requirement), under
// every region of the chain, and a bad one names its field from the argument.
func TestGovernmentSubject(t *testing.T) {
	s := newService(t)
	on := sdk.MustDate("2019-06-01")
	gov := sdk.Subject{Government: &sdk.GovernmentSpec{Level: sdk.LevelCounty, Name: "醴陵市", Townships: intp(24), TownshipsWithStation: intp(24)}}
	ev, err := s.Evaluate(context.Background(), "zhuzhou", gov, on)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Budget != nil || len(ev.Invalid) != 0 || ev.Error != nil || len(ev.EvaluatedBy) != 2 || ev.EvaluatedBy[1].Region != "hunan" {
		t.Errorf("government under zhuzhou: %+v", ev)
	}
	rows, err := s.Batch(context.Background(), []sdk.Subject{szProject(sdk.Yuan(1630000)), gov}, []string{"shenzhen", "zhuzhou"}, sdk.MustDate("2023-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	for j := range rows[1] {
		if g := rows[1][j]; g.Budget != nil || len(g.Invalid) != 0 {
			t.Errorf("batch government under %s: %+v", g.Region, g)
		}
	}
	if rows[0][0].Budget == nil {
		t.Errorf("batch project under shenzhen lost its budget requirement")
	}
	var bad *sdk.InputError
	_, err = s.Evaluate(context.Background(), "zhuzhou", sdk.Subject{Government: &sdk.GovernmentSpec{Level: sdk.LevelTownship}}, on)
	if !errors.As(err, &bad) || bad.Field != "subject.government.level" || len(bad.Accepted) != 3 {
		t.Errorf("township as a government level: %v", err)
	}
	_, err = s.Evaluate(context.Background(), "zhuzhou", sdk.Subject{Government: &sdk.GovernmentSpec{Level: sdk.LevelCity,
		Acts: []sdk.GovernmentActSpec{{Kind: sdk.ActAnnualPlan}, {Kind: "MEMO"}}}}, on)
	if !errors.As(err, &bad) || bad.Field != "subject.government.acts[1].kind" {
		t.Errorf("unknown act kind: %v", err)
	}
}
