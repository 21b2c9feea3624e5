package limits

import (
	"context"
	"fmt"
	"math"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/shegong/shegong/graph/gqlerr"
)

// Budget refuses, before any field runs, an operation whose root fields together ask for
// more units of work than the caller may spend in one request. It counts the fields that
// would execute — every alias, fragments and @skip/@include resolved, a response key asked
// twice counted once, as the executor merges it — from their coerced arguments, so a
// variable holding 10,000 scenarios costs the same as 10,000 literal ones.
type Budget struct {
	// Name is what a unit is, in messages and extensions.limitName ("evaluations"); NameZh
	// the same in Chinese (评估).
	Name, NameZh string
	// Limit is the caller's budget for one operation (its role is in ctx).
	Limit func(ctx context.Context) int
	// Cost maps a root field name (of Query or Mutation) to the units it asks for, given
	// its arguments; fields not listed are free.
	Cost map[string]func(args map[string]any) int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = Budget{}

// ExtensionName implements graphql.HandlerExtension.
func (b Budget) ExtensionName() string { return "Budget:" + b.Name }

// Validate implements graphql.HandlerExtension.
func (b Budget) Validate(graphql.ExecutableSchema) error {
	if b.Name == "" || b.Limit == nil {
		return fmt.Errorf("budget needs a name and a limit")
	}
	return nil
}

// MutateOperationContext implements graphql.OperationContextMutator.
func (b Budget) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	var root string
	switch oc.Operation.Operation {
	case ast.Query:
		root = "Query"
	case ast.Mutation:
		root = "Mutation"
	default:
		return nil
	}
	total := 0
	for _, f := range graphql.CollectFields(oc, oc.Operation.SelectionSet, []string{root}) {
		cost, ok := b.Cost[f.Name]
		if !ok {
			continue
		}
		total = addCapped(total, cost(f.ArgumentMap(oc.Variables)))
	}
	if limit := b.Limit(ctx); total > limit {
		return gqlerr.New(gqlerr.LimitExceeded,
			fmt.Sprintf("本次请求需 %d 次%s，超过上限 %d / the operation asks for %d %s, over this caller's limit of %d per request",
				total, b.NameZh, limit, total, b.Name, limit),
			map[string]any{"limitName": b.Name, "limit": limit, "requested": total})
	}
	return nil
}

// addCapped adds without overflowing: a cost is a count of work, and any count past the
// largest int is over every limit anyway.
func addCapped(a, b int) int {
	if b > math.MaxInt-a {
		return math.MaxInt
	}
	return a + b
}

// MulCapped multiplies two non-negative counts without overflowing.
func MulCapped(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a > math.MaxInt/b {
		return math.MaxInt
	}
	return a * b
}

// Count is the number of items of a list argument as ArgumentMap gives it: a list's length,
// 0 when omitted or null, 1 for a single value (GraphQL coerces it to a list of one).
func Count(v any) int {
	switch l := v.(type) {
	case nil:
		return 0
	case []any:
		return len(l)
	default:
		return 1
	}
}
