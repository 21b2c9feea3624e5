package main

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/internal/testdb"
)

// TestMigrateCommand runs `shegong migrate` as its own process on a fresh PostgreSQL database:
// --dry-run lists every file and creates nothing; migrate applies them with a progress line
// each; a second dry run has nothing to apply.
func TestMigrateCommand(t *testing.T) {
	url := testdb.URL(t, testdb.Postgres)
	dir, err := storage.MigrationDir()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := dir.Files()
	last := files[len(files)-1]

	r := shegong(t, "", nil, "migrate", "--dry-run", "--database", url)
	if r.code != 0 || !strings.Contains(r.stdout, "file(s) to apply") || !strings.Contains(r.stdout, last.Name()) {
		t.Fatalf("dry run on a fresh database: want the files listed: %v", r)
	}
	r = shegong(t, "", nil, "migrate", "--dry-run", "--database", url)
	if !strings.Contains(r.stdout, last.Name()) {
		t.Fatalf("a dry run applied something: the second one lists nothing: %v", r)
	}

	r = shegong(t, "", nil, "migrate", "--database", url)
	if r.code != 0 || !strings.Contains(r.stdout, "applied "+last.Name()) || !strings.Contains(r.stdout, "schema at version "+last.Version()) {
		t.Fatalf("migrate: %v", r)
	}
	if !strings.Contains(r.stderr, "applying migration") || !strings.Contains(r.stderr, "file="+last.Name()) {
		t.Errorf("migrate: want a progress line per file on stderr: %v", r)
	}
	r = shegong(t, "", nil, "migrate", "--dry-run", "--database", url)
	if r.code != 0 || !strings.Contains(r.stdout, "nothing to apply") {
		t.Errorf("dry run after migrate: %v", r)
	}
	if r := shegong(t, "", nil, "migrate", "--database", url); r.code != 0 || strings.Contains(r.stdout, "applied ") {
		t.Errorf("second migrate applied again: %v", r)
	}
}

// TestMigrateCommandExitCodes: SQLite says it auto-migrates; a database that cannot be reached
// is exit status 1 without its password in the message; a bad flag is 2.
func TestMigrateCommandExitCodes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	if r := shegong(t, "", nil, "migrate", "--dry-run", "--database", db); r.code != 0 || !strings.Contains(r.stdout, "auto-migration") {
		t.Errorf("SQLite dry run: %v", r)
	}
	if r := shegong(t, "", nil, "migrate", "--database", db); r.code != 0 || !strings.Contains(r.stdout, "auto-migration") {
		t.Errorf("SQLite migrate: %v", r)
	}
	r := shegong(t, "", nil, "migrate", "--database", "postgres://nobody:secret@127.0.0.1:1/none?sslmode=disable&connect_timeout=1")
	if r.code != 1 || strings.Contains(r.stderr, "secret") {
		t.Errorf("unreachable database: want exit 1 without the password: %v", r)
	}
	if r := shegong(t, "", nil, "migrate", "--dry-run=maybe"); r.code != 2 {
		t.Errorf("bad flag: want exit 2: %v", r)
	}
}

// TestConcurrentMigrateProcesses starts three `shegong migrate` processes at the same moment on
// one fresh PostgreSQL database, as replicas of a deployment do: all succeed, one applies the
// files, and the others, after waiting on the advisory lock, find them applied.
func TestConcurrentMigrateProcesses(t *testing.T) {
	url := testdb.URL(t, testdb.Postgres)
	const replicas = 3
	results := make([]result, replicas)
	var wg sync.WaitGroup
	for i := range replicas {
		wg.Go(func() { results[i] = shegong(t, "", nil, "migrate", "--database", url) })
	}
	wg.Wait()
	appliers := 0
	for i, r := range results {
		if r.code != 0 {
			t.Errorf("replica %d: %v", i, r)
		}
		if strings.Contains(r.stdout, "applied ") {
			appliers++
		}
	}
	if appliers != 1 {
		t.Errorf("%d processes applied migration files, want 1", appliers)
	}
}
