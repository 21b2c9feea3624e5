package server

import (
	"context"
	"regexp"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/shegong/shegong/internal/metrics"
)

// Operation names in metrics: an operation is counted under its name only when that name is
// a root field of the schema (compared without case: "query Evaluate" counts as evaluate), so
// the label takes its values from a fixed set whatever clients call their operations.
const (
	anonymousOperation = "anonymous" // no operation name
	otherOperation     = "other"     // a name that is not a root field
	unknownType        = "unknown"   // the document did not parse to an operation
)

// errorCode is the shape of every extensions.code this server answers; anything else is
// counted as OTHER.
var errorCode = regexp.MustCompile(`^[A-Z][A-Z_]{0,39}$`)

// operationMetrics counts every GraphQL operation and its duration by name, type, outcome
// and first error code. Registered first among the response interceptors, so it is the
// outermost and sees the codes the client gets.
type operationMetrics struct {
	m     *metrics.Metrics
	names map[string]string // lower-cased root field name → root field name
}

func (*operationMetrics) ExtensionName() string { return "OperationMetrics" }

func (o *operationMetrics) Validate(s graphql.ExecutableSchema) error {
	o.names = rootFieldNames(s)
	return nil
}

// rootFieldNames maps the lower-cased name of every Query and Mutation field to its name.
func rootFieldNames(s graphql.ExecutableSchema) map[string]string {
	names := map[string]string{}
	for _, t := range []string{"Query", "Mutation"} {
		if def := s.Schema().Types[t]; def != nil {
			for _, f := range def.Fields {
				if !strings.HasPrefix(f.Name, "__") {
					names[strings.ToLower(f.Name)] = f.Name
				}
			}
		}
	}
	return names
}

// operationOf names the operation of ctx from a fixed set (see anonymousOperation) and gives
// its type and when the server began reading it.
func operationOf(ctx context.Context, names map[string]string) (name, typ string, start time.Time) {
	start = time.Now()
	name, typ = anonymousOperation, unknownType
	if !graphql.HasOperationContext(ctx) {
		return name, typ, start
	}
	oc := graphql.GetOperationContext(ctx)
	if t := oc.Stats.Read.Start; !t.IsZero() {
		start = t
	}
	opName := oc.OperationName
	if oc.Operation != nil {
		typ = string(oc.Operation.Operation)
		opName = oc.Operation.Name
	}
	if opName != "" {
		name = names[strings.ToLower(opName)]
		if name == "" {
			name = otherOperation
		}
	}
	return name, typ, start
}

func (o *operationMetrics) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	name, typ, start := operationOf(ctx, o.names)
	resp := next(ctx)
	outcome, code := "ok", ""
	if resp != nil && len(resp.Errors) > 0 {
		outcome, code = "error", firstCode(resp.Errors)
	}
	o.m.Operation(name, typ, outcome, code, time.Since(start))
	return resp
}

// firstCode is the first error's code, OTHER when it has none of the expected shape.
func firstCode(errs gqlerror.List) string {
	for _, e := range errs {
		if e == nil {
			continue
		}
		if c, _ := e.Extensions["code"].(string); errorCode.MatchString(c) {
			return c
		}
		return "OTHER"
	}
	return "OTHER"
}

// limit is a gqlgen extension that refuses operations before they run (complexity, depth,
// the evaluation budget).
type limit interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
}

// countRefusals wraps a limit so that each operation it refuses is counted under reason.
func countRefusals(m *metrics.Metrics, reason string, l limit) limit {
	return refusalCounter{l, m, reason}
}

type refusalCounter struct {
	limit
	m      *metrics.Metrics
	reason string
}

func (r refusalCounter) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	err := r.limit.MutateOperationContext(ctx, oc)
	if err != nil {
		r.m.Refused(r.reason)
	}
	return err
}
