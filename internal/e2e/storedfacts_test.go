package e2e

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/plugins/sdk"
)

// storedFacts: the facts of this round, written through createProject / updateProject and the
// new records (filings, contractor reports, worker employment facts), reach the rules through
// assessProject: a change to the stored fact changes the finding, a cleared one is "not given"
// again (INSUFFICIENT_INPUT), and a stored [] is "none" (a verdict), not "not given".
func storedFacts(t *testing.T, s *apptest.Server) {
	ctx := auth.System(context.Background())
	admin := s.As(s.Token(t, auth.Admin, "", "e2e stored facts"))
	regionID := func(code string) int {
		return s.App.DB.Client.Region.Query().Where(region.Code(code)).OnlyIDX(ctx)
	}
	create := func(fields string, vars map[string]any) string {
		t.Helper()
		var out struct{ CreateProject struct{ ID string } }
		admin.MustData(t, `mutation($r: ID!) { createProject(input: {name: "存储事实测试（示例）", purchaser: "荷塘区民政局", domain: "DOM-ELDERLY",
			purchaseMode: PROJECT, startsOn: "2024-01-01", endsOn: "2024-12-31", contractSignedOn: "2023-12-20", headcount: 1, professionalPosts: 1, regionID: $r `+fields+`}) { id } }`,
			vars, &out)
		return out.CreateProject.ID
	}
	assess := func(id, region, asOf string) evaluation {
		t.Helper()
		var out struct{ AssessProject struct{ Findings []finding } }
		admin.MustData(t, `mutation($id: ID!, $d: Date) { assessProject(id: $id, asOf: $d) {
			findings { ruleId region concept status actual required remedy messageZh messageEn citation { document title clause quote } } } }`,
			map[string]any{"id": id, "d": asOf}, &out)
		return evaluation{Region: region, Findings: out.AssessProject.Findings}
	}
	update := func(id, input string) {
		t.Helper()
		admin.MustData(t, `mutation($id: ID!) { updateProject(id: $id, input: {`+input+`}) { id } }`, map[string]any{"id": id}, nil)
	}

	// Zhuzhou: 原则上均应通过公开招标方式竞争性购买 (ZZ-CONTRACT-OPEN-TENDER-DEFAULT).
	const tender = "ZZ-CONTRACT-OPEN-TENDER-DEFAULT"
	zz := create(`, procurementMethod: COMPARISON`, map[string]any{"r": regionID("zhuzhou")})
	if f := assess(zz, "zhuzhou", "2024-06-01").finding(t, tender); f.Status != "NOT_APPLICABLE" || !strings.Contains(str(f.Actual), "COMPARISON (比选)") ||
		!strings.Contains(str(f.Remedy), "建议(非强制)") || !strings.Contains(str(f.Remedy), "公开招标") || f.Region != "zhuzhou" {
		t.Errorf("stored COMPARISON: %+v", f)
	}
	update(zz, `procurementException: SPECIAL_NATURE`)
	if f := assess(zz, "zhuzhou", "2024-06-01").finding(t, tender); f.Status != "PASS" || !strings.Contains(str(f.Actual), "SPECIAL_NATURE") {
		t.Errorf("stored COMPARISON with the exception 性质特殊: %+v", f)
	}
	update(zz, `procurementMethod: OPEN_TENDER, clearProcurementException: true`)
	if f := assess(zz, "zhuzhou", "2024-06-01").finding(t, tender); f.Status != "PASS" || str(f.Actual) != "procurementMethod OPEN_TENDER (公开招标)" {
		t.Errorf("stored OPEN_TENDER: %+v", f)
	}
	update(zz, `clearProcurementMethod: true`)
	if f := assess(zz, "zhuzhou", "2024-06-01").finding(t, tender); f.Status != "INSUFFICIENT_INPUT" || !strings.Contains(f.MessageEn, "project.procurementMethod") {
		t.Errorf("procurement method cleared: %+v", f)
	}

	// Hunan station project: funding sources (a list: null, [] and items are three answers), a
	// filing record and a worker's social insurances.
	const sources, agreement, insurance = "HN-BUDGET-COUNTY-SOURCES", "HN-REPORT-AGREEMENT-FILING-15WD", "HN-CONTRACT-LABOR-PAY-INSURANCE"
	hn := create(`, programme: STATION`, map[string]any{"r": regionID("hunan")})
	ev := assess(hn, "hunan", "2024-06-01")
	if f := ev.finding(t, sources); f.Status != "INSUFFICIENT_INPUT" || !strings.Contains(f.MessageEn, "project.fundingSources") {
		t.Errorf("funding sources not given: %+v", f)
	}
	// No filing on record is "nothing filed" (like evaluations): the agreement is late.
	if f := ev.finding(t, agreement); f.Status != "FAIL" || !strings.Contains(str(f.Actual), "not filed") {
		t.Errorf("stored project without filings: %+v", f)
	}
	update(hn, `fundingSources: []`)
	if f := assess(hn, "hunan", "2024-06-01").finding(t, sources); f.Status != "FAIL" || str(f.Actual) != "无 / none" {
		t.Errorf("funding sources []: %+v", f)
	}
	update(hn, `appendFundingSources: ["福彩公益金", "财政预算经费"]`)
	if f := assess(hn, "hunan", "2024-06-01").finding(t, sources); f.Status != "PASS" || str(f.Actual) != "福彩公益金、财政预算经费" {
		t.Errorf("funding sources appended: %+v", f)
	}
	update(hn, `appendFundingSources: ["体彩公益金"]`)
	if f := assess(hn, "hunan", "2024-06-01").finding(t, sources); f.Status != "FAIL" || !strings.Contains(str(f.Remedy), "体彩公益金") {
		t.Errorf("a source outside the list: %+v", f)
	}
	// The agreement (signed 2023-12-20) filed with the city on 2024-01-05, in time.
	admin.MustData(t, `mutation($p: ID!) { createProjectFiling(input: {document: "政府购买服务协议", filedWith: CITY, filedOn: "2024-01-05", projectID: $p}) { id } }`,
		map[string]any{"p": hn}, nil)
	if f := assess(hn, "hunan", "2024-06-01").finding(t, agreement); f.Status != "PASS" || !strings.Contains(str(f.Actual), "2024-01-05") {
		t.Errorf("agreement filed in time: %+v", f)
	}
	// A worker of the project: insurances not given, then none, then the five.
	worker := func(fields string) string {
		t.Helper()
		var out struct{ CreateSocialWorker struct{ ID string } }
		admin.MustData(t, `mutation($r: ID!, $p: ID!) { createSocialWorker(input: {name: "存储事实社工（示例）", birthDate: "1995-01-01", education: BACHELOR,
			laborContract: true, paidMonthly: true, regionID: $r, projectIDs: [$p] `+fields+`}) { id } }`,
			map[string]any{"r": regionID("hunan"), "p": hn}, &out)
		return out.CreateSocialWorker.ID
	}
	w := worker("")
	if f := assess(hn, "hunan", "2024-06-01").finding(t, insurance); f.Status != "INSUFFICIENT_INPUT" || !strings.Contains(f.MessageEn, "project.workers[0].socialInsurance") {
		t.Errorf("insurances not given: %+v", f)
	}
	admin.MustData(t, `mutation($id: ID!) { updateSocialWorker(id: $id, input: {socialInsurance: []}) { id } }`, map[string]any{"id": w}, nil)
	if f := assess(hn, "hunan", "2024-06-01").finding(t, insurance); f.Status != "FAIL" || !strings.Contains(str(f.Remedy), "养老保险") {
		t.Errorf("no insurance: %+v", f)
	}
	admin.MustData(t, `mutation($id: ID!) { updateSocialWorker(id: $id, input: {socialInsurance: [PENSION, MEDICAL, UNEMPLOYMENT, WORK_INJURY, MATERNITY]}) { id } }`,
		map[string]any{"id": w}, nil)
	if f := assess(hn, "hunan", "2024-06-01").finding(t, insurance); f.Status != "PASS" {
		t.Errorf("the five insurances: %+v", f)
	}

	// Shenzhen: a worker hired after the measures, filed on the platform but not recruited
	// through it, fails clause 五; the stored project's design items reach clause 十三.
	sz := create(`, specification: ["需求调查", "岗位数量", "职级设置", "服务标准"]`, map[string]any{"r": regionID("shenzhen")})
	var out struct{ CreateSocialWorker struct{ ID string } }
	admin.MustData(t, `mutation($r: ID!, $p: ID!) { createSocialWorker(input: {name: "深圳平台测试（示例）", hiredOn: "2021-03-01",
		platformFiled: true, recruitedViaPlatform: false, regionID: $r, projectIDs: [$p]}) { id } }`,
		map[string]any{"r": regionID("shenzhen"), "p": sz}, &out)
	ev = assess(sz, "shenzhen", "2024-06-01")
	if f := ev.finding(t, "SZ-STAFF-RECRUIT-PLATFORM"); f.Status != "FAIL" || !strings.Contains(str(f.Remedy), "project.workers[0]") {
		t.Errorf("worker hired 2021 not recruited via the platform: %+v", f)
	}
	if f := ev.finding(t, "SZ-GOV-PROJECT-DESIGN"); f.Status != "FAIL" || !strings.Contains(str(f.Remedy), "考核指标") {
		t.Errorf("design without 考核指标: %+v", f)
	}
	admin.MustData(t, `mutation($id: ID!) { updateSocialWorker(id: $id, input: {recruitedViaPlatform: true}) { id } }`,
		map[string]any{"id": out.CreateSocialWorker.ID}, nil)
	update(sz, `appendSpecification: ["考核指标"]`)
	ev = assess(sz, "shenzhen", "2024-06-01")
	for _, rule := range []string{"SZ-STAFF-RECRUIT-PLATFORM", "SZ-GOV-PROJECT-DESIGN"} {
		if f := ev.finding(t, rule); f.Status != "PASS" {
			t.Errorf("%s after the fix: %+v", rule, f)
		}
	}
	// A bad enum through the API is BAD_USER_INPUT naming the field, and nothing is written.
	var before struct{ Node map[string]any }
	q := `query($id: ID!) { node(id: $id) { ... on Project { procurementMethod specification updatedAt } } }`
	admin.MustData(t, q, map[string]any{"id": sz}, &before)
	r := admin.Do(t, `mutation($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { id } }`,
		map[string]any{"id": sz, "input": map[string]any{"procurementMethod": "AUCTION", "specification": []string{}}})
	expectError(t, r, "BAD_USER_INPUT", "input.procurementMethod")
	var after struct{ Node map[string]any }
	admin.MustData(t, q, map[string]any{"id": sz}, &after)
	if fmt.Sprint(before) != fmt.Sprint(after) {
		t.Errorf("a refused update changed the project: %v -> %v", before, after)
	}
}

// storedOrgFacts: an organisation's governance bodies and disclosures, stored through
// createOrganization / updateOrganization, reach Zhuzhou's and (through the chain) Hunan's rules
// by assessOrganization. A 监事会 stored as absent fails ZZ-ORG-INTERNAL-GOVERNANCE naming it and
// passes once stored as present; disclosures read from the regions' own parameters pass both
// disclosure rules, one item short fails naming it, a stored [] fails (nothing disclosed) and a
// cleared list is "not given" again (INSUFFICIENT_INPUT).
func storedOrgFacts(t *testing.T, s *apptest.Server) {
	const asOf = "2023-06-01"
	const governance, zzDisclosure, hnDisclosure = "ZZ-ORG-INTERNAL-GOVERNANCE", "ZZ-REPORT-INFO-DISCLOSURE", "HN-REPORT-CONTRACTOR-DISCLOSURE"
	ctx := auth.System(context.Background())
	admin := s.As(s.Token(t, auth.Admin, "", "e2e stored organisation facts"))
	items := func(param string) []string {
		t.Helper()
		var out struct {
			PolicyParameters struct {
				Edges []struct{ Node struct{ Value string } }
			}
		}
		admin.MustData(t, `query($p: String!, $d: Date!) { policyParameters(first: 2, where: {paramID: $p, validOn: $d}) { edges { node { value } } } }`,
			map[string]any{"p": param, "d": asOf}, &out)
		if len(out.PolicyParameters.Edges) != 1 {
			t.Fatalf("%s in force on %s: %+v", param, asOf, out.PolicyParameters)
		}
		return sdk.SplitItems(out.PolicyParameters.Edges[0].Node.Value)
	}
	zzItems, hnItems := items("ZZ.reporting.disclosure_items"), items("HN.reporting.contractor_disclosure_items")

	var created struct{ CreateOrganization struct{ ID string } }
	admin.MustData(t, `mutation($r: ID!, $code: String!) { createOrganization(input: {name: "株洲治理测试社工服务社（示例）", unifiedSocialCreditCode: $code,
		registrationLevel: COUNTY, fullTimeStaff: 9, qualifiedStaff: 3, hasBoard: true, hasSupervisoryBoard: false, regionID: $r}) { id } }`,
		map[string]any{"r": s.App.DB.Client.Region.Query().Where(region.Code("zhuzhou")).OnlyIDX(ctx), "code": testCreditCode(t, "430200", "A0000003")}, &created)
	id := created.CreateOrganization.ID
	assess := func() evaluation {
		t.Helper()
		var out struct{ AssessOrganization struct{ Findings []finding } }
		admin.MustData(t, `mutation($id: ID!, $d: Date) { assessOrganization(id: $id, asOf: $d) {
			findings { ruleId region concept status actual required remedy messageZh messageEn citation { document title clause quote } } } }`,
			map[string]any{"id": id, "d": asOf}, &out)
		return evaluation{Region: "zhuzhou", Findings: out.AssessOrganization.Findings}
	}
	update := func(input map[string]any) {
		t.Helper()
		admin.MustData(t, `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`,
			map[string]any{"id": id, "input": input}, nil)
	}

	ev := assess()
	if f := ev.finding(t, governance); f.Status != "FAIL" || f.Region != "zhuzhou" || !strings.Contains(str(f.Remedy), "须设立监事会") ||
		strings.Contains(str(f.Remedy), "理事会、") || !strings.Contains(f.MessageZh, "监事会") {
		t.Errorf("stored without a 监事会: %+v", f)
	}
	for _, rule := range []string{zzDisclosure, hnDisclosure} {
		if f := ev.finding(t, rule); f.Status != "INSUFFICIENT_INPUT" || !strings.Contains(f.MessageEn, "organization.disclosures") {
			t.Errorf("no disclosures stored: %s %+v", rule, f)
		}
	}

	update(map[string]any{"hasSupervisoryBoard": true, "disclosures": slices.Concat(zzItems, hnItems)})
	ev = assess()
	for _, rule := range []string{governance, zzDisclosure, hnDisclosure} {
		if f := ev.finding(t, rule); f.Status != "PASS" || f.Remedy != nil {
			t.Errorf("both bodies and every item stored: %s %+v", rule, f)
		}
	}
	if f := ev.finding(t, hnDisclosure); f.Region != "hunan" {
		t.Errorf("Hunan's rule through the chain: %+v", f)
	}

	// One item of each list left out: each rule fails naming its own missing item.
	zzShort, hnShort := zzItems[len(zzItems)-1], hnItems[0]
	update(map[string]any{"disclosures": slices.Concat(zzItems[:len(zzItems)-1], hnItems[1:])})
	ev = assess()
	for rule, missing := range map[string]string{zzDisclosure: zzShort, hnDisclosure: hnShort} {
		if f := ev.finding(t, rule); f.Status != "FAIL" || str(f.Remedy) != "须公开:"+missing+" / must disclose 1 more item(s): "+missing {
			t.Errorf("%s not disclosed: %s %+v", missing, rule, f)
		}
	}

	update(map[string]any{"disclosures": []string{}})
	if f := assess().finding(t, zzDisclosure); f.Status != "FAIL" || !strings.Contains(str(f.Remedy), strings.Join(zzItems, "、")) {
		t.Errorf("nothing disclosed ([]): %+v", f)
	}

	update(map[string]any{"clearDisclosures": true, "clearHasBoard": true})
	ev = assess()
	for _, rule := range []string{zzDisclosure, hnDisclosure} {
		if f := ev.finding(t, rule); f.Status != "INSUFFICIENT_INPUT" || !strings.Contains(f.MessageEn, "organization.disclosures") {
			t.Errorf("disclosures cleared: %s %+v", rule, f)
		}
	}
	if f := ev.finding(t, governance); f.Status != "INSUFFICIENT_INPUT" || !strings.Contains(f.MessageEn, "hasBoard") {
		t.Errorf("board cleared: %+v", f)
	}
}
