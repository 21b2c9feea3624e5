package graph

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/internal/auth"
)

// FindingRedacted replaces the text of a stored finding that a caller may not read.
const FindingRedacted = "[已隐去个人信息 / personal data redacted]"

// moneyConcept prefixes the concepts whose findings are about money only (budget floors,
// labour shares …): their values are the project's budget, never a person's.
const moneyConcept = "budget."

// A stored Assessment is built from the stored workers of its project or station, so its
// findings carry their personal values: an exact age ("project.workers[0]: 42"), hukou
// ("1/1 本地户籍"), training hours. Whoever may not read those workers' personal data (see
// canSeePersonal) reads the findings with actual, remedy and both messages replaced, except
// for findings about money. Live evaluations (evaluate, compare) are not touched: their
// subjects come from the caller.

// redactFindings is the Guard's part for Assessment.findings: it runs the field and hides
// what the viewer may not read.
func (r *Resolver) redactFindings(ctx context.Context, fc *graphql.FieldContext, next graphql.Resolver) (any, error) {
	res, err := next(ctx)
	if err != nil || res == nil {
		return res, err
	}
	findings, ok := res.([]schematype.Finding)
	if !ok {
		return nil, fmt.Errorf("Assessment.findings: unexpected result type %T", res)
	}
	ok, err = r.canSeeAssessment(ctx, assessmentOf(fc))
	if err != nil || ok {
		return findings, err
	}
	return RedactFindings(findings), nil
}

// RedactFindings returns a copy of findings in which every finding not purely about money
// has its actual value, remedy and messages replaced by FindingRedacted. The rule, region,
// concept, status, required value and citation stay: they are the policy, not the person.
func RedactFindings(in []schematype.Finding) []schematype.Finding {
	out := make([]schematype.Finding, len(in))
	for i, f := range in {
		if f.Concept == nil || !strings.HasPrefix(*f.Concept, moneyConcept) {
			f.Actual = redactedText(f.Actual)
			f.Remedy = redactedText(f.Remedy)
			f.MessageZh = FindingRedacted
			f.MessageEn = FindingRedacted
		}
		out[i] = f
	}
	return out
}

func redactedText(s *string) *string {
	if s == nil {
		return nil
	}
	r := FindingRedacted
	return &r
}

var assessmentType = reflect.TypeOf(&ent.Assessment{})

// assessmentOf finds the Assessment whose findings fc resolves: the result of the nearest
// enclosing field (node, nodes[i], edges[i].node, assessProject …), through the pointers and
// interfaces gqlgen keeps it in. nil when it cannot be found.
func assessmentOf(fc *graphql.FieldContext) *ent.Assessment {
	for p := fc.Parent; p != nil; p = p.Parent {
		if p.Result == nil {
			continue
		}
		v := reflect.ValueOf(p.Result)
		for v.IsValid() && (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && !v.IsNil() {
			if v.Type() == assessmentType {
				return v.Interface().(*ent.Assessment)
			}
			v = v.Elem()
		}
		// The nearest result is not an Assessment: do not guess further up.
		return nil
	}
	return nil
}

// canSeeAssessment reports whether the viewer may read the personal data behind a's
// findings: admins always, operators when the assessed project's (station's, organisation's)
// region is in their scope, nobody else. Without a (not found) only admins.
func (r *Resolver) canSeeAssessment(ctx context.Context, a *ent.Assessment) (bool, error) {
	v := auth.ViewerOf(ctx)
	switch {
	case v.IsAdmin():
		return true, nil
	case !v.MayReadPersonalAnywhere() || a == nil:
		return false, nil
	}
	rc, _ := ctx.Value(cacheKey{}).(*requestCache)
	if rc != nil {
		rc.mu.Lock()
		id, ok := rc.assessments[a.ID]
		rc.mu.Unlock()
		if ok {
			return id != 0 && v.CanReadPersonal(id), nil
		}
	}
	id, err := assessedRegion(ctx, a)
	if err != nil {
		return false, err
	}
	if rc != nil {
		rc.mu.Lock()
		rc.assessments[a.ID] = id
		rc.mu.Unlock()
	}
	return id != 0 && v.CanReadPersonal(id), nil
}

// assessedRegion returns the region id of what a assesses, 0 when it assesses nothing.
// Through a's own client: inside a mutation that is the transaction's, which sees the
// assessment just stored.
func assessedRegion(ctx context.Context, a *ent.Assessment) (int, error) {
	for _, q := range []func() (int, error){
		func() (int, error) { return a.QueryProject().QueryRegion().OnlyID(ctx) },
		func() (int, error) { return a.QueryStation().QueryRegion().OnlyID(ctx) },
		func() (int, error) { return a.QueryOrganization().QueryRegion().OnlyID(ctx) },
	} {
		id, err := q()
		switch {
		case err == nil:
			return id, nil
		case !ent.IsNotFound(err):
			return 0, fmt.Errorf("region of assessment %d: %w", a.ID, err)
		}
	}
	return 0, nil
}
