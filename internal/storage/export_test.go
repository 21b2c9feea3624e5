package storage

import (
	"context"
	"log/slog"

	atlasmigrate "ariga.io/atlas/sql/migrate"
)

// SetUnlockSQL replaces the statement that releases the migration lock, so a
// test can make the unlock fail on a healthy connection; it returns a restore func.
func SetUnlockSQL(q string) (restore func()) {
	old := unlockSQL
	unlockSQL = q
	return func() { unlockSQL = old }
}

// MigrationLockKey is the advisory lock id, for tests that look at the lock from another session.
const MigrationLockKey = migrationLockKey

// AutoMigrate migrates db the way shegong did before versioned migrations (ent's auto-migration,
// then the id ranges), to make the databases an earlier version left.
func AutoMigrate(ctx context.Context, db *DB) error {
	if err := autoMigrate(ctx, db); err != nil {
		return err
	}
	return alignIDRanges(ctx, db.SQL)
}

// RevisionsTable is the table recording applied migration files.
const RevisionsTable = revisionsTable

// MigrateDir applies the migration files of dir to a PostgreSQL database (without the lock).
func MigrateDir(ctx context.Context, db *DB, dir atlasmigrate.Dir) (Report, error) {
	return migrateDir(ctx, db, dir, slog.New(slog.DiscardHandler))
}

// AlignIDRanges moves never-used id sequences to the start of their table's range.
func AlignIDRanges(ctx context.Context, db *DB) error { return alignIDRanges(ctx, db.SQL) }
