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
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/app"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/internal/testdb"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/plugins/transport"
	"github.com/shegong/shegong/regions"
)

// envCallLog names a file to which the plugin processes append one line per batch their
// region's Budget or Staffing rules get ("<region> <call> <batch size>"), so a test can see
// what reached the rules.
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
		transport.Serve(p)
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

func processHost(tb testing.TB) *host.Host { return processHostWith(tb, host.Config{}) }

// processHostWith starts the five built-in regions as plugin processes under cfg.
func processHostWith(tb testing.TB, cfg host.Config) *host.Host {
	tb.Helper()
	cfg.Builtin, cfg.Logger = Regions, testdb.Logger()
	h, err := host.New(cfg)
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
// RPCs — one Evaluate call (every kind of rule) per distinct region of the chains per batch
// of host.Config.BatchSize (2,000) — not 100,000 calls. Zhuzhou's chain includes Hunan, which
// is also requested: it is asked once and its answer serves both chains. The host counts the
// RPCs it makes; the plugins log what reached their rules.
func TestBatch10000x5IsAHandfulOfRPCs(t *testing.T) {
	logPath := t.TempDir() + "/calls.log"
	t.Setenv(envCallLog, logPath)
	var mu sync.Mutex
	rpcs := map[string]int{} // "<region> <method>"
	h := processHostWith(t, host.Config{ObserveCall: func(region, method, outcome string, _ time.Duration) {
		mu.Lock()
		defer mu.Unlock()
		rpcs[region+" "+method+" "+outcome]++
	}})
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
	// Chains: shenzhen, hunan, sichuan, yunnan, zhuzhou+hunan = 5 distinct regions (Hunan is
	// shared, not asked twice); one Evaluate each per batch of 2,000.
	want := map[string]int{}
	for _, r := range Regions {
		want[r+" Evaluate ok"] = 10000 / 2000
	}
	mu.Lock()
	if !reflect.DeepEqual(rpcs, want) {
		t.Errorf("plugin calls %v, want %v", rpcs, want)
	}
	mu.Unlock()
	data, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	subjectsSent := map[string]int{}
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
		subjectsSent[region+" "+call] += n
	}
	for _, r := range Regions {
		if subjectsSent[r+" budget"] != len(subjects) || subjectsSent[r+" staffing"] != len(subjects) {
			t.Errorf("%s: rules saw %d projects for budget and %d for staffing, want %d each", r, subjectsSent[r+" budget"], subjectsSent[r+" staffing"], len(subjects))
		}
	}
	t.Logf("10,000 scenarios × 5 regions: %v", rpcs)
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
