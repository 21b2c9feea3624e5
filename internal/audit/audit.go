// Package audit writes the audit log: who changed what, when, through which request, and the
// outcome. Successful changes are recorded by an ent hook in the same transaction as the
// change, so a rolled-back mutation leaves no "ok" entry; refused and failed mutation
// operations are recorded once each after their transaction ended (graph/server).
package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/auditlog"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/links"
	"github.com/shegong/shegong/internal/requestid"
)

// Redacted replaces personal values and secrets in the recorded changes.
const Redacted = "[redacted]"

// Outcomes.
const (
	OK        = auditlog.OutcomeOk
	Error     = auditlog.OutcomeError
	Forbidden = auditlog.OutcomeForbidden
)

// personal lists, per type, the fields whose values are never written to the log.
var personal = map[string][]string{
	ent.TypeSocialWorker: {"name", "birth_date", "certificate_number", "phone", "local_hukou"},
	ent.TypeApiToken:     {"token_hash"},
}

// IsPersonal reports whether field of typ holds personal data or a secret.
func IsPersonal(typ, field string) bool { return slices.Contains(personal[typ], field) }

type actionKey struct{}

// WithAction names the operation (a GraphQL mutation, a command) whose writes follow.
func WithAction(ctx context.Context, action string) context.Context {
	return context.WithValue(ctx, actionKey{}, action)
}

func actionOf(ctx context.Context, m ent.Mutation) string {
	if a, ok := ctx.Value(actionKey{}).(string); ok && a != "" {
		return a
	}
	switch {
	case m.Op().Is(ent.OpCreate):
		return "create"
	case m.Op().Is(ent.OpDelete | ent.OpDeleteOne):
		return "delete"
	}
	return "update"
}

// Hook records every audited mutation (see auth.Audited) in the audit log, through the
// mutation's own client, i.e. in its transaction when it has one.
func Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if m.Type() == ent.TypeAuditLog || !auth.Audited(ctx) || touchOnly(m) {
				return next.Mutate(ctx, m)
			}
			if auth.FromContext(ctx) != nil {
				// A request's write must commit with its entry or not at all.
				if tm, ok := m.(interface{ Tx() (*ent.Tx, error) }); !ok {
					return nil, fmt.Errorf("audit: mutation %T has no transaction accessor", m)
				} else if _, err := tm.Tx(); err != nil {
					return nil, fmt.Errorf("audit: a request wrote %s outside a transaction: its audit entry could not commit with it", m.Type())
				}
			}
			changes := Changes(m)
			// What a clear or a re-pointed unique edge unlinks is not in the mutation: read it
			// before the write.
			unlinked, err := links.Of(ctx, m)
			if err != nil {
				return nil, fmt.Errorf("audit: %w", err)
			}
			for _, u := range unlinked {
				key := "replaced_" + u.Edge
				if u.Cleared {
					key = "cleared_" + u.Edge
				}
				changes[key] = u.IDs
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			e := Entry{Action: actionOf(ctx, m), EntityType: m.Type(), Changes: changes, Outcome: OK}
			if im, ok := m.(interface{ ID() (int, bool) }); ok {
				if id, ok := im.ID(); ok {
					e.EntityID = &id
				}
			}
			cm, ok := m.(interface{ Client() *ent.Client })
			if !ok {
				return nil, fmt.Errorf("audit: mutation %T has no client", m)
			}
			if err := Write(ctx, cm.Client(), e); err != nil {
				return nil, err
			}
			return v, nil
		})
	}
}

// touchOnly reports an API token mutation that only records its last use: not a change.
func touchOnly(m ent.Mutation) bool {
	if m.Type() != ent.TypeApiToken || !m.Op().Is(ent.OpUpdateOne|ent.OpUpdate) {
		return false
	}
	f := m.Fields()
	slices.Sort(f)
	return len(m.AddedEdges()) == 0 && slices.Equal(f, []string{"last_used_at", "updated_at"}) || slices.Equal(f, []string{"last_used_at"})
}

// Changes renders the fields and edges a mutation sets, personal values redacted.
func Changes(m ent.Mutation) map[string]any {
	out := map[string]any{}
	for _, f := range m.Fields() {
		if f == "created_at" || f == "updated_at" {
			continue
		}
		v, _ := m.Field(f)
		if IsPersonal(m.Type(), f) {
			v = Redacted
		}
		out[f] = v
	}
	for _, f := range m.ClearedFields() {
		if IsPersonal(m.Type(), f) {
			out[f] = Redacted
		} else {
			out[f] = nil
		}
	}
	for _, e := range m.AddedEdges() {
		out[e] = m.AddedIDs(e)
	}
	for _, e := range m.RemovedEdges() {
		out["removed_"+e] = m.RemovedIDs(e)
	}
	return out
}

// Entry is one audit log entry; the actor and the request id come from the context.
type Entry struct {
	Action     string
	EntityType string
	EntityID   *int
	Changes    map[string]any
	Outcome    auditlog.Outcome
	Message    string
	// Time is when it happened; zero: now (an entry written late keeps its own time).
	Time time.Time
}

// Write records e with client (a transaction's client to make it part of it).
func Write(ctx context.Context, client *ent.Client, e Entry) error {
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	c := client.AuditLog.Create().
		SetTime(e.Time.UTC()).
		SetAction(e.Action).
		SetEntityType(e.EntityType).
		SetNillableEntityID(e.EntityID).
		SetOutcome(e.Outcome).
		SetRequestID(requestid.From(ctx))
	if v := auth.FromContext(ctx); v != nil {
		c.SetActor(v.Label).SetActorRole(string(v.Role))
		if v.TokenID != 0 {
			c.SetActorTokenID(v.TokenID)
		}
	} else {
		c.SetActor("system").SetActorRole(string(auth.SystemRole))
	}
	if e.Changes != nil {
		b, err := json.Marshal(e.Changes)
		if err != nil {
			return fmt.Errorf("audit: encode changes: %w", err)
		}
		c.SetChanges(string(b))
	}
	if e.Message != "" {
		c.SetMessage(e.Message)
	}
	if err := c.Exec(auth.Bulk(ctx)); err != nil {
		return fmt.Errorf("audit: write entry: %w", err)
	}
	return nil
}

// InTx runs fn with the client of one transaction, so that its writes and their audit
// entries commit together or not at all.
func InTx(ctx context.Context, c *ent.Client, fn func(*ent.Client) error) error {
	tx, err := c.Tx(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx.Client()); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// Results of an audit write (CountWrites).
const (
	Written    = "written"     // the entry is stored (its transaction, if any, committed)
	Failed     = "failed"      // its insert or its transaction's commit failed
	RolledBack = "rolled_back" // its transaction rolled back with the change it recorded
)

// CountWrites tells observe of every audit entry written through client (and its
// transactions) once its fate is known: its outcome and one of Written, Failed or RolledBack.
// An entry written in a transaction counts when the transaction ends, so a rolled-back
// mutation's "ok" entry is not counted as written.
func CountWrites(client *ent.Client, observe func(outcome, result string)) {
	client.AuditLog.Use(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			am, ok := m.(*ent.AuditLogMutation)
			if !ok || !m.Op().Is(ent.OpCreate) {
				return next.Mutate(ctx, m)
			}
			o, _ := am.Outcome()
			outcome := string(o)
			v, err := next.Mutate(ctx, m)
			if err != nil {
				observe(outcome, Failed)
				return v, err
			}
			tx, txErr := am.Tx()
			if txErr != nil { // not in a transaction: stored now
				observe(outcome, Written)
				return v, nil
			}
			tx.OnCommit(func(next ent.Committer) ent.Committer {
				return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
					err := next.Commit(ctx, tx)
					if err != nil {
						observe(outcome, Failed)
					} else {
						observe(outcome, Written)
					}
					return err
				})
			})
			tx.OnRollback(func(next ent.Rollbacker) ent.Rollbacker {
				return ent.RollbackFunc(func(ctx context.Context, tx *ent.Tx) error {
					observe(outcome, RolledBack)
					return next.Rollback(ctx, tx)
				})
			})
			return v, nil
		})
	})
}
