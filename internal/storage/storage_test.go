package storage_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/internal/testdb"
)

// TestConcurrentMigrations starts several "servers" against one fresh
// database at once: all must migrate and come up, and the demo data must be
// loaded exactly once.
func TestConcurrentMigrations(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			url := testdb.URL(t, k)
			ctx := context.Background()
			const servers = 3
			var wg sync.WaitGroup
			errs := make([]error, servers)
			reports := make([]storage.Report, servers)
			for i := range servers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					db, err := storage.Open(ctx, url)
					if err != nil {
						errs[i] = err
						return
					}
					defer db.Close()
					reports[i], errs[i] = storage.MigrateReport(ctx, db, testdb.Logger(), func(ctx context.Context) error {
						return seed.DemoIfEmpty(ctx, db.Client, testdb.Logger())
					})
				}()
			}
			wg.Wait()
			for i, err := range errs {
				if err != nil {
					t.Errorf("server %d: %v", i, err)
				}
			}
			db, err := storage.Open(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if k == testdb.Postgres {
				// One server applied the files; the others, waiting on the lock, found them applied.
				appliers := 0
				for _, r := range reports {
					if len(r.Applied) > 0 {
						appliers++
					}
				}
				if appliers != 1 {
					t.Errorf("%d servers applied migration files, want 1: %+v", appliers, reports)
				}
				dir, _ := storage.MigrationDir()
				files, _ := dir.Files()
				var want []string
				for _, f := range files {
					want = append(want, f.Version())
				}
				if got := revisionVersions(t, db.SQL); !slices.Equal(got, want) {
					t.Errorf("revisions = %v, want each file once: %v", got, want)
				}
			}
			if n := db.Client.Region.Query().CountX(ctx); n != len(seed.Regions) {
				t.Errorf("regions = %d, want %d (demo data loaded more than once?)", n, len(seed.Regions))
			}
			if n := db.Client.Organization.Query().CountX(ctx); n != seed.OrgsPerRegion*len(seed.Regions) {
				t.Errorf("organisations = %d, want %d", n, seed.OrgsPerRegion*len(seed.Regions))
			}
		})
	}
}

func TestOpenRejectsUnreachablePostgres(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := storage.Open(ctx, "postgres://nobody:secret@127.0.0.1:1/none?sslmode=disable&connect_timeout=1"); err == nil {
		t.Fatal("want an error")
	} else if contains(err.Error(), "secret") {
		t.Errorf("error leaks the password: %v", err)
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
