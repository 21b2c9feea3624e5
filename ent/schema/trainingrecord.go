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

// TrainingRecord is one training a worker attended (培训记录). The unit is
// kept as recorded: 学时 (class period, 45–50 min) is not 小时 (hour).
type TrainingRecord struct{ ent.Schema }

// Mixin of the TrainingRecord.
func (TrainingRecord) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the TrainingRecord.
func (TrainingRecord) Fields() []ent.Field {
	return []ent.Field{
		field.Int("hours").Validate(validation.Range(1, 2000)).Comment("时长 / amount of training, in unit").Annotations(entgql.OrderField("HOURS")),
		field.Enum("unit").Values("CLASS_HOUR", "HOUR").
			Comment("单位 / unit: 学时 CLASS_HOUR (class period) or 小时 HOUR (clock hour)").
			Annotations(entgql.Type("TrainingUnit")),
		dateField("date", "培训日期 / date the training ended", orderBy("DATE")),
		field.Enum("kind").Values("INDUCTION", "CONTINUING_EDUCATION", "SUPERVISION", "OTHER").
			Comment("培训类型 / kind: 岗前培训 induction, 继续教育 continuing education, 督导 supervision, 其他 other").
			Annotations(entgql.Type("TrainingKind")),
		field.String("title").Optional().Validate(validation.Runes(0, 200)).Comment("培训名称 / title"),
		field.String("provider").Optional().Validate(validation.Runes(0, 100)).Comment("培训机构 / provider"),
	}
}

// Edges of the TrainingRecord.
func (TrainingRecord) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("worker", SocialWorker.Type).Ref("training_records").Unique().Required().Comment("社会工作者 / the worker trained"),
	}
}

// Annotations of the TrainingRecord.
func (TrainingRecord) Annotations() []schema.Annotation {
	return gqlAnnotations("培训记录 / A training a social worker attended.")
}

// Policy of the TrainingRecord: see internal/auth/rule.RegionScoped.
func (TrainingRecord) Policy() ent.Policy { return rule.RegionScoped() }
