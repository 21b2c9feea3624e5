package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/storage"
)

// envOr returns the environment variable key, or def when it is unset.
func envOr(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

// envFloat returns the number in the environment variable key, or def when it is unset or
// not a number.
func envFloat(key string, def float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(key), 64); err == nil {
		return v
	}
	return def
}

// envDuration returns the duration in the environment variable key ("30s", "2m"), or def
// when it is unset or not a duration.
func envDuration(key string, def time.Duration) time.Duration {
	if v, err := time.ParseDuration(os.Getenv(key)); err == nil {
		return v
	}
	return def
}

// commonFlags are shared by the commands that touch the database.
type commonFlags struct {
	database string
	logLevel string
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.database, "database", envOr("SHEGONG_DATABASE_URL", ""),
		"database: a postgres:// URL or a SQLite file path (env SHEGONG_DATABASE_URL; default ./shegong.db)")
	fs.StringVar(&c.logLevel, "log-level", envOr("SHEGONG_LOG_LEVEL", "info"),
		"log level: debug, info, warn or error (env SHEGONG_LOG_LEVEL)")
}

// logger returns a text logger on stderr at the configured level.
func (c *commonFlags) logger() (*slog.Logger, error) {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(strings.ToLower(c.logLevel))); err != nil {
		return nil, fmt.Errorf("%w: --log-level %q: want debug, info, warn or error", errUsage, c.logLevel)
	}
	h := slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lvl})
	l := slog.New(auth.RedactingHandler(h))
	slog.SetDefault(l)
	return l, nil
}

// openDB opens the configured database and brings its schema up to date, running after (when
// not nil) under the same migration lock, so commands never work on an old schema. The
// caller closes the database.
func (c *commonFlags) openDB(ctx context.Context, after func(context.Context, *storage.DB, *slog.Logger) error) (*storage.DB, error) {
	logger, err := c.logger()
	if err != nil {
		return nil, err
	}
	db, err := storage.Open(ctx, c.database)
	if err != nil {
		return nil, err
	}
	var then func(context.Context) error
	if after != nil {
		then = func(ctx context.Context) error { return after(ctx, db, logger) }
	}
	if err := storage.Migrate(ctx, db, logger, then); err != nil {
		_ = db.Close()
		return nil, err
	}
	return db, nil
}

// parse parses args, turning flag errors into usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	return nil
}
