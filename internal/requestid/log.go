package requestid

import (
	"context"
	"log/slog"

	"go.opentelemetry.io/otel/trace"
)

// LogKey is the attribute that carries the request id in log lines.
const LogKey = "request_id"

// TraceKey is the attribute that carries the OpenTelemetry trace id in log lines, so that a
// line leads to its trace.
const TraceKey = "trace_id"

// LogHandler wraps h so that every line logged with the context of a request (InfoContext
// and the like) carries its id as request_id, whoever logs it, and, while a trace is being
// recorded, the trace id as trace_id. A line that names request_id itself keeps its own.
func LogHandler(h slog.Handler) slog.Handler {
	if _, ok := h.(logHandler); ok {
		return h
	}
	return logHandler{h}
}

type logHandler struct{ next slog.Handler }

func (h logHandler) Enabled(ctx context.Context, l slog.Level) bool { return h.next.Enabled(ctx, l) }

func (h logHandler) Handle(ctx context.Context, r slog.Record) error {
	if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
		r = r.Clone()
		r.AddAttrs(slog.String(TraceKey, sc.TraceID().String()))
	}
	id := From(ctx)
	if id == "" {
		return h.next.Handle(ctx, r)
	}
	named := false
	r.Attrs(func(a slog.Attr) bool {
		named = a.Key == LogKey
		return !named
	})
	if !named {
		r = r.Clone()
		r.AddAttrs(slog.String(LogKey, id))
	}
	return h.next.Handle(ctx, r)
}

func (h logHandler) WithAttrs(as []slog.Attr) slog.Handler { return logHandler{h.next.WithAttrs(as)} }

func (h logHandler) WithGroup(name string) slog.Handler { return logHandler{h.next.WithGroup(name)} }
