package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shegong/shegong/graph"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/testdb"
	"github.com/shegong/shegong/regions/hunan"
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

	t.Run("BirthDateNotFoundBySearchingAsOf", func(t *testing.T) {
		birthDateNotFoundBySearchingAsOf(t, f)
	})
}

// birthDateNotFoundBySearchingAsOf plays the attacker of a birth date: the Zhuzhou operator,
// who may assess a Zhuzhou station but not read the personal data of the Hunan worker staffing
// it, assesses it as of chosen days. A day before the worker's birth, or past sdk.MaxAge, once
// made the worker an invalid subject, so that whether assessStation failed on a day — let alone
// the age its message quoted — located the birth date in about a dozen requests; and the status
// of the age rule (HN-STAFF-AGE-MAX-40), which redaction keeps, located the day the worker turns
// 41 in about sixteen. Now that operator may assess only as of today: every other day is refused
// alike, whoever staffs the station, and the bounds of asOf refuse alike too. Viewers who may
// read the worker's data (admins, the Hunan operator) assess any day, and for them the search
// does find the day: the attack is real, and only the permission stops it.
func birthDateNotFoundBySearchingAsOf(t *testing.T, f *fixture) {
	hunanOp := f.clients[rOpParent]
	station := func(birth string) int {
		var w struct{ CreateSocialWorker struct{ ID string } }
		hunanOp.MustData(t, `mutation($r: ID!, $b: Date!) { createSocialWorker(input: {name: "出生日期测试社工（示例）", birthDate: $b,
			localHukou: true, regionID: $r}) { id } }`, map[string]any{"r": f.ids["hunan"], "b": birth}, &w)
		var st struct{ CreateStation struct{ ID string } }
		hunanOp.MustData(t, `mutation($r: ID!, $w: ID!) { createStation(input: {name: "出生日期测试社工站（示例）", township: "测试街道", county: "荷塘区",
			regionID: $r, workerIDs: [$w]}) { id } }`, map[string]any{"r": f.ids["zhuzhou"], "w": w.CreateSocialWorker.ID}, &st)
		return atoi(t, st.CreateStation.ID)
	}
	// Born within the bounds of asOf (41 on 2044-06-15), and 150 years old within them
	// (sdk.MaxAge).
	const youngBirth, youngTurns41 = "2003-06-15", "2044-06-15"
	young, old := station(youngBirth), station("1900-05-20")
	// seen is everything role's answer shows but the new assessment's id and day; asOf ""
	// leaves it out.
	seen := func(role string, id int, asOf string) (string, bool) {
		vars := map[string]any{"id": id}
		if asOf != "" {
			vars["d"] = asOf
		}
		res := f.clients[role].Do(t, `mutation($id: ID!, $d: Date) { assessStation(id: $id, asOf: $d) {
			status findings { ruleId region concept status actual required remedy messageZh messageEn } } }`, vars)
		if len(res.Errors) > 0 {
			return res.ErrorString(), true
		}
		return string(res.Data), false
	}
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	// bisect is the attacker's search for the day answer changes between from and to: none
	// when it answers them alike.
	bisect := func(answer func(day string) string, from, to string) (string, bool) {
		lo, hi := day(from), day(to)
		first := answer(from)
		if answer(to) == first {
			return "", false
		}
		for hi.Sub(lo) > 24*time.Hour {
			mid := lo.Add(hi.Sub(lo) / 2).Truncate(24 * time.Hour)
			if answer(mid.Format(time.DateOnly)) == first {
				lo = mid
			} else {
				hi = mid
			}
		}
		return hi.Format(time.DateOnly), true
	}
	// The status of the age rule in role's answer for the young worker's station, or the error.
	ageStatus := func(role string) func(string) string {
		return func(asOf string) string {
			res := f.clients[role].Do(t, `mutation($id: ID!, $d: Date) { assessStation(id: $id, asOf: $d) { findings { ruleId status } } }`,
				map[string]any{"id": young, "d": asOf})
			if len(res.Errors) > 0 {
				return res.ErrorString()
			}
			var out struct {
				AssessStation struct {
					Findings []struct{ RuleID, Status string }
				}
			}
			if err := json.Unmarshal(res.Data, &out); err != nil {
				t.Fatalf("answer %s: %v", res.Data, err)
			}
			for _, fd := range out.AssessStation.Findings {
				if fd.RuleID == hunan.RuleAgeMax {
					return fd.Status
				}
			}
			t.Fatalf("no %s finding in %s", hunan.RuleAgeMax, res.Data)
			return ""
		}
	}
	for _, role := range []string{rAdmin, rOpParent} {
		if d, found := bisect(ageStatus(role), "2024-01-01", "2099-12-31"); d != youngTurns41 {
			t.Errorf("%s, who may read the worker's birth date, bisecting the age rule's status: found %v %s, want %s", role, found, d, youngTurns41)
		}
	}
	if d, found := bisect(ageStatus(rOpSame), "2024-01-01", "2099-12-31"); found {
		t.Errorf("the zhuzhou operator bisecting the age rule's status found %s (the worker turns 41 on %s)", d, youngTurns41)
	}

	// Every day in the bounds but today is refused alike for both stations, naming asOf; the
	// days around the birth date, the age rule's edge and sdk.MaxAge included.
	today := serverToday(t, f)
	days := []string{"2000-01-01", "2003-06-14", youngBirth, "2024-01-01", "2044-06-14", youngTurns41,
		"2050-05-19", "2050-05-20", "2051-05-19", "2051-05-20", "2099-12-31",
		day(today).AddDate(0, 0, -1).Format(time.DateOnly), day(today).AddDate(0, 0, 1).Format(time.DateOnly)}
	var refusal string
	for _, d := range days {
		for _, id := range []int{young, old} {
			got, refused := seen(rOpSame, id, d)
			if !refused || !strings.Contains(got, "code=FORBIDDEN field=asOf") || refusal != "" && got != refusal {
				t.Errorf("zhuzhou operator, station %d, asOf %s: want the same FORBIDDEN on asOf as every other day, got\n%.300s\nfirst refusal:\n%.300s", id, d, got, refusal)
			}
			if refusal == "" {
				refusal = got
			}
			// Whoever may read the worker's data assesses that day; a day before the birth
			// date or past sdk.MaxAge too (the age is held to 0..150).
			for _, role := range []string{rAdmin, rOpParent} {
				if got, refused := seen(role, id, d); refused {
					t.Errorf("%s, station %d, asOf %s: refused: %s", role, id, d, got)
				}
			}
		}
	}
	if !strings.Contains(refusal, "assessStation") || !strings.Contains(refusal, "today") {
		t.Errorf("the refusal should name assessStation and the rule (today): %s", refusal)
	}
	// Today, left out or given, the operator assesses — redacted — and both answers agree.
	for _, id := range []int{young, old} {
		implicit, refused := seen(rOpSame, id, "")
		explicit, refusedExplicit := seen(rOpSame, id, today)
		if serverToday(t, f) != today {
			t.Log("the day changed in China during the test: today's answers not compared")
			break
		}
		if refused || refusedExplicit || implicit != explicit {
			t.Errorf("zhuzhou operator, station %d, as of today: want the same answer left out and given:\n%s\n%s", id, implicit, explicit)
		}
		var out struct{ AssessStation struct{ Findings []finding } }
		if err := json.Unmarshal([]byte(implicit), &out); err == nil {
			if n := countFindings(out.AssessStation.Findings, func(fd finding) bool { return !redactedFinding(fd) }); n > 0 || len(out.AssessStation.Findings) == 0 {
				t.Errorf("zhuzhou operator, station %d, as of today: %d of %d findings not redacted", id, n, len(out.AssessStation.Findings))
			}
		}
	}
	// A project staffed from another region alike: today only, for the Zhuzhou operator.
	var w struct{ CreateSocialWorker struct{ ID string } }
	hunanOp.MustData(t, `mutation($r: ID!, $b: Date!) { createSocialWorker(input: {name: "出生日期测试社工（示例）", birthDate: $b,
		localHukou: true, regionID: $r}) { id } }`, map[string]any{"r": f.ids["hunan"], "b": youngBirth}, &w)
	var p struct{ CreateProject struct{ ID string } }
	hunanOp.MustData(t, `mutation($r: ID!, $w: ID!) { createProject(input: {name: "出生日期测试项目（示例）", purchaser: "株洲市民政局",
		domain: "DOM-ELDERLY", purchaseMode: POST, startsOn: "2024-01-01", endsOn: "2024-12-31", headcount: 1, professionalPosts: 1,
		regionID: $r, workerIDs: [$w]}) { id } }`, map[string]any{"r": f.ids["zhuzhou"], "w": w.CreateSocialWorker.ID}, &p)
	for _, tc := range []struct {
		role, asOf string
		refused    bool
	}{{rOpSame, youngTurns41, true}, {rOpSame, "", false}, {rOpSame, today, false}, {rOpParent, youngTurns41, false}, {rAdmin, youngTurns41, false}} {
		vars := map[string]any{"id": p.CreateProject.ID}
		if tc.asOf != "" {
			vars["d"] = tc.asOf
		}
		res := f.clients[tc.role].Do(t, `mutation($id: ID!, $d: Date) { assessProject(id: $id, asOf: $d) { status } }`, vars)
		switch {
		case tc.refused && (len(res.Errors) == 0 || res.Errors[0].Code() != "FORBIDDEN" || res.Errors[0].Field() != "asOf" || !strings.Contains(res.Errors[0].Message, "assessProject")):
			t.Errorf("%s assessing the project as of %s: want FORBIDDEN on asOf naming assessProject, got %.300s %s", tc.role, tc.asOf, res.Data, res.ErrorString())
		case !tc.refused && len(res.Errors) > 0:
			t.Errorf("%s assessing the project as of %q: %s", tc.role, tc.asOf, res.ErrorString())
		}
	}
	// Outside the bounds, every station is refused alike for everyone, naming asOf and never
	// an age.
	for _, asOf := range []string{"0001-01-01", "1800-01-01", "1999-12-31", "2100-01-01", "2250-01-01", "9999-12-31"} {
		for _, role := range []string{rOpSame, rAdmin} {
			a, aRefused := seen(role, young, asOf)
			b, _ := seen(role, old, asOf)
			if !aRefused || a != b || !strings.Contains(a, "code=BAD_USER_INPUT field=asOf") {
				t.Errorf("%s, asOf %s: want the same BAD_USER_INPUT on asOf for both stations, got\n%s\n%s", role, asOf, a, b)
			}
		}
	}
}

// serverToday is the day the server takes for today: the asOf of an evaluation without one.
func serverToday(t *testing.T, f *fixture) string {
	t.Helper()
	var out struct{ Evaluate struct{ AsOf string } }
	f.s.GQL.MustData(t, `{ evaluate(region: "zhuzhou", subject: {worker: {age: 30}}) { asOf } }`, nil, &out)
	if _, err := time.Parse(time.DateOnly, out.Evaluate.AsOf); err != nil {
		t.Fatalf("evaluate's default asOf %q: %v", out.Evaluate.AsOf, err)
	}
	return out.Evaluate.AsOf
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
