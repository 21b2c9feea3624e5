package server_test

import (
	"context"
	"fmt"
	"github.com/shegong/shegong/internal/auth"
	"net/http/httptest"
	"testing"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/graph/server"
	"github.com/shegong/shegong/internal/gqltest"
	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/internal/testdb"
)

// env is a real HTTP server over a real database of one kind.
type env struct {
	db *storage.DB
	gq *gqltest.Client
}

// start serves a migrated database of kind k seeded with scale units of
// demo data (0: regions only).
func start(t *testing.T, k testdb.Kind, scale int) *env {
	t.Helper()
	db := testdb.Open(t, k)
	ctx := context.Background()
	if scale > 0 {
		if err := seed.Generate(ctx, db.Client, scale, testdb.Logger()); err != nil {
			t.Fatal(err)
		}
	} else if _, err := seed.EnsureRegions(ctx, db.Client); err != nil {
		t.Fatal(err)
	}
	return serve(t, db, db.Client)
}

func serve(t *testing.T, db *storage.DB, client *ent.Client) *env {
	t.Helper()
	// These tests exercise the domain model, not access control (internal/access tests
	// that): every request is an admin's.
	admin := func(context.Context, string) (*auth.Viewer, error) {
		return &auth.Viewer{Role: auth.Admin, Label: "test admin", TokenID: 1}, nil
	}
	ts := httptest.NewServer(server.New(server.Options{Client: client, Logger: testdb.Logger(), Authenticate: admin}))
	t.Cleanup(ts.Close)
	return &env{db: db, gq: &gqltest.Client{URL: ts.URL + "/graphql", Token: "test"}}
}

// eachKind runs f as a subtest on SQLite and on PostgreSQL.
func eachKind(t *testing.T, f func(t *testing.T, k testdb.Kind)) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			f(t, k)
		})
	}
}

// ids holds one id of each seeded entity, for mutations that need references.
type ids struct {
	region, org, worker, training, station, project, budgetLine, evaluation int
}

func firstIDs(t *testing.T, c *ent.Client) ids {
	t.Helper()
	ctx := context.Background()
	one := func(id int, err error) int {
		t.Helper()
		if err != nil {
			t.Fatalf("first id: %v", err)
		}
		return id
	}
	return ids{
		region:     one(c.Region.Query().FirstID(ctx)),
		org:        one(c.Organization.Query().FirstID(ctx)),
		worker:     one(c.SocialWorker.Query().FirstID(ctx)),
		training:   one(c.TrainingRecord.Query().FirstID(ctx)),
		station:    one(c.Station.Query().FirstID(ctx)),
		project:    one(c.Project.Query().FirstID(ctx)),
		budgetLine: one(c.BudgetLine.Query().FirstID(ctx)),
		evaluation: one(c.PerformanceEvaluation.Query().FirstID(ctx)),
	}
}

func idStr(id int) string { return fmt.Sprint(id) }
