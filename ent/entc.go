//go:build ignore

// entc.go runs ent code generation with the entgql extension. It is invoked
// by ent/generate.go (go generate ./ent) from the ent/ directory, so paths
// are relative to ent/.
package main

import (
	"log"
	"strings"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithConfigPath("../gqlgen.yml"),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("../graph/ent.graphql"),
		entgql.WithWhereInputs(true),
		entgql.WithSchemaHook(describeTypes),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	err = entc.Generate("./schema", &gen.Config{
		Features: []gen.Feature{
			// Type-ranged ids (each table owns a 2^32 block), so node(id)
			// works with plain integer ids on SQLite and PostgreSQL alike.
			gen.FeatureGlobalID,
			// ON CONFLICT upserts, for syncing plugin policy data.
			gen.FeatureUpsert,
			// Privacy policies (who may write what, ent/schema Policy methods) and
			// EntQL (generic filters the policies use).
			gen.FeaturePrivacy,
			gen.FeatureEntQL,
		},
	}, entc.Extensions(ex))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}

// describeTypes copies the bilingual comments of the ent schema into the
// GraphQL schema: each type's schema.Comment becomes its description, and
// an enum takes the comment of the field it was generated from (entgql
// leaves both empty or generic).
func describeTypes(g *gen.Graph, s *ast.Schema) error {
	for _, n := range g.Nodes {
		if c, ok := n.Annotations["Comment"].(map[string]any); ok {
			if text, _ := c["Text"].(string); text != "" {
				if def := s.Types[n.Name]; def != nil {
					def.Description = text
				}
			}
		}
		for _, f := range n.Fields {
			if !f.IsEnum() || f.Comment() == "" {
				continue
			}
			name := n.Name + strings.ReplaceAll(f.StructField(), "_", "")
			if a, ok := f.Annotations["EntGQL"].(map[string]any); ok {
				if t, _ := a["Type"].(string); t != "" {
					name = t
				}
			}
			if def := s.Types[name]; def != nil && def.Kind == ast.Enum {
				def.Description = f.Comment()
			}
		}
	}
	return nil
}
