package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/shegong/shegong/internal/app"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/internal/testdb"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

// envCallLog names a file to which the plugin processes append one line per Budget or
// Staffing call ("<region> <call> <batch size>"), so a test can count the RPCs a batch costs.
const envCallLog = "SHEGONG_BENCH_CALL_LOG"

var asOf = sdk.MustDate("2024-01-01")

// TestMain lets the test binary serve a built-in region when the host re-executes it as
// `<exe> __plugin <region>` (as the real binary does), wrapped to log its calls when asked.
func TestMain(m *testing.M) {
	if len(os.Args) >= 3 && os.Args[1] == host.PluginModeArg {
		newPolicy, ok := regions.Builtin()[os.Args[2]]
		if !ok {
			fmt.Fprintf(os.Stderr, "bench: no built-in region %q\n", os.Args[2])
			os.Exit(2)
		}
		var p sdk.Policy = newPolicy()
		if path := os.Getenv(envCallLog); path != "" {
			p = &logged{Policy: p, region: os.Args[2], path: path}
		}
		sdk.Serve(p)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// logged appends a line per batched call to a file shared by all plugin processes (O_APPEND
// writes of one short line do not interleave).
type logged struct {
	sdk.Policy
	region, path string
	mu           sync.Mutex
}

func (l *logged) log(call string, n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	f, err := os.OpenFile(l.path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return
	}
	fmt.Fprintf(f, "%s %s %d\n", l.region, call, n)
	f.Close()
}

func (l *logged) Budget(ctx context.Context, d sdk.Date, ps []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	l.log("budget", len(ps))
	return l.Policy.Budget(ctx, d, ps)
}

func (l *logged) Staffing(ctx context.Context, d sdk.Date, ss []sdk.Subject) ([]sdk.StaffingResult, error) {
	l.log("staffing", len(ss))
	return l.Policy.Staffing(ctx, d, ss)
}

func processHost(tb testing.TB) *host.Host {
	tb.Helper()
	h, err := host.New(host.Config{Builtin: Regions, Logger: testdb.Logger()})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { h.Close() })
	if err := h.Start(context.Background()); err != nil {
		tb.Fatal(err)
	}
	if !h.Ready() {
		tb.Fatalf("plugins not ready: %+v", h.Status())
	}
	return h
}

func inProcessHost(tb testing.TB) *host.Host {
	tb.Helper()
	h, err := host.NewInProcess(regions.Builtin(), testdb.Logger())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { h.Close() })
	return h
}

// 10,000 scenarios under five regions with real plugin processes are a handful of batched
// RPCs — one Budget and one Staffing call per distinct region of the chains per batch of
// host.Config.BatchSize (2,000) — not 100,000 calls. Zhuzhou's chain includes Hunan, which
// is also requested: it is asked once and its answer serves both chains.
func TestBatch10000x5IsAHandfulOfRPCs(t *testing.T) {
	logPath := t.TempDir() + "/calls.log"
	t.Setenv(envCallLog, logPath)
	h := processHost(t)
	subjects := Projects(10000)
	rows, err := evaluate.New(h).Batch(context.Background(), subjects, Regions, asOf)
	if err != nil {
		t.Fatal(err)
	}
	nonCompliant := 0
	for _, row := range rows {
		for _, ev := range row {
			if ev.Error != nil || len(ev.Invalid) > 0 {
				t.Fatalf("%s: error %+v invalid %+v", ev.Region, ev.Error, ev.Invalid)
			}
			if ev.Status == sdk.NonCompliant {
				nonCompliant++
			}
		}
	}
	if nonCompliant == 0 || nonCompliant == len(subjects)*len(Regions) {
		t.Errorf("%d non-compliant of %d: the scenarios do not exercise both sides of the rules", nonCompliant, len(subjects)*len(Regions))
	}
	data, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	calls, subjectsSent := 0, 0
	perRegion := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		var region, call string
		var n int
		if _, err := fmt.Sscan(sc.Text(), &region, &call, &n); err != nil {
			t.Fatalf("call log line %q: %v", sc.Text(), err)
		}
		if n > 2000 {
			t.Errorf("%s %s batch of %d exceeds the host's batch size", region, call, n)
		}
		calls++
		subjectsSent += n
		perRegion[region]++
	}
	// Chains: shenzhen, hunan, sichuan, yunnan, zhuzhou+hunan = 5 distinct regions (Hunan is
	// shared, not asked twice); × budget and staffing; × 10,000 / 2,000 batches.
	if want := 5 * 2 * 5; calls != want {
		t.Errorf("%d plugin calls, want %d:\n%s", calls, want, data)
	}
	for _, r := range Regions {
		if perRegion[r] != 2*5 {
			t.Errorf("%s: %d plugin calls, want %d (budget and staffing per batch)", r, perRegion[r], 2*5)
		}
	}
	if want := 5 * 2 * 10000; subjectsSent != want {
		t.Errorf("%d subjects sent, want %d", subjectsSent, want)
	}
	t.Logf("10,000 scenarios × 5 regions: %d plugin calls", calls)
}

func benchBatch(b *testing.B, h *host.Host, subjects []sdk.Subject) {
	svc := evaluate.New(h)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		rows, err := svc.Batch(ctx, subjects, Regions, asOf)
		if err != nil || len(rows) != len(subjects) {
			b.Fatalf("batch: %v", err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(subjects)), "ns/scenario")
}

// BenchmarkBatch10000x5 is the throughput of evaluate.Batch: 10,000 project scenarios under
// the five regions, through real plugin processes and in process.
func BenchmarkBatch10000x5(b *testing.B) {
	subjects := Projects(10000)
	b.Run("plugin", func(b *testing.B) { benchBatch(b, processHost(b), subjects) })
	b.Run("inprocess", func(b *testing.B) { benchBatch(b, inProcessHost(b), subjects) })
}

// BenchmarkCompareSingle is one scenario under the five regions (evaluate.Compare, what the
// GraphQL compare field does): against BenchmarkBatch10000x5's ns/scenario it shows what
// batching saves per scenario.
func BenchmarkCompareSingle(b *testing.B) {
	subject := Projects(1)[0]
	run := func(b *testing.B, h *host.Host) {
		svc := evaluate.New(h)
		ctx := context.Background()
		b.ReportAllocs()
		for b.Loop() {
			evs, err := svc.Compare(ctx, subject, Regions, asOf)
			if err != nil || len(evs) != len(Regions) {
				b.Fatalf("compare: %v", err)
			}
		}
	}
	b.Run("plugin", func(b *testing.B) { run(b, processHost(b)) })
	b.Run("inprocess", func(b *testing.B) { run(b, inProcessHost(b)) })
}

const subjectGQL = `{project: {domain: "社会救助", headcount: 10, professionalPosts: 8, supervisedWorkers: 8,
  budget: [{category: LABOR, amount: "1385500.00"}, {category: SUPERVISION, amount: "244500.00"}]}}`

var (
	evaluateQuery = `{ evaluate(region: "zhuzhou", asOf: "2024-01-01", subject: ` + subjectGQL + `) {
  region status budget { minimumTotal } findings { ruleId region status actual required } evaluatedBy { region pluginVersion rulesetHash } } }`
	compareQuery = `{ compare(asOf: "2024-01-01", subject: ` + subjectGQL + `) {
  region status budget { minimumTotal } findings { ruleId region status actual required } evaluatedBy { region pluginVersion rulesetHash } } }`
)

// benchHTTP posts one GraphQL query per iteration to a real server over loopback HTTP.
func benchHTTP(b *testing.B, mode, query string) {
	srv := apptest.Start(b, apptest.Options{Plugins: mode})
	body, err := json.Marshal(map[string]string{"query": query})
	if err != nil {
		b.Fatal(err)
	}
	client := &http.Client{}
	post := func() {
		resp, err := client.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		data, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK || bytes.Contains(data, []byte(`"errors"`)) {
			b.Fatalf("%d %v: %s", resp.StatusCode, err, data)
		}
	}
	post() // warm the connection and the parsed-query cache
	b.ReportAllocs()
	for b.Loop() {
		post()
	}
}

// BenchmarkHTTPEvaluate is the latency of one GraphQL evaluate (Zhuzhou: two plugins in the
// chain) against a server whose regions are plugin processes, and in process.
func BenchmarkHTTPEvaluate(b *testing.B) {
	b.Run("plugin", func(b *testing.B) { benchHTTP(b, app.PluginsProcess, evaluateQuery) })
	b.Run("inprocess", func(b *testing.B) { benchHTTP(b, app.PluginsInProcess, evaluateQuery) })
}

// BenchmarkHTTPCompare is the latency of one GraphQL compare across all five regions.
func BenchmarkHTTPCompare(b *testing.B) {
	b.Run("plugin", func(b *testing.B) { benchHTTP(b, app.PluginsProcess, compareQuery) })
	b.Run("inprocess", func(b *testing.B) { benchHTTP(b, app.PluginsInProcess, compareQuery) })
}

// The HTTP benchmark queries stay valid (a benchmark run is not a test run).
func TestBenchQueriesAnswer(t *testing.T) {
	srv := apptest.Start(t, apptest.Options{Plugins: app.PluginsInProcess})
	for q, want := range map[string]string{evaluateQuery: `"region":"zhuzhou"`, compareQuery: `"minimumTotal":"1630000.00"`} {
		resp := srv.GQL.Do(t, q, nil)
		if len(resp.Errors) > 0 || !strings.Contains(string(resp.Data), want) {
			t.Errorf("%s: %s %s", q, resp.Data, resp.ErrorString())
		}
	}
}
