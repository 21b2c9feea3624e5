package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"time"

	"github.com/shegong/shegong/graph/server"
	"github.com/shegong/shegong/internal/app"
	"github.com/shegong/shegong/internal/ratelimit"
	"github.com/shegong/shegong/internal/regionbinary"
	"github.com/shegong/shegong/internal/tracing"
	"github.com/shegong/shegong/plugins/host"
)

const serveHelp = `Usage: shegong serve [flags]

Runs the GraphQL server: GraphiQL at /, the API at /graphql, CSV exports at /export/, health
at /healthz and /readyz. Every region runs as its own plugin process. On the first start of
an empty SQLite database it loads demo data and prints an admin token.

Example:
  shegong serve --addr 127.0.0.1:8080 --cors-origins http://localhost:5173
`

func runServe(ctx context.Context, args []string) error {
	fs := newFlagSet("serve", serveHelp, os.Stdout)
	var (
		common = commonFlags{defaultLevel: "info"}
		cfg    app.Config
	)
	common.register(fs)
	fs.StringVar(&cfg.Addr, "addr", envOr("SHEGONG_ADDR", app.DefaultAddr), "listen address (env SHEGONG_ADDR)")
	fs.StringVar(&cfg.PluginDir, "plugin-dir", envOr("SHEGONG_PLUGIN_DIR", ""), "directory of external region plugins (env SHEGONG_PLUGIN_DIR)")
	fs.StringVar(&cfg.RegionsBinary, "regions-binary", envOr("SHEGONG_REGIONS_BINARY", regionbinary.Auto),
		"binary of the built-in regions' plugin processes: auto (shegong-regions beside this binary when built from the same regions, else this binary), self, or a path (env SHEGONG_REGIONS_BINARY)")
	fs.StringVar(&cfg.Plugins, "plugins", envOr("SHEGONG_PLUGINS", app.PluginsProcess),
		"how regions run: process (one plugin process per region) or inprocess (benchmarks, debugging; env SHEGONG_PLUGINS)")
	rate := fs.Float64("rate", envFloat("SHEGONG_RATE", server.DefaultRatePerSecond),
		"requests per second allowed per API token and per client IP, across all replicas with --redis-url, else in this server process; 0: unlimited (env SHEGONG_RATE)")
	burst := fs.Int("rate-burst", int(envInt("SHEGONG_RATE_BURST", server.DefaultRateBurst)),
		"burst of requests allowed above --rate (env SHEGONG_RATE_BURST)")
	fs.Int64Var(&cfg.MaxBodyBytes, "max-body", envInt("SHEGONG_MAX_BODY", server.DefaultMaxBodyBytes),
		"largest anonymous request body in bytes; larger → 413 (env SHEGONG_MAX_BODY)")
	fs.Int64Var(&cfg.MaxTokenBodyBytes, "max-body-token", envInt("SHEGONG_MAX_BODY_TOKEN", server.DefaultMaxTokenBodyBytes),
		"largest request body in bytes sent with an API token; larger → 413 (env SHEGONG_MAX_BODY_TOKEN)")
	fs.DurationVar(&cfg.ReadTimeout, "read-timeout", envDuration("SHEGONG_READ_TIMEOUT", app.DefaultReadTimeout),
		"longest time to receive a whole request, headers and body (env SHEGONG_READ_TIMEOUT)")
	fs.DurationVar(&cfg.IdleTimeout, "idle-timeout", envDuration("SHEGONG_IDLE_TIMEOUT", app.DefaultIdleTimeout),
		"how long a kept-alive connection may wait for its next request (env SHEGONG_IDLE_TIMEOUT)")
	fs.IntVar(&cfg.MaxConnsPerIP, "max-conns-per-ip", int(envInt("SHEGONG_MAX_CONNS_PER_IP", app.DefaultMaxConnsPerIP)),
		"open connections allowed per client IP address; more are answered 429 and closed (env SHEGONG_MAX_CONNS_PER_IP)")
	fs.IntVar(&cfg.MaxInFlightPerClient, "max-in-flight-per-client",
		int(envInt("SHEGONG_MAX_IN_FLIGHT_PER_CLIENT", server.DefaultMaxInFlightPerClient)),
		"GraphQL and CSV export requests one API token (else one client IP) may have in flight at once in this server process; more → 429; 0: no cap (env SHEGONG_MAX_IN_FLIGHT_PER_CLIENT)")
	fs.DurationVar(&cfg.PluginCallTimeout, "plugin-call-timeout", envDuration("SHEGONG_PLUGIN_CALL_TIMEOUT", host.DefaultCallTimeout),
		"deadline of one plugin call; a region that misses it answers PLUGIN_UNAVAILABLE (env SHEGONG_PLUGIN_CALL_TIMEOUT)")
	fs.DurationVar(&cfg.PluginCallTimeoutPerSubject, "plugin-call-timeout-per-subject",
		envDuration("SHEGONG_PLUGIN_CALL_TIMEOUT_PER_SUBJECT", host.DefaultCallTimeoutPerSubject),
		"added to --plugin-call-timeout per subject of a batch call (env SHEGONG_PLUGIN_CALL_TIMEOUT_PER_SUBJECT)")
	fs.BoolVar(&cfg.NoDemoData, "no-demo-data", false, "do not load the demo data set into an empty database")
	fs.StringVar(&cfg.MetricsAddr, "metrics-addr", envOr("SHEGONG_METRICS_ADDR", ""),
		"listen address of a separate listener serving /metrics to anyone; unset: /metrics on --addr, to loopback clients only (env SHEGONG_METRICS_ADDR)")
	fs.StringVar(&cfg.RedisURL, "redis-url", envOr("SHEGONG_REDIS_URL", ""),
		"Redis that counts --rate for every replica, redis://host:6379/0 or rediss:// for TLS; unset: counted in this process. Unreachable: counted in this process until it answers (env SHEGONG_REDIS_URL)")
	fs.StringVar(&cfg.RedisPrefix, "redis-prefix", envOr("SHEGONG_REDIS_PREFIX", ratelimit.DefaultPrefix),
		"start of this deployment's keys in Redis, to share one Redis between deployments (env SHEGONG_REDIS_PREFIX)")
	fs.StringVar(&cfg.ReplicaID, "replica-id", envOr("SHEGONG_REPLICA_ID", ""),
		"this server's name among the replicas on one PostgreSQL database, shown by the plugins query; in Kubernetes the pod name; default host name:process id (env SHEGONG_REPLICA_ID)")
	corsOrigins := fs.String("cors-origins", envOr("SHEGONG_CORS_ORIGINS", ""),
		"comma-separated web origins allowed to call the API from a browser, e.g. https://app.example.org; none by default (env SHEGONG_CORS_ORIGINS)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := refuseNegative(fs); err != nil {
		return err
	}
	if err := checkPluginDir(cfg.PluginDir); err != nil {
		return err
	}
	origins, err := server.ParseCORSOrigins(*corsOrigins)
	if err != nil {
		return fmt.Errorf("%w: --cors-origins (env SHEGONG_CORS_ORIGINS): %v", errUsage, err)
	}
	cfg.CORSOrigins = origins
	cfg.DatabaseURL = common.database
	cfg.IPRate = server.Rate{PerSecond: *rate, Burst: *burst}
	cfg.TokenRate = cfg.IPRate
	cfg.FirstToken = os.Stderr
	if common.jsonLogs() {
		// The framed token is for a person; a JSON log stream stays JSON lines only.
		cfg.FirstToken = os.Stdout
	}
	if cfg.Plugins != app.PluginsProcess && cfg.Plugins != app.PluginsInProcess {
		return fmt.Errorf("%w: --plugins %q: want %s or %s", errUsage, cfg.Plugins, app.PluginsProcess, app.PluginsInProcess)
	}
	logger, err := common.logger()
	if err != nil {
		return err
	}
	stopTracing, err := startTracing(ctx, logger)
	if err != nil {
		return err
	}
	defer stopTracing() // after the app has closed: its plugin processes flush their own spans
	// Bind first: the first-start message names the bound address (a real port for
	// --addr host:0), and a port in use stops the command before plugins start.
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	cfg.Addr = ln.Addr().String()
	a, err := app.New(ctx, cfg, logger)
	if err != nil {
		_ = ln.Close()
		return err
	}
	defer a.Close()
	return a.Serve(ctx, ln)
}

// startTracing exports traces when the OpenTelemetry environment asks for them
// (OTEL_EXPORTER_OTLP_ENDPOINT; see docs/operations.md) and returns what flushes them on exit.
func startTracing(ctx context.Context, logger *slog.Logger) (func(), error) {
	shutdown, err := tracing.Start(ctx, tracing.ServiceName(os.Getenv))
	if err != nil {
		return nil, err
	}
	if tracing.On() {
		logger.InfoContext(ctx, "exporting traces over OTLP", "service", tracing.ServiceName(os.Getenv))
	}
	return func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := shutdown(sctx); err != nil {
			logger.Warn("traces not flushed", "error", err)
		}
	}, nil
}
