// Package app assembles a running shegong server from its configuration:
// storage, migrations, demo data, the region plugins, the policy tables synced
// from them and the HTTP handler. cmd/shegong and the end-to-end tests both
// start servers through it.
package app

import (
	"cmp"
	"io"
	"os"

	"entgo.io/ent/dialect"

	"context"
	"errors"
	"fmt"
	"github.com/shegong/shegong/internal/audit"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/auth/token"
	"log/slog"
	"net"
	"net/http"
	"os/exec"
	"slices"
	"strings"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/graph"
	"github.com/shegong/shegong/graph/server"
	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/internal/export"
	"github.com/shegong/shegong/internal/memrelease"
	"github.com/shegong/shegong/internal/metrics"
	"github.com/shegong/shegong/internal/policysync"
	"github.com/shegong/shegong/internal/ratelimit"
	"github.com/shegong/shegong/internal/regionbinary"
	"github.com/shegong/shegong/internal/replicas"
	"github.com/shegong/shegong/internal/requestid"
	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/regions"
)

// Plugin modes (--plugins / SHEGONG_PLUGINS).
const (
	// PluginsProcess runs every region as its own plugin process (the default): a region
	// that crashes or hangs takes down only itself.
	PluginsProcess = "process"
	// PluginsInProcess calls the built-in regions as Go values in the server process, for
	// benchmarks and debugging. No isolation, no external plugins.
	PluginsInProcess = "inprocess"
)

// Config is the server configuration (flags with environment fallbacks).
type Config struct {
	Addr        string // SHEGONG_ADDR, default 127.0.0.1:8080
	DatabaseURL string // SHEGONG_DATABASE_URL, default ./shegong.db
	PluginDir   string // SHEGONG_PLUGIN_DIR; read by the plugin host
	// Plugins is PluginsProcess (default when empty) or PluginsInProcess.
	Plugins string
	// RegionsBinary chooses the binary of the built-in regions' processes
	// (SHEGONG_REGIONS_BINARY): regionbinary.Auto (default when empty), regionbinary.Self or
	// the path of a shegong-regions binary.
	RegionsBinary string
	// PluginCommand overrides how a built-in region's process is started, before
	// RegionsBinary; tests use it for binaries whose TestMain calls apptest.MaybeServePlugin.
	PluginCommand func(region string) *exec.Cmd
	// PluginCallTimeout and PluginCallTimeoutPerSubject set every plugin call's deadline
	// (SHEGONG_PLUGIN_CALL_TIMEOUT, SHEGONG_PLUGIN_CALL_TIMEOUT_PER_SUBJECT; zero: the
	// host's defaults, host.DefaultCallTimeout and host.DefaultCallTimeoutPerSubject).
	PluginCallTimeout, PluginCallTimeoutPerSubject time.Duration
	// TuneHost adjusts the plugin host configuration (timeouts, backoff) before it starts;
	// tests use it to make restarts quick.
	TuneHost func(*host.Config)
	// IPRate and TokenRate limit requests per client IP and per API token (SHEGONG_RATE /
	// SHEGONG_RATE_BURST); zero values disable a limit. They are counted in Redis, shared by
	// every replica, when RedisURL is set, and in this server process otherwise.
	IPRate, TokenRate server.Rate
	// RedisURL is the Redis (redis:// or rediss:// for TLS) that counts the rate limits of all
	// replicas (SHEGONG_REDIS_URL); "" counts them in this process. RedisPrefix starts every
	// key this server writes there (SHEGONG_REDIS_PREFIX; default ratelimit.DefaultPrefix).
	RedisURL, RedisPrefix string
	// ReplicaID names this server among the replicas on one PostgreSQL database in the
	// plugins query (SHEGONG_REPLICA_ID; default replicas.DefaultID, host name:process id).
	ReplicaID string
	// MaxBodyBytes caps anonymous request bodies (SHEGONG_MAX_BODY; default
	// server.DefaultMaxBodyBytes), MaxTokenBodyBytes those sent with an API token
	// (SHEGONG_MAX_BODY_TOKEN; default server.DefaultMaxTokenBodyBytes).
	MaxBodyBytes, MaxTokenBodyBytes int64
	// ReadTimeout bounds reading a whole request, headers and body (SHEGONG_READ_TIMEOUT;
	// default DefaultReadTimeout); IdleTimeout how long a kept-alive connection may wait
	// for its next request (SHEGONG_IDLE_TIMEOUT; default DefaultIdleTimeout).
	ReadTimeout, IdleTimeout time.Duration
	// MaxConnsPerIP caps the open connections of one client IP address
	// (SHEGONG_MAX_CONNS_PER_IP; default DefaultMaxConnsPerIP).
	MaxConnsPerIP int
	// MaxInFlightPerClient caps the API requests (GraphQL, CSV export) one client — its
	// token, else its IP address — has in flight at once in this process
	// (SHEGONG_MAX_IN_FLIGHT_PER_CLIENT; serve's default server.DefaultMaxInFlightPerClient);
	// zero: no cap.
	MaxInFlightPerClient int
	// FirstToken receives the admin token created on the first start of an embedded
	// (SQLite) database that has no token yet; nil: no such token is created.
	FirstToken io.Writer
	// NoDemoData skips loading the demo data set into an empty database.
	NoDemoData bool
	// ReadyChecks let further components join /readyz (the plugins always do).
	ReadyChecks []server.ReadyCheck
	// Mounts adds HTTP handlers by mux pattern (e.g. "/export/"), given the assembled app.
	Mounts map[string]func(*App) http.Handler
	// CORSOrigins are the web origins allowed to call the API from a browser
	// (SHEGONG_CORS_ORIGINS; none by default).
	CORSOrigins []string
	// MetricsAddr, when set, is a listen address of its own for /metrics, served there to
	// anyone (SHEGONG_METRICS_ADDR); unset, /metrics is on the main listener for loopback
	// clients only.
	MetricsAddr string
}

// Defaults of the connection limits (Config).
const (
	DefaultReadTimeout   = 60 * time.Second
	DefaultIdleTimeout   = 60 * time.Second
	DefaultMaxConnsPerIP = 64
	// readHeaderTimeout bounds the request line and headers alone, within ReadTimeout.
	readHeaderTimeout = 10 * time.Second
)

// DefaultAddr is where serve listens unless told otherwise: loopback only,
// so a newcomer's demo is not exposed to the network.
const DefaultAddr = "127.0.0.1:8080"

// App is an assembled server.
type App struct {
	Config    Config
	DB        *storage.DB
	Host      *host.Host        // the region plugins
	Evaluator *evaluate.Service // the one evaluation path, over Host
	Handler   http.Handler
	Logger    *slog.Logger
	Metrics   *metrics.Metrics
	// Replicas reloads a region on every replica after reloadPlugin and says which replica
	// serves which plugin version.
	Replicas *replicas.Coordinator
	// limiter counts the rate limits in Redis (nil without Config.RedisURL).
	limiter *ratelimit.Shared
	// metricsLn is the listener of Config.MetricsAddr, opened by New and served by Serve.
	metricsLn net.Listener
}

// New opens the database, migrates it, loads the demo data into an empty database, starts
// the region plugins, syncs their policy data into the policy tables and builds the handler.
// Close stops every plugin process.
func New(ctx context.Context, cfg Config, logger *slog.Logger) (*App, error) {
	if cfg.Plugins == "" {
		cfg.Plugins = PluginsProcess
	}
	if cfg.Plugins != PluginsProcess && cfg.Plugins != PluginsInProcess {
		return nil, fmt.Errorf("plugin mode %q: want %q or %q", cfg.Plugins, PluginsProcess, PluginsInProcess)
	}
	if cfg.Plugins == PluginsInProcess && cfg.PluginDir != "" {
		return nil, fmt.Errorf("plugin mode %q cannot load external plugins from %s: use %q", PluginsInProcess, cfg.PluginDir, PluginsProcess)
	}
	// No token reaches the log, whatever a component logs; a request's lines carry its id.
	logger = slog.New(auth.RedactingHandler(requestid.LogHandler(logger.Handler())))
	m := metrics.New()
	var metricsLn net.Listener
	if cfg.MetricsAddr != "" {
		// Before anything starts: a taken port fails the start at once.
		var err error
		if metricsLn, err = net.Listen("tcp", cfg.MetricsAddr); err != nil {
			return nil, fmt.Errorf("listen for metrics on %s: %w", cfg.MetricsAddr, err)
		}
	}
	closeMetrics := func() {
		if metricsLn != nil {
			_ = metricsLn.Close()
		}
	}
	// Progress lines for the person watching a first start, which takes a few seconds.
	kind := dialect.SQLite
	if storage.IsPostgres(cfg.DatabaseURL) {
		kind = dialect.Postgres
	}
	logger.InfoContext(ctx, "opening the database", "dialect", kind)
	db, err := storage.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		closeMetrics()
		return nil, err
	}
	m.WatchDB(db.SQL)
	audit.CountWrites(db.Client, m.AuditWrite)
	// Launch the plugins while the database migrates: both take a moment and neither needs
	// the other.
	type started struct {
		h   *host.Host
		err error
	}
	hostc := make(chan started, 1)
	go func() {
		h, err := startHost(ctx, cfg, logger, m)
		hostc <- started{h, err}
	}()
	after := func(ctx context.Context) error { return seed.DemoIfEmpty(ctx, db.Client, logger) }
	if cfg.NoDemoData {
		after = nil
	}
	logger.InfoContext(ctx, "migrating the database schema", "database", db.Display)
	migErr := storage.Migrate(ctx, db, logger, after)
	hs := <-hostc
	if migErr != nil || hs.err != nil {
		if hs.h != nil {
			_ = hs.h.Close()
		}
		_ = db.Close()
		closeMetrics()
		return nil, errors.Join(migErr, hs.err)
	}
	h := hs.h
	// A region whose plugin did not start keeps its last synced rows; the others are synced.
	// That is not fatal: the plugin may come up later (supervision restarts it), and
	// reloadPlugin re-syncs it.
	if err := policysync.Sync(ctx, db, h, logger); err != nil {
		logger.ErrorContext(ctx, "policy tables not fully synced", "error", err)
	}
	tokens := token.Store{Client: db.Client}
	if cfg.FirstToken != nil && db.Dialect == dialect.SQLite {
		if err := firstToken(ctx, tokens, cfg.FirstToken, cfg.Addr); err != nil {
			_ = h.Close()
			_ = db.Close()
			closeMetrics()
			return nil, err
		}
	}
	m.WatchPlugins(h.Status)
	fail := func(err error) (*App, error) {
		_ = h.Close()
		_ = db.Close()
		closeMetrics()
		return nil, err
	}
	coord, err := replicas.Start(ctx, db, cfg.DatabaseURL, h, cfg.ReplicaID, logger,
		func(ctx context.Context, region string) error {
			return policysync.SyncRegion(ctx, db, h, region, logger)
		})
	if err != nil {
		return fail(err)
	}
	var limiter *ratelimit.Shared
	if cfg.RedisURL != "" {
		if limiter, err = ratelimit.NewShared(ctx, cfg.RedisURL, cfg.RedisPrefix, logger, m.RateLimitsShared); err != nil {
			_ = coord.Close()
			return fail(err)
		}
	} else {
		m.RateLimitsShared(false)
	}
	a := &App{Config: cfg, DB: db, Host: h, Evaluator: evaluate.New(h), Logger: logger, Metrics: m, metricsLn: metricsLn,
		Replicas: coord, limiter: limiter}
	a.Evaluator.OnEvaluation = m.Evaluation
	checks := append(slices.Clone(cfg.ReadyChecks), server.ReadyCheck{Name: "plugins", Check: func(context.Context) error {
		if !h.Ready() {
			return errors.New("not every region plugin is ready")
		}
		return nil
	}})
	// CSV export of comparisons and the matrix, through the same evaluation path as GraphQL.
	mounts := map[string]http.Handler{"/export/": export.Handler(a.Evaluator, db.Client, logger)}
	for pattern, mk := range cfg.Mounts {
		mounts[pattern] = mk(a)
	}
	a.Handler = server.New(server.Options{
		Client: db.Client, Logger: logger, ReadyChecks: checks, Mounts: mounts,
		Authenticate: tokens.Authenticate, IPRate: cfg.IPRate, TokenRate: cfg.TokenRate, RateLimiter: a.rateLimiter(),
		MaxBodyBytes: cfg.MaxBodyBytes, MaxTokenBodyBytes: cfg.MaxTokenBodyBytes,
		MaxInFlightPerClient: cfg.MaxInFlightPerClient,
		Resolver: graph.Config{
			Evaluator:   a.Evaluator,
			AfterReload: coord.Reloaded,
			Replicas:    coord.Serving,
		},
		CORSOrigins:      cfg.CORSOrigins,
		Metrics:          m,
		MetricsElsewhere: metricsLn != nil,
	})
	// Migrations, demo data and the policy sync leave garbage that the scavenger would return
	// only over minutes: give it back now, once, so a fresh server holds what it uses.
	memrelease.Release()
	return a, nil
}

// pluginMemoryLimit is the soft memory limit (GOMEMLIMIT) of the built-in regions' plugin
// processes, unless the operator's environment sets GOMEMLIMIT. A plugin holds its ruleset and
// little else (about 10 MiB of heap), but answering a chunk of 2,000 subjects allocates tens of
// megabytes that the runtime would otherwise keep resident for minutes, five times over: near
// the limit the collector runs sooner and the scavenger returns freed memory to the operating
// system, while a chunk in progress may still go beyond it (the limit is soft). GOGC stays at
// its default: a lower one would only cost CPU in every batch.
const pluginMemoryLimit = "48MiB"

// pluginRuntimeEnv is what the plugin processes' environment adds to the server's, which they
// inherit: the memory limit, when getenv does not set GOMEMLIMIT already.
func pluginRuntimeEnv(getenv func(string) string) []string {
	if getenv("GOMEMLIMIT") != "" {
		return nil
	}
	return []string{"GOMEMLIMIT=" + pluginMemoryLimit}
}

// startHost starts the built-in regions (and external plugins from PluginDir) as plugin
// processes, or the built-in regions in-process.
func startHost(ctx context.Context, cfg Config, logger *slog.Logger, m *metrics.Metrics) (*host.Host, error) {
	builtin := regions.Builtin()
	if cfg.Plugins == PluginsInProcess {
		h, err := host.NewInProcess(builtin, logger)
		if err != nil {
			return nil, fmt.Errorf("start in-process regions: %w", err)
		}
		logger.InfoContext(ctx, "regions running in-process (no isolation)", "regions", h.Regions())
		return h, nil
	}
	codes := make([]string, 0, len(builtin))
	for code := range builtin {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	command := cfg.PluginCommand
	binary := "PluginCommand"
	if command == nil {
		var err error
		if command, binary, err = regionbinary.Command(ctx, cfg.RegionsBinary, logger); err != nil {
			return nil, err
		}
	}
	env := pluginRuntimeEnv(os.Getenv)
	withEnv := func(region string) *exec.Cmd {
		cmd := command(region)
		cmd.Env = append(cmd.Env, env...)
		return cmd
	}
	hc := host.Config{Builtin: codes, PluginDir: cfg.PluginDir, Command: withEnv, Logger: logger,
		CallTimeout: cfg.PluginCallTimeout, CallTimeoutPerSubject: cfg.PluginCallTimeoutPerSubject,
		ObserveCall: m.PluginCall}
	if cfg.TuneHost != nil {
		cfg.TuneHost(&hc)
	}
	h, err := host.New(hc)
	if err != nil {
		return nil, fmt.Errorf("plugin host: %w", err)
	}
	progress := []any{"builtin", len(codes), "binary", binary}
	if cfg.PluginDir != "" {
		progress = append(progress, "plugin_dir", cfg.PluginDir)
	}
	logger.InfoContext(ctx, "starting region plugins", progress...)
	start := time.Now()
	if err := h.Start(ctx); err != nil {
		_ = h.Close()
		return nil, fmt.Errorf("start plugins: %w", err)
	}
	logger.InfoContext(ctx, "region plugins started", "regions", h.Regions(), "ready", h.Ready(),
		"duration", time.Since(start).Round(time.Millisecond))
	return h, nil
}

// MetricsAddr is the address of the separate metrics listener, "" when there is none.
func (a *App) MetricsAddr() string {
	if a.metricsLn == nil {
		return ""
	}
	return a.metricsLn.Addr().String()
}

// rateLimiter is the limiter of the rate limits: nil (per process) without Redis.
func (a *App) rateLimiter() ratelimit.Limiter {
	if a.limiter == nil {
		return nil
	}
	return a.limiter
}

// Close stops every plugin process, then releases the database.
func (a *App) Close() error {
	if a.metricsLn != nil {
		_ = a.metricsLn.Close() // Serve was not called, or has closed it already
	}
	if a.limiter != nil {
		_ = a.limiter.Close()
	}
	rerr := a.Replicas.Close()
	var herr error
	if a.Host != nil {
		herr = a.Host.Close()
	}
	return errors.Join(rerr, herr, a.DB.Close())
}

// Serve serves on ln until ctx is cancelled, then shuts down gracefully,
// letting in-flight requests finish for up to 15 seconds. A client that sends its request too
// slowly is cut off after the read timeout, and one address holds at most MaxConnsPerIP
// connections.
func (a *App) Serve(ctx context.Context, ln net.Listener) error {
	read := cmp.Or(a.Config.ReadTimeout, DefaultReadTimeout)
	srv := &http.Server{
		Handler:           a.Handler,
		ReadHeaderTimeout: min(readHeaderTimeout, read),
		ReadTimeout:       read,
		IdleTimeout:       cmp.Or(a.Config.IdleTimeout, DefaultIdleTimeout),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	ln = limitPerIP(ln, cmp.Or(a.Config.MaxConnsPerIP, DefaultMaxConnsPerIP), a.Logger,
		func() { a.Metrics.Refused(metrics.RefusedConnections) })
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	a.Logger.InfoContext(ctx, "shegong listening", "url", "http://"+ln.Addr().String()+"/", "database", a.DB.Display)
	if a.metricsLn != nil {
		msrv := a.metricsServer()
		go func() { _ = msrv.Serve(a.metricsLn) }()
		defer msrv.Close()
		a.Logger.InfoContext(ctx, "metrics listening", "url", "http://"+a.metricsLn.Addr().String()+metrics.Path)
	}
	select {
	case err := <-errc:
		return fmt.Errorf("http server: %w", err)
	case <-ctx.Done():
	}
	a.Logger.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("graceful shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("http server: %w", err)
	}
	return nil
}

// metricsServer serves /metrics alone, to anyone who reaches Config.MetricsAddr.
func (a *App) metricsServer() *http.Server {
	mux := http.NewServeMux()
	mux.Handle("GET "+metrics.Path, a.Metrics.Handler())
	return &http.Server{Handler: mux, ReadHeaderTimeout: readHeaderTimeout}
}

// FirstTokenLabel is the label of the admin token created on the first start.
const FirstTokenLabel = "admin (first start)"

// firstToken creates an admin token when the database has none, and prints it once to out
// with the next step: where to open GraphiQL (addr is the listen address) and where to put it.
func firstToken(ctx context.Context, tokens token.Store, out io.Writer, addr string) error {
	n, err := tokens.Count(ctx)
	if err != nil || n > 0 {
		return err
	}
	ctx = audit.WithAction(auth.System(ctx), "token.create")
	var secret string
	err = audit.InTx(ctx, tokens.Client, func(c *ent.Client) error {
		var err error
		secret, _, err = token.Store{Client: c}.Create(ctx, token.Spec{Role: auth.Admin, Label: FirstTokenLabel})
		return err
	})
	if err != nil {
		return fmt.Errorf("create the first admin token: %w", err)
	}
	_, err = io.WriteString(out, firstTokenMessage(secret, BrowseURL(addr)))
	return err
}

// firstTokenMessage frames the first admin token so that it stands out from the log lines
// around it: the token alone on its line, easy to select, then the next step.
func firstTokenMessage(secret, url string) string {
	rule := strings.Repeat("=", 72)
	return fmt.Sprintf(`
%[1]s
 首次启动：已创建管理员令牌，只显示这一次，请妥善保存
 First start: an admin API token was created. It is shown only now; keep it safe:

   %[2]s

 下一步 / Next: open %[3]s and paste into GraphiQL's Headers panel:
   {"Authorization": "Bearer %[2]s"}
 Revoke it with: shegong token revoke %[4]q
%[1]s

`, rule, secret, url, FirstTokenLabel)
}

// BrowseURL is the address a person on this machine opens for a server listening on addr:
// an unspecified host (":8080", "0.0.0.0:8080") is reached through loopback.
func BrowseURL(addr string) string {
	if addr == "" {
		addr = DefaultAddr
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://" + addr + "/"
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}
