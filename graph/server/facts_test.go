package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/creditcode"
	"github.com/shegong/shegong/internal/testdb"
	"github.com/shegong/shegong/plugins/sdk"
)

// The facts the rules read (plugins/sdk ProjectSpec, WorkerSpec, StationSpec,
// OrganizationSpec), stored through the create and update mutations and read back as written on
// both databases: enums, counts, dates, money, booleans, free-text lists and the filings and
// reports of a project. Omitted stays null (not given) and [] stays [] (none).

const projectFacts = `purchaserLevel purchaserType contractParties contractClauses specification
	procurementMethod procurementException fundingSources fundingYear serviceLevel
	establishedOn libraryApprovedOn budgetDeclaredOn localPackageStandard`

const workerFacts = `hiredOn platformFiled recruitedViaPlatform laborContract paidMonthly socialInsurance
	employedByContractor trainedBeforeService`

const stationFacts = `agreedHeadcount systems`

const orgFacts = `registeredDirectly category operatesWithinCommunity registrationConditions
	partyOrganizationMode annualInspection disclosures hasBoard hasSupervisoryBoard`

// roundTrip creates entity with input, reads fields back by node(id) and returns them.
func roundTrip(t *testing.T, e *env, entity string, input map[string]any, fields string) (string, map[string]any) {
	t.Helper()
	var out map[string]map[string]any
	e.gq.MustData(t, fmt.Sprintf(`mutation($input: Create%sInput!) { create%s(input: $input) { id } }`, entity, entity),
		map[string]any{"input": input}, &out)
	id := fmt.Sprint(out["create"+entity]["id"])
	return id, readNode(t, e, entity, id, fields)
}

func readNode(t *testing.T, e *env, entity, id, fields string) map[string]any {
	t.Helper()
	var node struct{ Node map[string]any }
	e.gq.MustData(t, fmt.Sprintf(`query($id: ID!) { node(id: $id) { ... on %s { %s } } }`, entity, fields),
		map[string]any{"id": id}, &node)
	return node.Node
}

// sameJSON compares a GraphQL answer with what was sent, through JSON (numbers, lists).
func sameJSON(t *testing.T, what string, got, want map[string]any) {
	t.Helper()
	norm := func(v any) any {
		b, _ := json.Marshal(v)
		var out any
		_ = json.Unmarshal(b, &out)
		return out
	}
	for k, w := range want {
		if !reflect.DeepEqual(norm(got[k]), norm(w)) {
			t.Errorf("%s.%s: got %#v, want %#v", what, k, got[k], w)
		}
	}
}

func TestFactsRoundTrip(t *testing.T) {
	eachKind(t, func(t *testing.T, k testdb.Kind) {
		e := start(t, k, 1)
		ref := firstIDs(t, e.db.Client)
		ok := validInputs(ref)

		pfacts := map[string]any{
			"purchaserLevel": "COUNTY", "purchaserType": "CIVIL_AFFAIRS", "contractParties": 2,
			"contractClauses":   []string{"服务内容", "因政策调整等不可抗力因素,可变更或解除协议"},
			"specification":     []string{"需求调查", "承接主体的资格条件"},
			"procurementMethod": "COMPARISON", "procurementException": "SPECIAL_NATURE",
			"fundingSources": []string{"福彩公益金", "县(市区)财政"}, "fundingYear": 2024, "serviceLevel": "TOWNSHIP",
			"establishedOn": "2023-09-01", "libraryApprovedOn": "2023-10-08", "budgetDeclaredOn": "2023-10-09",
			"localPackageStandard": "170000.50",
		}
		pid, got := roundTrip(t, e, "Project", with(ok["Project"], mapKV(pfacts)...), projectFacts)
		sameJSON(t, "project", got, pfacts)

		// Omitted facts are null; [] stays [] (a list stated to be empty is not "not given").
		_, got = roundTrip(t, e, "Project", with(ok["Project"], "contractClauses", []string{}, "specification", []string{}, "fundingSources", []string{}), projectFacts)
		for _, f := range strings.Fields(projectFacts) {
			want := any(nil)
			if f == "contractClauses" || f == "specification" || f == "fundingSources" {
				want = []any{}
			}
			if !reflect.DeepEqual(got[f], want) {
				t.Errorf("project with %s omitted or []: got %#v, want %#v", f, got[f], want)
			}
		}

		// Updates: change, append, clear back to null (not given).
		var upd map[string]map[string]any
		e.gq.MustData(t, `mutation($id: ID!) { updateProject(id: $id, input: {procurementMethod: OPEN_TENDER, clearProcurementException: true,
			appendFundingSources: ["本级留存福彩公益金"], clearSpecification: true, clearLocalPackageStandard: true, contractParties: 3}) { `+projectFacts+` } }`,
			map[string]any{"id": pid}, &upd)
		sameJSON(t, "updated project", upd["updateProject"], map[string]any{
			"procurementMethod": "OPEN_TENDER", "procurementException": nil, "specification": nil, "localPackageStandard": nil,
			"fundingSources": []string{"福彩公益金", "县(市区)财政", "本级留存福彩公益金"}, "contractParties": 3,
		})
		// The stored row agrees (nil, not an empty list, after clear).
		ctx := context.Background()
		var id int
		fmt.Sscan(pid, &id)
		p := e.db.Client.Project.GetX(ctx, id)
		if p.Specification != nil || p.ProcurementException != nil || *p.ProcurementMethod != schematype.ProcurementMethod("OPEN_TENDER") {
			t.Errorf("stored project after update: %+v", p)
		}

		// Filings and reports of the project.
		_, fl := roundTrip(t, e, "ProjectFiling", map[string]any{"document": "政府购买服务协议", "filedWith": "CITY", "filedOn": "2024-01-10", "projectID": pid},
			"document filedWith filedOn project { id }")
		sameJSON(t, "filing", fl, map[string]any{"document": "政府购买服务协议", "filedWith": "CITY", "filedOn": "2024-01-10", "project": map[string]any{"id": pid}})
		_, fl = roundTrip(t, e, "ProjectFiling", map[string]any{"document": "年度实施计划", "projectID": pid}, "document filedWith filedOn")
		sameJSON(t, "undated filing", fl, map[string]any{"document": "年度实施计划", "filedWith": nil, "filedOn": nil})
		_, rp := roundTrip(t, e, "ContractorReport", map[string]any{"kind": "MID_TERM", "submittedOn": "2024-07-01", "projectID": pid}, "kind submittedOn")
		sameJSON(t, "report", rp, map[string]any{"kind": "MID_TERM", "submittedOn": "2024-07-01"})
		var listed struct {
			Node struct {
				Filings, Reports struct{ TotalCount int }
			}
		}
		e.gq.MustData(t, `query($id: ID!) { node(id: $id) { ... on Project { filings(first: 10) { totalCount } reports(first: 10) { totalCount } } } }`,
			map[string]any{"id": pid}, &listed)
		if listed.Node.Filings.TotalCount != 2 || listed.Node.Reports.TotalCount != 1 {
			t.Errorf("project filings and reports: %+v", listed.Node)
		}

		// Worker, station and organisation facts.
		wfacts := map[string]any{
			"hiredOn": "2021-03-01", "platformFiled": true, "recruitedViaPlatform": false, "laborContract": true,
			"paidMonthly": true, "socialInsurance": []string{"PENSION", "MEDICAL", "WORK_INJURY"},
			"employedByContractor": true, "trainedBeforeService": false,
		}
		wid, got := roundTrip(t, e, "SocialWorker", with(ok["SocialWorker"], mapKV(wfacts)...), workerFacts)
		sameJSON(t, "worker", got, wfacts)
		_, got = roundTrip(t, e, "SocialWorker", with(ok["SocialWorker"], "socialInsurance", []string{}), workerFacts)
		for _, f := range strings.Fields(workerFacts) {
			want := any(nil)
			if f == "socialInsurance" {
				want = []any{}
			}
			if !reflect.DeepEqual(got[f], want) {
				t.Errorf("worker with %s omitted or []: got %#v, want %#v", f, got[f], want)
			}
		}
		e.gq.MustData(t, `mutation($id: ID!) { updateSocialWorker(id: $id, input: {appendSocialInsurance: [UNEMPLOYMENT, MATERNITY]}) { id } }`,
			map[string]any{"id": wid}, nil)
		sameJSON(t, "worker after append", readNode(t, e, "SocialWorker", wid, workerFacts),
			map[string]any{"socialInsurance": []string{"PENSION", "MEDICAL", "WORK_INJURY", "UNEMPLOYMENT", "MATERNITY"}})

		sfacts := map[string]any{"agreedHeadcount": 3, "systems": []string{"人员管理制度", "服务对象数据库"}}
		_, got = roundTrip(t, e, "Station", with(ok["Station"], mapKV(sfacts)...), stationFacts)
		sameJSON(t, "station", got, sfacts)
		_, got = roundTrip(t, e, "Station", with(ok["Station"], "systems", []string{}), stationFacts)
		sameJSON(t, "station with systems []", got, map[string]any{"agreedHeadcount": nil, "systems": []string{}})

		ofacts := map[string]any{
			"registeredDirectly": true, "category": "COMMUNITY_SERVICE", "operatesWithinCommunity": true,
			"registrationConditions": []string{"内部治理结构", "固定住所"}, "partyOrganizationMode": "JOINT", "annualInspection": "BASICALLY_QUALIFIED",
			"disclosures": []string{"年报公告", "财务收支"}, "hasBoard": true, "hasSupervisoryBoard": false,
		}
		oid, got := roundTrip(t, e, "Organization", with(ok["Organization"], mapKV(ofacts)...), orgFacts)
		sameJSON(t, "organization", got, ofacts)
		// Nothing disclosed ([]) is not "not given"; clearing makes it "not given" again.
		e.gq.MustData(t, `mutation($id: ID!) { updateOrganization(id: $id, input: {disclosures: [], clearHasBoard: true}) { id } }`,
			map[string]any{"id": oid}, nil)
		sameJSON(t, "organization with disclosures []", readNode(t, e, "Organization", oid, orgFacts),
			map[string]any{"disclosures": []string{}, "hasBoard": nil, "hasSupervisoryBoard": false})
		e.gq.MustData(t, `mutation($id: ID!) { updateOrganization(id: $id, input: {appendDisclosures: ["组织机构"]}) { id } }`,
			map[string]any{"id": oid}, nil)
		sameJSON(t, "organization after append", readNode(t, e, "Organization", oid, orgFacts), map[string]any{"disclosures": []string{"组织机构"}})
		e.gq.MustData(t, `mutation($id: ID!) { updateOrganization(id: $id, input: {clearDisclosures: true, clearHasSupervisoryBoard: true}) { id } }`,
			map[string]any{"id": oid}, nil)
		sameJSON(t, "organization after clear", readNode(t, e, "Organization", oid, orgFacts),
			map[string]any{"disclosures": nil, "hasBoard": nil, "hasSupervisoryBoard": nil})
		code, err := creditcode.Build("52", "350100", "F0000001")
		if err != nil {
			t.Fatal(err)
		}
		_, got = roundTrip(t, e, "Organization", with(ok["Organization"], "unifiedSocialCreditCode", code), orgFacts)
		for _, f := range strings.Fields(orgFacts) {
			if got[f] != nil {
				t.Errorf("organization with %s omitted: got %#v, want null", f, got[f])
			}
		}
	})
}

// TestFactsBadInput: an unknown enum value, a negative or out-of-range count, a blank list item
// or filed document and an unknown insurance are BAD_USER_INPUT naming the input field, and
// nothing is written.
func TestFactsBadInput(t *testing.T) {
	eachKind(t, func(t *testing.T, k testdb.Kind) {
		e := start(t, k, 1)
		ref := firstIDs(t, e.db.Client)
		ok := validInputs(ref)
		p := idStr(ref.project)
		cases := []badCase{
			{"purchaser type", "Project", with(ok["Project"], "purchaserType", "MINISTRY"), false, "input.purchaserType"},
			{"purchaser level", "Project", with(ok["Project"], "purchaserLevel", "DISTRICT"), false, "input.purchaserLevel"},
			{"procurement method", "Project", with(ok["Project"], "procurementMethod", "AUCTION"), false, "input.procurementMethod"},
			{"procurement exception", "Project", with(ok["Project"], "procurementException", "URGENT"), false, "input.procurementException"},
			{"service level", "Project", with(ok["Project"], "serviceLevel", "NATION"), false, "input.serviceLevel"},
			{"negative contract parties", "Project", with(ok["Project"], "contractParties", -1), false, "input.contractParties"},
			{"101 contract parties", "Project", with(ok["Project"], "contractParties", 101), false, "input.contractParties"},
			{"funding year 0", "Project", with(ok["Project"], "fundingYear", 0), false, "input.fundingYear"},
			{"blank clause", "Project", with(ok["Project"], "contractClauses", []string{"服务内容", "  "}), false, "input.contractClauses"},
			{"overlong funding source", "Project", with(ok["Project"], "fundingSources", []string{strings.Repeat("财", 201)}), false, "input.fundingSources"},
			{"negative package standard", "Project", with(ok["Project"], "localPackageStandard", "-1.00"), false, "input.localPackageStandard"},
			{"bad established date", "Project", with(ok["Project"], "establishedOn", "2023-02-30"), false, "input.establishedOn"},
			{"insurance", "SocialWorker", with(ok["SocialWorker"], "socialInsurance", []string{"PENSION", "HOUSING_FUND"}), false, "input.socialInsurance[1]"},
			{"negative agreed headcount", "Station", with(ok["Station"], "agreedHeadcount", -2), false, "input.agreedHeadcount"},
			{"blank system", "Station", with(ok["Station"], "systems", []string{""}), false, "input.systems"},
			{"category", "Organization", with(ok["Organization"], "category", "SPORTS"), false, "input.category"},
			{"party organisation mode", "Organization", with(ok["Organization"], "partyOrganizationMode", "VIRTUAL"), false, "input.partyOrganizationMode"},
			{"annual inspection", "Organization", with(ok["Organization"], "annualInspection", "EXCELLENT"), false, "input.annualInspection"},
			{"blank disclosure", "Organization", with(ok["Organization"], "disclosures", []string{"年报公告", " "}), false, "input.disclosures"},
			{"overlong disclosure", "Organization", with(ok["Organization"], "disclosures", []string{strings.Repeat("公", 201)}), false, "input.disclosures"},
			{"blank filed document", "ProjectFiling", map[string]any{"document": " ", "projectID": p}, false, "input.document"},
			{"filed with", "ProjectFiling", map[string]any{"document": "年度实施计划", "filedWith": "NATION", "projectID": p}, false, "input.filedWith"},
			{"report kind", "ContractorReport", map[string]any{"kind": "WEEKLY", "projectID": p}, false, "input.kind"},
		}
		for _, c := range cases {
			before := tables(t, e)
			r := e.gq.Do(t, createMutation(c.mutation), map[string]any{"input": c.input})
			if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || r.Errors[0].Field() != c.field {
				t.Errorf("create %s: want one BAD_USER_INPUT on %s, got %s", c.name, c.field, r.ErrorString())
			}
			if after := tables(t, e); fmt.Sprint(after) != fmt.Sprint(before) {
				t.Errorf("create %s: rows changed: %v -> %v", c.name, before, after)
			}
		}
		// An update with a bad value leaves the stored row as it was.
		q := `query($id: ID!) { node(id: $id) { ... on Project { updatedAt ` + projectFacts + ` } } }`
		var before, after json.RawMessage
		e.gq.MustData(t, q, map[string]any{"id": p}, &before)
		for field, v := range map[string]any{"procurementMethod": "AUCTION", "contractParties": -3, "specification": []string{"需求调查", ""}} {
			r := e.gq.Do(t, updateMutation("Project"), map[string]any{"id": p, "input": map[string]any{field: v, "fundingYear": 2024}})
			if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || r.Errors[0].Field() != "input."+field {
				t.Errorf("update %s: want one BAD_USER_INPUT on input.%s, got %s", field, field, r.ErrorString())
			}
		}
		// Appended items are held to the same rules as a list set whole (ent validates only
		// the latter; validation.AppendedItems does the rest), counted with what is stored.
		for field, v := range map[string]any{"appendSpecification": []string{"需求调查", " "}, "appendFundingSources": []string{strings.Repeat("财", 201)}} {
			r := e.gq.Do(t, updateMutation("Project"), map[string]any{"id": p, "input": map[string]any{field: v}})
			if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || r.Errors[0].Field() != "input."+field {
				t.Errorf("update %s: want one BAD_USER_INPUT on input.%s, got %s", field, field, r.ErrorString())
			}
		}
		e.gq.MustData(t, q, map[string]any{"id": p}, &after)
		if string(before) != string(after) {
			t.Errorf("project changed by failed updates: %s -> %s", before, after)
		}
		o := idStr(ref.org)
		full := make([]string, sdk.MaxDisclosures)
		for i := range full {
			full[i] = fmt.Sprintf("事项%d", i)
		}
		e.gq.MustData(t, updateMutation("Organization"), map[string]any{"id": o, "input": map[string]any{"disclosures": full[:sdk.MaxDisclosures-1]}}, nil)
		for name, add := range map[string][]string{"blank": {" "}, "one too many": {"甲", "乙"}} {
			r := e.gq.Do(t, updateMutation("Organization"), map[string]any{"id": o, "input": map[string]any{"appendDisclosures": add}})
			if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || r.Errors[0].Field() != "input.appendDisclosures" {
				t.Errorf("append %s disclosure: want one BAD_USER_INPUT on input.appendDisclosures, got %s", name, r.ErrorString())
			}
		}
		e.gq.MustData(t, updateMutation("Organization"), map[string]any{"id": o, "input": map[string]any{"appendDisclosures": []string{"甲"}}}, nil)
		var got struct {
			Node struct{ Disclosures []string } `json:"node"`
		}
		e.gq.MustData(t, `query($id: ID!) { node(id: $id) { ... on Organization { disclosures } } }`, map[string]any{"id": o}, &got)
		if n := len(got.Node.Disclosures); n != sdk.MaxDisclosures || got.Node.Disclosures[n-1] != "甲" {
			t.Errorf("appending up to the bound: %d items, last %q", n, got.Node.Disclosures[n-1])
		}
		// The seeder and other Go writers are held to the same enum of insurances.
		ctx := auth.System(context.Background())
		_, err := e.db.Client.SocialWorker.UpdateOneID(ref.worker).
			SetSocialInsurance([]schematype.SocialInsurance{"PENSION", "HOUSING_FUND"}).Save(ctx)
		if err == nil || !strings.Contains(err.Error(), "social_insurance") {
			t.Errorf("Go writer with an unknown insurance: %v", err)
		}
		_, err = e.db.Client.SocialWorker.UpdateOneID(ref.worker).AppendSocialInsurance([]schematype.SocialInsurance{"HOUSING_FUND"}).Save(ctx)
		if err == nil || !strings.Contains(err.Error(), "social_insurance") {
			t.Errorf("Go writer appending an unknown insurance: %v", err)
		}
		if _, err := e.db.Client.Project.UpdateOneID(ref.project).SetPurchaserType("MINISTRY").Save(ctx); err == nil {
			t.Error("Go writer with an unknown purchaser type: no error")
		}
	})
}

// mapKV flattens a map into with's key, value list.
func mapKV(m map[string]any) []any {
	var out []any
	for k, v := range m {
		out = append(out, k, v)
	}
	return out
}
