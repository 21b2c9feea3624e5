package policycases

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/sources"
)

// fake is a minimal policy: a project needs 100.00 yuan per head; a worker needs 80 学时.
type fake struct{}

func (fake) Describe(context.Context) (*sdk.Description, error) {
	return &sdk.Description{Region: sdk.RegionInfo{Code: "fake", NameZh: "假", NameEn: "Fake"}, PluginVersion: "0.0.1"}, nil
}

func (fake) Budget(_ context.Context, _ sdk.Date, ps []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	out := make([]sdk.BudgetResult, len(ps))
	for i, p := range ps {
		if p.Domain != "社会救助" {
			out[i].Invalid = &sdk.InputError{Field: "project.domain", Message: "unknown"}
			continue
		}
		min := sdk.Yuan(100) * sdk.Fen(p.Headcount)
		var total sdk.Fen
		for _, l := range p.Budget {
			total += l.Amount
		}
		out[i].Requirement = &sdk.BudgetRequirement{MinimumTotal: &min}
		f := sdk.Finding{RuleID: "FAKE-MIN", Status: sdk.StatusPass, Actual: total.String(), Required: ">= " + min.String()}
		if total < min {
			f.Status = sdk.StatusFail
			f.Remedy = fmt.Sprintf("需增加经费 %s 元 / %s yuan short", min-total, min-total)
		}
		out[i].Findings = []sdk.Finding{f}
	}
	return out, nil
}

func (fake) Staffing(_ context.Context, _ sdk.Date, ss []sdk.Subject) ([]sdk.StaffingResult, error) {
	out := make([]sdk.StaffingResult, len(ss))
	for i, s := range ss {
		if s.Project != nil && s.Project.Domain != "社会救助" {
			out[i].Invalid = &sdk.InputError{Field: "project.domain", Message: "unknown"}
		}
		if s.Worker != nil && s.Worker.TrainingHoursPerYear != nil {
			st := sdk.StatusPass
			if *s.Worker.TrainingHoursPerYear < 80 {
				st = sdk.StatusFail
			}
			out[i].Findings = []sdk.Finding{{RuleID: "FAKE-CE", Status: st}}
		}
	}
	return out, nil
}

func (fake) Catalog(context.Context, sdk.Date) (*sdk.CatalogResult, error) {
	return &sdk.CatalogResult{}, nil
}

func TestRunFilePasses(t *testing.T) {
	rep, err := RunFile(context.Background(), "testdata/fake.yaml", fake{})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() || rep.Passed == 0 {
		for _, c := range rep.Cases {
			if !c.Passed {
				t.Errorf("%s:\n%s", c.Name, c.Detail())
			}
		}
		t.Fatalf("want every case to pass, got %s", rep.Summary())
	}
}

func TestWrongExpectationsFail(t *testing.T) {
	rep, err := RunFile(context.Background(), "testdata/fake_wrong.yaml", fake{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Passed != 0 || rep.Failed != 4 {
		t.Fatalf("want 0 passed, 4 failed; got %s", rep.Summary())
	}
	if got := rep.Summary(); got != "0 passed, 4 failed" {
		t.Errorf("summary %q", got)
	}
	first := strings.Join(rep.Cases[0].Problems, "\n")
	for _, want := range []string{
		"status: want COMPLIANT, got NON_COMPLIANT",
		"budget.minimum_total: want 100.00, got 200.00",
		"finding FAKE-MIN: status want PASS, got FAIL",
		"finding FAKE-NOPE: want PASS, but no finding has this rule id",
		"absent FAKE-MIN",
	} {
		if !strings.Contains(first, want) {
			t.Errorf("case 1 problems lack %q:\n%s", want, first)
		}
	}
	if p := strings.Join(rep.Cases[1].Problems, "\n"); !strings.Contains(p, "unexpectedly rejected: project.domain") {
		t.Errorf("case 2: %s", p)
	}
	if p := strings.Join(rep.Cases[2].Problems, "\n"); !strings.Contains(p, "asserts nothing") {
		t.Errorf("case 3: %s", p)
	}
	if p := strings.Join(rep.Cases[3].Problems, "\n"); !strings.Contains(p, "exactly one") {
		t.Errorf("case 4: %s", p)
	}
	if d := rep.Cases[0].Detail(); !strings.Contains(d, "finding: FAKE-MIN [fake] FAIL") {
		t.Errorf("detail lacks produced findings:\n%s", d)
	}
}

func TestFileErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ctx := context.Background()
	if _, err := RunFile(ctx, write("typo.yaml", "region: fake\ncases:\n  - name: x\n    as_of: 2023-01-01\n    subjet: {}\n"), fake{}); err == nil {
		t.Error("unknown key accepted")
	}
	if _, err := RunFile(ctx, write("other.yaml", "region: shenzhen\ncases:\n  - {name: x, as_of: 2023-01-01, expect: {status: COMPLIANT}}\n"), fake{}); err == nil {
		t.Error("region mismatch accepted")
	}
	if _, err := RunFile(ctx, "testdata/fake.yaml"); err == nil {
		t.Error("empty chain accepted")
	}
	if _, err := RunFile(ctx, write("dup.yaml", "cases:\n  - {name: x, as_of: 2023-01-01}\n  - {name: x, as_of: 2023-01-01}\n"), fake{}); err == nil {
		t.Error("duplicate case names accepted")
	}
}

func TestStripSpace(t *testing.T) {
	if got := StripSpace(" 不低于 16.3万元\n/人/年\t"); got != "不低于16.3万元/人/年" {
		t.Errorf("StripSpace: %q", got)
	}
}

func TestCheckSourcesCatchesBadQuote(t *testing.T) {
	reg, err := sources.Load()
	if err != nil {
		t.Fatal(err)
	}
	rs := sdk.MustLoadRuleset([]byte(badRuleset))
	errs := CheckSourcesIn(context.Background(), rulesetPolicy{rs}, reg)
	text := fmt.Sprint(errs)
	for _, want := range []string{"quote not found verbatim", "SZ-NOT-A-RULE: not in the registry", "SZ-BUDGET-LABOR-MIN-85PCT (yes)"} {
		if !strings.Contains(text, want) {
			t.Errorf("CheckSources missed %q; got %v", want, errs)
		}
	}
	if strings.Contains(text, "SZ-BUDGET-PACKAGE-MIN: quote") {
		t.Errorf("a verbatim quote was rejected: %v", errs)
	}

	// A document filed under another region, or pointing at another text, is refused.
	other := strings.NewReplacer("code: shenzhen", "code: hunan", "seed_file: 003_", "seed_file: 004_").Replace(badRuleset)
	errs = CheckSourcesIn(context.Background(), rulesetPolicy{sdk.MustLoadRuleset([]byte(other))}, reg)
	text = fmt.Sprint(errs)
	for _, want := range []string{"document SZ-2020: the registry files it under region shenzhen, not hunan", `seed_file "004_225b68f6ff27992f.txt", the registry's text is "003_225b68f6ff27992f.txt"`} {
		if !strings.Contains(text, want) {
			t.Errorf("CheckSources missed %q; got %v", want, errs)
		}
	}
}

type rulesetPolicy struct{ rs *sdk.Ruleset }

func (p rulesetPolicy) Describe(context.Context) (*sdk.Description, error) {
	return p.rs.Description(), nil
}
func (rulesetPolicy) Budget(context.Context, sdk.Date, []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	return nil, nil
}
func (rulesetPolicy) Staffing(context.Context, sdk.Date, []sdk.Subject) ([]sdk.StaffingResult, error) {
	return nil, nil
}
func (rulesetPolicy) Catalog(context.Context, sdk.Date) (*sdk.CatalogResult, error) { return nil, nil }

const badRuleset = `
region: {code: shenzhen, name_zh: 深圳市, name_en: Shenzhen}
plugin_version: 0.0.0
documents:
  - {key: SZ-2020, title_zh: 深圳市关于提升社会工作服务水平的若干措施, valid_from: 2020-11-12, valid_to: 2025-11-11, seed_file: 003_225b68f6ff27992f.txt}
rules:
  - {id: SZ-BUDGET-PACKAGE-MIN, status: MODELLED, document: SZ-2020, clause: 十三, quote: "政府购买社会工作服务整体打包费标准 不低于16.3万元/人/年"}
  - {id: SZ-BUDGET-PACKAGE-MIN-HIGH-RISK, status: MODELLED, document: SZ-2020, clause: 十三, quote: 不低于17万元}
  - {id: SZ-NOT-A-RULE, status: NOT_MODELLED, reason: x, document: SZ-2020, clause: 十三, quote: 本措施}
coverage:
  - {concept: budget.package_per_worker_year_min, status: NOT_MODELLED, reason: x}
  - {concept: budget.package_per_worker_year_min_high_risk, status: NOT_MODELLED, reason: x}
  - {concept: budget.labor_share_min, status: NOT_MODELLED, reason: x}
  - {concept: budget.non_labor_share_max, status: NOT_MODELLED, reason: x}
  - {concept: budget.supervision_fee_per_worker_month, status: NOT_MODELLED, reason: x}
  - {concept: staffing.professional_post_share_min, status: NOT_MODELLED, reason: x}
  - {concept: staffing.certificate_required, status: NOT_MODELLED, reason: x}
  - {concept: staffing.certified_share_min, status: NOT_MODELLED, reason: x}
  - {concept: staffing.qualified_share_min, status: NOT_MODELLED, reason: x}
  - {concept: staffing.worker_age_max, status: NOT_MODELLED, reason: x}
  - {concept: staffing.education_min, status: NOT_MODELLED, reason: x}
  - {concept: staffing.training_hours_year_min, status: NOT_MODELLED, reason: x}
  - {concept: governance.party_org_member_threshold, status: NOT_MODELLED, reason: x}
  - {concept: contract.cycle_years, status: NOT_MODELLED, reason: x}
  - {concept: contract.deploy_within_months, status: NOT_MODELLED, reason: x}
  - {concept: funding.community_worker_subsidy_month, status: NOT_MODELLED, reason: x}
`
