package main

import (
	"context"
	"flag"
	"fmt"
	"net"

	"github.com/shegong/shegong/internal/app"
)

func runServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var (
		common commonFlags
		cfg    app.Config
	)
	common.register(fs)
	fs.StringVar(&cfg.Addr, "addr", envOr("SHEGONG_ADDR", app.DefaultAddr), "listen address (env SHEGONG_ADDR)")
	fs.StringVar(&cfg.PluginDir, "plugin-dir", envOr("SHEGONG_PLUGIN_DIR", ""), "directory of external region plugins (env SHEGONG_PLUGIN_DIR)")
	fs.StringVar(&cfg.Plugins, "plugins", envOr("SHEGONG_PLUGINS", app.PluginsProcess),
		"how regions run: process (one plugin process per region) or inprocess (benchmarks, debugging; env SHEGONG_PLUGINS)")
	fs.StringVar(&cfg.AdminToken, "admin-token", envOr("SHEGONG_ADMIN_TOKEN", ""),
		"INTERIM: enables admin mutations (reloadPlugin) for requests with 'Authorization: Bearer <token>'; off when empty (env SHEGONG_ADMIN_TOKEN)")
	fs.BoolVar(&cfg.NoDemoData, "no-demo-data", false, "do not load the demo data set into an empty database")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg.DatabaseURL = common.database
	if cfg.Plugins != app.PluginsProcess && cfg.Plugins != app.PluginsInProcess {
		return fmt.Errorf("%w: --plugins %q: want %s or %s", errUsage, cfg.Plugins, app.PluginsProcess, app.PluginsInProcess)
	}
	logger, err := common.logger()
	if err != nil {
		return err
	}
	a, err := app.New(ctx, cfg, logger)
	if err != nil {
		return err
	}
	defer a.Close()
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	return a.Serve(ctx, ln)
}
