package host

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"sync"

	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/go-plugin"
	"github.com/hashicorp/go-plugin/runner"
)

// procRunner is the go-plugin runner for one plugin process. go-plugin's own runner starts
// the command as-is; this one puts the plugin in its own process group (so that killing it
// also kills anything it spawned), arranges for the kernel to kill it when the server dies
// (Linux), verifies the binary's checksum immediately before exec, and reports the exit
// through exited.
type procRunner struct {
	name   string
	cmd    *exec.Cmd
	secure *plugin.SecureConfig
	stdout *handshakeRecorder
	stderr io.ReadCloser

	pid      int
	exited   chan struct{}
	waitOnce sync.Once
	waitErr  error
}

var _ runner.Runner = (*procRunner)(nil)

func newProcRunner(name string, cmd *exec.Cmd, secure *plugin.SecureConfig) (*procRunner, error) {
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	cmd.SysProcAttr = pluginSysProcAttr()
	return &procRunner{name: name, cmd: cmd, secure: secure, stdout: &handshakeRecorder{ReadCloser: stdout}, stderr: stderr, exited: make(chan struct{})}, nil
}

func (r *procRunner) Start(context.Context) error {
	if r.secure != nil {
		// go-plugin skips its own check when a RunnerFunc is used, so do it here, as late
		// as possible before exec.
		ok, err := r.secure.Check(r.cmd.Path)
		if err != nil {
			return fmt.Errorf("verify checksum of %s: %w", r.cmd.Path, err)
		}
		if !ok {
			return plugin.ErrChecksumsDoNotMatch
		}
	}
	if err := startProcess(r.cmd); err != nil {
		return err
	}
	r.pid = r.cmd.Process.Pid
	return nil
}

// Wait is called by go-plugin once the plugin's stdout and stderr are drained, which is when
// the process has exited.
func (r *procRunner) Wait(context.Context) error {
	r.waitOnce.Do(func() {
		r.waitErr = r.cmd.Wait()
		close(r.exited)
	})
	return r.waitErr
}

// Kill kills the whole process group. It is safe to call at any time and more than once.
func (r *procRunner) Kill(context.Context) error {
	if r.pid == 0 {
		return nil
	}
	err := killGroup(r.pid)
	if errors.Is(err, errProcessDone) {
		return nil
	}
	return err
}

func (r *procRunner) Diagnose(context.Context) string { return "" }
func (r *procRunner) Stdout() io.ReadCloser           { return r.stdout }
func (r *procRunner) Stderr() io.ReadCloser           { return r.stderr }
func (r *procRunner) Name() string                    { return r.name }

func (r *procRunner) ID() string {
	if r.pid == 0 {
		return ""
	}
	return strconv.Itoa(r.pid)
}

func (r *procRunner) PluginToHost(network, addr string) (string, string, error) {
	return network, addr, nil
}

func (r *procRunner) HostToPlugin(network, addr string) (string, string, error) {
	return network, addr, nil
}

// handshakeRecorder passes the plugin's stdout to go-plugin and keeps its first line, the
// handshake "core|app-protocol|network|address|protocol". go-plugin reports a protocol
// mismatch only as an untyped error whose wording may change between releases; the
// recorded line lets the host decide from the handshake itself which version the plugin
// offered.
type handshakeRecorder struct {
	io.ReadCloser

	mu   sync.Mutex
	line []byte
	done bool // the first line is complete (or too long to be a handshake)
}

// maxHandshakeLine bounds what is kept; a real handshake line is well under 200 bytes.
const maxHandshakeLine = 4096

func (r *handshakeRecorder) Read(p []byte) (int, error) {
	n, err := r.ReadCloser.Read(p)
	r.mu.Lock()
	if !r.done && n > 0 {
		chunk := p[:n]
		if i := bytes.IndexByte(chunk, '\n'); i >= 0 {
			chunk, r.done = chunk[:i], true
		}
		r.line = append(r.line, chunk...)
		if len(r.line) > maxHandshakeLine {
			r.line, r.done = r.line[:maxHandshakeLine], true
		}
	}
	r.mu.Unlock()
	return n, err
}

// appProtocol returns the application protocol version the plugin announced in its
// handshake line, and false when no well-formed handshake was seen.
func (r *handshakeRecorder) appProtocol() (int, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	parts := strings.Split(strings.TrimSpace(string(r.line)), "|")
	if len(parts) < 4 {
		return 0, false
	}
	v, err := strconv.Atoi(parts[1])
	return v, err == nil
}

// runnerFunc adapts newProcRunner to go-plugin's ClientConfig.RunnerFunc. go-plugin passes
// a spec command carrying the handshake environment; the plugin's own command gets that
// environment (its own variables last, so they win) and the spec's stdin. The runner is
// handed back through got because the caller needs its pid and exit channel.
func runnerFunc(name string, cmd *exec.Cmd, secure *plugin.SecureConfig, got **procRunner) func(hclog.Logger, *exec.Cmd, string) (runner.Runner, error) {
	return func(_ hclog.Logger, spec *exec.Cmd, _ string) (runner.Runner, error) {
		cmd.Env = append(append([]string(nil), spec.Env...), cmd.Env...)
		cmd.Stdin = spec.Stdin
		r, err := newProcRunner(name, cmd, secure)
		if err != nil {
			return nil, err
		}
		*got = r
		return r, nil
	}
}
