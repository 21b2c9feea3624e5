package doccheck

import (
	"bufio"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/markdown"
)

// The placeholders the README's quick start uses, replaced by what the test's server has.
const (
	docBase  = "http://127.0.0.1:8080"
	docToken = "sgt_…"
)

var (
	tokenLine = regexp.MustCompile(`Bearer (sgt_[A-Za-z0-9_-]+)`)
	listening = regexp.MustCompile(`msg="shegong listening" url=(http://[0-9.:]+)/`)
	logMsg    = regexp.MustCompile(`msg="([^"]+)"`)
)

// commands returns the shell commands of the ```sh blocks of md, one per logical line
// (backslash continuations joined), without blank and comment lines.
func commands(md string) []string {
	var out []string
	for _, b := range markdown.Blocks(md) {
		if b.Lang != "sh" {
			continue
		}
		joined := strings.ReplaceAll(b.Text, "\\\n", "")
		for _, l := range strings.Split(joined, "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				out = append(out, l)
			}
		}
	}
	return out
}

// TestQuickStart runs every command of the README's "Start" section as a newcomer would,
// from the repository's root: the server with `go run` (on a free port and a temporary
// database, through the environment variables serve reads), the two ways to build the binary
// (into a temporary folder), and the curl commands against that server with the admin token it
// printed. A command this test does not know how to run fails it, so a new quick-start
// command comes with its check.
func TestQuickStart(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and starts the real binary")
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	start := markdown.Section(string(readme), "Start")
	cmds := commands(start)
	if len(cmds) < 6 {
		t.Fatalf("found %d commands in the README's Start section: %q", len(cmds), cmds)
	}
	repo, err := filepath.Abs(root)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	var (
		srv     *server
		assigns []string // shell assignments (TOKEN=…) the later commands see
		curls   int
	)
	for _, c := range cmds {
		word := strings.Fields(c)
		switch {
		case strings.HasPrefix(c, "go run ./cmd/shegong serve"):
			srv = startServe(t, repo, c, filepath.Join(tmp, "quickstart.db"))
			checkProgress(t, start, srv.stderr())
		case c == "make test" || strings.HasPrefix(c, "make test "):
			t.Logf("%s: run by CI (.ci/run), not from inside the tests it runs", c)
		case strings.HasPrefix(c, "go build -o shegong ./cmd/shegong"):
			bin := filepath.Join(tmp, "build", "shegong")
			run(t, repo, nil, strings.Replace(c, "-o shegong", "-o "+bin, 1))
			run(t, repo, nil, bin+" help")
		case c == "make binaries" || strings.HasPrefix(c, "make binaries "):
			bin := filepath.Join(tmp, "binaries")
			run(t, repo, nil, strings.Replace(c, "make binaries", "make --no-print-directory binaries BIN="+bin, 1))
			run(t, repo, nil, filepath.Join(bin, "shegong")+" help")
			run(t, repo, nil, filepath.Join(bin, "shegong-regions")+" describe")
		case strings.HasPrefix(c, "go install ./cmd/shegong"):
			gobin := filepath.Join(tmp, "gobin")
			run(t, repo, []string{"GOBIN=" + gobin}, c)
			run(t, repo, nil, filepath.Join(gobin, "shegong")+" help")
			if strings.Contains(c, "./cmd/shegong-regions") {
				run(t, repo, nil, filepath.Join(gobin, "shegong-regions")+" describe")
			}
		case strings.HasPrefix(word[0], "TOKEN="):
			if srv == nil || !strings.Contains(c, docToken) {
				t.Fatalf("%s: a token before the server printed one, or without the placeholder %s", c, docToken)
			}
			assigns = append(assigns, strings.Replace(c, docToken, srv.token, 1))
		case word[0] == "curl":
			if srv == nil {
				t.Fatalf("%s: no server started before it", c)
			}
			curls++
			line := strings.ReplaceAll(strings.ReplaceAll(c, docBase, srv.base), docToken, srv.token)
			out := run(t, repo, nil, strings.Join(append(assigns, line), "\n"))
			checkAnswer(t, c, out)
		default:
			t.Errorf("quick start command %q is not run by TestQuickStart: teach it how", c)
		}
	}
	if srv == nil || curls < 3 {
		t.Errorf("the quick start starts no server with go run, or has fewer than three curl queries (%d)", curls)
	}
}

// checkAnswer: the output of a curl command is a GraphQL answer with data and no error, not
// an empty list, and — when it sends the admin token — personal data.
func checkAnswer(t *testing.T, cmd, out string) {
	t.Helper()
	var r struct {
		Data   json.RawMessage
		Errors []json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Errorf("%s: not a JSON answer (%v): %s", cmd, err, out)
		return
	}
	data := string(r.Data)
	switch {
	case len(r.Errors) > 0 || data == "" || data == "null":
		t.Errorf("%s: answered with errors or no data: %s", cmd, out)
	case strings.Contains(data, `"edges":[]`) || strings.Contains(data, `"findings":[]`):
		t.Errorf("%s: answered with nothing on the demo data: %s", cmd, out)
	case strings.Contains(cmd, "Authorization") && (!strings.Contains(data, `"role":"admin"`) || strings.Contains(data, `"name":null`)):
		t.Errorf("%s: the admin token does not read as admin with personal data: %s", cmd, out)
	}
}

// checkProgress: serve said what it was doing before it listened — every log message the
// README shows under "First start" — and the framed token.
func checkProgress(t *testing.T, start, stderr string) {
	t.Helper()
	msgs := logMsg.FindAllStringSubmatch(markdown.Section(start, "First start"), -1)
	if len(msgs) < 5 {
		t.Errorf("the README shows %d log lines of a first start", len(msgs))
	}
	for _, m := range msgs {
		if !strings.Contains(stderr, `msg="`+m[1]+`"`) {
			t.Errorf("serve did not log %q, which the README shows; it logged:\n%s", m[1], stderr)
		}
	}
	if first, ready := strings.Index(stderr, `msg="opening the database"`), strings.Index(stderr, `msg="shegong listening"`); first < 0 || ready < first {
		t.Errorf("serve's first line is not opening the database, or it listened before:\n%s", stderr)
	}
}

// run runs a shell command line from dir and returns its standard output; it fails the test
// when the command fails.
func run(t *testing.T, dir string, env []string, line string) string {
	t.Helper()
	cmd := exec.Command("bash", "-euo", "pipefail", "-c", line)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", line, err, stderr.String())
	}
	return string(out)
}

type server struct {
	base, token string
	mu          sync.Mutex
	log         strings.Builder
}

func (s *server) stderr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.log.String()
}

// startServe runs the serve command line as written, in its own process group (go run, the
// server, its plugins), with the address and database from the environment; it returns once
// the server listens and stops the group at the end of the test.
func startServe(t *testing.T, dir, line, db string) *server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	cmd := exec.Command("bash", "-c", "exec "+line)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SHEGONG_ADDR="+addr, "SHEGONG_DATABASE_URL="+db, "SHEGONG_PLUGINS=", "SHEGONG_PLUGIN_DIR=")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &server{}
	ready, exited := make(chan struct{}), make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(pipe)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			l := sc.Text()
			s.mu.Lock()
			s.log.WriteString(l + "\n")
			if m := tokenLine.FindStringSubmatch(l); m != nil && s.token == "" {
				s.token = m[1]
			}
			if m := listening.FindStringSubmatch(l); m != nil && s.base == "" {
				s.base = m[1]
				close(ready)
			}
			s.mu.Unlock()
		}
		exited <- cmd.Wait()
	}()
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGINT)
		select {
		case <-exited:
		case <-time.After(30 * time.Second):
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-exited
		}
	})
	// go run compiles first: minutes on a cold build cache.
	select {
	case <-ready:
	case err := <-exited:
		t.Fatalf("%s exited before listening: %v\n%s", line, err, s.stderr())
	case <-time.After(8 * time.Minute):
		t.Fatalf("%s did not listen within 8 minutes:\n%s", line, s.stderr())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.token == "" {
		t.Fatalf("serve printed no first-start admin token before listening:\n%s", s.log.String())
	}
	return s
}
