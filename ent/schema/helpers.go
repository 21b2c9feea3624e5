package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/shegong/shegong/internal/validation"
)

// gqlAnnotations are the entgql annotations every entity shares: a root
// Relay connection, and create/update mutation inputs.
func gqlAnnotations(comment string) []schema.Annotation {
	return []schema.Annotation{
		schema.Comment(comment),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// readOnlyGQL exposes an entity as a root Relay connection without create/update mutations
// (nor their input types), for records only the server writes: the synced policy tables
// (internal/policysync replaces their rows wholesale, so an edit through the API would be lost
// at the next sync and would misrepresent what the plugin says) and stored assessments (a
// status nobody's rules produced would read as a verdict; only assessProject, assessStation
// and assessOrganization make them).
func readOnlyGQL(comment string) []schema.Annotation {
	return []schema.Annotation{
		schema.Comment(comment),
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}

// fieldOpt tunes the shared field helpers below. ent's builders are
// unexported types, so helpers cannot return them for further chaining.
type fieldOpt struct {
	optional bool
	order    string
}

// optional makes a helper field optional and nillable (NULL when unknown).
var optional = fieldOpt{optional: true}

// orderBy exposes the field as an orderBy field in GraphQL.
func orderBy(name string) fieldOpt { return fieldOpt{order: name} }

func gqlFieldAnnotations(gqlType string, opts []fieldOpt) (ants []schema.Annotation, opt bool) {
	if gqlType != "" {
		ants = append(ants, entgql.Type(gqlType))
	}
	for _, o := range opts {
		opt = opt || o.optional
		if o.order != "" {
			ants = append(ants, entgql.OrderField(o.order))
		}
	}
	return ants, opt
}

// ownedEdge annotates a one-to-many edge whose other side holds the
// foreign key (a region's organisations, a project's budget lines): a Relay
// connection in queries, but set from the other side in mutations, so that
// createRegion cannot silently move organisations between regions.
func ownedEdge() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}

// dateField is a calendar date (no time of day). PostgreSQL stores it as
// DATE; GraphQL shows it as the Date scalar "2024-05-01".
func dateField(name, comment string, opts ...fieldOpt) ent.Field {
	ants, opt := gqlFieldAnnotations("Date", opts)
	b := field.Time(name).SchemaType(map[string]string{dialect.Postgres: "date"}).Comment(comment).Annotations(ants...)
	if opt {
		b = b.Optional().Nillable()
	}
	return b
}

// moneyField is an amount of money in integer fen (分), never a float;
// GraphQL shows it as the Money scalar in yuan ("163000.00").
func moneyField(name, comment string, opts ...fieldOpt) ent.Field {
	ants, opt := gqlFieldAnnotations("Money", opts)
	b := field.Int64(name).Validate(validation.NonNegativeFen).Comment(comment).Annotations(ants...)
	if opt {
		b = b.Optional().Nillable()
	}
	return b
}

// nameField is a required human-readable name of 1..100 characters.
func nameField(name, comment string, opts ...fieldOpt) ent.Field {
	ants, _ := gqlFieldAnnotations("", opts)
	return field.String(name).Validate(validation.Runes(1, 100)).Comment(comment).Annotations(ants...)
}

// countField is a non-negative head count, 0 unless given.
func countField(name, comment string, opts ...fieldOpt) ent.Field {
	ants, _ := gqlFieldAnnotations("", opts)
	return field.Int(name).Default(0).Validate(validation.NonNegative).Comment(comment).Annotations(ants...)
}

// factEnum is an optional closed-set fact the rules read (采购方式, 购买主体类型 …): a shared Go
// type whose values are the sdk's list (ent/schema/schematype), shown in GraphQL as the enum of
// the same name declared in graph/policy.graphql (so entgql does not generate a second one).
// NULL when not given.
func factEnum(name string, ev field.EnumValues, gqlType, comment string) ent.Field {
	return field.Enum(name).GoType(ev).Optional().Nillable().Comment(comment).
		Annotations(entgql.Type(gqlType), entgql.Skip(entgql.SkipEnumField))
}

// itemsField is a free-text list the rules match item by item against a region's list
// (服务协议载明的内容, 经费来源 …), stored as JSON. NULL (not given) and [] (none) are kept apart
// on SQLite and PostgreSQL alike, and the rules answer them differently (INSUFFICIENT_INPUT vs
// a verdict). max is the sdk's bound on the same list, so that whatever is stored can be
// evaluated; the entity's Hooks add validation.AppendedItems with the same bound, because ent
// validates a value that is set but not the items an update appends.
func itemsField(name string, max int, comment string) ent.Field {
	return field.Strings(name).Optional().Validate(validation.Items(max)).Comment(comment)
}

// factBool is an optional yes/no fact (NULL when not given).
func factBool(name, comment string) ent.Field {
	return field.Bool(name).Optional().Nillable().Comment(comment)
}

// citationFields record where a policy datum comes from (出处).
func citationFields() []ent.Field {
	return []ent.Field{
		field.String("citation_document").Optional().Comment("文件键 / key of the document quoted, e.g. SZ-2020"),
		field.String("citation_clause").Optional().Comment("条款 / clause of the document the value is quoted from"),
		field.Text("citation_quote").Optional().Comment("原文 / exact quote from the document"),
	}
}

// validityFields record the effective period (有效期) of a policy datum.
func validityFields() []ent.Field {
	return []ent.Field{
		dateField("valid_from", "生效日期 / first day in force (inclusive)", optional),
		dateField("valid_to", "失效日期 / last day in force (inclusive); null while open-ended", optional),
	}
}

// TimeMixin adds bookkeeping timestamps that clients may read and order by
// but never write.
type TimeMixin struct{ mixin.Schema }

// Fields of the TimeMixin.
func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Immutable().Default(time.Now).
			Comment("创建时间 / when the record was created").
			Annotations(entgql.OrderField("CREATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("updated_at").Default(time.Now).UpdateDefault(time.Now).
			Comment("更新时间 / when the record was last changed").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}
