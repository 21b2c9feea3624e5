package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/shegong/shegong/internal/auth/rule"

	"github.com/shegong/shegong/internal/validation"
)

// PolicyCoverage is a region's answer for one shared concept (概念覆盖):
// DEFINED (a cited parameter exists), NOT_REGULATED (its documents are
// silent) or NOT_MODELLED (regulated but not encoded, with the reason).
// It is what lets the policy matrix tell "silent" from "not encoded yet".
type PolicyCoverage struct{ ent.Schema }

// Mixin of the PolicyCoverage.
func (PolicyCoverage) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the PolicyCoverage.
func (PolicyCoverage) Fields() []ent.Field {
	return []ent.Field{
		field.String("concept").Validate(validation.Runes(1, 100)).
			Comment("共享概念键 / shared concept key, e.g. budget.labor_share_min").
			Annotations(entgql.OrderField("CONCEPT")),
		field.Enum("status").Values("DEFINED", "NOT_REGULATED", "NOT_MODELLED").
			Comment("覆盖状态 / DEFINED 已规定(有取值与出处), NOT_REGULATED 文件未规定, NOT_MODELLED 已规定但尚未编码").
			Annotations(entgql.Type("CoverageStatus"), entgql.OrderField("STATUS")),
		field.Text("reason").Optional().
			Comment("说明 / why the region is silent or the rule is not encoded"),
		field.JSON("rule_ids", []string{}).Default([]string{}).
			Comment("规则编号 / ids of the rules that define or mention the concept"),
	}
}

// Edges of the PolicyCoverage.
func (PolicyCoverage) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("policy_coverages").Unique().Required().Comment("地区 / region"),
	}
}

// Indexes of the PolicyCoverage.
func (PolicyCoverage) Indexes() []ent.Index {
	return []ent.Index{index.Fields("concept").Edges("region").Unique()}
}

// Annotations of the PolicyCoverage.
func (PolicyCoverage) Annotations() []schema.Annotation {
	return readOnlyGQL("概念覆盖 / What a region says about one shared concept: defined, not regulated, or not modelled.")
}

// PolicySource records which plugin the policy tables of a region were
// last synced from (数据来源). The sync skips a region whose plugin version
// and ruleset hash are unchanged, and researchers can see which ruleset the
// browsed data and the matrix come from.
type PolicySource struct{ ent.Schema }

// Fields of the PolicySource.
func (PolicySource) Fields() []ent.Field {
	return []ent.Field{
		field.String("plugin_version").Validate(validation.Runes(1, 50)).
			Comment("插件版本 / version of the region plugin the rows come from"),
		field.String("ruleset_hash").Validate(validation.Runes(1, 100)).
			Comment("规则集哈希 / SHA-256 of the region's ruleset data"),
		field.Int("sync_format").Default(0).
			Comment("同步格式 / version of the sync's own row layout; a newer server re-syncs older rows"),
		field.Bool("builtin").Default(true).
			Comment("内置插件 / whether the plugin is built into the server binary"),
		field.Time("synced_at").
			Comment("同步时间 / when the rows were written").
			Annotations(entgql.OrderField("SYNCED_AT")),
	}
}

// Edges of the PolicySource.
func (PolicySource) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("policy_source").Unique().Required().Comment("地区 / region"),
	}
}

// Annotations of the PolicySource.
func (PolicySource) Annotations() []schema.Annotation {
	return readOnlyGQL("政策数据来源 / The plugin version and ruleset a region's policy tables were last synced from.")
}

// Policy of the PolicyCoverage: see internal/auth/rule.AdminOnlyWrites.
func (PolicyCoverage) Policy() ent.Policy { return rule.AdminOnlyWrites() }

// Policy of the PolicySource: see internal/auth/rule.AdminOnlyWrites.
func (PolicySource) Policy() ent.Policy { return rule.AdminOnlyWrites() }
