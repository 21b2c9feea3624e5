package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/graph/server"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/metrics"
	"github.com/shegong/shegong/internal/requestid"
	"github.com/shegong/shegong/internal/testdb"
)

// The personal data TestMetrics writes through the API: distinctive enough that finding any
// of it in a scrape can only be a leak.
const (
	metricsName  = "指标测试员丙"
	metricsPhone = "13712340987"
	metricsCert  = "MX-METRIC-777123"
	metricsBirth = "1983-04-17"
)

// scrape GETs url and parses the body with the Prometheus text parser.
func scrape(t *testing.T, url string) (map[string]*dto.MetricFamily, string) {
	t.Helper()
	return scrapeWith(t, http.DefaultClient, url)
}

// scrapeWith is scrape through client.
func scrapeWith(t *testing.T, client *http.Client, url string) (map[string]*dto.MetricFamily, string) {
	t.Helper()
	resp, err := client.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: HTTP %d %s", url, resp.StatusCode, body)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("GET %s: not the Prometheus text format: %v", url, err)
	}
	return fams, string(body)
}

// sum adds the values (counter, gauge, or a histogram's count) of the family's series whose
// labels include want.
func sum(fams map[string]*dto.MetricFamily, name string, want map[string]string) float64 {
	f := fams[name]
	if f == nil {
		return 0
	}
	total := 0.0
next:
	for _, m := range f.GetMetric() {
		labels := map[string]string{}
		for _, l := range m.GetLabel() {
			labels[l.GetName()] = l.GetValue()
		}
		for k, v := range want {
			if labels[k] != v {
				continue next
			}
		}
		switch {
		case m.Counter != nil:
			total += m.GetCounter().GetValue()
		case m.Gauge != nil:
			total += m.GetGauge().GetValue()
		case m.Histogram != nil:
			total += float64(m.GetHistogram().GetSampleCount())
		}
	}
	return total
}

// TestMetrics: after real traffic against a real server whose regions are plugin processes —
// a worker with personal data written and read, an evaluation under every region, a compare,
// a refused mutation, a rate-limited request and a budget refusal — /metrics, scraped from
// loopback, parses as the Prometheus text format, counts each of them under its labels, and
// holds no worker name, phone, certificate number or token from the traffic. Every log line
// written while serving a request carries its request id, once. On SQLite and PostgreSQL.
func TestMetrics(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			metricsAfterTraffic(t, k)
		})
	}
}

func metricsAfterTraffic(t *testing.T, k testdb.Kind) {
	var log syncBuffer
	s := apptest.Start(t, apptest.Options{Kind: k,
		TokenRate: &server.Rate{PerSecond: 0.001, Burst: 3},
		Logger:    slog.New(slog.NewJSONHandler(&log, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	ctx := auth.System(context.Background())
	zz := s.App.DB.Client.Region.Query().Where(region.Code("zhuzhou")).OnlyX(ctx)
	adminSecret := s.Token(t, auth.Admin, "", "metrics admin")
	admin := s.As(adminSecret)
	limitedSecret := s.Token(t, auth.Researcher, "", "metrics limited")

	admin.MustData(t, `mutation CreateSocialWorker($in: CreateSocialWorkerInput!) { createSocialWorker(input: $in) { id } }`,
		map[string]any{"in": map[string]any{"name": metricsName, "phone": metricsPhone, "certificateNumber": metricsCert,
			"birthDate": metricsBirth, "regionID": zz.ID}}, nil)
	var workers json.RawMessage
	admin.MustData(t, `query SocialWorkers { socialWorkers(first: 5) { edges { node { name phone certificateNumber } } } }`, nil, &workers)
	if !strings.Contains(string(workers), metricsPhone) {
		t.Fatalf("the traffic did not carry the worker's phone: %s", workers)
	}
	regions := s.App.Evaluator.Regions()
	for _, r := range regions {
		s.GQL.MustData(t, `query Evaluate($r: String!) { evaluate(region: $r, asOf: "2024-01-01", subject: {worker: {age: 30}}) { status } }`,
			map[string]any{"r": r}, nil)
	}
	s.GQL.MustData(t, `query Compare { compare(subject: {worker: {age: 41}}, asOf: "2024-01-01") { region status } }`, nil, nil)
	// Anonymous callers may not write: refused, and audited as such.
	refused := s.GQL.Do(t, `mutation CreateSocialWorker($in: CreateSocialWorkerInput!) { createSocialWorker(input: $in) { id } }`,
		map[string]any{"in": map[string]any{"name": metricsName, "phone": metricsPhone, "regionID": zz.ID}})
	if len(refused.Errors) == 0 {
		t.Fatal("an anonymous createSocialWorker was not refused")
	}
	budget := s.GQL.Do(t, `query Batch($s: [ScenarioInput!]!) { compareBatch(scenarios: $s) { name } }`,
		map[string]any{"s": scenarios(1000/len(regions) + 1)})
	if len(budget.Errors) != 1 || budget.Errors[0].Code() != "LIMIT_EXCEEDED" {
		t.Fatalf("want the evaluation budget's LIMIT_EXCEEDED, got %s", budget.ErrorString())
	}
	limited := s.As(limitedSecret)
	rateLimited := false
	for range 5 {
		if r := limited.Do(t, `query Viewer { viewer { role } }`, nil); len(r.Errors) > 0 && r.Errors[0].Code() == "LIMIT_EXCEEDED" {
			if name := r.Errors[0].Extensions["limitName"]; name != metrics.RefusedRateToken {
				t.Errorf("rate refusal of a token: limitName %v, want %s", name, metrics.RefusedRateToken)
			}
			rateLimited = true
			break
		}
	}
	if !rateLimited {
		t.Fatal("the token was never rate limited")
	}

	fams, body := scrape(t, s.URL+metrics.Path)
	for _, r := range regions {
		if n := sum(fams, "shegong_plugin_call_duration_seconds", map[string]string{"region": r, "method": "Evaluate", "outcome": "ok"}); n < 1 {
			t.Errorf("plugin calls of %s: %v, want ≥ 1", r, n)
		}
		if n := sum(fams, "shegong_evaluations_total", map[string]string{"region": r}); n < 2 {
			t.Errorf("evaluations under %s: %v, want ≥ 2 (an evaluate and the compare)", r, n)
		}
		if n := sum(fams, "shegong_plugin_state", map[string]string{"region": r, "state": "READY"}); n != 1 {
			t.Errorf("plugin_state of %s READY: %v, want 1", r, n)
		}
		if _, ok := fams["shegong_plugin_restarts_total"]; !ok {
			t.Error("no shegong_plugin_restarts_total")
		}
	}
	checks := []struct {
		name   string
		labels map[string]string
		min    float64
	}{
		{"shegong_graphql_operations_total", map[string]string{"operation": "evaluate", "type": "query", "outcome": "ok", "code": "none"}, float64(len(regions))},
		{"shegong_graphql_operation_duration_seconds", map[string]string{"operation": "evaluate", "outcome": "ok"}, float64(len(regions))},
		{"shegong_graphql_operations_total", map[string]string{"operation": "compare", "outcome": "ok"}, 1},
		// "Batch" is no root field: counted as other; "Viewer" is one, without case.
		{"shegong_graphql_operations_total", map[string]string{"operation": "other", "outcome": "error", "code": "LIMIT_EXCEEDED"}, 1},
		{"shegong_graphql_operations_total", map[string]string{"operation": "createSocialWorker", "type": "mutation", "outcome": "ok"}, 1},
		{"shegong_graphql_operations_total", map[string]string{"operation": "createSocialWorker", "type": "mutation", "outcome": "error", "code": refused.Errors[0].Code()}, 1},
		{"shegong_graphql_operations_total", map[string]string{"operation": "viewer"}, 1},
		{"shegong_limit_refusals_total", map[string]string{"reason": metrics.RefusedEvaluationBudget}, 1},
		{"shegong_limit_refusals_total", map[string]string{"reason": metrics.RefusedRateToken}, 1},
		{"shegong_audit_writes_total", map[string]string{"outcome": "ok", "result": "written"}, 1},
		{"shegong_audit_writes_total", map[string]string{"outcome": "forbidden", "result": "written"}, 1},
		{"go_sql_open_connections", map[string]string{"db_name": "shegong"}, 1},
		{"go_goroutines", nil, 1},
		{"process_open_fds", nil, 1},
	}
	for _, c := range checks {
		if n := sum(fams, c.name, c.labels); n < c.min {
			t.Errorf("%s%v = %v, want ≥ %v", c.name, c.labels, n, c.min)
		}
	}
	for _, name := range []string{"go_sql_in_use_connections", "go_sql_idle_connections", "go_sql_wait_count_total"} {
		if _, ok := fams[name]; !ok {
			t.Errorf("no %s", name)
		}
	}
	for _, v := range []string{metricsName, metricsPhone, metricsCert, metricsBirth, "19830417", adminSecret, limitedSecret, "sgt_"} {
		if strings.Contains(body, v) {
			t.Errorf("/metrics holds %q", v)
		}
	}

	docsName(t, fams)

	// A hung plugin: its call misses the deadline and is counted as unavailable.
	s.StopPlugin(t, "yunnan")
	s.GQL.MustData(t, `query Evaluate { evaluate(region: "yunnan", asOf: "2024-01-01", subject: {worker: {age: 30}}) { status } }`, nil, nil)
	fams, _ = scrape(t, s.URL+metrics.Path)
	if n := sum(fams, "shegong_plugin_call_duration_seconds", map[string]string{"region": "yunnan", "outcome": "unavailable"}); n < 1 {
		t.Errorf("unavailable calls of the stopped yunnan plugin: %v, want ≥ 1", n)
	}

	// Every line logged while serving a request names it, once: the http request lines
	// (debug) no longer pass it themselves.
	lines := 0
	for line := range strings.SplitSeq(strings.TrimSpace(log.String()), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line not JSON: %v: %s", err, line)
		}
		if n := strings.Count(line, `"`+requestid.LogKey+`"`); n > 1 {
			t.Errorf("request_id %d times in %s", n, line)
		}
		if rec["msg"] != "http request" {
			continue
		}
		lines++
		if id, _ := rec[requestid.LogKey].(string); id == "" {
			t.Errorf("no request_id in %s", line)
		}
	}
	if lines < len(regions) {
		t.Errorf("%d http request lines logged, want ≥ %d", lines, len(regions))
	}
}

// docsName checks the docs against a scrape: docs/operations.md lists every shegong_ family,
// and every metric the sample Grafana dashboard queries exists.
func docsName(t *testing.T, fams map[string]*dto.MetricFamily) {
	t.Helper()
	ops, err := os.ReadFile("../../docs/operations.md")
	if err != nil {
		t.Fatal(err)
	}
	for name := range fams {
		if strings.HasPrefix(name, "shegong_") && !strings.Contains(string(ops), "`"+name+"`") {
			t.Errorf("docs/operations.md does not list %s", name)
		}
	}
	dash, err := os.ReadFile("../../docs/grafana-dashboard.json")
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Panels []struct {
			Title   string
			Targets []struct{ Expr string }
		}
	}
	if err := json.Unmarshal(dash, &d); err != nil {
		t.Fatalf("docs/grafana-dashboard.json: %v", err)
	}
	metric := regexp.MustCompile(`\b(?:shegong|go_sql)_[a-z_]+`)
	for _, p := range d.Panels {
		for _, tg := range p.Targets {
			for _, name := range metric.FindAllString(tg.Expr, -1) {
				family := name
				for _, suffix := range []string{"_bucket", "_count", "_sum"} {
					if f, ok := strings.CutSuffix(name, suffix); ok && fams[f] != nil && fams[f].GetType() == dto.MetricType_HISTOGRAM {
						family = f
					}
				}
				if fams[family] == nil {
					t.Errorf("dashboard panel %q queries %s, which the server does not export", p.Title, name)
				}
			}
		}
	}
}

// TestMetricsLoopbackOnly: on the main listener /metrics answers loopback clients (a real
// request over 127.0.0.1) and refuses any other client with 403 (the same handler, a request
// from another address), and a loopback request relayed by a proxy.
func TestMetricsLoopbackOnly(t *testing.T) {
	s := apptest.Start(t, apptest.Options{Kind: testdb.SQLite})
	if fams, _ := scrape(t, s.URL+metrics.Path); fams["shegong_plugin_state"] == nil {
		t.Errorf("loopback scrape has no shegong_plugin_state")
	}
	for _, addr := range []string{"192.0.2.10:40000", "[2001:db8::1]:40000", "10.0.0.1:1"} {
		req := httptest.NewRequest(http.MethodGet, metrics.Path, nil)
		req.RemoteAddr = addr
		rec := httptest.NewRecorder()
		s.App.Handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusForbidden || strings.Contains(rec.Body.String(), "shegong_") {
			t.Errorf("%s: HTTP %d %.200s, want 403 without metrics", addr, rec.Code, rec.Body.String())
		}
	}
	// Relayed by a proxy on the same machine: from loopback, yet not for the machine itself.
	for _, h := range []string{"X-Forwarded-For", "Forwarded", "X-Real-Ip"} {
		req := httptest.NewRequest(http.MethodGet, metrics.Path, nil)
		req.RemoteAddr = "127.0.0.1:40000"
		req.Header.Set(h, "192.0.2.10")
		rec := httptest.NewRecorder()
		s.App.Handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusForbidden {
			t.Errorf("loopback with %s: HTTP %d, want 403", h, rec.Code)
		}
	}
	req := httptest.NewRequest(http.MethodGet, metrics.Path, nil)
	req.RemoteAddr = "[::1]:40000"
	rec := httptest.NewRecorder()
	s.App.Handler.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Errorf("::1: HTTP %d, want 200", rec.Code)
	}
}

// TestMetricsAddr: with a metrics address, /metrics is served on that listener of its own
// (to anyone) and no longer on the main one.
func TestMetricsAddr(t *testing.T) {
	s := apptest.Start(t, apptest.Options{Kind: testdb.SQLite, MetricsAddr: "127.0.0.1:0"})
	s.GQL.MustData(t, `query Evaluate { evaluate(region: "hunan", asOf: "2024-01-01", subject: {worker: {age: 30}}) { status } }`, nil, nil)
	addr := s.App.MetricsAddr()
	if addr == "" {
		t.Fatal("no metrics listener")
	}
	fams, _ := scrape(t, "http://"+addr+metrics.Path)
	if n := sum(fams, "shegong_graphql_operations_total", map[string]string{"operation": "evaluate"}); n != 1 {
		t.Errorf("operations on the metrics listener: %v, want 1", n)
	}
	resp, err := http.Get(s.URL + metrics.Path)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("main listener /metrics: HTTP %d, want 404 when a metrics address is set", resp.StatusCode)
	}
	// The metrics listener serves nothing else.
	resp, err = http.Get("http://" + addr + "/graphql")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("metrics listener /graphql: HTTP %d, want 404", resp.StatusCode)
	}
}
