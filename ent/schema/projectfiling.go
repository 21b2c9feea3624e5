package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/shegong/shegong/internal/auth/rule"

	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/internal/validation"
)

// ProjectFiling is one document of a project filed with a higher authority (备案): the
// agreement, the annual implementation plan, the recruitment plan … Stored like evaluations: a
// project's filings are its own record, so a project without any has filed nothing.
type ProjectFiling struct{ ent.Schema }

// Mixin of the ProjectFiling.
func (ProjectFiling) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the ProjectFiling.
func (ProjectFiling) Fields() []ent.Field {
	return []ent.Field{
		field.String("document").Validate(validation.Text).
			Comment("备案文件 / the filed document, named as the documents name it (政府购买服务协议、年度实施计划、人员招聘方案 …) and matched exactly against each region's list"),
		factEnum("filed_with", schematype.AdminLevel(""), "AdminLevel",
			"备案机关级别 / level of the authority it was filed with (CITY 报市(州)备案 …); null when not given"),
		dateField("filed_on", "备案日期 / day it was filed; null when not given", optional, orderBy("FILED_ON")),
	}
}

// Edges of the ProjectFiling.
func (ProjectFiling) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("filings").Unique().Required().Comment("所属项目 / project the document belongs to"),
	}
}

// Annotations of the ProjectFiling.
func (ProjectFiling) Annotations() []schema.Annotation {
	return gqlAnnotations("备案记录 / A document of a project filed with a higher authority (备案).")
}

// Policy of the ProjectFiling: see internal/auth/rule.RegionScoped.
func (ProjectFiling) Policy() ent.Policy { return rule.RegionScoped() }
