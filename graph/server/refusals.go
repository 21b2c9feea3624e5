package server

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/graph"
	"github.com/shegong/shegong/graph/gqlerr"
	"github.com/shegong/shegong/internal/audit"
	"github.com/shegong/shegong/internal/requestid"
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
type auditRefusals struct {
	client *ent.Client
	logger *slog.Logger
	fields map[string]bool // the Mutation type's fields
}

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
	e := audit.Entry{Action: strings.Join(names, ","), Outcome: audit.Error}
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
	if err := audit.Write(context.WithoutCancel(ctx), a.client, e); err != nil {
		a.logger.ErrorContext(ctx, "audit entry of a refused mutation lost", "action", e.Action,
			"outcome", e.Outcome, "code", e.Message, "request_id", requestid.From(ctx), "error", err)
	}
	return resp
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
