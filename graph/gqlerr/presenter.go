package gqlerr

import (
	"context"
	"errors"
	"github.com/shegong/shegong/ent/privacy"
	"log/slog"
	"strings"

	"entgo.io/ent/dialect/sql/sqlgraph"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/internal/dberr"
	"github.com/shegong/shegong/internal/novalue"
	"github.com/shegong/shegong/internal/validation"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
)

// Presenter maps every error to a documented code. Errors it does not
// recognise become INTERNAL with a request id and are logged in full; their
// message (which may contain SQL) never reaches the client.
func Presenter(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		if code, ok := gerr.Extensions["code"].(string); ok && code != "" {
			if ours, ok := gqlgenCodes[code]; ok {
				gerr.Extensions["code"] = ours
				// gqlparser quotes the value it could not accept (a whole input object, for a
				// literal of the wrong type): name the type and the rule only.
				gerr.Message = novalue.Message(gerr.Message)
				// Variable coercion errors have the path ["variable", name, ...].
				if len(gerr.Path) > 1 && gerr.Path[0] == ast.PathName("variable") {
					gerr.Extensions["field"] = pathString(gerr.Path[1:])
				}
			}
			return gerr
		}
		if e := classify(ctx, err, gerr); e != nil {
			return e
		}
		if dberr.Unavailable(err) {
			logger.WarnContext(ctx, "database unavailable in GraphQL request", LogAttrs(ctx, gerr.Path, Unavailable, err)...)
			out := UnavailableError(ctx)
			out.Path = gerr.Path
			return out
		}
		logger.ErrorContext(ctx, "internal error in GraphQL request", LogAttrs(ctx, gerr.Path, Internal, err)...)
		out := InternalError(ctx)
		out.Path = gerr.Path
		return out
	}
}

// classify recognises client errors by their cause.
func classify(ctx context.Context, err error, gerr *gqlerror.Error) *gqlerror.Error {
	with := func(e *gqlerror.Error) *gqlerror.Error {
		e.Path = gerr.Path
		e.Locations = gerr.Locations
		return e
	}
	// A subject or argument a region (or the evaluate service) could not read: the
	// field is already a path from the argument ("subject.project.domain",
	// "regions[1]"); accepted terms help a client offer a choice.
	var ie *sdk.InputError
	if errors.As(err, &ie) {
		e := BadInput(ie.Field, novalue.Message(ie.Message))
		if len(ie.Accepted) > 0 {
			e.Extensions["accepted"] = ie.Accepted
		}
		return with(e)
	}
	if errors.Is(err, privacy.Deny) {
		// A privacy policy refused the write; its message names the rule, never a value.
		msg := strings.TrimSuffix(strings.TrimSuffix(err.Error(), privacy.Deny.Error()), ": ")
		if msg == "" {
			msg = "not allowed"
		}
		return with(New(Forbidden, msg, nil))
	}
	var re *host.RefusedError
	if errors.As(err, &re) && !errors.Is(err, host.ErrPluginUnavailable) {
		// The reason names the file and the check it failed, for the operator who reloads.
		return with(New(PluginRefused, re.Error(), map[string]any{"path": re.Path}))
	}
	var ue *host.UnavailableError
	if errors.As(err, &ue) {
		return with(New(PluginUnavailable, ue.Error(), map[string]any{"region": ue.Region}))
	}
	if errors.Is(err, host.ErrPluginUnavailable) {
		return with(New(PluginUnavailable, err.Error(), nil))
	}
	if fe, ok := validation.AsFieldError(err); ok {
		return with(BadInput("input."+camel(fe.Field), novalue.Message(fe.Message)))
	}
	var ve *ent.ValidationError
	if errors.As(err, &ve) {
		// ve wraps "ent: validator failed for field ...: <cause>"; the
		// client gets the cause, the field goes into extensions.field.
		msg := ve.Error()
		for u := ve.Unwrap(); u != nil; u = errors.Unwrap(u) {
			msg = u.Error()
		}
		return with(BadInput("input."+camel(ve.Name), novalue.Message(msg)))
	}
	switch {
	case ent.IsNotFound(err):
		return with(New(NotFound, "not found: "+notFoundLabel(err), nil))
	case sqlgraph.IsUniqueConstraintError(err):
		return with(New(Conflict, "a record with the same unique value already exists", nil))
	case sqlgraph.IsForeignKeyConstraintError(err):
		return with(New(BadUserInput, "a referenced object does not exist, or the object is still referenced", nil))
	}
	if field, at, ok := argumentPath(ctx, gerr); ok {
		// Argument coercion failed (bad scalar, enum or cursor): the message
		// is gqlgen's or ours and says what is wrong with the value, without it.
		e := with(BadInput(field, novalue.Message(cause(err))))
		e.Path = at
		return e
	}
	return nil
}

func notFoundLabel(err error) string {
	var nf *ent.NotFoundError
	if errors.As(err, &nf) {
		return nf.Error()
	}
	return "object"
}

// argumentPath reports whether gerr was raised while decoding the
// arguments of the current field: gqlgen then extends the field's response
// path with the argument path (["createBudgetLine", "input", "amount"]).
// It returns the argument path ("input.amount") and the response path.
func argumentPath(ctx context.Context, gerr *gqlerror.Error) (string, ast.Path, bool) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || fc.Field.Definition == nil {
		return "", nil, false
	}
	at := fc.Path()
	if len(gerr.Path) <= len(at) || gerr.Path[:len(at)].String() != at.String() {
		return "", nil, false
	}
	head, ok := gerr.Path[len(at)].(ast.PathName)
	if !ok || !hasArgument(fc.Field.Definition.Arguments, string(head)) {
		return "", nil, false
	}
	return pathString(gerr.Path[len(at):]), at, true
}

// cause returns the message of the innermost error, without the path
// prefixes gqlgen adds while wrapping.
func cause(err error) string {
	var ge *gqlerror.Error
	if errors.As(err, &ge) && ge.Err != nil {
		return ge.Err.Error()
	}
	if ge != nil {
		return ge.Message
	}
	return err.Error()
}

func hasArgument(args ast.ArgumentDefinitionList, name string) bool {
	return args.ForName(name) != nil
}

// LogAttrs are what the log says of a failed GraphQL request: its operation name, the
// response path and the code answered, and err's message without the values it quotes
// (novalue.Error); the request id comes with the context (requestid.LogHandler). Never the body, the variables or a value: they may be personal data.
func LogAttrs(ctx context.Context, path ast.Path, code string, err error) []any {
	op := ""
	if graphql.HasOperationContext(ctx) {
		op = graphql.GetOperationContext(ctx).OperationName
	}
	return []any{"operation", op, "path", path.String(), "code", code, "error", novalue.Error(err)}
}
