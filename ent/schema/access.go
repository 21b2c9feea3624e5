package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/shegong/shegong/internal/auth/rule"

	"github.com/shegong/shegong/internal/validation"
)

// ApiToken is an API token (访问令牌). Only the SHA-256 of the secret is
// stored; the secret itself is shown once, when the token is created.
type ApiToken struct{ ent.Schema }

// Mixin of the ApiToken.
func (ApiToken) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the ApiToken.
func (ApiToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("label").Unique().Validate(validation.Runes(1, 100)).
			Comment("名称 / label naming the holder or purpose, unique").
			Annotations(entgql.OrderField("LABEL")),
		field.Enum("role").Values("admin", "region_operator", "researcher").
			Comment("角色 / role: admin 管理员, region_operator 地区操作员, researcher 研究人员").
			Annotations(entgql.Type("Role")),
		field.String("region").Optional().Nillable().
			Comment("地区范围 / region code the token is scoped to (region_operator: that region and the regions inside it)"),
		field.String("token_hash").Unique().Sensitive().Immutable().
			Comment("SHA-256 of the secret, hex; never the secret itself").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("expires_at").Optional().Nillable().
			Comment("过期时间 / when the token stops working; null: never"),
		field.Time("last_used_at").Optional().Nillable().
			Comment("最近使用 / last request authenticated with it (updated at most once a minute)").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("revoked_at").Optional().Nillable().
			Comment("撤销时间 / when the token was revoked; null while valid"),
	}
}

// Annotations of the ApiToken.
func (ApiToken) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("访问令牌 / An API token (admin only; its secret is never stored or shown again)."),
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}

// AuditLog is one entry of the audit log (审计日志): who changed what, when,
// through which request, and whether it was allowed.
type AuditLog struct{ ent.Schema }

// Fields of the AuditLog.
func (AuditLog) Fields() []ent.Field {
	return []ent.Field{
		field.Time("time").Immutable().
			Comment("时间 / when the change was made or refused").
			Annotations(entgql.OrderField("TIME")),
		field.String("actor").
			Comment("操作者 / token label, or system for the server and the command line"),
		field.Int("actor_token_id").Optional().Nillable().
			Comment("令牌 ID / id of the API token used; null for system"),
		field.String("actor_role").
			Comment("角色 / role of the actor: admin, region_operator, researcher, anonymous or system"),
		field.String("action").
			Comment("操作 / the GraphQL mutation (createProject, assessProject, reloadPlugin …) or command (token.create, token.revoke)"),
		field.String("entity_type").Optional().
			Comment("对象类型 / type of the record changed, e.g. Project"),
		field.Int("entity_id").Optional().Nillable().
			Comment("对象 ID / global id of the record changed"),
		field.Text("changes").Optional().
			Comment("变更字段 / the fields written as a JSON object; personal data and secrets appear as [redacted]"),
		field.String("request_id").Optional().
			Comment("请求 ID / X-Request-Id of the HTTP request; empty for commands"),
		field.Enum("outcome").Values("ok", "error", "forbidden").
			Comment("结果 / ok (committed), error (failed, nothing written), forbidden (refused)").
			Annotations(entgql.Type("AuditOutcome")),
		field.Text("message").Optional().
			Comment("说明 / error code or reason of a refusal"),
	}
}

// Indexes of the AuditLog.
func (AuditLog) Indexes() []ent.Index {
	return []ent.Index{index.Fields("time"), index.Fields("actor")}
}

// Annotations of the AuditLog.
func (AuditLog) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("审计日志 / One audited change or refused change (admin only)."),
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}

// Policy of the ApiToken: see internal/auth/rule.AdminOnly.
func (ApiToken) Policy() ent.Policy { return rule.AdminOnly() }

// Policy of the AuditLog: see internal/auth/rule.SystemOnly.
func (AuditLog) Policy() ent.Policy { return rule.SystemOnly() }
