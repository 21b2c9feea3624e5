package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/shegong/shegong/ent/assessment"
	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/graph/model"
	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/internal/memrelease"
	"github.com/shegong/shegong/plugins/sdk"
)

// batch evaluates compareBatch's scenarios chunk by chunk (evaluate.Chunks) and hands each
// chunk's rows to fn, so that the evaluations of the whole batch, with the plugin answers they
// were decoded from, are never in memory at once: fn keeps what the answer needs. It returns
// the as-of date used. A scenario a region could not read fails the batch with the scenario's
// path.
func (r *queryResolver) batch(ctx context.Context, scenarios []*model.ScenarioInput, regions []string, asOf *time.Time, fn func(svc *evaluate.Service, first int, rows [][]*evaluate.Evaluation) error) (sdk.Date, error) {
	svc, err := r.evaluator()
	if err != nil {
		return sdk.Date{}, err
	}
	d, err := asOfDate(asOf)
	if err != nil {
		return sdk.Date{}, err
	}
	if d.IsZero() {
		d = evaluate.Today()
	}
	subjects, err := scenarioSubjects(scenarios)
	if err != nil {
		return sdk.Date{}, err
	}
	memrelease.MarkIf(ctx, len(subjects)*cmp.Or(len(regions), len(svc.Regions())))
	err = svc.Chunks(ctx, subjects, regions, d, 0, func(first int, rows [][]*evaluate.Evaluation) error {
		if err := invalidScenario(first, rows); err != nil {
			return err
		}
		return fn(svc, first, rows)
	})
	return d, err
}

// compareBatch converts each chunk as it is evaluated, sharing repeated findings, and collects
// the chunk's garbage (the plugins' decoded answers) before the next. Its answer is marshalled
// and written element by element once every chunk has been evaluated (graph/streamlist), so a
// scenario a region cannot read, in any chunk, is an error before any of the data is written.
func (r *queryResolver) compareBatch(ctx context.Context, scenarios []*model.ScenarioInput, regions []string, asOf *time.Time) ([]*model.ScenarioResult, error) {
	out := make([]*model.ScenarioResult, len(scenarios))
	var names map[string]string
	cache := findingCache{}
	_, err := r.batch(ctx, scenarios, regions, asOf, func(svc *evaluate.Service, first int, rows [][]*evaluate.Evaluation) error {
		if names == nil {
			names = pluginNames(svc.Host())
		}
		for i, row := range rows {
			res := &model.ScenarioResult{Name: scenarios[first+i].Name, Evaluations: make([]*model.Evaluation, len(row))}
			for j, ev := range row {
				findings := ev.Findings
				ev.Findings = nil
				res.Evaluations[j] = evaluationOf(ev, names)
				res.Evaluations[j].Findings = cache.findings(findings)
			}
			out[first+i] = res
		}
		if len(scenarios) > evaluate.ChunkSize {
			memrelease.Collect()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// compareBatchSummary totals each chunk as it is evaluated and keeps no finding.
func (r *queryResolver) compareBatchSummary(ctx context.Context, scenarios []*model.ScenarioInput, regions []string, asOf *time.Time) (*model.BatchSummary, error) {
	sum := newBatchSummary(len(scenarios))
	day, err := r.batch(ctx, scenarios, regions, asOf, func(_ *evaluate.Service, first int, rows [][]*evaluate.Evaluation) error {
		for i, row := range rows {
			sum.add(first+i, scenarios[first+i].Name, row)
		}
		if len(scenarios) > evaluate.ChunkSize {
			memrelease.Collect()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return sum.finish(day), nil
}

// findingCache shares one converted finding between every evaluation of a batch that has the
// same finding: across thousands of similar scenarios most findings repeat word for word (the
// same rule, citation, message and numbers), and each is then held once instead of once per
// scenario.
type findingCache map[sdk.Finding]*schematype.Finding

func (c findingCache) findings(in []sdk.Finding) []*schematype.Finding {
	out := make([]*schematype.Finding, len(in))
	for i, f := range in {
		p, ok := c[f]
		if !ok {
			p = &findingsOf([]sdk.Finding{f})[0]
			c[f] = p
		}
		out[i] = p
	}
	return out
}

// batchSummary totals compareBatchSummary's evaluations as they are evaluated.
type batchSummary struct {
	out      *model.BatchSummary
	failing  []map[string]*model.RuleCount // per region: rule id → its count
	statuses []map[assessment.Status]int   // per region
}

// statusOrder is the order of RegionSummary.statuses: every status, the most telling first.
var statusOrder = []sdk.ComplianceStatus{sdk.NonCompliant, sdk.Incomplete, sdk.Compliant, sdk.NotInForce, sdk.NotRegulated}

func newBatchSummary(n int) *batchSummary {
	return &batchSummary{out: &model.BatchSummary{Scenarios: make([]*model.ScenarioSummary, n)}}
}

// add summarises the evaluations of scenario i, one per region in the order asked.
func (s *batchSummary) add(i int, name string, row []*evaluate.Evaluation) {
	if s.out.Regions == nil {
		for _, ev := range row {
			s.out.Regions = append(s.out.Regions, &model.RegionSummary{Region: ev.Region, Statuses: []*model.StatusCount{}, FailingRules: []*model.RuleCount{}})
			s.failing = append(s.failing, map[string]*model.RuleCount{})
			s.statuses = append(s.statuses, map[assessment.Status]int{})
		}
	}
	sc := &model.ScenarioSummary{Name: name, Evaluations: make([]*model.EvaluationSummary, len(row))}
	for j, ev := range row {
		es := evaluationSummaryOf(ev)
		sc.Evaluations[j] = es
		rs := s.out.Regions[j]
		s.statuses[j][es.Status]++
		rs.Pass += es.Pass
		rs.Fail += es.Fail
		rs.InsufficientInput += es.InsufficientInput
		if es.Error != nil {
			rs.Errors++
		}
		seen := map[string]bool{}
		for _, f := range ev.Findings {
			if f.Status != sdk.StatusFail || seen[f.RuleID] {
				continue
			}
			seen[f.RuleID] = true
			rc := s.failing[j][f.RuleID]
			if rc == nil {
				rc = &model.RuleCount{RuleID: f.RuleID, Region: f.Region}
				s.failing[j][f.RuleID] = rc
			}
			rc.Scenarios++
		}
	}
	s.out.Scenarios[i] = sc
}

// finish orders the totals.
func (s *batchSummary) finish(asOf sdk.Date) *model.BatchSummary {
	s.out.AsOf = asOf.Time()
	if s.out.Regions == nil {
		s.out.Regions = []*model.RegionSummary{}
	}
	for j, rs := range s.out.Regions {
		for _, st := range statusOrder {
			rs.Statuses = append(rs.Statuses, &model.StatusCount{Status: assessment.Status(st), Count: s.statuses[j][assessment.Status(st)]})
		}
		for _, rc := range s.failing[j] {
			rs.FailingRules = append(rs.FailingRules, rc)
		}
		slices.SortFunc(rs.FailingRules, func(a, b *model.RuleCount) int {
			return cmp.Or(b.Scenarios-a.Scenarios, strings.Compare(a.RuleID, b.RuleID))
		})
	}
	return s.out
}

// evaluationSummaryOf is ev without its findings: the counts and the failing rules.
func evaluationSummaryOf(ev *evaluate.Evaluation) *model.EvaluationSummary {
	out := &model.EvaluationSummary{Region: ev.Region, Status: assessment.Status(ev.Status),
		FailedRules: []string{}, InsufficientRules: []string{}}
	for _, f := range ev.Findings {
		switch f.Status {
		case sdk.StatusPass:
			out.Pass++
		case sdk.StatusFail:
			out.Fail++
			out.FailedRules = append(out.FailedRules, f.RuleID)
		case sdk.StatusInsufficientInput:
			out.InsufficientInput++
			out.InsufficientRules = append(out.InsufficientRules, f.RuleID)
		}
	}
	full := evaluationOf(&evaluate.Evaluation{Region: ev.Region, Budget: ev.Budget, Error: ev.Error}, nil)
	out.Budget, out.Error = full.Budget, full.Error
	return out
}

// invalidScenario is the error of the first scenario of rows (the chunk starting at scenario
// first) that a region could not read, with the scenario's path; nil when every region read
// every scenario.
func invalidScenario(first int, rows [][]*evaluate.Evaluation) error {
	for i, row := range rows {
		for _, ev := range row {
			if len(ev.Invalid) > 0 {
				e := *ev.Invalid[0].InputError
				e.Field = fmt.Sprintf("scenarios[%d].subject.%s", first+i, strings.TrimPrefix(e.Field, "subject."))
				return &e
			}
		}
	}
	return nil
}
