package sdk

import (
	"strings"
	"testing"
)

// minimalRuleset accounts for every shared concept, as a real region must.
func minimalRuleset(extra string) string {
	var cov strings.Builder
	for _, c := range Concepts {
		if c.Key == "budget.package_per_worker_year_min" {
			continue
		}
		cov.WriteString("  - {concept: " + c.Key + ", status: NOT_REGULATED, reason: silent}\n")
	}
	return `region: {code: test, name_zh: 测试, name_en: Test, level: city, admin_code: "000000"}
plugin_version: 0.1.0
documents:
  - {key: T-1, title_zh: 测试文件, issued_on: 2020-01-01, valid_from: 2020-01-01, valid_to: 2020-12-31}
rules:
  - {id: T-FLOOR, concept: budget.package_per_worker_year_min, category: budget, applies_to: [project], status: MODELLED, document: T-1, clause: 一, quote: 每人每年不低于10万元}
parameters:
  - id: T.floor
    rule: T-FLOOR
    kind: MONEY
    unit: CNY/person/year
    values:
      - {from: 2020-01-01, to: 2020-06-30, value: "100000.00"}
      - {from: 2020-07-01, value: "110000.00", quote: 7月起每人每年不低于11万元}
catalog:
  - {code: T-D1, kind: domain, term_zh: 精神卫生, term_en: Mental health, shared_codes: [DOM-MENTAL], high_risk: true, rule: T-FLOOR}
coverage:
` + cov.String() + extra
}

func TestLoadRulesetDatedValuesAndInheritance(t *testing.T) {
	rs, err := LoadRuleset([]byte(minimalRuleset("")))
	if err != nil {
		t.Fatal(err)
	}
	// The second value inherits the rule's validity end (the document's).
	for day, want := range map[string]Fen{"2020-06-30": Yuan(100000), "2020-07-01": Yuan(110000), "2020-12-31": Yuan(110000)} {
		got, p, ok := rs.Money("T.floor", MustDate(day))
		if !ok || got != want {
			t.Errorf("Money(%s) = %s, %v; want %s", day, got, ok, want)
		}
		if p.Citation.Title != "测试文件" || p.Citation.Clause != "一" {
			t.Errorf("citation not inherited: %+v", p.Citation)
		}
	}
	if _, _, ok := rs.Money("T.floor", MustDate("2021-01-01")); ok {
		t.Error("a value outside every window was returned")
	}
	if rs.InForce("T-FLOOR", MustDate("2019-12-31")) || !rs.InForce("T-FLOOR", MustDate("2020-12-31")) {
		t.Error("rule validity should default to the document's window")
	}
	d := rs.Description()
	var defined bool
	for _, c := range d.Coverage {
		if c.Concept == "budget.package_per_worker_year_min" && c.Status == CoverageDefined {
			defined = true
		}
	}
	if !defined {
		t.Error("a concept with parameters should be DEFINED")
	}
}

func TestResolveDomain(t *testing.T) {
	rs := MustLoadRuleset([]byte(minimalRuleset("")))
	for _, in := range []string{"精神卫生", "T-D1", "DOM-MENTAL", "dom-mental"} {
		m, bad := rs.ResolveDomain("project.domain", in)
		if bad != nil || !m.HighRisk() || m.Shared != "DOM-MENTAL" {
			t.Errorf("ResolveDomain(%q) = %+v, %v", in, m, bad)
		}
	}
	// A shared domain the region does not name is valid, with no items of the region.
	if m, bad := rs.ResolveDomain("project.domain", "社会救助"); bad != nil || len(m.Items) != 0 || m.Shared != "DOM-SOC-ASSIST" {
		t.Errorf("shared domain by Chinese name: %+v, %v", m, bad)
	}
	_, bad := rs.ResolveDomain("project.domain", "火星开发")
	if bad == nil || bad.Field != "project.domain" || len(bad.Accepted) == 0 || bad.Accepted[0] != "精神卫生" {
		t.Fatalf("unknown domain: %+v", bad)
	}
}

func TestLoadRulesetReportsEveryProblem(t *testing.T) {
	src := strings.Replace(minimalRuleset(""), `value: "100000.00"`, `value: "1e5"`, 1)
	src = strings.Replace(src, "status: MODELLED", "status: DONE", 1)
	src = strings.Replace(src, "  - {concept: staffing.worker_age_max, status: NOT_REGULATED, reason: silent}\n", "", 1)
	_, err := LoadRuleset([]byte(src))
	if err == nil {
		t.Fatal("broken ruleset loaded")
	}
	for _, want := range []string{"T.floor.values[0]", "status must be MODELLED", "staffing.worker_age_max is not accounted for"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not mention %q:\n%v", want, err)
		}
	}
	if _, err := LoadRuleset([]byte(minimalRuleset("  - {concept: budget.package_per_worker_year_min, status: NOT_REGULATED, reason: x}\n"))); err == nil {
		t.Error("a concept both defined and NOT_REGULATED was accepted")
	}
	if _, err := LoadRuleset([]byte(minimalRuleset("unknown_key: 1\n"))); err == nil {
		t.Error("an unknown YAML key was accepted")
	}
}

func TestByConceptFollowsValidity(t *testing.T) {
	rs := MustLoadRuleset([]byte(minimalRuleset("")))
	for day, want := range map[string]string{"2020-03-01": "100000.00", "2020-09-01": "110000.00", "2021-01-01": ""} {
		got := rs.ByConcept("budget.package_per_worker_year_min", MustDate(day))
		switch {
		case want == "" && len(got) != 0:
			t.Errorf("%s: %d parameters in force, want none", day, len(got))
		case want != "" && (len(got) != 1 || got[0].Value != want):
			t.Errorf("%s: %+v, want one value %s", day, got, want)
		}
	}
	if c := rs.Citation("T-FLOOR"); c.Document != "T-1" || c.Clause != "一" || c.Quote == "" {
		t.Errorf("Citation = %+v", c)
	}
}

// A value under a shared concept must be in the concept's unit, or the matrix would line up
// numbers of different units (1 calendar month against N days).
func TestLoadRulesetRefusesAValueInAnotherUnitThanItsConcept(t *testing.T) {
	c, _ := ConceptByKey("budget.package_per_worker_year_min")
	src := strings.Replace(minimalRuleset(""), "unit: "+c.Unit, "unit: CNY/person/month", 1)
	_, err := LoadRuleset([]byte(src))
	if err == nil || !strings.Contains(err.Error(), `unit "CNY/person/month" differs from the unit "CNY/person/year" of shared concept budget.package_per_worker_year_min`) {
		t.Errorf("err = %v, want the unit mismatch named", err)
	}
	if _, err := LoadRuleset([]byte(minimalRuleset(""))); err != nil {
		t.Errorf("the concept's own unit is refused: %v", err)
	}
}
