// Package apptest starts real shegong servers for tests in other packages: a real HTTP
// listener on 127.0.0.1:0, a real database (SQLite or PostgreSQL through internal/testdb) and
// the built-in regions as real plugin processes.
//
// The plugin processes are the test binary itself, re-executed exactly as the server
// re-executes its own binary: `<exe> __plugin <region>`. A test package that starts servers
// must therefore let its binary serve a region when asked to:
//
//	func TestMain(m *testing.M) {
//		apptest.MaybeServePlugin()
//		os.Exit(m.Run())
//	}
package apptest

import (
	"io"
	"log/slog"

	"context"
	"fmt"
	"github.com/shegong/shegong/graph/server"
	"github.com/shegong/shegong/internal/audit"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/auth/token"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/app"
	"github.com/shegong/shegong/internal/gqltest"
	"github.com/shegong/shegong/internal/testdb"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/transport"
	"github.com/shegong/shegong/regions"
)

// MaybeServePlugin serves a built-in region and exits when the process was started as
// `<exe> __plugin <region>`; otherwise it returns at once. Call it first in TestMain, before
// flag parsing (the test binary's flags do not know __plugin).
func MaybeServePlugin() {
	if len(os.Args) < 3 || os.Args[1] != host.PluginModeArg {
		return
	}
	newPolicy, ok := regions.Builtin()[os.Args[2]]
	if !ok {
		fmt.Fprintf(os.Stderr, "apptest: no built-in region %q\n", os.Args[2])
		os.Exit(2)
	}
	transport.Serve(newPolicy())
	os.Exit(0)
}

// Options configure a test server. The zero value is an SQLite server without demo data
// whose regions run as plugin processes.
type Options struct {
	Kind testdb.Kind // default testdb.SQLite
	// DatabaseURL, when set, is the database to use instead of a fresh one of Kind (a test
	// that reaches it through a proxy it controls); the test owns it.
	DatabaseURL string
	DemoData    bool   // load the demo data set (regions, organisations, projects …)
	Plugins     string // app.PluginsProcess (default) or app.PluginsInProcess
	// RegionsBinary, as --regions-binary: a shegong-regions binary for the built-in regions
	// ("": this test binary re-executed, see MaybeServePlugin).
	RegionsBinary string
	// FastRestart makes a killed plugin come back within about a second and a half: health
	// checks every 100ms, first restart after 1s — long enough that a test can observe the
	// region as unavailable right after killing it, short enough to wait for recovery.
	FastRestart bool
	// TuneHost adjusts the plugin host configuration after FastRestart's (a test that needs
	// a stopped plugin to hold its calls: a long call deadline, no health pings to notice).
	TuneHost func(*host.Config)
	// Mounts adds handlers, as app.Config.Mounts.
	Mounts map[string]func(*app.App) http.Handler
	// Rate limits requests per IP and per token; the zero value: no limit (tests make
	// many requests from one address quickly).
	Rate server.Rate
	// TokenRate, when set, limits requests per token instead of Rate (tests of a token limit
	// tighter than the IP limit).
	TokenRate *server.Rate
	// MaxBodyBytes and MaxTokenBodyBytes cap request bodies without and with a token (0: the
	// server's defaults).
	MaxBodyBytes, MaxTokenBodyBytes int64
	// ReadTimeout and MaxConnsPerIP are the connection limits (0: the server's defaults).
	ReadTimeout   time.Duration
	MaxConnsPerIP int
	// MaxInFlightPerClient caps the requests one client has in flight (0: no cap).
	MaxInFlightPerClient int
	// Logger receives the server's log (default testdb.Logger()).
	Logger *slog.Logger
	// FirstToken receives the first-start admin token (SQLite only); nil: none is created.
	FirstToken io.Writer
	// PluginDir holds external plugins, as --plugin-dir (the host refuses one under /tmp:
	// use internal/testdir).
	PluginDir string
	// CORSOrigins are the web origins allowed to call the server from a browser.
	CORSOrigins []string
	// MetricsAddr, as --metrics-addr: a listener of its own for /metrics (App.MetricsAddr
	// says where, for "127.0.0.1:0").
	MetricsAddr string
}

// Server is a running test server.
type Server struct {
	URL  string          // base URL, e.g. http://127.0.0.1:41234
	GQL  *gqltest.Client // client of URL + "/graphql"
	App  *app.App
	Host *host.Host
}

// Start starts a server for the test and stops it (every plugin process included) at cleanup.
func Start(t testing.TB, o Options) *Server {
	t.Helper()
	if o.Kind == "" {
		o.Kind = testdb.SQLite
	}
	dbURL := o.DatabaseURL
	if dbURL == "" {
		dbURL = testdb.URL(t, o.Kind)
	}
	cfg := app.Config{
		DatabaseURL:          dbURL,
		NoDemoData:           !o.DemoData,
		Plugins:              o.Plugins,
		RegionsBinary:        o.RegionsBinary,
		Mounts:               o.Mounts,
		IPRate:               o.Rate,
		TokenRate:            o.Rate,
		MaxBodyBytes:         o.MaxBodyBytes,
		FirstToken:           o.FirstToken,
		PluginDir:            o.PluginDir,
		MaxTokenBodyBytes:    o.MaxTokenBodyBytes,
		ReadTimeout:          o.ReadTimeout,
		MaxConnsPerIP:        o.MaxConnsPerIP,
		MaxInFlightPerClient: o.MaxInFlightPerClient,
		CORSOrigins:          o.CORSOrigins,
		MetricsAddr:          o.MetricsAddr,
	}
	if o.TokenRate != nil {
		cfg.TokenRate = *o.TokenRate
	}
	logger := o.Logger
	if logger == nil {
		logger = testdb.Logger()
	}
	if o.FastRestart {
		cfg.TuneHost = func(c *host.Config) {
			c.PingInterval = 100 * time.Millisecond
			c.BackoffMin = time.Second
			c.BackoffMax = 2 * time.Second
		}
	}
	if tune, fast := o.TuneHost, cfg.TuneHost; tune != nil {
		cfg.TuneHost = func(c *host.Config) {
			if fast != nil {
				fast(c)
			}
			tune(c)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	a, err := app.New(ctx, cfg, logger)
	if err != nil {
		cancel()
		t.Fatalf("apptest: start server: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		cancel()
		_ = a.Close()
		t.Fatalf("apptest: listen: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("apptest: serve: %v", err)
		}
		if err := a.Close(); err != nil {
			t.Errorf("apptest: close: %v", err)
		}
	})
	base := "http://" + ln.Addr().String()
	return &Server{URL: base, GQL: &gqltest.Client{URL: base + "/graphql"}, App: a, Host: a.Host}
}

// Token creates an API token (as the CLI does) and returns its secret.
func (s *Server) Token(t testing.TB, role auth.Role, region, label string) string {
	t.Helper()
	ctx := audit.WithAction(auth.System(context.Background()), "token.create")
	secret, _, err := token.Store{Client: s.App.DB.Client}.Create(ctx, token.Spec{Role: role, Region: region, Label: label})
	if err != nil {
		t.Fatalf("apptest: create token %s: %v", label, err)
	}
	return secret
}

// As returns a GraphQL client that sends secret as its bearer token.
func (s *Server) As(secret string) *gqltest.Client {
	return &gqltest.Client{URL: s.GQL.URL, Token: secret}
}

// StopPlugin freezes the region's plugin process with SIGSTOP, as a hung plugin, and returns
// once the kernel reports it stopped (the signal is delivered asynchronously); the process is
// continued at cleanup if it is still there. It returns the stopped pid.
func (s *Server) StopPlugin(t testing.TB, region string) int {
	t.Helper()
	pid := 0
	for _, st := range s.Host.Status() {
		if st.Region == region {
			pid = st.PID
		}
	}
	if pid <= 0 {
		t.Fatalf("apptest: no plugin process for region %s in %+v", region, s.Host.Status())
	}
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatalf("apptest: stop plugin %d: %v", pid, err)
	}
	t.Cleanup(func() { _ = syscall.Kill(pid, syscall.SIGCONT) })
	for start := time.Now(); ; time.Sleep(time.Millisecond) {
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			t.Fatalf("apptest: state of plugin %d: %v", pid, err)
		}
		// The state is the field after the parenthesised command name.
		stat := string(data)
		if i := strings.LastIndexByte(stat, ')'); i >= 0 && i+2 < len(stat) && stat[i+2] == 'T' {
			return pid
		}
		if time.Since(start) > 5*time.Second {
			t.Fatalf("apptest: plugin %d not stopped 5s after SIGSTOP", pid)
		}
	}
}
