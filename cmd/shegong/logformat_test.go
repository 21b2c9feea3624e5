package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/requestid"
)

// TestLogFormatJSON: with --log-format json every line a command writes on stderr is a JSON
// object; the text format stays the default.
func TestLogFormatJSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "json.db")
	r := shegong(t, "", nil, "migrate", "--database", db, "--log-level", "info", "--log-format", "json")
	if r.code != 0 {
		t.Fatalf("%v", r)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if len(lines) < 1 || lines[0] == "" {
		t.Fatalf("want progress lines at info: %v", r)
	}
	for _, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil || rec["msg"] == nil || rec["level"] != "INFO" {
			t.Errorf("not a JSON log line (%v): %s", err, line)
		}
	}
	r = shegong(t, "", []string{"SHEGONG_LOG_FORMAT=json"}, "migrate", "--database", db, "--log-level", "info")
	if !strings.HasPrefix(r.stderr, "{") {
		t.Errorf("SHEGONG_LOG_FORMAT=json: %v", r)
	}
	if r := shegong(t, "", nil, "migrate", "--database", db, "--log-level", "info"); !logLine.MatchString(r.stderr) {
		t.Errorf("default format is not text: %v", r)
	}
	if r := shegong(t, "", nil, "migrate", "--database", db, "--log-format", "xml"); r.code != 2 || !strings.Contains(r.stderr, "--log-format") {
		t.Errorf("--log-format xml: want a usage error naming the flag: %v", r)
	}
}

// TestServeJSONLogsAndMetricsAddr runs `shegong serve --log-format json --metrics-addr …` as
// its own process: every line on stderr is JSON (the first-start token goes to stdout), the
// lines of a request carry its request id, and
// /metrics is served on the metrics address while the main address has none.
func TestServeJSONLogsAndMetricsAddr(t *testing.T) {
	cmd, stderr, ctx := startShegong(t, 2*time.Minute, "serve", "--database", filepath.Join(t.TempDir(), "serve.db"), "--no-demo-data",
		"--addr", "127.0.0.1:0", "--metrics-addr", "127.0.0.1:0", "--log-format", "json", "--log-level", "debug")
	lines := make(chan map[string]any, 1000)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var rec map[string]any
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				rec = map[string]any{"notJSON": sc.Text()}
			}
			lines <- rec
		}
	}()
	var api, metricsURL string
	for api == "" || metricsURL == "" {
		select {
		case rec, ok := <-lines:
			if !ok {
				t.Fatal("serve exited before listening")
			}
			if rec["notJSON"] != nil {
				t.Errorf("not a JSON log line: %s", rec["notJSON"])
			}
			switch rec["msg"] {
			case "shegong listening":
				api, _ = rec["url"].(string)
			case "metrics listening":
				metricsURL, _ = rec["url"].(string)
			}
		case <-ctx.Done():
			t.Fatal("serve did not listen within the time limit")
		}
	}

	const id = "json-log-test-1"
	req, _ := http.NewRequest(http.MethodPost, api+"graphql", strings.NewReader(`{"query":"{ viewer { role } }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(requestid.Header, id)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	status := func(url string) int {
		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := status(metricsURL); got != http.StatusOK {
		t.Errorf("GET %s: HTTP %d, want 200", metricsURL, got)
	}
	if got := status(api + "metrics"); got != http.StatusNotFound {
		t.Errorf("GET %smetrics with --metrics-addr: HTTP %d, want 404", api, got)
	}

	_ = syscall.Kill(cmd.Process.Pid, syscall.SIGTERM)
	tagged := 0
	for rec := range lines {
		if rec["notJSON"] != nil {
			t.Errorf("not a JSON log line: %s", rec["notJSON"])
		}
		if rec["msg"] == "http request" && rec["path"] == "/graphql" {
			if rec[requestid.LogKey] != id {
				t.Errorf("the request's line has request_id %v, want %s: %v", rec[requestid.LogKey], id, rec)
			}
			tagged++
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("serve: %v", err)
	}
	if tagged != 1 {
		t.Errorf("%d http request lines for /graphql, want 1", tagged)
	}
}
