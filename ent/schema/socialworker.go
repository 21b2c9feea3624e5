package schema

import (
	"github.com/shegong/shegong/internal/auth/rule"
	"regexp"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/internal/validation"
	"github.com/shegong/shegong/plugins/sdk"
)

// SocialWorker is a social worker (社会工作者). This is personal data (个人信息).
type SocialWorker struct{ ent.Schema }

// Mixin of the SocialWorker.
func (SocialWorker) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the SocialWorker.
func (SocialWorker) Fields() []ent.Field {
	return []ent.Field{
		// Personal fields are not generated into the GraphQL type: graph/access.graphql declares
		// them nullable and resolves them only for viewers allowed to see them.
		field.String("name").Validate(validation.Runes(1, 100)).Comment("姓名 / full name (personal data)").
			Annotations(entgql.OrderField("NAME"), entgql.Skip(entgql.SkipType)),
		field.Time("birth_date").Optional().Nillable().SchemaType(map[string]string{dialect.Postgres: "date"}).
			Comment("出生日期 / date of birth (personal data)").
			Annotations(entgql.Type("Date"), entgql.OrderField("BIRTH_DATE"), entgql.Skip(entgql.SkipType)),
		field.Enum("education").
			Values("NONE", "PRIMARY", "JUNIOR_HIGH", "SENIOR_HIGH", "ASSOCIATE", "BACHELOR", "MASTER", "DOCTORATE").
			Default("NONE").
			Comment("最高学历 / highest education: 无, 小学, 初中, 高中/中专, 大专, 本科, 硕士, 博士").
			Annotations(entgql.Type("EducationLevel")),
		field.String("major").Optional().Validate(validation.Runes(0, 100)).Comment("所学专业 / field of study, e.g. 社会工作"),
		field.Enum("certificate_level").Values("NONE", "ASSISTANT", "INTERMEDIATE", "SENIOR").
			Default("NONE").
			Comment("职业资格等级 / certificate: 无, 助理社会工作师 (assistant), 社会工作师 (intermediate), 高级社会工作师 (senior)").
			Annotations(entgql.Type("CertificateLevel")),
		field.String("certificate_number").Optional().Validate(validation.Runes(0, 50)).Comment("证书编号 / certificate number (personal data)").
			Annotations(entgql.Skip(entgql.SkipType)),
		field.String("phone").Optional().Validate(validation.Pattern(regexp.MustCompile(`^$|^1[3-9][0-9]{9}$`), "an 11-digit mainland mobile number")).Comment("手机号码 / mainland mobile number, 11 digits (personal data)").
			Annotations(entgql.Skip(entgql.SkipType)),
		field.Bool("local_hukou").Default(false).Comment("本地户籍 / holds local household registration (户口) (personal data)").
			Annotations(entgql.Skip(entgql.SkipType)),
		field.Bool("party_member").Default(false).Comment("中共党员 / member of the Communist Party of China"),
		field.Bool("synthetic").Default(false).Comment("示例数据 / true for generated demo data, not a real person"),

		// Employment facts the rules read (plugins/sdk WorkerSpec): how the worker was hired and
		// how the employer treats them. They are about the employer's and the contractor's
		// compliance (招录、劳动合同、薪酬、社保), not about the person's identity, so they are not
		// withheld like the personal fields above (docs/access-control.md). NULL is "not given".
		dateField("hired_on", "招录(入职)日期 / day the worker was hired; null when not given", optional),
		factBool("platform_filed", "已在从业人员备案平台备案 / filed on the practitioners' filing platform; null when not given"),
		factBool("recruited_via_platform", "经平台公开招聘并从备案人员中招录 / recruited through a vacancy published on the platform, from filed practitioners; null when not given"),
		factBool("labor_contract", "已签订劳动合同 / has a labour contract with the employer (劳动合同); null when not given"),
		factBool("paid_monthly", "按月发放薪酬 / paid monthly (按月发放薪酬); null when not given"),
		field.JSON("social_insurance", []schematype.SocialInsurance{}).Optional().
			Comment("已办理的社会保险 / social insurances the employer has enrolled the worker in (五险: PENSION 养老, MEDICAL 医疗, UNEMPLOYMENT 失业, WORK_INJURY 工伤, MATERNITY 生育); null when not given, [] when none").
			Annotations(entgql.Type("[SocialInsurance!]")),
		factBool("employed_by_contractor", "承接主体聘用 / employed by the contractor of the project or station (承接主体聘用的工作人员); null when not given"),
		factBool("trained_before_service", "上岗前经过培训 / trained before starting service (先培训后上岗); null when not given"),
	}
}

// Hooks of the SocialWorker.
func (SocialWorker) Hooks() []ent.Hook {
	return []ent.Hook{
		// Every insurance is one of the five (GraphQL checks its enum; this holds the other writers).
		validation.EnumList("social_insurance", sdk.SocialInsurances, func(m ent.Mutation) (ent.Value, bool) {
			if a, ok := m.(interface {
				AppendedSocialInsurance() ([]schematype.SocialInsurance, bool)
			}); ok {
				return a.AppendedSocialInsurance()
			}
			return nil, false
		}),
		projectsWithinHeadcount(),
	}
}

// Edges of the SocialWorker.
func (SocialWorker) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("workers").Unique().Required().Comment("工作地区 / region of work"),
		edge.From("organization", Organization.Type).Ref("workers").Unique().Comment("用人单位 / employing organisation"),
		edge.To("training_records", TrainingRecord.Type).Comment("培训记录 / training records").Annotations(ownedEdge()...),
		edge.From("stations", Station.Type).Ref("workers").Comment("派驻服务站 / stations assigned to").Annotations(entgql.RelayConnection()),
		edge.From("projects", Project.Type).Ref("workers").Comment("参与项目 / projects staffed").Annotations(entgql.RelayConnection()),
	}
}

// Annotations of the SocialWorker.
func (SocialWorker) Annotations() []schema.Annotation {
	return gqlAnnotations("社会工作者 / A social worker (personal data).")
}

// Policy of the SocialWorker: see internal/auth/rule.RegionScoped.
func (SocialWorker) Policy() ent.Policy { return rule.RegionScoped() }
