package audit_test

import (
	"context"
	"errors"
	"maps"
	"strings"
	"sync"
	"testing"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/auditlog"
	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/internal/audit"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/testdb"
)

// TestRequestWritesNeedATransaction: a request's audited write outside a transaction is
// refused (its entry could not commit with it) and stores nothing; inside one it commits
// with its entry.
func TestRequestWritesNeedATransaction(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			db := testdb.Open(t, k)
			ctx := audit.WithAction(auth.NewContext(context.Background(), &auth.Viewer{Role: auth.Admin, Label: "admin"}), "createRegion")
			create := func(c *ent.Client, code string) error {
				return c.Region.Create().SetCode(code).SetNameZh("甲").SetNameEn("A").SetLevel(region.LevelCITY).SetAdminCode("110100").Exec(ctx)
			}
			err := create(db.Client, "bare")
			if err == nil || !strings.Contains(err.Error(), "outside a transaction") {
				t.Errorf("a request's write outside a transaction: got %v", err)
			}
			sys := auth.System(context.Background())
			if n := db.Client.Region.Query().Where(region.Code("bare")).CountX(sys); n != 0 {
				t.Errorf("the refused write is stored")
			}
			if err := audit.InTx(ctx, db.Client, func(c *ent.Client) error { return create(c, "intx") }); err != nil {
				t.Fatal(err)
			}
			if n := db.Client.AuditLog.Query().Where(auditlog.ActionEQ("createRegion"), auditlog.ActorEQ("admin")).CountX(sys); n != 1 {
				t.Errorf("%d audit entries for the write in a transaction, want 1", n)
			}
		})
	}
}

// TestCountWrites: an entry is counted once its fate is known: written when its transaction
// commits (or at once without one), rolled_back when the transaction rolls back with the
// change it recorded.
func TestCountWrites(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			db := testdb.Open(t, k)
			var mu sync.Mutex
			counted := map[string]int{}
			audit.CountWrites(db.Client, func(outcome, result string) {
				mu.Lock()
				counted[outcome+" "+result]++
				mu.Unlock()
			})
			ctx := audit.WithAction(auth.NewContext(context.Background(), &auth.Viewer{Role: auth.Admin, Label: "admin"}), "createRegion")
			create := func(c *ent.Client, code, adminCode string) error {
				return c.Region.Create().SetCode(code).SetNameZh("甲").SetNameEn("A").SetLevel(region.LevelCITY).SetAdminCode(adminCode).Exec(ctx)
			}
			if err := audit.InTx(ctx, db.Client, func(c *ent.Client) error { return create(c, "kept", "110100") }); err != nil {
				t.Fatal(err)
			}
			undone := errors.New("undone")
			if err := audit.InTx(ctx, db.Client, func(c *ent.Client) error {
				if err := create(c, "undone", "110200"); err != nil {
					return err
				}
				mu.Lock()
				defer mu.Unlock()
				if len(counted) != 1 {
					t.Errorf("counted before the transaction ended: %v", counted)
				}
				return undone
			}); !errors.Is(err, undone) {
				t.Fatal(err)
			}
			sys := auth.System(context.Background())
			if err := audit.Write(sys, db.Client, audit.Entry{Action: "check", EntityType: "Region", Outcome: audit.Forbidden}); err != nil {
				t.Fatal(err)
			}
			want := map[string]int{"ok written": 1, "ok rolled_back": 1, "forbidden written": 1}
			mu.Lock()
			defer mu.Unlock()
			if !maps.Equal(counted, want) {
				t.Errorf("counted %v, want %v", counted, want)
			}
		})
	}
}
