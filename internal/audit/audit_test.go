package audit_test

import (
	"context"
	"strings"
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
