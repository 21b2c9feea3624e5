package tracing

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	entsql "entgo.io/ent/dialect/sql"
	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace/noop"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/protobuf/proto"
	_ "modernc.org/sqlite"
)

// TestEnabled: traces are on only with an endpoint, and the standard switches turn them off.
func TestEnabled(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{}, false},
		{map[string]string{EnvProtocol: ProtocolGRPC, EnvServiceName: "x"}, false},
		{map[string]string{EnvEndpoint: "http://collector:4318"}, true},
		{map[string]string{EnvTracesEndpoint: "http://collector:4318/v1/traces"}, true},
		{map[string]string{EnvEndpoint: "http://collector:4318", EnvSDKDisabled: "true"}, false},
		{map[string]string{EnvEndpoint: "http://collector:4318", EnvTracesExporter: "none"}, false},
	} {
		if got := Enabled(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("Enabled(%v) = %v, want %v", c.env, got, c.want)
		}
	}
}

// TestStartWithoutEndpoint installs nothing: the global provider stays the no-op one.
func TestStartWithoutEndpoint(t *testing.T) {
	t.Setenv(EnvEndpoint, "")
	t.Setenv(EnvTracesEndpoint, "")
	otel.SetTracerProvider(noop.NewTracerProvider()) // whatever another test installed
	before := otel.GetTracerProvider()
	shutdown, err := Start(context.Background(), DefaultServiceName)
	if err != nil {
		t.Fatal(err)
	}
	if On() || otel.GetTracerProvider() != before {
		t.Error("Start without an endpoint installed a tracer provider")
	}
	if _, span := Tracer().Start(context.Background(), "x"); span.IsRecording() || span.SpanContext().IsValid() {
		t.Error("a span records without an endpoint")
	}
	if err := shutdown(context.Background()); err != nil {
		t.Error(err)
	}
}

// TestStartRefusesUnknownProtocol names the variable.
func TestStartRefusesUnknownProtocol(t *testing.T) {
	t.Setenv(EnvEndpoint, "http://127.0.0.1:1")
	t.Setenv(EnvProtocol, "http/json")
	if _, err := Start(context.Background(), DefaultServiceName); err == nil || !strings.Contains(err.Error(), EnvProtocol) {
		t.Errorf("protocol http/json: %v, want an error naming %s", err, EnvProtocol)
	}
}

// TestDriverSpans: a statement run under a recording span becomes a child span with its text;
// a statement holding a literal string is recorded by its keyword alone; outside a span,
// nothing is recorded.
func TestDriverSpans(t *testing.T) {
	rec := tracetest.NewSpanRecorder()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
	otel.SetTracerProvider(tp)
	t.Cleanup(func() { _ = tp.Shutdown(context.Background()) })
	raw, err := entsql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "tracing.db"))
	if err != nil {
		t.Fatal(err)
	}
	drv := Driver(raw)
	defer drv.Close()
	ctx := context.Background()
	if err := drv.Exec(ctx, "CREATE TABLE people (name TEXT)", []any{}, nil); err != nil {
		t.Fatal(err)
	}
	if n := len(rec.Ended()); n != 0 {
		t.Fatalf("%d spans for a statement outside any span", n)
	}
	ctx, parent := Tracer().Start(ctx, "request")
	if err := drv.Exec(ctx, "INSERT INTO people (name) VALUES (?)", []any{"张三"}, nil); err != nil {
		t.Fatal(err)
	}
	if err := drv.Exec(ctx, "INSERT INTO people (name) VALUES ('李四')", []any{}, nil); err != nil {
		t.Fatal(err)
	}
	tx, err := drv.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var rows entsql.Rows
	if err := tx.Query(ctx, "SELECT name FROM people WHERE name = ?", []any{"张三"}, &rows); err != nil {
		t.Fatal(err)
	}
	_ = rows.Close()
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	parent.End()
	var got []string
	for _, s := range rec.Ended() {
		if s.Name() == "request" {
			continue
		}
		if s.Parent().SpanID() != parent.SpanContext().SpanID() {
			t.Errorf("span %q is not a child of the request span", s.Name())
		}
		text := ""
		for _, kv := range s.Attributes() {
			if strings.Contains(kv.Value.Emit(), "张三") || strings.Contains(kv.Value.Emit(), "李四") {
				t.Errorf("span %q holds a value: %s=%s", s.Name(), kv.Key, kv.Value.Emit())
			}
			if kv.Key == attrDBQueryText {
				text = kv.Value.AsString()
			}
		}
		got = append(got, s.Name()+": "+text)
	}
	want := []string{
		"INSERT sqlite: INSERT INTO people (name) VALUES (?)",
		"INSERT sqlite: ",
		"SELECT sqlite: SELECT name FROM people WHERE name = ?",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("spans:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestStartHTTPExportsAndFlushes: with an endpoint (http/protobuf, the default protocol) the
// spans of this process reach the collector under the service name given, by the time the
// shutdown returns; the environment's resource attributes are kept.
func TestStartHTTPExportsAndFlushes(t *testing.T) {
	var mu sync.Mutex
	var got []*tracepb.ResourceSpans
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var req coltracepb.ExportTraceServiceRequest
		if r.URL.Path != "/v1/traces" || proto.Unmarshal(body, &req) != nil {
			http.Error(w, "not an OTLP trace export", http.StatusBadRequest)
			return
		}
		mu.Lock()
		got = append(got, req.GetResourceSpans()...)
		mu.Unlock()
		w.Header().Set("Content-Type", "application/x-protobuf")
		_, _ = w.Write(nil)
	}))
	defer srv.Close()
	t.Setenv(EnvEndpoint, srv.URL)
	t.Setenv(EnvProtocol, "")
	t.Setenv(EnvTracesProtocol, "")
	t.Setenv("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment.name=test")
	t.Setenv("OTEL_BSP_SCHEDULE_DELAY", "60000") // only the shutdown can have sent it
	shutdown, err := Start(context.Background(), "shegong-test")
	if err != nil {
		t.Fatal(err)
	}
	if !On() {
		t.Fatal("Start with an endpoint did not turn tracing on")
	}
	_, span := Tracer().Start(context.Background(), "flushed")
	span.End()
	if err := shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if On() {
		t.Error("still on after shutdown")
	}
	mu.Lock()
	defer mu.Unlock()
	var service, env, name string
	for _, rs := range got {
		for _, kv := range rs.GetResource().GetAttributes() {
			switch kv.GetKey() {
			case "service.name":
				service = kv.GetValue().GetStringValue()
			case "deployment.environment.name":
				env = kv.GetValue().GetStringValue()
			}
		}
		for _, ss := range rs.GetScopeSpans() {
			for _, s := range ss.GetSpans() {
				name = s.GetName()
			}
		}
	}
	if service != "shegong-test" || env != "test" || name != "flushed" {
		t.Errorf("collected service %q, environment %q, span %q; want shegong-test, test, flushed", service, env, name)
	}
}

// BenchmarkSpanOff is what a span costs with tracing off (OpenTelemetry's global no-op
// tracer): the price every GraphQL operation pays when no endpoint is set.
func BenchmarkSpanOff(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		_, span := Tracer().Start(ctx, "operation")
		span.End()
	}
}
