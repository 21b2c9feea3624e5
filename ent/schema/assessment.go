package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/shegong/shegong/internal/auth/rule"

	"github.com/shegong/shegong/ent/schema/schematype"
)

// Assessment is a stored compliance evaluation (合规评估记录) of a project,
// station or organisation, stamped with the plugins that produced it.
type Assessment struct{ ent.Schema }

// Mixin of the Assessment.
func (Assessment) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the Assessment.
func (Assessment) Fields() []ent.Field {
	return []ent.Field{
		dateField("as_of", "评估基准日 / the date the rules were applied as of", orderBy("AS_OF")),
		field.Enum("status").Values("COMPLIANT", "NON_COMPLIANT", "INCOMPLETE", "NOT_IN_FORCE", "NOT_REGULATED").
			Comment("总体结论 / overall status: 合规, 不合规, 信息不全, 规则未生效, 无适用规则").
			Annotations(entgql.Type("ComplianceStatus"), entgql.OrderField("STATUS")),
		field.JSON("findings", []schematype.Finding{}).Default([]schematype.Finding{}).
			Comment("逐条结论 / one finding per rule applied").
			Annotations(entgql.Type("[Finding!]"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.JSON("plugin_refs", []schematype.PluginRef{}).Default([]schematype.PluginRef{}).
			Comment("插件版本 / region, plugin version and ruleset hash of every region that took part").
			Annotations(entgql.Type("[PluginRef!]"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of the Assessment.
func (Assessment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("assessments").Unique().Comment("被评估项目 / assessed project"),
		edge.From("station", Station.Type).Ref("assessments").Unique().Comment("被评估服务站 / assessed station"),
		edge.From("organization", Organization.Type).Ref("assessments").Unique().Comment("被评估机构 / assessed organisation"),
	}
}

// Annotations of the Assessment.
func (Assessment) Annotations() []schema.Annotation {
	return gqlAnnotations("合规评估记录 / A stored compliance assessment of a project, station or organisation.")
}

// Policy of the Assessment: see internal/auth/rule.RegionScoped.
func (Assessment) Policy() ent.Policy { return rule.RegionScoped() }
