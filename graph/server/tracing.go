package server

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"

	"github.com/shegong/shegong/internal/tracing"
)

// Attributes of the GraphQL spans. The document and the variables are never recorded: they
// carry what users submit (names, birth dates, ID numbers).
const (
	attrOperationType = "graphql.operation.type"
	attrOperationName = "graphql.operation.name"
	attrRootFields    = "shegong.graphql.root_fields"
	attrErrorCodes    = "shegong.graphql.error_codes"
	attrField         = "shegong.graphql.field"
)

// tracedRootFields are the resolvers that get a span of their own: the policy evaluations,
// whose time is spent in the plugin processes.
var tracedRootFields = map[string]bool{
	"evaluate": true, "compare": true, "compareBatch": true, "compareBatchSummary": true,
}

// operationTracing gives every GraphQL operation a span, named "<type> <operation name>",
// with the root fields it selects and the error codes it answered, and the policy resolvers
// a span each. Registered first among the response interceptors, so that the span covers the
// operation's transaction and everything inside it. With tracing off it does nothing.
type operationTracing struct{}

func (*operationTracing) ExtensionName() string { return "OperationTracing" }

func (*operationTracing) Validate(graphql.ExecutableSchema) error { return nil }

func (t *operationTracing) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !tracing.On() || !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	oc := graphql.GetOperationContext(ctx)
	typ, name := unknownType, oc.OperationName
	var fields []string
	if oc.Operation != nil {
		typ, name = string(oc.Operation.Operation), oc.Operation.Name
		fields = rootFields(oc.Operation.SelectionSet, fields, map[string]bool{})
	}
	spanName := typ
	if name != "" {
		spanName += " " + name
	}
	attrs := []attribute.KeyValue{attribute.String(attrOperationType, typ), attribute.StringSlice(attrRootFields, fields)}
	if name != "" {
		attrs = append(attrs, attribute.String(attrOperationName, name))
	}
	ctx, span := tracing.Tracer().Start(ctx, spanName, trace.WithAttributes(attrs...))
	defer span.End()
	resp := next(ctx)
	if resp != nil && len(resp.Errors) > 0 {
		var codesSeen []string
		for _, e := range resp.Errors {
			c := "OTHER"
			if e != nil {
				if s, _ := e.Extensions["code"].(string); errorCode.MatchString(s) {
					c = s
				}
			}
			if !slices.Contains(codesSeen, c) {
				codesSeen = append(codesSeen, c)
			}
		}
		span.SetAttributes(attribute.StringSlice(attrErrorCodes, codesSeen))
		span.SetStatus(codes.Error, codesSeen[0])
	}
	return resp
}

func (t *operationTracing) InterceptRootField(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	fc := graphql.GetRootFieldContext(ctx)
	if fc == nil || !tracedRootFields[fc.Field.Name] || !trace.SpanFromContext(ctx).IsRecording() {
		return next(ctx)
	}
	ctx, span := tracing.Tracer().Start(ctx, "resolve "+fc.Field.Name, trace.WithAttributes(attribute.String(attrField, fc.Field.Name)))
	defer span.End()
	return next(ctx)
}

// rootFields appends the names of the root fields selected by set, through fragments, that
// the schema defines: the operation may be one that failed validation (DispatchError), so a
// name the validator did not resolve, which the client chose, is left out, and a fragment
// is followed once.
func rootFields(set ast.SelectionSet, names []string, seen map[string]bool) []string {
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			if sel.Definition != nil && !slices.Contains(names, sel.Name) {
				names = append(names, sel.Name)
			}
		case *ast.InlineFragment:
			names = rootFields(sel.SelectionSet, names, seen)
		case *ast.FragmentSpread:
			if sel.Definition != nil && !seen[sel.Name] {
				seen[sel.Name] = true
				names = rootFields(sel.Definition.SelectionSet, names, seen)
			}
		}
	}
	return names
}
