package requestid

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
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
