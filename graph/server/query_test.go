package server_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/assessment"
	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/creditcode"
	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/testdb"
)

func TestPaginationCaps(t *testing.T) {
	eachKind(t, func(t *testing.T, k testdb.Kind) {
		e := start(t, k, 1)
		for _, c := range []struct {
			query, field string // field "" means success
		}{
			{`{ projects { totalCount } }`, "first"},
			{`{ projects(first: 101) { totalCount } }`, "first"},
			{`{ projects(last: 101) { totalCount } }`, "last"},
			{`{ projects(first: -1) { totalCount } }`, "first"},
			{`{ projects(first: 100) { totalCount } }`, ""},
			{`{ projects(last: 100) { totalCount } }`, ""},
			{`{ regions(first: 1) { edges { node { projects(first: 101) { totalCount } } } } }`, "first"},
			{`{ regions(first: 1) { edges { node { projects(first: 100) { totalCount } } } } }`, ""},
		} {
			r := e.gq.Do(t, c.query, nil)
			switch {
			case c.field == "" && len(r.Errors) > 0:
				t.Errorf("%s: unexpected error %s", c.query, r.ErrorString())
			case c.field != "" && (len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || r.Errors[0].Field() != c.field):
				t.Errorf("%s: want BAD_USER_INPUT on %s, got %s", c.query, c.field, r.ErrorString())
			}
		}
		// Paging through all projects with cursors visits each exactly once.
		var seen []string
		after := any(nil)
		for range 20 {
			var d struct {
				Projects struct {
					Edges    []struct{ Node struct{ ID string } }
					PageInfo struct {
						HasNextPage bool
						EndCursor   string
					}
				}
			}
			e.gq.MustData(t, `query($after: Cursor) { projects(first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
				map[string]any{"after": after}, &d)
			for _, ed := range d.Projects.Edges {
				seen = append(seen, ed.Node.ID)
			}
			if !d.Projects.PageInfo.HasNextPage {
				break
			}
			after = d.Projects.PageInfo.EndCursor
		}
		if len(seen) != seed.ProjectsPerRegion*len(seed.Regions) {
			t.Errorf("paged through %d projects, want %d", len(seen), seed.ProjectsPerRegion*len(seed.Regions))
		}
	})
}

func TestFilterAndOrderChineseText(t *testing.T) {
	eachKind(t, func(t *testing.T, k testdb.Kind) {
		e := start(t, k, 0)
		sz, err := e.db.Client.Region.Query().Where(region.Code("shenzhen")).OnlyID(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		ok := validInputs(ids{region: sz})["Organization"]
		names := []string{"阳光社工服务社", "彩虹社工中心", "和谐社区服务中心", "春晖社工事务所"}
		for i, n := range names {
			code, err := creditcode.Build("52", "440300", fmt.Sprintf("TW%06d", i))
			if err != nil {
				t.Fatal(err)
			}
			e.gq.MustData(t, createMutation("Organization"), map[string]any{"input": with(ok, "name", n, "unifiedSocialCreditCode", code)}, nil)
		}
		var want []string
		for _, n := range names {
			if strings.Contains(n, "社工") {
				want = append(want, n)
			}
		}
		slices.Sort(want) // code-point order, which the test databases collate by
		for _, dir := range []string{"ASC", "DESC"} {
			var d struct {
				Organizations struct {
					TotalCount int
					Edges      []struct{ Node struct{ Name string } }
				}
			}
			e.gq.MustData(t, fmt.Sprintf(`{ organizations(first: 10, where: {nameContains: "社工"}, orderBy: {field: NAME, direction: %s}) {
				totalCount edges { node { name } } } }`, dir), nil, &d)
			var got []string
			for _, ed := range d.Organizations.Edges {
				got = append(got, ed.Node.Name)
			}
			exp := slices.Clone(want)
			if dir == "DESC" {
				slices.Reverse(exp)
			}
			if !slices.Equal(got, exp) || d.Organizations.TotalCount != len(want) {
				t.Errorf("%s: got %v (total %d), want %v", dir, got, d.Organizations.TotalCount, exp)
			}
		}
		// Combined filters: region code through an edge predicate, and a range.
		var d struct{ Organizations struct{ TotalCount int } }
		e.gq.MustData(t, `{ organizations(first: 10, where: {hasRegionWith: {code: "shenzhen"}, fullTimeStaffGTE: 10, nameContains: "中心"}) { totalCount } }`, nil, &d)
		if d.Organizations.TotalCount != 2 {
			t.Errorf("combined filter: got %d, want 2", d.Organizations.TotalCount)
		}
	})
}

func TestNodeLookups(t *testing.T) {
	eachKind(t, func(t *testing.T, k testdb.Kind) {
		e := start(t, k, 1)
		ref := firstIDs(t, e.db.Client)
		ok := validInputs(ref)
		// Seeded types plus those the demo does not create.
		want := map[string]string{
			"Region": idStr(ref.region), "Organization": idStr(ref.org), "SocialWorker": idStr(ref.worker),
			"TrainingRecord": idStr(ref.training), "Station": idStr(ref.station), "Project": idStr(ref.project),
			"BudgetLine": idStr(ref.budgetLine), "PerformanceEvaluation": idStr(ref.evaluation),
		}
		for _, entity := range []string{"PolicyDocument", "PolicyParameter", "CatalogItem", "PilotSite"} {
			var d map[string]struct{ ID string }
			e.gq.MustData(t, createMutation(entity), map[string]any{"input": ok[entity]}, &d)
			want[entity] = d["create"+entity].ID
		}
		// No mutation but the assess ones (which need the plugins) stores an assessment.
		a := e.db.Client.Assessment.Create().SetAsOf(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)).
			SetStatus(assessment.StatusINCOMPLETE).SetProjectID(ref.project).SaveX(auth.System(context.Background()))
		want["Assessment"] = idStr(a.ID)
		var allIDs []string
		for typ, id := range want {
			var d struct {
				Node struct {
					Typename string `json:"__typename"`
					ID       string
				}
			}
			e.gq.MustData(t, `query($id: ID!) { node(id: $id) { __typename id } }`, map[string]any{"id": id}, &d)
			if d.Node.Typename != typ || d.Node.ID != id {
				t.Errorf("node(%s) = %s %s, want %s", id, d.Node.Typename, d.Node.ID, typ)
			}
			allIDs = append(allIDs, id)
		}
		var d struct {
			Nodes []struct {
				Typename string `json:"__typename"`
				ID       string
			}
		}
		e.gq.MustData(t, `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, map[string]any{"ids": allIDs}, &d)
		for i, n := range d.Nodes {
			if n.ID != allIDs[i] {
				t.Errorf("nodes()[%d] = %s, want %s", i, n.ID, allIDs[i])
			}
		}
		// Ids are global: a project id is not a region.
		r := e.gq.Do(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": "12345"})
		if len(r.Errors) != 1 || r.Errors[0].Code() != "NOT_FOUND" {
			t.Errorf("node(missing): want NOT_FOUND, got %s", r.ErrorString())
		}
		r = e.gq.Do(t, `mutation($id: ID!) { updateRegion(id: $id, input: {nameEn: "x"}) { id } }`, map[string]any{"id": want["Project"]})
		if len(r.Errors) != 1 || r.Errors[0].Code() != "NOT_FOUND" {
			t.Errorf("updateRegion(project id): want NOT_FOUND, got %s", r.ErrorString())
		}
	})
}

// nestedQuery selects a page of projects with every kind of nested edge.
const nestedQuery = `query($n: Int!) { projects(first: $n, orderBy: {field: NAME}) {
	totalCount
	edges { node {
		name
		region { code parent { code } }
		contractor { name region { code } }
		budgetLines(first: 10) { totalCount edges { node { category amount } } }
		evaluations(first: 5) { edges { node { rating evaluatedOn } } }
		workers(first: 5) { totalCount edges { node { name trainingRecords(first: 3) { edges { node { hours unit } } } } } }
	} }
} }`

// TestNoNPlusOne proves that nested edges are loaded eagerly (entgql
// CollectFields): 10 projects and 100 projects cost the same number of SQL
// statements.
func TestNoNPlusOne(t *testing.T) {
	eachKind(t, func(t *testing.T, k testdb.Kind) {
		db := testdb.Open(t, k)
		if err := seed.Generate(context.Background(), db.Client, 5, testdb.Logger()); err != nil {
			t.Fatal(err)
		}
		counter := testdb.NewCountingDriver(entsql.OpenDB(db.Dialect, db.SQL))
		e := serve(t, db, ent.NewClient(ent.Driver(counter)))
		count := func(n int) int64 {
			counter.Reset()
			var d struct {
				Projects struct {
					Edges []struct{ Node struct{ Name string } }
				}
			}
			e.gq.MustData(t, nestedQuery, map[string]any{"n": n}, &d)
			if len(d.Projects.Edges) != n {
				t.Fatalf("got %d projects, want %d", len(d.Projects.Edges), n)
			}
			return counter.Count()
		}
		small, large := count(10), count(100)
		if small != large {
			t.Errorf("N+1: 10 projects cost %d queries, 100 projects cost %d", small, large)
		}
		if large > 20 {
			t.Errorf("100 projects with nested edges cost %d queries, want a small constant", large)
		}
		t.Logf("%s: %d SQL statements for 10 or 100 projects with nested edges", k, large)
	})
}

func TestQueryLimits(t *testing.T) {
	e := start(t, testdb.SQLite, 0)
	deep := `{ regions(first: 1) { edges { node { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } } } }`
	expensive := `{ projects(first: 100) { edges { node { workers(first: 100) { edges { node { trainingRecords(first: 100) { edges { node { hours } } } } } } } } } }`
	for _, q := range []string{deep, expensive} {
		r := e.gq.Do(t, q, nil)
		if len(r.Errors) != 1 || r.Errors[0].Code() != "LIMIT_EXCEEDED" {
			t.Errorf("want LIMIT_EXCEEDED, got %s", r.ErrorString())
		}
	}
	// GraphiQL's introspection query is deep but allowed.
	r := e.gq.Do(t, `{ __schema { types { name fields { name type { kind ofType { kind ofType { kind ofType { kind ofType { kind ofType { kind ofType { name } } } } } } } } } } }`, nil)
	if len(r.Errors) > 0 {
		t.Errorf("introspection: %s", r.ErrorString())
	}
}
