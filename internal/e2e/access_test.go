package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/auditlog"
	"github.com/shegong/shegong/ent/budgetline"
	"github.com/shegong/shegong/ent/organization"
	"github.com/shegong/shegong/ent/performanceevaluation"
	"github.com/shegong/shegong/ent/predicate"
	"github.com/shegong/shegong/ent/project"
	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/ent/station"
	"github.com/shegong/shegong/ent/trainingrecord"
	"github.com/shegong/shegong/graph"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/creditcode"
	"github.com/shegong/shegong/internal/gqltest"
	"github.com/shegong/shegong/internal/testdb"
)

// The roles of the access matrix. Target records are in Zhuzhou (inside Hunan): the Zhuzhou
// operator is the same region, the Hunan operator its parent, the Shenzhen operator another.
const (
	rAnon       = "anonymous"
	rResearcher = "researcher"
	rOpSame     = "operator zhuzhou (same)"
	rOpParent   = "operator hunan (parent)"
	rOpOther    = "operator shenzhen (other)"
	rAdmin      = "admin"
)

var allRoles = []string{rAnon, rResearcher, rOpSame, rOpParent, rOpOther, rAdmin}

var (
	public    = allRoles
	readers   = []string{rResearcher, rOpSame, rOpParent, rOpOther, rAdmin}
	scoped    = []string{rOpSame, rOpParent, rAdmin}
	adminRole = []string{rAdmin}
)

// The seeded worker whose personal data must never reach anonymous callers or researchers.
const (
	privName  = "隐私测试员甲"
	privBirth = "1987-03-14"
	privCert  = "ZS-PRIV-889911"
	privPhone = "13912345678"
)

type fixture struct {
	s       *apptest.Server
	clients map[string]*gqltest.Client
	ids     map[string]int
	seq     int
}

func (f *fixture) next() int { f.seq++; return f.seq }

func setupAccess(t *testing.T, k testdb.Kind) *fixture {
	s := apptest.Start(t, apptest.Options{Kind: k, DemoData: true})
	f := &fixture{s: s, clients: map[string]*gqltest.Client{rAnon: s.GQL}, ids: map[string]int{}}
	for role, spec := range map[string][2]string{
		rResearcher: {string(auth.Researcher), ""}, rOpSame: {string(auth.Operator), "zhuzhou"},
		rOpParent: {string(auth.Operator), "hunan"}, rOpOther: {string(auth.Operator), "shenzhen"}, rAdmin: {string(auth.Admin), ""},
	} {
		f.clients[role] = s.As(s.Token(t, auth.Role(spec[0]), spec[1], role))
	}
	ctx := auth.System(context.Background())
	c := s.App.DB.Client
	zz := c.Region.Query().Where(region.Code("zhuzhou")).OnlyX(ctx)
	hn := c.Region.Query().Where(region.Code("hunan")).OnlyX(ctx)
	sz := c.Region.Query().Where(region.Code("shenzhen")).OnlyX(ctx)
	birth, _ := time.Parse(time.DateOnly, privBirth)
	w := c.SocialWorker.Create().SetName(privName).SetBirthDate(birth).SetCertificateNumber(privCert).
		SetPhone(privPhone).SetLocalHukou(true).SetRegion(zz).
		SetHiredOn(time.Date(2028, 5, 1, 0, 0, 0, 0, time.UTC)).SetLaborContract(true).SetSocialInsurance([]schematype.SocialInsurance{"PENSION"}).SaveX(ctx)
	p := c.Project.Query().Where(project.HasRegionWith(region.ID(zz.ID))).FirstX(ctx)
	c.Project.UpdateOne(p).AddWorkers(w).ExecX(ctx)
	st := c.Station.Query().Where(station.HasRegionWith(region.ID(zz.ID))).FirstX(ctx)
	c.Station.UpdateOne(st).AddWorkers(w).ExecX(ctx)
	org := c.Organization.Query().Where(organization.HasRegionWith(region.ID(zz.ID))).FirstX(ctx)
	c.Organization.UpdateOne(org).AddWorkers(w).ExecX(ctx)
	tr := c.TrainingRecord.Create().SetWorker(w).SetHours(8).SetUnit(trainingrecord.UnitCLASS_HOUR).
		SetDate(birth.AddDate(30, 0, 0)).SetKind(trainingrecord.KindINDUCTION).SaveX(ctx)
	bl := c.BudgetLine.Query().Where(budgetlineOf(zz.ID)).FirstX(ctx)
	ev := c.PerformanceEvaluation.Query().Where(performanceevaluation.HasProjectWith(project.HasRegionWith(region.ID(zz.ID)))).FirstIDX(ctx)
	as := c.Assessment.Create().SetAsOf(birth).SetStatus("INCOMPLETE").SetProject(p).SaveX(ctx)
	fl := c.ProjectFiling.Create().SetProject(p).SetDocument("政府购买服务协议").SaveX(ctx)
	rp := c.ContractorReport.Create().SetProject(p).SetKind("MONTHLY_BRIEF").SaveX(ctx)
	f.ids = map[string]int{
		"zhuzhou": zz.ID, "hunan": hn.ID, "shenzhen": sz.ID, "worker": w.ID, "project": p.ID, "station": st.ID,
		"org": org.ID, "training": tr.ID, "budgetLine": bl.ID, "evaluation": ev, "assessment": as.ID,
		"filing": fl.ID, "report": rp.ID,
		"hunanOrg":       c.Organization.Query().Where(organization.HasRegionWith(region.ID(hn.ID))).FirstIDX(ctx),
		"policyDocument": c.PolicyDocument.Query().FirstIDX(ctx), "policyParameter": c.PolicyParameter.Query().FirstIDX(ctx),
		"catalogItem": c.CatalogItem.Query().FirstIDX(ctx),
	}
	if ps, err := c.PilotSite.Query().FirstID(ctx); err == nil {
		f.ids["pilotSite"] = ps
	} else {
		f.ids["pilotSite"] = c.PilotSite.Create().SetNameZh("测试试点").SetKind("county").SetRegion(zz).SaveX(ctx).ID
	}
	return f
}

// row is one root field: who may call it, and a call that succeeds for those who may.
type row struct {
	allow []string
	query string
	vars  func(f *fixture) map[string]any
}

func none(*fixture) map[string]any { return nil }

func id(name string) func(f *fixture) map[string]any {
	return func(f *fixture) map[string]any { return map[string]any{"id": f.ids[name]} }
}

func conn(field string) row {
	return row{public, `{ ` + field + `(first: 2) { totalCount edges { node { id } } } }`, none}
}

// accessRows has one row per root field of the schema; TestAccessMatrix fails when a root
// field has none, so that a new field cannot slip past the matrix.
var accessRows = map[string]row{
	"Query.node":                   {public, `query($id: ID!) { node(id: $id) { id } }`, id("project")},
	"Query.nodes":                  {public, `query($id: ID!) { nodes(ids: [$id]) { id } }`, id("org")},
	"Query.apiTokens":              {adminRole, `{ apiTokens(first: 5) { totalCount edges { node { id label role region expiresAt lastUsedAt revokedAt } } } }`, none},
	"Query.auditLogs":              {adminRole, `{ auditLogs(first: 5, orderBy: {field: TIME, direction: DESC}) { totalCount edges { node { actor action outcome } } } }`, none},
	"Query.assessments":            conn("assessments"),
	"Query.budgetLines":            conn("budgetLines"),
	"Query.catalogItems":           conn("catalogItems"),
	"Query.organizations":          conn("organizations"),
	"Query.performanceEvaluations": conn("performanceEvaluations"),
	"Query.projectFilings":         conn("projectFilings"),
	"Query.contractorReports":      conn("contractorReports"),
	"Query.pilotSites":             conn("pilotSites"),
	"Query.policyCoverages":        conn("policyCoverages"),
	"Query.policyDocuments":        conn("policyDocuments"),
	"Query.policyParameters":       conn("policyParameters"),
	"Query.policySources":          conn("policySources"),
	"Query.projects":               conn("projects"),
	"Query.regions":                conn("regions"),
	"Query.stations":               conn("stations"),
	"Query.socialWorkers":          {readers, `{ socialWorkers(first: 2) { totalCount edges { node { id ageBand education } } } }`, none},
	"Query.trainingRecords":        {readers, `{ trainingRecords(first: 2) { totalCount edges { node { id hours } } } }`, none},
	"Query.viewer":                 {public, `{ viewer { role label region } }`, none},
	"Query.evaluate":               {public, `{ evaluate(region: "zhuzhou", asOf: "2023-06-01", subject: {worker: {age: 30, education: BACHELOR}}) { status } }`, none},
	"Query.compare":                {public, `{ compare(regions: ["hunan"], asOf: "2023-06-01", subject: {worker: {age: 30}}) { status } }`, none},
	"Query.compareBatch":           {public, `{ compareBatch(regions: ["hunan"], asOf: "2023-06-01", scenarios: [{name: "a", subject: {worker: {age: 30}}}]) { name } }`, none},
	"Query.compareBatchSummary":    {public, `{ compareBatchSummary(regions: ["hunan"], asOf: "2023-06-01", scenarios: [{name: "a", subject: {worker: {age: 30}}}]) { asOf } }`, none},
	"Query.policyMatrix":           {public, `{ policyMatrix(concepts: ["staffing.worker_age_max"], asOf: "2023-06-01") { region status } }`, none},
	"Query.policyConcepts":         {public, `{ policyConcepts { key } }`, none},
	"Query.plugins":                {public, `{ plugins { region state } }`, none},

	"Mutation.createRegion": {adminRole, `mutation($c: String!, $a: String!) { createRegion(input: {code: $c, nameZh: "测试市", nameEn: "Test", level: CITY, adminCode: $a}) { id } }`,
		func(f *fixture) map[string]any {
			n := f.next()
			return map[string]any{"c": fmt.Sprintf("test%d", n), "a": fmt.Sprintf("9%05d", n)}
		}},
	"Mutation.updateRegion": {adminRole, `mutation($id: ID!) { updateRegion(id: $id, input: {nameEn: "Zhuzhou"}) { id } }`, id("zhuzhou")},
	"Mutation.createOrganization": {scoped, `mutation($r: ID!, $code: String!) { createOrganization(input: {name: "权限测试社工服务社（示例）", unifiedSocialCreditCode: $code, registrationLevel: CITY, regionID: $r}) { id } }`,
		func(f *fixture) map[string]any {
			code, _ := creditcode.Build("52", "430200", fmt.Sprintf("T%07d", f.next()))
			return map[string]any{"r": f.ids["zhuzhou"], "code": code}
		}},
	"Mutation.updateOrganization": {scoped, `mutation($id: ID!) { updateOrganization(id: $id, input: {fullTimeStaff: 30}) { id } }`, id("org")},
	"Mutation.createSocialWorker": {scoped, `mutation($r: ID!) { createSocialWorker(input: {name: "权限测试社工", phone: "13800000000", regionID: $r}) { id name } }`,
		func(f *fixture) map[string]any { return map[string]any{"r": f.ids["zhuzhou"]} }},
	"Mutation.updateSocialWorker": {scoped, `mutation($id: ID!) { updateSocialWorker(id: $id, input: {major: "社会工作"}) { id } }`, id("worker")},
	"Mutation.createTrainingRecord": {scoped, `mutation($w: ID!) { createTrainingRecord(input: {hours: 4, unit: HOUR, date: "2024-01-01", kind: OTHER, workerID: $w}) { id } }`,
		func(f *fixture) map[string]any { return map[string]any{"w": f.ids["worker"]} }},
	"Mutation.updateTrainingRecord": {scoped, `mutation($id: ID!) { updateTrainingRecord(id: $id, input: {hours: 9}) { id } }`, id("training")},
	"Mutation.createStation": {scoped, `mutation($r: ID!) { createStation(input: {name: "权限测试站", township: "测试街道", county: "荷塘区", regionID: $r}) { id } }`,
		func(f *fixture) map[string]any { return map[string]any{"r": f.ids["zhuzhou"]} }},
	"Mutation.updateStation": {scoped, `mutation($id: ID!) { updateStation(id: $id, input: {signText: "社工站"}) { id } }`, id("station")},
	"Mutation.createProject": {scoped, `mutation($r: ID!) { createProject(input: {name: "权限测试项目", purchaser: "株洲市民政局", domain: "DOM-ELDERLY", purchaseMode: POST, startsOn: "2024-01-01", endsOn: "2024-12-31", headcount: 2, professionalPosts: 1, regionID: $r}) { id } }`,
		func(f *fixture) map[string]any { return map[string]any{"r": f.ids["zhuzhou"]} }},
	"Mutation.updateProject": {scoped, `mutation($id: ID!) { updateProject(id: $id, input: {purchaser: "株洲市民政局"}) { id } }`, id("project")},
	"Mutation.createBudgetLine": {scoped, `mutation($p: ID!) { createBudgetLine(input: {category: OTHER, amount: "1.00", projectID: $p}) { id } }`,
		func(f *fixture) map[string]any { return map[string]any{"p": f.ids["project"]} }},
	"Mutation.updateBudgetLine": {scoped, `mutation($id: ID!) { updateBudgetLine(id: $id, input: {note: "核定"}) { id } }`, id("budgetLine")},
	"Mutation.createPerformanceEvaluation": {scoped, `mutation($p: ID!) { createPerformanceEvaluation(input: {kind: SELF, evaluatedOn: "2024-06-01", evaluator: "自评", projectID: $p}) { id } }`,
		func(f *fixture) map[string]any { return map[string]any{"p": f.ids["project"]} }},
	"Mutation.updatePerformanceEvaluation": {scoped, `mutation($id: ID!) { updatePerformanceEvaluation(id: $id, input: {note: "复核"}) { id } }`, id("evaluation")},
	"Mutation.createProjectFiling": {scoped, `mutation($p: ID!) { createProjectFiling(input: {document: "年度实施计划", filedWith: CITY, projectID: $p}) { id } }`,
		func(f *fixture) map[string]any { return map[string]any{"p": f.ids["project"]} }},
	"Mutation.updateProjectFiling": {scoped, `mutation($id: ID!) { updateProjectFiling(id: $id, input: {filedOn: "2024-01-05"}) { id } }`, id("filing")},
	"Mutation.createContractorReport": {scoped, `mutation($p: ID!) { createContractorReport(input: {kind: MID_TERM, projectID: $p}) { id } }`,
		func(f *fixture) map[string]any { return map[string]any{"p": f.ids["project"]} }},
	"Mutation.updateContractorReport": {scoped, `mutation($id: ID!) { updateContractorReport(id: $id, input: {submittedOn: "2024-02-01"}) { id } }`, id("report")},
	"Mutation.createPolicyDocument": {adminRole, `mutation($r: ID!, $k: String!) { createPolicyDocument(input: {key: $k, titleZh: "测试文件", regionID: $r}) { id } }`,
		func(f *fixture) map[string]any {
			return map[string]any{"r": f.ids["zhuzhou"], "k": fmt.Sprintf("T-%d", f.next())}
		}},
	"Mutation.updatePolicyDocument": {adminRole, `mutation($id: ID!) { updatePolicyDocument(id: $id, input: {titleEn: "t"}) { id } }`, id("policyDocument")},
	"Mutation.createPolicyParameter": {adminRole, `mutation($r: ID!) { createPolicyParameter(input: {paramID: "T", ruleID: "T", concept: "test.x", value: "1", kind: "INTEGER", regionID: $r}) { id } }`,
		func(f *fixture) map[string]any { return map[string]any{"r": f.ids["zhuzhou"]} }},
	"Mutation.updatePolicyParameter": {adminRole, `mutation($id: ID!) { updatePolicyParameter(id: $id, input: {note: "n"}) { id } }`, id("policyParameter")},
	"Mutation.createCatalogItem": {adminRole, `mutation($r: ID!) { createCatalogItem(input: {code: "T", termZh: "测试", kind: "domain", regionID: $r}) { id } }`,
		func(f *fixture) map[string]any { return map[string]any{"r": f.ids["zhuzhou"]} }},
	"Mutation.updateCatalogItem": {adminRole, `mutation($id: ID!) { updateCatalogItem(id: $id, input: {termEn: "t"}) { id } }`, id("catalogItem")},
	"Mutation.createPilotSite": {adminRole, `mutation($r: ID!) { createPilotSite(input: {nameZh: "测试试点", kind: "county", regionID: $r}) { id } }`,
		func(f *fixture) map[string]any { return map[string]any{"r": f.ids["zhuzhou"]} }},
	"Mutation.updatePilotSite": {adminRole, `mutation($id: ID!) { updatePilotSite(id: $id, input: {nameZh: "测试试点二"}) { id } }`, id("pilotSite")},
	"Mutation.createApiToken": {adminRole, `mutation($l: String!) { createApiToken(input: {label: $l, role: researcher}) { token apiToken { id label role } } }`,
		func(f *fixture) map[string]any { return map[string]any{"l": fmt.Sprintf("matrix %d", f.next())} }},
	"Mutation.revokeApiToken": {adminRole, `mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`,
		func(f *fixture) map[string]any { return map[string]any{"id": f.ids["spareToken"]} }},
	"Mutation.assessProject":      {scoped, `mutation($id: ID!) { assessProject(id: $id, asOf: "2024-06-01") { id status } }`, id("project")},
	"Mutation.assessStation":      {scoped, `mutation($id: ID!) { assessStation(id: $id, asOf: "2024-06-01") { id status } }`, id("station")},
	"Mutation.assessOrganization": {scoped, `mutation($id: ID!) { assessOrganization(id: $id, asOf: "2024-06-01") { id status } }`, id("org")},
	"Mutation.reloadPlugin":       {adminRole, `mutation { reloadPlugin(region: "yunnan") { state } }`, none},
}

// snapshot counts what a refused call must not change.
func snapshot(t *testing.T, c *ent.Client) string {
	ctx := auth.System(context.Background())
	counts := []int{
		c.Region.Query().CountX(ctx), c.Organization.Query().CountX(ctx), c.SocialWorker.Query().CountX(ctx),
		c.TrainingRecord.Query().CountX(ctx), c.Station.Query().CountX(ctx), c.Project.Query().CountX(ctx),
		c.BudgetLine.Query().CountX(ctx), c.PerformanceEvaluation.Query().CountX(ctx), c.Assessment.Query().CountX(ctx),
		c.ProjectFiling.Query().CountX(ctx), c.ContractorReport.Query().CountX(ctx),
		c.PolicyDocument.Query().CountX(ctx), c.ApiToken.Query().CountX(ctx),
		c.AuditLog.Query().Where(auditlog.OutcomeEQ(auditlog.OutcomeOk)).CountX(ctx),
	}
	var last time.Time
	if u, err := c.Organization.Query().Order(ent.Desc(organization.FieldUpdatedAt)).First(ctx); err == nil {
		last = u.UpdatedAt
	}
	return fmt.Sprint(counts, last.UnixNano())
}

func rootFields(t *testing.T, c *gqltest.Client) []string {
	var schema struct {
		Schema struct {
			QueryType, MutationType struct{ Fields []struct{ Name string } }
		} `json:"__schema"`
	}
	c.MustData(t, `{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`, nil, &schema)
	var out []string
	for _, f := range schema.Schema.QueryType.Fields {
		out = append(out, "Query."+f.Name)
	}
	for _, f := range schema.Schema.MutationType.Fields {
		out = append(out, "Mutation."+f.Name)
	}
	sort.Strings(out)
	return out
}

// TestAccessMatrix calls every root field as every role and checks allowed / FORBIDDEN /
// UNAUTHENTICATED, that a refusal writes nothing, and that the audit log holds one entry
// per mutation performed: ok for the allowed, forbidden for the refused.
func TestAccessMatrix(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			f := setupAccess(t, k)
			c := f.s.App.DB.Client
			ctx := auth.System(context.Background())
			fields := rootFields(t, f.s.GQL)
			okMutations, refusedMutations := 0, 0
			for _, key := range fields {
				r, ok := accessRows[key]
				if !ok {
					t.Errorf("root field %s has no row in the access matrix (accessRows): decide who may call it", key)
					continue
				}
				mutation := strings.HasPrefix(key, "Mutation.")
				for _, role := range allRoles {
					if key == "Mutation.revokeApiToken" { // a fresh token to revoke for every role
						_ = f.s.Token(t, auth.Researcher, "", fmt.Sprintf("spare %d", f.next()))
						f.ids["spareToken"] = c.ApiToken.Query().Order(ent.Desc("id")).FirstIDX(ctx)
					}
					before := snapshot(t, c)
					res := f.clients[role].Do(t, r.query, r.vars(f))
					if slices.Contains(r.allow, role) {
						if len(res.Errors) > 0 {
							t.Errorf("%s as %s: want allowed, got %s", key, role, res.ErrorString())
						} else if mutation {
							okMutations++
						}
						continue
					}
					if len(res.Errors) == 0 || res.Errors[0].Code() != "FORBIDDEN" {
						t.Errorf("%s as %s: want FORBIDDEN, got %s %s", key, role, res.Data, res.ErrorString())
					}
					if mutation {
						refusedMutations++
						if after := snapshot(t, c); after != before {
							t.Errorf("%s as %s: refused but something was written: %s → %s", key, role, before, after)
						}
					}
				}
				// A token that authenticates nobody is refused before the field runs.
				for _, bad := range []string{"not-a-token", auth.TokenPrefix + strings.Repeat("x", 43)} {
					res := (&gqltest.Client{URL: f.s.GQL.URL, Token: bad}).Do(t, r.query, r.vars(f))
					if len(res.Errors) == 0 || res.Errors[0].Code() != "UNAUTHENTICATED" {
						t.Errorf("%s with token %q: want UNAUTHENTICATED, got %s", key, bad, res.ErrorString())
					}
				}
			}
			// Every mutation made through the API is in the audit log, with its request id.
			withReq := auditlog.RequestIDNEQ("")
			if n := c.AuditLog.Query().Where(withReq, auditlog.OutcomeEQ(auditlog.OutcomeOk)).CountX(ctx); n != okMutations {
				t.Errorf("audit log: %d ok entries with a request id, want %d (one per allowed mutation)", n, okMutations)
			}
			if n := c.AuditLog.Query().Where(withReq, auditlog.OutcomeEQ(auditlog.OutcomeForbidden)).CountX(ctx); n != refusedMutations {
				t.Errorf("audit log: %d forbidden entries, want %d", n, refusedMutations)
			}
			scopeRules(t, f)
		})
	}
}

// scopeRules: the region checks beyond the matrix — a child operator cannot write its
// parent's records, an operator cannot move a record out of its scope, and child records
// are checked through their parent.
func scopeRules(t *testing.T, f *fixture) {
	expect := func(who, q string, vars map[string]any, code string) {
		t.Helper()
		res := f.clients[who].Do(t, q, vars)
		got := ""
		if len(res.Errors) > 0 {
			got = res.Errors[0].Code()
		}
		if got != code {
			t.Errorf("%s: %s: want %q, got %s", who, q, code, res.ErrorString())
		}
	}
	upd := `mutation($id: ID!) { updateOrganization(id: $id, input: {fullTimeStaff: 31}) { id } }`
	expect(rOpSame, upd, map[string]any{"id": f.ids["hunanOrg"]}, "FORBIDDEN") // child → parent
	expect(rOpParent, upd, map[string]any{"id": f.ids["hunanOrg"]}, "")        // own region
	move := `mutation($id: ID!, $r: ID!) { updateOrganization(id: $id, input: {regionID: $r}) { id } }`
	expect(rOpParent, move, map[string]any{"id": f.ids["org"], "r": f.ids["shenzhen"]}, "FORBIDDEN") // after-check
	expect(rOpOther, move, map[string]any{"id": f.ids["org"], "r": f.ids["shenzhen"]}, "FORBIDDEN")  // before-check
	expect(rOpSame, `mutation($p: ID!) { createBudgetLine(input: {category: OTHER, amount: "1.00", projectID: $p}) { id } }`,
		map[string]any{"p": f.ids["project"]}, "")
	// A Zhuzhou operator searching workers by name only finds workers of its own scope; the
	// Shenzhen operator does not find the Zhuzhou worker.
	var out struct{ SocialWorkers struct{ TotalCount int } }
	q := `query($n: String!) { socialWorkers(first: 5, where: {nameContains: $n}) { totalCount } }`
	f.clients[rOpSame].MustData(t, q, map[string]any{"n": privName}, &out)
	if out.SocialWorkers.TotalCount != 1 {
		t.Errorf("zhuzhou operator name search: %d", out.SocialWorkers.TotalCount)
	}
	f.clients[rOpOther].MustData(t, q, map[string]any{"n": privName}, &out)
	if out.SocialWorkers.TotalCount != 0 {
		t.Errorf("shenzhen operator found a zhuzhou worker by name: %d", out.SocialWorkers.TotalCount)
	}
}

// TestPersonalDataNeverLeaks: nothing an anonymous caller or a researcher can ask — node,
// nodes, nested edges, filters and orderings on personal fields (refused), CSV exports,
// error messages — contains the seeded worker's name, birth date, certificate number or phone.
func TestPersonalDataNeverLeaks(t *testing.T) {
	f := setupAccess(t, testdb.SQLite)
	wid := f.ids["worker"]
	worker := `id ageBand education certificateLevel name birthDate certificateNumber phone localHukou hiredOn laborContract socialInsurance region { code }`
	queries := []struct {
		q      string
		vars   map[string]any
		refuse bool // must be FORBIDDEN for both roles
	}{
		{`query($id: ID!) { node(id: $id) { ... on SocialWorker { ` + worker + ` } } }`, map[string]any{"id": wid}, false},
		{`query($id: ID!) { nodes(ids: [$id]) { ... on SocialWorker { ` + worker + ` } } }`, map[string]any{"id": wid}, false},
		{`{ socialWorkers(first: 100, where: {hasRegionWith: {code: "zhuzhou"}}) { edges { node { ` + worker + ` } } } }`, nil, false},
		{`query($id: ID!) { node(id: $id) { ... on Project { workers(first: 50) { edges { node { ` + worker + ` } } } } } }`, map[string]any{"id": f.ids["project"]}, false},
		{`query($id: ID!) { node(id: $id) { ... on Station { workers(first: 50) { edges { node { ` + worker + ` } } } } } }`, map[string]any{"id": f.ids["station"]}, false},
		{`query($id: ID!) { node(id: $id) { ... on Organization { workers(first: 50) { edges { node { ` + worker + ` trainingRecords(first: 5) { edges { node { hours worker { name phone } } } } } } } } } }`, map[string]any{"id": f.ids["org"]}, false},
		{`{ regions(first: 10) { edges { node { workers(first: 100) { edges { node { ` + worker + ` } } } } } } }`, nil, false},
		{`{ trainingRecords(first: 100) { edges { node { worker { ` + worker + ` } } } } }`, nil, false},
		{`query($n: String!) { socialWorkers(first: 5, where: {nameContains: $n}) { totalCount } }`, map[string]any{"n": privName}, true},
		{`query($p: String!) { socialWorkers(first: 5, where: {or: [{phone: $p}]}) { totalCount } }`, map[string]any{"p": privPhone}, true},
		{`{ socialWorkers(first: 5, where: {not: {birthDateGT: "1987-03-13"}}) { totalCount } }`, nil, true},
		{`query($c: String!) { socialWorkers(first: 5, where: {certificateNumberHasPrefix: $c}) { totalCount } }`, map[string]any{"c": "ZS-PRIV"}, true},
		{`{ socialWorkers(first: 5, where: {localHukou: true}) { totalCount } }`, nil, true},
		{`query($n: String!) { projects(first: 5, where: {hasWorkersWith: {nameContains: $n}}) { totalCount } }`, map[string]any{"n": privName}, true},
		{`query($n: String!) { regions(first: 5, where: {hasOrganizationsWith: {hasWorkersWith: [{and: [{nameHasPrefix: $n}]}]}}) { totalCount } }`, map[string]any{"n": privName}, true},
		{`query($p: String!) { stations(first: 5, where: {hasWorkersWith: {phoneContains: $p}}) { totalCount } }`, map[string]any{"p": "139123"}, true},
		{`{ socialWorkers(first: 5, orderBy: {field: NAME}) { edges { node { id } } } }`, nil, true},
		{`{ socialWorkers(first: 5, orderBy: {field: BIRTH_DATE, direction: DESC}) { edges { node { id } } } }`, nil, true},
		{`query($id: ID!) { node(id: $id) { ... on Project { workers(first: 5, orderBy: {field: NAME}) { totalCount } } } }`, map[string]any{"id": f.ids["project"]}, true},
		{`query($id: ID!, $p: String!) { node(id: $id) { ... on Organization { workers(first: 5, where: {phone: $p}) { totalCount } } } }`, map[string]any{"id": f.ids["org"], "p": privPhone}, true},
		// Error messages: refused writes and bad input carrying personal values.
		{`mutation($id: ID!, $p: String!) { updateSocialWorker(id: $id, input: {phone: $p}) { id } }`, map[string]any{"id": wid, "p": privPhone}, true},
		{`query($id: ID!) { node(id: $id) { ... on SocialWorker { name(x: 1) } } }`, map[string]any{"id": wid}, false},
	}
	var bodies bytes.Buffer
	// Stored assessments of a project and of a station, both staffed by the seeded worker.
	assessed := map[string]int{"Project": storedAssessment(t, f, "Project"), "Station": storedAssessment(t, f, "Station")}
	for _, role := range []string{rAnon, rResearcher} {
		c := f.clients[role]
		for typ, id := range assessed {
			bodies.WriteString(readAssessment(t, f, typ, id, role, false))
		}
		for _, q := range queries {
			res := c.Do(t, q.q, q.vars)
			raw, _ := json.Marshal(res)
			bodies.Write(raw)
			if q.refuse && (len(res.Errors) == 0 || res.Errors[0].Code() != "FORBIDDEN") {
				t.Errorf("%s: want FORBIDDEN for %s, got %s", role, q.q, res.ErrorString())
			}
		}
		// CSV exports.
		for _, req := range []struct{ method, path, body string }{
			{"GET", "/export/matrix.csv?asOf=2024-01-01", ""},
			{"POST", "/export/compare.csv?asOf=2024-01-01", "scenarios:\n  - name: w\n    subject:\n      worker: {age: 37, education: BACHELOR}\n"},
		} {
			hr, _ := http.NewRequest(req.method, f.s.URL+req.path, strings.NewReader(req.body))
			if c.Token != "" {
				hr.Header.Set("Authorization", "Bearer "+c.Token)
			}
			resp, err := http.DefaultClient.Do(hr)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("%s %s as %s: HTTP %d %s", req.method, req.path, role, resp.StatusCode, b)
			}
			bodies.Write(b)
		}
	}
	// The employment facts are not personal data (they describe the employer's compliance, like
	// training records): a researcher reads them, while the personal fields stay null.
	var employment struct {
		Node struct {
			Name            *string
			HiredOn         string
			LaborContract   *bool
			SocialInsurance []string
		}
	}
	f.clients[rResearcher].MustData(t, `query($id: ID!) { node(id: $id) { ... on SocialWorker { name hiredOn laborContract socialInsurance } } }`, map[string]any{"id": wid}, &employment)
	if e := employment.Node; e.Name != nil || e.HiredOn != "2028-05-01" || e.LaborContract == nil || !*e.LaborContract || len(e.SocialInsurance) != 1 {
		t.Errorf("researcher reading the worker's employment facts: %+v", e)
	}
	// Admins and the worker's own region see the data (the test would prove nothing if the
	// worker had none).
	var seen struct {
		Node struct{ Name, Phone, BirthDate, CertificateNumber string }
	}
	f.clients[rOpParent].MustData(t, `query($id: ID!) { node(id: $id) { ... on SocialWorker { name phone birthDate certificateNumber } } }`, map[string]any{"id": wid}, &seen)
	if seen.Node.Name != privName || seen.Node.Phone != privPhone || seen.Node.BirthDate != privBirth || seen.Node.CertificateNumber != privCert {
		t.Errorf("hunan operator should read the zhuzhou worker's personal data: %+v", seen.Node)
	}
	seen.Node = struct{ Name, Phone, BirthDate, CertificateNumber string }{}
	f.clients[rOpOther].MustData(t, `query($id: ID!) { node(id: $id) { ... on SocialWorker { name phone birthDate certificateNumber } } }`, map[string]any{"id": wid}, &seen)
	if seen.Node != (struct{ Name, Phone, BirthDate, CertificateNumber string }{}) {
		t.Errorf("shenzhen operator read a zhuzhou worker's personal data: %+v", seen.Node)
	}
	// Whoever may read the worker's personal data reads the stored findings in full.
	for typ, id := range assessed {
		for _, role := range []string{rAdmin, rOpSame, rOpParent} {
			readAssessment(t, f, typ, id, role, true)
		}
		readAssessment(t, f, typ, id, rOpOther, false)
	}
	for _, v := range append([]string{privName, privBirth, privCert, privPhone, "13912345"}, assessedPersonal...) {
		if i := strings.Index(bodies.String(), v); i >= 0 {
			t.Errorf("personal value %q leaked: …%s…", v, bodies.String()[max(0, i-200):min(bodies.Len(), i+100)])
		}
	}
	// And the audit log keeps them out too.
	ctx := auth.System(context.Background())
	for _, e := range f.s.App.DB.Client.AuditLog.Query().AllX(ctx) {
		for _, v := range []string{privName, privPhone, privCert} {
			if strings.Contains(e.Changes, v) || strings.Contains(e.Message, v) {
				t.Errorf("audit entry %d holds personal value %q: %s", e.ID, v, e.Changes)
			}
		}
	}
}

// assessedPersonal are the texts of the stored findings about the seeded worker (41 years
// old when hired, on 2028-05-01 — HN-STAFF-AGE-MAX-40 takes the age on hiredOn — local hukou,
// no education on record) that only admins and
// operators of the worker's region may read.
var assessedPersonal = []string{"workers[0]: 41", "超龄 1 岁", "1 years over", "1/1 本地户籍", "1 of 1 local hukou", "workers[0]: NONE"}

// assessedLabor is the stored project's labour budget: a money finding, readable by all.
const assessedLabor = "98765.43"

// storedAssessment stores (as an admin, through the API) an assessment of a Zhuzhou station
// project (typ Project) or a Zhuzhou station (typ Station) staffed by the seeded worker alone,
// so that its findings are built from the worker's personal data: the Hunan station rules check
// every worker's age, education and hukou. It records the assessed entity as
// f.ids["assessed"+typ] and returns the assessment's id.
func storedAssessment(t *testing.T, f *fixture, typ string) int {
	t.Helper()
	ctx := auth.System(context.Background())
	c := f.s.App.DB.Client
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	switch typ {
	case "Project":
		p := c.Project.Create().SetName("隐私评估项目（示例）").SetPurchaser("株洲市民政局").SetDomain("DOM-ELDERLY").
			SetPurchaseMode(project.PurchaseModePOST).SetProgramme(project.ProgrammeSTATION).
			SetStartsOn(day("2028-01-01")).SetEndsOn(day("2028-12-31")).SetContractSignedOn(day("2027-12-20")).
			SetCycleYears(3).SetHeadcount(1).SetProfessionalPosts(1).
			SetRegionID(f.ids["zhuzhou"]).AddWorkerIDs(f.ids["worker"]).SaveX(ctx)
		c.BudgetLine.Create().SetProject(p).SetCategory(budgetline.CategoryLABOR).SetAmount(9876543).SaveX(ctx)
		f.ids["assessedProject"] = p.ID
	case "Station":
		f.ids["assessedStation"] = c.Station.Create().SetName("隐私评估社工站（示例）").SetTownship("测试街道").SetCounty("荷塘区").
			SetRegionID(f.ids["zhuzhou"]).AddWorkerIDs(f.ids["worker"]).SaveX(ctx).ID
	default:
		t.Fatalf("storedAssessment of %s", typ)
	}
	mutation := "assess" + typ
	var out map[string]struct{ ID string }
	f.clients[rAdmin].MustData(t, `mutation($id: ID!) { `+mutation+`(id: $id, asOf: "2028-06-01") { id } }`, map[string]any{"id": f.ids["assessed"+typ]}, &out)
	var id int
	if _, err := fmt.Sscan(out[mutation].ID, &id); err != nil {
		t.Fatalf("assessment id %q: %v", out[mutation].ID, err)
	}
	return id
}

// readAssessment reads the stored assessment of a typ (see storedAssessment) as role in every
// way GraphQL offers (node, nodes, the root connection, and the nested edges of the assessed
// project or station and of its region, and the assessProject / assessStation answer of a fresh
// assessment for roles that may write, as of today for those that may not read it in full, who
// are refused any other day) and checks each copy of the findings: in full when full,
// else with every finding not about money redacted and money findings intact. It returns the raw
// bodies for the leak scan.
func readAssessment(t *testing.T, f *fixture, typ string, id int, role string, full bool) string {
	t.Helper()
	const fs = `findings { ruleId region concept status actual required remedy messageZh messageEn citation { document clause quote } }`
	eid := f.ids["assessed"+typ]
	who := typ + " assessment as " + role
	edge := strings.ToLower(typ) // the assessment's edge to it, and its root connection without the s
	reads := []struct {
		q    string
		vars map[string]any
	}{
		{`query($id: ID!) { node(id: $id) { ... on Assessment { ` + fs + ` } } }`, map[string]any{"id": id}},
		{`query($id: ID!) { nodes(ids: [$id]) { ... on Assessment { ` + fs + ` } } }`, map[string]any{"id": id}},
		{`{ assessments(first: 100) { edges { node { ` + fs + ` } } } }`, nil},
		{`query($id: ID!) { node(id: $id) { ... on ` + typ + ` { assessments(first: 10) { edges { node { ` + fs + ` } } } } } }`, map[string]any{"id": eid}},
		{`query($id: ID!) { ` + edge + `s(first: 1, where: {id: $id}) { edges { node { assessments(first: 10) { edges { node { ` + fs + ` } } } } } } }`, map[string]any{"id": eid}},
		{`query($id: ID!) { node(id: $id) { ... on Assessment { ` + edge + ` { assessments(first: 10) { edges { node { ` + fs + ` } } } } } } }`, map[string]any{"id": id}},
		{`query($id: ID!) { regions(first: 1, where: {code: "zhuzhou"}) { edges { node { ` + edge + `s(first: 5, where: {id: $id}) { edges { node { assessments(first: 10) { edges { node { ` + fs + ` } } } } } } } } } }`, map[string]any{"id": eid}},
	}
	const assessedOn = `mutation($id: ID!) { assess%s(id: $id%s) { ` + fs + ` } }`
	writes := role != rAnon && role != rResearcher
	if writes {
		// Only a role that may read every worker's personal data assesses as of another day
		// than today; the others assess as of today, and read their answer redacted.
		asOf := `, asOf: "2028-06-01"`
		if !full {
			asOf = ""
		}
		reads = append(reads, struct {
			q    string
			vars map[string]any
		}{fmt.Sprintf(assessedOn, typ, asOf), map[string]any{"id": eid}})
	}
	if writes && !full {
		res := f.clients[role].Do(t, fmt.Sprintf(assessedOn, typ, `, asOf: "2028-06-01"`), map[string]any{"id": eid})
		if len(res.Errors) == 0 || res.Errors[0].Code() != "FORBIDDEN" || role != rOpOther && res.Errors[0].Field() != "asOf" {
			t.Errorf("%s: assessing as of 2028-06-01 without reading every worker's personal data: want FORBIDDEN on asOf, got %s %s", who, res.Data, res.ErrorString())
		}
	}
	var bodies strings.Builder
	for _, r := range reads {
		res := f.clients[role].Do(t, r.q, r.vars)
		if len(res.Errors) > 0 {
			if role == rOpOther && strings.HasPrefix(r.q, "mutation") && res.Errors[0].Code() == "FORBIDDEN" {
				continue // another region's project: not assessable either
			}
			t.Errorf("%s: %s: %s", who, r.q, res.ErrorString())
			continue
		}
		bodies.Write(res.Data)
		n := 0
		collectFindings(t, res.Data, func(fd finding) {
			n++
			money := fd.Concept != nil && strings.HasPrefix(*fd.Concept, "budget.")
			// An absent actual or remedy (an INSUFFICIENT_INPUT finding has neither) carries
			// nothing to hide and stays absent.
			redacted := (fd.Actual == nil || *fd.Actual == graph.FindingRedacted) && fd.MessageZh == graph.FindingRedacted && fd.MessageEn == graph.FindingRedacted &&
				(fd.Remedy == nil || *fd.Remedy == graph.FindingRedacted)
			switch {
			case fd.RuleID == "" || fd.Region == "" || fd.Status == "" || fd.Citation.Document == "":
				t.Errorf("%s: finding lost its rule, region, status or citation: %+v", who, fd)
			case money && (str(fd.Actual) != assessedLabor || fd.MessageZh == graph.FindingRedacted):
				t.Errorf("%s: money finding altered: %+v", who, fd)
			case !money && !full && !redacted:
				t.Errorf("%s: finding %s not redacted: %+v", who, fd.RuleID, fd)
			case !money && full && (redacted || fd.MessageZh == graph.FindingRedacted):
				t.Errorf("%s: finding %s redacted for a role that may read it: %+v", who, fd.RuleID, fd)
			}
		})
		if n < 6 {
			t.Errorf("%s: %d findings in %s", who, n, res.Data)
		}
	}
	if full {
		for _, v := range assessedPersonal {
			if !strings.Contains(bodies.String(), v) {
				t.Errorf("%s should read %q in the stored findings", who, v)
			}
		}
	}
	return bodies.String()
}

// collectFindings calls fn for every object under a "findings" key of a JSON answer.
func collectFindings(t *testing.T, data json.RawMessage, fn func(finding)) {
	t.Helper()
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if list, ok := e.([]any); ok && k == "findings" {
					for _, it := range list {
						raw, _ := json.Marshal(it)
						var fd finding
						if err := json.Unmarshal(raw, &fd); err != nil {
							t.Fatalf("finding %s: %v", raw, err)
						}
						fn(fd)
					}
					continue
				}
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("answer %s: %v", data, err)
	}
	walk(v)
}

func budgetlineOf(regionID int) predicate.BudgetLine {
	return budgetline.HasProjectWith(project.HasRegionWith(region.ID(regionID)))
}
