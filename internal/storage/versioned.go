package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"time"

	atlasmigrate "ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/postgres"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	"github.com/lib/pq"

	"github.com/shegong/shegong/ent/migrate"
	"github.com/shegong/shegong/ent/migrate/migrations"
)

// MigrationsPath is where the versioned migration files live in the source tree.
const MigrationsPath = "ent/migrate/migrations"

// MigrationFile is one versioned migration file.
type MigrationFile struct {
	Name       string // e.g. 20261206051500_baseline.sql
	Version    string // the leading number of the name
	Statements int
}

// Report says what a migration did (or, from PlanPending, would do).
type Report struct {
	Dialect string
	// Versioned is false on SQLite, whose schema ent's auto-migration keeps.
	Versioned bool
	// Adopted: the database was made by an earlier shegong with auto-migration; its schema was
	// brought to the current one the same additive way and every file recorded as applied.
	Adopted bool
	Applied []MigrationFile // files applied (PlanPending: files that would be)
	Version string          // the last version recorded after the migration
}

// MigrationDir returns the embedded migration directory, checked against its atlas.sum: a file
// edited after it was committed, or two branches' files merged without regenerating the sum,
// stop the migration before any statement runs.
func MigrationDir() (*atlasmigrate.MemDir, error) {
	entries, err := fs.ReadDir(migrations.Files, ".")
	if err != nil {
		return nil, fmt.Errorf("read the migration directory: %w", err)
	}
	dir := &atlasmigrate.MemDir{}
	dir.SetPath(MigrationsPath)
	for _, e := range entries {
		b, err := fs.ReadFile(migrations.Files, e.Name())
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		if err := dir.WriteFile(path.Base(e.Name()), b); err != nil {
			return nil, err
		}
	}
	if err := atlasmigrate.Validate(dir); err != nil {
		return nil, fmt.Errorf("migration directory %s does not match its %s (regenerate it with make migration, never edit a committed file): %w",
			MigrationsPath, atlasmigrate.HashFileName, err)
	}
	return dir, nil
}

// PlanMigration writes into dir a new migration file named name holding the changes from the
// schema that dir's files build to the schema the server needs (ent/schema with the foreign-key
// indexes of this package), and updates dir's atlas.sum. dev must be an empty PostgreSQL
// database: the files are replayed on it to learn their state. It returns
// atlasmigrate.ErrNoPlan when there is nothing to change.
func PlanMigration(ctx context.Context, dev *sql.DB, dir atlasmigrate.Dir, name string) error {
	m, err := schema.NewMigrate(entsql.OpenDB(dialect.Postgres, dev),
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dialect.Postgres),
		schema.WithFormatter(atlasmigrate.DefaultFormatter),
		schema.WithErrNoPlan(true),
	)
	if err != nil {
		return fmt.Errorf("plan migration: %w", err)
	}
	return m.NamedDiff(ctx, name, migrate.Tables...)
}

// migratePostgres applies the pending migration files, each in its own transaction (statements
// and revision together, so a failed file leaves nothing half-written and is retried whole).
// The caller holds the migration lock.
func migratePostgres(ctx context.Context, db *DB, logger *slog.Logger) (Report, error) {
	dir, err := MigrationDir()
	if err != nil {
		return Report{Dialect: dialect.Postgres, Versioned: true}, err
	}
	return migrateDir(ctx, db, dir, logger)
}

// migrateDir is migratePostgres with the files of dir.
func migrateDir(ctx context.Context, db *DB, dir atlasmigrate.Dir, logger *slog.Logger) (Report, error) {
	rep := Report{Dialect: dialect.Postgres, Versioned: true}
	if _, err := db.SQL.ExecContext(ctx, createRevisionsTable); err != nil {
		return rep, fmt.Errorf("create %s: %w", revisionsTable, err)
	}
	st, err := readState(ctx, db.SQL)
	if err != nil {
		return rep, err
	}
	if len(st.revisions) == 0 && st.shegongTables > 0 {
		if err := adopt(ctx, db, dir, logger); err != nil {
			return rep, err
		}
		rep.Adopted = true
	}
	drv, err := postgres.Open(db.SQL)
	if err != nil {
		return rep, fmt.Errorf("migrate: %w", err)
	}
	// Allow dirty: a database shegong has not touched may hold other schemas (extensions, an
	// operator's own tables); shegong's own tables were handled by adopt above.
	ex, err := atlasmigrate.NewExecutor(drv, dir, revisions{db.SQL}, atlasmigrate.WithAllowDirty(true))
	if err != nil {
		return rep, fmt.Errorf("migrate: %w", err)
	}
	pending, err := ex.Pending(ctx)
	if err != nil && !errors.Is(err, atlasmigrate.ErrNoPendingFiles) {
		return rep, fmt.Errorf("migrate: find pending files: %w", err)
	}
	for _, f := range pending {
		mf, err := describeFile(f)
		if err != nil {
			return rep, err
		}
		logger.InfoContext(ctx, "applying migration", "file", mf.Name, "statements", mf.Statements)
		start := time.Now()
		if err := applyFile(ctx, db.SQL, dir, f); err != nil {
			return rep, err
		}
		logger.InfoContext(ctx, "migration applied", "file", mf.Name, "duration", time.Since(start).Round(time.Millisecond))
		rep.Applied = append(rep.Applied, mf)
	}
	if rep.Version, err = lastVersion(ctx, db.SQL); err != nil {
		return rep, err
	}
	return rep, nil
}

// adopt takes over a database that an earlier shegong created and kept with ent's auto-migration
// (shegong tables, no revisions): it brings the schema to the current one in that same additive
// way (tables, columns and indexes added, nothing dropped, so no data is lost), then records
// every migration file as applied (a baseline revision of the last file), since the directory
// builds exactly that schema (TestMigrationDirectoryIsCurrent).
func adopt(ctx context.Context, db *DB, dir atlasmigrate.Dir, logger *slog.Logger) error {
	files, err := dir.Files()
	if err != nil || len(files) == 0 {
		return fmt.Errorf("adopt the database: no migration file (%v)", err)
	}
	last := files[len(files)-1]
	logger.InfoContext(ctx, "adopting a database created by auto-migration", "baseline", last.Name())
	if err := autoMigrate(ctx, db); err != nil {
		return fmt.Errorf("adopt the database: %w", err)
	}
	drv, err := postgres.Open(db.SQL)
	if err != nil {
		return fmt.Errorf("adopt the database: %w", err)
	}
	ex, err := atlasmigrate.NewExecutor(drv, dir, revisions{db.SQL}, atlasmigrate.WithBaselineVersion(last.Version()))
	if err != nil {
		return fmt.Errorf("adopt the database: %w", err)
	}
	// Pending writes the baseline revision; nothing after it is pending.
	if _, err := ex.Pending(ctx); err != nil && !errors.Is(err, atlasmigrate.ErrNoPendingFiles) {
		return fmt.Errorf("adopt the database: record baseline %s: %w", last.Name(), err)
	}
	return nil
}

// autoMigrate is ent's auto-migration: SQLite's way, and how earlier shegong versions kept
// PostgreSQL.
func autoMigrate(ctx context.Context, db *DB) error {
	if err := db.Client.Schema.Create(ctx); err != nil {
		return fmt.Errorf("migrate %s schema: %w", db.Dialect, err)
	}
	return nil
}

// applyFile runs one file and records its revision in one transaction.
func applyFile(ctx context.Context, db *sql.DB, dir atlasmigrate.Dir, f atlasmigrate.File) (err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: begin: %w", f.Name(), err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	drv, err := postgres.Open(tx)
	if err != nil {
		return fmt.Errorf("migration %s: %w", f.Name(), err)
	}
	// Atlas records the revision after every statement, so that a file run without a
	// transaction can resume where it stopped; in one transaction the last record is the only
	// one that can ever be seen, so the others are kept in memory.
	rev := &lastRevision{revisions: revisions{tx}}
	ex, err := atlasmigrate.NewExecutor(drv, dir, rev, atlasmigrate.WithAllowDirty(true))
	if err != nil {
		return fmt.Errorf("migration %s: %w", f.Name(), err)
	}
	if err := ex.Execute(ctx, f); err != nil {
		return fmt.Errorf("migration %s: %w", f.Name(), err)
	}
	if rev.last == nil {
		return fmt.Errorf("migration %s: no revision recorded", f.Name())
	}
	if err := rev.revisions.WriteRevision(ctx, rev.last); err != nil {
		return fmt.Errorf("migration %s: %w", f.Name(), err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: commit: %w", f.Name(), err)
	}
	return nil
}

// lastRevision keeps the revision Atlas writes in memory, for applyFile to store once.
type lastRevision struct {
	revisions
	last *atlasmigrate.Revision
}

func (r *lastRevision) WriteRevision(_ context.Context, rev *atlasmigrate.Revision) error {
	c := *rev
	r.last = &c
	return nil
}

func describeFile(f atlasmigrate.File) (MigrationFile, error) {
	stmts, err := f.Stmts()
	if err != nil {
		return MigrationFile{}, fmt.Errorf("migration %s: %w", f.Name(), err)
	}
	return MigrationFile{Name: f.Name(), Version: f.Version(), Statements: len(stmts)}, nil
}

// PlanPending reports what Migrate would do, changing nothing: on PostgreSQL the migration files
// not yet applied (or that the database would be adopted); on SQLite only that auto-migration
// keeps it.
func PlanPending(ctx context.Context, db *DB) (Report, error) {
	if db.Dialect != dialect.Postgres {
		return Report{Dialect: db.Dialect}, nil
	}
	rep := Report{Dialect: dialect.Postgres, Versioned: true}
	dir, err := MigrationDir()
	if err != nil {
		return rep, err
	}
	st, err := readState(ctx, db.SQL)
	if err != nil {
		return rep, err
	}
	files, err := dir.Files()
	if err != nil {
		return rep, err
	}
	if len(st.revisions) == 0 && st.shegongTables > 0 {
		rep.Adopted = true
		if len(files) > 0 {
			rep.Version = files[len(files)-1].Version()
		}
		return rep, nil
	}
	var pending []atlasmigrate.File
	if !st.revisionsTable {
		pending = files
	} else {
		drv, err := postgres.Open(db.SQL)
		if err != nil {
			return rep, err
		}
		ex, err := atlasmigrate.NewExecutor(drv, dir, revisions{db.SQL}, atlasmigrate.WithAllowDirty(true))
		if err != nil {
			return rep, err
		}
		pending, err = ex.Pending(ctx)
		if err != nil && !errors.Is(err, atlasmigrate.ErrNoPendingFiles) {
			return rep, fmt.Errorf("find pending files: %w", err)
		}
	}
	for _, f := range pending {
		mf, err := describeFile(f)
		if err != nil {
			return rep, err
		}
		rep.Applied = append(rep.Applied, mf)
	}
	if n := len(st.revisions); n > 0 {
		rep.Version = st.revisions[n-1].Version
	}
	return rep, nil
}

// dbState is what a database holds of shegong's migrations.
type dbState struct {
	revisionsTable bool
	revisions      []*atlasmigrate.Revision
	shegongTables  int // tables of the ent schema present
}

func readState(ctx context.Context, db *sql.DB) (dbState, error) {
	var st dbState
	names := make([]string, len(migrate.Tables))
	for i, t := range migrate.Tables {
		names[i] = t.Name
	}
	err := db.QueryRowContext(ctx, `SELECT
		to_regclass(quote_ident(current_schema()) || '.`+revisionsTable+`') IS NOT NULL,
		(SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1))`,
		pq.Array(names)).Scan(&st.revisionsTable, &st.shegongTables)
	if err != nil {
		return st, fmt.Errorf("read the migration state: %w", err)
	}
	if st.revisionsTable {
		if st.revisions, err = (revisions{db}).ReadRevisions(ctx); err != nil {
			return st, err
		}
	}
	return st, nil
}

func lastVersion(ctx context.Context, db *sql.DB) (string, error) {
	var v sql.NullString
	if err := db.QueryRowContext(ctx, `SELECT max(version) FROM `+revisionsTable).Scan(&v); err != nil {
		return "", fmt.Errorf("read the schema version: %w", err)
	}
	return v.String, nil
}
