package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/auditlog"
	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/testdb"
)

// tables counts the rows of every entity table, to prove a failed mutation
// wrote nothing.
func tables(t *testing.T, e *env) map[string]int {
	t.Helper()
	ctx := context.Background()
	c := e.db.Client
	out := map[string]int{}
	for name, f := range map[string]func() (int, error){
		"regions":   func() (int, error) { return c.Region.Query().Count(ctx) },
		"orgs":      func() (int, error) { return c.Organization.Query().Count(ctx) },
		"workers":   func() (int, error) { return c.SocialWorker.Query().Count(ctx) },
		"trainings": func() (int, error) { return c.TrainingRecord.Query().Count(ctx) },
		"stations":  func() (int, error) { return c.Station.Query().Count(ctx) },
		"projects":  func() (int, error) { return c.Project.Query().Count(ctx) },
		"lines":     func() (int, error) { return c.BudgetLine.Query().Count(ctx) },
		"evals":     func() (int, error) { return c.PerformanceEvaluation.Query().Count(ctx) },
		"filings":   func() (int, error) { return c.ProjectFiling.Query().Count(ctx) },
		"reports":   func() (int, error) { return c.ContractorReport.Query().Count(ctx) },
		"assess":    func() (int, error) { return c.Assessment.Query().Count(ctx) },
		"docs":      func() (int, error) { return c.PolicyDocument.Query().Count(ctx) },
		"params":    func() (int, error) { return c.PolicyParameter.Query().Count(ctx) },
		"catalog":   func() (int, error) { return c.CatalogItem.Query().Count(ctx) },
		"pilots":    func() (int, error) { return c.PilotSite.Query().Count(ctx) },
	} {
		n, err := f()
		if err != nil {
			t.Fatalf("count %s: %v", name, err)
		}
		out[name] = n
	}
	return out
}

type badCase struct {
	name     string
	mutation string // uses $id for updates and $input
	input    map[string]any
	update   bool
	field    string // expected extensions.field
}

// validInputs are complete, valid create inputs; each bad case overrides
// one value.
func validInputs(ref ids) map[string]map[string]any {
	r, p, w, o := idStr(ref.region), idStr(ref.project), idStr(ref.worker), idStr(ref.org)
	return map[string]map[string]any{
		"Region":                {"code": "testregion", "nameZh": "测试市", "nameEn": "Test City", "level": "CITY", "adminCode": "440100"},
		"Organization":          {"name": "阳光社工服务社", "unifiedSocialCreditCode": "91350100M000100Y43", "registrationLevel": "CITY", "fullTimeStaff": 10, "qualifiedStaff": 4, "regionID": r},
		"SocialWorker":          {"name": "张三", "birthDate": "1990-05-01", "education": "BACHELOR", "certificateLevel": "ASSISTANT", "phone": "13800000000", "regionID": r, "organizationID": o},
		"TrainingRecord":        {"hours": 8, "unit": "CLASS_HOUR", "date": "2024-05-01", "kind": "CONTINUING_EDUCATION", "workerID": w},
		"Station":               {"name": "测试街道社会工作服务站", "township": "测试街道", "county": "测试区", "facilities": []string{"办公室"}, "regionID": r},
		"Project":               {"name": "测试项目", "purchaser": "测试区民政局", "domain": "DOM-MENTAL", "purchaseMode": "POST", "startsOn": "2024-01-01", "endsOn": "2024-12-31", "headcount": 5, "professionalPosts": 4, "regionID": r},
		"BudgetLine":            {"category": "LABOR", "amount": "163000.00", "projectID": p},
		"PerformanceEvaluation": {"kind": "PERFORMANCE", "rating": "GOOD", "score": 85, "evaluatedOn": "2024-06-30", "evaluator": "第三方评估机构", "projectID": p},
		"ProjectFiling":         {"document": "政府购买服务协议", "filedWith": "CITY", "filedOn": "2024-01-10", "projectID": p},
		"ContractorReport":      {"kind": "MONTHLY_BRIEF", "submittedOn": "2024-02-01", "projectID": p},
		"PolicyDocument":        {"key": "TEST-2024", "titleZh": "测试文件", "validFrom": "2024-01-01", "validTo": "2028-12-31", "regionID": r},
		"PolicyParameter":       {"paramID": "P1", "ruleID": "T-RULE", "concept": "budget.labor_share_min", "value": "17/20", "kind": "ratio", "regionID": r},
		"CatalogItem":           {"code": "C1", "termZh": "精神卫生", "kind": "domain", "sharedCodes": []string{"DOM-MENTAL"}, "regionID": r},
		"PilotSite":             {"nameZh": "昆明市", "kind": "station-pilot", "regionID": r},
	}
}

func with(base map[string]any, kv ...any) map[string]any {
	out := map[string]any{}
	for k, v := range base {
		out[k] = v
	}
	for i := 0; i < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}

func createMutation(entity string) string {
	return fmt.Sprintf(`mutation($input: Create%sInput!) { create%s(input: $input) { id } }`, entity, entity)
}

func updateMutation(entity string) string {
	return fmt.Sprintf(`mutation($id: ID!, $input: Update%sInput!) { update%s(id: $id, input: $input) { id } }`, entity, entity)
}

func TestMutationValidation(t *testing.T) {
	eachKind(t, func(t *testing.T, k testdb.Kind) {
		e := start(t, k, 1)
		ref := firstIDs(t, e.db.Client)
		ok := validInputs(ref)
		long := strings.Repeat("社", 101)
		creates := []badCase{
			{"region admin code", "Region", with(ok["Region"], "adminCode", "44010"), false, "input.adminCode"},
			{"region code", "Region", with(ok["Region"], "code", "Test City"), false, "input.code"},
			{"org credit code check char", "Organization", with(ok["Organization"], "unifiedSocialCreditCode", "91350100M000100Y44"), false, "input.unifiedSocialCreditCode"},
			{"org credit code length", "Organization", with(ok["Organization"], "unifiedSocialCreditCode", "91350100M000100Y4"), false, "input.unifiedSocialCreditCode"},
			{"org qualified > staff", "Organization", with(ok["Organization"], "qualifiedStaff", 11), false, "input.qualifiedStaff"},
			{"org negative staff", "Organization", with(ok["Organization"], "fullTimeStaff", -1), false, "input.fullTimeStaff"},
			{"org empty name", "Organization", with(ok["Organization"], "name", ""), false, "input.name"},
			{"org 101-rune name", "Organization", with(ok["Organization"], "name", long), false, "input.name"},
			{"worker phone", "SocialWorker", with(ok["SocialWorker"], "phone", "12345"), false, "input.phone"},
			{"worker birth date", "SocialWorker", with(ok["SocialWorker"], "birthDate", "1990-02-30"), false, "input.birthDate"},
			{"training zero hours", "TrainingRecord", with(ok["TrainingRecord"], "hours", 0), false, "input.hours"},
			{"station empty township", "Station", with(ok["Station"], "township", ""), false, "input.township"},
			{"project posts > headcount", "Project", with(ok["Project"], "professionalPosts", 6), false, "input.professionalPosts"},
			{"project ends before start", "Project", with(ok["Project"], "endsOn", "2023-12-31"), false, "input.endsOn"},
			{"project negative headcount", "Project", with(ok["Project"], "headcount", -2), false, "input.headcount"},
			{"budget negative", "BudgetLine", with(ok["BudgetLine"], "amount", "-5.00"), false, "input.amount"},
			{"budget three decimals", "BudgetLine", with(ok["BudgetLine"], "amount", "1.234"), false, "input.amount"},
			{"budget float three decimals", "BudgetLine", with(ok["BudgetLine"], "amount", 12.345), false, "input.amount"},
			{"budget garbage", "BudgetLine", with(ok["BudgetLine"], "amount", "十万"), false, "input.amount"},
			{"evaluation score", "PerformanceEvaluation", with(ok["PerformanceEvaluation"], "score", 101), false, "input.score"},
			{"document validity order", "PolicyDocument", with(ok["PolicyDocument"], "validTo", "2023-12-31"), false, "input.validTo"},
			{"parameter empty id", "PolicyParameter", with(ok["PolicyParameter"], "paramID", ""), false, "input.paramID"},
			{"catalog empty term", "CatalogItem", with(ok["CatalogItem"], "termZh", ""), false, "input.termZh"},
			{"pilot empty name", "PilotSite", with(ok["PilotSite"], "nameZh", ""), false, "input.nameZh"},
		}
		updates := []struct {
			entity, field string
			id            int
			input         map[string]any
		}{
			{"Region", "input.nameZh", ref.region, map[string]any{"nameZh": ""}},
			{"Organization", "input.qualifiedStaff", ref.org, map[string]any{"qualifiedStaff": 100000}}, // checked against the stored full-time staff
			{"Organization", "input.unifiedSocialCreditCode", ref.org, map[string]any{"unifiedSocialCreditCode": "91350100M000100Y44"}},
			{"SocialWorker", "input.name", ref.worker, map[string]any{"name": long}},
			{"TrainingRecord", "input.hours", ref.training, map[string]any{"hours": -1}},
			{"Station", "input.county", ref.station, map[string]any{"county": ""}},
			{"Project", "input.professionalPosts", ref.project, map[string]any{"professionalPosts": 1000}}, // against stored headcount
			{"Project", "input.endsOn", ref.project, map[string]any{"endsOn": "1999-01-01"}},               // against stored startsOn
			{"BudgetLine", "input.amount", ref.budgetLine, map[string]any{"amount": "-0.01"}},
			{"PerformanceEvaluation", "input.score", ref.evaluation, map[string]any{"score": -1}},
		}
		for _, c := range creates {
			before := tables(t, e)
			r := e.gq.Do(t, createMutation(c.mutation), map[string]any{"input": c.input})
			if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || r.Errors[0].Field() != c.field {
				t.Errorf("create %s: want one BAD_USER_INPUT on %s, got %s", c.name, c.field, r.ErrorString())
			}
			if after := tables(t, e); fmt.Sprint(after) != fmt.Sprint(before) {
				t.Errorf("create %s: rows changed: %v -> %v", c.name, before, after)
			}
		}
		for _, u := range updates {
			q := fmt.Sprintf(`query($id: ID!) { node(id: $id) { ... on %s { updatedAt } } }`, u.entity)
			var before, after json.RawMessage
			e.gq.MustData(t, q, map[string]any{"id": idStr(u.id)}, &before)
			r := e.gq.Do(t, updateMutation(u.entity), map[string]any{"id": idStr(u.id), "input": u.input})
			if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || r.Errors[0].Field() != u.field {
				t.Errorf("update %s: want one BAD_USER_INPUT on %s, got %s", u.entity, u.field, r.ErrorString())
			}
			e.gq.MustData(t, q, map[string]any{"id": idStr(u.id)}, &after)
			if string(before) != string(after) {
				t.Errorf("update %s: row changed: %s -> %s", u.entity, before, after)
			}
		}
		// Every valid create succeeds, and a second organisation with the same
		// credit code is a CONFLICT.
		for entity, in := range ok {
			r := e.gq.Do(t, createMutation(entity), map[string]any{"input": in})
			if len(r.Errors) > 0 {
				t.Errorf("create %s with valid input: %s", entity, r.ErrorString())
			}
		}
		r := e.gq.Do(t, createMutation("Organization"), map[string]any{"input": ok["Organization"]})
		if len(r.Errors) != 1 || r.Errors[0].Code() != "CONFLICT" {
			t.Errorf("duplicate credit code: want CONFLICT, got %s", r.ErrorString())
		}
		r = e.gq.Do(t, updateMutation("Region"), map[string]any{"id": "1", "input": map[string]any{"nameEn": "x"}})
		if len(r.Errors) != 1 || r.Errors[0].Code() != "NOT_FOUND" {
			t.Errorf("update of a missing id: want NOT_FOUND, got %s", r.ErrorString())
		}
	})
}

// TestMutationOperationIsOneTransaction: when the second mutation of an
// operation fails, the first is rolled back too, and so is the "ok" audit entry
// of the first (written in the same transaction); the failure itself is audited.
func TestMutationOperationIsOneTransaction(t *testing.T) {
	eachKind(t, func(t *testing.T, k testdb.Kind) {
		e := start(t, k, 0)
		ctx := auth.System(context.Background())
		audits := func(o auditlog.Outcome) int {
			t.Helper()
			n, err := e.db.Client.AuditLog.Query().Where(auditlog.OutcomeEQ(o)).Count(ctx)
			if err != nil {
				t.Fatalf("count audit entries: %v", err)
			}
			return n
		}
		// The audit log is written at all: one ok entry for a mutation that commits (else
		// the counts below would prove nothing).
		okBefore := audits(auditlog.OutcomeOk)
		e.gq.MustData(t, `mutation { createRegion(input: {code: "audited", nameZh: "丙", nameEn: "C", level: CITY, adminCode: "130100"}) { id } }`, nil, nil)
		if n := audits(auditlog.OutcomeOk); n != okBefore+1 {
			t.Fatalf("ok audit entries after one committed mutation: %d, want %d", n, okBefore+1)
		}
		before := tables(t, e)
		okBefore, errBefore := audits(auditlog.OutcomeOk), audits(auditlog.OutcomeError)
		r := e.gq.Do(t, `mutation {
			a: createRegion(input: {code: "ok-one", nameZh: "甲", nameEn: "A", level: CITY, adminCode: "110100"}) { id }
			b: createRegion(input: {code: "bad one", nameZh: "乙", nameEn: "B", level: CITY, adminCode: "120100"}) { id }
		}`, nil)
		if len(r.Errors) == 0 || r.Errors[0].Code() != "BAD_USER_INPUT" {
			t.Fatalf("want BAD_USER_INPUT from the second mutation, got %s", r.ErrorString())
		}
		if after := tables(t, e); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Errorf("rows changed although the operation failed: %v -> %v", before, after)
		}
		if n, _ := e.db.Client.Region.Query().Where(region.Code("ok-one")).Count(ctx); n != 0 {
			t.Errorf("the first mutation's region is stored although the operation failed")
		}
		if n := audits(auditlog.OutcomeOk); n != okBefore {
			t.Errorf("ok audit entries: %d → %d; the rolled-back createRegion left one behind", okBefore, n)
		}
		failed, err := e.db.Client.AuditLog.Query().Where(auditlog.OutcomeEQ(auditlog.OutcomeError)).
			Order(ent.Desc(auditlog.FieldID)).All(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(failed) != errBefore+1 || failed[0].Action != "createRegion" || failed[0].Message != "BAD_USER_INPUT" {
			t.Errorf("want one error audit entry for the refused createRegion, got %d (was %d): %+v", len(failed), errBefore, failed)
		}
	})
}
