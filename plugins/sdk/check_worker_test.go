package sdk

import (
	"strings"
	"testing"
)

// workerRules declare an education minimum on every worker (大专及以上) and a local-hukou
// preference, for station projects, stations and single workers.
const workerRules = `  - id: T-EDU
    applies_to: [project, station, worker]
    status: MODELLED
    document: T-1
    clause: 五
    quote: 大专及以上学历
    check: {kind: each_worker, subject: worker.education, param: T.edu, when: [{fact: project.programme, equals: STATION}],
            text: {name_zh: 学历, name_en: education}}
  - id: T-HUKOU
    applies_to: [project, station, worker]
    status: PARTIAL
    reason: a preference
    document: T-1
    clause: 五
    quote: 本地户籍人员优先
    check: {kind: each_worker, subject: worker.localHukou, prefer: true, text: {name_zh: 本地户籍, name_en: local hukou}}
`

const workerParams = `  - {id: T.edu, rule: T-EDU, kind: TEXT, unit: level, values: [{from: 2020-01-01, to: 2020-06-30, value: ASSOCIATE}, {from: 2020-07-01, value: BACHELOR}]}
`

func stationWith(ws ...WorkerSpec) Subject { return Subject{Station: &StationSpec{Workers: ws}} }

func TestEachWorkerBothSidesOfTheLevel(t *testing.T) {
	rs, err := LoadRuleset([]byte(checkRuleset(workerRules, workerParams)))
	if err != nil {
		t.Fatal(err)
	}
	on := MustDate("2020-03-01")
	ed := func(e Education) WorkerSpec { return WorkerSpec{Education: e} }
	for _, c := range []struct {
		ws   []WorkerSpec
		want FindingStatus
	}{
		{[]WorkerSpec{ed(EducationSeniorHigh)}, StatusFail}, // below 大专
		{[]WorkerSpec{ed(EducationAssociate)}, StatusPass},  // 大专 itself: 及以上 includes it
		{[]WorkerSpec{ed(EducationBachelor)}, StatusPass},
		{[]WorkerSpec{ed(EducationBachelor), ed(EducationUnknown)}, StatusInsufficientInput},
		{[]WorkerSpec{ed(EducationUnknown), ed(EducationNone)}, StatusFail}, // a shortfall settles it
		{nil, StatusNotApplicable},
	} {
		f, ok := rs.DeclaredRule("T-EDU", on, stationWith(c.ws...))
		if !ok || f.Status != c.want {
			t.Errorf("%v: got %s, want %s (%s)", c.ws, f.Status, c.want, f.MessageZh)
		}
	}
	f, _ := rs.DeclaredRule("T-EDU", on, stationWith(ed(EducationBachelor), ed(EducationPrimary), ed(EducationUnknown)))
	if f.Actual != "station.workers[1]: PRIMARY" || f.Required != ">= ASSOCIATE(大专)" ||
		f.MessageZh != "1 人学历不符合要求:station.workers[1]" {
		t.Errorf("a FAIL names the worker by path: %+v", f)
	}
	f, _ = rs.DeclaredRule("T-EDU", on, stationWith(ed(EducationUnknown)))
	if f.MessageZh != "缺少数据:学历(station.workers[0])" {
		t.Errorf("missing input names the path: %+v", f)
	}
	// The parameter's next value changes the level and the messages.
	f, _ = rs.DeclaredRule("T-EDU", MustDate("2020-07-01"), stationWith(ed(EducationAssociate)))
	if f.Status != StatusFail || f.Required != ">= BACHELOR(本科)" {
		t.Errorf("from 2020-07-01 本科 is needed: %+v", f)
	}
	if f, _ := rs.DeclaredRule("T-EDU", MustDate("2021-01-01"), stationWith(ed(EducationDoctorate))); f.Status != StatusNotInForce {
		t.Errorf("after the document: %s", f.Status)
	}
	// A single worker is at path worker; a project only when the when condition holds.
	if f, _ := rs.DeclaredRule("T-EDU", on, Subject{Worker: &WorkerSpec{Education: EducationNone}}); f.Actual != "worker: NONE" {
		t.Errorf("a worker subject: %+v", f)
	}
	if _, ok := rs.DeclaredRule("T-EDU", on, Subject{Project: &ProjectSpec{Workers: []WorkerSpec{ed(EducationNone)}}}); ok {
		t.Error("a project outside the when condition was checked")
	}
	pr := Subject{Project: &ProjectSpec{Programme: ProgrammeStation, Workers: []WorkerSpec{ed(EducationNone)}}}
	if f, ok := rs.DeclaredRule("T-EDU", on, pr); !ok || f.Actual != "project.workers[0]: NONE" {
		t.Errorf("a station project: %v %+v", ok, f)
	}
	if _, ok := rs.DeclaredRule("T-EDU", on, Subject{Organization: &OrganizationSpec{}}); ok {
		t.Error("an organisation was checked")
	}
}

func TestEachWorkerPreferenceIsCountedNeverFailed(t *testing.T) {
	rs, err := LoadRuleset([]byte(checkRuleset(workerRules, workerParams)))
	if err != nil {
		t.Fatal(err)
	}
	yes, no := true, false
	f, _ := rs.DeclaredRule("T-HUKOU", MustDate("2020-03-01"), stationWith(WorkerSpec{LocalHukou: &yes}, WorkerSpec{LocalHukou: &no}, WorkerSpec{}))
	if f.Status != StatusNotApplicable || f.Actual != "1/3" || f.MessageZh != "本地户籍为优先条件,不影响合格判定" {
		t.Errorf("a preference: %+v", f)
	}
	if f, _ := rs.DeclaredRule("T-HUKOU", MustDate("2020-03-01"), stationWith()); f.Status != StatusNotApplicable || f.Actual != "0" {
		t.Errorf("no workers: %+v", f)
	}
	if f, _ := rs.DeclaredRule("T-HUKOU", MustDate("2019-12-31"), stationWith()); f.Status != StatusNotInForce {
		t.Errorf("before the document: %s", f.Status)
	}
}

func TestEachWorkerLoadErrorsNameRuleAndField(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{"subject: worker.education", "subject: worker.age", `rule T-EDU: check.subject: "worker.age" is not a worker fact`},
		{"prefer: true", "prefer: true, param: T.edu", "rule T-HUKOU: check.param: a flag fact (worker.localHukou) takes no parameter"},
		{"param: T.edu, when", "param: T.nope, when", `rule T-EDU: check.param: unknown parameter "T.nope"`},
		{"applies_to: [project, station, worker]", "applies_to: [organization]", "rule T-EDU: check.subject: the rule's applies_to lists none of"},
		{"equals: STATION}]", "equals: STATION}, {fact: organization.category, equals: X}]", `rule T-EDU: check.when[1].fact: "organization.category" is not a text fact of a subject with workers`},
		{"name_zh: 学历, ", "fail_zh: \"{missing_zh}\", name_zh: 学历, ", "rule T-EDU: check.text.fail_zh: unknown variable {missing_zh}"},
	} {
		rules := strings.Replace(workerRules, c.from, c.to, 1)
		if rules == workerRules {
			t.Fatalf("fixture lacks %q", c.from)
		}
		_, err := LoadRuleset([]byte(checkRuleset(rules, workerParams)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error containing %q", c.to, err, c.want)
		}
	}
	params := strings.Replace(workerParams, "value: BACHELOR", "value: 本科", 1)
	if _, err := LoadRuleset([]byte(checkRuleset(workerRules, params))); err == nil ||
		!strings.Contains(err.Error(), "rule T-EDU: check.param: T.edu from 2020-07-01 is not an education level") {
		t.Errorf("a level named in Chinese: %v", err)
	}
	rules := strings.Replace(checkRules, "param: T.list}", "param: T.list, prefer: true}", 1)
	if _, err := LoadRuleset([]byte(checkRuleset(rules, checkParams))); err == nil ||
		!strings.Contains(err.Error(), "rule T-LIST: check.prefer: only for each_worker") {
		t.Errorf("prefer on list_contains: %v", err)
	}
}

func TestEachWorkerSocialWorkQualification(t *testing.T) {
	rules := `  - id: T-SW
    applies_to: [worker]
    status: MODELLED
    document: T-1
    clause: 五
    quote: 社会工作及其相关专业毕业,或持有证书
    check: {kind: each_worker, subject: worker.swQualified, param: T.majors, text: {name_zh: 专业资质, name_en: qualification}}
`
	params := `  - {id: T.majors, rule: T-SW, kind: TEXT, unit: majors, values: [{from: 2020-01-01, value: 社会工作、社会学}]}
`
	rs, err := LoadRuleset([]byte(checkRuleset(rules, params)))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		w    WorkerSpec
		want FindingStatus
	}{
		{WorkerSpec{Certificate: CertificateAssistant}, StatusPass},
		{WorkerSpec{Major: " 社会学 "}, StatusPass},
		{WorkerSpec{Major: "心理学", Certificate: CertificateNone}, StatusFail},
		{WorkerSpec{Major: "心理学"}, StatusFail}, // a major outside the list settles it
		{WorkerSpec{Certificate: CertificateNone}, StatusFail},
		{WorkerSpec{}, StatusInsufficientInput},
	} {
		f, _ := rs.DeclaredRule("T-SW", MustDate("2020-03-01"), Subject{Worker: &c.w})
		if f.Status != c.want {
			t.Errorf("%+v: got %s, want %s (%s)", c.w, f.Status, c.want, f.MessageZh)
		}
	}
	f, _ := rs.DeclaredRule("T-SW", MustDate("2020-03-01"), Subject{Worker: &WorkerSpec{Major: "心理学"}})
	if f.Actual != "worker: certificate ?, major 心理学" || f.Required != "持社会工作者职业水平证书或专业为社会工作、社会学 / a social-work certificate or a major of 社会工作、社会学" {
		t.Errorf("a FAIL: %+v", f)
	}
	bad := strings.Replace(params, "value: 社会工作、社会学", `value: "、"`, 1)
	if _, err := LoadRuleset([]byte(checkRuleset(rules, bad))); err == nil ||
		!strings.Contains(err.Error(), "rule T-SW: check.param: T.majors from 2020-01-01 is not a TEXT list of majors") {
		t.Errorf("an empty list of majors: %v", err)
	}
}
