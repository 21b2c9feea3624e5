package server_test

import (
	"context"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"

	entsql "entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/graph/server"
	"github.com/shegong/shegong/internal/gqltest"
	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/testdb"
)

// listPage is the list page of issue 15's benchmark (internal/bench BenchmarkListProjects):
// a page of projects with contractor, region and ten budget lines each.
const listPage = `query($n: Int!) { projects(first: $n) {
	pageInfo { hasNextPage endCursor }
	edges { node {
		name headcount startsOn
		region { code nameZh }
		contractor { name unifiedSocialCreditCode }
		budgetLines(first: 10) { edges { node { category amount } } }
	} }
} }`

// TestListPageStatements counts the SQL statements of one list page: the same for 5 and for
// 50 projects (edges are eager-loaded, no N+1), and a COUNT only when totalCount is selected —
// pageInfo alone is answered from the extra row the page fetches.
func TestListPageStatements(t *testing.T) {
	eachKind(t, func(t *testing.T, k testdb.Kind) {
		db := testdb.Open(t, k)
		const units = 3 // 60 projects, more than the largest page
		if err := seed.Generate(context.Background(), db.Client, units, testdb.Logger()); err != nil {
			t.Fatal(err)
		}
		counter := testdb.NewCountingDriver(entsql.OpenDB(db.Dialect, db.SQL))
		e := serve(t, db, ent.NewClient(ent.Driver(counter)))
		statements := func(query string, n int) int64 {
			t.Helper()
			counter.Reset()
			var d struct {
				Projects struct {
					PageInfo struct{ HasNextPage bool }
					Edges    []struct {
						Node struct {
							Contractor  *struct{ Name string }
							BudgetLines struct{ Edges []struct{} }
						}
					}
				}
			}
			e.gq.MustData(t, query, map[string]any{"n": n}, &d)
			if len(d.Projects.Edges) != n || !d.Projects.PageInfo.HasNextPage {
				t.Fatalf("got %d projects (hasNextPage %v), want %d and a next page", len(d.Projects.Edges), d.Projects.PageInfo.HasNextPage, n)
			}
			if lines := len(d.Projects.Edges[0].Node.BudgetLines.Edges); lines == 0 {
				t.Fatalf("the first project has no budget lines: the page does not exercise the nested edge")
			}
			return counter.Count()
		}
		small, large := statements(listPage, 5), statements(listPage, 50)
		if small != large {
			t.Errorf("N+1: a page of 5 projects costs %d SQL statements, a page of 50 costs %d", small, large)
		}
		withTotal := statements(`query($n: Int!) { projects(first: $n) { totalCount pageInfo { hasNextPage } edges { node { contractor { name } budgetLines(first: 10) { edges { node { amount } } } } } } }`, 5)
		without := statements(`query($n: Int!) { projects(first: $n) { pageInfo { hasNextPage } edges { node { contractor { name } budgetLines(first: 10) { edges { node { amount } } } } } } }`, 5)
		if withTotal != without+1 {
			t.Errorf("a page with totalCount costs %d SQL statements, without it %d: want exactly one COUNT more, and none without", withTotal, without)
		}
		// An empty page (first: 0) has no extra row to tell whether more follow: it counts.
		var empty struct {
			Projects struct{ PageInfo struct{ HasNextPage bool } }
		}
		e.gq.MustData(t, `{ projects(first: 0) { pageInfo { hasNextPage } edges { node { name } } } }`, nil, &empty)
		if !empty.Projects.PageInfo.HasNextPage {
			t.Errorf("projects(first: 0): hasNextPage = false, want true (%d units of projects exist)", units)
		}
		t.Logf("%s: %d SQL statements per list page of 5 or 50 projects", k, large)
	})
}

// TestListPageMarshalsOnOneGoroutine records the goroutine that resolves each field below
// the root of a list page: all on one (graph/inlinemarshal), where gqlgen starts one per list
// element and per edge field — hundreds per page, whose stack growth cost about a third of
// the server's CPU.
func TestListPageMarshalsOnOneGoroutine(t *testing.T) {
	db := testdb.Open(t, testdb.SQLite)
	if err := seed.Generate(context.Background(), db.Client, 1, testdb.Logger()); err != nil {
		t.Fatal(err)
	}
	var (
		mu         sync.Mutex
		goroutines = map[string]int{}
	)
	srv := server.GraphQL(server.Options{Client: db.Client, Logger: testdb.Logger()})
	srv.AroundFields(func(ctx context.Context, next graphql.Resolver) (any, error) {
		if fc := graphql.GetFieldContext(ctx); fc.Object != "Query" {
			mu.Lock()
			goroutines[goroutineID()]++
			mu.Unlock()
		}
		return next(ctx)
	})
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	gq := &gqltest.Client{URL: ts.URL}
	var d struct {
		Projects struct{ Edges []struct{} }
	}
	gq.MustData(t, listPage, map[string]any{"n": 10}, &d)
	if len(d.Projects.Edges) != 10 {
		t.Fatalf("got %d projects, want 10", len(d.Projects.Edges))
	}
	if len(goroutines) != 1 {
		t.Errorf("the fields of a page of 10 projects were resolved on %d goroutines, want 1", len(goroutines))
	}
}

// goroutineID returns the id of the calling goroutine, from the first line of its stack
// ("goroutine 42 [running]:").
func goroutineID() string {
	buf := make([]byte, 64)
	buf = buf[:runtime.Stack(buf, false)]
	id, _, _ := strings.Cut(strings.TrimPrefix(string(buf), "goroutine "), " ")
	return id
}
