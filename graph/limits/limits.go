// Package limits protects the server from expensive queries: page sizes on
// connections, query depth, and a complexity model in which a connection
// costs its page size times its selection.
package limits

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/shegong/shegong/graph/gqlerr"
)

// CheckPage checks the page size of a *Connection field: first or last is required on root
// (Query) connections, and neither may exceed max. Nested connections may omit both; they are
// still bounded by the complexity limit. Other fields (and a nil fc) pass. It is a check, not
// a field middleware of its own, so that graph/server runs it inside the one middleware that
// every field passes: gqlgen allocates a closure per middleware per resolved field.
func CheckPage(fc *graphql.FieldContext, max int) error {
	if fc == nil || fc.Field.Definition == nil || !strings.HasSuffix(fc.Field.Definition.Type.Name(), "Connection") {
		return nil
	}
	first, hasFirst := intArg(fc.Args, "first")
	last, hasLast := intArg(fc.Args, "last")
	if fc.Object == "Query" && !hasFirst && !hasLast {
		return gqlerr.BadInput("first", fmt.Sprintf("%s needs first or last (at most %d)", fc.Field.Name, max))
	}
	for _, a := range []struct {
		name string
		n    int
		ok   bool
	}{{"first", first, hasFirst}, {"last", last, hasLast}} {
		if a.ok && (a.n < 0 || a.n > max) {
			return gqlerr.BadInput(a.name, fmt.Sprintf("must be between 0 and %d, got %d", max, a.n))
		}
	}
	return nil
}

func intArg(args map[string]any, name string) (int, bool) {
	if p, ok := args[name].(*int); ok && p != nil {
		return *p, true
	}
	return 0, false
}

// ConnectionComplexity fills every complexity function in root (a gqlgen
// ComplexityRoot) whose arguments include first/last pagination, so that a
// connection costs page size × selection. The root is walked by reflection
// so connections added by later schema files are covered without code.
// assumed is the page size charged when neither first nor last is given.
func ConnectionComplexity(root any, assumed int) {
	rv := reflect.ValueOf(root).Elem()
	intPtr := reflect.TypeOf((*int)(nil))
	for i := 0; i < rv.NumField(); i++ {
		obj := rv.Field(i)
		if obj.Kind() != reflect.Struct {
			continue
		}
		for j := 0; j < obj.NumField(); j++ {
			f := obj.Field(j)
			ft := f.Type()
			// Connection fields are func(child int, after, first *int, before, last *int, ...) int.
			if ft.Kind() != reflect.Func || ft.NumIn() < 5 || ft.In(2) != intPtr || ft.In(4) != intPtr {
				continue
			}
			f.Set(reflect.MakeFunc(ft, func(in []reflect.Value) []reflect.Value {
				child := int(in[0].Int())
				n := assumed
				if p := in[2].Interface().(*int); p != nil {
					n = *p
				} else if p := in[4].Interface().(*int); p != nil {
					n = *p
				}
				return []reflect.Value{reflect.ValueOf(1 + max(n, 1)*child)}
			}))
		}
	}
}

// Depth rejects operations nested deeper than Max fields. Introspection
// (__schema, __type) is not counted: GraphiQL's own introspection query is
// deep by nature and cheap.
type Depth struct{ Max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = Depth{}

// ExtensionName implements graphql.HandlerExtension.
func (Depth) ExtensionName() string { return "DepthLimit" }

// Validate implements graphql.HandlerExtension.
func (d Depth) Validate(graphql.ExecutableSchema) error {
	if d.Max < 1 {
		return fmt.Errorf("depth limit must be positive, got %d", d.Max)
	}
	return nil
}

// MutateOperationContext implements graphql.OperationContextMutator.
func (d Depth) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if depth := selectionDepth(oc.Operation.SelectionSet, 0); depth > d.Max {
		return gqlerr.New(gqlerr.LimitExceeded,
			fmt.Sprintf("query depth %d exceeds the limit of %d", depth, d.Max),
			map[string]any{"limit": d.Max, "depth": depth})
	}
	return nil
}

func selectionDepth(set ast.SelectionSet, seen int) int {
	if seen > 1000 { // fragment cycles are rejected by validation; stay safe anyway
		return seen
	}
	deepest := 0
	for _, s := range set {
		var d int
		switch v := s.(type) {
		case *ast.Field:
			if strings.HasPrefix(v.Name, "__") {
				continue
			}
			d = 1 + selectionDepth(v.SelectionSet, seen+1)
		case *ast.InlineFragment:
			d = selectionDepth(v.SelectionSet, seen+1)
		case *ast.FragmentSpread:
			if v.Definition != nil {
				d = selectionDepth(v.Definition.SelectionSet, seen+1)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}
