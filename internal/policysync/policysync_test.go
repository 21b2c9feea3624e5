package policysync_test

import (
	"context"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/policyparameter"
	entregion "github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/internal/policysync"
	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/internal/testdb"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

// counts returns the number of rows of every policy table.
func counts(t *testing.T, c *ent.Client) map[string]int {
	t.Helper()
	ctx := context.Background()
	out := map[string]int{}
	for name, q := range map[string]func() (int, error){
		"regions":    func() (int, error) { return c.Region.Query().Count(ctx) },
		"documents":  func() (int, error) { return c.PolicyDocument.Query().Count(ctx) },
		"parameters": func() (int, error) { return c.PolicyParameter.Query().Count(ctx) },
		"coverage":   func() (int, error) { return c.PolicyCoverage.Query().Count(ctx) },
		"catalog":    func() (int, error) { return c.CatalogItem.Query().Count(ctx) },
		"pilots":     func() (int, error) { return c.PilotSite.Query().Count(ctx) },
		"sources":    func() (int, error) { return c.PolicySource.Query().Count(ctx) },
	} {
		n, err := q()
		if err != nil {
			t.Fatalf("count %s: %v", name, err)
		}
		out[name] = n
	}
	return out
}

// described sums what the host's plugins describe, i.e. the rows a sync must write.
func described(t *testing.T, h *host.Host) map[string]int {
	t.Helper()
	out := map[string]int{"regions": len(h.Regions()), "sources": len(h.Regions())}
	for _, r := range h.Regions() {
		d, _, err := h.Describe(r)
		if err != nil {
			t.Fatal(err)
		}
		out["documents"] += len(d.Documents)
		out["parameters"] += len(d.Parameters)
		out["coverage"] += len(d.Coverage)
		out["catalog"] += len(d.Catalog)
		out["pilots"] += len(d.PilotSites)
	}
	return out
}

func equal(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestSyncIsIdempotent(t *testing.T) {
	for _, kind := range testdb.Kinds {
		t.Run(string(kind), func(t *testing.T) {
			ctx := context.Background()
			db := testdb.Open(t, kind)
			h, err := host.NewInProcess(regions.Builtin(), testdb.Logger())
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { h.Close() })

			// An empty database: the regions themselves come from the descriptions.
			if err := policysync.Sync(ctx, db, h, testdb.Logger()); err != nil {
				t.Fatal(err)
			}
			first := counts(t, db.Client)
			if want := described(t, h); !equal(first, want) {
				t.Fatalf("rows after sync = %v, want %v", first, want)
			}
			zz, err := db.Client.Region.Query().Where(entregion.Code("zhuzhou")).WithParent().Only(ctx)
			if err != nil || zz.Edges.Parent == nil || zz.Edges.Parent.Code != "hunan" || zz.NameZh != "株洲市" {
				t.Fatalf("zhuzhou row = %+v (parent %+v), err %v", zz, zz.Edges.Parent, err)
			}
			before, err := db.Client.PolicySource.Query().All(ctx)
			if err != nil {
				t.Fatal(err)
			}

			// The second sync finds every region unchanged: nothing is written.
			for _, r := range h.Regions() {
				res, err := policysync.SyncRegionResult(ctx, db, h, r, testdb.Logger())
				if err != nil {
					t.Fatal(err)
				}
				if !res.Skipped || res.Rows != 0 {
					t.Errorf("second sync of %s = %+v, want skipped", r, res)
				}
			}
			if err := policysync.Sync(ctx, db, h, testdb.Logger()); err != nil {
				t.Fatal(err)
			}
			if second := counts(t, db.Client); !equal(first, second) {
				t.Errorf("rows after second sync = %v, want %v", second, first)
			}
			after, err := db.Client.PolicySource.Query().All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for i := range before {
				if !after[i].SyncedAt.Equal(before[i].SyncedAt) {
					t.Errorf("source %d re-written: synced_at %v → %v", before[i].ID, before[i].SyncedAt, after[i].SyncedAt)
				}
			}

			// The stored rows carry the described values exactly.
			p, err := db.Client.PolicyParameter.Query().
				Where(policyparameter.ParamID("SZ.budget.package_min")).WithDocument().Only(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if p.Value != "163000.00" || p.Unit != "CNY/person/year" || p.Kind != "MONEY" ||
				p.CitationClause != "十三" || p.Edges.Document == nil || p.Edges.Document.Key != "SZ-2020" ||
				sdk.DateOf(p.ValidFrom.UTC()) != sdk.MustDate("2020-11-12") || sdk.DateOf(p.ValidTo.UTC()) != sdk.MustDate("2025-11-11") {
				t.Errorf("SZ package parameter = %+v", p)
			}
		})
	}
}

// switchable is a Shenzhen policy whose description can be changed between reloads, as a
// region's new plugin version would.
type switchable struct {
	sdk.Policy
	mode *atomic.Int32 // 0: as built; 1: package floor raised; 2: invalid data
}

func (p switchable) Describe(ctx context.Context) (*sdk.Description, error) {
	d, err := p.Policy.Describe(ctx)
	if err != nil || p.mode.Load() == 0 {
		return d, err
	}
	cp := *d
	cp.RulesetHash = "" // recomputed by the in-process adapter from the changed data
	cp.Parameters = slices.Clone(d.Parameters)
	for i := range cp.Parameters {
		if cp.Parameters[i].ID == "SZ.budget.package_min" {
			cp.Parameters[i].Value = "170000.00"
		}
	}
	cp.Catalog = slices.Clone(d.Catalog)
	switch p.mode.Load() {
	case 1:
		cp.Catalog = cp.Catalog[:len(cp.Catalog)-1] // one item dropped
	case 2:
		// Written after the parameters: a sync that fails here must leave no trace.
		cp.Catalog[len(cp.Catalog)-1].TermZh = strings.Repeat("长", 201)
	}
	return &cp, nil
}

func TestChangedRulesetReplacesRowsInOneTransaction(t *testing.T) {
	for _, kind := range testdb.Kinds {
		t.Run(string(kind), func(t *testing.T) {
			ctx := context.Background()
			db := testdb.Open(t, kind)
			var mode atomic.Int32
			policies := regions.Builtin()
			sz := policies["shenzhen"]
			policies["shenzhen"] = func() sdk.Policy { return switchable{Policy: sz(), mode: &mode} }
			h, err := host.NewInProcess(policies, testdb.Logger())
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { h.Close() })
			if err := policysync.Sync(ctx, db, h, testdb.Logger()); err != nil {
				t.Fatal(err)
			}
			base := counts(t, db.Client)
			_, ref0, _ := h.Describe("shenzhen")
			pkg := func() string {
				t.Helper()
				p, err := db.Client.PolicyParameter.Query().Where(policyparameter.ParamID("SZ.budget.package_min")).Only(ctx)
				if err != nil {
					t.Fatal(err)
				}
				return p.Value
			}
			source := func() *ent.PolicySource {
				t.Helper()
				s, err := db.Client.Region.Query().Where(entregion.Code("shenzhen")).QueryPolicySource().Only(ctx)
				if err != nil {
					t.Fatal(err)
				}
				return s
			}

			// A new ruleset: the region's rows are replaced, the other regions' are untouched.
			mode.Store(1)
			if err := h.Reload(ctx, "shenzhen"); err != nil {
				t.Fatal(err)
			}
			_, ref1, _ := h.Describe("shenzhen")
			if ref1.RulesetHash == ref0.RulesetHash {
				t.Fatal("changed data kept the ruleset hash")
			}
			// Ordered by id: without ORDER BY, Postgres returns rows in whatever order the plan
			// gives, which changes with the other regions' row counts.
			hunanBefore, err := db.Client.PolicyParameter.Query().Where(policyparameter.HasRegionWith(entregion.Code("hunan"))).Order(policyparameter.ByID()).IDs(ctx)
			if err != nil {
				t.Fatal(err)
			}
			res, err := policysync.SyncRegionResult(ctx, db, h, "shenzhen", testdb.Logger())
			if err != nil || res.Skipped {
				t.Fatalf("sync after change = %+v, %v", res, err)
			}
			if got := pkg(); got != "170000.00" {
				t.Errorf("package floor after change = %s, want 170000.00", got)
			}
			want := maps.Clone(base)
			want["catalog"]--
			if got := counts(t, db.Client); !equal(got, want) {
				t.Errorf("rows after change = %v, want %v", got, want)
			}
			if s := source(); s.RulesetHash != ref1.RulesetHash {
				t.Errorf("source hash = %s, want %s", s.RulesetHash, ref1.RulesetHash)
			}
			hunanAfter, err := db.Client.PolicyParameter.Query().Where(policyparameter.HasRegionWith(entregion.Code("hunan"))).Order(policyparameter.ByID()).IDs(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(hunanBefore, hunanAfter) {
				t.Errorf("hunan rows rewritten: %v → %v", hunanBefore, hunanAfter)
			}

			// A ruleset that cannot be stored fails the sync after the deletes ran: the
			// transaction rolls back and the previous ruleset's rows are all still there.
			mode.Store(2)
			if err := h.Reload(ctx, "shenzhen"); err != nil {
				t.Fatal(err)
			}
			err = policysync.SyncRegion(ctx, db, h, "shenzhen", testdb.Logger())
			if err == nil || !strings.Contains(err.Error(), "policy sync shenzhen") || !strings.Contains(err.Error(), "term_zh") {
				t.Fatalf("sync of invalid data: err = %v, want an error naming the region and field", err)
			}
			if got := counts(t, db.Client); !equal(got, want) {
				t.Errorf("rows after failed sync = %v, want %v (unchanged)", got, want)
			}
			if got := pkg(); got != "170000.00" {
				t.Errorf("package floor after failed sync = %s, want 170000.00", got)
			}
			if s := source(); s.RulesetHash != ref1.RulesetHash {
				t.Errorf("source after failed sync = %s, want %s", s.RulesetHash, ref1.RulesetHash)
			}

			// Back to the original plugin: the original rows return.
			mode.Store(0)
			if err := h.Reload(ctx, "shenzhen"); err != nil {
				t.Fatal(err)
			}
			if err := policysync.Sync(ctx, db, h, testdb.Logger()); err != nil {
				t.Fatal(err)
			}
			if got := counts(t, db.Client); !equal(got, base) {
				t.Errorf("rows after revert = %v, want %v", got, base)
			}
			if got := pkg(); got != "163000.00" {
				t.Errorf("package floor after revert = %s", got)
			}
		})
	}
}

// Servers starting together against one database sync it together: each region's rows are
// written by exactly one of them, and the others, waiting on that region's lock, find them
// written and skip, with no error and no duplicate, even in an empty database (no region rows
// yet, so every server would otherwise try to create them).
func TestConcurrentSyncs(t *testing.T) {
	for _, kind := range testdb.Kinds {
		t.Run(string(kind), func(t *testing.T) {
			ctx := context.Background()
			url := testdb.URL(t, kind)
			var dbs []*storage.DB
			for i := range 3 {
				db, err := storage.Open(ctx, url)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { db.Close() })
				if i == 0 {
					if err := storage.Migrate(ctx, db, testdb.Logger(), nil); err != nil {
						t.Fatal(err)
					}
				}
				dbs = append(dbs, db)
			}
			h, err := host.NewInProcess(regions.Builtin(), testdb.Logger())
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { h.Close() })
			// Parents first, as Sync orders them, so a region's row can point at its parent's.
			regs := h.Regions()
			slices.SortStableFunc(regs, func(a, b string) int {
				ca, _ := h.Chain(a)
				cb, _ := h.Chain(b)
				return len(ca) - len(cb)
			})
			results := make([][]policysync.Result, len(dbs))
			errs := make([][]error, len(dbs))
			var wg sync.WaitGroup
			for i, db := range dbs {
				wg.Go(func() {
					for _, r := range regs {
						res, err := policysync.SyncRegionResult(ctx, db, h, r, testdb.Logger())
						results[i] = append(results[i], res)
						errs[i] = append(errs[i], err)
					}
				})
			}
			wg.Wait()
			for i := range dbs {
				for j, err := range errs[i] {
					if err != nil {
						t.Errorf("server %d, region %s: %v", i, regs[j], err)
					}
				}
			}
			for j, r := range regs {
				writers := 0
				for i := range dbs {
					if !results[i][j].Skipped {
						writers++
					}
				}
				if writers != 1 {
					t.Errorf("region %s written by %d servers, want 1 (the others find it written)", r, writers)
				}
			}
			if got, want := counts(t, dbs[0].Client), described(t, h); !equal(got, want) {
				t.Errorf("rows after concurrent syncs = %v, want %v", got, want)
			}
		})
	}
}
