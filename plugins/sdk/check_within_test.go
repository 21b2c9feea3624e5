package sdk

import (
	"strings"
	"testing"
)

// withinRules declare a list_within check over a project's funding sources: the county's two
// sources, plus the province's subsidy from a second parameter; an empty list fails.
const withinRules = `  - id: T-SOURCES
    applies_to: [project]
    status: MODELLED
    document: T-1
    clause: 七
    quote: 从本级救助经费、福彩公益金中统筹安排。省级补助
    check: {kind: list_within, subject: project.fundingSources, param: T.county, also: [T.province], empty_fails: true,
            when: [{fact: project.programme, equals: STATION}], text: {name_zh: 经费来源, name_en: funding sources}}
`

const withinParams = `  - {id: T.county, rule: T-SOURCES, kind: TEXT, unit: sources, values: [{from: 2020-01-01, to: 2020-06-30, value: 救助经费、福彩公益金}]}
  - {id: T.province, rule: T-SOURCES, kind: TEXT, unit: sources, values: [{from: 2020-01-01, value: 省级补助}]}
`

func projectFunded(sources []string) Subject {
	return Subject{Project: &ProjectSpec{Programme: ProgrammeStation, FundingSources: sources}}
}

func TestListWithinEveryItemAllowed(t *testing.T) {
	rs, err := LoadRuleset([]byte(checkRuleset(withinRules, withinParams)))
	if err != nil {
		t.Fatal(err)
	}
	on := MustDate("2020-03-01")
	for _, c := range []struct {
		have []string
		want FindingStatus
	}{
		{[]string{"救助经费"}, StatusPass},
		{[]string{" 福彩公益金 ", "救助经费", "省级补助"}, StatusPass}, // `also` allows the province's
		{[]string{"救助经费", "其他"}, StatusFail},
		{[]string{"救助经费等"}, StatusFail}, // a near name is not the name
		{[]string{}, StatusFail},        // empty_fails
		{nil, StatusInsufficientInput},
	} {
		f, ok := rs.DeclaredRule("T-SOURCES", on, projectFunded(c.have))
		if !ok || f.Status != c.want {
			t.Errorf("%q: got %s, want %s (%s)", c.have, f.Status, c.want, f.MessageZh)
		}
	}
	f, _ := rs.DeclaredRule("T-SOURCES", on, projectFunded([]string{"救助经费", "其他", "自筹"}))
	if f.MessageZh != "经费来源 其他、自筹 不属规定的范围" || f.Actual != "救助经费、其他、自筹" ||
		f.Required != "均属:救助经费、福彩公益金、省级补助 / each one of: 救助经费, 福彩公益金, 省级补助" ||
		f.Remedy != "其他、自筹 不属规定的经费来源,须改为:救助经费、福彩公益金、省级补助 / 其他, 自筹 not allowed; use: 救助经费, 福彩公益金, 省级补助" {
		t.Errorf("a FAIL names the items outside and the allowed ones: %+v", f)
	}
	f, _ = rs.DeclaredRule("T-SOURCES", on, projectFunded([]string{}))
	if f.Actual != "无 / none" || f.MessageZh != "未列明任何经费来源" {
		t.Errorf("an empty list: %+v", f)
	}
	if f, _ := rs.DeclaredRule("T-SOURCES", MustDate("2020-07-01"), projectFunded([]string{"救助经费"})); f.Status != StatusNotInForce {
		t.Errorf("after the main parameter's window: %s", f.Status)
	}
	if _, ok := rs.DeclaredRule("T-SOURCES", on, Subject{Project: &ProjectSpec{FundingSources: []string{"其他"}}}); ok {
		t.Error("the when condition did not hold the check to station projects")
	}

	// Without empty_fails an empty list has nothing outside: PASS; with empty_is_missing, missing input.
	for to, want := range map[string]FindingStatus{"empty_fails: false": StatusPass, "empty_is_missing: true": StatusInsufficientInput} {
		rs, err := LoadRuleset([]byte(checkRuleset(strings.Replace(withinRules, "empty_fails: true", to, 1), withinParams)))
		if err != nil {
			t.Fatal(err)
		}
		if f, _ := rs.DeclaredRule("T-SOURCES", on, projectFunded([]string{})); f.Status != want {
			t.Errorf("an empty list with %q: got %s, want %s", to, f.Status, want)
		}
	}
}

func TestListWithinLoadErrorsNameRuleAndField(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{"also: [T.province]", "also: [T.nope]", `rule T-SOURCES: check.also[0]: unknown parameter "T.nope"`},
		{"param: T.county", "param: T.age", "rule T-SOURCES: check.param: parameter T.age belongs to rule T-AGE"},
		{"empty_fails: true", "empty_fails: true, empty_is_missing: true", "rule T-SOURCES: check.empty_fails: an empty list cannot be both"},
		{"subject: project.fundingSources", "subject: project.headcount", `rule T-SOURCES: check.subject: "project.headcount" is not a list fact`},
		{"name_zh: 经费来源", "name_zh: 经费来源, fail_zh: \"{missing_zh}\"", "rule T-SOURCES: check.text.fail_zh: unknown variable {missing_zh}"},
	} {
		rules := strings.Replace(withinRules, c.from, c.to, 1)
		if rules == withinRules {
			t.Fatalf("fixture lacks %q", c.from)
		}
		_, err := LoadRuleset([]byte(checkRuleset(rules+checkRules, withinParams+checkParams)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error containing %q", c.to, err, c.want)
		}
	}
	params := strings.Replace(withinParams, "{id: T.province, rule: T-SOURCES, kind: TEXT, unit: sources, values: [{from: 2020-01-01, value: 省级补助}]}",
		`{id: T.province, rule: T-SOURCES, kind: INTEGER, unit: sources, values: [{from: 2020-01-01, value: "1"}]}`, 1)
	if _, err := LoadRuleset([]byte(checkRuleset(withinRules, params))); err == nil ||
		!strings.Contains(err.Error(), "rule T-SOURCES: check.also[0]: list_within needs a TEXT list parameter, T.province is INTEGER") {
		t.Errorf("an INTEGER also: %v", err)
	}
	rules := strings.Replace(checkRules, "check: {kind: list_contains, subject: station.facilities, param: T.list}",
		"check: {kind: list_contains, subject: station.facilities, param: T.list, also: [T.list]}", 1)
	if _, err := LoadRuleset([]byte(checkRuleset(rules, checkParams))); err == nil ||
		!strings.Contains(err.Error(), "rule T-LIST: check: also and empty_fails are only for list_within") {
		t.Errorf("also on list_contains: %v", err)
	}
}
