// Package app assembles a running shegong server from its configuration:
// storage, migrations, demo data and the HTTP handler. cmd/shegong and the
// end-to-end tests both start servers through it.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/shegong/shegong/graph/server"
	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/storage"
)

// Config is the server configuration (flags with environment fallbacks).
type Config struct {
	Addr        string // SHEGONG_ADDR, default 127.0.0.1:8080
	DatabaseURL string // SHEGONG_DATABASE_URL, default ./shegong.db
	PluginDir   string // SHEGONG_PLUGIN_DIR; read by the plugin host
	// NoDemoData skips loading the demo data set into an empty database.
	NoDemoData bool
	// ReadyChecks let later components (the plugin host) join /readyz.
	ReadyChecks []server.ReadyCheck
}

// DefaultAddr is where serve listens unless told otherwise: loopback only,
// so a newcomer's demo is not exposed to the network.
const DefaultAddr = "127.0.0.1:8080"

// App is an assembled server.
type App struct {
	Config  Config
	DB      *storage.DB
	Handler http.Handler
	Logger  *slog.Logger
}

// New opens the database, migrates it, loads the demo data into an empty
// database and builds the handler.
func New(ctx context.Context, cfg Config, logger *slog.Logger) (*App, error) {
	db, err := storage.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return nil, err
	}
	after := func(ctx context.Context) error { return seed.DemoIfEmpty(ctx, db.Client, logger) }
	if cfg.NoDemoData {
		after = nil
	}
	if err := storage.Migrate(ctx, db, logger, after); err != nil {
		_ = db.Close()
		return nil, err
	}
	h := server.New(server.Options{Client: db.Client, Logger: logger, ReadyChecks: cfg.ReadyChecks})
	return &App{Config: cfg, DB: db, Handler: h, Logger: logger}, nil
}

// Close releases the database.
func (a *App) Close() error { return a.DB.Close() }

// Serve serves on ln until ctx is cancelled, then shuts down gracefully,
// letting in-flight requests finish for up to 15 seconds.
func (a *App) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           a.Handler,
		ReadHeaderTimeout: 10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	a.Logger.InfoContext(ctx, "shegong listening", "url", "http://"+ln.Addr().String()+"/", "database", a.DB.Display)
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
