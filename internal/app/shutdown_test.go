package app_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/gqltest"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) WriteString(p string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.b.WriteString(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestSIGTERMShutdown: the real binary, `shegong serve`, gets a real SIGTERM while a large
// compareBatch is in flight. The request still completes with every answer, the process
// exits 0, and none of its region plugin processes outlives it.
func TestSIGTERMShutdown(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "shegong")
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	build := exec.Command(gobin, "build", "-o", bin, "github.com/shegong/shegong/cmd/shegong")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--database", filepath.Join(dir, "sigterm.db"),
		"--no-demo-data", "--rate", "0", "--max-body", "100000000", "--log-level", "info")
	cmd.Env = append(os.Environ(), "SHEGONG_PLUGINS=process", "SHEGONG_PLUGIN_DIR=")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	done := make(chan struct{}) // closed when the process has been waited for
	var logs syncBuffer
	base, token := make(chan string, 1), make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		urlRe := regexp.MustCompile(`msg="shegong listening" url=(http://[0-9.:]+)/`)
		tokRe := regexp.MustCompile(`Bearer (sgt_[A-Za-z0-9_-]+)`)
		for sc.Scan() {
			line := sc.Text()
			logs.WriteString(line + "\n")
			if m := tokRe.FindStringSubmatch(line); m != nil {
				token <- m[1]
			}
			if m := urlRe.FindStringSubmatch(line); m != nil {
				base <- m[1]
			}
		}
		exited <- cmd.Wait()
		close(done)
	}()
	t.Cleanup(func() {
		select {
		case <-done:
		default:
			_ = cmd.Process.Kill()
			<-done
		}
	})
	var url, admin string
	for url == "" || admin == "" {
		select {
		case url = <-base:
		case admin = <-token:
		case err := <-exited:
			t.Fatalf("serve exited before listening: %v\n%s", err, logs.String())
		case <-time.After(60 * time.Second):
			t.Fatal("serve did not start within 60s")
		}
	}
	gq := &gqltest.Client{URL: url + "/graphql", Token: admin}
	var st struct {
		Plugins []struct {
			Region string
			Pid    *int
		}
	}
	gq.MustData(t, `{ plugins { region pid } }`, nil, &st)
	var pids []int
	for _, p := range st.Plugins {
		if p.Pid == nil || *p.Pid == cmd.Process.Pid {
			t.Fatalf("plugin %s runs in no process of its own: %+v", p.Region, p)
		}
		pids = append(pids, *p.Pid)
	}
	if len(pids) != 5 {
		t.Fatalf("%d plugin processes, want 5", len(pids))
	}

	// A compareBatch of 5,000 scenarios × 5 regions. Its body is sent in two halves with
	// the SIGTERM in between, so the request is certainly in flight when the signal arrives.
	const n = 5000
	scenarios := make([]map[string]any, n)
	for i := range scenarios {
		scenarios[i] = map[string]any{"name": fmt.Sprintf("s%d", i), "subject": map[string]any{"project": map[string]any{
			"domain": "社会救助", "headcount": 10, "professionalPosts": 8, "supervisedWorkers": 8,
			"budget": []map[string]any{{"category": "LABOR", "amount": fmt.Sprintf("%d.00", 1385500+i)}, {"category": "SUPERVISION", "amount": "244500.00"}},
		}}}
	}
	body, _ := json.Marshal(map[string]any{
		"query":     `query($s: [ScenarioInput!]!) { compareBatch(scenarios: $s, asOf: "2024-01-01") { name evaluations { region status error { code } findings { ruleId status } } } }`,
		"variables": map[string]any{"s": scenarios},
	})
	pr, pw := io.Pipe()
	req, _ := http.NewRequest(http.MethodPost, url+"/graphql", pr)
	req.ContentLength = int64(len(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+admin)
	type answer struct {
		status int
		body   []byte
		err    error
	}
	answered := make(chan answer, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			answered <- answer{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		answered <- answer{resp.StatusCode, b, err}
	}()
	half := len(body) / 2
	if _, err := pw.Write(body[:half]); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // the server has read the headers and part of the body
	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // the server is shutting down, the request waits for its body
	if _, err := pw.Write(body[half:]); err != nil {
		t.Fatalf("the server stopped reading the in-flight request: %v", err)
	}
	_ = pw.Close()

	var a answer
	select {
	case a = <-answered:
	case <-time.After(30 * time.Second):
		t.Fatalf("the in-flight request did not complete\n%s", logs.String())
	}
	if a.err != nil || a.status != http.StatusOK {
		t.Fatalf("in-flight request: HTTP %d %v %.300s\n%s", a.status, a.err, a.body, logs.String())
	}
	var out struct {
		Data struct {
			CompareBatch []struct {
				Name        string
				Evaluations []struct {
					Region, Status string
					Error          *struct{ Code string }
					Findings       []struct{ RuleID, Status string }
				}
			}
		}
		Errors []json.RawMessage
	}
	if err := json.Unmarshal(a.body, &out); err != nil || len(out.Errors) > 0 {
		t.Fatalf("in-flight answer: %v %.500s", err, a.body)
	}
	if len(out.Data.CompareBatch) != n {
		t.Fatalf("%d scenario results, want %d", len(out.Data.CompareBatch), n)
	}
	for _, r := range out.Data.CompareBatch {
		if len(r.Evaluations) != 5 {
			t.Fatalf("scenario %s: %d evaluations", r.Name, len(r.Evaluations))
		}
		for _, ev := range r.Evaluations {
			if ev.Error != nil || len(ev.Findings) == 0 {
				t.Fatalf("scenario %s, %s: a plugin did not answer during shutdown: %+v", r.Name, ev.Region, ev)
			}
		}
	}

	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("serve exited with %v after SIGTERM\n%s", err, logs.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("serve still running 30s after SIGTERM\n%s", logs.String())
	}
	t.Logf("exited %s after SIGTERM", time.Since(start).Round(time.Millisecond))
	if !strings.Contains(logs.String(), "shutting down") {
		t.Errorf("no shutdown in the log:\n%s", logs.String())
	}
	for _, pid := range pids {
		if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
			t.Errorf("plugin process %d still exists after serve exited (kill 0: %v)", pid, err)
		}
	}
	// And nothing listens any more.
	if resp, err := http.Get(url + "/healthz"); err == nil {
		resp.Body.Close()
		t.Errorf("still answering after exit: HTTP %d", resp.StatusCode)
	}
}
