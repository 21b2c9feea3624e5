package storage_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	atlasmigrate "ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/postgres"
	atlasschema "ariga.io/atlas/sql/schema"

	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/internal/testdb"
)

// TestMigrationDirectoryIsCurrent is the CI check that ent/schema never changes without a new
// migration file: it replays the committed files on an empty PostgreSQL database and asks
// Atlas for the changes still needed to reach the schema the server needs (ent/schema and the
// foreign-key indexes). It also fails when atlas.sum does not match the files.
func TestMigrationDirectoryIsCurrent(t *testing.T) {
	ctx := context.Background()
	dev := openSQL(t, testdb.URL(t, testdb.Postgres))
	dir, err := storage.MigrationDir()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := dir.Files()
	if len(files) == 0 {
		t.Fatal("no migration file in " + storage.MigrationsPath)
	}
	before := len(files)
	switch err := storage.PlanMigration(ctx, dev, dir, "pending"); {
	case errors.Is(err, atlasmigrate.ErrNoPlan):
		// The files build the schema.
	case err != nil:
		t.Fatal(err)
	default:
		after, _ := dir.Files()
		var missing strings.Builder
		for _, f := range after[before:] {
			missing.Write(f.Bytes())
		}
		t.Errorf("ent/schema changed without a migration: run `make migration name=what_changed` and commit %s. Missing:\n%s",
			storage.MigrationsPath, missing.String())
	}
}

// TestMigrationSumDetectsEdits: a committed file edited afterwards no longer matches atlas.sum,
// and the directory is refused before anything runs.
func TestMigrationSumDetectsEdits(t *testing.T) {
	dir, err := storage.MigrationDir()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := dir.Files()
	f := files[len(files)-1]
	if err := dir.WriteFile(f.Name(), append(f.Bytes(), "\nDROP TABLE regions;\n"...)); err != nil {
		t.Fatal(err)
	}
	if err := atlasmigrate.Validate(dir); !errors.Is(err, atlasmigrate.ErrChecksumMismatch) {
		t.Fatalf("Validate after an edit = %v, want %v", err, atlasmigrate.ErrChecksumMismatch)
	}
}

// TestVersionedEqualsAutoMigrated: a database built by the migration files has exactly the
// schema ent's auto-migration gives (the one SQLite and every earlier shegong use): same tables,
// columns, identity ranges, foreign keys and indexes, the (field, id) and foreign-key indexes
// included.
func TestVersionedEqualsAutoMigrated(t *testing.T) {
	ctx := context.Background()
	versioned := openDB(t, testdb.URL(t, testdb.Postgres))
	rep, err := storage.MigrateReport(ctx, versioned, testdb.Logger(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Versioned || len(rep.Applied) == 0 || rep.Adopted {
		t.Fatalf("report on a fresh database = %+v, want every file applied, no adoption", rep)
	}
	auto := openDB(t, testdb.URL(t, testdb.Postgres))
	if err := storage.AutoMigrate(ctx, auto); err != nil {
		t.Fatal(err)
	}
	assertSameSchema(t, auto.SQL, versioned.SQL)
}

// TestAdoptAutoMigratedDatabase: a database that an earlier shegong created and kept with
// auto-migration, with data in it and without an index a later version added, is adopted: its
// rows stay, the missing index is created, every file is recorded as applied, and its schema is
// then that of a database built by the files.
func TestAdoptAutoMigratedDatabase(t *testing.T) {
	ctx := context.Background()
	url := testdb.URL(t, testdb.Postgres)
	old := openDB(t, url)
	if err := storage.AutoMigrate(ctx, old); err != nil {
		t.Fatal(err)
	}
	if err := seed.DemoIfEmpty(ctx, old.Client, testdb.Logger()); err != nil {
		t.Fatal(err)
	}
	// The foreign-key indexes came with issue 15: a database from before has none of them.
	const dropped = "organizations_region_organizations_id"
	if _, err := old.SQL.ExecContext(ctx, `DROP INDEX `+dropped); err != nil {
		t.Fatal(err)
	}
	wantOrgs := old.Client.Organization.Query().CountX(ctx)
	wantWorkers := old.Client.SocialWorker.Query().CountX(ctx)
	if wantOrgs == 0 || wantWorkers == 0 {
		t.Fatal("the demo data loaded nothing: the test would check nothing")
	}

	db := openDB(t, url)
	plan, err := storage.PlanPending(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if !plan.Adopted {
		t.Errorf("dry run on an auto-migrated database = %+v, want it adopted", plan)
	}
	rep, err := storage.MigrateReport(ctx, db, testdb.Logger(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Adopted || len(rep.Applied) != 0 {
		t.Errorf("report = %+v, want adopted with no file run", rep)
	}
	if got := db.Client.Organization.Query().CountX(ctx); got != wantOrgs {
		t.Errorf("organisations after adoption = %d, want %d", got, wantOrgs)
	}
	if got := db.Client.SocialWorker.Query().CountX(ctx); got != wantWorkers {
		t.Errorf("social workers after adoption = %d, want %d", got, wantWorkers)
	}
	var n int
	if err := db.SQL.QueryRowContext(ctx, `SELECT count(*) FROM pg_indexes WHERE indexname = $1`, dropped).Scan(&n); err != nil || n != 1 {
		t.Errorf("index %s after adoption: count %d (%v), want 1", dropped, n, err)
	}
	dir, _ := storage.MigrationDir()
	files, _ := dir.Files()
	if got := revisionVersions(t, db.SQL); !slices.Equal(got, []string{files[len(files)-1].Version()}) {
		t.Errorf("revisions after adoption = %v, want the baseline of the last file %s", got, files[len(files)-1].Name())
	}
	// A second start finds nothing to do.
	if rep, err := storage.MigrateReport(ctx, db, testdb.Logger(), nil); err != nil || rep.Adopted || len(rep.Applied) != 0 {
		t.Errorf("second migration = %+v, %v; want nothing done", rep, err)
	}
	fresh := openDB(t, testdb.URL(t, testdb.Postgres))
	if err := storage.Migrate(ctx, fresh, testdb.Logger(), nil); err != nil {
		t.Fatal(err)
	}
	assertSameSchema(t, fresh.SQL, db.SQL)
}

// assertSameSchema compares the public schemas of two databases with Atlas's differ, and their
// index definitions as PostgreSQL prints them, leaving out the migration revisions table.
func assertSameSchema(t *testing.T, want, got *sql.DB) {
	t.Helper()
	ctx := context.Background()
	inspect := func(db *sql.DB) *atlasschema.Schema {
		drv, err := postgres.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		s, err := drv.InspectSchema(ctx, "public", nil)
		if err != nil {
			t.Fatal(err)
		}
		s.Tables = slices.DeleteFunc(s.Tables, func(t *atlasschema.Table) bool { return t.Name == storage.RevisionsTable })
		return s
	}
	ws, gs := inspect(want), inspect(got)
	if len(ws.Tables) < 10 {
		t.Fatalf("only %d tables inspected: the comparison would check nothing", len(ws.Tables))
	}
	drv, err := postgres.Open(want)
	if err != nil {
		t.Fatal(err)
	}
	changes, err := drv.SchemaDiff(ws, gs)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		t.Errorf("schemas differ: %s", describeChange(c))
	}
	if w, g := indexDefs(t, want), indexDefs(t, got); !slices.Equal(w, g) {
		t.Errorf("index definitions differ:\nwant %v\ngot  %v", w, g)
	}
}

func indexDefs(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> $1 ORDER BY indexdef`, storage.RevisionsTable)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var d string
		if err := rows.Scan(&d); err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

func revisionVersions(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT version FROM ` + storage.RevisionsTable + ` ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func openDB(t *testing.T, url string) *storage.DB {
	t.Helper()
	db, err := storage.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

func openSQL(t *testing.T, url string) *sql.DB {
	t.Helper()
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// describeChange names what an Atlas change does, for a failure message.
func describeChange(c atlasschema.Change) string {
	switch c := c.(type) {
	case *atlasschema.ModifyTable:
		parts := make([]string, len(c.Changes))
		for i, cc := range c.Changes {
			parts[i] = describeChange(cc)
		}
		return "table " + c.T.Name + ": " + strings.Join(parts, ", ")
	case *atlasschema.AddTable:
		return "add table " + c.T.Name
	case *atlasschema.DropTable:
		return "drop table " + c.T.Name
	case *atlasschema.AddIndex:
		return "add index " + c.I.Name
	case *atlasschema.DropIndex:
		return "drop index " + c.I.Name
	case *atlasschema.AddColumn:
		return "add column " + c.C.Name
	case *atlasschema.DropColumn:
		return "drop column " + c.C.Name
	case *atlasschema.ModifyColumn:
		return "modify column " + c.To.Name
	}
	return fmt.Sprintf("%T", c)
}

// TestFailedMigrationFileLeavesNothing: a file whose second statement fails is rolled back
// whole — its first statement's table is not there and no revision records it — the files
// before it stay applied, and the error names the file.
func TestFailedMigrationFileLeavesNothing(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, testdb.URL(t, testdb.Postgres))
	dir, err := storage.MigrationDir()
	if err != nil {
		t.Fatal(err)
	}
	const broken = "99990101000000_broken.sql"
	if err := dir.WriteFile(broken, []byte("CREATE TABLE half_written (id bigint);\nSELECT 1/0;\n")); err != nil {
		t.Fatal(err)
	}
	files, _ := dir.Files()
	sum, err := atlasmigrate.NewHashFile(files)
	if err != nil {
		t.Fatal(err)
	}
	if err := atlasmigrate.WriteSumFile(dir, sum); err != nil {
		t.Fatal(err)
	}
	for range 2 { // a second run fails the same way: nothing of the first stayed behind
		_, err := storage.MigrateDir(ctx, db, dir)
		if err == nil || !strings.Contains(err.Error(), broken) {
			t.Fatalf("migration with a failing file: error %v, want one naming %s", err, broken)
		}
		var table sql.NullString
		if err := db.SQL.QueryRowContext(ctx, `SELECT to_regclass('half_written')::text`).Scan(&table); err != nil || table.Valid {
			t.Errorf("the failing file's first statement stayed: table %v (%v)", table.String, err)
		}
		var want []string
		for _, f := range files[:len(files)-1] {
			want = append(want, f.Version())
		}
		if got := revisionVersions(t, db.SQL); !slices.Equal(got, want) {
			t.Errorf("revisions = %v, want the files before the failing one: %v", got, want)
		}
	}
}
