package server

import (
	"slices"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
)

// TestRootFields: the span lists the root fields the schema resolved, through inline fragments
// and fragment spreads (a cycle followed once), and leaves out a name the validator did not
// resolve, which the client chose.
func TestRootFields(t *testing.T) {
	def := &ast.FieldDefinition{}
	frag := &ast.FragmentDefinition{Name: "F"}
	frag.SelectionSet = ast.SelectionSet{
		&ast.Field{Name: "regions", Definition: def},
		&ast.FragmentSpread{Name: "F", Definition: frag},
	}
	set := ast.SelectionSet{
		&ast.Field{Name: "compare", Alias: "a", Definition: def},
		&ast.Field{Name: "compare", Alias: "b", Definition: def},
		&ast.Field{Name: "zhangsan13800138000"},
		&ast.InlineFragment{SelectionSet: ast.SelectionSet{&ast.Field{Name: "evaluate", Definition: def}}},
		&ast.FragmentSpread{Name: "F", Definition: frag},
	}
	got := rootFields(set, nil, map[string]bool{})
	if want := []string{"compare", "evaluate", "regions"}; !slices.Equal(got, want) {
		t.Errorf("rootFields = %v, want %v", got, want)
	}
}
