package tracing

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"entgo.io/ent/dialect"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

// Span attributes of a SQL query (OpenTelemetry database conventions).
const (
	attrDBSystem    = "db.system.name"
	attrDBQueryText = "db.query.text"
	attrDBOperation = "db.operation.name"
)

// Driver wraps an ent driver so that every query and statement run within a traced request
// becomes a span, child of the request's. The span carries the statement text only when it
// holds no literal string: ent sends values as placeholder arguments ($1, ?), which are never
// recorded, so a value can reach the text only as a literal, and a statement with a quote is
// recorded by its first keyword alone. A query outside any recording span (startup, background
// work) records nothing.
func Driver(drv dialect.Driver) dialect.Driver {
	return &tracedDriver{Driver: drv, system: dbSystem(drv.Dialect())}
}

// dbSystem names an ent dialect as the conventions' db.system.name does.
func dbSystem(d string) string {
	switch d {
	case dialect.Postgres:
		return "postgresql"
	case dialect.SQLite:
		return "sqlite"
	}
	return d
}

type tracedDriver struct {
	dialect.Driver
	system string
}

func (d *tracedDriver) Exec(ctx context.Context, query string, args, v any) error {
	return traceQuery(ctx, d.system, query, func(ctx context.Context) error { return d.Driver.Exec(ctx, query, args, v) })
}

func (d *tracedDriver) Query(ctx context.Context, query string, args, v any) error {
	return traceQuery(ctx, d.system, query, func(ctx context.Context) error { return d.Driver.Query(ctx, query, args, v) })
}

func (d *tracedDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &tracedTx{Tx: tx, system: d.system}, nil
}

// BeginTx is what ent's Client.BeginTx needs of a driver.
func (d *tracedDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	drv, ok := d.Driver.(interface {
		BeginTx(context.Context, *sql.TxOptions) (dialect.Tx, error)
	})
	if !ok {
		return nil, errors.New("driver.BeginTx is not supported")
	}
	tx, err := drv.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &tracedTx{Tx: tx, system: d.system}, nil
}

type tracedTx struct {
	dialect.Tx
	system string
}

func (t *tracedTx) Exec(ctx context.Context, query string, args, v any) error {
	return traceQuery(ctx, t.system, query, func(ctx context.Context) error { return t.Tx.Exec(ctx, query, args, v) })
}

func (t *tracedTx) Query(ctx context.Context, query string, args, v any) error {
	return traceQuery(ctx, t.system, query, func(ctx context.Context) error { return t.Tx.Query(ctx, query, args, v) })
}

func traceQuery(ctx context.Context, system, query string, run func(context.Context) error) error {
	if !trace.SpanFromContext(ctx).IsRecording() {
		return run(ctx)
	}
	op := operation(query)
	attrs := []attribute.KeyValue{attribute.String(attrDBSystem, system), attribute.String(attrDBOperation, op)}
	if !strings.ContainsAny(query, `'`) {
		attrs = append(attrs, attribute.String(attrDBQueryText, query))
	}
	ctx, span := Tracer().Start(ctx, op+" "+system, trace.WithSpanKind(trace.SpanKindClient), trace.WithAttributes(attrs...))
	defer span.End()
	err := run(ctx)
	if err != nil {
		// The driver's message may quote a value (a unique constraint names the key), so
		// the span says only that the statement failed.
		span.SetStatus(codes.Error, "statement failed")
	}
	return err
}

// operation is a statement's first keyword, upper-cased (SELECT, INSERT, ...).
func operation(query string) string {
	f := strings.Fields(query)
	if len(f) == 0 {
		return "SQL"
	}
	w := strings.ToUpper(strings.TrimLeft(f[0], "("))
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return "SQL"
		}
	}
	return w
}
