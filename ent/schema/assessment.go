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
			Annotations(entgql.Type("[Finding!]")),
		field.JSON("plugin_refs", []schematype.PluginRef{}).Default([]schematype.PluginRef{}).
			Comment("插件版本 / region, plugin version and ruleset hash of every region that took part").
			Annotations(entgql.Type("[PluginRef!]")),
		// Recorded by the assess mutations (graph/assess.go) from the workers they loaded, so
		// that graph/findings.go knows whose personal data the findings hold without
		// re-reading workers that may have moved or left since.
		field.JSON("personal_region_ids", []int{}).Optional().Immutable().
			Comment("个人信息所属地区（仅用于访问控制，不在 GraphQL 中公开）/ ids of the regions of the " +
				"workers whose personal data the findings were built from, each once: only whoever may " +
				"read the personal data of all of them reads the findings in full, so it is access " +
				"control, not part of the assessment, and not in GraphQL; [] when none (an " +
				"organisation), NULL for assessments stored before it was recorded").
			Annotations(entgql.Skip(entgql.SkipAll)),
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
	return readOnlyGQL("合规评估记录 / A stored compliance assessment of a project, station or organisation, " +
		"made only by assessProject, assessStation and assessOrganization.")
}

// Policy of the Assessment: see internal/auth/rule.RegionScoped.
func (Assessment) Policy() ent.Policy { return rule.RegionScoped() }
