package graph

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/assessment"
	"github.com/shegong/shegong/ent/organization"
	"github.com/shegong/shegong/ent/project"
	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/ent/station"
	"github.com/shegong/shegong/internal/auth"
)

// FindingRedacted replaces the text of a stored finding that a caller may not read.
const FindingRedacted = "[已隐去个人信息 / personal data redacted]"

// moneyConcept prefixes the concepts whose findings are about money only (budget floors,
// labour shares …): their values are the project's budget, never a person's.
const moneyConcept = "budget."

// A stored Assessment is built from the stored workers of its project or station, so its
// findings carry their personal values: an exact age ("project.workers[0]: 42"), hukou
// ("1/1 本地户籍"), training hours — of workers who may be registered in other regions than the
// project or station. Whoever may not read the personal data of every one of those workers (see
// canSeePersonal; their regions are recorded when the assessment is stored) reads the findings
// with actual, remedy and both messages replaced, except for findings about money. Live
// evaluations (evaluate, compare) are not touched: their subjects come from the caller.

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

// canSeeAssessment reports whether the viewer may read a's findings in full: admins always;
// anyone else when they may read the personal data (canSeePersonal's rule) of every worker the
// findings were built from — so everyone when there was none, as for an organisation, whose
// spec has no workers. Without a (not found) only admins.
func (r *Resolver) canSeeAssessment(ctx context.Context, a *ent.Assessment) (bool, error) {
	v := auth.ViewerOf(ctx)
	switch {
	case v.IsAdmin():
		return true, nil
	case a == nil:
		return false, nil
	}
	regions, err := r.personalRegions(ctx, a)
	if err != nil || regions == nil {
		return false, err
	}
	return readsPersonalOfAll(v, regions), nil
}

// personalRegions returns the ids of the regions of the workers whose personal data a's
// findings hold, as the assess mutation recorded them; for an assessment stored before they
// were recorded, the region of what it assesses (the rule of that time, which took its workers
// to be that region's), and nil, for admins only, when it assesses nothing. Memoised per
// request by assessment id: assessments are never updated.
func (r *Resolver) personalRegions(ctx context.Context, a *ent.Assessment) ([]int, error) {
	rc, _ := ctx.Value(cacheKey{}).(*requestCache)
	if rc != nil {
		rc.mu.Lock()
		ids, ok := rc.assessments[a.ID]
		rc.mu.Unlock()
		if ok {
			return ids, nil
		}
	}
	// Read again rather than trust a: GraphQL loads only the columns a query selects, and
	// personal_region_ids is never one of them. Through the request's client: inside a
	// mutation that is the transaction's, which sees the assessment just stored.
	c := r.tx(ctx)
	stored, err := c.Assessment.Query().Where(assessment.ID(a.ID)).Select(assessment.FieldPersonalRegionIds).Only(ctx)
	if err != nil {
		return nil, fmt.Errorf("personal regions of assessment %d: %w", a.ID, err)
	}
	ids := stored.PersonalRegionIds
	if ids == nil {
		// One query for the three edges an assessment may have; at most one is set.
		ids, err = c.Region.Query().Where(region.Or(
			region.HasProjectsWith(project.HasAssessmentsWith(assessment.ID(a.ID))),
			region.HasStationsWith(station.HasAssessmentsWith(assessment.ID(a.ID))),
			region.HasOrganizationsWith(organization.HasAssessmentsWith(assessment.ID(a.ID))),
		)).IDs(ctx)
		if err != nil {
			return nil, fmt.Errorf("region of assessment %d: %w", a.ID, err)
		}
		if len(ids) == 0 {
			ids = nil
		}
	}
	if rc != nil {
		rc.mu.Lock()
		rc.assessments[a.ID] = ids
		rc.mu.Unlock()
	}
	return ids, nil
}
