package e2e

import (
	"bytes"
	"encoding/csv"
	"io"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shegong/shegong/internal/apptest"
)

// The facts added for the government-level, contract and reporting rules, end to end: GraphQL
// inputs over real HTTP, through the real zhuzhou and hunan plugin processes (the protocol must
// carry every fact and keep omitted lists apart from empty ones), back as findings by rule id
// with the region that produced them.

// with returns a copy of base with fields set.
func with(base, fields map[string]any) map[string]any {
	out := maps.Clone(base)
	maps.Copy(out, fields)
	return out
}

func chainOf(ev evaluation) []string {
	var regions []string
	for _, r := range ev.EvaluatedBy {
		regions = append(regions, r.Region)
	}
	return regions
}

// zhuzhouCity is Zhuzhou city (株洲市) as a government subject.
func zhuzhouCity(fields map[string]any) map[string]any {
	return map[string]any{"government": with(map[string]any{"level": "CITY", "name": "株洲市"}, fields)}
}

// governmentSubject: ZZ-TARGET-ORGS-CITY-40 (全市民办社会工作服务机构总数达到40家以上, 到2020年) on
// a CITY government. On the deadline 2020-12-31 40 passes (以上 includes 40) and 39 fails one
// short; before it 39 is not yet due; after it 39 still fails, with the days overdue; not given is
// INSUFFICIENT_INPUT naming the field; a county is not bound by it. Hunan's rules chain in:
// HN-TARGET-FULL-COVERAGE-2019 on the same city on 2019-12-31, answered by hunan.
func governmentSubject(t *testing.T, s *apptest.Server) {
	const orgs, coverage = "ZZ-TARGET-ORGS-CITY-40", "HN-TARGET-FULL-COVERAGE-2019"
	for _, c := range []struct {
		n      int
		status string
	}{{41, "PASS"}, {40, "PASS"}, {39, "FAIL"}} {
		ev := evaluate(t, s, "zhuzhou", "2020-12-31", zhuzhouCity(map[string]any{"privateSocialWorkOrganizations": c.n}))
		f := ev.finding(t, orgs)
		if f.Status != c.status || f.Region != "zhuzhou" || str(f.Actual) != strconv.Itoa(c.n) || !strings.Contains(str(f.Required), "40") ||
			f.Citation.Quote == "" || !strings.Contains(f.Citation.Quote, "40家以上") || f.MessageZh == "" || f.MessageEn == "" {
			t.Errorf("%d organisations on the deadline: %+v", c.n, f)
		}
		if got := chainOf(ev); !slices.Equal(got, []string{"zhuzhou", "hunan"}) {
			t.Errorf("evaluatedBy %v, want [zhuzhou hunan]", got)
		}
		switch c.status {
		case "PASS":
			if f.Remedy != nil {
				t.Errorf("%d organisations: a passing target has remedy %q", c.n, str(f.Remedy))
			}
		case "FAIL":
			if r := str(f.Remedy); !strings.Contains(r, "1 more") || !strings.Contains(r, "1 家") {
				t.Errorf("39 organisations: remedy %q should say one more is needed (zh + en)", r)
			}
			if ev.Status != "NON_COMPLIANT" {
				t.Errorf("39 organisations: status %s, want NON_COMPLIANT", ev.Status)
			}
		}
	}

	ev := evaluate(t, s, "zhuzhou", "2020-06-30", zhuzhouCity(map[string]any{"privateSocialWorkOrganizations": 39}))
	if f := ev.finding(t, orgs); f.Status != "NOT_APPLICABLE" || !strings.Contains(str(f.Remedy), "2020-12-31") {
		t.Errorf("39 organisations before the deadline (尚未到期): %+v", f)
	}
	// A deadline is not the end of the rule: the day after it the shortfall still fails.
	ev = evaluate(t, s, "zhuzhou", "2021-01-01", zhuzhouCity(map[string]any{"privateSocialWorkOrganizations": 39}))
	if f := ev.finding(t, orgs); f.Status != "FAIL" || !strings.Contains(str(f.Remedy), "1 day(s) past the deadline 2020-12-31") {
		t.Errorf("the day after the deadline: %+v", f)
	}
	// Yunnan's party-organisation coverage (我省……争取) is the province's aim: a share on a
	// PROVINCE government, read from organizationsWithPartyOrganization.
	ev = evaluate(t, s, "yunnan", "2021-01-01", map[string]any{"government": map[string]any{"level": "PROVINCE",
		"privateSocialWorkOrganizations": 100, "organizationsWithPartyOrganization": 99}})
	if f := ev.finding(t, "YN-TARGET-PARTY-FULL-COVERAGE-2020"); f.Status != "FAIL" || str(f.Actual) != "99/100(99%)" {
		t.Errorf("Yunnan province at 99/100 after 2020: %+v", f)
	}
	ev = evaluate(t, s, "zhuzhou", "2020-12-31", zhuzhouCity(nil))
	if f := ev.finding(t, orgs); f.Status != "INSUFFICIENT_INPUT" || !strings.Contains(f.MessageEn, "government.privateSocialWorkOrganizations") {
		t.Errorf("count not given: %+v", f)
	}
	ev = evaluate(t, s, "zhuzhou", "2020-12-31", map[string]any{"government": map[string]any{"level": "COUNTY", "name": "醴陵市", "privateSocialWorkOrganizations": 39}})
	if f := ev.finding(t, orgs); f.Status != "NOT_APPLICABLE" {
		t.Errorf("a county under the city-wide target: %+v", f)
	}

	// Hunan's coverage target through the chain: every township with a station by 2019-12-31.
	for _, c := range []struct {
		with   int
		status string
	}{{10, "PASS"}, {9, "FAIL"}} {
		ev := evaluate(t, s, "zhuzhou", "2019-12-31", zhuzhouCity(map[string]any{"townships": 10, "townshipsWithStation": c.with}))
		f := ev.finding(t, coverage)
		if f.Status != c.status || f.Region != "hunan" || f.Citation.Document == "" || !strings.Contains(f.Citation.Quote, "全覆盖") {
			t.Errorf("%d/10 townships with a station on 2019-12-31: %+v", c.with, f)
		}
		if c.status == "FAIL" && (f.Remedy == nil || ev.Status != "NON_COMPLIANT") {
			t.Errorf("9/10 townships: remedy %q status %s", str(f.Remedy), ev.Status)
		}
		// Zhuzhou's own target is still running then, and its count was not given.
		if g := ev.finding(t, orgs); g.Status != "INSUFFICIENT_INPUT" || g.Region != "zhuzhou" {
			t.Errorf("ZZ target on 2019-12-31 without a count: %+v", g)
		}
	}
	// Under hunan alone the Zhuzhou rules do not appear.
	ev = evaluate(t, s, "hunan", "2019-12-31", zhuzhouCity(map[string]any{"townships": 10, "townshipsWithStation": 9}))
	if f := ev.finding(t, coverage); f.Status != "FAIL" || f.Region != "hunan" {
		t.Errorf("under hunan: %+v", f)
	}
	for _, f := range ev.Findings {
		if f.Region != "hunan" || strings.HasPrefix(f.RuleID, "ZZ-") {
			t.Errorf("under hunan, a finding of another region: %+v", f)
		}
	}
	if got := chainOf(ev); !slices.Equal(got, []string{"hunan"}) {
		t.Errorf("under hunan evaluatedBy %v", got)
	}
}

// governmentEverywhere: a government subject goes wherever a worker or organisation does:
// compare under every region (each answers, none errs), compareBatch next to other kinds, and
// the CSV export of a scenario file with a government scenario.
func governmentEverywhere(t *testing.T, s *apptest.Server) {
	city39 := zhuzhouCity(map[string]any{"privateSocialWorkOrganizations": 39})

	var cmp struct{ Compare []evaluation }
	s.GQL.MustData(t, `query($s: SubjectInput!) { compare(subject: $s, asOf: "2020-12-31") { `+evaluationFields+` } }`,
		map[string]any{"s": city39}, &cmp)
	if len(cmp.Compare) != 5 {
		t.Fatalf("compare: %d evaluations, want 5", len(cmp.Compare))
	}
	for _, ev := range cmp.Compare {
		if ev.Error != nil || len(ev.EvaluatedBy) == 0 || ev.EvaluatedBy[0].Region != ev.Region {
			t.Errorf("compare, %s: error %+v evaluatedBy %+v", ev.Region, ev.Error, ev.EvaluatedBy)
		}
		if ev.Region == "zhuzhou" {
			if f := ev.finding(t, "ZZ-TARGET-ORGS-CITY-40"); f.Status != "FAIL" {
				t.Errorf("compare, zhuzhou: %+v", f)
			}
		}
	}

	var batch struct {
		CompareBatch []struct {
			Name        string
			Evaluations []evaluation
		}
	}
	s.GQL.MustData(t, `query($sc: [ScenarioInput!]!) { compareBatch(scenarios: $sc, regions: ["zhuzhou", "shenzhen"], asOf: "2020-12-31") {
		name evaluations { `+evaluationFields+` } } }`,
		map[string]any{"sc": []map[string]any{
			{"name": "株洲市 40 家", "subject": zhuzhouCity(map[string]any{"privateSocialWorkOrganizations": 40})},
			{"name": "社工 41 岁", "subject": map[string]any{"worker": map[string]any{"age": 41, "education": "BACHELOR"}}},
			{"name": "株洲市 39 家", "subject": city39},
		}}, &batch)
	if len(batch.CompareBatch) != 3 {
		t.Fatalf("compareBatch: %d scenarios", len(batch.CompareBatch))
	}
	for i, want := range []string{"PASS", "", "FAIL"} {
		sc := batch.CompareBatch[i]
		if len(sc.Evaluations) != 2 || sc.Evaluations[0].Region != "zhuzhou" || sc.Evaluations[1].Region != "shenzhen" {
			t.Fatalf("compareBatch %s: %+v", sc.Name, sc.Evaluations)
		}
		for _, ev := range sc.Evaluations {
			if ev.Error != nil {
				t.Errorf("compareBatch %s under %s: %+v", sc.Name, ev.Region, ev.Error)
			}
		}
		if want != "" {
			if f := sc.Evaluations[0].finding(t, "ZZ-TARGET-ORGS-CITY-40"); f.Status != want {
				t.Errorf("compareBatch %s: %+v, want %s", sc.Name, f, want)
			}
		}
	}

	// The CSV export reads scenario files with the policy-test keys (snake_case).
	const scenarios = `as_of: 2020-12-31
regions: [zhuzhou]
scenarios:
  - name: 株洲市 39 家 / Zhuzhou city, 39 organisations
    subject:
      government: {level: CITY, name: 株洲市, private_social_work_organizations: 39}
`
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/export/compare.csv", strings.NewReader(scenarios))
	req.Header.Set("Content-Type", "application/yaml")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("compare.csv: HTTP %d: %.300s", resp.StatusCode, data)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil || len(recs) < 2 {
		t.Fatalf("compare.csv: %v, %d lines", err, len(recs))
	}
	col := map[string]int{}
	for i, c := range recs[0] {
		col[c] = i
	}
	found := false
	for _, r := range recs[1:] {
		if r[col["rule_id"]] == "ZZ-TARGET-ORGS-CITY-40" {
			found = true
			if r[col["finding_status"]] != "FAIL" || r[col["finding_region"]] != "zhuzhou" || r[col["actual"]] != "39" {
				t.Errorf("compare.csv row: %v", r)
			}
		}
	}
	if !found {
		t.Errorf("compare.csv has no ZZ-TARGET-ORGS-CITY-40 row:\n%s", data)
	}
}

// hunanClauses are the seven matters HN-2018 六(二) requires a service agreement to state, as
// the text words them.
var hunanClauses = []string{"服务内容", "目标任务", "服务要求", "各方权利义务", "绩效评估", "违约责任", "因政策调整等不可抗力因素,可变更或解除协议"}

// projectFacts: a Zhuzhou township-station project with the new contract facts, under
// zhuzhou → hunan. Open tender passes ZZ-CONTRACT-OPEN-TENDER-DEFAULT, another method passes
// with a listed exception (技术复杂、性质特殊), is advice without one (原则上: NOT_APPLICABLE with
// the advice as the remedy) and is INSUFFICIENT_INPUT when not given; the
// agreement must state Hunan's seven matters (HN-CONTRACT-REQUIRED-CLAUSES): one missing fails
// naming it, [] fails, omitted is INSUFFICIENT_INPUT; a county civil-affairs purchaser in a
// two-party agreement passes HN-CONTRACT-PARTIES, a city-level one fails it.
func projectFacts(t *testing.T, s *apptest.Server) {
	const asOf = "2023-06-01"
	const tender, clauses, parties = "ZZ-CONTRACT-OPEN-TENDER-DEFAULT", "HN-CONTRACT-REQUIRED-CLAUSES", "HN-CONTRACT-PARTIES"
	base := map[string]any{
		"domain": "城乡基层社会救助", "headcount": 2, "months": 12, "programme": "STATION", "purchaseMode": "PROJECT",
		"contractSignedOn": "2023-03-01", "cycleYears": 3,
		"purchaser": map[string]any{"level": "COUNTY", "type": "CIVIL_AFFAIRS"}, "contractParties": 2,
		"procurementMethod": "OPEN_TENDER", "contractClauses": hunanClauses,
	}
	project := func(fields map[string]any) map[string]any {
		p := with(base, fields)
		for k, v := range p {
			if v == nil {
				delete(p, k)
			}
		}
		return map[string]any{"project": p}
	}

	ev := evaluate(t, s, "zhuzhou", asOf, project(nil))
	for rule, region := range map[string]string{tender: "zhuzhou", clauses: "hunan", parties: "hunan"} {
		if f := ev.finding(t, rule); f.Status != "PASS" || f.Region != region || f.Citation.Quote == "" || f.Remedy != nil {
			t.Errorf("every fact in order, %s: %+v", rule, f)
		}
	}
	if got := chainOf(ev); !slices.Equal(got, []string{"zhuzhou", "hunan"}) {
		t.Errorf("evaluatedBy %v", got)
	}

	// Procurement method (采购方式) and the exception (不公开招标的理由).
	for _, c := range []struct {
		fields map[string]any
		status string
	}{
		{map[string]any{"procurementMethod": "COMPARISON"}, "NOT_APPLICABLE"}, // 原则上: advice, not a failure
		{map[string]any{"procurementMethod": "COMPARISON", "procurementException": "TECHNICALLY_COMPLEX"}, "PASS"},
		{map[string]any{"procurementMethod": "SINGLE_SOURCE", "procurementException": "SPECIAL_NATURE"}, "PASS"},
		{map[string]any{"procurementMethod": "NEGOTIATION", "procurementException": "OTHER"}, "NOT_APPLICABLE"},
		{map[string]any{"procurementMethod": nil}, "INSUFFICIENT_INPUT"},
	} {
		ev := evaluate(t, s, "zhuzhou", asOf, project(c.fields))
		f := ev.finding(t, tender)
		if f.Status != c.status || f.Region != "zhuzhou" {
			t.Errorf("%v: %+v, want %s", c.fields, f, c.status)
		}
		switch c.status {
		case "NOT_APPLICABLE":
			if r := str(f.Remedy); !strings.Contains(r, "建议(非强制)") || !strings.Contains(r, "公开招标") || ev.Status == "NON_COMPLIANT" {
				t.Errorf("%v: remedy %q status %s", c.fields, r, ev.Status)
			}
		case "INSUFFICIENT_INPUT":
			if !strings.Contains(f.MessageEn, "project.procurementMethod") {
				t.Errorf("method not given: %+v", f)
			}
		}
	}

	// The agreement's clauses (服务协议应明确 …).
	ev = evaluate(t, s, "zhuzhou", asOf, project(map[string]any{"contractClauses": slices.DeleteFunc(slices.Clone(hunanClauses), func(c string) bool { return c == "违约责任" })}))
	if f := ev.finding(t, clauses); f.Status != "FAIL" || f.Region != "hunan" || !strings.Contains(str(f.Remedy), "违约责任") || strings.Contains(str(f.Remedy), "服务内容") {
		t.Errorf("without 违约责任: %+v", f)
	}
	ev = evaluate(t, s, "zhuzhou", asOf, project(map[string]any{"contractClauses": []string{}}))
	if f := ev.finding(t, clauses); f.Status != "FAIL" || !strings.Contains(str(f.Remedy), "服务内容") || !strings.Contains(str(f.Remedy), "7") {
		t.Errorf("no clause stated ([]): %+v", f)
	}
	ev = evaluate(t, s, "zhuzhou", asOf, project(map[string]any{"contractClauses": nil}))
	if f := ev.finding(t, clauses); f.Status != "INSUFFICIENT_INPUT" || !strings.Contains(f.MessageEn, "project.contractClauses") {
		t.Errorf("clauses not given: %+v", f)
	}

	// The purchaser (购买主体): Hunan's scheme has the county civil-affairs department buy.
	ev = evaluate(t, s, "zhuzhou", asOf, project(map[string]any{"purchaser": map[string]any{"level": "CITY", "type": "CIVIL_AFFAIRS"}}))
	if f := ev.finding(t, parties); f.Status != "FAIL" || f.Region != "hunan" || f.Remedy == nil {
		t.Errorf("a city-level purchaser: %+v", f)
	}

	// A community party-and-mass service centre project (PARTY_MASS_CENTRE) is not a station
	// project: Hunan's scheme says so instead of judging it.
	ev = evaluate(t, s, "zhuzhou", asOf, project(map[string]any{"programme": "PARTY_MASS_CENTRE"}))
	if f := ev.finding(t, "HN-CATALOG-SERVICE-AREAS-4"); f.Status != "NOT_APPLICABLE" || f.Region != "hunan" {
		t.Errorf("PARTY_MASS_CENTRE project under Hunan's station scheme: %+v", f)
	}
}

// newInputsBadInput: a bad enum, date or money value in the new inputs is BAD_USER_INPUT naming
// its path — for a variable from the variable name (s.government.acts[0].kind), for a custom
// scalar from the argument (subject.government.acts[0].on) — and nothing is evaluated: one
// error and no data. Values GraphQL cannot judge (a negative count, a blank list item) come back
// from the region with the subject's path. In compareBatch one bad scenario fails the whole
// request: no scenario is answered.
func newInputsBadInput(t *testing.T, s *apptest.Server) {
	const q = `query($s: SubjectInput!) { evaluate(region: "zhuzhou", subject: $s, asOf: "2020-12-31") { status findings { ruleId } } }`
	gov := func(fields map[string]any) map[string]any { return zhuzhouCity(fields) }
	act := func(fields map[string]any) map[string]any {
		return gov(map[string]any{"acts": []map[string]any{{"kind": "ANNUAL_PLAN", "on": "2020-03-01"}, with(map[string]any{"kind": "ANNUAL_PLAN"}, fields)}})
	}
	proj := func(fields map[string]any) map[string]any {
		return map[string]any{"project": with(map[string]any{"domain": "城乡基层社会救助", "headcount": 2}, fields)}
	}
	for _, c := range []struct {
		name    string
		subject map[string]any
		field   string
	}{
		// Enums, checked when the variable is read.
		{"act kind", act(map[string]any{"kind": "PLAN"}), "s.government.acts[1].kind"},
		{"act authority", act(map[string]any{"authority": "DISTRICT"}), "s.government.acts[1].authority"},
		{"government level", gov(map[string]any{"level": "TOWNSHIP"}), "s.government.level"},
		{"government level missing", map[string]any{"government": map[string]any{"name": "株洲市"}}, "s.government.level"},
		{"catalogue item level", gov(map[string]any{"catalog": map[string]any{"itemLevels": []string{"COUNTY", "town"}}}), "s.government.catalog.itemLevels[1]"},
		{"procurement method", proj(map[string]any{"procurementMethod": "AUCTION"}), "s.project.procurementMethod"},
		{"procurement exception", proj(map[string]any{"procurementException": "URGENT"}), "s.project.procurementException"},
		{"purchaser level", proj(map[string]any{"purchaser": map[string]any{"level": "DISTRICT", "type": "CIVIL_AFFAIRS"}}), "s.project.purchaser.level"},
		{"purchaser type", proj(map[string]any{"purchaser": map[string]any{"level": "COUNTY", "type": "NGO"}}), "s.project.purchaser.type"},
		{"service level", proj(map[string]any{"serviceLevel": "STREET"}), "s.project.serviceLevel"},
		{"report kind", proj(map[string]any{"reports": []map[string]any{{"kind": "ANNUAL"}}}), "s.project.reports[0].kind"},
		{"filed with", proj(map[string]any{"filings": []map[string]any{{"document": "政府购买服务协议", "filedWith": "TOWN"}}}), "s.project.filings[0].filedWith"},
		// A value that differs from a name only in case passes gqlparser's variable check
		// (strings.EqualFold) and is refused when the argument is decoded: still BAD_USER_INPUT,
		// with the argument's path.
		{"filed with, lower case", proj(map[string]any{"filings": []map[string]any{{"document": "政府购买服务协议", "filedWith": "city"}}}), "subject.project.filings[0].filedWith"},
		{"programme", proj(map[string]any{"programme": "PARTY_CENTRE"}), "s.project.programme"},
		{"social insurance", map[string]any{"worker": map[string]any{"socialInsurance": []string{"PENSION", "HOUSING_FUND"}}}, "s.worker.socialInsurance[1]"},
		{"registration level (was free text)", map[string]any{"organization": map[string]any{"fullTimeStaff": 3, "registrationLevel": "city"}}, "subject.organization.registrationLevel"},
		{"registration level below county", map[string]any{"organization": map[string]any{"fullTimeStaff": 3, "registrationLevel": "TOWNSHIP"}}, "s.organization.registrationLevel"},
		{"organisation category", map[string]any{"organization": map[string]any{"fullTimeStaff": 3, "category": "SPORTS"}}, "s.organization.category"},
		{"party organisation mode", map[string]any{"organization": map[string]any{"fullTimeStaff": 3, "partyOrganizationMode": "NONE"}}, "s.organization.partyOrganizationMode"},
		{"annual inspection", map[string]any{"organization": map[string]any{"fullTimeStaff": 3, "annualInspection": "PASSED"}}, "s.organization.annualInspection"},
		// Date and Money scalars, decoded with the field's arguments.
		{"act date", act(map[string]any{"on": "2020-02-30"}), "subject.government.acts[1].on"},
		{"catalogue date", gov(map[string]any{"catalog": map[string]any{"publishedOn": "2020/06/01"}}), "subject.government.catalog.publishedOn"},
		{"package standard", gov(map[string]any{"packageStandard": "80000.001"}), "subject.government.packageStandard"},
		{"filing date", proj(map[string]any{"filings": []map[string]any{{"document": "政府购买服务协议", "filedOn": "2023-13-01"}}}), "subject.project.filings[0].filedOn"},
		{"report date", proj(map[string]any{"reports": []map[string]any{{"kind": "MID_TERM", "submittedOn": "tomorrow"}}}), "subject.project.reports[0].submittedOn"},
		{"established on", proj(map[string]any{"establishedOn": "2023-02-29"}), "subject.project.establishedOn"},
		{"local package standard", proj(map[string]any{"localPackageStandard": "-1.00"}), "subject.project.localPackageStandard"},
		{"hired on", map[string]any{"worker": map[string]any{"hiredOn": "2023-04-31"}}, "subject.worker.hiredOn"},
		// What only the region can judge comes back with the subject's path.
		{"negative count", gov(map[string]any{"townships": -1}), "subject.government.townships"},
		{"blank plan section", act(map[string]any{"sections": []string{"项目背景", " "}}), "subject.government.acts[1].sections[1]"},
		{"blank clause", proj(map[string]any{"contractClauses": []string{"服务内容", ""}}), "subject.project.contractClauses[1]"},
		{"blank system", map[string]any{"station": map[string]any{"workers": []any{}, "systems": []string{" "}}}, "subject.station.systems[0]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := s.GQL.Do(t, q, map[string]any{"s": c.subject})
			expectError(t, r, "BAD_USER_INPUT", c.field)
			if len(r.Errors) != 1 || !(len(r.Data) == 0 || string(r.Data) == "null") {
				t.Errorf("want one error and no data, got data %s errors %s", r.Data, r.ErrorString())
			}
		})
	}

	// compareBatch: the good scenario next to a bad one is not answered either.
	const b = `query($sc: [ScenarioInput!]!) { compareBatch(scenarios: $sc, regions: ["zhuzhou"], asOf: "2020-12-31") { name evaluations { status } } }`
	good := map[string]any{"name": "株洲市 40 家", "subject": zhuzhouCity(map[string]any{"privateSocialWorkOrganizations": 40})}
	for _, c := range []struct {
		bad   map[string]any
		field string
	}{
		{act(map[string]any{"on": "2020-02-30"}), "scenarios[1].subject.government.acts[1].on"},
		{act(map[string]any{"kind": "PLAN"}), "sc[1].subject.government.acts[1].kind"},
		{gov(map[string]any{"pilotTownships": -3}), "scenarios[1].subject.government.pilotTownships"},
	} {
		r := s.GQL.Do(t, b, map[string]any{"sc": []map[string]any{good, {"name": "bad", "subject": c.bad}}})
		expectError(t, r, "BAD_USER_INPUT", c.field)
		if len(r.Errors) != 1 || !(len(r.Data) == 0 || string(r.Data) == "null") {
			t.Errorf("compareBatch with a bad scenario (%s): data %s errors %s", c.field, r.Data, r.ErrorString())
		}
	}
}
