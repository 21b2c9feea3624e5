package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/auditlog"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/testdb"
)

// TestRefusedMutationsAreAudited: every mutation operation that is refused — while its
// arguments or variables are read, by validation, by access control — leaves exactly one
// audit entry with the actor, the root field names, the outcome and the error code, and none
// of the submitted values.
func TestRefusedMutationsAreAudited(t *testing.T) {
	// secret marks a submitted value that must never reach the audit log.
	const secret = "7731"
	cases := []struct {
		name, role, query string
		vars              func(f *fixture) map[string]any
		action, outcome   string
		code              string
		entity            func(f *fixture) int // the entry's entity id; nil: none
	}{
		{"bad Date literal", rOpSame,
			`mutation($id: ID!) { updateProjectFiling(id: $id, input: {filedOn: "2024-13-` + secret + `"}) { id } }`,
			id("filing"), "updateProjectFiling", "error", "BAD_USER_INPUT", entity("filing")},
		{"bad Date variable", rOpSame,
			`mutation($id: ID!, $d: Date!) { updateProjectFiling(id: $id, input: {filedOn: $d}) { id } }`,
			func(f *fixture) map[string]any {
				return map[string]any{"id": f.ids["filing"], "d": "yesterday-" + secret}
			},
			"updateProjectFiling", "error", "BAD_USER_INPUT", entity("filing")},
		{"bad Money", rOpSame,
			`mutation($p: ID!) { createBudgetLine(input: {category: OTHER, amount: "1.` + secret + `", projectID: $p}) { id } }`,
			func(f *fixture) map[string]any { return map[string]any{"p": f.ids["project"]} },
			"createBudgetLine", "error", "BAD_USER_INPUT", nil},
		{"bad ID", rOpSame,
			`mutation { updateOrganization(id: "org-` + secret + `", input: {fullTimeStaff: 3}) { id } }`,
			none, "updateOrganization", "error", "BAD_USER_INPUT", nil},
		{"unknown enum", rOpSame,
			`mutation($p: ID!) { createBudgetLine(input: {category: CATEGORY_` + secret + `, amount: "1.00", projectID: $p}) { id } }`,
			func(f *fixture) map[string]any { return map[string]any{"p": f.ids["project"]} },
			"createBudgetLine", "error", "BAD_USER_INPUT", nil},
		{"missing required argument", rOpSame,
			`mutation { updateOrganization(input: {fullTimeStaff: ` + secret + `}) { id } }`,
			none, "updateOrganization", "error", "BAD_USER_INPUT", nil},
		{"unknown field", rOpSame,
			`mutation { drop` + secret + ` }`,
			none, "(unknown field)", "error", "BAD_USER_INPUT", nil},
		{"forbidden role", rResearcher,
			`mutation($r: ID!) { createStation(input: {name: "站` + secret + `", township: "街道", county: "荷塘区", regionID: $r}) { id } }`,
			func(f *fixture) map[string]any { return map[string]any{"r": f.ids["zhuzhou"]} },
			"createStation", "forbidden", "FORBIDDEN", nil},
		{"forbidden region", rOpSame,
			`mutation($id: ID!) { updateOrganization(id: $id, input: {fullTimeStaff: ` + secret + `}) { id } }`,
			id("hunanOrg"), "updateOrganization", "forbidden", "FORBIDDEN", entity("hunanOrg")},
		{"depth limit", rOpSame,
			`mutation($id: ID!) { updateOrganization(id: $id, input: {fullTimeStaff: ` + secret + `}) { region ` +
				strings.Repeat("{ parent ", 12) + "{ id }" + strings.Repeat(" }", 12) + ` } }`,
			id("org"), "updateOrganization", "error", "LIMIT_EXCEEDED", entity("org")},
		{"anonymous, two fields", rAnon,
			`mutation($id: ID!) { a: assessProject(id: $id, asOf: "2024-06-01") { id } b: assessProject(id: $id, asOf: "2025-06-01") { id } }`,
			id("project"), "assessProject", "forbidden", "FORBIDDEN", entity("project")},
	}
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			f := setupAccess(t, k)
			c := f.s.App.DB.Client
			ctx := auth.System(context.Background())
			for _, tc := range cases {
				t.Run(tc.name, func(t *testing.T) {
					last := c.AuditLog.Query().Aggregate(ent.Max(auditlog.FieldID)).IntX(ctx)
					res := f.clients[tc.role].Do(t, tc.query, tc.vars(f))
					if len(res.Errors) == 0 || res.Errors[0].Code() != tc.code {
						t.Fatalf("want %s, got %s", tc.code, res.ErrorString())
					}
					entries := c.AuditLog.Query().Where(auditlog.IDGT(last)).AllX(ctx)
					if len(entries) != 1 {
						t.Fatalf("want exactly one audit entry, got %d: %+v", len(entries), entries)
					}
					e := entries[0]
					if e.Action != tc.action || string(e.Outcome) != tc.outcome || e.Message != tc.code ||
						e.Actor != tc.role || e.RequestID == "" || e.Changes != "" {
						t.Errorf("entry: action %q outcome %s message %q actor %q request %q changes %q; want %q %s %q %q, a request id, no changes",
							e.Action, e.Outcome, e.Message, e.Actor, e.RequestID, e.Changes, tc.action, tc.outcome, tc.code, tc.role)
					}
					var want *int
					if tc.entity != nil {
						id := tc.entity(f)
						want = &id
					}
					if fmt.Sprint(deref(e.EntityID)) != fmt.Sprint(deref(want)) {
						t.Errorf("entity id %v, want %v", deref(e.EntityID), deref(want))
					}
					if all := fmt.Sprintf("%+v", *e); strings.Contains(all, secret) {
						t.Errorf("the audit entry holds a submitted value: %s", all)
					}
				})
			}
		})
	}
}

func entity(name string) func(f *fixture) int { return func(f *fixture) int { return f.ids[name] } }

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}
