// Package replicas makes several servers on one PostgreSQL database behave as one service for
// their region plugins: a plugin reloaded on one replica is reloaded on every replica
// (PostgreSQL LISTEN/NOTIFY), and each replica records which plugin version it serves per
// region (the table shegong_replica_plugins), so that the `plugins` query can say which
// replicas serve which version. On SQLite, which one server process uses, a Coordinator only
// re-syncs a reloaded region's policy tables and reports this server alone.
package replicas

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	"github.com/lib/pq"

	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/plugins/host"
)

// Channel is the PostgreSQL NOTIFY channel of plugin reloads.
const Channel = "shegong_plugin_reload"

// Table records, per replica and region, the plugin that replica serves. It is not in the ent
// schema: like shegong_schema_revisions it describes the running processes, not the model, and
// no GraphQL type or privacy rule applies to it; each replica creates it if it is missing.
const Table = "shegong_replica_plugins"

const createTable = `CREATE TABLE IF NOT EXISTS ` + Table + ` (
	replica_id   text NOT NULL,
	region       text NOT NULL,
	name         text NOT NULL,
	version      text NOT NULL,
	ruleset_hash text NOT NULL DEFAULT '',
	state        text NOT NULL,
	seen_at      timestamptz NOT NULL,
	PRIMARY KEY (replica_id, region)
)`

// Heartbeat is how often a replica rewrites its rows (which also catches a plugin that its
// supervisor restarted on another version); a replica not seen for StaleAfter is left out of
// Serving (it stopped without removing its rows, or lost the database).
const (
	Heartbeat  = 30 * time.Second
	StaleAfter = 3 * Heartbeat
)

// lockSpace keeps the advisory lock that creates Table apart from other named locks
// (storage.DB.Lock); "rp" in ASCII.
const lockSpace int32 = 0x7270

// DefaultID is a replica's id unless configured: host name and process id, e.g. "web-1:4242".
// In Kubernetes set --replica-id to the pod name.
func DefaultID() string {
	name, err := os.Hostname()
	if err != nil || name == "" {
		name = "localhost"
	}
	return name + ":" + strconv.Itoa(os.Getpid())
}

// Serving is the plugin one replica serves for one region.
type Serving struct {
	Replica     string
	Region      string
	Name        string
	Version     string
	RulesetHash string
	State       string
	SeenAt      time.Time
}

// notice is the payload of a reload notification.
type notice struct {
	Region  string `json:"region"`
	Replica string `json:"replica"` // the replica that reloaded first; it skips its own notice
}

// Coordinator is one replica's part.
type Coordinator struct {
	db     *storage.DB
	h      *host.Host
	id     string
	logger *slog.Logger
	// sync re-syncs a region's policy tables after a reload (policysync.SyncRegion, which
	// takes the region's advisory lock: one replica writes, the others find it written).
	sync func(ctx context.Context, region string) error

	listener *pq.Listener
	cancel   context.CancelFunc
	done     sync.WaitGroup
}

// Start records what this replica serves and listens for reloads made on other replicas: each
// reloads the region here, re-syncs it with sync and records the new version. dsn is the
// PostgreSQL connection string (the listener holds a connection of its own). On SQLite Start
// returns a Coordinator that does neither.
func Start(ctx context.Context, db *storage.DB, dsn string, h *host.Host, id string, logger *slog.Logger,
	sync func(ctx context.Context, region string) error) (*Coordinator, error) {
	if id == "" {
		id = DefaultID()
	}
	c := &Coordinator{db: db, h: h, id: id, logger: logger, sync: sync}
	if db.Dialect != dialect.Postgres {
		return c, nil
	}
	unlock, err := db.Lock(ctx, lockSpace, Table, logger)
	if err != nil {
		return nil, fmt.Errorf("replicas: %w", err)
	}
	_, err = db.SQL.ExecContext(ctx, createTable)
	unlock()
	if err != nil {
		return nil, fmt.Errorf("replicas: create %s: %w", Table, err)
	}
	if err := c.record(ctx); err != nil {
		return nil, err
	}
	c.listener = pq.NewListener(dsn, 100*time.Millisecond, 10*time.Second, func(ev pq.ListenerEventType, err error) {
		switch ev {
		case pq.ListenerEventDisconnected:
			logger.Warn("replicas: lost the PostgreSQL connection that listens for plugin reloads; reconnecting", "error", err)
		case pq.ListenerEventReconnected:
			logger.Info("replicas: listening for plugin reloads again")
		case pq.ListenerEventConnectionAttemptFailed:
			logger.Debug("replicas: reconnect failed", "error", err)
		}
	})
	if err := c.listener.Listen(Channel); err != nil {
		_ = c.listener.Close()
		return nil, fmt.Errorf("replicas: listen on %s: %w", Channel, err)
	}
	lctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	c.cancel = cancel
	c.done.Add(2)
	go c.listen(lctx)
	go c.heartbeat(lctx)
	logger.InfoContext(ctx, "replica registered", "replica", id)
	return c, nil
}

// ID is this replica's id.
func (c *Coordinator) ID() string { return c.id }

// Reloaded runs after a reload made on this replica (reloadPlugin): the region's policy tables
// are re-synced, this replica's version recorded, and every other replica told to reload it.
func (c *Coordinator) Reloaded(ctx context.Context, region string) error {
	if err := c.sync(ctx, region); err != nil {
		return err
	}
	if c.listener == nil {
		return nil
	}
	if err := c.record(ctx); err != nil {
		return err
	}
	payload, err := json.Marshal(notice{Region: region, Replica: c.id})
	if err != nil {
		return err
	}
	if _, err := c.db.SQL.ExecContext(ctx, `SELECT pg_notify($1, $2)`, Channel, string(payload)); err != nil {
		return fmt.Errorf("tell the other replicas to reload %s: %w", region, err)
	}
	return nil
}

// listen reloads the regions that other replicas reloaded.
func (c *Coordinator) listen(ctx context.Context) {
	defer c.done.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case n := <-c.listener.Notify:
			if n == nil {
				// Reconnected: notifications sent meanwhile are lost; the heartbeat still
				// records what this replica serves.
				continue
			}
			var msg notice
			if err := json.Unmarshal([]byte(n.Extra), &msg); err != nil || msg.Region == "" {
				c.logger.Warn("replicas: ignoring a malformed reload notification", "error", err)
				continue
			}
			if msg.Replica == c.id {
				continue
			}
			c.reload(ctx, msg)
		}
	}
}

// reload reloads one region on this replica after a notice.
func (c *Coordinator) reload(ctx context.Context, msg notice) {
	rctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := c.h.Reload(rctx, msg.Region); err != nil {
		c.logger.Error("replicas: reload asked by another replica failed", "region", msg.Region, "from", msg.Replica, "error", err)
	} else {
		c.logger.Info("plugin reloaded: asked by another replica", "region", msg.Region, "from", msg.Replica)
		if err := c.sync(rctx, msg.Region); err != nil {
			c.logger.Error("replicas: policy tables not synced after a reload", "region", msg.Region, "error", err)
		}
	}
	if err := c.record(rctx); err != nil {
		c.logger.Error("replicas: cannot record the plugins served", "error", err)
	}
}

func (c *Coordinator) heartbeat(ctx context.Context) {
	defer c.done.Done()
	t := time.NewTicker(Heartbeat)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := c.record(ctx); err != nil && ctx.Err() == nil {
				c.logger.Warn("replicas: cannot record the plugins served", "error", err)
			}
		}
	}
}

// record writes this replica's rows: one per region it serves, in one transaction. Rows are
// upserted rather than deleted and inserted again, so that two records of one replica at once
// (a reload and the heartbeat) leave whole rows of the last to commit; the next heartbeat
// corrects a snapshot taken before a reload.
func (c *Coordinator) record(ctx context.Context) error {
	tx, err := c.db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record plugins served: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	now := time.Now().UTC()
	var regions []string
	for _, st := range c.h.Status() {
		if st.Region == "" {
			continue // a refused binary serves nothing
		}
		regions = append(regions, st.Region)
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+Table+` (replica_id, region, name, version, ruleset_hash, state, seen_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (replica_id, region) DO UPDATE SET name = excluded.name, version = excluded.version,
				ruleset_hash = excluded.ruleset_hash, state = excluded.state, seen_at = excluded.seen_at`,
			c.id, st.Region, st.Name, st.Version, st.RulesetHash, string(st.State), now); err != nil {
			return fmt.Errorf("record plugins served: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM `+Table+` WHERE replica_id = $1 AND NOT (region = ANY($2))`,
		c.id, pq.Array(regions)); err != nil {
		return fmt.Errorf("record plugins served: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("record plugins served: %w", err)
	}
	return nil
}

// Serving lists the plugin every live replica serves per region, by region then replica. On
// SQLite it lists this server alone, from its plugin host.
func (c *Coordinator) Serving(ctx context.Context) ([]Serving, error) {
	if c.listener == nil {
		var out []Serving
		now := time.Now().UTC()
		for _, st := range c.h.Status() {
			if st.Region != "" {
				out = append(out, Serving{Replica: c.id, Region: st.Region, Name: st.Name, Version: st.Version,
					RulesetHash: st.RulesetHash, State: string(st.State), SeenAt: now})
			}
		}
		return out, nil
	}
	rows, err := c.db.SQL.QueryContext(ctx, `SELECT replica_id, region, name, version, ruleset_hash, state, seen_at
		FROM `+Table+` WHERE seen_at > $1 ORDER BY region, replica_id`, time.Now().Add(-StaleAfter))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", Table, err)
	}
	defer rows.Close()
	var out []Serving
	for rows.Next() {
		var s Serving
		if err := rows.Scan(&s.Replica, &s.Region, &s.Name, &s.Version, &s.RulesetHash, &s.State, &s.SeenAt); err != nil {
			return nil, fmt.Errorf("read %s: %w", Table, err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", Table, err)
	}
	return out, nil
}

// Close stops listening and removes this replica's rows, so that it no longer shows in
// Serving.
func (c *Coordinator) Close() error {
	if c == nil || c.listener == nil {
		return nil
	}
	c.cancel()
	err := c.listener.Close()
	c.done.Wait()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	// Best effort: rows left behind (the database is unreachable) drop out of Serving once
	// they are StaleAfter old.
	if _, derr := c.db.SQL.ExecContext(ctx, `DELETE FROM `+Table+` WHERE replica_id = $1`, c.id); derr != nil {
		c.logger.Warn("replicas: cannot remove this replica's rows; they expire by themselves", "table", Table, "error", derr)
	}
	return err
}
