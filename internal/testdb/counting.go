package testdb

import (
	"context"
	"sync/atomic"

	"entgo.io/ent/dialect"
)

// CountingDriver wraps an ent driver and counts the statements sent to the
// database, to prove that a GraphQL query costs a constant number of SQL
// queries however many rows it returns (no N+1).
type CountingDriver struct {
	dialect.Driver
	n atomic.Int64
}

// NewCountingDriver wraps d.
func NewCountingDriver(d dialect.Driver) *CountingDriver { return &CountingDriver{Driver: d} }

// Count returns the statements executed so far.
func (c *CountingDriver) Count() int64 { return c.n.Load() }

// Reset sets the count to zero.
func (c *CountingDriver) Reset() { c.n.Store(0) }

// Exec implements dialect.ExecQuerier.
func (c *CountingDriver) Exec(ctx context.Context, query string, args, v any) error {
	c.n.Add(1)
	return c.Driver.Exec(ctx, query, args, v)
}

// Query implements dialect.ExecQuerier.
func (c *CountingDriver) Query(ctx context.Context, query string, args, v any) error {
	c.n.Add(1)
	return c.Driver.Query(ctx, query, args, v)
}

// Tx implements dialect.Driver; statements inside transactions count too.
func (c *CountingDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := c.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &countingTx{Tx: tx, n: &c.n}, nil
}

type countingTx struct {
	dialect.Tx
	n *atomic.Int64
}

func (t *countingTx) Exec(ctx context.Context, query string, args, v any) error {
	t.n.Add(1)
	return t.Tx.Exec(ctx, query, args, v)
}

func (t *countingTx) Query(ctx context.Context, query string, args, v any) error {
	t.n.Add(1)
	return t.Tx.Query(ctx, query, args, v)
}
