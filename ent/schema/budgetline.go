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

// BudgetLine is one line of a project budget (预算明细). Supervision counts
// as non-labour (see policy_rules.md §8.4).
type BudgetLine struct{ ent.Schema }

// Mixin of the BudgetLine.
func (BudgetLine) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the BudgetLine.
func (BudgetLine) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("category").Values("LABOR", "SUPERVISION", "ACTIVITIES", "MANAGEMENT", "INSURANCE_TAX", "TRAINING", "OTHER").
			Comment("类别 / category: 人员经费 labour, 督导 supervision, 活动 activities, 管理 management, 税费 insurance & tax, 培训 training, 其他 other").
			Annotations(entgql.Type("BudgetCategory"), entgql.OrderField("CATEGORY")),
		moneyField("amount", "金额(分) / amount in fen; Money in yuan over the API", orderBy("AMOUNT")),
		field.String("note").Optional().Validate(validation.Runes(0, 200)).Comment("备注 / note"),
	}
}

// Edges of the BudgetLine.
func (BudgetLine) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("budget_lines").Unique().Required().Comment("所属项目 / project"),
	}
}

// Annotations of the BudgetLine.
func (BudgetLine) Annotations() []schema.Annotation {
	return gqlAnnotations("预算明细 / One line of a project budget.")
}

// Policy of the BudgetLine: see internal/auth/rule.RegionScoped.
func (BudgetLine) Policy() ent.Policy { return rule.RegionScoped() }
