package sdk

import (
	"strings"
	"testing"
)

// targetRules declare two targets due 2020-06-30 inside a document in force for 2020: a county
// count of at least T.min (以上) and a flag whose levels are named by T.levels.
const targetRules = `  - id: T-ORGS
    applies_to: [government]
    status: MODELLED
    document: T-1
    clause: 二
    quote: 到2020年6月底各县均有3家以上
    check: {kind: target, subject: government.privateSocialWorkOrganizations, param: T.min, due: T.due, levels: [COUNTY],
            text: {name_zh: 机构数, name_en: organisations, what_zh: "达到 {value} 家以上", what_en: "reach {value} or more"}}
  - id: T-BASE
    applies_to: [government]
    status: MODELLED
    document: T-1
    clause: 三
    quote: 市、县两级均建成基地
    check: {kind: target, subject: government.hasIncubator, param: T.levels, due: T.due, level_names: {市: CITY, 县: COUNTY},
            units: {CITY: {zh: 市本级, en: the city}}, text: {name_zh: 是否已建成基地, name_en: whether a base exists, what_zh: 建成基地, what_en: build a base}}
`

const targetParams = `  - {id: T.min, rule: T-ORGS, kind: INTEGER, unit: organisations, values: [{from: 2020-01-01, value: "3"}]}
  - {id: T.due, rule: T-ORGS, kind: DATE, unit: date, values: [{from: 2020-01-01, value: "2020-06-30"}]}
  - {id: T.levels, rule: T-BASE, kind: TEXT, unit: levels, values: [{from: 2020-01-01, value: 市、县}]}
`

func loadTargets(t *testing.T, rules, params string) *Ruleset {
	t.Helper()
	rs, err := LoadRuleset([]byte(checkRuleset(rules, params)))
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func county(n *int) Subject {
	return Subject{Government: &GovernmentSpec{Level: LevelCounty, PrivateSocialWorkOrganizations: n}}
}

// TestTargetBothSidesOfTargetAndDeadline: a count below, at and above the minimum (以上 includes
// it), on the day before the deadline, the day itself and the day after.
func TestTargetBothSidesOfTargetAndDeadline(t *testing.T) {
	rs := loadTargets(t, targetRules, targetParams)
	for _, c := range []struct {
		day  string
		n    int
		want FindingStatus
	}{
		{"2020-06-29", 2, StatusNotApplicable}, {"2020-06-29", 3, StatusPass}, {"2020-06-29", 4, StatusPass},
		{"2020-06-30", 2, StatusFail}, {"2020-06-30", 3, StatusPass}, {"2020-06-30", 4, StatusPass},
		{"2020-07-01", 2, StatusFail}, {"2020-07-01", 3, StatusPass}, {"2020-07-01", 4, StatusPass},
	} {
		f, ok := rs.DeclaredRule("T-ORGS", MustDate(c.day), county(ip2(c.n)))
		if !ok || f.Status != c.want {
			t.Errorf("%d organisations on %s: got %s, want %s (%s)", c.n, c.day, f.Status, c.want, f.MessageZh)
		}
	}
	f, _ := rs.DeclaredRule("T-ORGS", MustDate("2020-06-29"), county(ip2(2)))
	if f.Remedy != "机构数尚差 1;距期限 2020-06-30 还有 1 天 / 1 more organisations needed; 1 day(s) to the deadline 2020-06-30" ||
		f.MessageZh != "期限 2020-06-30 尚未到期:尚未县(市、区)级政府达到 3 家以上" || f.Required != ">= 3 by 2020-06-30" || f.Actual != "2" {
		t.Errorf("before the deadline: %+v", f)
	}
	f, _ = rs.DeclaredRule("T-ORGS", MustDate("2020-06-30"), county(ip2(2)))
	if !strings.Contains(f.Remedy, "今日即期限 2020-06-30") {
		t.Errorf("on the deadline: %+v", f)
	}
	f, _ = rs.DeclaredRule("T-ORGS", MustDate("2020-07-03"), county(ip2(0)))
	if !strings.Contains(f.Remedy, "机构数尚差 3;已逾期 3 天(期限 2020-06-30)") || !strings.Contains(f.MessageZh, "期限不是规则的失效日") {
		t.Errorf("after the deadline, the days late and the reading: %+v", f)
	}
	if f, _ := rs.DeclaredRule("T-ORGS", MustDate("2020-03-01"), county(nil)); f.Status != StatusInsufficientInput ||
		!strings.Contains(f.MessageEn, "organisations (government.privateSocialWorkOrganizations)") {
		t.Errorf("the count not given: %+v", f)
	}
	city := Subject{Government: &GovernmentSpec{Level: LevelCity, Name: "株洲市", PrivateSocialWorkOrganizations: ip2(9)}}
	if f, _ := rs.DeclaredRule("T-ORGS", MustDate("2020-03-01"), city); f.Status != StatusNotApplicable ||
		f.MessageZh != "本目标针对县(市、区)级,不适用于株洲市(市(州)级)" || f.MessageEn != "the target binds COUNTY, not 株洲市 (CITY)" {
		t.Errorf("another level: %+v", f)
	}
	for _, day := range []string{"2019-12-31", "2021-01-01"} {
		if f, _ := rs.DeclaredRule("T-ORGS", MustDate(day), county(ip2(9))); f.Status != StatusNotInForce {
			t.Errorf("outside the document on %s: %s", day, f.Status)
		}
	}
	if _, ok := rs.DeclaredRule("T-ORGS", MustDate("2020-03-01"), Subject{Organization: &OrganizationSpec{}}); ok {
		t.Error("a target answered for an organisation")
	}

	// A changed minimum and deadline change the messages.
	rs = loadTargets(t, targetRules, strings.NewReplacer(`value: "3"`, `value: "5"`, `"2020-06-30"`, `"2020-09-30"`).Replace(targetParams))
	f, _ = rs.DeclaredRule("T-ORGS", MustDate("2020-10-01"), county(ip2(4)))
	if f.Status != StatusFail || f.Required != ">= 5 by 2020-09-30" || !strings.Contains(f.MessageEn, "reach 5 or more") || !strings.Contains(f.Remedy, "机构数尚差 1;已逾期 1 天") {
		t.Errorf("from the parameters: %+v", f)
	}
}

func TestTargetFlagWithLevelsFromParameter(t *testing.T) {
	rs := loadTargets(t, targetRules, targetParams)
	gov := func(level string, has *bool) Subject {
		return Subject{Government: &GovernmentSpec{Level: level, HasIncubator: has}}
	}
	yes, no := true, false
	for _, c := range []struct {
		day   string
		level string
		has   *bool
		want  FindingStatus
	}{
		{"2020-06-29", LevelCity, &yes, StatusPass}, {"2020-06-29", LevelCity, &no, StatusNotApplicable},
		{"2020-06-30", LevelCounty, &no, StatusFail}, {"2020-07-01", LevelCounty, &yes, StatusPass},
		{"2020-07-01", LevelCounty, nil, StatusInsufficientInput}, {"2020-07-01", LevelProvince, &no, StatusNotApplicable},
	} {
		f, _ := rs.DeclaredRule("T-BASE", MustDate(c.day), gov(c.level, c.has))
		if f.Status != c.want {
			t.Errorf("%s %v on %s: got %s, want %s (%s)", c.level, c.has, c.day, f.Status, c.want, f.MessageZh)
		}
	}
	f, _ := rs.DeclaredRule("T-BASE", MustDate("2020-07-01"), gov(LevelCity, &no))
	if f.Actual != "否 / no" || f.MessageEn != "the deadline 2020-06-30 has come and the target to the city: build a base is not met (a deadline does not end the rule: unmet or late after it is a failure)" ||
		!strings.HasPrefix(f.Remedy, "须建成基地;已逾期 1 天") {
		t.Errorf("a flag unmet: %+v", f)
	}
	// The levels are the parameter's: without 县 a county is not bound.
	rs = loadTargets(t, targetRules, strings.Replace(targetParams, "value: 市、县", "value: 市", 1))
	if f, _ := rs.DeclaredRule("T-BASE", MustDate("2020-07-01"), gov(LevelCounty, &no)); f.Status != StatusNotApplicable {
		t.Errorf("a county once the parameter names the city alone: %s", f.Status)
	}
}

func TestTargetLoadErrorsNameRuleAndField(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{"due: T.due, levels", "due: T.min, levels", `rule T-ORGS: check.due: "T.min" is not a DATE parameter`},
		{"subject: government.privateSocialWorkOrganizations", "subject: government.hasOffice", `rule T-ORGS: check.subject: "government.hasOffice" is not a government quantity or flag fact`},
		{"param: T.min", "param: T.levels", "rule T-ORGS: check.param: parameter T.levels belongs to rule T-BASE"},
		{"levels: [COUNTY]", "levels: []", "rule T-ORGS: check.levels: target needs the government levels it binds"},
		{"levels: [COUNTY]", "levels: [STATE]", `rule T-ORGS: check.levels[0]: "STATE" is not a government level`},
		{"level_names: {市: CITY, 县: COUNTY}", "level_names: {市: CITY}", `rule T-BASE: check.level_names: "县" (T.levels from 2020-01-01) names no level`},
		{"param: T.levels, due: T.due,", "param: T.levels, due: T.due, levels: [CITY],", "rule T-BASE: check.levels: give levels or a parameter naming them, not both"},
		{"units: {CITY: {zh: 市本级, en: the city}}", "units: {CITY: {zh: 市本级}}", "rule T-BASE: check.units.CITY: a government level, with zh and en, is required"},
		{"what_zh: 建成基地, ", "", "rule T-BASE: check.text.what_zh: target needs what is to be achieved"},
		{`what_zh: "达到 {value} 家以上"`, `what_zh: "达到 {limit} 家以上"`, "rule T-ORGS: check.text.what_zh: unknown variable {limit}"},
	} {
		rules := strings.Replace(targetRules, c.from, c.to, 1)
		if rules == targetRules {
			t.Fatalf("fixture lacks %q", c.from)
		}
		_, err := LoadRuleset([]byte(checkRuleset(rules, targetParams)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error containing %q", c.to, err, c.want)
		}
	}
	params := strings.Replace(targetParams, `kind: INTEGER, unit: organisations, values: [{from: 2020-01-01, value: "3"}]`,
		`kind: TEXT, unit: organisations, values: [{from: 2020-01-01, value: 三}]`, 1)
	if _, err := LoadRuleset([]byte(checkRuleset(targetRules, params))); err == nil ||
		!strings.Contains(err.Error(), "rule T-ORGS: check.param: a quantity target needs an INTEGER parameter, T.min is TEXT") {
		t.Errorf("a TEXT minimum: %v", err)
	}
}

// shareTarget is a coverage target: townships with a station over all townships at least 2/3
// (exact fractions) by 2020-06-30, for cities and counties.
const shareTarget = `  - id: T-COVER
    applies_to: [government]
    status: MODELLED
    document: T-1
    clause: 一
    quote: 到2020年6月底三分之二以上乡镇建站
    check: {kind: target, subject: government.townshipsWithStation, of: government.townships, param: T.cover, due: T.cover_due,
            levels: [CITY, COUNTY], text: {name_zh: 已建站乡镇数, name_en: townships with a station, what_zh: "乡镇建站达到{value_zh}以上", what_en: "reach {value_en} of townships"}}
`

const shareParams = `  - {id: T.cover, rule: T-COVER, kind: RATIO, unit: share, values: [{from: 2020-01-01, value: "2/3"}]}
  - {id: T.cover_due, rule: T-COVER, kind: DATE, unit: date, values: [{from: 2020-01-01, value: "2020-06-30"}]}
`

func TestTargetShareBothSidesOfRatioAndDeadline(t *testing.T) {
	rs := loadTargets(t, shareTarget, shareParams)
	gov := func(with, all *int) Subject {
		return Subject{Government: &GovernmentSpec{Level: LevelCounty, Townships: all, TownshipsWithStation: with}}
	}
	for _, c := range []struct {
		day       string
		with, all *int
		want      FindingStatus
	}{
		{"2020-06-29", ip2(1), ip2(3), StatusNotApplicable}, {"2020-06-29", ip2(2), ip2(3), StatusPass}, {"2020-06-29", ip2(3), ip2(3), StatusPass},
		{"2020-06-30", ip2(1), ip2(3), StatusFail}, {"2020-06-30", ip2(2), ip2(3), StatusPass},
		{"2020-07-01", ip2(5), ip2(8), StatusFail}, {"2020-07-01", ip2(6), ip2(9), StatusPass}, // 5/8 < 2/3 <= 6/9
		{"2020-07-01", ip2(0), ip2(0), StatusNotApplicable}, // nothing to cover
		{"2020-07-01", nil, ip2(3), StatusInsufficientInput}, {"2020-07-01", ip2(1), nil, StatusInsufficientInput},
		{"2019-12-31", ip2(3), ip2(3), StatusNotInForce},
	} {
		f, ok := rs.DeclaredRule("T-COVER", MustDate(c.day), gov(c.with, c.all))
		if !ok || f.Status != c.want {
			t.Errorf("%v/%v on %s: got %s, want %s (%s)", c.with, c.all, c.day, f.Status, c.want, f.MessageZh)
		}
	}
	f, _ := rs.DeclaredRule("T-COVER", MustDate("2020-07-01"), gov(ip2(1), ip2(3)))
	if f.Actual != "1/3(33.33%)" || f.Required != ">= 2/3(66.67%) by 2020-06-30" || !strings.HasPrefix(f.Remedy, "已建站乡镇数尚差 1;已逾期 1 天") ||
		f.MessageZh != "期限 2020-06-30 已到,未县(市、区)级政府乡镇建站达到三分之二以上(期限不是规则的失效日:期限过后未达成或逾期完成均为不合规)" {
		t.Errorf("a share unmet: %+v", f)
	}
	f, _ = rs.DeclaredRule("T-COVER", MustDate("2020-07-01"), gov(nil, nil))
	if f.MessageEn != "missing input: government.townships, government.townshipsWithStation" {
		t.Errorf("the whole is named first: %+v", f)
	}
	bad := strings.Replace(shareTarget, "of: government.townships", "of: government.hasIncubator", 1)
	if _, err := LoadRuleset([]byte(checkRuleset(bad, shareParams))); err == nil ||
		!strings.Contains(err.Error(), `rule T-COVER: check.of: "government.hasIncubator" is not a government quantity fact`) {
		t.Errorf("a flag as the whole: %v", err)
	}
	params := strings.Replace(shareParams, `kind: RATIO, unit: share, values: [{from: 2020-01-01, value: "2/3"}]`,
		`kind: INTEGER, unit: share, values: [{from: 2020-01-01, value: "2"}]`, 1)
	if _, err := LoadRuleset([]byte(checkRuleset(shareTarget, params))); err == nil ||
		!strings.Contains(err.Error(), "rule T-COVER: check.param: a share target (with of) needs a RATIO parameter, T.cover is INTEGER") {
		t.Errorf("an INTEGER share: %v", err)
	}
}
