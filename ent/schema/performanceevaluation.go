package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/shegong/shegong/internal/auth/rule"

	"github.com/shegong/shegong/internal/validation"
)

// PerformanceEvaluation is an evaluation of a project (项目评估): the
// professional evaluation (专业评估) or the performance evaluation (绩效评价).
type PerformanceEvaluation struct{ ent.Schema }

// Mixin of the PerformanceEvaluation.
func (PerformanceEvaluation) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the PerformanceEvaluation.
func (PerformanceEvaluation) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values("PROFESSIONAL", "PERFORMANCE", "MID_TERM", "FINAL", "SELF").
			Comment("评估类型 / kind: 专业评估, 绩效评价, 中期评估, 末期评估, 自评").
			Annotations(entgql.Type("EvaluationKind")),
		field.Enum("rating").Values("EXCELLENT", "GOOD", "QUALIFIED", "UNQUALIFIED").Optional().Nillable().
			Comment("评估等级 / rating: 优秀, 良好, 合格, 不合格").
			Annotations(entgql.Type("EvaluationRating")),
		field.Int("score").Optional().Nillable().Validate(validation.Range(0, 100)).Comment("评估得分 / score out of 100"),
		dateField("evaluated_on", "评估日期 / date of the evaluation", orderBy("EVALUATED_ON")),
		nameField("evaluator", "评估机构 / evaluating body, e.g. a third-party evaluator (第三方评估机构)"),
		field.String("note").Optional().Validate(validation.Runes(0, 500)).Comment("备注 / note"),
	}
}

// Edges of the PerformanceEvaluation.
func (PerformanceEvaluation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("evaluations").Unique().Required().Comment("所属项目 / project evaluated"),
	}
}

// Annotations of the PerformanceEvaluation.
func (PerformanceEvaluation) Annotations() []schema.Annotation {
	return gqlAnnotations("项目评估 / A professional or performance evaluation of a project.")
}

// Policy of the PerformanceEvaluation: see internal/auth/rule.RegionScoped.
func (PerformanceEvaluation) Policy() ent.Policy { return rule.RegionScoped() }
