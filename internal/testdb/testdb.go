// Package testdb gives tests a throwaway database of each supported kind:
// a SQLite file in a temp dir, and a uniquely named PostgreSQL database
// created from SHEGONG_TEST_POSTGRES_URL and dropped at cleanup, so test
// packages can run in parallel against one server and leave nothing behind.
//
// Without SHEGONG_TEST_POSTGRES_URL PostgreSQL tests are skipped, except
// under CI=true, where a missing PostgreSQL fails the test.
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/storage"
)

// Kind is a database engine.
type Kind string

// Supported kinds.
const (
	SQLite   Kind = "sqlite"
	Postgres Kind = "postgres"
)

// Kinds lists every engine, for table-driven tests: for _, k := range testdb.Kinds.
var Kinds = []Kind{SQLite, Postgres}

// EnvURL names the variable holding an admin URL of a PostgreSQL server.
const EnvURL = "SHEGONG_TEST_POSTGRES_URL"

// Logger discards output unless SHEGONG_TEST_LOG=1.
func Logger() *slog.Logger {
	if os.Getenv("SHEGONG_TEST_LOG") == "1" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// URL returns the location of a fresh, empty database of kind k, removed
// when the test ends.
func URL(t testing.TB, k Kind) string {
	t.Helper()
	switch k {
	case SQLite:
		return filepath.Join(t.TempDir(), "shegong-test.db")
	case Postgres:
		return postgresURL(t)
	}
	t.Fatalf("testdb: unknown kind %q", k)
	return ""
}

// Open returns a migrated, empty database of kind k, closed at cleanup.
func Open(t testing.TB, k Kind) *storage.DB {
	t.Helper()
	ctx := context.Background()
	db, err := storage.Open(ctx, URL(t, k))
	if err != nil {
		t.Fatalf("testdb: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	if err := storage.Migrate(ctx, db, Logger(), nil); err != nil {
		t.Fatalf("testdb: %v", err)
	}
	return db
}

var unsafeChars = regexp.MustCompile(`[^a-z0-9_]+`)

func postgresURL(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(EnvURL)
	if admin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("testdb: %s is not set; PostgreSQL is required under CI=true (run tests via scripts/with-postgres.sh)", EnvURL)
		}
		t.Skipf("testdb: %s not set; skipping PostgreSQL (use `make test` or scripts/with-postgres.sh)", EnvURL)
	}
	var b [4]byte
	_, _ = rand.Read(b[:])
	name := unsafeChars.ReplaceAllString(strings.ToLower(t.Name()), "_")
	if len(name) > 30 {
		name = name[:30]
	}
	name = fmt.Sprintf("shegong_t_%s_%s", name, hex.EncodeToString(b[:]))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	adb, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatalf("testdb: open %s: %v", EnvURL, err)
	}
	defer adb.Close()
	// C collation: ORDER BY on Chinese text is then by code point, the same
	// as SQLite, so tests expect one order on both engines.
	if _, err := adb.ExecContext(ctx, fmt.Sprintf(`CREATE DATABASE %q TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`, name)); err != nil {
		t.Fatalf("testdb: create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		adb, err := sql.Open("postgres", admin)
		if err != nil {
			t.Errorf("testdb: drop %s: %v", name, err)
			return
		}
		defer adb.Close()
		if _, err := adb.ExecContext(ctx, fmt.Sprintf(`DROP DATABASE IF EXISTS %q WITH (FORCE)`, name)); err != nil {
			t.Errorf("testdb: drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("testdb: parse %s: %v", EnvURL, err)
	}
	u.Path = "/" + name
	return u.String()
}
