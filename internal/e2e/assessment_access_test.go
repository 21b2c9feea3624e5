package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/shegong/shegong/graph"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/testdb"
)

// TestStoredAssessments: only the assess mutations store assessments, and a stored
// assessment's findings are read in full by whoever may read the personal data of every worker
// they were built from — whatever the region of the assessed station — and by everyone when
// they were built from none (an organisation). The subtests share one server and run in order:
// readAssessment checks every assessment of the root connection, so the cross-region station's
// assessments come first, before assessments readable by other rules are stored.
func TestStoredAssessments(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			storedAssessments(t, k)
		})
	}
}

// storedAssessments is TestStoredAssessments on one kind of database (the old assessments'
// NULL and the organisation's [] are stored as JSON, which SQLite and PostgreSQL keep apart
// differently).
func storedAssessments(t *testing.T, k testdb.Kind) {
	f := setupAccess(t, k)
	ctx := auth.System(context.Background())
	c := f.s.App.DB.Client

	t.Run("OnlyAssessMutationsStoreThem", func(t *testing.T) {
		fields := rootFields(t, f.s.GQL)
		for _, name := range []string{"Mutation.createAssessment", "Mutation.updateAssessment"} {
			if slices.Contains(fields, name) {
				t.Errorf("schema has %s: a status no plugin produced would read as a verdict", name)
			}
		}
		var types struct{ Create, Update *struct{ Name string } }
		f.s.GQL.MustData(t, `{ create: __type(name: "CreateAssessmentInput") { name } update: __type(name: "UpdateAssessmentInput") { name } }`, nil, &types)
		if types.Create != nil || types.Update != nil {
			t.Errorf("schema has assessment inputs nothing takes: %+v %+v", types.Create, types.Update)
		}
		before := snapshot(t, c)
		for _, role := range []string{rOpSame, rAdmin} {
			for _, q := range []struct {
				q    string
				vars map[string]any
			}{
				{`mutation($p: ID!) { createAssessment(input: {asOf: "2024-01-01", status: COMPLIANT, projectID: $p}) { id } }`, map[string]any{"p": f.ids["project"]}},
				{`mutation($id: ID!) { updateAssessment(id: $id, input: {status: COMPLIANT}) { id } }`, map[string]any{"id": f.ids["assessment"]}},
			} {
				// Not a refusal (FORBIDDEN) of a field that exists: no such field.
				if res := f.clients[role].Do(t, q.q, q.vars); len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, "Cannot query field") {
					t.Errorf("%s as %s: want an unknown field, got %s %s", q.q, role, res.Data, res.ErrorString())
				}
			}
		}
		if after := snapshot(t, c); after != before {
			t.Errorf("refused assessment writes changed something: %s → %s", before, after)
		}
		if s := c.Assessment.GetX(ctx, f.ids["assessment"]).Status; s != "INCOMPLETE" {
			t.Errorf("stored assessment's status changed to %s", s)
		}
	})

	var stationAssessment int
	t.Run("StationStaffedFromAnotherRegion", func(t *testing.T) {
		// The Hunan operator may do this through the API: the worker and the station both lie in
		// its scope. The worker has the seeded worker's personal facts, so the findings carry
		// assessedPersonal.
		hunan := f.clients[rOpParent]
		var w struct{ CreateSocialWorker struct{ ID string } }
		hunan.MustData(t, `mutation($r: ID!, $b: Date!) { createSocialWorker(input: {name: "跨区派驻社工（示例）", birthDate: $b, localHukou: true,
			hiredOn: "2028-05-01", laborContract: true, socialInsurance: [PENSION], regionID: $r}) { id } }`,
			map[string]any{"r": f.ids["hunan"], "b": privBirth}, &w)
		var st struct{ CreateStation struct{ ID string } }
		hunan.MustData(t, `mutation($r: ID!, $w: ID!) { createStation(input: {name: "跨区派驻社工站（示例）", township: "测试街道", county: "荷塘区",
			regionID: $r, workerIDs: [$w]}) { id } }`, map[string]any{"r": f.ids["zhuzhou"], "w": w.CreateSocialWorker.ID}, &st)
		f.ids["assessedStation"] = atoi(t, st.CreateStation.ID)

		// The premise: on the worker's own record, the Zhuzhou operator does not see the data.
		var worker struct {
			Node struct{ BirthDate, LocalHukou any }
		}
		f.clients[rOpSame].MustData(t, `query($id: ID!) { node(id: $id) { ... on SocialWorker { birthDate localHukou } } }`,
			map[string]any{"id": w.CreateSocialWorker.ID}, &worker)
		if worker.Node.BirthDate != nil || worker.Node.LocalHukou != nil {
			t.Fatalf("zhuzhou operator reads a hunan worker's personal data: %+v", worker.Node)
		}

		stationAssessment = atoi(t, assessAs(t, f.clients[rAdmin], "assessStation", f.ids["assessedStation"], "2028-06-01").ID)
		if got := c.Assessment.GetX(ctx, stationAssessment).PersonalRegionIds; !slices.Equal(got, []int{f.ids["hunan"]}) {
			t.Errorf("personal regions of the station assessment: %v, want hunan's [%d]", got, f.ids["hunan"])
		}
		// Every way of reading it, and for the operators their own assessStation answer.
		readAssessment(t, f, "Station", stationAssessment, rOpSame, false)
		readAssessment(t, f, "Station", stationAssessment, rOpParent, true)
		readAssessment(t, f, "Station", stationAssessment, rAdmin, true)
		readAssessment(t, f, "Station", stationAssessment, rResearcher, false)
		readAssessment(t, f, "Station", stationAssessment, rAnon, false)
	})

	t.Run("OrganisationHasNoPersonalData", func(t *testing.T) {
		// The organisation employs the seeded worker, but OrganizationSpec has no workers.
		made := assessAs(t, f.clients[rAdmin], "assessOrganization", f.ids["org"], "2024-06-01")
		if got := c.Assessment.GetX(ctx, atoi(t, made.ID)).PersonalRegionIds; got == nil || len(got) > 0 {
			t.Errorf("personal regions of the organisation assessment: %#v, want []", got)
		}
		want, _ := json.Marshal(made.Findings)
		if n := countFindings(made.Findings, func(fd finding) bool { return fd.Actual != nil }); n == 0 {
			t.Fatalf("organisation findings with an actual value: none in %s", want)
		}
		const fs = `findings { ruleId region concept status actual required remedy messageZh messageEn citation { document title clause quote } }`
		for _, role := range []string{rAnon, rResearcher, rOpOther, rOpSame} {
			var out struct {
				Node struct {
					Findings     []finding
					Organization struct {
						Assessments struct {
							Edges []struct {
								Node struct {
									ID       string
									Findings []finding
								}
							}
						}
					}
				}
			}
			f.clients[role].MustData(t, `query($id: ID!) { node(id: $id) { ... on Assessment { `+fs+`
				organization { assessments(first: 10) { edges { node { id `+fs+` } } } } } } }`, map[string]any{"id": made.ID}, &out)
			got := [][]finding{out.Node.Findings}
			for _, e := range out.Node.Organization.Assessments.Edges {
				if e.Node.ID == made.ID {
					got = append(got, e.Node.Findings)
				}
			}
			if len(got) != 2 {
				t.Errorf("%s: the assessment is not among its organisation's: %+v", role, out.Node.Organization.Assessments)
			}
			for _, fds := range got {
				if raw, _ := json.Marshal(fds); string(raw) != string(want) {
					t.Errorf("%s reads the organisation assessment otherwise than it was made:\n got %s\nwant %s", role, raw, want)
				}
			}
		}
		// The same for the answer of an operator's own assessOrganization.
		for _, role := range []string{rOpSame, rOpParent} {
			a := assessAs(t, f.clients[role], "assessOrganization", f.ids["org"], "2024-06-01")
			if n := countFindings(a.Findings, redactedFinding); n > 0 {
				t.Errorf("%s's assessOrganization answer has %d redacted findings", role, n)
			}
		}
	})

	t.Run("StoredBeforePersonalRegionsWereRecorded", func(t *testing.T) {
		// As assessStation stored them before: no personal regions, so the assessed station's
		// region decides, and nobody but admins reads an assessment of nothing in full.
		src := c.Assessment.GetX(ctx, stationAssessment)
		if src.PersonalRegionIds == nil {
			t.Fatal("assessStation recorded no personal regions")
		}
		old := c.Assessment.Create().SetAsOf(src.AsOf).SetStatus(src.Status).SetFindings(src.Findings).
			SetPluginRefs(src.PluginRefs).SetStationID(f.ids["assessedStation"]).SaveX(ctx)
		orphan := c.Assessment.Create().SetAsOf(src.AsOf).SetStatus(src.Status).SetFindings(src.Findings).
			SetPluginRefs(src.PluginRefs).SaveX(ctx)
		if got := c.Assessment.GetX(ctx, old.ID).PersonalRegionIds; got != nil {
			t.Fatalf("an assessment stored without personal regions reads back %#v, want nil (NULL)", got)
		}
		for _, tc := range []struct {
			id   int
			full map[string]bool
		}{
			{old.ID, map[string]bool{rAdmin: true, rOpSame: true, rOpParent: true, rOpOther: false, rResearcher: false, rAnon: false}},
			{orphan.ID, map[string]bool{rAdmin: true, rOpSame: false, rOpParent: false, rOpOther: false, rResearcher: false, rAnon: false}},
		} {
			for role, full := range tc.full {
				var out struct{ Node struct{ Findings []finding } }
				f.clients[role].MustData(t, `query($id: ID!) { node(id: $id) { ... on Assessment { findings { concept actual remedy messageZh messageEn } } } }`,
					map[string]any{"id": tc.id}, &out)
				fds := out.Node.Findings
				redacted := countFindings(fds, redactedFinding)
				switch {
				case len(fds) < 6:
					t.Errorf("assessment %d as %s: %d findings", tc.id, role, len(fds))
				case full && redacted > 0:
					t.Errorf("assessment %d as %s: %d findings redacted, want none", tc.id, role, redacted)
				case !full && redacted != len(fds):
					t.Errorf("assessment %d as %s: %d of %d findings redacted, want all", tc.id, role, redacted, len(fds))
				}
			}
		}
	})
}

// redactedFinding reports whether a finding's texts were replaced by graph.FindingRedacted.
func redactedFinding(fd finding) bool {
	return fd.MessageZh == graph.FindingRedacted && fd.MessageEn == graph.FindingRedacted &&
		(fd.Actual == nil || *fd.Actual == graph.FindingRedacted) && (fd.Remedy == nil || *fd.Remedy == graph.FindingRedacted)
}

func countFindings(fds []finding, match func(finding) bool) int {
	n := 0
	for _, fd := range fds {
		if match(fd) {
			n++
		}
	}
	return n
}

func atoi(t *testing.T, id string) int {
	t.Helper()
	var n int
	if _, err := fmt.Sscan(strings.TrimSpace(id), &n); err != nil {
		t.Fatalf("id %q: %v", id, err)
	}
	return n
}
