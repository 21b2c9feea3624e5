package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/shegong/shegong/internal/auth/rule"

	"github.com/shegong/shegong/ent/schema/schematype"
)

// ContractorReport is one report the contractor of a project submitted (承接机构报告: 月度工作简报、
// 中期工作报告、末期工作报告). Stored like evaluations: a project's reports are its own record, so
// a project without any has had none submitted.
type ContractorReport struct{ ent.Schema }

// Mixin of the ContractorReport.
func (ContractorReport) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the ContractorReport.
func (ContractorReport) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").GoType(schematype.ContractorReportKind("")).
			Comment("报告类型 / kind: 月度工作简报 MONTHLY_BRIEF, 中期工作报告 MID_TERM, 末期工作报告 FINAL").
			Annotations(entgql.Type("ContractorReportKind"), entgql.Skip(entgql.SkipEnumField)),
		dateField("submitted_on", "提交日期 / day it was submitted; null when not given", optional, orderBy("SUBMITTED_ON")),
	}
}

// Edges of the ContractorReport.
func (ContractorReport) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("reports").Unique().Required().Comment("所属项目 / project reported on"),
	}
}

// Annotations of the ContractorReport.
func (ContractorReport) Annotations() []schema.Annotation {
	return gqlAnnotations("承接机构报告 / A report the contractor of a project submitted (月度工作简报、中期、末期报告).")
}

// Policy of the ContractorReport: see internal/auth/rule.RegionScoped.
func (ContractorReport) Policy() ent.Policy { return rule.RegionScoped() }
