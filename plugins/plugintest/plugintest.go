// Package plugintest is the conformance kit every region plugin must pass. From a region's
// tests:
//
//	func TestConformance(t *testing.T) { plugintest.Run(t, shenzhen.New) }
//
// Run checks the policy in process and as a real plugin process (the test binary
// re-executes itself to serve it, through the same SDK Serve and host a server uses).
// RunSubprocess checks an already built plugin binary.
package plugintest

import (
	"context"
	"log/slog"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/plugins/transport"
)

// envServe, when set to a test's name, makes Run serve the policy instead of testing it:
// that is how the test binary becomes the plugin process.
const envServe = "SHEGONG_PLUGINTEST_SERVE"

// Run checks newPolicy in process and as a plugin subprocess.
func Run(t *testing.T, newPolicy func() sdk.Policy) {
	t.Helper()
	if os.Getenv(envServe) == t.Name() {
		transport.Serve(newPolicy())
		os.Exit(0)
	}
	t.Run("inprocess", func(t *testing.T) { Check(t, sdk.InProcess(newPolicy())) })
	t.Run("subprocess", func(t *testing.T) {
		cmd := exec.Command(os.Args[0], "-test.run="+runPattern(parentName(t.Name())))
		cmd.Env = append(os.Environ(), envServe+"="+parentName(t.Name()))
		RunSubprocess(t, cmd)
	})
}

// RunSubprocess checks the plugin served by cmd (a built plugin binary, or any command that
// ends in transport.Serve) through a real host.
func RunSubprocess(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	logger := slog.New(slog.NewTextHandler(&testWriter{t: t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	d, err := host.Probe(ctx, clone(cmd), logger)
	if err != nil {
		t.Fatalf("plugin did not start: %v", err)
	}
	h, err := host.New(host.Config{
		Builtin: []string{d.Region.Code}, Logger: logger,
		Command: func(string) *exec.Cmd { return clone(cmd) },
	})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if err := h.Start(ctx); err != nil {
		t.Fatal(err)
	}
	for _, st := range h.Status() {
		if st.State != host.StateReady {
			t.Fatalf("plugin not ready: %+v", st)
		}
	}
	p, err := h.Region(d.Region.Code)
	if err != nil {
		t.Fatal(err)
	}
	Check(t, p)
	if st := h.Status()[0]; st.Restarts != 0 || st.State != host.StateReady {
		t.Errorf("the plugin process crashed or hung during the checks: %+v", st)
	}
}

// clone copies a not-yet-started command; an exec.Cmd runs only once.
func clone(c *exec.Cmd) *exec.Cmd {
	n := exec.Command(c.Path, c.Args[1:]...)
	n.Env, n.Dir = c.Env, c.Dir
	return n
}

// runPattern anchors every element of a test name for -test.run.
func runPattern(name string) string {
	parts := strings.Split(name, "/")
	for i, p := range parts {
		parts[i] = "^" + regexp.QuoteMeta(p) + "$"
	}
	return strings.Join(parts, "/")
}

func parentName(name string) string {
	i := strings.LastIndex(name, "/")
	return name[:i]
}

type testWriter struct{ t *testing.T }

func (w *testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
