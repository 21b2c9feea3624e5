package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/internal/testdb"
)

// TestAlignIDRangesLeavesASequenceUsedMeanwhile: a replica that starts while another one inserts
// into a table whose sequence was still unused must not restart that sequence once the insert
// commits, or the next insert is given the same id again (duplicate key on the primary key).
func TestAlignIDRangesLeavesASequenceUsedMeanwhile(t *testing.T) {
	db := testdb.Open(t, testdb.Postgres)
	ctx := context.Background()
	var called bool
	if err := db.SQL.QueryRowContext(ctx, `SELECT is_called FROM audit_logs_id_seq`).Scan(&called); err != nil {
		t.Fatal(err)
	}
	if called {
		t.Fatal("audit_logs_id_seq is used in a fresh database; the test needs an unused sequence")
	}
	const insert = `INSERT INTO audit_logs (time, actor, actor_role, action, outcome) VALUES (now(), 'test', 'ADMIN', 'test', 'OK') RETURNING id`

	// Another server's insert in progress: its transaction holds the table before it draws an id.
	other, err := db.SQL.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = other.Rollback() }()
	if _, err := other.ExecContext(ctx, `LOCK TABLE audit_logs IN ROW EXCLUSIVE MODE`); err != nil {
		t.Fatal(err)
	}
	aligned := make(chan error, 1)
	go func() { aligned <- storage.AlignIDRanges(ctx, db) }()
	// Wait until the alignment waits for the table.
	for waiting := false; !waiting; {
		if err := db.SQL.QueryRowContext(ctx, `SELECT count(*) > 0 FROM pg_locks
			WHERE relation = 'audit_logs'::regclass AND NOT granted`).Scan(&waiting); err != nil {
			t.Fatal(err)
		}
		select {
		case err := <-aligned:
			t.Fatalf("alignment returned before the insert in progress committed (err %v)", err)
		case <-time.After(10 * time.Millisecond):
		}
	}
	var first int64
	if err := other.QueryRowContext(ctx, insert).Scan(&first); err != nil {
		t.Fatal(err)
	}
	if err := other.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-aligned; err != nil {
		t.Fatal(err)
	}
	var second int64
	if err := db.SQL.QueryRowContext(ctx, insert).Scan(&second); err != nil {
		t.Fatalf("the insert after the alignment: %v (the sequence was restarted under the first row's id %d)", err, first)
	}
	if second != first+1 {
		t.Errorf("ids %d then %d, want consecutive", first, second)
	}
}
