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

// Project is a government-purchased social-work service
// (政府购买社会工作服务项目).
type Project struct{ ent.Schema }

// Mixin of the Project.
func (Project) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the Project.
func (Project) Fields() []ent.Field {
	return []ent.Field{
		nameField("name", "项目名称 / project name", orderBy("NAME")),
		nameField("purchaser", "购买主体 / purchasing government body, e.g. 福田区民政局"),
		field.String("domain").Validate(validation.Runes(1, 50)).
			Comment("服务领域 / service domain: a shared code (DOM-MENTAL) or the region's own term (精神卫生)").
			Annotations(entgql.OrderField("DOMAIN")),
		field.Enum("purchase_mode").Values("POST", "PROJECT").
			Comment("购买方式 / purchase mode: 岗位购买 POST (per post) or 项目购买 PROJECT (per project)").
			Annotations(entgql.Type("PurchaseMode")),
		field.Enum("programme").Values("STATION").Optional().Nillable().
			Comment("项目类别 / programme, for rules that govern one programme only: STATION 乡镇(街道)社会工作服务站项目 (湖南 禾计划); empty for an ordinary purchased service").
			Annotations(entgql.Type("ProjectProgramme")),
		field.Int("cycle_years").Default(1).Validate(validation.Range(1, 10)).Comment("服务周期(年) / contract cycle in years"),
		dateField("contract_signed_on", "合同签订日期 / date the contract was signed", optional),
		dateField("starts_on", "服务开始日期 / first day of service", orderBy("STARTS_ON")),
		dateField("ends_on", "服务结束日期 / last day of service", orderBy("ENDS_ON")),
		countField("headcount", "购买岗位总数 / funded positions (人)", orderBy("HEADCOUNT")),
		countField("professional_posts", "专业岗位数 / professional social-work posts among the funded positions"),
		field.Int("supervised_workers").Optional().Nillable().Validate(validation.NonNegative).Comment("接受督导的社工人数 / workers receiving professional supervision"),
	}
}

// Edges of the Project.
func (Project) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("projects").Unique().Required().Comment("所在地区 / region"),
		edge.From("contractor", Organization.Type).Ref("projects").Unique().Comment("承接机构 / contracting organisation"),
		edge.To("budget_lines", BudgetLine.Type).Comment("预算明细 / budget lines").Annotations(ownedEdge()...),
		edge.To("evaluations", PerformanceEvaluation.Type).Comment("评估 / performance and professional evaluations").Annotations(ownedEdge()...),
		edge.To("workers", SocialWorker.Type).Comment("项目社工 / workers staffing the project").Annotations(entgql.RelayConnection()),
		edge.To("assessments", Assessment.Type).Comment("合规评估记录 / stored compliance assessments").Annotations(ownedEdge()...),
	}
}

// Hooks of the Project.
func (Project) Hooks() []ent.Hook {
	return []ent.Hook{
		validation.IntAtMost("professional_posts", "headcount"),
		validation.DatesInOrder("starts_on", "ends_on"),
	}
}

// Annotations of the Project.
func (Project) Annotations() []schema.Annotation {
	return gqlAnnotations("政府购买社会工作服务项目 / A government-purchased social-work service project.")
}

// Policy of the Project: see internal/auth/rule.RegionScoped.
func (Project) Policy() ent.Policy { return rule.RegionScoped() }
