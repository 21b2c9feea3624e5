package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/requestid"
	"github.com/shegong/shegong/internal/storage"
)

// envOr returns the environment variable key, or def when it is unset.
func envOr(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

// badEnv collects the environment variables whose values could not be read while a
// command's flag defaults were built; parse reports them, so a typo in SHEGONG_RATE stops the
// command with the variable's name instead of silently running on the default.
var badEnv []error

// envFloat returns the number in the environment variable key, or def when it is unset. A
// value that is not a finite number is recorded in badEnv.
func envFloat(key string, def float64) float64 {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		badEnv = append(badEnv, fmt.Errorf("%s=%q: 不是数字 / not a number", key, v))
		return def
	}
	return f
}

// envInt returns the whole number in the environment variable key, or def when it is unset. A
// value that is not a whole number (40.5, 1MB) is recorded in badEnv rather than truncated.
func envInt(key string, def int64) int64 {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil {
		badEnv = append(badEnv, fmt.Errorf("%s=%q: 不是整数 / not a whole number", key, v))
		return def
	}
	return n
}

// envDuration returns the duration in the environment variable key ("30s", "2m"), or def
// when it is unset. A value that is not a duration is recorded in badEnv.
func envDuration(key string, def time.Duration) time.Duration {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(strings.TrimSpace(v))
	if err != nil {
		badEnv = append(badEnv, fmt.Errorf("%s=%q: 不是时长 / not a duration such as 30s or 2m", key, v))
		return def
	}
	return d
}

// envError returns the environment variables recorded in badEnv as one usage error, and
// forgets them.
func envError() error {
	if len(badEnv) == 0 {
		return nil
	}
	err := fmt.Errorf("%w: environment: %w", errUsage, errors.Join(badEnv...))
	badEnv = nil
	return err
}

// checkPluginDir refuses a --plugin-dir that is not a directory: a typo would otherwise start
// without the external regions it was meant to load.
func checkPluginDir(dir string) error {
	if dir == "" {
		return nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("%w: --plugin-dir (env SHEGONG_PLUGIN_DIR) %q: 目录不存在 / no such directory", errUsage, dir)
	}
	if !st.IsDir() {
		return fmt.Errorf("%w: --plugin-dir (env SHEGONG_PLUGIN_DIR) %q: 不是目录 / not a directory", errUsage, dir)
	}
	return nil
}

// commonFlags are shared by the commands that touch the database.
type commonFlags struct {
	database  string
	logLevel  string
	logFormat string
	// defaultLevel is the log level without --log-level or SHEGONG_LOG_LEVEL: "" means warn,
	// so a command's result on stdout is not drowned in progress lines; serve, whose log is
	// its output, sets info.
	defaultLevel string
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.database, "database", envOr("SHEGONG_DATABASE_URL", ""),
		"database: a postgres:// URL or a SQLite file path (env SHEGONG_DATABASE_URL; default ./shegong.db)")
	c.registerLogLevel(fs)
}

// registerLogLevel adds --log-level and --log-format alone, for commands that open no database.
func (c *commonFlags) registerLogLevel(fs *flag.FlagSet) {
	def := c.defaultLevel
	if def == "" {
		def = "warn"
	}
	fs.StringVar(&c.logLevel, "log-level", envOr("SHEGONG_LOG_LEVEL", def),
		"log level on stderr: debug, info, warn or error (env SHEGONG_LOG_LEVEL)")
	fs.StringVar(&c.logFormat, "log-format", envOr("SHEGONG_LOG_FORMAT", logFormatText),
		"log format on stderr: text (key=value) or json, one object a line (env SHEGONG_LOG_FORMAT)")
}

// jsonLogs reports whether the log is JSON lines (--log-format json).
func (c *commonFlags) jsonLogs() bool { return strings.EqualFold(c.logFormat, logFormatJSON) }

// Log formats (--log-format).
const (
	logFormatText = "text"
	logFormatJSON = "json"
)

// logger returns a text logger on stderr at the configured level.
func (c *commonFlags) logger() (*slog.Logger, error) {
	l, err := c.loggerTo(os.Stderr)
	if err == nil {
		slog.SetDefault(l)
	}
	return l, err
}

// loggerTo returns a logger on w at the configured level and in the configured format; a
// line logged with a request's context carries its request id.
func (c *commonFlags) loggerTo(w io.Writer) (*slog.Logger, error) {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(strings.ToLower(c.logLevel))); err != nil {
		return nil, fmt.Errorf("%w: --log-level (env SHEGONG_LOG_LEVEL) %q: want debug, info, warn or error", errUsage, c.logLevel)
	}
	opts := &slog.HandlerOptions{Level: lvl}
	var h slog.Handler
	switch strings.ToLower(cmp.Or(c.logFormat, logFormatText)) {
	case logFormatText:
		h = slog.NewTextHandler(w, opts)
	case logFormatJSON:
		h = slog.NewJSONHandler(w, opts)
	default:
		return nil, fmt.Errorf("%w: --log-format (env SHEGONG_LOG_FORMAT) %q: want %s or %s", errUsage, c.logFormat, logFormatText, logFormatJSON)
	}
	return slog.New(auth.RedactingHandler(requestid.LogHandler(h))), nil
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

// newFlagSet returns a command's flag set whose help is help (what the command does and an
// example) followed by the flags. Asked for with -h, the help goes to out (stdout, exit 0);
// after a bad flag it goes to stderr with the usage error (exit 2), see parseFlags.
func newFlagSet(name, help string, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(out)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), strings.TrimRight(help, "\n"))
		flags := 0
		fs.VisitAll(func(*flag.Flag) { flags++ })
		if flags > 0 {
			fmt.Fprint(fs.Output(), "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args into fs, leaving positional arguments to the caller: -h prints the
// help on fs's output and returns flag.ErrHelp; a bad flag, or a bad value in an environment
// variable read for a default, prints the help on stderr and returns a usage error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard) // the flag package's own messages: the error is returned instead
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.SetOutput(out)
	fs.Usage = usage
	switch {
	case errors.Is(err, flag.ErrHelp):
		badEnv = nil
		fs.Usage()
		return err
	case err != nil:
		err = fmt.Errorf("%w: %v", errUsage, err)
	default:
		err = envError()
	}
	if err != nil {
		fs.SetOutput(os.Stderr)
		fs.Usage()
		fs.SetOutput(out)
	}
	return err
}

// envInUsage finds the environment fallback a flag's usage names ("… (env SHEGONG_RATE)").
var envInUsage = regexp.MustCompile(`\(env (SHEGONG_[A-Z_]+)`)

// refuseNegative returns a usage error naming every numeric or duration flag of fs (and its
// environment variable) whose value is negative: a limit, size or timeout below zero means
// nothing, and would otherwise be read as "no limit" or fail later far from its cause.
func refuseNegative(fs *flag.FlagSet) error {
	var errs []error
	fs.VisitAll(func(f *flag.Flag) {
		g, ok := f.Value.(flag.Getter)
		if !ok {
			return
		}
		negative := false
		switch v := g.Get().(type) {
		case int:
			negative = v < 0
		case int64:
			negative = v < 0
		case float64:
			negative = v < 0
		case time.Duration:
			negative = v < 0
		}
		if !negative {
			return
		}
		name := "--" + f.Name
		if m := envInUsage.FindStringSubmatch(f.Usage); m != nil {
			name += " (env " + m[1] + ")"
		}
		errs = append(errs, fmt.Errorf("%s %s: 不能为负数 / must not be negative", name, f.Value))
	})
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %w", errUsage, errors.Join(errs...))
}

// parse is parseFlags for commands that take no positional arguments.
func parse(fs *flag.FlagSet, args []string) error {
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	return nil
}
