package host

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shegong/shegong/plugins/examples/testregion"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/plugins/transport"
)

// The test binary doubles as a plugin and as a mini server, selected by this variable:
//
//	plugin:<region>  serve the test policy as region <region> (a built-in)
//	plugin-1.0:<region>  the same as a plugin of protocol revision 1.0 (no Evaluate)
//	plugin-1.1:<region>  the same as a plugin of protocol revision 1.1 (Evaluate, no reform)
//	server           run a Host with built-ins alpha and beta, print their pids, block
//	exit             exit at once with status 1 (a plugin that cannot start)
const envTestMode = "SHEGONG_HOST_TEST_MODE"

// envCallLog names a file to which a plugin process started by loggingCommand appends one
// line per Budget or Staffing call ("<region> <call> <batch size>"), so a test can count
// the RPCs that really reached the plugins.
const envCallLog = "SHEGONG_HOST_TEST_CALL_LOG"

// testParents gives test regions a chain: child → alpha.
var testParents = map[string]string{"child": "alpha"}

func newTestPolicy(code string) func() sdk.Policy {
	return func() sdk.Policy {
		return testregion.New(testregion.Options{Code: code, Parent: testParents[code]})
	}
}

var buildDir string

func TestMain(m *testing.M) {
	switch mode := os.Getenv(envTestMode); {
	case strings.HasPrefix(mode, "plugin:"), strings.HasPrefix(mode, "plugin-1.0:"), strings.HasPrefix(mode, "plugin-1.1:"):
		kind, region, _ := strings.Cut(mode, ":")
		p := newTestPolicy(region)()
		if path := os.Getenv(envCallLog); path != "" {
			p = &loggedPolicy{Policy: p, region: region, path: path}
		}
		switch kind {
		case "plugin-1.0":
			transport.ServeFeatures(p, nil)
		case "plugin-1.1":
			transport.ServeFeatures(p, []string{transport.FeatureEvaluate})
		}
		transport.Serve(p)
		return
	case mode == "server":
		runMiniServer()
		return
	case mode == "exit":
		fmt.Fprintln(os.Stderr, "test plugin: exiting at once, as asked")
		os.Exit(1)
	}
	dir, err := os.MkdirTemp("", "shegong-host-test-")
	if err != nil {
		panic(err)
	}
	buildDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runMiniServer is a server process in miniature for the "killed server leaves nothing"
// test: it starts two built-in plugins, reports their pids, and waits to be killed.
func runMiniServer() {
	h, err := New(Config{Builtin: []string{"alpha", "beta"}, Command: selfCommand, Logger: slog.New(slog.NewTextHandler(os.Stderr, nil))})
	if err == nil {
		err = h.Start(context.Background())
	}
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(1)
	}
	var pids []string
	for _, st := range h.Status() {
		pids = append(pids, fmt.Sprint(st.PID))
	}
	fmt.Println("PIDS", strings.Join(pids, " "))
	select {}
}

// selfCommand serves a built-in test region by re-executing the test binary.
func selfCommand(region string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envTestMode+"=plugin:"+region)
	return cmd
}

// loggingCommand is selfCommand with every plugin call logged to path (see envCallLog).
func loggingCommand(path string) func(string) *exec.Cmd {
	return func(region string) *exec.Cmd {
		cmd := selfCommand(region)
		cmd.Env = append(cmd.Env, envCallLog+"="+path)
		return cmd
	}
}

// loggedPolicy appends a line per batched call to a file shared by the plugin processes
// (O_APPEND writes of one short line do not interleave).
type loggedPolicy struct {
	sdk.Policy
	region, path string
	mu           sync.Mutex
}

func (l *loggedPolicy) log(call string, n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	f, err := os.OpenFile(l.path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return
	}
	fmt.Fprintf(f, "%s %s %d\n", l.region, call, n)
	f.Close()
}

func (l *loggedPolicy) Budget(ctx context.Context, d sdk.Date, ps []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	l.log("budget", len(ps))
	return l.Policy.Budget(ctx, d, ps)
}

func (l *loggedPolicy) Staffing(ctx context.Context, d sdk.Date, ss []sdk.Subject) ([]sdk.StaffingResult, error) {
	l.log("staffing", len(ss))
	return l.Policy.Staffing(ctx, d, ss)
}

var (
	buildMu    sync.Mutex
	buildCache = map[string]string{}
)

// buildTestPlugin builds the example external plugin with the given region code and version
// once per test binary and returns a fresh copy at dir/name. vars sets more of the
// command's variables ("protocol=2", "failDescribe=true"; see testregion-plugin).
func buildTestPlugin(t testing.TB, code, version, dir, name string, vars ...string) string {
	t.Helper()
	key := strings.Join(append([]string{code, version}, vars...), "-")
	buildMu.Lock()
	bin, ok := buildCache[key]
	if !ok {
		bin = filepath.Join(buildDir, "testregion-"+key)
		ldflags := fmt.Sprintf("-X main.regionCode=%s -X main.version=%s", code, version)
		for _, v := range vars {
			ldflags += " -X main." + v
		}
		out, err := exec.Command("go", "build", "-o", bin, "-ldflags", ldflags,
			"github.com/shegong/shegong/plugins/examples/testregion/cmd/testregion-plugin").CombinedOutput()
		if err != nil {
			buildMu.Unlock()
			t.Fatalf("build test plugin: %v\n%s", err, out)
		}
		buildCache[key] = bin
	}
	buildMu.Unlock()
	dst := filepath.Join(dir, name)
	copyFile(t, bin, dst)
	return dst
}

func copyFile(t testing.TB, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	tmp := dst + ".tmp"
	if err := os.WriteFile(tmp, data, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, dst); err != nil { // atomic: a running copy keeps its inode
		t.Fatal(err)
	}
}

// testLogger logs through t until the test ends; plugin processes may still write a line
// while being stopped, and t.Log after the test is a panic.
func testLogger(t testing.TB) *slog.Logger {
	level := slog.LevelInfo
	if _, bench := t.(*testing.B); bench {
		level = slog.LevelWarn
	}
	w := &testWriter{t: t}
	t.Cleanup(w.close)
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}

type testWriter struct {
	mu   sync.Mutex
	t    testing.TB
	done bool
}

func (w *testWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.done {
		w.t.Log(string(bytes.TrimRight(p, "\n")))
	}
	return len(p), nil
}

func (w *testWriter) close() { w.mu.Lock(); w.done = true; w.mu.Unlock() }

var _ io.Writer = (*testWriter)(nil)

// startHost starts a process host with fast supervision settings and closes it at cleanup.
func startHost(t testing.TB, cfg Config) *Host {
	t.Helper()
	if cfg.Command == nil {
		cfg.Command = selfCommand
	}
	if cfg.Logger == nil {
		cfg.Logger = testLogger(t)
	}
	if cfg.BackoffMin == 0 {
		cfg.BackoffMin = 20 * time.Millisecond
	}
	if cfg.PingInterval == 0 {
		cfg.PingInterval = 200 * time.Millisecond
	}
	if cfg.PingTimeout == 0 {
		cfg.PingTimeout = time.Second
	}
	h, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := h.Start(ctx); err != nil {
		t.Fatal(err)
	}
	return h
}

func statusOf(t testing.TB, h *Host, region string) PluginStatus {
	t.Helper()
	for _, st := range h.Status() {
		if st.Region == region {
			return st
		}
	}
	t.Fatalf("no status for region %q in %+v", region, h.Status())
	return PluginStatus{}
}

var asOf = sdk.MustDate("2024-05-01")

func projects(n int, domain string) []sdk.ProjectSpec {
	out := make([]sdk.ProjectSpec, n)
	for i := range out {
		out[i] = sdk.ProjectSpec{Domain: domain, Headcount: i%50 + 1,
			Budget: []sdk.BudgetLine{{Category: sdk.BudgetLabor, Amount: sdk.Yuan(int64(90000 + i*1000))}}}
	}
	return out
}
