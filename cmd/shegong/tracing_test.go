package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/grpc"

	"github.com/shegong/shegong/internal/requestid"
)

// collector is an OTLP trace collector (the gRPC TraceService) that keeps every span it
// receives with the service.name of the process that sent it.
type collector struct {
	coltracepb.UnimplementedTraceServiceServer
	mu    sync.Mutex
	spans []collected
}

type collected struct {
	service string
	res     []*commonpb.KeyValue
	span    *tracepb.Span
}

func (c *collector) Export(_ context.Context, req *coltracepb.ExportTraceServiceRequest) (*coltracepb.ExportTraceServiceResponse, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, rs := range req.GetResourceSpans() {
		service := ""
		for _, kv := range rs.GetResource().GetAttributes() {
			if kv.GetKey() == "service.name" {
				service = kv.GetValue().GetStringValue()
			}
		}
		for _, ss := range rs.GetScopeSpans() {
			for _, s := range ss.GetSpans() {
				c.spans = append(c.spans, collected{service, rs.GetResource().GetAttributes(), s})
			}
		}
	}
	return &coltracepb.ExportTraceServiceResponse{}, nil
}

func (c *collector) all() []collected {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]collected(nil), c.spans...)
}

// startCollector serves an OTLP/gRPC collector on a loopback port and returns it with its
// endpoint URL.
func startCollector(t *testing.T) (*collector, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	c := &collector{}
	srv := grpc.NewServer()
	coltracepb.RegisterTraceServiceServer(srv, c)
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(srv.Stop)
	return c, "http://" + ln.Addr().String()
}

// attr is the string form of a span attribute, "" when absent.
func attr(s *tracepb.Span, key string) string {
	for _, kv := range s.GetAttributes() {
		if kv.GetKey() == key {
			return anyValue(kv.GetValue())
		}
	}
	return ""
}

func anyValue(v *commonpb.AnyValue) string {
	switch x := v.GetValue().(type) {
	case *commonpb.AnyValue_StringValue:
		return x.StringValue
	case *commonpb.AnyValue_ArrayValue:
		var parts []string
		for _, e := range x.ArrayValue.GetValues() {
			parts = append(parts, anyValue(e))
		}
		return strings.Join(parts, ",")
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// descends reports whether span d has a as an ancestor among spans.
func descends(spans []collected, d, a *tracepb.Span) bool {
	byID := map[string]*tracepb.Span{}
	for _, c := range spans {
		byID[string(c.span.GetSpanId())] = c.span
	}
	for s := d; s != nil && len(s.GetParentSpanId()) > 0; s = byID[string(s.GetParentSpanId())] {
		if bytes.Equal(s.GetParentSpanId(), a.GetSpanId()) {
			return true
		}
	}
	return false
}

// servedAPI starts `shegong serve` on db with extra environment and JSON logs at debug, and
// returns the command, the API base URL and the channel of its log lines.
func servedAPI(t *testing.T, db string, env []string) (*exec.Cmd, string, <-chan map[string]any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	cmd := shegongCommand(t, ctx, "", env, "serve", "--database", db, "--addr", "127.0.0.1:0",
		"--log-format", "json", "--log-level", "debug")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		_ = cmd.Wait()
		cancel()
	})
	lines := make(chan map[string]any, 10000)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var rec map[string]any
			if json.Unmarshal(sc.Bytes(), &rec) == nil {
				lines <- rec
			}
		}
	}()
	for {
		select {
		case rec, ok := <-lines:
			if !ok {
				t.Fatal("serve exited before listening")
			}
			if rec["msg"] == "shegong listening" {
				api, _ := rec["url"].(string)
				return cmd, api, lines
			}
		case <-ctx.Done():
			t.Fatal("serve did not listen within the time limit")
		}
	}
}

// graphQL posts one operation with token and returns its data, failing on any error.
func graphQL(t *testing.T, api, token, query string, vars map[string]any) map[string]any {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, api+"graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out struct {
		Data   map[string]any `json:"data"`
		Errors []any          `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil || len(out.Errors) > 0 || resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: HTTP %d %s", query, resp.StatusCode, raw)
	}
	return out.Data
}

// adminToken creates an admin token in db with `shegong token create` and returns it.
func adminToken(t *testing.T, db string) string {
	t.Helper()
	r := shegong(t, "", nil, "token", "create", "--role", "admin", "--label", "tracing test", "--database", db)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if r.code != 0 || len(lines) != 2 {
		t.Fatalf("token create: %v", r)
	}
	return lines[1]
}

// Personal values the traced test submits; none may appear in any span.
const (
	tracedWorkerName  = "追踪测试社工甲"
	tracedBirthDate   = "1985-03-17"
	tracedWorkerPhone = "13912345678"
)

const compareTraced = `query CompareTrace { compare(regions: ["zhuzhou"], asOf: "2023-06-01",
  subject: {worker: {age: 41, education: BACHELOR, certificate: ASSISTANT}}) { region status } }`

// TestTracesAcrossPluginProcesses runs the real server, with its real plugin processes,
// exporting to an in-process OTLP collector: a GraphQL compare is one trace from the HTTP
// request through the operation and the plugin call into a span emitted by the region's own
// process; a list query has SQL spans under its operation; the request's log line carries the
// trace id; and no span holds a personal value submitted in a mutation.
func TestTracesAcrossPluginProcesses(t *testing.T) {
	col, endpoint := startCollector(t)
	db := filepath.Join(t.TempDir(), "traced.db")
	token := adminToken(t, db)
	cmd, api, lines := servedAPI(t, db, []string{
		"OTEL_EXPORTER_OTLP_ENDPOINT=" + endpoint, "OTEL_EXPORTER_OTLP_PROTOCOL=grpc",
		"OTEL_BSP_SCHEDULE_DELAY=100", // plugin processes export while they run
	})

	graphQL(t, api, token, compareTraced, nil)
	graphQL(t, api, token, `query ListTrace { socialWorkers(first: 5) { totalCount edges { node { id } } } }`, nil)
	regions := graphQL(t, api, token, `{ regions(first: 1, where: {code: "zhuzhou"}) { edges { node { id } } } }`, nil)
	regionID := regions["regions"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"]
	created := graphQL(t, api, token, `mutation CreateTrace($r: ID!, $n: String!, $b: Date!, $p: String!) {
  createSocialWorker(input: {name: $n, birthDate: $b, phone: $p, regionID: $r}) { id } }`,
		map[string]any{"r": regionID, "n": tracedWorkerName, "b": tracedBirthDate, "p": tracedWorkerPhone})
	workerID := created["createSocialWorker"].(map[string]any)["id"]
	// The same values written into the document itself, not as variables.
	graphQL(t, api, token, `mutation UpdateTrace($id: ID!) { updateSocialWorker(id: $id, input: {name: "`+tracedWorkerName+`", phone: "`+tracedWorkerPhone+`"}) { id } }`,
		map[string]any{"id": workerID})

	// The plugin process exports on its own schedule: wait (within the test's limit) until its
	// span has arrived, then stop the server, which flushes its own spans.
	pluginSpan := func(spans []collected) (op, inPlugin *tracepb.Span) {
		for _, c := range spans {
			if c.span.GetName() == "query CompareTrace" {
				op = c.span
			}
		}
		for _, c := range spans {
			if op != nil && c.service == "shegong-plugin" && strings.HasPrefix(c.span.GetName(), "evaluate ") && descends(spans, c.span, op) {
				inPlugin = c.span
			}
		}
		return op, inPlugin
	}
	deadline := time.Now().Add(time.Minute)
	for {
		if _, in := pluginSpan(col.all()); in != nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	_ = syscall.Kill(cmd.Process.Pid, syscall.SIGTERM)
	var requestLines []map[string]any
	for rec := range lines {
		if rec["msg"] == "http request" && rec["path"] == "/graphql" {
			requestLines = append(requestLines, rec)
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("serve: %v", err)
	}
	spans := col.all()

	op, inPlugin := pluginSpan(spans)
	if op == nil {
		t.Fatalf("no span named %q among %d spans", "query CompareTrace", len(spans))
	}
	if got := attr(op, "graphql.operation.type") + " " + attr(op, "graphql.operation.name") + " " + attr(op, "shegong.graphql.root_fields"); got != "query CompareTrace compare" {
		t.Errorf("operation span attributes: type, name, root fields %q", got)
	}
	if inPlugin == nil {
		t.Fatalf("no span of a plugin process (service.name shegong-plugin) under the GraphQL operation span; %d spans", len(spans))
	}
	if r := attr(inPlugin, "shegong.region"); r != "zhuzhou" && r != "hunan" {
		t.Errorf("plugin span region %q, want zhuzhou or hunan", r)
	}
	var hostCall bool
	for _, c := range spans {
		if strings.HasPrefix(c.span.GetName(), "plugin ") && c.service == "shegong" && descends(spans, c.span, op) && descends(spans, inPlugin, c.span) {
			hostCall = true
		}
	}
	if !hostCall {
		t.Error("no host-side plugin call span between the operation and the plugin's span")
	}

	var list *tracepb.Span
	for _, c := range spans {
		if c.span.GetName() == "query ListTrace" {
			list = c.span
		}
	}
	sqlUnderList := 0
	for _, c := range spans {
		if list != nil && attr(c.span, "db.system.name") == "sqlite" && descends(spans, c.span, list) &&
			strings.HasPrefix(attr(c.span, "db.query.text"), "SELECT") {
			sqlUnderList++
		}
	}
	if sqlUnderList == 0 {
		t.Errorf("no SQL span with its statement under the list query's span (list span found: %v)", list != nil)
	}

	// The request's log line names the trace of its span.
	traces := map[string]bool{}
	for _, c := range spans {
		traces[hex.EncodeToString(c.span.GetTraceId())] = true
	}
	if len(requestLines) == 0 {
		t.Error("no http request log line for /graphql")
	}
	for _, rec := range requestLines {
		if id, _ := rec[requestid.TraceKey].(string); !traces[id] {
			t.Errorf("http request line with trace_id %q, not an exported trace: %v", id, rec)
		}
	}

	// No personal value anywhere in what was exported.
	for _, c := range spans {
		values := []string{c.span.GetName(), c.span.GetStatus().GetMessage()}
		for _, kv := range append(append([]*commonpb.KeyValue(nil), c.span.GetAttributes()...), c.res...) {
			values = append(values, anyValue(kv.GetValue()))
		}
		for _, e := range c.span.GetEvents() {
			values = append(values, e.GetName())
			for _, kv := range e.GetAttributes() {
				values = append(values, anyValue(kv.GetValue()))
			}
		}
		for _, v := range values {
			for _, personal := range []string{tracedWorkerName, tracedBirthDate, tracedWorkerPhone, token} {
				if strings.Contains(v, personal) {
					t.Errorf("span %q (service %s) holds a submitted value: %q", c.span.GetName(), c.service, v)
				}
			}
		}
	}
}

// TestNoTracesWithoutEndpoint: with OpenTelemetry variables set but no OTLP endpoint, the
// server starts no tracing (which would give every request a trace id, exporter reachable or
// not): no request's log line carries a trace id.
func TestNoTracesWithoutEndpoint(t *testing.T) {
	db := filepath.Join(t.TempDir(), "untraced.db")
	token := adminToken(t, db)
	cmd, api, lines := servedAPI(t, db, []string{"OTEL_EXPORTER_OTLP_PROTOCOL=grpc", "OTEL_SERVICE_NAME=untraced"})
	graphQL(t, api, token, compareTraced, nil)
	_ = syscall.Kill(cmd.Process.Pid, syscall.SIGTERM)
	seen := 0
	for rec := range lines {
		if rec["msg"] == "exporting traces over OTLP" {
			t.Errorf("tracing started without an endpoint: %v", rec)
		}
		if _, ok := rec[requestid.TraceKey]; ok {
			t.Errorf("a log line with a trace id while tracing is off: %v", rec)
		}
		if rec["msg"] == "http request" {
			seen++
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("serve: %v", err)
	}
	if seen == 0 {
		t.Error("no http request log line: the check above saw nothing")
	}
}
