package graph_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/shegong/shegong/plugins/sdk"
)

// bilingual reports whether a description has both Chinese (a CJK ideograph) and English (an
// ASCII letter): every part of the schema is documented for Chinese- and English-reading
// front-end teams alike.
func bilingual(s string) bool {
	var han, latin bool
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han = true
		case r < unicode.MaxASCII && unicode.IsLetter(r):
			latin = true
		}
	}
	return han && latin
}

// TestSchemaDescriptionsBilingual parses the published schema.graphql and fails on any type,
// field, argument, input field or enum value of the whole schema — generated connections,
// WhereInputs and order types included — whose description lacks Chinese or English.
// Built-in scalars and introspection types belong to GraphQL itself and are skipped.
func TestSchemaDescriptionsBilingual(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "schema.graphql"))
	if err != nil {
		t.Fatalf("read schema.graphql: %v", err)
	}
	schema, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: string(src)})
	if gerr != nil {
		t.Fatalf("parse schema.graphql: %v", gerr)
	}
	var missing []string
	check := func(where, desc string) {
		if !bilingual(desc) {
			missing = append(missing, where)
		}
	}
	for name, def := range schema.Types {
		if def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		check(name, def.Description)
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			check(name+"."+f.Name, f.Description)
			for _, a := range f.Arguments {
				check(name+"."+f.Name+"("+a.Name+")", a.Description)
			}
		}
		for _, v := range def.EnumValues {
			check(name+"."+v.Name, v.Description)
		}
	}
	for name, d := range schema.Directives {
		if d.Position == nil || d.Position.Src == nil || d.Position.Src.BuiltIn {
			continue
		}
		check("@"+name, d.Description)
		for _, a := range d.Arguments {
			check("@"+name+"("+a.Name+")", a.Description)
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("no Chinese + English description: %s", m)
	}
	if len(missing) > 0 {
		t.Logf("%d element(s) lack a bilingual description; describe them in graph/*.graphql, the ent schema comments, or ent/entc.go (describeTypes), then run make generate", len(missing))
	}
}

// TestBilingual keeps the checker honest: it must reject one-language and empty descriptions.
func TestBilingual(t *testing.T) {
	for s, want := range map[string]bool{
		"地区 / region": true, "region": false, "地区": false, "": false, "ID 编号": true,
	} {
		if got := bilingual(s); got != want {
			t.Errorf("bilingual(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestComplianceStatusEnumMatchesSDK: the GraphQL ComplianceStatus enum (generated from the
// Assessment status) has exactly the statuses sdk.Overall can return, so a stored assessment or
// an evaluation never carries a status the schema cannot express.
func TestComplianceStatusEnumMatchesSDK(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "schema.graphql"))
	if err != nil {
		t.Fatalf("read schema.graphql: %v", err)
	}
	schema, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: string(src)})
	if gerr != nil {
		t.Fatalf("parse schema.graphql: %v", gerr)
	}
	def := schema.Types["ComplianceStatus"]
	if def == nil {
		t.Fatal("no ComplianceStatus enum")
	}
	var got []string
	for _, v := range def.EnumValues {
		got = append(got, v.Name)
	}
	var want []string
	for _, s := range sdk.ComplianceStatuses {
		want = append(want, string(s))
	}
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("ComplianceStatus values %v, sdk.ComplianceStatuses %v", got, want)
	}
}
