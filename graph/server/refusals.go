package server

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/graph"
	"github.com/shegong/shegong/graph/gqlerr"
	"github.com/shegong/shegong/internal/audit"
	"github.com/shegong/shegong/internal/dberr"
)

// unknownField stands in the audit log for a root field the schema does not have: a refused
// document's field names are the caller's text, and only the schema's own are recorded.
const unknownField = "(unknown field)"

// auditRefusals records every mutation operation that answers with an error — refused while
// its arguments or variables were read (a bad Date, Money or ID, an unknown enum value, a
// missing argument), by validation, access control or a limit, or failed while it ran — as
// one audit entry: the actor, the root field names as the action, the outcome (forbidden
// when any error is FORBIDDEN) and the error codes. Never a submitted value. The operation's
// transaction has ended by then (it is rolled back whenever there is an error), so the entry
// is written on its own.
//
// An entry that cannot be written because the database is unreachable waits in memory (up to
// maxBacklog, oldest dropped first, with its own time) and is written once a write succeeds
// again; entries still waiting when the process ends are lost, and logged when dropped.
type auditRefusals struct {
	client  *ent.Client
	logger  *slog.Logger
	fields  map[string]bool // the Mutation type's fields
	backlog backlog
}

// maxBacklog bounds the refusal entries kept while the database is unreachable.
const maxBacklog = 10000

func (*auditRefusals) ExtensionName() string { return "AuditRefusals" }

func (a *auditRefusals) Validate(s graphql.ExecutableSchema) error {
	a.fields = map[string]bool{}
	if m := s.Schema().Mutation; m != nil {
		for _, f := range m.Fields {
			a.fields[f.Name] = true
		}
	}
	return nil
}

func (a *auditRefusals) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp != nil && len(resp.Errors) == 0 {
		a.backlog.flush(a.client, a.logger) // the database answers: write what waits
	}
	if resp == nil || len(resp.Errors) == 0 || !graphql.HasOperationContext(ctx) {
		return resp
	}
	roots, ok := mutationFields(graphql.GetOperationContext(ctx))
	if !ok {
		return resp
	}
	var names []string
	for _, f := range roots {
		name := f.Name
		if !a.fields[name] {
			name = unknownField
		}
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	e := audit.Entry{Action: strings.Join(names, ","), Outcome: audit.Error, Time: time.Now()}
	var codes []string
	for _, err := range resp.Errors {
		code, _ := err.Extensions["code"].(string)
		if code == "" {
			code = gqlerr.Internal
		}
		if code == gqlerr.Forbidden {
			e.Outcome = audit.Forbidden
		}
		if !slices.Contains(codes, code) {
			codes = append(codes, code)
		}
	}
	e.Message = strings.Join(codes, ",")
	if len(names) == 1 {
		e.EntityType = graph.EntityOfMutation(names[0])
		e.EntityID = idArgument(graphql.GetOperationContext(ctx), roots[0])
	}
	ctx = context.WithoutCancel(ctx)
	switch err := audit.Write(ctx, a.client, e); {
	case err == nil:
		a.backlog.flush(a.client, a.logger)
	case dberr.Unavailable(err):
		a.logger.WarnContext(ctx, "audit entry of a refused mutation waits for the database", "action", e.Action,
			"outcome", e.Outcome, "code", e.Message, "error", err)
		a.backlog.add(ctx, e, a.logger)
	default:
		a.logger.ErrorContext(ctx, "audit entry of a refused mutation lost", "action", e.Action,
			"outcome", e.Outcome, "code", e.Message, "error", err)
	}
	return resp
}

// backlog holds refusal entries the database could not take; its zero value is empty.
type backlog struct {
	mu       sync.Mutex
	entries  []waiting
	flushing bool
}

// waiting is an entry with the context of its request (actor, request id).
type waiting struct {
	ctx context.Context
	e   audit.Entry
}

func (b *backlog) add(ctx context.Context, e audit.Entry, logger *slog.Logger) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.entries) >= maxBacklog {
		old := b.entries[0]
		logger.ErrorContext(old.ctx, "audit entry of a refused mutation lost: too many wait for the database",
			"action", old.e.Action, "outcome", old.e.Outcome, "code", old.e.Message, "waiting", maxBacklog)
		b.entries = b.entries[1:]
	}
	b.entries = append(b.entries, waiting{ctx, e})
}

// flush writes the waiting entries in the background, oldest first; it stops at the first
// that fails and keeps the rest for the next flush.
func (b *backlog) flush(client *ent.Client, logger *slog.Logger) {
	b.mu.Lock()
	if b.flushing || len(b.entries) == 0 {
		b.mu.Unlock()
		return
	}
	b.flushing = true
	todo := b.entries
	b.entries = nil
	b.mu.Unlock()
	go func() {
		for i, w := range todo {
			if err := audit.Write(w.ctx, client, w.e); err != nil {
				logger.WarnContext(w.ctx, "audit entries of refused mutations still wait for the database", "waiting", len(todo)-i, "error", err)
				b.mu.Lock()
				b.entries = append(todo[i:], b.entries...)
				if over := len(b.entries) - maxBacklog; over > 0 {
					logger.ErrorContext(w.ctx, "audit entries of refused mutations lost: too many wait for the database", "lost", over)
					b.entries = b.entries[over:]
				}
				b.mu.Unlock()
				break
			}
		}
		b.mu.Lock()
		b.flushing = false
		b.mu.Unlock()
	}()
}

// mutationFields returns the root fields of the operation when it is a mutation. A document
// refused by validation has no operation yet: it is parsed again (without validation) to
// tell a mutation; one that does not parse at all is no operation.
func mutationFields(oc *graphql.OperationContext) ([]*ast.Field, bool) {
	doc, op := oc.Doc, oc.Operation
	if op == nil {
		if oc.RawQuery == "" {
			return nil, false
		}
		var err error
		if doc, err = parser.ParseQuery(&ast.Source{Input: oc.RawQuery}); err != nil {
			return nil, false
		}
		op = doc.Operations.ForName(oc.OperationName)
		if op == nil && oc.OperationName == "" && len(doc.Operations) > 0 {
			op = doc.Operations[0]
		}
	}
	if op == nil || op.Operation != ast.Mutation {
		return nil, false
	}
	var out []*ast.Field
	seen := map[string]bool{}
	var walk func(ast.SelectionSet)
	walk = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				out = append(out, s)
			case *ast.InlineFragment:
				walk(s.SelectionSet)
			case *ast.FragmentSpread:
				if f := doc.Fragments.ForName(s.Name); f != nil && !seen[s.Name] {
					seen[s.Name] = true
					walk(f.SelectionSet)
				}
			}
		}
	}
	walk(op.SelectionSet)
	return out, len(out) > 0
}

// idArgument returns the field's id argument when it is a valid id.
func idArgument(oc *graphql.OperationContext, f *ast.Field) *int {
	arg := f.Arguments.ForName("id")
	if arg == nil || arg.Value == nil {
		return nil
	}
	v, err := arg.Value.Value(oc.Variables)
	if err != nil || v == nil {
		return nil
	}
	id, err := strconv.Atoi(fmt.Sprint(v))
	if err != nil {
		return nil
	}
	return &id
}
