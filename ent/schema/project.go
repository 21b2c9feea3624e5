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
		field.Enum("programme").Values("STATION", "PARTY_MASS_CENTRE").Optional().Nillable().
			Comment("项目类别 / programme, for rules that govern one programme only: STATION 乡镇(街道)社会工作服务站项目 (湖南 禾计划), PARTY_MASS_CENTRE 社区党群服务中心社会工作服务项目; empty for an ordinary purchased service").
			Annotations(entgql.Type("ProjectProgramme")),
		field.Int("cycle_years").Default(1).Validate(validation.Range(1, 10)).Comment("服务周期(年) / contract cycle in years"),
		dateField("contract_signed_on", "合同签订日期 / date the contract was signed", optional),
		dateField("starts_on", "服务开始日期 / first day of service", orderBy("STARTS_ON")),
		dateField("ends_on", "服务结束日期 / last day of service", orderBy("ENDS_ON")),
		// At least 1: every per-person rule scales or divides by it, and the rules refuse 0
		// (sdk.ValidateSubject), so a stored project is always one they can read.
		field.Int("headcount").Validate(validation.Range(1, sdk.MaxHeadcount)).
			Comment("购买岗位总数 / funded positions (人), 1 or more").Annotations(entgql.OrderField("HEADCOUNT")),
		countField("professional_posts", "专业岗位数 / professional social-work posts among the funded positions"),
		field.Int("supervised_workers").Optional().Nillable().Validate(validation.NonNegative).Comment("接受督导的社工人数 / workers receiving professional supervision"),

		// Procurement, agreement and funding facts (plugins/sdk ProjectSpec). NULL is "not given"
		// and the rules that need a fact answer INSUFFICIENT_INPUT; an empty list is "none".
		factEnum("purchaser_level", schematype.AdminLevel(""), "AdminLevel",
			"购买主体行政级别 / administrative level of the purchaser (购买主体): PROVINCE, CITY, COUNTY (a district is county-level), TOWNSHIP or VILLAGE; null when not given"),
		factEnum("purchaser_type", schematype.PurchaserType(""), "PurchaserType",
			"购买主体类型 / kind of purchaser: 民政部门 CIVIL_AFFAIRS, 其他党政机关 PARTY_GOVERNMENT, 群团组织 MASS_ORGANIZATION, 街道办事处 STREET_OFFICE, OTHER; null when not given"),
		field.Int("contract_parties").Optional().Nillable().Validate(validation.Range(0, sdk.MaxContractParties)).
			Comment("服务协议签订方数 / how many parties signed the service agreement; null when not given"),
		itemsField("contract_clauses", sdk.MaxListItems,
			"服务协议载明的内容 / the matters the service agreement states, named as the documents name them (服务内容、目标任务、违约责任 …) and matched exactly against each region's list; null when not given, [] when it states none"),
		itemsField("specification", sdk.MaxListItems,
			"项目设计已明确的内容 / what the project design states (需求调查、岗位数量、服务标准、服务评价标准 …), matched exactly against each region's list; null when not given, [] when none"),
		factEnum("procurement_method", schematype.ProcurementMethod(""), "ProcurementMethod",
			"采购方式 / how the contractor was chosen: 公开招标 OPEN_TENDER, 邀请招标 INVITED_TENDER, 比选 COMPARISON, 竞争性谈判 NEGOTIATION, 竞争性磋商 CONSULTATION, 单一来源 SINGLE_SOURCE, 询价 REQUEST_FOR_QUOTES, OTHER; null when not given"),
		factEnum("procurement_exception", schematype.ProcurementException(""), "ProcurementException",
			"不公开招标的理由 / the reason recorded for not using open tender: 技术复杂 TECHNICALLY_COMPLEX, 性质特殊 SPECIAL_NATURE, OTHER; null when none is recorded"),
		itemsField("funding_sources", sdk.MaxListItems,
			"经费来源 / where the project's money comes from (福彩公益金、财政预算经费、县(市区)财政 …), matched exactly against each region's list; null when not given, [] when none"),
		field.Int("funding_year").Optional().Nillable().Validate(validation.Range(sdk.MinYear, sdk.MaxYear)).
			Comment("资金年度 / budget year of the project's money, e.g. 2024; null when not given"),
		factEnum("service_level", schematype.AdminLevel(""), "AdminLevel",
			"服务层级 / administrative level at which the service is delivered; TOWNSHIP (乡镇(街道)) and VILLAGE (村(社区)) are 基层 (grassroots); null when not given"),
		dateField("established_on", "项目设立日期 / day the project was set up; null when not given", optional),
		dateField("library_approved_on", "入库审议通过日期 / day the review committee approved the project into the project library (评审委员会审议通过入库); null when not given or not approved", optional),
		dateField("budget_declared_on", "预算申报日期 / day the project's budget was declared to the finance department (向财政部门申报预算); null when not given", optional),
		moneyField("local_package_standard", "区级整体打包标准(分) / package standard per funded person-year set by the project's district or county, in fen; Money in yuan over the API; null when none is set or not given", optional),
	}
}

// Edges of the Project.
func (Project) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("projects").Unique().Required().Comment("所在地区 / region"),
		edge.From("contractor", Organization.Type).Ref("projects").Unique().Comment("承接机构 / contracting organisation"),
		edge.To("budget_lines", BudgetLine.Type).Comment("预算明细 / budget lines").Annotations(ownedEdge()...),
		edge.To("evaluations", PerformanceEvaluation.Type).Comment("评估 / performance and professional evaluations").Annotations(ownedEdge()...),
		edge.To("filings", ProjectFiling.Type).Comment("备案记录 / documents filed with a higher authority").Annotations(ownedEdge()...),
		edge.To("reports", ContractorReport.Type).Comment("承接机构报告 / reports the contractor submitted").Annotations(ownedEdge()...),
		edge.To("workers", SocialWorker.Type).Comment("项目社工 / workers staffing the project").Annotations(entgql.RelayConnection()),
		edge.To("assessments", Assessment.Type).Comment("合规评估记录 / stored compliance assessments").Annotations(ownedEdge()...),
	}
}

// Hooks of the Project.
func (Project) Hooks() []ent.Hook {
	return []ent.Hook{
		validation.IntAtMost("professional_posts", "headcount"),
		workersWithinHeadcount(),
		validation.DatesInOrder("starts_on", "ends_on"),
		validation.AppendedItems("contract_clauses", sdk.MaxListItems),
		validation.AppendedItems("specification", sdk.MaxListItems),
		validation.AppendedItems("funding_sources", sdk.MaxListItems),
	}
}

// Annotations of the Project.
func (Project) Annotations() []schema.Annotation {
	return gqlAnnotations("政府购买社会工作服务项目 / A government-purchased social-work service project.")
}

// Policy of the Project: see internal/auth/rule.RegionScoped.
func (Project) Policy() ent.Policy { return rule.RegionScoped() }
