package storage_test

import (
	"context"
	"testing"

	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/internal/testdb"
)

// BenchmarkMigrateFreshPostgres measures bringing an empty PostgreSQL database to the current
// schema: by the versioned files (what serve and migrate do) and by ent's auto-migration (what
// they did before), e.g. go test -run '^$' -bench MigrateFresh -benchtime 5x -count 5.
func BenchmarkMigrateFreshPostgres(b *testing.B) {
	ctx := context.Background()
	for _, mode := range []string{"versioned", "auto"} {
		b.Run(mode, func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				db, err := storage.Open(ctx, testdb.URL(b, testdb.Postgres))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if mode == "versioned" {
					err = storage.Migrate(ctx, db, testdb.Logger(), nil)
				} else {
					err = storage.AutoMigrate(ctx, db)
				}
				b.StopTimer()
				if err != nil {
					b.Fatal(err)
				}
				_ = db.Close()
				b.StartTimer()
			}
		})
	}
}
