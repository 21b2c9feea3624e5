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

// The policy tables below are filled from the region plugins when they load
// (Describe), so GraphQL can page and filter policy data without calling a
// plugin.

// PolicyDocument is a published policy document (政策文件).
type PolicyDocument struct{ ent.Schema }

// Mixin of the PolicyDocument.
func (PolicyDocument) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the PolicyDocument.
func (PolicyDocument) Fields() []ent.Field {
	return append([]ent.Field{
		field.String("key").Validate(validation.Runes(1, 50)).Comment("文件键 / document key, e.g. SZ-2020").Annotations(entgql.OrderField("KEY")),
		field.String("title_zh").Validate(validation.Runes(1, 300)).Comment("中文标题 / title in Chinese"),
		field.String("title_en").Optional().Validate(validation.Runes(0, 300)).Comment("英文标题 / title in English"),
		field.String("issuer").Optional().Validate(validation.Runes(0, 100)).Comment("发文机关 / issuing authority"),
		field.String("doc_number").Optional().Validate(validation.Runes(0, 100)).Comment("文号 / document number, e.g. 云民政法〔2018〕44号"),
		dateField("issued_on", "发布日期 / date issued", optional, orderBy("ISSUED_ON")),
		field.String("seed_file").Optional().Comment("种子文件 / source text file the rules were read from"),
	}, append(validityFields(),
		// Set for a document that states no date of effect: valid_from is then inferred (推定),
		// and the matrix and the rules say so (sdk.Document.ValidFromLatest).
		dateField("valid_from_latest", "推定施行日的最迟日期 / set when the document states no date of effect: valid_from is then inferred (推定), the earliest day the text supports, and this the latest day it can have taken effect", optional),
	)...)
}

// Edges of the PolicyDocument.
func (PolicyDocument) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("policy_documents").Unique().Required().Comment("地区 / issuing region"),
		edge.To("parameters", PolicyParameter.Type).Comment("政策参数 / parameters quoted from this document").Annotations(ownedEdge()...),
	}
}

// Indexes of the PolicyDocument.
func (PolicyDocument) Indexes() []ent.Index {
	return []ent.Index{index.Fields("key").Edges("region").Unique()}
}

// Hooks of the PolicyDocument.
func (PolicyDocument) Hooks() []ent.Hook {
	return []ent.Hook{validation.DatesInOrder("valid_from", "valid_to"), validation.DatesInOrder("valid_from", "valid_from_latest")}
}

// Annotations of the PolicyDocument.
func (PolicyDocument) Annotations() []schema.Annotation {
	return gqlAnnotations("政策文件 / A policy document a region's rules are quoted from.")
}

// PolicyParameter is one dated, cited value of a rule (政策参数), mapped to
// a shared concept key such as budget.package_per_worker_year_min.
type PolicyParameter struct{ ent.Schema }

// Mixin of the PolicyParameter.
func (PolicyParameter) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the PolicyParameter.
func (PolicyParameter) Fields() []ent.Field {
	return append(append([]ent.Field{
		field.String("param_id").Validate(validation.Runes(1, 100)).Comment("参数编号 / parameter id").Annotations(entgql.OrderField("PARAM_ID")),
		field.String("rule_id").Validate(validation.Runes(1, 100)).Comment("规则编号 / rule id, e.g. SZ-BUDGET-PACKAGE-MIN"),
		field.String("concept").Validate(validation.Runes(1, 100)).Comment("共享概念键 / shared concept key, e.g. budget.labor_share_min").Annotations(entgql.OrderField("CONCEPT")),
		field.String("value").Validate(validation.Runes(1, 200)).Comment("取值 / value as an exact decimal or fraction string, e.g. 163000 or 17/20"),
		field.String("kind").Validate(validation.Runes(1, 30)).Comment("类型 / kind of value: MONEY (yuan, two decimals), RATIO (exact fraction 17/20), INTEGER, DATE, BOOL, TEXT"),
		field.Text("note").Optional().Comment("备注 / how the value is read, e.g. 以下含本数 (inclusive)"),
		// 100, not 30: regions qualify units in words, e.g. "CNY (total since the 18th Party Congress)".
		field.String("unit").Optional().Validate(validation.Runes(0, 100)).Comment("单位 / unit, e.g. CNY/person/year, 学时/year"),
	}, validityFields()...), citationFields()...)
}

// Edges of the PolicyParameter.
func (PolicyParameter) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("policy_parameters").Unique().Required().Comment("地区 / region"),
		edge.From("document", PolicyDocument.Type).Ref("parameters").Unique().Comment("出处文件 / source document"),
	}
}

// Indexes of the PolicyParameter.
func (PolicyParameter) Indexes() []ent.Index {
	return []ent.Index{index.Fields("concept").Edges("region")}
}

// Hooks of the PolicyParameter.
func (PolicyParameter) Hooks() []ent.Hook {
	return []ent.Hook{validation.DatesInOrder("valid_from", "valid_to")}
}

// Annotations of the PolicyParameter.
func (PolicyParameter) Annotations() []schema.Annotation {
	return gqlAnnotations("政策参数 / A dated, cited value of a region's rule.")
}

// CatalogItem is an entry of a region's purchase catalogue or taxonomy
// (购买服务目录 / 服务领域).
type CatalogItem struct{ ent.Schema }

// Mixin of the CatalogItem.
func (CatalogItem) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the CatalogItem.
func (CatalogItem) Fields() []ent.Field {
	return append(append([]ent.Field{
		field.String("code").Validate(validation.Runes(1, 100)).Comment("目录编码 / item code").Annotations(entgql.OrderField("CODE")),
		field.String("term_zh").Validate(validation.Runes(1, 200)).Comment("中文名称 / the region's own term (label of record)").Annotations(entgql.OrderField("TERM_ZH")),
		field.String("term_en").Optional().Validate(validation.Runes(0, 200)).Comment("英文名称 / English term"),
		field.String("kind").Validate(validation.Runes(1, 30)).Comment("类型 / kind: domain, service-area, catalogue-item, priority-group, service-type, purchase-item"),
		field.String("match").Optional().Validate(validation.Runes(0, 1)).Comment("匹配 / how the term matches its shared codes: = same, < narrower, > broader, ~ partial"),
		field.JSON("shared_codes", []string{}).Default([]string{}).Comment("共享分类编码 / shared taxonomy codes, e.g. DOM-MENTAL"),
		field.String("level").Optional().Validate(validation.Runes(0, 30)).Comment("层级 / level, e.g. 乡镇(街道) or 村(社区)"),
		field.Bool("high_risk").Default(false).Comment("高风险领域 / high-risk domain (Shenzhen: raised floor)"),
	}, validityFields()...), citationFields()...)
}

// Edges of the CatalogItem.
func (CatalogItem) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("catalog_items").Unique().Required().Comment("地区 / region"),
	}
}

// Hooks of the CatalogItem.
func (CatalogItem) Hooks() []ent.Hook {
	return []ent.Hook{validation.DatesInOrder("valid_from", "valid_to")}
}

// Annotations of the CatalogItem.
func (CatalogItem) Annotations() []schema.Annotation {
	return gqlAnnotations("购买服务目录条目 / An item of a region's service catalogue or taxonomy.")
}

// PilotSite is a place designated for a pilot (试点地区).
type PilotSite struct{ ent.Schema }

// Mixin of the PilotSite.
func (PilotSite) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the PilotSite.
func (PilotSite) Fields() []ent.Field {
	return append(append([]ent.Field{
		field.String("code").Optional().Validate(validation.Runes(0, 100)).Comment("试点编码 / the region's own code for the site"),
		field.String("name_zh").Validate(validation.Runes(1, 100)).Comment("中文名称 / name, e.g. 昆明市").Annotations(entgql.OrderField("NAME_ZH")),
		field.String("name_en").Optional().Validate(validation.Runes(0, 100)).Comment("英文名称 / English name"),
		field.String("kind").Validate(validation.Runes(1, 50)).Comment("试点类型 / kind of pilot"),
		field.String("admin_level").Optional().Validate(validation.Runes(0, 30)).Comment("行政级别 / administrative level: 市, 州, 县"),
		field.String("note").Optional().Validate(validation.Runes(0, 500)).Comment("备注 / note"),
	}, validityFields()...), citationFields()...)
}

// Edges of the PilotSite.
func (PilotSite) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("pilot_sites").Unique().Required().Comment("地区 / region running the pilot"),
	}
}

// Hooks of the PilotSite.
func (PilotSite) Hooks() []ent.Hook {
	return []ent.Hook{validation.DatesInOrder("valid_from", "valid_to")}
}

// Annotations of the PilotSite.
func (PilotSite) Annotations() []schema.Annotation {
	return gqlAnnotations("试点地区 / A place designated for a pilot.")
}

// Policy of the PolicyDocument: see internal/auth/rule.AdminOnlyWrites.
func (PolicyDocument) Policy() ent.Policy { return rule.AdminOnlyWrites() }

// Policy of the PolicyParameter: see internal/auth/rule.AdminOnlyWrites.
func (PolicyParameter) Policy() ent.Policy { return rule.AdminOnlyWrites() }

// Policy of the CatalogItem: see internal/auth/rule.AdminOnlyWrites.
func (CatalogItem) Policy() ent.Policy { return rule.AdminOnlyWrites() }

// Policy of the PilotSite: see internal/auth/rule.AdminOnlyWrites.
func (PilotSite) Policy() ent.Policy { return rule.AdminOnlyWrites() }
