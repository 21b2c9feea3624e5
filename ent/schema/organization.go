package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/shegong/shegong/internal/auth/rule"

	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/internal/validation"
	"github.com/shegong/shegong/plugins/sdk"
)

// Organization is a social-work service organisation (社会工作服务机构),
// usually registered as a 民办非企业单位 with the civil-affairs bureau.
type Organization struct{ ent.Schema }

// Mixin of the Organization.
func (Organization) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the Organization.
func (Organization) Fields() []ent.Field {
	return []ent.Field{
		nameField("name", "机构名称 / registered name", orderBy("NAME")),
		field.String("unified_social_credit_code").Unique().
			Validate(validation.CreditCode).
			Comment("统一社会信用代码 / unified social credit code, 18 characters with a GB 32100-2015 check character").
			Annotations(entgql.OrderField("UNIFIED_SOCIAL_CREDIT_CODE")),
		field.Enum("registration_level").Values("PROVINCE", "CITY", "COUNTY").
			Comment("登记管理机关级别 / level of the registering civil-affairs authority: 省 / 市 / 县").
			Annotations(entgql.Type("RegistrationLevel")),
		field.Enum("grade").Values("GRADE_3A", "GRADE_4A", "GRADE_5A").Optional().Nillable().
			Comment("社会组织评估等级 / assessed grade 3A, 4A or 5A; null when not graded").
			Annotations(entgql.Type("OrganizationGrade")),
		countField("full_time_staff", "专职工作人员数 / full-time staff", orderBy("FULL_TIME_STAFF")),
		countField("qualified_staff", "持证或社工专业本科以上人员数 / staff holding a social-work certificate or a social-work bachelor's degree or higher"),
		countField("party_members", "正式党员数 / full party members among head, full-time and long-term part-time staff"),
		field.Bool("has_party_organization").Default(false).Comment("是否建立党组织 / has its own party organisation"),
		field.Bool("synthetic").Default(false).Comment("示例数据 / true for generated demo data, not a real organisation"),

		// Registration and governance facts the rules read (plugins/sdk OrganizationSpec); NULL
		// is "not given".
		factBool("registered_directly", "直接登记 / registered directly with the civil-affairs authority, without a supervising unit (业务主管单位); null when not given"),
		factEnum("category", schematype.OrganizationCategory(""), "OrganizationCategory",
			"社会组织类别 / kind of social organisation: 行业协会商会类 TRADE_ASSOCIATION, 科技类 SCIENCE, 公益慈善类 CHARITY, 城乡社区服务类 COMMUNITY_SERVICE, OTHER; null when not given"),
		factBool("operates_within_community", "在城乡社区内活动 / works inside urban or rural communities; null when not given"),
		itemsField("registration_conditions", sdk.MaxListItems,
			"已具备的登记条件 / registration conditions the organisation meets (内部治理结构、固定住所 …), matched exactly against each region's list; null when not given, [] when none"),
		factEnum("party_organization_mode", schematype.PartyOrganizationMode(""), "PartyOrganizationMode",
			"党组织组建方式 / how its party organisation was formed: 单独建 SEPARATE, 联合建 JOINT, 挂靠建 AFFILIATED, OTHER; null when not given or when there is none"),
		factEnum("annual_inspection", schematype.AnnualInspectionResult(""), "AnnualInspectionResult",
			"最近一次年检结论 / conclusion of its latest annual inspection: 合格 QUALIFIED, 基本合格 BASICALLY_QUALIFIED, 不合格 UNQUALIFIED, 未参加年检 NOT_INSPECTED; null when not given"),
		itemsField("disclosures", sdk.MaxDisclosures,
			"已公开的信息 / items the organisation has publicly disclosed (信息公开: 组织机构、年报公告、年度财务报告、薪酬管理制度 …), named as the documents name them and matched exactly against each region's list; null when not given, [] when nothing is disclosed"),
		factBool("has_board", "设有理事会 / a board of directors (理事会) is in place; null when not given"),
		factBool("has_supervisory_board", "设有监事会 / a supervisory board (监事会) is in place; null when not given"),
	}
}

// Edges of the Organization.
func (Organization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("organizations").Unique().Required().Comment("所在地区 / region of registration"),
		edge.To("workers", SocialWorker.Type).Comment("聘用的社会工作者 / employed social workers").Annotations(ownedEdge()...),
		edge.To("stations", Station.Type).Comment("运营的服务站 / stations it operates").Annotations(ownedEdge()...),
		edge.To("projects", Project.Type).Comment("承接的项目 / projects it contracts").Annotations(ownedEdge()...),
		edge.To("assessments", Assessment.Type).Comment("评估记录 / stored assessments").Annotations(ownedEdge()...),
	}
}

// Hooks of the Organization.
func (Organization) Hooks() []ent.Hook {
	return []ent.Hook{
		validation.IntAtMost("qualified_staff", "full_time_staff"),
		validation.AppendedItems("registration_conditions", sdk.MaxListItems),
		validation.AppendedItems("disclosures", sdk.MaxDisclosures),
	}
}

// Annotations of the Organization.
func (Organization) Annotations() []schema.Annotation {
	return gqlAnnotations("社会工作服务机构 / A social-work service organisation.")
}

// Policy of the Organization: see internal/auth/rule.RegionScoped.
func (Organization) Policy() ent.Policy { return rule.RegionScoped() }
