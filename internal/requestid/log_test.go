package requestid

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"

	"go.opentelemetry.io/otel/trace"
)

// TestLogHandler: a line logged with a request's context carries its id once, even when the
// line names it itself; a line without one carries none.
func TestLogHandler(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(LogHandler(slog.NewJSONHandler(&buf, nil))).With("component", "test")
	ctx := With(context.Background(), "req-1")
	logger.InfoContext(ctx, "in a request")
	logger.InfoContext(ctx, "names it itself", LogKey, "req-1")
	logger.Info("outside a request")
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := []string{"req-1", "req-1", ""}
	if len(lines) != len(want) {
		t.Fatalf("%d lines: %s", len(lines), buf.String())
	}
	for i, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		got, _ := rec[LogKey].(string)
		if got != want[i] || strings.Count(line, `"`+LogKey+`"`) > 1 || rec["component"] != "test" {
			t.Errorf("line %d: %s, want request_id %q once", i, line, want[i])
		}
	}
}

// TestLogHandlerTraceID: a line logged within a recorded trace carries its trace id; one
// without a trace carries none.
func TestLogHandlerTraceID(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(LogHandler(slog.NewJSONHandler(&buf, nil)))
	tid, _ := trace.TraceIDFromHex("4bf92f3577b34da6a3ce929d0e0e4736")
	sid, _ := trace.SpanIDFromHex("00f067aa0ba902b7")
	ctx := trace.ContextWithSpanContext(With(context.Background(), "req-2"),
		trace.NewSpanContext(trace.SpanContextConfig{TraceID: tid, SpanID: sid, TraceFlags: trace.FlagsSampled}))
	logger.InfoContext(ctx, "traced")
	logger.InfoContext(With(context.Background(), "req-3"), "untraced")
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := []string{tid.String(), ""}
	for i, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if got, _ := rec[TraceKey].(string); got != want[i] {
			t.Errorf("line %d: %s, want trace_id %q", i, line, want[i])
		}
	}
}
