// Command membench measures one start of a real server with its real plugin processes (run it
// through scripts/bench-memory.sh, which builds shegong, runs several rounds and prints
// medians): the time from starting `shegong serve` to /readyz answering 200, the resident
// memory of the server and its plugin processes once ready, the server's peak and settled
// memory around a compareBatch of 10,000 project scenarios × 5 regions with every finding,
// and around a CSV export of the same scenarios. Memory is read from /proc (VmRSS, sampled
// every 5 ms), so the numbers are what the operating system sees, not the Go heap.
//
// It prints one "name value" line per measurement (milliseconds, MiB, bytes), for the script
// to collect.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/shegong/shegong/internal/bench"
	"github.com/shegong/shegong/plugins/sdk"
)

func main() {
	shegong := flag.String("shegong", "", "path of the shegong binary (required)")
	database := flag.String("database", "", "SQLite file prepared by an earlier run (created, with a token, when missing)")
	scenarios := flag.Int("scenarios", 10000, "scenarios in the batch and the export")
	summary = flag.Bool("summary", false, "also measure compareBatchSummary (servers that have it)")
	readyOnly := flag.Bool("ready-only", false, "measure the start and the memory once ready, not the batch and the export")
	flag.StringVar(&logPath, "log", "", "append the servers' logs to this file (default: a temporary file)")
	flag.Parse()
	if *shegong == "" {
		fmt.Fprintln(os.Stderr, "membench: -shegong is required")
		os.Exit(2)
	}
	if err := run(*shegong, *database, *scenarios, *readyOnly); err != nil {
		fmt.Fprintln(os.Stderr, "membench:", err)
		os.Exit(1)
	}
}

var (
	summary *bool
	logPath string
)

func run(shegong, database string, n int, readyOnly bool) error {
	work, err := os.MkdirTemp("", "shegong-membench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	if database == "" {
		database = filepath.Join(work, "bench.db")
	}
	token, err := prepare(shegong, database, work)
	if err != nil {
		return err
	}

	t0 := time.Now()
	srv, err := startServer(shegong, database, work)
	if err != nil {
		return err
	}
	defer srv.stop()
	fmt.Printf("ready_ms %d\n", time.Since(t0).Milliseconds())
	small := 0
	if srv.smallRegions.Load() {
		small = 1
	}
	fmt.Printf("regions_binary %d\n", small) // 1: the regions ran from shegong-regions
	cl := &client{base: srv.url, token: token, http: &http.Client{Timeout: 10 * time.Minute}}
	ctx := context.Background()
	// The plugin processes are the server's children, read from /proc rather than asked of
	// the server: a request would parse the GraphQL schema and grow the server before it is
	// measured.
	pids, err := children(srv.cmd.Process.Pid)
	if err != nil {
		return err
	}
	// What a fresh server and its plugins hold once ready, after the start-up garbage of the
	// first second has had a chance to be collected and returned.
	time.Sleep(2 * time.Second)
	server := rollup(srv.cmd.Process.Pid)
	var plugins memory
	for _, pid := range pids {
		plugins = plugins.add(rollup(pid))
	}
	fmt.Printf("ready_plugins %d\nready_server_mib %.1f\nready_plugins_mib %.1f\nready_total_mib %.1f\nready_total_pss_mib %.1f\n",
		len(pids), server.rss, plugins.rss, server.rss+plugins.rss, server.pss+plugins.pss)
	// Anonymous memory (heap, stacks, runtime) is each process's own; the rest of RSS is
	// file pages (the binaries' text and data), shared between processes of one binary.
	fmt.Printf("ready_server_anon_mib %.1f\nready_plugins_anon_mib %.1f\nready_server_file_mib %.1f\nready_plugins_file_mib %.1f\n",
		server.anon, plugins.anon, server.rss-server.anon, plugins.rss-plugins.anon)
	if readyOnly {
		return nil
	}

	subjects := bench.Projects(n)
	base := rssMiB(srv.cmd.Process.Pid)
	peak, size, err := sample(srv.cmd.Process.Pid, func() (int64, error) { return cl.compareBatch(ctx, subjects) })
	if err != nil {
		return err
	}
	time.Sleep(5 * time.Second)
	after := rssMiB(srv.cmd.Process.Pid)
	fmt.Printf("batch_before_mib %.1f\nbatch_peak_mib %.1f\nbatch_growth_mib %.1f\nbatch_after_mib %.1f\nbatch_response_bytes %d\n",
		base, peak, peak-base, after, size)

	if *summary {
		base = after
		peak, size, err = sample(srv.cmd.Process.Pid, func() (int64, error) { return cl.compareBatchSummary(ctx, subjects) })
		if err != nil {
			return err
		}
		time.Sleep(5 * time.Second)
		after = rssMiB(srv.cmd.Process.Pid)
		fmt.Printf("summary_growth_mib %.1f\nsummary_after_mib %.1f\nsummary_response_bytes %d\n", peak-base, after, size)
	}

	base = after
	peak, size, err = sample(srv.cmd.Process.Pid, func() (int64, error) { return cl.exportCSV(ctx, subjects, false) })
	if err != nil {
		return err
	}
	time.Sleep(5 * time.Second)
	after = rssMiB(srv.cmd.Process.Pid)
	fmt.Printf("csv_peak_mib %.1f\ncsv_growth_mib %.1f\ncsv_after_mib %.1f\ncsv_bytes %d\n", peak, peak-base, after, size)
	_, gz, err := sample(srv.cmd.Process.Pid, func() (int64, error) { return cl.exportCSV(ctx, subjects, true) })
	if err != nil {
		return err
	}
	fmt.Printf("csv_gzip_bytes %d\n", gz)
	return nil
}

// sample runs do while reading pid's resident memory every 5 ms, and returns the highest.
func sample(pid int, do func() (int64, error)) (float64, int64, error) {
	var peak float64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			peak = max(peak, rssMiB(pid))
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	})
	size, err := do()
	close(stop)
	wg.Wait()
	return max(peak, rssMiB(pid)), size, err
}

// memory is what /proc/<pid>/smaps_rollup says of a process, in MiB.
type memory struct{ rss, pss, anon float64 }

func (m memory) add(o memory) memory { return memory{m.rss + o.rss, m.pss + o.pss, m.anon + o.anon} }

// rollup reads pid's resident, proportional and anonymous memory.
func rollup(pid int) memory {
	path := fmt.Sprintf("/proc/%d/smaps_rollup", pid)
	return memory{rss: statusMiB(path, "Rss:"), pss: statusMiB(path, "Pss:"), anon: statusMiB(path, "Anonymous:")}
}

// children lists the processes pid started (its plugin processes), from every thread's
// /proc/<pid>/task/<tid>/children: a child belongs to the thread that forked it.
func children(pid int) ([]int, error) {
	tasks, err := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", pid))
	if err != nil {
		return nil, err
	}
	var pids []int
	for _, t := range tasks {
		b, err := os.ReadFile(t)
		if err != nil {
			continue // the thread exited
		}
		for _, f := range strings.Fields(string(b)) {
			if n, err := strconv.Atoi(f); err == nil {
				pids = append(pids, n)
			}
		}
	}
	if len(pids) == 0 {
		return nil, fmt.Errorf("no plugin processes under pid %d", pid)
	}
	return pids, nil
}

// rssMiB is the resident set size of pid in MiB (0 when it cannot be read).
func rssMiB(pid int) float64 {
	return statusMiB(fmt.Sprintf("/proc/%d/status", pid), "VmRSS:")
}

// statusMiB reads the "key: N kB" line of a /proc file, in MiB (0 when it cannot be read).
func statusMiB(path, key string) float64 {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, key); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// prepare creates the database with an admin token, and starts a server on it once so that
// the demo data a first start loads is not part of the measured start.
func prepare(shegong, database, work string) (string, error) {
	tokenFile := database + ".token"
	if b, err := os.ReadFile(tokenFile); err == nil {
		return strings.TrimSpace(string(b)), nil
	}
	cmd := exec.Command(shegong, "token", "create", "--role", "admin", "--label", "membench", "--database", database, "--log-level", "warn")
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("shegong token create: %w", err)
	}
	fields := strings.Fields(strings.TrimSpace(string(out)))
	if len(fields) == 0 || !strings.HasPrefix(fields[len(fields)-1], "sgt_") {
		return "", errors.New("shegong token create printed no token")
	}
	token := fields[len(fields)-1]
	srv, err := startServer(shegong, database, work)
	if err != nil {
		return "", err
	}
	srv.stop()
	return token, os.WriteFile(tokenFile, []byte(token), 0o600)
}

type server struct {
	cmd  *exec.Cmd
	url  string
	done chan struct{}
	// smallRegions is set when the server started its regions from shegong-regions, not by
	// re-executing itself (which it does when that binary is missing, stale or untrusted).
	smallRegions atomic.Bool
}

var regionsFrom = regexp.MustCompile(`msg="starting region plugins" .*binary=\S*shegong-regions( |$)`)

var listening = regexp.MustCompile(`msg="shegong listening" url=(http://127\.0\.0\.1:[0-9]+)/`)

// startServer runs `shegong serve` on a free loopback port with no rate limit and returns once
// /readyz answers 200 (polled every 5 ms).
func startServer(shegong, database, work string) (*server, error) {
	if logPath == "" {
		logPath = filepath.Join(work, "server.log")
	}
	logFile, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(shegong, "serve", "--addr", "127.0.0.1:0", "--rate", "0", "--database", database, "--log-level", "info")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start shegong serve: %w", err)
	}
	s := &server{cmd: cmd, done: make(chan struct{})}
	found := make(chan string, 1)
	go func() {
		defer close(s.done)
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(logFile, line)
			if regionsFrom.MatchString(line) {
				s.smallRegions.Store(true)
			}
			if m := listening.FindStringSubmatch(line); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
		logFile.Close()
		_ = cmd.Wait()
	}()
	select {
	case s.url = <-found:
	case <-s.done:
		return nil, fmt.Errorf("shegong serve exited before listening; see %s", logFile.Name())
	case <-time.After(2 * time.Minute):
		s.stop()
		return nil, errors.New("shegong serve did not listen within 2 minutes")
	}
	for start := time.Now(); ; time.Sleep(5 * time.Millisecond) {
		resp, err := http.Get(s.url + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s, nil
			}
		}
		if time.Since(start) > time.Minute {
			s.stop()
			return nil, errors.New("shegong serve not ready within a minute")
		}
	}
}

func (s *server) stop() {
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
}

type client struct {
	base, token string
	http        *http.Client
}

func (c *client) post(ctx context.Context, path, contentType string, body []byte, gzip bool) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("Authorization", "Bearer "+c.token)
	if gzip {
		// Set by hand, so that the transport does not decompress: the size counted is the wire's.
		req.Header.Set("Accept-Encoding", "gzip")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
		resp.Body.Close()
		return nil, fmt.Errorf("POST %s: HTTP %d: %s", path, resp.StatusCode, b)
	}
	return resp, nil
}

const batchQuery = `query ($s: [ScenarioInput!]!, $r: [String!]) {
  compareBatch(scenarios: $s, regions: $r) {
    name
    evaluations {
      region status budget { minimumTotal }
      findings { ruleId region status actual required remedy citation { document clause } }
    }
  }
}`

// compareBatch asks for every finding of every scenario and returns the response's size.
func (c *client) compareBatch(ctx context.Context, subjects []sdk.Subject) (int64, error) {
	scenarios := make([]map[string]any, len(subjects))
	for i, s := range subjects {
		scenarios[i] = map[string]any{"name": fmt.Sprintf("s%d", i), "subject": map[string]any{"project": projectInput(s.Project)}}
	}
	body, err := json.Marshal(map[string]any{"query": batchQuery, "variables": map[string]any{"s": scenarios, "r": bench.Regions}})
	if err != nil {
		return 0, err
	}
	resp, err := c.post(ctx, "/graphql", "application/json", body, false)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	// Check the head for errors without holding the whole answer.
	head := make([]byte, 64)
	k, _ := io.ReadFull(resp.Body, head)
	if !bytes.HasPrefix(head[:k], []byte(`{"data":{"compareBatch":[`)) {
		rest, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
		return 0, fmt.Errorf("compareBatch: %s%s", head[:k], rest)
	}
	n, err := io.Copy(io.Discard, resp.Body)
	return int64(k) + n, err
}

// compareBatchSummary asks for the summary of the same batch.
func (c *client) compareBatchSummary(ctx context.Context, subjects []sdk.Subject) (int64, error) {
	scenarios := make([]map[string]any, len(subjects))
	for i, s := range subjects {
		scenarios[i] = map[string]any{"name": fmt.Sprintf("s%d", i), "subject": map[string]any{"project": projectInput(s.Project)}}
	}
	const q = `query ($s: [ScenarioInput!]!, $r: [String!]) {
  compareBatchSummary(scenarios: $s, regions: $r) {
    regions { region statuses { status count } errors pass fail insufficientInput failingRules { ruleId scenarios } }
    scenarios { name evaluations { region status pass fail insufficientInput failedRules } }
  }
}`
	body, err := json.Marshal(map[string]any{"query": q, "variables": map[string]any{"s": scenarios, "r": bench.Regions}})
	if err != nil {
		return 0, err
	}
	resp, err := c.post(ctx, "/graphql", "application/json", body, false)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	if !bytes.HasPrefix(b, []byte(`{"data":{"compareBatchSummary":`)) {
		return 0, fmt.Errorf("compareBatchSummary: %.2000s", b)
	}
	return int64(len(b)), nil
}

// exportCSV posts the subjects as a JSON scenario file to /export/compare.csv.
func (c *client) exportCSV(ctx context.Context, subjects []sdk.Subject, gzip bool) (int64, error) {
	scenarios := make([]map[string]any, len(subjects))
	for i, s := range subjects {
		scenarios[i] = map[string]any{"name": fmt.Sprintf("s%d", i), "subject": map[string]any{"project": projectFile(s.Project)}}
	}
	body, err := json.Marshal(map[string]any{"regions": bench.Regions, "scenarios": scenarios})
	if err != nil {
		return 0, err
	}
	resp, err := c.post(ctx, "/export/compare.csv", "application/json", body, gzip)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, resp.Body)
	if gzip && resp.Header.Get("Content-Encoding") != "gzip" {
		return -n, err // a server that does not compress: the size, negated
	}
	return n, err
}

// projectInput is p as GraphQL's ProjectSpecInput.
func projectInput(p *sdk.ProjectSpec) map[string]any {
	budget := make([]map[string]any, len(p.Budget))
	for i, l := range p.Budget {
		budget[i] = map[string]any{"category": l.Category, "amount": l.Amount.String()}
	}
	out := map[string]any{"domain": p.Domain, "headcount": p.Headcount, "professionalPosts": *p.ProfessionalPosts,
		"supervisedWorkers": *p.SupervisedWorkers, "budget": budget}
	if p.PurchaseMode != "" {
		out["purchaseMode"] = p.PurchaseMode
	}
	if len(p.Workers) > 0 {
		w := p.Workers[0]
		out["workers"] = []map[string]any{{"age": *w.Age, "education": w.Education, "certificate": w.Certificate, "trainingHoursPerYear": *w.TrainingHoursPerYear}}
	}
	return out
}

// projectFile is p in the scenario file's snake_case keys.
func projectFile(p *sdk.ProjectSpec) map[string]any {
	in := projectInput(p)
	out := make(map[string]any, len(in))
	for k, v := range in {
		out[snake(k)] = v
	}
	if ws, ok := out["workers"].([]map[string]any); ok {
		for i, w := range ws {
			m := make(map[string]any, len(w))
			for k, v := range w {
				m[snake(k)] = v
			}
			ws[i] = m
		}
	}
	return out
}

func snake(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			b.WriteByte('_')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
