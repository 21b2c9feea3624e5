package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/shegong/shegong/internal/auth/rule"

	"github.com/shegong/shegong/internal/validation"
	"github.com/shegong/shegong/plugins/sdk"
)

// Station is a township/street social-work station (乡镇(街道)社会工作服务站).
type Station struct{ ent.Schema }

// Mixin of the Station.
func (Station) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the Station.
func (Station) Fields() []ent.Field {
	return []ent.Field{
		nameField("name", "服务站名称 / station name", orderBy("NAME")),
		field.String("township").Validate(validation.Runes(1, 50)).Comment("乡镇(街道) / township or street").Annotations(entgql.OrderField("TOWNSHIP")),
		field.String("county").Validate(validation.Runes(1, 50)).Comment("县(市、区) / county, county-level city or district"),
		field.JSON("facilities", []string{}).Default([]string{}).Comment("场地设施 / facilities, e.g. 办公室, 个案工作室, 小组活动室"),
		field.String("sign_text").Optional().Validate(validation.Runes(0, 100)).Comment("标识牌文字 / text on the station sign"),
		dateField("established_on", "建站日期 / date the station opened", optional),
		field.Int("agreed_headcount").Optional().Nillable().Validate(validation.Range(0, sdk.MaxHeadcount)).
			Comment("协议约定的驻站社工人数 / resident social workers the service agreement provides for; null when not given"),
		itemsField("systems", sdk.MaxListItems,
			"制度与档案 / management systems and records in place (人员管理制度、服务对象数据库 …), matched exactly against each region's list; null when not given, [] when none"),
	}
}

// Edges of the Station.
func (Station) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("stations").Unique().Required().Comment("所在地区 / region"),
		edge.From("operator", Organization.Type).Ref("stations").Unique().Comment("运营机构 / operating organisation"),
		edge.To("workers", SocialWorker.Type).Comment("驻站社工 / assigned workers").Annotations(entgql.RelayConnection()),
		edge.To("assessments", Assessment.Type).Comment("评估记录 / stored assessments").Annotations(ownedEdge()...),
	}
}

// Hooks of the Station.
func (Station) Hooks() []ent.Hook {
	return []ent.Hook{validation.AppendedItems("systems", sdk.MaxListItems)}
}

// Annotations of the Station.
func (Station) Annotations() []schema.Annotation {
	return gqlAnnotations("乡镇(街道)社会工作服务站 / A township or street social-work station.")
}

// Policy of the Station: see internal/auth/rule.RegionScoped.
func (Station) Policy() ent.Policy { return rule.RegionScoped() }
