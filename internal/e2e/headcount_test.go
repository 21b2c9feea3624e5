package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/testdb"
)

// TestStoredHeadcount: over real HTTP, a project's headcount is 1 or more and never below the
// workers it links, however the write reaches it (createProject, updateProject, or the worker's
// side, createSocialWorker and updateSocialWorker), each refusal naming the input field with
// nothing written; a row written before the model refused it (headcount 0, more workers than
// the headcount) is refused by assessProject naming the stored field to update, not the id.
func TestStoredHeadcount(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			storedHeadcount(t, apptest.Start(t, apptest.Options{Kind: k, FastRestart: true}))
		})
	}
}

func storedHeadcount(t *testing.T, s *apptest.Server) {
	ctx := auth.System(context.Background())
	admin := s.As(s.Token(t, auth.Admin, "", "e2e headcount"))
	zz := s.App.DB.Client.Region.Query().Where(region.Code("zhuzhou")).OnlyIDX(ctx)
	worker := func() string {
		t.Helper()
		var out struct{ CreateSocialWorker struct{ ID string } }
		admin.MustData(t, `mutation($r: ID!) { createSocialWorker(input: {name: "人数测试社工（示例）", regionID: $r}) { id } }`,
			map[string]any{"r": zz}, &out)
		return out.CreateSocialWorker.ID
	}
	const createProject = `mutation($r: ID!, $h: Int!, $w: [ID!]) { createProject(input: {name: "人数测试项目（示例）", purchaser: "荷塘区民政局",
		domain: "DOM-ELDERLY", purchaseMode: PROJECT, startsOn: "2024-01-01", endsOn: "2024-12-31", headcount: $h, professionalPosts: 0,
		regionID: $r, workerIDs: $w}) { id } }`
	projects := func() int { return s.App.DB.Client.Project.Query().CountX(ctx) }
	refused := func(what, query string, vars map[string]any, field string) {
		t.Helper()
		before := projects()
		res := admin.Do(t, query, vars)
		if len(res.Errors) == 0 || res.Errors[0].Code() != "BAD_USER_INPUT" || res.Errors[0].Field() != field {
			t.Errorf("%s: want BAD_USER_INPUT on %s, got %.300s %s", what, field, res.Data, res.ErrorString())
		}
		if projects() != before {
			t.Errorf("%s: a project was written", what)
		}
	}
	w1, w2, w3 := worker(), worker(), worker()

	refused("headcount 0", createProject, map[string]any{"r": zz, "h": 0}, "input.headcount")
	refused("2 workers, headcount 1", createProject, map[string]any{"r": zz, "h": 1, "w": []string{w1, w2}}, "input.workerIDs")
	var out struct{ CreateProject struct{ ID string } }
	admin.MustData(t, createProject, map[string]any{"r": zz, "h": 2, "w": []string{w1, w2}}, &out)
	p := out.CreateProject.ID

	update := func(input string) string {
		if strings.Contains(input, "$w") {
			return `mutation($id: ID!, $w: ID!) { updateProject(id: $id, input: {` + input + `}) { id } }`
		}
		return `mutation($id: ID!) { updateProject(id: $id, input: {` + input + `}) { id } }`
	}
	refused("update to headcount 0", update(`headcount: 0`), map[string]any{"id": p}, "input.headcount")
	refused("headcount below the linked workers", update(`headcount: 1`), map[string]any{"id": p}, "input.headcount")
	refused("a third worker on headcount 2", update(`addWorkerIDs: [$w]`), map[string]any{"id": p, "w": w3}, "input.addWorkerIDs")
	refused("the worker's side, update", `mutation($w: ID!, $p: ID!) { updateSocialWorker(id: $w, input: {addProjectIDs: [$p]}) { id } }`,
		map[string]any{"w": w3, "p": p}, "input.addProjectIDs")
	refused("the worker's side, create", `mutation($r: ID!, $p: ID!) { createSocialWorker(input: {name: "人数测试社工（示例）", regionID: $r, projectIDs: [$p]}) { id } }`,
		map[string]any{"r": zz, "p": p}, "input.projectIDs")
	var n struct {
		Node struct{ Workers struct{ TotalCount int } }
	}
	admin.MustData(t, `query($id: ID!) { node(id: $id) { ... on Project { workers(first: 5) { totalCount } } } }`, map[string]any{"id": p}, &n)
	if n.Node.Workers.TotalCount != 2 {
		t.Errorf("after the refusals the project links %d workers, want 2", n.Node.Workers.TotalCount)
	}
	// Within the headcount every side is accepted: one out, another in, then a third seat.
	admin.MustData(t, update(`removeWorkerIDs: [$w]`), map[string]any{"id": p, "w": w2}, nil)
	admin.MustData(t, `mutation($w: ID!, $p: ID!) { updateSocialWorker(id: $w, input: {addProjectIDs: [$p]}) { id } }`, map[string]any{"w": w3, "p": p}, nil)
	admin.MustData(t, update(`headcount: 3, addWorkerIDs: [$w]`), map[string]any{"id": p, "w": w2}, nil)

	// Rows written before the model refused them.
	assess := func(what, id, field, says string) {
		t.Helper()
		res := admin.Do(t, `mutation($id: ID!) { assessProject(id: $id, asOf: "2024-06-01") { id } }`, map[string]any{"id": id})
		if len(res.Errors) == 0 || res.Errors[0].Code() != "BAD_USER_INPUT" || res.Errors[0].Field() != field || !strings.Contains(res.Errors[0].Message, says) {
			t.Errorf("%s: want BAD_USER_INPUT on %s saying %q, got %.300s %s", what, field, says, res.Data, res.ErrorString())
		}
	}
	var pid int
	if _, err := fmt.Sscan(p, &pid); err != nil {
		t.Fatalf("project id %q: %v", p, err)
	}
	db := s.App.DB.SQL
	if _, err := db.ExecContext(ctx, fmt.Sprintf(`UPDATE projects SET headcount = 0 WHERE id = %d`, pid)); err != nil {
		t.Fatal(err)
	}
	assess("a stored headcount of 0", p, "headcount", "the stored project's headcount is 0; update it")
	if _, err := db.ExecContext(ctx, fmt.Sprintf(`UPDATE projects SET headcount = 1 WHERE id = %d`, pid)); err != nil {
		t.Fatal(err)
	}
	assess("3 stored workers on headcount 1", p, "workers", "links more workers than its headcount")
	admin.MustData(t, update(`headcount: 3`), map[string]any{"id": p}, nil)
	admin.MustData(t, `mutation($id: ID!) { assessProject(id: $id, asOf: "2024-06-01") { id } }`, map[string]any{"id": p}, nil)
}
