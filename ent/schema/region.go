package schema

import (
	"github.com/shegong/shegong/internal/auth/rule"
	"regexp"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/shegong/shegong/internal/validation"
)

// Region is an administrative region whose policy a plugin supplies
// (地区: 省 / 市). A region inherits the rules of its parent (株洲 → 湖南).
type Region struct{ ent.Schema }

// Mixin of the Region.
func (Region) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the Region.
func (Region) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().Immutable().
			Validate(validation.Pattern(regexp.MustCompile(`^[a-z][a-z0-9_-]{1,31}$`), "2-32 lower-case letters, digits, - or _, e.g. shenzhen")).
			Comment("地区代码 / region code (contract): shenzhen, hunan, sichuan, yunnan, zhuzhou").
			Annotations(entgql.OrderField("CODE")),
		nameField("name_zh", "中文名称 / Chinese name, e.g. 深圳市", orderBy("NAME_ZH")),
		nameField("name_en", "英文名称 / English name, e.g. Shenzhen"),
		field.Enum("level").Values("PROVINCE", "CITY").
			Comment("行政级别 / administrative level: 省 province or 市 city").
			Annotations(entgql.Type("RegionLevel")),
		field.String("admin_code").Unique().
			Validate(validation.Pattern(regexp.MustCompile(`^[1-9][0-9]{5}$`), "a six-digit GB/T 2260 code, e.g. 440300")).
			Comment("行政区划代码 / six-digit GB/T 2260 administrative division code, e.g. 440300").
			Annotations(entgql.OrderField("ADMIN_CODE")),
	}
}

// Edges of the Region.
func (Region) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", Region.Type).
			Comment("下级地区 / regions inside this one").
			Annotations(ownedEdge()...).
			From("parent").Unique().
			Comment("上级地区 / the region whose rules this one inherits (株洲 → 湖南)"),
		edge.To("organizations", Organization.Type).Comment("社会工作服务机构 / service organisations registered here").Annotations(ownedEdge()...),
		edge.To("workers", SocialWorker.Type).Comment("社会工作者 / social workers working here").Annotations(ownedEdge()...),
		edge.To("stations", Station.Type).Comment("社会工作服务站 / township stations").Annotations(ownedEdge()...),
		edge.To("projects", Project.Type).Comment("购买服务项目 / purchased service projects").Annotations(ownedEdge()...),
		edge.To("policy_documents", PolicyDocument.Type).Comment("政策文件 / policy documents").Annotations(ownedEdge()...),
		edge.To("policy_parameters", PolicyParameter.Type).Comment("政策参数 / policy parameters").Annotations(ownedEdge()...),
		edge.To("catalog_items", CatalogItem.Type).Comment("购买服务目录 / catalogue items").Annotations(ownedEdge()...),
		edge.To("pilot_sites", PilotSite.Type).Comment("试点地区 / pilot sites").Annotations(ownedEdge()...),
		edge.To("policy_coverages", PolicyCoverage.Type).Comment("概念覆盖 / what the region says about each shared concept").Annotations(ownedEdge()...),
		edge.To("policy_source", PolicySource.Type).Unique().
			Comment("政策数据来源 / the plugin version and ruleset its policy tables were synced from").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Annotations of the Region.
func (Region) Annotations() []schema.Annotation {
	return gqlAnnotations("地区 / An administrative region with its own social-work policy (plugin).")
}

// Policy of the Region: see internal/auth/rule.AdminOnlyWrites.
func (Region) Policy() ent.Policy { return rule.AdminOnlyWrites() }
