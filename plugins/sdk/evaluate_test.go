package sdk

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

// echoPolicy answers each project with one budget finding naming its headcount and each
// subject with one staffing finding naming its kind, so that results can be traced back.
type echoPolicy struct{ budgetCalls, staffingCalls int }

func (p *echoPolicy) Describe(context.Context) (*Description, error) {
	return &Description{Region: RegionInfo{Code: "echo"}}, nil
}

func (p *echoPolicy) Budget(_ context.Context, _ Date, ps []ProjectSpec) ([]BudgetResult, error) {
	p.budgetCalls++
	out := make([]BudgetResult, len(ps))
	for i, pr := range ps {
		min := Fen(pr.Headcount * 100)
		out[i] = BudgetResult{Requirement: &BudgetRequirement{MinimumTotal: &min},
			Findings: []Finding{{RuleID: "B", Status: StatusPass, Actual: strings.Repeat("x", pr.Headcount),
				MessageZh: "预算", Citation: Citation{Document: "D", Quote: "引文"}}}}
	}
	return out, nil
}

func (p *echoPolicy) Staffing(_ context.Context, _ Date, ss []Subject) ([]StaffingResult, error) {
	p.staffingCalls++
	out := make([]StaffingResult, len(ss))
	for i, s := range ss {
		out[i] = StaffingResult{Findings: []Finding{{RuleID: "S", Status: StatusFail, Actual: string(s.Kind()), MessageZh: "人员"}}}
	}
	return out, nil
}

func (p *echoPolicy) Catalog(context.Context, Date) (*CatalogResult, error) {
	return &CatalogResult{}, nil
}

func evaluateSubjects() []Subject {
	one, two := ProjectSpec{Domain: "d", Headcount: 1}, ProjectSpec{Domain: "d", Headcount: 2}
	bad := ProjectSpec{Domain: "d", Headcount: 0} // invalid: a headcount of at least 1
	return []Subject{{Project: &one}, {Organization: &OrganizationSpec{FullTimeStaff: 3}}, {Project: &two}, {Project: &bad}, {Project: &one}}
}

// Evaluate answers what Budget (on the projects) and Staffing answer, in one pass over the
// region's rules, and a subject that fails validation reaches neither.
func TestEvaluateIsBudgetAndStaffing(t *testing.T) {
	ctx := context.Background()
	asOf := MustDate("2024-01-01")
	subjects := evaluateSubjects()
	inner := &echoPolicy{}
	p := InProcess(inner).(Evaluator)
	got, err := p.Evaluate(ctx, asOf, subjects, nil)
	if err != nil {
		t.Fatal(err)
	}
	if inner.budgetCalls != 1 || inner.staffingCalls != 1 {
		t.Errorf("%d Budget and %d Staffing calls, want one each", inner.budgetCalls, inner.staffingCalls)
	}
	want, err := EvaluateSeparately(ctx, InProcess(&echoPolicy{}), asOf, subjects)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Evaluate %+v\nBudget and Staffing %+v", got, want)
	}
	if got[1].Budget != nil || got[0].Budget == nil || got[3].Budget.Invalid == nil || got[3].Staffing.Invalid == nil ||
		got[3].Budget.Invalid.Field != "project.headcount" || got[0].Staffing.Findings[0].Region != "echo" {
		t.Errorf("results: %+v", got)
	}

	// A validation made beforehand for the same day is taken as it is; one for another day
	// is not.
	checked := ValidateSubjects(asOf, subjects)
	checked.invalid[1] = &InputError{Field: "marked"}
	got, err = p.Evaluate(ctx, asOf, subjects, checked)
	if err != nil {
		t.Fatal(err)
	}
	if e := got[1].Staffing.Invalid; e == nil || e.Field != "marked" || got[1].Staffing.Findings != nil {
		t.Errorf("a checked subject was validated again: %+v", got[1])
	}
	got, err = p.Evaluate(ctx, asOf.AddDate(0, 0, 1), subjects, checked)
	if err != nil {
		t.Fatal(err)
	}
	if got[1].Staffing.Invalid != nil {
		t.Errorf("a validation for another day was used: %+v", got[1])
	}
	if s := checked.Slice(1, 3); len(s.invalid) != 2 || s.invalid[0].Field != "marked" {
		t.Errorf("Slice: %+v", s)
	}
}
