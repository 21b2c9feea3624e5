package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/internal/testdb"
)

// TestFailedUnlockReleasesLock makes pg_advisory_unlock fail on a healthy
// connection (an unknown function, so the session survives). The connection
// must then be closed rather than returned to the pool, where it would keep
// the migration lock and block every other server's start.
func TestFailedUnlockReleasesLock(t *testing.T) {
	url := testdb.URL(t, testdb.Postgres)
	ctx := context.Background()
	db, err := storage.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	restore := storage.SetUnlockSQL("SELECT shegong_no_such_unlock($1)")
	err = storage.Migrate(ctx, db, testdb.Logger(), nil)
	restore()
	if err != nil {
		t.Fatalf("migrate: %v", err)
	}

	// Another server (its own pool, its own session) must get the lock. The
	// backend of a closed connection exits asynchronously, so allow a moment.
	other, err := storage.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.SQL.Conn(ctx) // one session, so the unlock below releases what it took
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	deadline := time.Now().Add(5 * time.Second)
	for {
		var got bool
		if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1)", storage.MigrationLockKey).Scan(&got); err != nil {
			t.Fatalf("try lock: %v", err)
		}
		if got {
			_, _ = conn.ExecContext(ctx, "SELECT pg_advisory_unlock_all()")
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("migration lock still held after a failed unlock: the connection went back to the pool holding it")
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The first pool still works (the bad connection was dropped, not reused).
	if err := storage.Migrate(ctx, db, testdb.Logger(), nil); err != nil {
		t.Fatalf("second migrate on the first pool: %v", err)
	}
}
