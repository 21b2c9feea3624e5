// Command loadtest holds a mixed read/write load on a real shegong server on loopback while one
// region's plugin process is SIGKILLed and another's SIGSTOPped, and checks the isolation
// guarantees: no failure for a region not attacked, and no request slower than the plugin call
// deadline plus a margin. It starts the server itself (the binary given by -shegong, on a
// temporary SQLite database unless -database names another), stops it at the end, prints
// requests, failures and p50/p99/max latency per kind, and exits 1 when a guarantee fails.
// scripts/load-test.sh builds the binaries and runs it; it is not part of `make test`.
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
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/shegong/shegong/plugins/host"
)

type config struct {
	shegong     string
	database    string
	duration    time.Duration
	workers     int
	rate        float64
	maxRequests int
	kill, stop  string
	callTimeout time.Duration
	margin      time.Duration
}

func main() {
	var c config
	flag.StringVar(&c.shegong, "shegong", "", "path of the shegong binary to serve (required)")
	flag.StringVar(&c.database, "database", "", "database of the server: a postgres:// URL of an empty database, or a SQLite path (default: a temporary SQLite file)")
	flag.DurationVar(&c.duration, "duration", 30*time.Second, "how long to hold the load")
	flag.IntVar(&c.workers, "workers", 8, "concurrent clients")
	flag.Float64Var(&c.rate, "rate", 200, "requests per second over all clients (each client paces itself)")
	flag.IntVar(&c.maxRequests, "max-requests", 100000, "stop after this many requests")
	flag.StringVar(&c.kill, "kill", "shenzhen", "region whose plugin process is SIGKILLed a third into the run")
	flag.StringVar(&c.stop, "stop", "yunnan", "region whose plugin process is SIGSTOPped half-way (SIGCONT at the end)")
	flag.DurationVar(&c.callTimeout, "plugin-call-timeout", host.DefaultCallTimeout, "the server's --plugin-call-timeout")
	flag.DurationVar(&c.margin, "margin", 100*time.Millisecond, "allowed latency above the plugin call deadline")
	flag.Parse()
	if err := run(c); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func run(c config) error {
	switch {
	case c.shegong == "":
		return errors.New("-shegong is required")
	case c.kill == c.stop:
		return errors.New("-kill and -stop must name different regions")
	case c.workers < 1 || c.rate <= 0 || c.maxRequests < 1 || c.duration <= 0:
		return errors.New("-workers, -rate, -max-requests and -duration must be positive")
	}
	work, err := os.MkdirTemp("", "shegong-load-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	if c.database == "" {
		c.database = filepath.Join(work, "load.db")
	}
	token, err := createAdminToken(c)
	if err != nil {
		return err
	}
	srv, err := startServer(c, work)
	if err != nil {
		return err
	}
	defer srv.stop()
	fmt.Printf("server %s (pid %d), database %s\n", srv.url, srv.cmd.Process.Pid, displayDB(c.database))

	cl := &client{url: srv.url + "/graphql", token: token,
		http: &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: c.workers}}}
	ctx := context.Background()
	plan, err := newPlan(ctx, cl)
	if err != nil {
		return err
	}
	pids, err := cl.pluginPIDs(ctx)
	if err != nil {
		return err
	}
	for _, r := range []string{c.kill, c.stop} {
		if pids[r] <= 0 {
			return fmt.Errorf("no plugin process for region %s (regions: %v)", r, plan.regions)
		}
	}

	stats := newStats()
	deadline := c.callTimeout + host.DefaultCallTimeoutPerSubject // one subject per call
	bound := deadline + c.margin
	var stopped int
	attacks := []struct {
		at   time.Duration
		what string
		do   func() error
	}{
		{c.duration / 3, fmt.Sprintf("SIGKILL %s plugin (pid %d)", c.kill, pids[c.kill]),
			func() error { return syscall.Kill(pids[c.kill], syscall.SIGKILL) }},
		{c.duration / 2, fmt.Sprintf("SIGSTOP %s plugin (pid %d)", c.stop, pids[c.stop]),
			func() error { stopped = pids[c.stop]; return syscall.Kill(stopped, syscall.SIGSTOP) }},
	}
	runCtx, cancel := context.WithTimeout(ctx, c.duration)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	var budget sync.Mutex
	sent := 0
	take := func() bool {
		budget.Lock()
		defer budget.Unlock()
		if sent >= c.maxRequests {
			return false
		}
		sent++
		return true
	}
	for w := range c.workers {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(w), uint64(start.UnixNano())))
			tick := time.NewTicker(time.Duration(float64(c.workers) / c.rate * float64(time.Second)))
			defer tick.Stop()
			for {
				select {
				case <-runCtx.Done():
					return
				case <-tick.C:
				}
				if !take() {
					return
				}
				req := plan.pick(rng)
				t0 := time.Now()
				failed, err := cl.do(ctx, req)
				stats.record(req.kind, time.Since(t0), failed, err)
			}
		})
	}
	for _, a := range attacks {
		select {
		case <-runCtx.Done():
		case <-time.After(time.Until(start.Add(a.at))):
			if err := a.do(); err != nil {
				return fmt.Errorf("%s: %w", a.what, err)
			}
			fmt.Printf("t=%-6s %s\n", time.Since(start).Round(100*time.Millisecond), a.what)
		}
	}
	wg.Wait()
	elapsed := time.Since(start)
	if stopped > 0 {
		_ = syscall.Kill(stopped, syscall.SIGCONT) // gone already if the host replaced it
		fmt.Printf("t=%-6s SIGCONT %s plugin (pid %d)\n", elapsed.Round(100*time.Millisecond), c.stop, stopped)
	}
	after, err := cl.pluginStatus(ctx)
	if err != nil {
		return err
	}
	return stats.report(os.Stdout, elapsed, []string{c.kill, c.stop}, deadline, bound, after)
}

// ---- server ----

func displayDB(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.User != nil {
		u.User = url.User(u.User.Username())
		return u.String()
	}
	return dsn
}

// createAdminToken creates an admin token as an operator would, with `shegong token create`.
func createAdminToken(c config) (string, error) {
	cmd := exec.Command(c.shegong, "token", "create", "--role", "admin", "--label", "load-test "+time.Now().Format(time.RFC3339Nano), "--database", c.database, "--log-level", "warn")
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("shegong token create: %w", err)
	}
	lines := strings.Fields(strings.TrimSpace(string(out)))
	if len(lines) == 0 || !strings.HasPrefix(lines[len(lines)-1], "sgt_") {
		return "", errors.New("shegong token create printed no token")
	}
	return lines[len(lines)-1], nil
}

type server struct {
	cmd  *exec.Cmd
	url  string
	done chan struct{}
}

var listening = regexp.MustCompile(`msg="shegong listening" url=(http://127\.0\.0\.1:[0-9]+)/`)

// startServer runs `shegong serve` on a free loopback port with no rate limit and waits until
// it is ready; its log goes to work/server.log.
func startServer(c config, work string) (*server, error) {
	logPath := filepath.Join(work, "server.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	// No rate limit and no cap on requests in flight: every worker uses the one admin token
	// from one address, and the test measures the plugins, not the limits.
	cmd := exec.Command(c.shegong, "serve", "--addr", "127.0.0.1:0", "--rate", "0", "--max-in-flight-per-client", "0", "--database", c.database,
		"--plugin-call-timeout", c.callTimeout.String(), "--log-level", "info")
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
		return nil, fmt.Errorf("shegong serve exited before listening; see %s", logPath)
	case <-time.After(2 * time.Minute):
		s.stop()
		return nil, errors.New("shegong serve did not listen within 2 minutes")
	}
	for start := time.Now(); ; time.Sleep(100 * time.Millisecond) {
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

// stop asks the server to shut down and kills it if it has not within 10 s.
func (s *server) stop() {
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
}

// ---- requests ----

type request struct {
	kind  string // "list", "mutation", "evaluate:<region>", "compare"
	query string
	vars  map[string]any
	// region of an evaluate; compare answers per region
	region string
}

type plan struct {
	regions []string
	orgs    []orgRef
	flip    sync.Mutex
	n       int
}

type orgRef struct {
	ID            string `json:"id"`
	FullTimeStaff int    `json:"fullTimeStaff"`
}

var worker = map[string]any{"worker": map[string]any{"age": 41, "education": "BACHELOR", "certificate": "ASSISTANT", "trainingHoursPerYear": 80}}

const evalFields = `region status error { code region } evaluatedBy { region }`

var lists = []string{
	`{ regions(first: 10, orderBy: {field: CODE}) { totalCount edges { node { code nameZh parent { code } } } } }`,
	`{ projects(first: 10, orderBy: {field: NAME}) { totalCount edges { node { id name domain region { code } } } } }`,
	`{ organizations(first: 10, orderBy: {field: NAME}) { totalCount edges { node { id name grade fullTimeStaff } } } }`,
}

func newPlan(ctx context.Context, cl *client) (*plan, error) {
	var out struct {
		Regions struct {
			Edges []struct{ Node struct{ Code string } }
		}
		Organizations struct {
			Edges []struct{ Node orgRef }
		}
	}
	if err := cl.data(ctx, `{ regions(first: 50) { edges { node { code } } }
		organizations(first: 20) { edges { node { id fullTimeStaff } } } }`, nil, &out); err != nil {
		return nil, fmt.Errorf("read regions and organisations: %w", err)
	}
	p := &plan{}
	for _, e := range out.Regions.Edges {
		p.regions = append(p.regions, e.Node.Code)
	}
	for _, e := range out.Organizations.Edges {
		p.orgs = append(p.orgs, e.Node)
	}
	if len(p.regions) == 0 || len(p.orgs) == 0 {
		return nil, errors.New("the server has no regions or organisations (is the demo data loaded?)")
	}
	return p, nil
}

// pick draws one request: 30% lists, 40% evaluate in one region, 20% compare all regions,
// 10% an organisation update (its full-time staff goes up by one and back, so it stays valid).
func (p *plan) pick(rng *rand.Rand) request {
	switch n := rng.IntN(10); {
	case n < 3:
		return request{kind: "list", query: lists[rng.IntN(len(lists))]}
	case n < 7:
		r := p.regions[rng.IntN(len(p.regions))]
		return request{kind: "evaluate:" + r, region: r,
			query: `query($r: String!, $s: SubjectInput!) { evaluate(region: $r, subject: $s, asOf: "2023-06-01") { ` + evalFields + ` } }`,
			vars:  map[string]any{"r": r, "s": worker}}
	case n < 9:
		return request{kind: "compare",
			query: `query($s: SubjectInput!) { compare(subject: $s, asOf: "2023-06-01") { ` + evalFields + ` } }`,
			vars:  map[string]any{"s": worker}}
	}
	p.flip.Lock()
	o := p.orgs[p.n%len(p.orgs)]
	staff := o.FullTimeStaff + (p.n/len(p.orgs))%2
	p.n++
	p.flip.Unlock()
	return request{kind: "mutation",
		query: `mutation($id: ID!, $n: Int!) { updateOrganization(id: $id, input: {fullTimeStaff: $n}) { id fullTimeStaff } }`,
		vars:  map[string]any{"id": o.ID, "n": staff}}
}

type client struct {
	url, token string
	http       *http.Client
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

func (c *client) post(ctx context.Context, query string, vars map[string]any) (*response, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var out response
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("HTTP %d: %w", resp.StatusCode, err)
	}
	if resp.StatusCode != http.StatusOK && len(out.Errors) == 0 {
		return nil, fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return &out, nil
}

func (e gqlError) String() string {
	return fmt.Sprintf("%v: %s", e.Extensions["code"], e.Message)
}

func (c *client) data(ctx context.Context, query string, vars map[string]any, out any) error {
	r, err := c.post(ctx, query, vars)
	if err != nil {
		return err
	}
	if len(r.Errors) > 0 {
		return errors.New(r.Errors[0].String())
	}
	return json.Unmarshal(r.Data, out)
}

type evaluation struct {
	Region string
	Error  *struct{ Code, Region string }
}

// do sends one request and returns the regions it failed for ("" for a request that failed
// as a whole outside any region: a list or mutation error, a transport error).
func (c *client) do(ctx context.Context, req request) (failed []string, err error) {
	r, err := c.post(ctx, req.query, req.vars)
	if err != nil {
		return []string{req.region}, err
	}
	if len(r.Errors) > 0 {
		region := req.region
		if code, _ := r.Errors[0].Extensions["code"].(string); code == "PLUGIN_UNAVAILABLE" {
			region, _ = r.Errors[0].Extensions["region"].(string)
		}
		return []string{region}, errors.New(r.Errors[0].String())
	}
	var out struct {
		Evaluate *evaluation
		Compare  []evaluation
	}
	if err := json.Unmarshal(r.Data, &out); err != nil {
		return []string{req.region}, err
	}
	evs := out.Compare
	if out.Evaluate != nil {
		evs = append(evs, *out.Evaluate)
	}
	for _, ev := range evs {
		if ev.Error != nil {
			failed = append(failed, ev.Region)
			err = fmt.Errorf("%s: %s (region %s)", ev.Region, ev.Error.Code, ev.Error.Region)
		}
	}
	return failed, err
}

type pluginStatus struct {
	Region, Name, State string
	Pid                 *int
	Restarts            int
}

func (c *client) pluginStatus(ctx context.Context) ([]pluginStatus, error) {
	var out struct{ Plugins []pluginStatus }
	if err := c.data(ctx, `{ plugins { region name state pid restarts } }`, nil, &out); err != nil {
		return nil, fmt.Errorf("plugins: %w", err)
	}
	return out.Plugins, nil
}

func (c *client) pluginPIDs(ctx context.Context) (map[string]int, error) {
	sts, err := c.pluginStatus(ctx)
	if err != nil {
		return nil, err
	}
	out := map[string]int{}
	for _, st := range sts {
		if st.Pid != nil {
			out[st.Region] = *st.Pid
		}
	}
	return out, nil
}

// ---- statistics ----

type stats struct {
	mu        sync.Mutex
	latencies map[string][]time.Duration
	failures  map[string]int    // by region ("" for a request-level failure)
	examples  map[string]string // first failure per region
}

func newStats() *stats {
	return &stats{latencies: map[string][]time.Duration{}, failures: map[string]int{}, examples: map[string]string{}}
}

func (s *stats) record(kind string, d time.Duration, failed []string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.latencies[kind] = append(s.latencies[kind], d)
	for _, r := range failed {
		s.failures[r]++
		if _, ok := s.examples[r]; !ok && err != nil {
			s.examples[r] = err.Error()
		}
	}
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p*float64(len(sorted))+0.5) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond)) }

// report prints the results and returns an error when a guarantee failed.
func (s *stats) report(w io.Writer, elapsed time.Duration, attacked []string, deadline, bound time.Duration, plugins []pluginStatus) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	kinds := make([]string, 0, len(s.latencies))
	total := 0
	for k, ls := range s.latencies {
		kinds = append(kinds, k)
		total += len(ls)
	}
	slices.Sort(kinds)
	fmt.Fprintf(w, "\n%d requests in %s (%.0f/s)\n", total, elapsed.Round(time.Millisecond), float64(total)/elapsed.Seconds())
	fmt.Fprintf(w, "%-20s %8s %10s %10s %10s %8s\n", "kind", "requests", "p50", "p99", "max", ">bound")
	var slow []string
	for _, k := range kinds {
		ls := slices.Clone(s.latencies[k])
		slices.Sort(ls)
		over := len(ls) - sortIndexAbove(ls, bound)
		fmt.Fprintf(w, "%-20s %8d %10s %10s %10s %8d\n", k, len(ls), ms(percentile(ls, .5)), ms(percentile(ls, .99)), ms(ls[len(ls)-1]), over)
		if over > 0 {
			slow = append(slow, fmt.Sprintf("%s: %d over %s (max %s)", k, over, ms(bound), ms(ls[len(ls)-1])))
		}
	}
	fmt.Fprintln(w, "\nfailures by region (attacked: "+strings.Join(attacked, ", ")+"):")
	var bad []string
	regions := make([]string, 0, len(s.failures))
	for r := range s.failures {
		regions = append(regions, r)
	}
	slices.Sort(regions)
	if len(regions) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, r := range regions {
		name, note := r, ""
		if r == "" {
			name = "(request)"
		}
		if !slices.Contains(attacked, r) {
			note = "  ← NOT ATTACKED"
			bad = append(bad, fmt.Sprintf("%s: %d failures, e.g. %s", name, s.failures[r], s.examples[r]))
		}
		fmt.Fprintf(w, "  %-12s %6d  e.g. %s%s\n", name, s.failures[r], s.examples[r], note)
	}
	fmt.Fprintln(w, "\nplugins at the end:")
	for _, p := range plugins {
		pid := "-"
		if p.Pid != nil {
			pid = fmt.Sprint(*p.Pid)
		}
		fmt.Fprintf(w, "  %-10s %-18s %-10s pid %-8s restarts %d\n", p.Region, p.Name, p.State, pid, p.Restarts)
	}
	fmt.Fprintf(w, "\nplugin call deadline %s; any request slower than deadline + margin (%s): %v\n", ms(deadline), ms(bound), len(slow) > 0)
	var errs []string
	if len(bad) > 0 {
		errs = append(errs, "failures for regions not attacked: "+strings.Join(bad, "; "))
	}
	if len(slow) > 0 {
		errs = append(errs, "requests slower than the deadline + margin: "+strings.Join(slow, "; "))
	}
	if total == 0 {
		errs = append(errs, "no request was made")
	}
	if len(errs) > 0 {
		fmt.Fprintln(w, "FAIL")
		return errors.New(strings.Join(errs, "\n"))
	}
	fmt.Fprintln(w, "PASS")
	return nil
}

// sortIndexAbove is the index of the first latency above bound in sorted.
func sortIndexAbove(sorted []time.Duration, bound time.Duration) int {
	i, _ := slices.BinarySearchFunc(sorted, bound, func(d, b time.Duration) int {
		if d <= b {
			return -1
		}
		return 1
	})
	return i
}
