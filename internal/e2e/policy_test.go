package e2e

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"github.com/shegong/shegong/internal/auth"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/auditlog"
	"github.com/shegong/shegong/ent/budgetline"
	"github.com/shegong/shegong/ent/organization"
	"github.com/shegong/shegong/ent/performanceevaluation"
	"github.com/shegong/shegong/ent/project"
	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/ent/socialworker"
	"github.com/shegong/shegong/ent/trainingrecord"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/creditcode"
	"github.com/shegong/shegong/internal/gqltest"
	"github.com/shegong/shegong/internal/testdb"
)

// ---- response shapes ----

type citation struct{ Document, Title, Clause, Quote string }

type finding struct {
	RuleID    string  `json:"ruleId"`
	Region    string  `json:"region"`
	Concept   *string `json:"concept"`
	Status    string  `json:"status"`
	Actual    *string `json:"actual"`
	Required  *string `json:"required"`
	Remedy    *string `json:"remedy"`
	MessageZh string  `json:"messageZh"`
	MessageEn string  `json:"messageEn"`
	Citation  citation
}

type evaluation struct {
	Region string
	AsOf   string
	Status string
	Budget *struct {
		MinimumTotal, MinimumLabor, MaximumNonLabor, SupervisionFund *string
	}
	Findings    []finding
	EvaluatedBy []struct{ Region, Plugin, PluginVersion, RulesetHash string }
	Error       *struct{ Code, Region, Message string }
}

const evaluationFields = `region asOf status
  budget { minimumTotal minimumLabor maximumNonLabor supervisionFund }
  findings { ruleId region concept status actual required remedy messageZh messageEn citation { document title clause quote } }
  evaluatedBy { region plugin pluginVersion rulesetHash }
  error { code region message }`

func (e evaluation) finding(t *testing.T, rule string) finding {
	t.Helper()
	for _, f := range e.Findings {
		if f.RuleID == rule {
			return f
		}
	}
	t.Fatalf("no finding %s under %s; have %v", rule, e.Region, e.rules())
	return finding{}
}

func (e evaluation) rules() []string {
	var out []string
	for _, f := range e.Findings {
		out = append(out, f.RuleID+"="+f.Status)
	}
	return out
}

func str(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

// ---- helpers ----

func evaluate(t *testing.T, s *apptest.Server, region, asOf string, subject map[string]any) evaluation {
	t.Helper()
	var out struct{ Evaluate evaluation }
	s.GQL.MustData(t, `query($r: String!, $s: SubjectInput!, $d: Date) { evaluate(region: $r, subject: $s, asOf: $d) { `+evaluationFields+` } }`,
		map[string]any{"r": region, "s": subject, "d": asOf}, &out)
	return out.Evaluate
}

func expectError(t *testing.T, r gqltest.Response, code, field string) gqltest.Error {
	t.Helper()
	if len(r.Errors) == 0 {
		t.Fatalf("want %s on %q, got data %s", code, field, r.Data)
	}
	e := r.Errors[0]
	if e.Code() != code || e.Field() != field {
		t.Fatalf("want %s field %q, got %s", code, field, r.ErrorString())
	}
	return e
}

func project1(domain string, lines ...[2]string) map[string]any {
	budget := []map[string]any{}
	for _, l := range lines {
		budget = append(budget, map[string]any{"category": l[0], "amount": l[1]})
	}
	return map[string]any{"project": map[string]any{
		"domain": domain, "headcount": 1, "professionalPosts": 1, "supervisedWorkers": 1,
		"contractSignedOn": "2021-01-01", "months": 12, "cycleYears": 3, "budget": budget,
		"workers": []map[string]any{{"age": 30, "education": "BACHELOR", "certificate": "ASSISTANT", "trainingHoursPerYear": 80}},
	}}
}

func TestPolicyAPI(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			s := apptest.Start(t, apptest.Options{Kind: k, FastRestart: true})
			t.Run("ShenzhenBudgetFloors", func(t *testing.T) { shenzhenBudgetFloors(t, s) })
			t.Run("ZhuzhouStationHunanRule", func(t *testing.T) { zhuzhouStation(t, s) })
			t.Run("ZhuzhouOneThirdQualified", func(t *testing.T) { zhuzhouOneThird(t, s) })
			t.Run("ZhuzhouProjectThroughHunan", func(t *testing.T) { zhuzhouProjectThroughHunan(t, s) })
			t.Run("ZhuzhouOrganisationDisclosureAndGovernance", func(t *testing.T) { zhuzhouOrgDisclosureGovernance(t, s) })
			t.Run("ShenzhenExpired", func(t *testing.T) { shenzhenExpired(t, s) })
			t.Run("Matrix", func(t *testing.T) { policyMatrix(t, s) })
			t.Run("Browse", func(t *testing.T) { browse(t, s) })
			t.Run("CompareBatch", func(t *testing.T) { compareBatch(t, s) })
			t.Run("BadInput", func(t *testing.T) { badInput(t, s) })
			t.Run("AssessProject", func(t *testing.T) { assessProject(t, s) })
			t.Run("AssessStation", func(t *testing.T) { assessStation(t, s) })
			t.Run("AssessOrganization", func(t *testing.T) { assessOrganization(t, s) })
			t.Run("PurchaseMode", func(t *testing.T) { purchaseMode(t, s) })
			t.Run("Evaluations", func(t *testing.T) { evaluations(t, s) })
			t.Run("GovernmentSubject", func(t *testing.T) { governmentSubject(t, s) })
			t.Run("GovernmentEverywhere", func(t *testing.T) { governmentEverywhere(t, s) })
			t.Run("ProjectContractFacts", func(t *testing.T) { projectFacts(t, s) })
			t.Run("NewInputsBadInput", func(t *testing.T) { newInputsBadInput(t, s) })
			t.Run("StoredFacts", func(t *testing.T) { storedFacts(t, s) })
			t.Run("StoredOrganisationFacts", func(t *testing.T) { storedOrgFacts(t, s) })
			t.Run("CSVExport", func(t *testing.T) { csvExport(t, s) })
			t.Run("CompareBatchSummary", func(t *testing.T) { batchSummary(t, s) })
			t.Run("CompareBatchStreamed", func(t *testing.T) { batchStreamed(t, s) })
			t.Run("CSVExportStreamed", func(t *testing.T) { csvStreamed(t, s) })
			t.Run("CompareWithKilledPlugin", func(t *testing.T) { killedPlugin(t, s) })
			t.Run("ReloadPlugin", func(t *testing.T) { reloadPlugin(t, s) })
		})
	}
}

// shenzhenBudgetFloors: one person-year, below, at and above the general (163,000) and the
// high-risk (169,000, 精神卫生) floors; money compared as exact strings.
func shenzhenBudgetFloors(t *testing.T, s *apptest.Server) {
	cases := []struct {
		domain, rule, labor, activities, floor, total, status string
	}{
		{"社会救助", "SZ-BUDGET-PACKAGE-MIN", "138550.00", "24449.99", "163000.00", "162999.99", "FAIL"},
		{"社会救助", "SZ-BUDGET-PACKAGE-MIN", "138550.00", "24450.00", "163000.00", "163000.00", "PASS"},
		{"社会救助", "SZ-BUDGET-PACKAGE-MIN", "138550.00", "24450.01", "163000.00", "163000.01", "PASS"},
		{"精神卫生", "SZ-BUDGET-PACKAGE-MIN-HIGH-RISK", "143650.00", "25349.99", "169000.00", "168999.99", "FAIL"},
		{"精神卫生", "SZ-BUDGET-PACKAGE-MIN-HIGH-RISK", "143650.00", "25350.00", "169000.00", "169000.00", "PASS"},
		{"精神卫生", "SZ-BUDGET-PACKAGE-MIN-HIGH-RISK", "143650.00", "25350.01", "169000.00", "169000.01", "PASS"},
		// 165,000 clears the general floor but not the high-risk one.
		{"精神卫生", "SZ-BUDGET-PACKAGE-MIN-HIGH-RISK", "143650.00", "21350.00", "169000.00", "165000.00", "FAIL"},
	}
	for _, c := range cases {
		t.Run(c.domain+"_"+c.total, func(t *testing.T) {
			ev := evaluate(t, s, "shenzhen", "2023-06-01", project1(c.domain, [2]string{"LABOR", c.labor}, [2]string{"ACTIVITIES", c.activities}))
			f := ev.finding(t, c.rule)
			if f.Status != c.status || str(f.Actual) != c.total || str(f.Required) != ">= "+c.floor {
				t.Errorf("%s: got %s actual %s required %s; want %s actual %s required >= %s",
					c.rule, f.Status, str(f.Actual), str(f.Required), c.status, c.total, c.floor)
			}
			if f.Region != "shenzhen" || f.Citation.Document == "" || f.Citation.Quote == "" || f.MessageZh == "" || f.MessageEn == "" {
				t.Errorf("finding lacks region, citation or messages: %+v", f)
			}
			if ev.Budget == nil || str(ev.Budget.MinimumTotal) != c.floor {
				t.Errorf("budget.minimumTotal: got %+v, want %s", ev.Budget, c.floor)
			}
			if c.status == "FAIL" {
				if ev.Status != "NON_COMPLIANT" || !strings.Contains(str(f.Remedy), "yuan short") {
					t.Errorf("status %s remedy %q; want NON_COMPLIANT and a remedy", ev.Status, str(f.Remedy))
				}
			}
			if len(ev.EvaluatedBy) != 1 || ev.EvaluatedBy[0].Region != "shenzhen" || ev.EvaluatedBy[0].Plugin != "builtin:shenzhen" ||
				ev.EvaluatedBy[0].PluginVersion == "" || len(ev.EvaluatedBy[0].RulesetHash) != 64 {
				t.Errorf("evaluatedBy: %+v", ev.EvaluatedBy)
			}
		})
	}
}

// zhuzhouStation: a Zhuzhou station is held to Hunan's station rules; the finding names hunan.
func zhuzhouStation(t *testing.T, s *apptest.Server) {
	facilities := []string{"单独的办公用房", "桌椅", "电脑", "打印机", "档案柜", "文具用品", "户外挂牌", "室内挂牌"}
	for _, c := range []struct {
		age            int
		status, actual string
	}{{41, "FAIL", "station.workers[0]: 41"}, {40, "PASS", ""}} {
		ev := evaluate(t, s, "zhuzhou", "2023-06-01", map[string]any{"station": map[string]any{
			"township": "攸县网岭镇", "facilities": facilities,
			"workers": []map[string]any{{"age": c.age, "education": "BACHELOR", "localHukou": true}},
		}})
		f := ev.finding(t, "HN-STAFF-AGE-MAX-40")
		if f.Region != "hunan" || f.Status != c.status || (c.actual != "" && str(f.Actual) != c.actual) {
			t.Errorf("age %d: %+v", c.age, f)
		}
		if c.status == "FAIL" && (ev.Status != "NON_COMPLIANT" || !strings.Contains(str(f.Remedy), "超龄 1 岁")) {
			t.Errorf("age 41: status %s remedy %q", ev.Status, str(f.Remedy))
		}
		var regions []string
		for _, r := range ev.EvaluatedBy {
			regions = append(regions, r.Region)
		}
		if !slices.Equal(regions, []string{"zhuzhou", "hunan"}) {
			t.Errorf("evaluatedBy regions %v, want [zhuzhou hunan]", regions)
		}
	}
}

// zhuzhouProjectThroughHunan: Hunan's 禾计划 governs township-station projects only. A Zhuzhou
// project in Zhuzhou's own term (城乡基层社会救助, which Hunan does not name) reaches Hunan as
// the shared code; an ordinary project is not judged by the station scheme, and a station
// project outside Hunan's four service areas fails it.
func zhuzhouProjectThroughHunan(t *testing.T, s *apptest.Server) {
	for _, c := range []struct {
		programme, domain, want string
	}{
		{"", "城乡基层社会救助", "NOT_APPLICABLE"},
		{"STATION", "城乡基层社会救助", "PASS"},
		{"STATION", "婚姻家庭", "FAIL"},
	} {
		p := map[string]any{"domain": c.domain, "headcount": 2, "months": 12}
		if c.programme != "" {
			p["programme"] = c.programme
		}
		ev := evaluate(t, s, "zhuzhou", "2023-06-01", map[string]any{"project": p})
		f := ev.finding(t, "HN-CATALOG-SERVICE-AREAS-4")
		if f.Region != "hunan" || f.Status != c.want {
			t.Errorf("programme %q domain %s: %+v, want %s", c.programme, c.domain, f, c.want)
		}
	}
}

// zhuzhouOneThird: 三分之一以上 includes one third exactly (3/9 passes) and uses exact
// fractions (2/9 and 3/10 fail; 3/10 is not rounded up to one third).
func zhuzhouOneThird(t *testing.T, s *apptest.Server) {
	for _, c := range []struct {
		staff, qualified int
		status, actual   string
	}{{9, 3, "PASS", "3/9"}, {9, 2, "FAIL", "2/9"}, {10, 3, "FAIL", "3/10"}, {10, 4, "PASS", "4/10"}} {
		ev := evaluate(t, s, "zhuzhou", "2023-06-01", map[string]any{"organization": map[string]any{
			"fullTimeStaff": c.staff, "qualifiedStaff": c.qualified, "partyMembers": 0,
		}})
		f := ev.finding(t, "ZZ-ORG-REG-QUALIFIED-STAFF-ONE-THIRD")
		if f.Status != c.status || str(f.Actual) != c.actual || f.Region != "zhuzhou" || str(f.Concept) != "staffing.qualified_share_min" {
			t.Errorf("%d/%d: %+v", c.qualified, c.staff, f)
		}
	}
}

// zhuzhouOrgDisclosureGovernance: the organisation's disclosures and governance bodies travel
// from GraphQL through the real zhuzhou and hunan plugin processes to the rules. A Zhuzhou
// organisation without a 监事会 fails ZZ-ORG-INTERNAL-GOVERNANCE naming it; with both bodies and
// every item of Zhuzhou's and Hunan's lists disclosed, everything passes. An empty list
// (nothing disclosed) fails, an omitted one is INSUFFICIENT_INPUT: the two stay apart across
// the protocol.
func zhuzhouOrgDisclosureGovernance(t *testing.T, s *apptest.Server) {
	const asOf = "2023-06-01"
	all := []string{"组织机构", "年报公告", "财务收支", "捐资使用", "服务内容", "奖惩情况", "基本情况", "专业资质", "年度财务报告", "社会服务项目经验"}
	org := func(fields map[string]any) map[string]any {
		o := map[string]any{"fullTimeStaff": 9, "qualifiedStaff": 3, "partyMembers": 0}
		for k, v := range fields {
			o[k] = v
		}
		return map[string]any{"organization": o}
	}

	ev := evaluate(t, s, "zhuzhou", asOf, org(map[string]any{"disclosures": all, "hasBoard": true, "hasSupervisoryBoard": false}))
	f := ev.finding(t, "ZZ-ORG-INTERNAL-GOVERNANCE")
	if f.Status != "FAIL" || f.Region != "zhuzhou" || str(f.Concept) != "governance.board" || !strings.Contains(str(f.Remedy), "须设立监事会") ||
		!strings.Contains(str(f.Remedy), "supervisory board") || strings.Contains(str(f.Remedy), "理事会、") || f.Citation.Clause != "四(一)" ||
		!strings.Contains(f.Citation.Quote, "健全理事会、监事会制度") {
		t.Errorf("no 监事会: %+v", f)
	}
	if ev.Status != "NON_COMPLIANT" {
		t.Errorf("no 监事会: status %s, want NON_COMPLIANT; findings %v", ev.Status, ev.rules())
	}

	// Everything given: the registration facts of 三(一) too (a county-level registration and
	// the twelve conditions of ZZ.governance.registration_conditions, by exact name).
	conditions := []string{"内部治理结构", "管理制度", "民主监督制度", "固定住所", "合法资产", "经济来源", "社会工作服务机构名称", "组织架构", "章程", "财务管理制度", "核算制度", "资产管理制度"}
	ev = evaluate(t, s, "zhuzhou", asOf, org(map[string]any{"disclosures": all, "hasBoard": true, "hasSupervisoryBoard": true,
		"registrationLevel": "COUNTY", "registrationConditions": conditions}))
	for _, rule := range []string{"ZZ-ORG-INTERNAL-GOVERNANCE", "ZZ-REPORT-INFO-DISCLOSURE", "HN-REPORT-CONTRACTOR-DISCLOSURE", "ZZ-ORG-REG-CONDITIONS"} {
		if f := ev.finding(t, rule); f.Status != "PASS" || f.Remedy != nil {
			t.Errorf("all given: %s %+v", rule, f)
		}
	}
	if f := ev.finding(t, "HN-REPORT-CONTRACTOR-DISCLOSURE"); f.Region != "hunan" || !strings.Contains(f.MessageZh, "承接主体") {
		t.Errorf("Hunan's rule through the chain: %+v", f)
	}
	if ev.Status != "COMPLIANT" {
		t.Errorf("all given: status %s, want COMPLIANT; findings %v", ev.Status, ev.rules())
	}

	ev = evaluate(t, s, "zhuzhou", asOf, org(map[string]any{"disclosures": []string{}, "hasBoard": true, "hasSupervisoryBoard": true}))
	if f := ev.finding(t, "ZZ-REPORT-INFO-DISCLOSURE"); f.Status != "FAIL" || !strings.Contains(str(f.Remedy), "须公开:组织机构、年报公告、财务收支、捐资使用、服务内容、奖惩情况") {
		t.Errorf("nothing disclosed: %+v", f)
	}
	ev = evaluate(t, s, "zhuzhou", asOf, org(map[string]any{"hasBoard": true, "hasSupervisoryBoard": true}))
	if f := ev.finding(t, "ZZ-REPORT-INFO-DISCLOSURE"); f.Status != "INSUFFICIENT_INPUT" || !strings.Contains(f.MessageEn, "organization.disclosures") {
		t.Errorf("disclosures not given: %+v", f)
	}
	if ev.Status != "INCOMPLETE" {
		t.Errorf("disclosures not given: status %s, want INCOMPLETE", ev.Status)
	}

	// A blank item is the caller's mistake, reported on its field path.
	r := s.GQL.Do(t, `query($s: SubjectInput!) { evaluate(region: "zhuzhou", subject: $s, asOf: "2023-06-01") { status } }`,
		map[string]any{"s": org(map[string]any{"disclosures": []string{"组织机构", " "}})})
	expectError(t, r, "BAD_USER_INPUT", "subject.organization.disclosures[1]")
}

// shenzhenExpired: the Shenzhen measures are in force 2020-11-12..2025-11-11; the day after,
// nothing applies and the evaluation says NOT_IN_FORCE rather than passing or failing.
func shenzhenExpired(t *testing.T, s *apptest.Server) {
	subject := project1("社会救助", [2]string{"LABOR", "1.00"})
	last := evaluate(t, s, "shenzhen", "2025-11-11", subject)
	if f := last.finding(t, "SZ-BUDGET-PACKAGE-MIN"); f.Status != "FAIL" {
		t.Errorf("2025-11-11 (last day): %s, want FAIL", f.Status)
	}
	ev := evaluate(t, s, "shenzhen", "2025-11-12", subject)
	if ev.Status != "NOT_IN_FORCE" || ev.AsOf != "2025-11-12" {
		t.Errorf("status %s asOf %s, want NOT_IN_FORCE 2025-11-12", ev.Status, ev.AsOf)
	}
	if f := ev.finding(t, "SZ-BUDGET-PACKAGE-MIN"); f.Status != "NOT_IN_FORCE" || !strings.Contains(str(f.Required), "2025-11-11") {
		t.Errorf("finding: %+v", f)
	}
}

type cell struct {
	Region, Concept, Status string
	Value, Unit, Reason     *string
	ValidFrom, ValidTo      *string
	InForce                 bool
	Citation                *citation
	RuleIds                 []string
}

func matrix(t *testing.T, s *apptest.Server, concepts []string, asOf string) map[string]cell {
	t.Helper()
	var out struct{ PolicyMatrix []cell }
	s.GQL.MustData(t, `query($c: [String!], $d: Date) { policyMatrix(concepts: $c, asOf: $d) {
		region concept status value unit reason validFrom validTo inForce ruleIds citation { document title clause quote } } }`,
		map[string]any{"c": concepts, "d": asOf}, &out)
	cells := map[string]cell{}
	for _, c := range out.PolicyMatrix {
		cells[c.Region+"/"+c.Concept] = c
	}
	if len(cells) != len(out.PolicyMatrix) {
		t.Errorf("duplicate cells in %d", len(out.PolicyMatrix))
	}
	return cells
}

func policyMatrix(t *testing.T, s *apptest.Server) {
	var concepts []string
	var pc struct{ PolicyConcepts []struct{ Key string } }
	s.GQL.MustData(t, `{ policyConcepts { key nameZh nameEn unit } }`, nil, &pc)
	for _, c := range pc.PolicyConcepts {
		if strings.HasPrefix(c.Key, "budget.") || strings.HasPrefix(c.Key, "staffing.") {
			concepts = append(concepts, c.Key)
		}
	}
	cells := matrix(t, s, concepts, "2023-06-01")
	if len(cells) != len(concepts)*5 {
		t.Fatalf("%d cells for %d concepts × 5 regions", len(cells), len(concepts))
	}
	sz := cells["shenzhen/budget.package_per_worker_year_min"]
	if sz.Status != "DEFINED" || str(sz.Value) != "163000.00" || !sz.InForce || sz.Citation == nil || sz.Citation.Quote == "" ||
		str(sz.ValidFrom) != "2020-11-12" || str(sz.ValidTo) != "2025-11-11" {
		t.Errorf("shenzhen package floor: %+v (citation %+v)", sz, sz.Citation)
	}
	if hn := cells["hunan/staffing.worker_age_max"]; hn.Status != "DEFINED" || str(hn.Value) != "40" || hn.Citation == nil {
		t.Errorf("hunan age max: %+v", hn)
	}
	if sc := cells["sichuan/budget.labor_share_min"]; sc.Status != "NOT_REGULATED" || sc.Value != nil || sc.Reason == nil {
		t.Errorf("sichuan labour share: %+v", sc)
	}
	// After the Shenzhen measures expired the cell stays DEFINED but has no value in force.
	after := matrix(t, s, []string{"budget.package_per_worker_year_min"}, "2025-11-12")["shenzhen/budget.package_per_worker_year_min"]
	if after.Status != "DEFINED" || after.Value != nil || after.InForce || !strings.Contains(str(after.Reason), "2025-11-12") {
		t.Errorf("shenzhen floor after expiry: %+v", after)
	}
	r := s.GQL.Do(t, `{ policyMatrix(concepts: ["budget.package_per_worker_year_min", "budget.nonsense"]) { region } }`, nil)
	expectError(t, r, "BAD_USER_INPUT", "concepts[1]")
}

// browse: the synced policy tables as Relay connections with region, concept, shared-code and
// validOn filters.
func browse(t *testing.T, s *apptest.Server) {
	q := `query($w: PolicyParameterWhereInput) { policyParameters(first: 10, where: $w) { totalCount edges { node { paramID value validFrom validTo region { code } } } } }`
	var out struct {
		PolicyParameters struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Value  string
					Region struct{ Code string }
				}
			}
		}
	}
	w := map[string]any{"region": "shenzhen", "concept": "budget.package_per_worker_year_min", "validOn": "2025-11-11"}
	s.GQL.MustData(t, q, map[string]any{"w": w}, &out)
	if out.PolicyParameters.TotalCount != 1 || out.PolicyParameters.Edges[0].Node.Value != "163000.00" || out.PolicyParameters.Edges[0].Node.Region.Code != "shenzhen" {
		t.Errorf("in force on the last day: %+v", out.PolicyParameters)
	}
	w["validOn"] = "2025-11-12"
	s.GQL.MustData(t, q, map[string]any{"w": w}, &out)
	if out.PolicyParameters.TotalCount != 0 {
		t.Errorf("validOn the day after expiry: %d rows", out.PolicyParameters.TotalCount)
	}

	var items struct {
		CatalogItems struct {
			TotalCount int
			Edges      []struct{ Node struct{ TermZh string } }
		}
	}
	s.GQL.MustData(t, `{ catalogItems(first: 10, where: {region: "shenzhen", sharedCode: "DOM-MENTAL"}) { totalCount edges { node { termZh sharedCodes } } } }`, nil, &items)
	found := false
	for _, e := range items.CatalogItems.Edges {
		found = found || e.Node.TermZh == "精神卫生"
	}
	if !found {
		t.Errorf("shenzhen DOM-MENTAL items: %+v", items)
	}

	var cov struct {
		PolicyCoverages struct {
			Edges []struct {
				Node struct{ Status, Reason string }
			}
		}
	}
	s.GQL.MustData(t, `{ policyCoverages(first: 5, where: {region: "sichuan", concept: "budget.labor_share_min"}) { edges { node { status reason } } } }`, nil, &cov)
	if len(cov.PolicyCoverages.Edges) != 1 || cov.PolicyCoverages.Edges[0].Node.Status != "NOT_REGULATED" {
		t.Errorf("sichuan coverage: %+v", cov)
	}
	var docs struct{ PolicyDocuments struct{ TotalCount int } }
	s.GQL.MustData(t, `{ policyDocuments(first: 10, where: {region: "shenzhen", validOn: "2023-06-01"}) { totalCount } }`, nil, &docs)
	if docs.PolicyDocuments.TotalCount < 1 {
		t.Errorf("shenzhen documents in force: %d", docs.PolicyDocuments.TotalCount)
	}
}

func compareBatch(t *testing.T, s *apptest.Server) {
	scenarios := []map[string]any{
		{"name": "at floor", "subject": project1("社会救助", [2]string{"LABOR", "138550.00"}, [2]string{"ACTIVITIES", "24450.00"})},
		{"name": "below floor", "subject": project1("社会救助", [2]string{"LABOR", "138550.00"}, [2]string{"ACTIVITIES", "24449.99"})},
		{"name": "one third", "subject": map[string]any{"organization": map[string]any{"fullTimeStaff": 9, "qualifiedStaff": 3, "partyMembers": 0}}},
	}
	var out struct {
		CompareBatch []struct {
			Name        string
			Evaluations []evaluation
		}
	}
	s.GQL.MustData(t, `query($s: [ScenarioInput!]!) { compareBatch(scenarios: $s, regions: ["shenzhen", "zhuzhou"], asOf: "2023-06-01") { name evaluations { `+evaluationFields+` } } }`,
		map[string]any{"s": scenarios}, &out)
	if len(out.CompareBatch) != 3 {
		t.Fatalf("%d results", len(out.CompareBatch))
	}
	for i, want := range []string{"at floor", "below floor", "one third"} {
		r := out.CompareBatch[i]
		if r.Name != want || len(r.Evaluations) != 2 || r.Evaluations[0].Region != "shenzhen" || r.Evaluations[1].Region != "zhuzhou" {
			t.Errorf("result %d: %s with %d evaluations", i, r.Name, len(r.Evaluations))
		}
	}
	if f := out.CompareBatch[0].Evaluations[0].finding(t, "SZ-BUDGET-PACKAGE-MIN"); f.Status != "PASS" {
		t.Errorf("at floor: %s", f.Status)
	}
	if f := out.CompareBatch[1].Evaluations[0].finding(t, "SZ-BUDGET-PACKAGE-MIN"); f.Status != "FAIL" {
		t.Errorf("below floor: %s", f.Status)
	}
	if f := out.CompareBatch[2].Evaluations[1].finding(t, "ZZ-ORG-REG-QUALIFIED-STAFF-ONE-THIRD"); f.Status != "PASS" {
		t.Errorf("one third: %s", f.Status)
	}

	// Over the cap: refused before any plugin call. Under one region, with a token, the
	// request is within its evaluation budget: the per-field cap is what refuses it.
	many := make([]map[string]any, 10001)
	for i := range many {
		many[i] = map[string]any{"name": fmt.Sprint(i), "subject": map[string]any{"worker": map[string]any{"age": 30}}}
	}
	r := s.As(s.Token(t, auth.Researcher, "", "batch cap")).Do(t,
		`query($s: [ScenarioInput!]!) { compareBatch(scenarios: $s, regions: ["shenzhen"]) { name } }`, map[string]any{"s": many})
	expectError(t, r, "LIMIT_EXCEEDED", "scenarios")
	// A scenario a region cannot read is named by its index.
	bad := []map[string]any{scenarios[0], {"name": "bad", "subject": map[string]any{"project": map[string]any{"domain": "火星探索", "headcount": 1}}}}
	r = s.GQL.Do(t, `query($s: [ScenarioInput!]!) { compareBatch(scenarios: $s, regions: ["shenzhen"]) { name } }`, map[string]any{"s": bad})
	expectError(t, r, "BAD_USER_INPUT", "scenarios[1].subject.project.domain")
}

func badInput(t *testing.T, s *apptest.Server) {
	worker := map[string]any{"worker": map[string]any{"age": 30}}
	r := s.GQL.Do(t, `query($s: SubjectInput!) { compare(subject: $s, regions: ["shenzhen", "atlantis"]) { region } }`, map[string]any{"s": worker})
	e := expectError(t, r, "BAD_USER_INPUT", "regions[1]")
	if acc, _ := e.Extensions["accepted"].([]any); len(acc) != 5 {
		t.Errorf("accepted regions: %v", e.Extensions["accepted"])
	}
	r = s.GQL.Do(t, `query($s: SubjectInput!) { evaluate(region: "atlantis", subject: $s) { region } }`, map[string]any{"s": worker})
	expectError(t, r, "BAD_USER_INPUT", "region")

	r = s.GQL.Do(t, `query($s: SubjectInput!) { evaluate(region: "shenzhen", subject: $s, asOf: "2023-06-01") { region } }`,
		map[string]any{"s": map[string]any{"project": map[string]any{"domain": "火星探索", "headcount": 1}}})
	e = expectError(t, r, "BAD_USER_INPUT", "subject.project.domain")
	acc, _ := e.Extensions["accepted"].([]any)
	if !slices.Contains(acc, any("精神卫生")) {
		t.Errorf("accepted domains lack 精神卫生: %v", acc)
	}

	r = s.GQL.Do(t, `query($s: SubjectInput!) { evaluate(region: "shenzhen", subject: $s) { region } }`,
		map[string]any{"s": map[string]any{"worker": map[string]any{"age": 30}, "organization": map[string]any{"fullTimeStaff": 3}}})
	expectError(t, r, "BAD_USER_INPUT", "subject")
	r = s.GQL.Do(t, `{ evaluate(region: "shenzhen", subject: {}) { region } }`, nil)
	expectError(t, r, "BAD_USER_INPUT", "subject")

	// Enum, Money and Date scalars are checked before any plugin is called.
	p := project1("社会救助", [2]string{"FOOD", "1.00"})
	r = s.GQL.Do(t, `query($s: SubjectInput!) { evaluate(region: "shenzhen", subject: $s) { region } }`, map[string]any{"s": p})
	expectError(t, r, "BAD_USER_INPUT", "s.project.budget[0].category")
	p = project1("社会救助", [2]string{"LABOR", "1.001"})
	r = s.GQL.Do(t, `query($s: SubjectInput!) { evaluate(region: "shenzhen", subject: $s) { region } }`, map[string]any{"s": p})
	// A custom scalar is decoded with the field's arguments, so its path starts at the argument.
	expectError(t, r, "BAD_USER_INPUT", "subject.project.budget[0].amount")
	r = s.GQL.Do(t, `{ evaluate(region: "shenzhen", subject: {worker: {age: 30}}, asOf: "2023-02-30") { region } }`, nil)
	expectError(t, r, "BAD_USER_INPUT", "asOf")
}

// assessProject: a stored Shenzhen project is assessed from its own data (budget lines,
// workers' certificates, ages and 学时 over the last 12 months), stored with the plugin refs,
// listed under the project, and reproduced exactly by a second run.
func assessProject(t *testing.T, s *apptest.Server) {
	ctx := auth.System(context.Background())
	admin := s.As(s.Token(t, auth.Admin, "", "e2e assess"))
	c := s.App.DB.Client
	sz, err := c.Region.Query().Where(region.Code("shenzhen")).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	p := c.Project.Create().SetName("深圳测试项目（示例）").SetPurchaser("福田区民政局").SetDomain("社会救助").
		SetPurchaseMode(project.PurchaseModePOST).SetStartsOn(day("2023-01-01")).SetEndsOn(day("2023-12-31")).
		SetContractSignedOn(day("2022-12-20")).SetCycleYears(3).
		SetHeadcount(1).SetProfessionalPosts(1).SetSupervisedWorkers(1).SetRegion(sz).SaveX(ctx)
	c.BudgetLine.Create().SetProject(p).SetCategory(budgetline.CategoryLABOR).SetAmount(13855000).SaveX(ctx)
	c.BudgetLine.Create().SetProject(p).SetCategory(budgetline.CategoryACTIVITIES).SetAmount(2444999).SaveX(ctx) // one fen short
	w := c.SocialWorker.Create().SetName("测试社工（示例）").SetRegion(sz).SetBirthDate(day("1990-05-01")).
		SetEducation(socialworker.EducationBACHELOR).SetCertificateLevel(socialworker.CertificateLevelASSISTANT).
		AddProjects(p).SaveX(ctx)
	// 60 学时 inside the 12 months up to 2023-06-01, 20 on its first day, 100 before it, and
	// 50 clock hours that are not 学时: 80 count.
	for _, tr := range []struct {
		hours int
		date  string
		unit  trainingrecord.Unit
	}{{60, "2023-03-01", trainingrecord.UnitCLASS_HOUR}, {20, "2022-06-02", trainingrecord.UnitCLASS_HOUR},
		{100, "2022-06-01", trainingrecord.UnitCLASS_HOUR}, {50, "2023-04-01", trainingrecord.UnitHOUR}} {
		c.TrainingRecord.Create().SetWorker(w).SetHours(tr.hours).SetUnit(tr.unit).SetDate(day(tr.date)).
			SetKind(trainingrecord.KindCONTINUING_EDUCATION).SaveX(ctx)
	}

	type stored struct {
		ID         string
		AsOf       string
		Status     string
		Findings   []finding
		PluginRefs []struct{ Region, Plugin, PluginVersion, RulesetHash string }
		Project    struct{ ID string }
	}
	assess := func() stored {
		var out struct{ AssessProject stored }
		admin.MustData(t, `mutation($id: ID!) { assessProject(id: $id, asOf: "2023-06-01") {
			id asOf status project { id }
			findings { ruleId region concept status actual required remedy messageZh messageEn citation { document title clause quote } }
			pluginRefs { region plugin pluginVersion rulesetHash } } }`, map[string]any{"id": p.ID}, &out)
		return out.AssessProject
	}
	a1, a2 := assess(), assess()
	if a1.Status != "NON_COMPLIANT" || a1.AsOf != "2023-06-01" || a1.Project.ID != fmt.Sprint(p.ID) {
		t.Errorf("assessment: %+v", a1)
	}
	ev := evaluation{Region: "shenzhen", Findings: a1.Findings}
	if f := ev.finding(t, "SZ-BUDGET-PACKAGE-MIN"); f.Status != "FAIL" || str(f.Actual) != "162999.99" || str(f.Required) != ">= 163000.00" {
		t.Errorf("package floor from stored budget: %+v", f)
	}
	if f := ev.finding(t, "SZ-STAFF-CE-80H"); f.Status != "PASS" || !strings.Contains(str(f.Actual), "80") {
		t.Errorf("training from stored records (80 学时 in the window): %+v", f)
	}
	if len(a1.PluginRefs) != 1 || a1.PluginRefs[0].Region != "shenzhen" || a1.PluginRefs[0].PluginVersion == "" || len(a1.PluginRefs[0].RulesetHash) != 64 {
		t.Errorf("plugin refs: %+v", a1.PluginRefs)
	}
	j1, _ := json.Marshal(a1.Findings)
	j2, _ := json.Marshal(a2.Findings)
	if a1.ID == a2.ID || string(j1) != string(j2) || a1.PluginRefs[0] != a2.PluginRefs[0] {
		t.Errorf("re-run differs:\n%s\n%s", j1, j2)
	}
	// Stored, and listed under the project.
	var node struct {
		Node struct {
			Assessments struct {
				TotalCount int
				Edges      []struct{ Node struct{ ID, Status string } }
			}
		}
	}
	s.GQL.MustData(t, `query($id: ID!) { node(id: $id) { ... on Project { assessments(first: 10) { totalCount edges { node { id status } } } } } }`,
		map[string]any{"id": p.ID}, &node)
	if node.Node.Assessments.TotalCount != 2 {
		t.Errorf("project assessments: %+v", node.Node.Assessments)
	}
	if n := c.Assessment.Query().CountX(ctx); n != 2 {
		t.Errorf("%d stored assessments", n)
	}
	r := admin.Do(t, `mutation { assessProject(id: "999999999") { id } }`, nil)
	if len(r.Errors) == 0 || r.Errors[0].Code() != "NOT_FOUND" {
		t.Errorf("unknown project: %s", r.ErrorString())
	}
}

// assessmentOut is a stored assessment as assessStation and assessOrganization answer it.
type assessmentOut struct {
	ID, AsOf, Status      string
	Findings              []finding
	PluginRefs            []struct{ Region, Plugin, PluginVersion, RulesetHash string }
	Station, Organization *struct{ ID string }
}

const assessmentFields = `id asOf status station { id } organization { id }
	findings { ruleId region concept status actual required remedy messageZh messageEn citation { document title clause quote } }
	pluginRefs { region plugin pluginVersion rulesetHash }`

// assessAs calls an assess mutation (assessStation, assessOrganization) and returns the stored
// assessment.
func assessAs(t *testing.T, c *gqltest.Client, mutation string, id int, asOf string) assessmentOut {
	t.Helper()
	var out map[string]assessmentOut
	c.MustData(t, `mutation($id: ID!, $d: Date) { `+mutation+`(id: $id, asOf: $d) { `+assessmentFields+` } }`,
		map[string]any{"id": id, "d": asOf}, &out)
	return out[mutation]
}

// auditedOK counts the ok audit entries of an action on stored assessments.
func auditedOK(t *testing.T, s *apptest.Server, action string) int {
	t.Helper()
	return s.App.DB.Client.AuditLog.Query().Where(auditlog.Action(action), auditlog.OutcomeEQ(auditlog.OutcomeOk),
		auditlog.EntityType(ent.TypeAssessment)).CountX(auth.System(context.Background()))
}

// assessStation: a stored Hunan station is assessed from its own workers, whose age is taken
// on asOf: the worker born 1982-06-02 is 40 on 2023-06-01 (HN-STAFF-AGE-MAX-40 passes: 40岁以下
// includes 40) and 41 the next day (it fails, naming the worker's path). Each call stores an
// assessment under the station, stamped with Hunan's plugin and audited. An operator of another
// region, and one of a region inside Hunan, are refused before anything is stored; an unknown id,
// and the id of an organisation, are NOT_FOUND.
func assessStation(t *testing.T, s *apptest.Server) {
	ctx := auth.System(context.Background())
	admin := s.As(adminOf(t, s))
	c := s.App.DB.Client
	hn := c.Region.Query().Where(region.Code("hunan")).OnlyX(ctx)
	birth, _ := time.Parse(time.DateOnly, "1982-06-02")
	w := c.SocialWorker.Create().SetName("湖南驻站社工（示例）").SetRegion(hn).SetBirthDate(birth).
		SetEducation(socialworker.EducationBACHELOR).SetLocalHukou(true).SaveX(ctx)
	st := c.Station.Create().SetName("湖南测试社工站（示例）").SetTownship("测试镇").SetCounty("测试县").
		SetRegion(hn).AddWorkers(w).SaveX(ctx)
	audited := auditedOK(t, s, "assessStation")

	for _, tc := range []struct {
		asOf, status, actual string
	}{{"2023-06-01", "PASS", "station.workers[0]: 40"}, {"2023-06-02", "FAIL", "station.workers[0]: 41"}} {
		a := assessAs(t, admin, "assessStation", st.ID, tc.asOf)
		f := evaluation{Region: "hunan", Findings: a.Findings}.finding(t, "HN-STAFF-AGE-MAX-40")
		if f.Status != tc.status || f.Region != "hunan" || (tc.status == "FAIL" && str(f.Actual) != tc.actual) {
			t.Errorf("stored worker on %s: %+v, want %s %s", tc.asOf, f, tc.status, tc.actual)
		}
		if tc.status == "FAIL" && (a.Status != "NON_COMPLIANT" || !strings.Contains(str(f.Remedy), "超龄 1 岁")) {
			t.Errorf("41 on %s: status %s remedy %q, want NON_COMPLIANT and 超龄 1 岁", tc.asOf, a.Status, str(f.Remedy))
		}
		if a.AsOf != tc.asOf || a.Station == nil || a.Station.ID != fmt.Sprint(st.ID) || a.Organization != nil {
			t.Errorf("assessment on %s: %+v", tc.asOf, a)
		}
		if len(a.PluginRefs) != 1 || a.PluginRefs[0].Region != "hunan" || a.PluginRefs[0].Plugin != "builtin:hunan" ||
			a.PluginRefs[0].PluginVersion == "" || len(a.PluginRefs[0].RulesetHash) != 64 {
			t.Errorf("plugin refs: %+v", a.PluginRefs)
		}
	}
	// Stored, listed under the station, and audited once per call.
	var node struct {
		Node struct{ Assessments struct{ TotalCount int } }
	}
	s.GQL.MustData(t, `query($id: ID!) { node(id: $id) { ... on Station { assessments(first: 10) { totalCount } } } }`,
		map[string]any{"id": st.ID}, &node)
	if node.Node.Assessments.TotalCount != 2 {
		t.Errorf("station assessments: %+v", node.Node.Assessments)
	}
	if n := auditedOK(t, s, "assessStation") - audited; n != 2 {
		t.Errorf("%d ok audit entries for 2 station assessments", n)
	}

	// Refused before the plugins are asked, nothing stored: Shenzhen's operator, and Zhuzhou's
	// (a region inside Hunan cannot assess Hunan's own station).
	before := c.Assessment.Query().CountX(ctx)
	for _, region := range []string{"shenzhen", "zhuzhou"} {
		op := s.As(s.Token(t, auth.Operator, region, "e2e assess station "+region))
		r := op.Do(t, `mutation($id: ID!) { assessStation(id: $id, asOf: "2023-06-02") { id } }`, map[string]any{"id": st.ID})
		if e := expectError(t, r, "FORBIDDEN", ""); !strings.Contains(e.Message, "assessStation") || !strings.Contains(e.Message, "hunan") {
			t.Errorf("operator of %s: message %q should name assessStation and the station's region", region, e.Message)
		}
	}
	if after := c.Assessment.Query().CountX(ctx); after != before {
		t.Errorf("refused assessStation stored something: %d → %d assessments", before, after)
	}
	org := c.Organization.Create().SetName("湖南测试机构（示例）").SetUnifiedSocialCreditCode(testCreditCode(t, "430000", "A0000001")).
		SetRegistrationLevel(organization.RegistrationLevelPROVINCE).SetRegion(hn).SaveX(ctx)
	for _, id := range []int{999999999, org.ID} {
		expectError(t, admin.Do(t, `mutation($id: ID!) { assessStation(id: $id) { id } }`, map[string]any{"id": id}), "NOT_FOUND", "")
	}
}

// assessOrganization: a stored Zhuzhou organisation is assessed through the chain — Zhuzhou's
// rules read its stored staff (2 qualified of 9 fall short of one third) and Hunan's answer too
// (no disclosures stored: not given) — with a plugin ref for each region. Hunan's
// operator may assess it (a region inside its scope), Shenzhen's may not; an unknown id, and the
// id of a region, are NOT_FOUND; with Hunan's plugin killed the call is PLUGIN_UNAVAILABLE and
// stores nothing.
func assessOrganization(t *testing.T, s *apptest.Server) {
	ctx := auth.System(context.Background())
	admin := s.As(adminOf(t, s))
	c := s.App.DB.Client
	zz := c.Region.Query().Where(region.Code("zhuzhou")).OnlyX(ctx)
	org := c.Organization.Create().SetName("株洲测试社工服务社（示例）").SetUnifiedSocialCreditCode(testCreditCode(t, "430200", "A0000002")).
		SetRegistrationLevel(organization.RegistrationLevelCOUNTY).SetFullTimeStaff(9).SetQualifiedStaff(2).SetRegion(zz).SaveX(ctx)
	audited := auditedOK(t, s, "assessOrganization")

	hunanOp := s.As(s.Token(t, auth.Operator, "hunan", "e2e assess organisation hunan"))
	a := assessAs(t, hunanOp, "assessOrganization", org.ID, "2023-06-01")
	ev := evaluation{Region: "zhuzhou", Findings: a.Findings}
	if f := ev.finding(t, "ZZ-ORG-REG-QUALIFIED-STAFF-ONE-THIRD"); f.Status != "FAIL" || f.Region != "zhuzhou" || str(f.Actual) != "2/9" {
		t.Errorf("qualified staff from the stored organisation: %+v", f)
	}
	if f := ev.finding(t, "HN-REPORT-CONTRACTOR-DISCLOSURE"); f.Status != "INSUFFICIENT_INPUT" || f.Region != "hunan" {
		t.Errorf("hunan's disclosure rule on a stored organisation without disclosures: %+v", f)
	}
	var refs []string
	for _, r := range a.PluginRefs {
		if r.PluginVersion == "" || len(r.RulesetHash) != 64 || r.Plugin != "builtin:"+r.Region {
			t.Errorf("plugin ref: %+v", r)
		}
		refs = append(refs, r.Region)
	}
	if !slices.Equal(refs, []string{"zhuzhou", "hunan"}) {
		t.Errorf("plugin refs of %v, want [zhuzhou hunan]", refs)
	}
	if a.Status != "NON_COMPLIANT" || a.AsOf != "2023-06-01" || a.Organization == nil || a.Organization.ID != fmt.Sprint(org.ID) || a.Station != nil {
		t.Errorf("assessment: %+v", a)
	}
	var node struct {
		Node struct{ Assessments struct{ TotalCount int } }
	}
	s.GQL.MustData(t, `query($id: ID!) { node(id: $id) { ... on Organization { assessments(first: 10) { totalCount } } } }`,
		map[string]any{"id": org.ID}, &node)
	if node.Node.Assessments.TotalCount != 1 {
		t.Errorf("organisation assessments: %+v", node.Node.Assessments)
	}
	if n := auditedOK(t, s, "assessOrganization") - audited; n != 1 {
		t.Errorf("%d ok audit entries for 1 organisation assessment", n)
	}

	before := c.Assessment.Query().CountX(ctx)
	szOp := s.As(s.Token(t, auth.Operator, "shenzhen", "e2e assess organisation shenzhen"))
	r := szOp.Do(t, `mutation($id: ID!) { assessOrganization(id: $id) { id } }`, map[string]any{"id": org.ID})
	if e := expectError(t, r, "FORBIDDEN", ""); !strings.Contains(e.Message, "assessOrganization") {
		t.Errorf("message %q should name assessOrganization", e.Message)
	}
	for _, id := range []int{999999999, zz.ID} {
		expectError(t, admin.Do(t, `mutation($id: ID!) { assessOrganization(id: $id) { id } }`, map[string]any{"id": id}), "NOT_FOUND", "")
	}

	// A region of the chain down: no assessment that would read as a verdict without it.
	hunan := plugins(t, s)["hunan"]
	if err := syscall.Kill(*hunan.Pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	r = admin.Do(t, `mutation($id: ID!) { assessOrganization(id: $id, asOf: "2023-06-01") { id } }`, map[string]any{"id": org.ID})
	expectError(t, r, "PLUGIN_UNAVAILABLE", "")
	waitRestarted(t, s, "hunan", *hunan.Pid)
	if after := c.Assessment.Query().CountX(ctx); after != before {
		t.Errorf("refused or failed assessOrganization stored something: %d → %d assessments", before, after)
	}
}

// testCreditCode is a valid unified social credit code of a social organisation (52) in an
// administrative division, for organisations the tests create.
func testCreditCode(t *testing.T, division, serial string) string {
	t.Helper()
	code, err := creditcode.Build("52", division, serial)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// findingOf returns the finding of a rule with a concept: a rule may answer for more than one
// concept (SZ-CONTRACT-CYCLE-3Y: the cycle and the purchase mode of clause 十三).
func (e evaluation) findingOf(t *testing.T, rule, concept string) finding {
	t.Helper()
	for _, f := range e.Findings {
		if f.RuleID == rule && str(f.Concept) == concept {
			return f
		}
	}
	t.Fatalf("no finding %s / %s under %s; have %v", rule, concept, e.Region, e.rules())
	return finding{}
}

// purchaseMode: the purchase mode travels from GraphQL (and from a stored project) through the
// plugin protocol to the rules. Shenzhen requires project purchase for a contract signed from
// 2020-11-12 — POST fails with a remedy, PROJECT passes (and with everything else at its
// boundary the project is COMPLIANT); Zhuzhou accepts both forms; assessProject reads the
// stored mode, and a change to the stored mode changes the finding.
func purchaseMode(t *testing.T, s *apptest.Server) {
	const asOf = "2023-06-01"
	at := func(mode string) map[string]any {
		subj := project1("社会救助", [2]string{"LABOR", "138550.00"}, [2]string{"SUPERVISION", "4200.00"}, [2]string{"ACTIVITIES", "20250.00"})
		if mode != "" {
			subj["project"].(map[string]any)["purchaseMode"] = mode
		}
		return subj
	}
	const rule, concept = "SZ-CONTRACT-CYCLE-3Y", "contract.purchase_mode"

	ev := evaluate(t, s, "shenzhen", asOf, at("POST"))
	f := ev.findingOf(t, rule, concept)
	if f.Status != "FAIL" || str(f.Actual) != "POST (岗位购买)" || str(f.Required) != "PROJECT (项目购买)" ||
		!strings.Contains(str(f.Remedy), "改为项目购买方式") || !strings.Contains(str(f.Remedy), "switch to project-based purchase") ||
		f.Region != "shenzhen" || !strings.Contains(f.Citation.Quote, "采取项目购买方式") || f.Citation.Clause != "十三" {
		t.Errorf("POST signed 2021-01-01: %+v", f)
	}
	if ev.Status != "NON_COMPLIANT" {
		t.Errorf("POST: status %s, want NON_COMPLIANT; findings %v", ev.Status, ev.rules())
	}
	// The cycle of the same sentence is judged on its own: 3 years still passes.
	if c := ev.findingOf(t, rule, "contract.cycle_years"); c.Status != "PASS" {
		t.Errorf("cycle next to a failing mode: %+v", c)
	}

	// With the evaluations of clause 十四 on record, the worker recruited through the platform
	// (clause 五), the project approved into the library before its budget was declared (十二) and
	// its design stating the five items of 十三, everything else is at its boundary.
	complete := at("PROJECT")
	cp := complete["project"].(map[string]any)
	cp["evaluations"] = []map[string]any{
		{"kind": "PROFESSIONAL", "evaluatedOn": "2022-06-30"}, {"kind": "PERFORMANCE", "evaluatedOn": "2022-12-31"}}
	w := cp["workers"].([]map[string]any)[0]
	w["hiredOn"], w["platformFiled"], w["recruitedViaPlatform"] = "2021-01-01", true, true
	cp["establishedOn"], cp["libraryApprovedOn"], cp["budgetDeclaredOn"] = "2020-12-01", "2020-12-10", "2020-12-10"
	cp["specification"] = []string{"需求调查", "岗位数量", "职级设置", "服务标准", "考核指标"}
	ev = evaluate(t, s, "shenzhen", asOf, complete)
	if f := ev.findingOf(t, rule, concept); f.Status != "PASS" || str(f.Actual) != "PROJECT (项目购买)" || f.Remedy != nil {
		t.Errorf("PROJECT signed 2021-01-01: %+v", f)
	}
	if ev.Status != "COMPLIANT" {
		t.Errorf("PROJECT at every boundary: status %s, want COMPLIANT; findings %v", ev.Status, ev.rules())
	}

	ev = evaluate(t, s, "shenzhen", asOf, at(""))
	if f := ev.findingOf(t, rule, concept); f.Status != "INSUFFICIENT_INPUT" || !strings.Contains(f.MessageEn, "project.purchaseMode") {
		t.Errorf("no purchase mode: %+v", f)
	}
	if ev.Status != "INCOMPLETE" {
		t.Errorf("no purchase mode: status %s, want INCOMPLETE", ev.Status)
	}

	// Zhuzhou names both forms (以购买社会工作岗位和服务项目的形式): POST passes there.
	ev = evaluate(t, s, "zhuzhou", asOf, at("POST"))
	if f := ev.finding(t, "ZZ-CONTRACT-PURCHASE-FORMS"); f.Status != "PASS" || f.Region != "zhuzhou" || str(f.Concept) != concept {
		t.Errorf("zhuzhou POST: %+v", f)
	}

	// Researchers see the two regions side by side in the matrix, from the synced tables.
	cells := matrix(t, s, []string{concept}, asOf)
	if c := cells["shenzhen/"+concept]; c.Status != "DEFINED" || str(c.Value) != "PROJECT" || !c.InForce ||
		c.Citation == nil || !strings.Contains(c.Citation.Quote, "采取项目购买方式") {
		t.Errorf("matrix shenzhen/%s: %+v", concept, c)
	}
	if c := cells["zhuzhou/"+concept]; c.Status != "DEFINED" || str(c.Value) != "POST、PROJECT" || !slices.Contains(c.RuleIds, "ZZ-CONTRACT-PURCHASE-FORMS") {
		t.Errorf("matrix zhuzhou/%s: %+v", concept, c)
	}

	// A stored Shenzhen project: its purchase_mode reaches the finding.
	ctx := auth.System(context.Background())
	admin := s.As(s.Token(t, auth.Admin, "", "e2e purchase mode"))
	c := s.App.DB.Client
	sz, err := c.Region.Query().Where(region.Code("shenzhen")).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	p := c.Project.Create().SetName("深圳项目购买测试（示例）").SetPurchaser("南山区民政局").SetDomain("社会救助").
		SetPurchaseMode(project.PurchaseModePROJECT).SetStartsOn(day("2023-01-01")).SetEndsOn(day("2023-12-31")).
		SetContractSignedOn(day("2022-12-20")).SetCycleYears(3).
		SetHeadcount(1).SetProfessionalPosts(1).SetSupervisedWorkers(1).SetRegion(sz).SaveX(ctx)
	assess := func() finding {
		t.Helper()
		var out struct{ AssessProject struct{ Findings []finding } }
		admin.MustData(t, `mutation($id: ID!) { assessProject(id: $id, asOf: "2023-06-01") {
			findings { ruleId region concept status actual required remedy messageZh messageEn citation { document title clause quote } } } }`,
			map[string]any{"id": p.ID}, &out)
		return evaluation{Region: "shenzhen", Findings: out.AssessProject.Findings}.findingOf(t, rule, concept)
	}
	if f := assess(); f.Status != "PASS" || str(f.Actual) != "PROJECT (项目购买)" {
		t.Errorf("stored PROJECT project: %+v", f)
	}
	// Switched to per-post purchase through the API, the next assessment fails it.
	admin.MustData(t, `mutation($id: ID!) { updateProject(id: $id, input: {purchaseMode: POST}) { purchaseMode } }`,
		map[string]any{"id": p.ID}, nil)
	if f := assess(); f.Status != "FAIL" || str(f.Actual) != "POST (岗位购买)" || !strings.Contains(str(f.Remedy), "改为项目购买方式") {
		t.Errorf("stored POST project: %+v", f)
	}
}

type pluginStatus struct {
	Region, Name, Version, State string
	Pid                          *int
	Restarts                     int
	LastError                    *string
	Builtin                      bool
	RulesetHash                  *string
}

var (
	adminsMu sync.Mutex
	admins   = map[*apptest.Server]string{}
)

// adminOf returns an admin token of s, created on first use.
func adminOf(t *testing.T, s *apptest.Server) string {
	adminsMu.Lock()
	defer adminsMu.Unlock()
	if tok, ok := admins[s]; ok {
		return tok
	}
	tok := s.Token(t, auth.Admin, "", "e2e admin")
	admins[s] = tok
	return tok
}

func plugins(t *testing.T, s *apptest.Server) map[string]pluginStatus {
	t.Helper()
	var out struct{ Plugins []pluginStatus }
	// Process ids are for admins only.
	s.As(adminOf(t, s)).MustData(t, `{ plugins { region name version state pid restarts lastError builtin rulesetHash } }`, nil, &out)
	m := map[string]pluginStatus{}
	for _, p := range out.Plugins {
		m[p.Region] = p
	}
	return m
}

func compareAll(t *testing.T, s *apptest.Server) []evaluation {
	t.Helper()
	var out struct{ Compare []evaluation }
	s.GQL.MustData(t, `query($s: SubjectInput!) { compare(subject: $s, asOf: "2023-06-01") { `+evaluationFields+` } }`,
		map[string]any{"s": map[string]any{"worker": map[string]any{"age": 41, "education": "BACHELOR", "certificate": "ASSISTANT", "trainingHoursPerYear": 80}}}, &out)
	return out.Compare
}

// killedPlugin: SIGKILL the Shenzhen plugin; compare still answers for the other four and
// marks Shenzhen PLUGIN_UNAVAILABLE; the plugin is restarted and Shenzhen answers again.
func killedPlugin(t *testing.T, s *apptest.Server) {
	before := plugins(t, s)
	sz := before["shenzhen"]
	if len(before) != 5 || sz.State != "READY" || sz.Pid == nil || !sz.Builtin || sz.Name != "builtin:shenzhen" {
		t.Fatalf("plugins: %+v", before)
	}
	if err := syscall.Kill(*sz.Pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	evs := compareAll(t, s)
	if len(evs) != 5 {
		t.Fatalf("%d evaluations", len(evs))
	}
	for _, ev := range evs {
		if ev.Region == "shenzhen" {
			if ev.Error == nil || ev.Error.Code != "PLUGIN_UNAVAILABLE" || ev.Error.Region != "shenzhen" || len(ev.Findings) != 0 {
				t.Errorf("shenzhen with its plugin killed: %+v", ev)
			}
			continue
		}
		if ev.Error != nil || len(ev.EvaluatedBy) == 0 || ev.EvaluatedBy[0].Region != ev.Region {
			t.Errorf("%s should answer: error %+v, evaluated by %+v", ev.Region, ev.Error, ev.EvaluatedBy)
		}
	}
	waitRestarted(t, s, "shenzhen", *sz.Pid)
	after := plugins(t, s)["shenzhen"]
	if after.Pid == nil || *after.Pid == *sz.Pid || after.Restarts < 1 {
		t.Errorf("shenzhen after restart: %+v (was pid %d)", after, *sz.Pid)
	}
	for _, ev := range compareAll(t, s) {
		if ev.Error != nil || len(ev.EvaluatedBy) == 0 {
			t.Errorf("%s after recovery: %+v", ev.Region, ev.Error)
		}
		if ev.Region == "shenzhen" && len(ev.Findings) == 0 {
			t.Errorf("shenzhen answers again but without findings")
		}
	}
}

// waitRestarted waits until a new process serves a region whose plugin process pid was killed
// (the host noticed the death, not just "READY" because it has not noticed yet).
func waitRestarted(t *testing.T, s *apptest.Server, region string, pid int) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		st := plugins(t, s)[region]
		if st.State == "READY" && st.Pid != nil && *st.Pid != pid {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s not restarted: %+v", region, st)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// reloadPlugin: FORBIDDEN without a token or with a researcher's, UNAUTHENTICATED with an
// unknown one; with an admin token, a fresh process serves the region and the policy tables
// are re-synced.
func reloadPlugin(t *testing.T, s *apptest.Server) {
	const m = `mutation { reloadPlugin(region: "hunan") { region state pid version rulesetHash } }`
	r := s.GQL.Do(t, m, nil)
	expectError(t, r, "FORBIDDEN", "")
	wrong := s.As("sgt_" + strings.Repeat("A", 43))
	expectError(t, wrong.Do(t, m, nil), "UNAUTHENTICATED", "")
	expectError(t, s.As(s.Token(t, auth.Researcher, "", "e2e researcher")).Do(t, m, nil), "FORBIDDEN", "")

	before := plugins(t, s)["hunan"]
	admin := s.As(s.Token(t, auth.Admin, "", "e2e reload"))
	var out struct{ ReloadPlugin pluginStatus }
	admin.MustData(t, m, nil, &out)
	got := out.ReloadPlugin
	if got.Region != "hunan" || got.State != "READY" || got.Pid == nil || *got.Pid == *before.Pid || str(got.RulesetHash) != str(before.RulesetHash) {
		t.Errorf("reloaded: %+v, before %+v", got, before)
	}
	expectError(t, admin.Do(t, `mutation { reloadPlugin(region: "atlantis") { state } }`, nil), "BAD_USER_INPUT", "region")
	// Still answering, and the matrix still reads Hunan from the synced tables.
	if c := matrix(t, s, []string{"staffing.worker_age_max"}, "2023-06-01")["hunan/staffing.worker_age_max"]; str(c.Value) != "40" {
		t.Errorf("hunan after reload: %+v", c)
	}
}

// csvExport: the CSV exports over real HTTP, answered by the real plugin processes. The
// example scenario file of the compare command, POSTed as it is, and the matrix; both start
// with a UTF-8 BOM (Excel reads the Chinese text right) and parse as CSV with one header.
func csvExport(t *testing.T, s *apptest.Server) {
	example, err := os.ReadFile("../../cmd/shegong/testdata/compare-example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fetch := func(method, path string, body []byte) []map[string]string {
		t.Helper()
		req, _ := http.NewRequest(method, s.URL+path, bytes.NewReader(body))
		if body != nil {
			req.Header.Set("Content-Type", "application/yaml")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		data, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
			t.Fatalf("%s %s: HTTP %d %s: %.300s", method, path, resp.StatusCode, resp.Header.Get("Content-Type"), data)
		}
		rest, ok := bytes.CutPrefix(data, []byte("\xef\xbb\xbf"))
		if !ok {
			t.Fatalf("%s %s: no UTF-8 BOM at the start: %q", method, path, data[:min(len(data), 16)])
		}
		recs, err := csv.NewReader(bytes.NewReader(rest)).ReadAll()
		if err != nil {
			t.Fatalf("%s %s: not CSV: %v", method, path, err)
		}
		if len(recs) < 2 {
			t.Fatalf("%s %s: %d lines", method, path, len(recs))
		}
		var out []map[string]string
		for _, r := range recs[1:] {
			m := map[string]string{}
			for i, col := range recs[0] {
				m[col] = r[i]
			}
			out = append(out, m)
		}
		return out
	}
	find := func(rows []map[string]string, want map[string]string) map[string]string {
		t.Helper()
	next:
		for _, r := range rows {
			for k, v := range want {
				if r[k] != v {
					continue next
				}
			}
			return r
		}
		t.Errorf("no row with %v", want)
		return map[string]string{}
	}

	rows := fetch(http.MethodPost, "/export/compare.csv", example)
	// 5 scenarios × 5 regions, each with a summary line and its findings.
	summaries := 0
	for _, r := range rows {
		if r["row"] == "summary" {
			summaries++
			if r["error_code"] != "" {
				t.Errorf("plugin error in the export: %v", r)
			}
		}
	}
	if summaries != 25 {
		t.Errorf("%d summary lines, want 25", summaries)
	}
	short := "社会救助 10 人，差一分 / social assistance, 10 posts, one fen short"
	if r := find(rows, map[string]string{"scenario": short, "region": "shenzhen", "row": "summary"}); r["status"] != "NON_COMPLIANT" || r["minimum_total"] != "1630000.00" || r["as_of"] != "2024-01-01" {
		t.Errorf("one fen short, Shenzhen summary: %v", r)
	}
	if r := find(rows, map[string]string{"scenario": short, "region": "shenzhen", "rule_id": "SZ-BUDGET-PACKAGE-MIN"}); r["finding_status"] != "FAIL" ||
		r["finding_region"] != "shenzhen" || r["concept"] != "budget.package_per_worker_year_min" ||
		r["actual"] != "1629999.99" || r["required"] != ">= 1630000.00" || r["document"] == "" || r["clause"] == "" {
		t.Errorf("one fen short, Shenzhen floor finding: %v", r)
	}
	at := "社会救助 10 人，经费恰为下限 / social assistance, 10 posts, budget at the floor"
	if r := find(rows, map[string]string{"scenario": at, "region": "shenzhen", "rule_id": "SZ-BUDGET-PACKAGE-MIN"}); r["finding_status"] != "PASS" || r["actual"] != "1630000.00" {
		t.Errorf("at the floor, Shenzhen floor finding: %v", r)
	}
	station := "社工站，驻站社工 41 岁 / station with a 41-year-old worker"
	if r := find(rows, map[string]string{"scenario": station, "region": "zhuzhou", "rule_id": "HN-STAFF-AGE-MAX-40"}); r["finding_status"] != "FAIL" || r["finding_region"] != "hunan" {
		t.Errorf("Zhuzhou station through the Hunan rule: %v", r)
	}

	cells := fetch(http.MethodGet, "/export/matrix.csv?asOf=2024-01-01&concepts=budget.package_per_worker_year_min,staffing.worker_age_max", nil)
	if r := find(cells, map[string]string{"concept": "budget.package_per_worker_year_min", "region": "shenzhen"}); r["value"] != "163000.00" || r["in_force"] != "true" || r["rule_ids"] == "" || r["document"] == "" {
		t.Errorf("Shenzhen package floor cell: %v", r)
	}
	if r := find(cells, map[string]string{"concept": "staffing.worker_age_max", "region": "hunan"}); r["value"] != "40" {
		t.Errorf("Hunan worker age cell: %v", r)
	}
	if len(cells) != 10 {
		t.Errorf("%d matrix cells, want 2 concepts × 5 regions", len(cells))
	}
}

// evaluations: a project's evaluations travel from GraphQL and from the stored project through
// the plugin protocol to Shenzhen's clause 十三/十四 rules. A contract signed 2021-01-01 on a
// 3-year cycle runs to 2023-12-31: with no evaluation the professional-evaluation rule is not
// yet due on that last day and fails the day after; omitted evaluations are INSUFFICIENT_INPUT;
// a stored project's PROFESSIONAL evaluation passes assessProject, its missing PERFORMANCE one
// fails until one is recorded through the API; the renewal reward never fails and says whether
// an excellent rating makes the provider eligible.
func evaluations(t *testing.T, s *apptest.Server) {
	const prof, perf, reward = "SZ-REPORT-PROFESSIONAL-EVAL", "SZ-REPORT-PERFORMANCE-EVAL", "SZ-CONTRACT-RENEWAL-REWARD"
	with := func(evs []map[string]any) map[string]any {
		subj := project1("社会救助", [2]string{"LABOR", "138550.00"}, [2]string{"SUPERVISION", "4200.00"}, [2]string{"ACTIVITIES", "20250.00"})
		if evs != nil {
			subj["project"].(map[string]any)["evaluations"] = evs
		}
		return subj
	}
	none := []map[string]any{}

	ev := evaluate(t, s, "shenzhen", "2023-12-31", with(none))
	if f := ev.finding(t, prof); f.Status != "NOT_APPLICABLE" || !strings.Contains(f.MessageZh, "尚在服务周期内") || !strings.Contains(f.MessageEn, "cycle still running") {
		t.Errorf("last day of the cycle, none yet: %+v", f)
	}
	ev = evaluate(t, s, "shenzhen", "2024-01-01", with(none))
	f := ev.finding(t, prof)
	if f.Status != "FAIL" || str(f.Actual) != "0 PROFESSIONAL in cycle 2021-01-01..2023-12-31" || f.Region != "shenzhen" ||
		!strings.Contains(str(f.Remedy), "专业评估") || f.Citation.Clause != "十四" || !strings.Contains(f.Citation.Quote, "在服务周期内开展专业评估") {
		t.Errorf("day after the cycle, none held: %+v", f)
	}
	if g := ev.finding(t, perf); g.Status != "FAIL" {
		t.Errorf("day after the cycle, no performance evaluation: %+v", g)
	}
	if ev.Status != "NON_COMPLIANT" {
		t.Errorf("no evaluations after the cycle: status %s, want NON_COMPLIANT", ev.Status)
	}
	if g := ev.finding(t, reward); g.Status != "NOT_APPLICABLE" || str(g.Actual) != "not eligible: no evaluation rated EXCELLENT" {
		t.Errorf("renewal reward with no evaluations: %+v", g)
	}
	ev = evaluate(t, s, "shenzhen", "2024-01-01", with(nil))
	if f := ev.finding(t, prof); f.Status != "INSUFFICIENT_INPUT" || !strings.Contains(f.MessageEn, "project.evaluations") {
		t.Errorf("evaluations not given: %+v", f)
	}
	ev = evaluate(t, s, "shenzhen", "2024-01-01", with([]map[string]any{{"kind": "PROFESSIONAL", "rating": "EXCELLENT", "evaluatedOn": "2023-12-31"}}))
	if f := ev.finding(t, prof); f.Status != "PASS" {
		t.Errorf("professional evaluation on the cycle's last day: %+v", f)
	}
	if g := ev.finding(t, reward); g.Status != "NOT_APPLICABLE" || !strings.HasPrefix(str(g.Actual), "eligible: ") || !strings.Contains(g.MessageZh, "申请合同续期奖励") {
		t.Errorf("renewal reward with an excellent rating: %+v", g)
	}

	// A stored Shenzhen project with one PROFESSIONAL evaluation.
	ctx := auth.System(context.Background())
	admin := s.As(s.Token(t, auth.Admin, "", "e2e evaluations"))
	c := s.App.DB.Client
	sz, err := c.Region.Query().Where(region.Code("shenzhen")).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	p := c.Project.Create().SetName("深圳评估测试（示例）").SetPurchaser("福田区民政局").SetDomain("社会救助").
		SetPurchaseMode(project.PurchaseModePROJECT).SetStartsOn(day("2021-01-15")).SetEndsOn(day("2022-01-14")).
		SetContractSignedOn(day("2021-01-01")).SetCycleYears(3).
		SetHeadcount(1).SetProfessionalPosts(1).SetSupervisedWorkers(1).SetRegion(sz).SaveX(ctx)
	c.PerformanceEvaluation.Create().SetProject(p).SetKind(performanceevaluation.KindPROFESSIONAL).
		SetRating(performanceevaluation.RatingEXCELLENT).SetEvaluatedOn(day("2022-06-30")).SetEvaluator("福田区民政局").SaveX(ctx)
	assess := func() evaluation {
		t.Helper()
		var out struct{ AssessProject struct{ Findings []finding } }
		admin.MustData(t, `mutation($id: ID!) { assessProject(id: $id, asOf: "2024-06-01") {
			findings { ruleId region concept status actual required remedy messageZh messageEn citation { document title clause quote } } } }`,
			map[string]any{"id": p.ID}, &out)
		return evaluation{Region: "shenzhen", Findings: out.AssessProject.Findings}
	}
	a := assess()
	if f := a.finding(t, prof); f.Status != "PASS" || str(f.Actual) != "1 PROFESSIONAL in cycle 2021-01-01..2023-12-31" {
		t.Errorf("stored project with a professional evaluation: %+v", f)
	}
	// The stored record is the project's own: none of a kind is "none made", and it fails.
	if f := a.finding(t, perf); f.Status != "FAIL" {
		t.Errorf("stored project without a performance evaluation: %+v", f)
	}
	if f := a.finding(t, reward); f.Status != "NOT_APPLICABLE" || str(f.Actual) != "eligible: project.evaluations[0] PROFESSIONAL rated EXCELLENT on 2022-06-30" {
		t.Errorf("stored project rated excellent: %+v", f)
	}
	// Recorded through the API, the performance evaluation reaches the next assessment.
	admin.MustData(t, `mutation($p: ID!) { createPerformanceEvaluation(input: {kind: PERFORMANCE, rating: GOOD, evaluatedOn: "2023-03-31", evaluator: "福田区民政局", projectID: $p}) { id } }`,
		map[string]any{"p": p.ID}, nil)
	if f := assess().finding(t, perf); f.Status != "PASS" || str(f.Actual) != "1 PERFORMANCE in cycle 2021-01-01..2023-12-31" {
		t.Errorf("stored project after recording a performance evaluation: %+v", f)
	}
}
