// Package rule holds the ent privacy policies of the schema (ent/schema Policy methods):
// who may write which records. Reads are open at this layer except for the audit log and the
// API tokens; personal data is withheld from reads by the GraphQL layer (graph/access.go).
//
// Every policy first honours a decision in the context: auth.System and auth.Bulk allow the
// server's own writers (migrations, seed, policy sync, token commands, the audit hook).
package rule

import (
	"context"
	"fmt"

	entgo "entgo.io/ent"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/assessment"
	"github.com/shegong/shegong/ent/budgetline"
	"github.com/shegong/shegong/ent/contractorreport"
	"github.com/shegong/shegong/ent/organization"
	"github.com/shegong/shegong/ent/performanceevaluation"
	"github.com/shegong/shegong/ent/privacy"
	"github.com/shegong/shegong/ent/project"
	"github.com/shegong/shegong/ent/projectfiling"
	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/ent/socialworker"
	"github.com/shegong/shegong/ent/station"
	"github.com/shegong/shegong/ent/trainingrecord"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/links"
)

// RegionScoped is the policy of the records that belong to a region (directly or through
// their parent): admins write all of them, a region_operator those whose region lies in its
// subtree — checked for the row as it is (update) and for every record the mutation links
// it to (the new region, parent, workers …) — and nobody else writes any.
func RegionScoped() entgo.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{privacy.MutationRuleFunc(scopedWrite)},
		Query:    privacy.QueryPolicy{privacy.AlwaysAllowRule()},
	}
}

// AdminOnlyWrites is the policy of regions and policy tables: readable by all, written by
// admins (and by the plugin sync, through the system context).
func AdminOnlyWrites() entgo.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{privacy.MutationRuleFunc(adminWrite)},
		Query:    privacy.QueryPolicy{privacy.AlwaysAllowRule()},
	}
}

// AdminOnly is the policy of API tokens and the audit log: admins (and the system context)
// read and write them, nobody else even reads them (node(id) included).
func AdminOnly() entgo.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{privacy.MutationRuleFunc(adminWrite)},
		Query: privacy.QueryPolicy{privacy.QueryRuleFunc(func(ctx context.Context, _ ent.Query) error {
			if auth.FromContext(ctx).IsAdmin() {
				return privacy.Allow
			}
			return privacy.Denyf("管理员专用 / admin only")
		})},
	}
}

// SystemOnly is the policy of the audit log's writes: only the audit hook (system context).
func SystemOnly() entgo.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
		Query:    AdminOnly().(privacy.Policy).Query,
	}
}

func adminWrite(ctx context.Context, _ ent.Mutation) error {
	v := auth.FromContext(ctx)
	if v.IsAdmin() {
		return privacy.Allow
	}
	return deny(v, "只有管理员可以修改 / only admins may change these records")
}

func deny(v *auth.Viewer, msg string) error {
	if v == nil || v.Role == auth.Anonymous {
		return privacy.Denyf("未登录不能修改数据 / anonymous callers may not change data: send Authorization: Bearer <token>")
	}
	return privacy.Denyf("%s (role %s)", msg, v.Role)
}

func scopedWrite(ctx context.Context, m ent.Mutation) error {
	v := auth.FromContext(ctx)
	switch {
	case v.IsAdmin():
		return privacy.Allow
	case v == nil || v.Role != auth.Operator:
		return deny(v, "此角色不能修改数据 / this role may not change data")
	}
	regions, err := touchedRegions(ctx, m)
	if err != nil {
		return err
	}
	if len(regions) == 0 {
		return deny(v, "无法确定记录所属地区 / the record's region cannot be determined")
	}
	for _, id := range regions {
		if !v.CanWriteRegionID(id) {
			return privacy.Denyf("记录所属地区不在令牌范围 %s 内 / the record (or a record it links to) belongs to a region outside the token's scope %s", v.Region, v.Region)
		}
	}
	return privacy.Allow
}

type clientMutation interface {
	ent.Mutation
	Client() *ent.Client
}

type idMutation interface {
	ID() (int, bool)
}

// touchedRegions lists the regions a mutation touches: the region of the existing row (for
// an update) and the region of every record it links or unlinks, the region edge included.
func touchedRegions(ctx context.Context, m ent.Mutation) ([]int, error) {
	cm, ok := m.(clientMutation)
	if !ok {
		return nil, fmt.Errorf("privacy: mutation %T has no client", m)
	}
	c := cm.Client()
	var out []int
	switch {
	case m.Op().Is(ent.OpCreate):
	case m.Op().Is(ent.OpUpdateOne):
		id, ok := m.(idMutation).ID()
		if !ok {
			return nil, nil
		}
		r, err := regionOf(ctx, c, m.Type(), id)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	default: // bulk updates and deletes: admins only
		return nil, nil
	}
	for _, edges := range [][]string{m.AddedEdges(), m.RemovedEdges()} {
		for _, e := range edges {
			ids := m.AddedIDs(e)
			ids = append(ids, m.RemovedIDs(e)...)
			for _, v := range ids {
				id, ok := v.(int)
				if !ok {
					return nil, nil
				}
				r, ok, err := edgeRegion(ctx, c, e, id)
				if err != nil || !ok {
					return nil, err
				}
				out = append(out, r)
			}
		}
	}
	// A clear (clearWorkers …) or a unique edge pointed elsewhere unlinks records as a
	// remove does: each must lie in the operator's regions too.
	unlinked, err := links.Of(ctx, m)
	if err != nil {
		return nil, err
	}
	for _, u := range unlinked {
		for _, id := range u.IDs {
			r, ok, err := edgeRegion(ctx, c, u.Edge, id)
			if err != nil || !ok {
				return nil, err
			}
			out = append(out, r)
		}
	}
	return out, nil
}

// edgeRegion returns the region of the record id that edge links to; false for an edge of
// no known type (the write is then refused: its region cannot be determined).
func edgeRegion(ctx context.Context, c *ent.Client, edge string, id int) (int, bool, error) {
	typ, ok := edgeTypes[edge]
	if !ok {
		return 0, false, nil
	}
	r, err := regionOf(ctx, c, typ, id)
	return r, err == nil, err
}

// edgeTypes maps the edge names of the region-scoped entities to the type they point to.
var edgeTypes = map[string]string{
	"region": ent.TypeRegion, "organization": ent.TypeOrganization, "contractor": ent.TypeOrganization,
	"operator": ent.TypeOrganization, "worker": ent.TypeSocialWorker, "workers": ent.TypeSocialWorker,
	"training_records": ent.TypeTrainingRecord, "station": ent.TypeStation, "stations": ent.TypeStation,
	"project": ent.TypeProject, "projects": ent.TypeProject, "budget_lines": ent.TypeBudgetLine,
	"evaluations": ent.TypePerformanceEvaluation, "assessments": ent.TypeAssessment,
	"filings": ent.TypeProjectFiling, "reports": ent.TypeContractorReport,
}

// RegionOf returns the id of the region a record belongs to: its own region, or its
// parent's (training record → worker; budget line, evaluation, filing and contractor report →
// project; assessment → its project, station or organisation).
func RegionOf(ctx context.Context, c *ent.Client, typ string, id int) (int, error) {
	return regionOf(ctx, c, typ, id)
}

func regionOf(ctx context.Context, c *ent.Client, typ string, id int) (int, error) {
	switch typ {
	case ent.TypeRegion:
		return c.Region.Query().Where(region.ID(id)).OnlyID(ctx)
	case ent.TypeOrganization:
		return c.Organization.Query().Where(organization.ID(id)).QueryRegion().OnlyID(ctx)
	case ent.TypeSocialWorker:
		return c.SocialWorker.Query().Where(socialworker.ID(id)).QueryRegion().OnlyID(ctx)
	case ent.TypeStation:
		return c.Station.Query().Where(station.ID(id)).QueryRegion().OnlyID(ctx)
	case ent.TypeProject:
		return c.Project.Query().Where(project.ID(id)).QueryRegion().OnlyID(ctx)
	case ent.TypeTrainingRecord:
		return c.TrainingRecord.Query().Where(trainingrecord.ID(id)).QueryWorker().QueryRegion().OnlyID(ctx)
	case ent.TypeBudgetLine:
		return c.BudgetLine.Query().Where(budgetline.ID(id)).QueryProject().QueryRegion().OnlyID(ctx)
	case ent.TypePerformanceEvaluation:
		return c.PerformanceEvaluation.Query().Where(performanceevaluation.ID(id)).QueryProject().QueryRegion().OnlyID(ctx)
	case ent.TypeProjectFiling:
		return c.ProjectFiling.Query().Where(projectfiling.ID(id)).QueryProject().QueryRegion().OnlyID(ctx)
	case ent.TypeContractorReport:
		return c.ContractorReport.Query().Where(contractorreport.ID(id)).QueryProject().QueryRegion().OnlyID(ctx)
	case ent.TypeAssessment:
		a, err := c.Assessment.Query().Where(assessment.ID(id)).
			WithProject(func(q *ent.ProjectQuery) { q.WithRegion() }).
			WithStation(func(q *ent.StationQuery) { q.WithRegion() }).
			WithOrganization(func(q *ent.OrganizationQuery) { q.WithRegion() }).Only(ctx)
		if err != nil {
			return 0, err
		}
		switch {
		case a.Edges.Project != nil && a.Edges.Project.Edges.Region != nil:
			return a.Edges.Project.Edges.Region.ID, nil
		case a.Edges.Station != nil && a.Edges.Station.Edges.Region != nil:
			return a.Edges.Station.Edges.Region.ID, nil
		case a.Edges.Organization != nil && a.Edges.Organization.Edges.Region != nil:
			return a.Edges.Organization.Edges.Region.ID, nil
		}
		return 0, privacy.Denyf("评估记录没有所属对象 / the assessment belongs to no project, station or organisation")
	}
	return 0, privacy.Denyf("type %s has no region", typ)
}
