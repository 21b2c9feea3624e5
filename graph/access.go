package graph

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/graph/gqlerr"
	"github.com/shegong/shegong/internal/audit"
	"github.com/shegong/shegong/internal/auth"
)

// Access control in the GraphQL layer (docs/access-control.md). Writes are decided by the
// ent privacy policies (internal/auth/rule); this layer refuses early, keeps worker records
// from anonymous callers, withholds personal data and refuses filters and orderings on it.

// personalWhere are the GraphQL names of the personal fields of SocialWorker; every where
// predicate on them starts with the name (nameContains, birthDateGT, phoneIsNil …).
var personalWhere = []string{"name", "birthDate", "certificateNumber", "phone", "localHukou"}

// personalOrder are the orderBy fields of SocialWorker on personal data.
var personalOrder = map[string]bool{"NAME": true, "BIRTH_DATE": true}

// workerTypes are the types anonymous callers may not read at all: records about individual
// workers, even without their personal fields.
var workerTypes = map[string]bool{
	"SocialWorker": true, "SocialWorkerConnection": true, "SocialWorkerEdge": true,
	"TrainingRecord": true, "TrainingRecordConnection": true, "TrainingRecordEdge": true,
}

// adminFields are root fields for admins only.
var adminFields = map[string]bool{
	"Query.auditLogs": true, "Query.apiTokens": true,
	"Mutation.reloadPlugin": true, "Mutation.createApiToken": true, "Mutation.revokeApiToken": true,
}

func forbidden(msg string, ext map[string]any) *gqlerror.Error {
	return gqlerr.New(gqlerr.Forbidden, msg, ext)
}

func forbiddenRole(v *auth.Viewer, what string) *gqlerror.Error {
	if v.Role == auth.Anonymous {
		return forbidden(fmt.Sprintf("%s：需要令牌 / %s needs a token: send Authorization: Bearer <token>", what, what), nil)
	}
	return forbidden(fmt.Sprintf("%s：角色 %s 无权限 / %s is not allowed for role %s", what, v.Role, what, v.Role), nil)
}

// Guard is the field middleware of access control; graph/server installs it.
func (r *Resolver) Guard(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || fc.Field.Definition == nil {
		return next(ctx)
	}
	v := auth.ViewerOf(ctx)
	key := fc.Object + "." + fc.Field.Name
	if fc.Object == "Mutation" {
		return r.guardMutation(ctx, fc, v, next)
	}
	if adminFields[key] && !v.IsAdmin() {
		return nil, forbiddenRole(v, fc.Field.Name)
	}
	if v.Role == auth.Anonymous && workerTypes[fc.Field.Definition.Type.Name()] {
		return nil, forbidden(fmt.Sprintf("%s：社工记录需要令牌 / worker records need a token (researcher, region_operator or admin)", fc.Field.Name), nil)
	}
	if (key == "PluginStatus.pid" || key == "PluginStatus.replicas") && !v.IsAdmin() {
		return nil, nil // process ids and the replicas' hosts are for admins
	}
	if key == "Assessment.findings" {
		return r.redactFindings(ctx, fc, next)
	}
	if len(fc.Args) > 0 && !v.IsAdmin() {
		// An operator may filter and order the root socialWorkers connection on personal
		// fields; the resolver then restricts it to the operator's regions.
		top := v.Role == auth.Operator && key == "Query.socialWorkers"
		for name, arg := range fc.Args {
			if path := personalUse(name, reflect.ValueOf(arg), top); path != "" {
				return nil, forbidden(fmt.Sprintf("%s：不能按个人信息筛选或排序 / filtering or ordering on personal data is not allowed for role %s", path, v.Role),
					map[string]any{"field": path})
			}
		}
	}
	return next(ctx)
}

// guardMutation refuses the mutations the viewer's role may never make (the privacy policies
// decide the rest) and names the action of the writes that follow.
func (r *Resolver) guardMutation(ctx context.Context, fc *graphql.FieldContext, v *auth.Viewer, next graphql.Resolver) (any, error) {
	name := fc.Field.Name
	ctx = audit.WithAction(ctx, name)
	switch {
	case adminFields["Mutation."+name] && !v.IsAdmin():
		return nil, forbiddenRole(v, name)
	case !v.CanWrite():
		return nil, forbiddenRole(v, name)
	}
	// A refused or failed mutation is audited once for its whole operation (graph/server).
	return next(ctx)
}

// EntityOfMutation names the entity type a mutation writes.
func EntityOfMutation(name string) string {
	switch name {
	case "assessProject":
		return ent.TypeProject
	case "assessStation":
		return ent.TypeStation
	case "assessOrganization":
		return ent.TypeOrganization
	case "reloadPlugin":
		return "Plugin"
	case "createApiToken", "revokeApiToken":
		return ent.TypeApiToken
	}
	for _, p := range []string{"create", "update"} {
		if t, ok := strings.CutPrefix(name, p); ok {
			return t
		}
	}
	return ""
}

var (
	whereWorker = reflect.TypeOf(ent.SocialWorkerWhereInput{})
	orderWorker = reflect.TypeOf(ent.SocialWorkerOrder{})
)

// personalUse walks an argument value (where inputs, orderings, and everything nested in
// them: and/or/not, hasXWith) and returns the path of the first use of a personal field, or
// "". top allows personal predicates in the outermost SocialWorkerWhereInput (and its
// and/or/not), not below a hasXWith.
func personalUse(path string, v reflect.Value, top bool) string {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return ""
		}
		return personalUse(path, v.Elem(), top)
	case reflect.Slice:
		for i := range v.Len() {
			if p := personalUse(fmt.Sprintf("%s[%d]", path, i), v.Index(i), top); p != "" {
				return p
			}
		}
		return ""
	case reflect.Struct:
	default:
		return ""
	}
	t := v.Type()
	if t == orderWorker {
		o := v.Addr().Interface().(*ent.SocialWorkerOrder)
		if o.Field != nil && personalOrder[o.Field.String()] && !top {
			return path + ".field"
		}
		return ""
	}
	if !strings.HasSuffix(t.Name(), "WhereInput") {
		return ""
	}
	for i := range t.NumField() {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == "" || tag == "-" || !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		if fv.IsZero() {
			continue
		}
		if t == whereWorker && !top && isPersonalPredicate(tag) {
			return path + "." + tag
		}
		nestedTop := top && (tag == "and" || tag == "or" || tag == "not")
		if p := personalUse(path+"."+tag, fv, nestedTop); p != "" {
			return p
		}
	}
	return ""
}

func isPersonalPredicate(tag string) bool {
	for _, p := range personalWhere {
		if strings.HasPrefix(tag, p) {
			return true
		}
	}
	return false
}

// UsesPersonal reports whether a socialWorkers query filters or orders on personal data.
func UsesPersonal(where *ent.SocialWorkerWhereInput, order *ent.SocialWorkerOrder) bool {
	return personalUse("where", reflect.ValueOf(where), false) != "" ||
		personalUse("orderBy", reflect.ValueOf(order), false) != ""
}

// ---- personal fields ----

type cacheKey struct{}

type requestCache struct {
	mu          sync.Mutex
	regions     map[int]int   // worker id → region id
	assessments map[int][]int // assessment id → its personalRegions
}

// WithRequestCache gives a request a memo of worker and assessment regions (personal-field
// checks of one page of workers then cost one query per worker, not one per field).
func WithRequestCache(ctx context.Context) context.Context {
	return context.WithValue(ctx, cacheKey{}, &requestCache{regions: map[int]int{}, assessments: map[int][]int{}})
}

// readsPersonalOfAll reports whether v may read the personal data of the workers of every
// region in regions: so always when there is none.
func readsPersonalOfAll(v *auth.Viewer, regions []int) bool {
	for _, id := range regions {
		if !v.CanReadPersonal(id) {
			return false
		}
	}
	return true
}

// canSeePersonal reports whether the caller may read w's personal data.
func (r *Resolver) canSeePersonal(ctx context.Context, w *ent.SocialWorker) (bool, error) {
	v := auth.ViewerOf(ctx)
	switch {
	case v.IsAdmin():
		return true, nil
	case !v.MayReadPersonalAnywhere():
		return false, nil
	}
	rc, _ := ctx.Value(cacheKey{}).(*requestCache)
	if rc != nil {
		rc.mu.Lock()
		id, ok := rc.regions[w.ID]
		rc.mu.Unlock()
		if ok {
			return v.CanReadPersonal(id), nil
		}
	}
	var id int
	if w.Edges.Region != nil {
		id = w.Edges.Region.ID
	} else {
		var err error
		// Through w's own client: inside a mutation that is the transaction's.
		if id, err = w.QueryRegion().OnlyID(ctx); err != nil {
			return false, err
		}
	}
	if rc != nil {
		rc.mu.Lock()
		rc.regions[w.ID] = id
		rc.mu.Unlock()
	}
	return v.CanReadPersonal(id), nil
}

func personalValue[T any](ctx context.Context, r *Resolver, w *ent.SocialWorker, get func() *T) (*T, error) {
	ok, err := r.canSeePersonal(ctx, w)
	if err != nil || !ok {
		return nil, err
	}
	return get(), nil
}

// AgeBand is the ten-year band of the age on day: "under 20", "20-29" … "60+".
func AgeBand(birth, day time.Time) string {
	age := day.Year() - birth.Year()
	if day.Month() < birth.Month() || day.Month() == birth.Month() && day.Day() < birth.Day() {
		age--
	}
	switch {
	case age < 20:
		return "under 20"
	case age >= 60:
		return "60+"
	}
	lo := age / 10 * 10
	return fmt.Sprintf("%d-%d", lo, lo+9)
}

// chinaToday is today's date in China.
func chinaToday() time.Time {
	n := time.Now().In(time.FixedZone("CST", 8*60*60))
	return time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
}

// nodeVisible refuses worker records to anonymous callers through node(id) and nodes(ids)
// (the audit log and tokens are refused by their privacy policy).
func nodeVisible(ctx context.Context, n ent.Noder) error {
	if n == nil || auth.ViewerOf(ctx).Role != auth.Anonymous {
		return nil
	}
	switch n.(type) {
	case *ent.SocialWorker, *ent.TrainingRecord:
		return forbidden("社工记录需要令牌 / worker records need a token (researcher, region_operator or admin)", nil)
	}
	return nil
}
