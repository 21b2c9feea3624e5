package sdk

import (
	"strings"
	"testing"
)

// checkRuleset is minimalRuleset with declared checks: a worker age limit (at_most INTEGER), a
// staffing share (at_least RATIO with of) and a list (list_contains).
func checkRuleset(rules, params string) string {
	y := minimalRuleset("")
	y = strings.Replace(y, "rules:\n", "rules:\n"+rules, 1)
	return strings.Replace(y, "parameters:\n", "parameters:\n"+params, 1)
}

const checkRules = `  - id: T-AGE
    applies_to: [worker]
    status: MODELLED
    document: T-1
    clause: 二
    quote: 年龄40岁以下
    check: {kind: at_most, subject: worker.age, param: T.age, text: {name_zh: 年龄, name_en: age}}
  - id: T-SHARE
    applies_to: [organization]
    status: MODELLED
    document: T-1
    clause: 三
    quote: 三分之一以上持证
    check: {kind: at_least, subject: organization.qualifiedStaff, of: organization.fullTimeStaff, param: T.share,
            text: {name_zh: 持证人员, name_en: qualified staff, of_name_zh: 专职人员, of_name_en: full-time staff}}
  - id: T-LIST
    applies_to: [station]
    status: MODELLED
    document: T-1
    clause: 四
    quote: 有档案柜、电脑
    check: {kind: list_contains, subject: station.facilities, param: T.list}
  - id: T-PERIODIC
    applies_to: [government]
    status: MODELLED
    document: T-1
    clause: 五
    quote: 县级每季度向市级报告
    check: {kind: periodic, subject: government.acts, param: T.months, act: PROGRESS_REPORT, levels: [COUNTY], authorities: [CITY],
            text: {what_zh: 报告, what_en: report}}
  - id: T-MODE
    applies_to: [project]
    status: MODELLED
    document: T-1
    clause: 六
    quote: 以购买岗位和项目的形式
    check: {kind: choice, subject: project.purchaseMode, param: T.modes, labels: {POST: {zh: 购买岗位, en: posts}},
            text: {name_zh: 购买方式, name_en: purchase mode}}
`

const checkParams = `  - {id: T.age, rule: T-AGE, kind: INTEGER, unit: years, values: [{from: 2020-01-01, to: 2020-06-30, value: "40"}]}
  - {id: T.share, rule: T-SHARE, kind: RATIO, unit: ratio, values: [{from: 2020-01-01, value: "1/3"}]}
  - {id: T.list, rule: T-LIST, kind: TEXT, unit: items, values: [{from: 2020-01-01, value: 档案柜、电脑}]}
  - {id: T.modes, rule: T-MODE, kind: TEXT, unit: modes, values: [{from: 2020-01-01, to: 2020-06-30, value: POST}]}
  - {id: T.months, rule: T-PERIODIC, kind: INTEGER, unit: months per period, values: [{from: 2020-01-01, value: "3"}]}
`

func ip2(n int) *int { return &n }

func TestDeclaredThresholdsBothSides(t *testing.T) {
	rs, err := LoadRuleset([]byte(checkRuleset(checkRules, checkParams)))
	if err != nil {
		t.Fatal(err)
	}
	on := MustDate("2020-03-01")
	worker := func(age *int) Subject { return Subject{Worker: &WorkerSpec{Age: age}} }
	for _, c := range []struct {
		age  *int
		want FindingStatus
	}{{ip2(39), StatusPass}, {ip2(40), StatusPass}, {ip2(41), StatusFail}, {nil, StatusInsufficientInput}} {
		f, ok := rs.DeclaredRule("T-AGE", on, worker(c.age))
		if !ok || f.Status != c.want {
			t.Errorf("age %v: got %s, want %s", c.age, f.Status, c.want)
		}
	}
	f, _ := rs.DeclaredRule("T-AGE", on, worker(ip2(43)))
	if f.MessageZh != "年龄 43,超过 40(超出 3)" || f.Remedy != "年龄须减少 3 / age must fall by 3" || f.Required != "<= 40 years" {
		t.Errorf("message not built from the parameter: %+v", f)
	}
	if f, _ := rs.DeclaredRule("T-AGE", MustDate("2020-07-01"), worker(ip2(30))); f.Status != StatusNotInForce {
		t.Errorf("the parameter's window has ended: got %s", f.Status)
	}
	if _, ok := rs.DeclaredRule("T-AGE", on, Subject{Station: &StationSpec{}}); ok {
		t.Error("a check on workers answered for a station")
	}

	org := func(q *int, n int) Subject {
		return Subject{Organization: &OrganizationSpec{QualifiedStaff: q, FullTimeStaff: n}}
	}
	for _, c := range []struct {
		q    *int
		n    int
		want FindingStatus
	}{{ip2(1), 3, StatusPass}, {ip2(1), 4, StatusFail}, {ip2(2), 6, StatusPass}, {ip2(2), 5, StatusPass}, {ip2(0), 0, StatusFail}, {nil, 3, StatusInsufficientInput}} {
		f, _ := rs.DeclaredRule("T-SHARE", on, org(c.q, c.n))
		if f.Status != c.want {
			t.Errorf("share %v/%d: got %s, want %s (%s)", c.q, c.n, f.Status, c.want, f.MessageZh)
		}
	}
	f, _ = rs.DeclaredRule("T-SHARE", on, org(ip2(1), 7))
	if f.MessageZh != "专职人员 7 中持证人员仅 1,不足三分之一" || f.Remedy != "持证人员还需增加 2 / 2 more qualified staff needed" || f.Actual != "1/7" || f.Required != ">= 1/3(33.33%)" {
		t.Errorf("share finding: %+v", f)
	}

	st := func(fs []string) Subject { return Subject{Station: &StationSpec{Facilities: fs}} }
	for _, c := range []struct {
		have []string
		want FindingStatus
	}{{[]string{"电脑", " 档案柜 "}, StatusPass}, {[]string{"电脑"}, StatusFail}, {[]string{}, StatusFail}, {nil, StatusInsufficientInput}} {
		f, _ := rs.DeclaredRule("T-LIST", on, st(c.have))
		if f.Status != c.want {
			t.Errorf("list %q: got %s, want %s", c.have, f.Status, c.want)
		}
	}
	if got := rs.Declared(on, st([]string{"电脑"})); len(got) != 1 || got[0].RuleID != "T-LIST" || got[0].Remedy != "须具备:档案柜 / must have 1 more item(s): 档案柜" {
		t.Errorf("Declared for a station: %+v", got)
	}
}

func TestDeclaredAdvisory(t *testing.T) {
	rules := strings.Replace(checkRules, "text: {name_zh: 年龄, name_en: age}}", "text: {name_zh: 年龄, name_en: age}, advisory: {zh: 原则上, en: in principle}}", 1)
	rs, err := LoadRuleset([]byte(checkRuleset(rules, checkParams)))
	if err != nil {
		t.Fatal(err)
	}
	on := MustDate("2020-03-01")
	f, _ := rs.DeclaredRule("T-AGE", on, Subject{Worker: &WorkerSpec{Age: ip2(41)}})
	if f.Status != StatusNotApplicable || !strings.HasPrefix(f.Remedy, "建议(非强制)") || !strings.Contains(f.MessageZh, "原文为“原则上”") {
		t.Errorf("an advisory shortfall: %+v", f)
	}
	if f, _ := rs.DeclaredRule("T-AGE", on, Subject{Worker: &WorkerSpec{Age: ip2(40)}}); f.Status != StatusPass {
		t.Errorf("an advisory rule met: %s", f.Status)
	}
	bad := strings.Replace(rules, "en: in principle", "en: \"\"", 1)
	if _, err := LoadRuleset([]byte(checkRuleset(bad, checkParams))); err == nil || !strings.Contains(err.Error(), "rule T-AGE: check.advisory") {
		t.Errorf("an advisory without its English word: %v", err)
	}
}

func TestDeclaredCheckLoadErrorsNameRuleAndField(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{"kind: at_most, subject: worker.age", "kind: at_most_ish, subject: worker.age", `rule T-AGE: check.kind: "at_most_ish"`},
		{"subject: worker.age", "subject: worker.height", `rule T-AGE: check.subject: "worker.height" is not a quantity fact`},
		{"param: T.age", "param: T.share", "rule T-AGE: check.param: parameter T.share belongs to rule T-SHARE"},
		{"text: {name_zh: 年龄", `text: {fail_zh: "超过{limit}", name_zh: 年龄`, "rule T-AGE: check.text.fail_zh: unknown variable {limit}"},
		{"text: {name_zh: 年龄", `text: {required: "<={actual}", name_zh: 年龄`, "rule T-AGE: check.text.required: unknown variable {actual}"},
		{"text: {name_zh: 年龄", "text: {colour: red, name_zh: 年龄", "rule T-AGE: check.text.colour: not a text of at_most"},
		{"applies_to: [worker]", "applies_to: [project]", "rule T-AGE: check.subject: worker.age is a fact of a worker"},
		{"of: organization.fullTimeStaff", "of: station.agreedHeadcount", `rule T-SHARE: check.of: "station.agreedHeadcount"`},
		{"act: PROGRESS_REPORT", "act: AUDIT", `rule T-PERIODIC: check.act: "AUDIT" is not one of`},
		{"levels: [COUNTY]", "levels: [STATE]", `rule T-PERIODIC: check.levels[0]: "STATE" is not a government level`},
		{"authorities: [CITY]", "authorities: [CITY], above: true", "rule T-PERIODIC: check.above: give authorities or above"},
		{"subject: government.acts", "subject: project.filings", `rule T-PERIODIC: check.subject: periodic reads government.acts, not "project.filings"`},
		{"subject: project.purchaseMode", "subject: project.headcount", `rule T-MODE: check.subject: "project.headcount" is not a text fact`},
		{"labels: {POST: {zh: 购买岗位, en: posts}}", "labels: {POST: {zh: 购买岗位}}", "rule T-MODE: check.labels.POST: zh and en are required"},
		{"text: {name_zh: 购买方式", `text: {required: "{actual}", name_zh: 购买方式`, "rule T-MODE: check.text.required: unknown variable {actual}"},
		{"subject: worker.age", "subject: worker.age, labels: {X: {zh: 某, en: x}}", "rule T-AGE: check.labels: only for choice"},
		{"subject: worker.age", "subject: worker.age, act: INSPECTION", "rule T-AGE: check: act, levels, authorities and above are only for periodic"},
		{"text: {what_zh: 报告", `text: {fail_zh: "缺{gap}", what_zh: 报告`, "rule T-PERIODIC: check.text.fail_zh: unknown variable {gap}"},
	} {
		rules := strings.Replace(checkRules, c.from, c.to, 1)
		if rules == checkRules {
			t.Fatalf("fixture lacks %q", c.from)
		}
		_, err := LoadRuleset([]byte(checkRuleset(rules, checkParams)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error containing %q", c.to, err, c.want)
		}
	}
	for _, c := range []struct{ from, to, want string }{
		{`value: "3"}`, `value: "5"}`, `rule T-PERIODIC: check.param: T.months from 2020-01-01: "5" months per period does not divide the year`},
		{`kind: INTEGER, unit: months per period, values: [{from: 2020-01-01, value: "3"}]`, `kind: TEXT, unit: annual date, values: [{from: 2020-01-01, value: "11月底"}]`,
			`rule T-PERIODIC: check.param: T.months from 2020-01-01: "11月底" is not a yearly day MM-DD`},
	} {
		params := strings.Replace(checkParams, c.from, c.to, 1)
		if params == checkParams {
			t.Fatalf("fixture lacks %q", c.from)
		}
		_, err := LoadRuleset([]byte(checkRuleset(checkRules, params)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error containing %q", c.to, err, c.want)
		}
	}
	params := strings.Replace(checkParams, "kind: TEXT, unit: items", "kind: INTEGER, unit: items", 1)
	params = strings.Replace(params, "value: 档案柜、电脑", `value: "2"`, 1)
	_, err := LoadRuleset([]byte(checkRuleset(checkRules, params)))
	if want := "rule T-LIST: check.param: list_contains needs a TEXT list parameter"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want an error containing %q", err, want)
	}
}

func TestRulesetHashCoversChecks(t *testing.T) {
	a := MustLoadRuleset([]byte(checkRuleset(checkRules, checkParams)))
	b := MustLoadRuleset([]byte(checkRuleset(strings.Replace(checkRules, "name_zh: 年龄", "name_zh: 岁数", 1), checkParams)))
	if RulesetHash(a.Description()) == RulesetHash(b.Description()) {
		t.Error("a changed check text left the ruleset hash unchanged")
	}
	plain := MustLoadRuleset([]byte(minimalRuleset("")))
	if RulesetHash(plain.Description()) != RulesetHash(MustLoadRuleset([]byte(minimalRuleset(""))).Description()) {
		t.Error("the hash is not stable")
	}
}

// TestDeclaredPeriodic: an act counts for a quarter when dated within it, first and last day
// included; the quarters checked are those ended before asOf; a level not bound, no acts, an
// undated act and a quarter before the rule's start each take their own path.
func TestDeclaredPeriodic(t *testing.T) {
	rs := MustLoadRuleset([]byte(checkRuleset(checkRules, checkParams)))
	act := func(on, auth string) GovernmentActSpec {
		d := MustDate(on)
		return GovernmentActSpec{Kind: ActProgressReport, On: &d, Authority: auth}
	}
	county := func(acts ...GovernmentActSpec) Subject {
		if acts == nil {
			acts = []GovernmentActSpec{}
		}
		return Subject{Government: &GovernmentSpec{Level: LevelCounty, Acts: acts}}
	}
	for _, c := range []struct {
		name, asOf string
		s          Subject
		want       FindingStatus
		msg        string
	}{
		{"Q1 and Q2 reported on their first and last days", "2020-07-01", county(act("2020-01-01", LevelCity), act("2020-06-30", LevelCity)), StatusPass, "2020年第1季度、2020年第2季度的报告均有记录"},
		{"Q2's report dated the day after it ends", "2020-07-15", county(act("2020-01-01", LevelCity), act("2020-07-01", LevelCity)), StatusFail, "未做到每季度向市(州)级民政部门提交报告:缺 1 项(记录须日期在所属期间内)"},
		{"Q2's report sent to the province", "2020-07-15", county(act("2020-01-01", LevelCity), act("2020-05-01", LevelProvince)), StatusFail, ""},
		{"Q1 only: Q2 has not ended on its last day", "2020-06-30", county(act("2020-02-01", LevelCity)), StatusPass, ""},
		{"an undated report may be the missing one", "2020-07-15", county(act("2020-01-01", LevelCity), GovernmentActSpec{Kind: ActProgressReport}), StatusInsufficientInput, ""},
		{"a report without authority in the missing quarter", "2020-07-15", county(act("2020-01-01", LevelCity), act("2020-05-01", "")), StatusInsufficientInput, ""},
		{"no acts given", "2020-07-15", Subject{Government: &GovernmentSpec{Level: LevelCounty}}, StatusInsufficientInput, ""},
		{"the city is not bound", "2020-07-15", Subject{Government: &GovernmentSpec{Level: LevelCity}}, StatusNotApplicable, "本条约束县(市、区)级民政部门,不适用于市(州)级"},
		{"on 03-31 the quarter checked is 2019-Q4, before the rule", "2020-03-31", county(), StatusNotInForce, "应检查的期间(2019年第4季度)早于方案施行(2020-01-01),未适用"},
		{"on 04-01 Q1 has ended", "2020-04-01", county(), StatusFail, ""},
	} {
		f, ok := rs.DeclaredRule("T-PERIODIC", MustDate(c.asOf), c.s)
		if !ok || f.Status != c.want || (c.msg != "" && f.MessageZh != c.msg) {
			t.Errorf("%s: got %v %s %q, want %s %q", c.name, ok, f.Status, f.MessageZh, c.want, c.msg)
		}
	}
	f, _ := rs.DeclaredRule("T-PERIODIC", MustDate("2020-07-15"), county(act("2020-01-01", LevelCity)))
	if want := "缺报告(须日期在所属期间内):2020年第2季度(向市(州)级民政部门) / missing report (dated within the period): 2020-Q2 (to the city)"; f.Remedy != want {
		t.Errorf("remedy %q, want %q", f.Remedy, want)
	}
}

// TestDeclaredChoice: the value must be one of the parameter's; messages name values by their
// labels and count the allowed values from the parameter.
func TestDeclaredChoice(t *testing.T) {
	rs := MustLoadRuleset([]byte(checkRuleset(checkRules, checkParams)))
	project := func(mode string) Subject { return Subject{Project: &ProjectSpec{Headcount: 1, PurchaseMode: mode}} }
	on := MustDate("2020-03-01")
	f, _ := rs.DeclaredRule("T-MODE", on, project(PurchasePost))
	if f.Status != StatusPass || f.Actual != "POST (购买岗位)" || f.Required != "one of POST (购买岗位)" || f.MessageEn != "purchase mode is posts, one of the one allowed" {
		t.Errorf("POST: %+v", f)
	}
	f, _ = rs.DeclaredRule("T-MODE", on, project(PurchaseProject))
	if f.Status != StatusFail || f.MessageZh != "购买方式 PROJECT 不属规定的一种:POST (购买岗位)" || f.Remedy != "购买方式须为 POST (购买岗位) 之一 / purchase mode must be one of POST (购买岗位)" {
		t.Errorf("PROJECT: %+v", f)
	}
	if f, _ := rs.DeclaredRule("T-MODE", on, project("")); f.Status != StatusInsufficientInput || f.MessageZh != "缺少数据:购买方式(project.purchaseMode)" {
		t.Errorf("not given: %+v", f)
	}
	if f, _ := rs.DeclaredRule("T-MODE", MustDate("2020-07-01"), project(PurchasePost)); f.Status != StatusNotInForce {
		t.Errorf("after the parameter's window: %+v", f)
	}
	if _, ok := rs.DeclaredRule("T-MODE", on, Subject{Station: &StationSpec{}}); ok {
		t.Error("a station got a finding of a project check")
	}
}
