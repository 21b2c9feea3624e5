// Package storage opens the database behind the domain model — embedded
// SQLite (modernc.org/sqlite, no cgo) by default, PostgreSQL (lib/pq) when a
// postgres:// URL is given — and applies migrations safely when several
// servers start at once.
package storage

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"github.com/shegong/shegong/internal/audit"
	"log/slog"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"modernc.org/sqlite"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/migrate"
	"github.com/shegong/shegong/internal/tracing"
)

// DefaultSQLiteFile is the database file used when no URL is configured,
// relative to the working directory.
const DefaultSQLiteFile = "shegong.db"

// migrateLockSuffix names the lock file beside a SQLite database that serialises the
// servers opening and migrating it.
const migrateLockSuffix = "-migrate-lock"

// sqlitePragmas are applied by modernc.org/sqlite on every new connection, in order:
// wait up to 10 s for a lock instead of failing at once, enforce foreign keys (off by default in SQLite), WAL so readers do not block the writer,
// store times in SQLite's own format, and take the write lock when a
// transaction begins (a deferred read→write upgrade can fail with BUSY
// without waiting).
const sqlitePragmas = "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_time_format=sqlite&_txlock=immediate"

func init() {
	// ent's examples and tools open SQLite as "sqlite3"; make that name
	// resolve to the pure-Go driver too (unless a cgo driver claimed it).
	if !slices.Contains(sql.Drivers(), dialect.SQLite) {
		sql.Register(dialect.SQLite, &sqlite.Driver{})
	}
}

// DB is an open database with its ent client.
type DB struct {
	Client  *ent.Client
	SQL     *sql.DB
	Dialect string // dialect.SQLite or dialect.Postgres
	// Display is the location with any password removed, for logs.
	Display string
}

// Close closes the client and the pool.
func (d *DB) Close() error { return d.Client.Close() }

// IsPostgres reports whether dsn selects PostgreSQL.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// SQLiteDSN returns the modernc DSN for a database file.
func SQLiteDSN(path string) string {
	return "file:" + path + "?" + sqlitePragmas
}

// Open opens the database named by dsn: "" for ./shegong.db, a
// postgres:// URL, or a SQLite file path (optionally "sqlite:" or "file:"
// prefixed). It pings before returning.
func Open(ctx context.Context, dsn string, opts ...ent.Option) (*DB, error) {
	var (
		db      *sql.DB
		dia     string
		display string
		err     error
	)
	switch {
	case IsPostgres(dsn):
		dia = dialect.Postgres
		display = redact(dsn)
		db, err = sql.Open("postgres", withConnectTimeout(dsn))
		if err == nil {
			db.SetMaxOpenConns(20)
			db.SetMaxIdleConns(10)
			db.SetConnMaxIdleTime(5 * time.Minute)
		}
	default:
		dia = dialect.SQLite
		path := strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite:"), "file:")
		if i := strings.IndexByte(path, '?'); i >= 0 {
			path = path[:i]
		}
		if path == "" {
			path = DefaultSQLiteFile
		}
		if abs, aerr := filepath.Abs(path); aerr == nil {
			path = abs
		}
		display = path
		db, err = sql.Open("sqlite", SQLiteDSN(path))
	}
	if err != nil {
		return nil, fmt.Errorf("open %s database %s: %w", dia, display, err)
	}
	if dia == dialect.SQLite {
		// The first connection to a new file switches it to WAL, which takes a lock that
		// SQLite's busy timeout does not wait for: servers opening one new file together
		// take turns under the migration lock (the switch persists in the file, so later
		// connections find WAL set and need no lock).
		unlock, err := lockFile(display + migrateLockSuffix)
		if err != nil {
			_ = db.Close()
			return nil, err
		}
		defer unlock()
	}
	pingCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := db.PingContext(pingCtx); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("connect to %s database %s: %w", dia, display, err)
	}
	var drv dialect.Driver = entsql.OpenDB(dia, db)
	if tracing.On() {
		drv = tracing.Driver(drv)
	}
	client := ent.NewClient(append([]ent.Option{ent.Driver(drv)}, opts...)...)
	// Every audited write records itself in the audit log, in its own transaction.
	client.Use(audit.Hook())
	return &DB{Client: client, SQL: db, Dialect: dia, Display: display}, nil
}

// connectTimeout bounds opening a PostgreSQL connection, unless the URL sets
// connect_timeout: a database that does not answer then fails a request as UNAVAILABLE
// instead of holding it.
const connectTimeout = 5 * time.Second

func withConnectTimeout(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return dsn // sql.Open reports it
	}
	q := u.Query()
	if q.Has("connect_timeout") {
		return dsn
	}
	q.Set("connect_timeout", strconv.Itoa(int(connectTimeout.Seconds())))
	u.RawQuery = q.Encode()
	return u.String()
}

// redact drops the password from a database URL.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://…"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	return u.String()
}

// migrationLockKey is the PostgreSQL advisory lock id guarding migrations
// ("shegong" as ASCII bytes, so it is recognisable in pg_locks).
const migrationLockKey int64 = 0x73686567_6f6e67

// Migrate creates or updates the schema, then runs after (e.g. loading the demo data into an
// empty database) while still holding the lock. PostgreSQL applies the versioned migration
// files of ent/migrate/migrations (adopting a database that an earlier shegong auto-migrated);
// SQLite, the embedded default, keeps ent's auto-migration. On PostgreSQL both run under a
// session advisory lock held on a dedicated connection, so servers starting together take turns,
// the first applies the files and the others find them applied; on SQLite under an flock on a
// file next to the database.
func Migrate(ctx context.Context, db *DB, logger *slog.Logger, after func(context.Context) error) error {
	_, err := MigrateReport(ctx, db, logger, after)
	return err
}

// MigrateReport is Migrate that also says what it did.
func MigrateReport(ctx context.Context, db *DB, logger *slog.Logger, after func(context.Context) error) (Report, error) {
	unlock, err := lock(ctx, db, logger)
	if err != nil {
		return Report{Dialect: db.Dialect}, err
	}
	defer unlock()
	start := time.Now()
	rep := Report{Dialect: db.Dialect}
	if db.Dialect == dialect.Postgres {
		if rep, err = migratePostgres(ctx, db, logger); err != nil {
			return rep, err
		}
		if err := alignIDRanges(ctx, db.SQL); err != nil {
			return rep, err
		}
	} else if err := autoMigrate(ctx, db); err != nil {
		return rep, err
	}
	logger.InfoContext(ctx, "database schema up to date", "dialect", db.Dialect, "database", db.Display,
		"version", rep.Version, "duration", time.Since(start).Round(time.Millisecond))
	if after != nil {
		if err := after(ctx); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// alignIDRanges makes PostgreSQL hand out the same ids as SQLite. Each
// table owns the id range [start, start+2^32) (global ids, see
// ent/internal/globalid.go). SQLite's AUTOINCREMENT issues start+1 first,
// a PostgreSQL identity START WITH issues start itself — 0 for the first
// table. A never-used sequence is therefore moved to start+1, so ids never
// are 0 and a demo database has the same ids on both engines.
//
// Another server may be inserting into the same table meanwhile (a replica that migrated first
// and is syncing its policy tables): a sequence seen unused here may be used before the restart
// runs, and restarting it then would hand out an id again. So an unused sequence is checked a
// second time under an exclusive lock on its table, which waits for any insert in progress to
// commit and holds off new ones until the restart is committed.
func alignIDRanges(ctx context.Context, db *sql.DB) error {
	for _, t := range migrate.Tables {
		if t.Annotation == nil || t.Annotation.IncrementStart == nil {
			continue
		}
		var seq sql.NullString
		if err := db.QueryRowContext(ctx, `SELECT pg_get_serial_sequence($1, 'id')`, t.Name).Scan(&seq); err != nil {
			return fmt.Errorf("id sequence of %s: %w", t.Name, err)
		}
		if !seq.Valid {
			continue
		}
		called, err := sequenceCalled(ctx, db, seq.String)
		if err != nil {
			return err
		}
		if called {
			continue
		}
		if err := restartUnusedSequence(ctx, db, t.Name, seq.String, *t.Annotation.IncrementStart+1); err != nil {
			return err
		}
	}
	return nil
}

// sequenceCalled reports whether the sequence has handed out a value.
func sequenceCalled(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, seq string) (bool, error) {
	var called bool
	if err := q.QueryRowContext(ctx, `SELECT is_called FROM `+seq).Scan(&called); err != nil {
		return false, fmt.Errorf("id sequence %s: %w", seq, err)
	}
	return called, nil
}

// restartUnusedSequence restarts table's id sequence at first, unless it has been used by the
// time the table is locked.
func restartUnusedSequence(ctx context.Context, db *sql.DB, table, seq string, first int) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("align id range of %s: %w", table, err)
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`LOCK TABLE %q IN ACCESS EXCLUSIVE MODE`, table)); err != nil {
		return fmt.Errorf("align id range of %s: lock: %w", table, err)
	}
	if called, err := sequenceCalled(ctx, tx, seq); err != nil || called {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`ALTER TABLE %q ALTER COLUMN "id" RESTART WITH %d`, table, first)); err != nil {
		return fmt.Errorf("align id range of %s: %w", table, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("align id range of %s: commit: %w", table, err)
	}
	return nil
}

func lock(ctx context.Context, db *DB, logger *slog.Logger) (func(), error) {
	if db.Dialect != dialect.Postgres {
		return lockFile(db.Display + migrateLockSuffix)
	}
	return advisoryLock(ctx, db.SQL, logger, "migration lock", "SELECT pg_advisory_lock($1)", unlockSQL, migrationLockKey)
}

// Lock holds a PostgreSQL session advisory lock named by (space, name) until the returned func
// is called, so that one server at a time does a piece of work that several replicas would
// otherwise all do (space keeps the names of one kind of work apart). On SQLite it locks
// nothing and returns at once: its transactions already take the database's write lock when
// they begin.
func (d *DB) Lock(ctx context.Context, space int32, name string, logger *slog.Logger) (func(), error) {
	if d.Dialect != dialect.Postgres {
		return func() {}, nil
	}
	return advisoryLock(ctx, d.SQL, logger, fmt.Sprintf("advisory lock %d", space),
		"SELECT pg_advisory_lock($1, hashtext($2))", "SELECT pg_advisory_unlock($1, hashtext($2))", space, name)
}

// advisoryLock takes a session advisory lock on a connection of its own, and returns the func
// that releases it (and returns the connection).
func advisoryLock(ctx context.Context, db *sql.DB, logger *slog.Logger, what, lockQ, unlockQ string, args ...any) (func(), error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: get connection: %w", what, err)
	}
	start := time.Now()
	if _, err := conn.ExecContext(ctx, lockQ, args...); err != nil {
		_ = conn.Close()
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	logger.DebugContext(ctx, what+" acquired", "waited", time.Since(start).Round(time.Millisecond))
	return func() {
		// Unlock with a fresh context: the caller's may be cancelled, and a
		// lock left held would block every later start until this
		// connection dies.
		uctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := conn.ExecContext(uctx, unlockQ, args...); err != nil {
			logger.Warn(what+": unlock failed; discarding the connection to release the lock", "error", err)
			discard(conn)
			return
		}
		_ = conn.Close()
	}, nil
}

// unlockSQL releases the migration lock; a variable so a test can make it fail.
var unlockSQL = "SELECT pg_advisory_unlock($1)"

// discard closes conn's underlying driver connection instead of returning it
// to the pool: a session advisory lock lives as long as its session, so a
// pooled connection that still holds it would block every later migration
// (in this process and in every other server) until the pool happened to
// drop it. Returning driver.ErrBadConn from Raw is database/sql's way of
// saying "never reuse this connection".
func discard(conn *sql.Conn) {
	_ = conn.Raw(func(any) error { return driver.ErrBadConn })
	_ = conn.Close()
}
