package host

import (
	"context"
	"sync"

	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/plugins/transport"
)

// EvaluateOutcome is the result of every kind of rule (Budget and Staffing) over a region and
// its ancestors.
type EvaluateOutcome struct {
	Region      string
	AsOf        sdk.Date
	Results     []EvaluateResult // one per subject, in order
	EvaluatedBy []PluginRef      // regions that answered, region first, then its ancestors
	Errors      []RegionError    // regions that did not; their findings are missing
}

// EvaluateResult is one subject's outcome over the chain.
type EvaluateResult struct {
	// Requirement is the strictest budget requirement over the chain (BudgetResult); nil
	// when no region sets one, and for a subject that is not a project.
	Requirement  *sdk.BudgetRequirement
	Requirements []RegionRequirement
	// Findings are in chain order; within a region its budget findings come first, then
	// its staffing findings. Each names its region.
	Findings []sdk.Finding
	Invalid  []RegionInputError // regions that could not read the subject
}

// Err returns the first region's error, or nil when every region answered.
func (o *EvaluateOutcome) Err() error { return errsFirst(o.Errors) }

// EvaluateRegions evaluates the subjects under every rule of each region's chain, out[k]
// for regions[k]: every distinct region of the chains is called once per chunk of at most
// BatchSize subjects, with Evaluate (protocol revision 1.1) when its plugin serves it, or
// with Budget (on the projects) and Staffing otherwise. In process, the subjects are
// validated once for all the regions. A region that cannot answer affects only the chains
// that contain it; the error is only for an unknown region or an invalid asOf.
func (h *Host) EvaluateRegions(ctx context.Context, regions []string, asOf sdk.Date, subjects []sdk.Subject) ([]*EvaluateOutcome, error) {
	return h.EvaluateRegionsUnder(ctx, regions, asOf, subjects, nil)
}

// EvaluateRegionsUnder is EvaluateRegions under a reform (Host.Reform; nil: none): each region
// is evaluated with the overrides of its own parameters. A region with overrides whose plugin
// does not evaluate reforms answers *ReformUnsupportedError, never the baseline; a region
// without overrides is called as EvaluateRegions calls it. A plugin that refuses an override
// answers an *sdk.OverrideError indexed as in reform.Overrides.
func (h *Host) EvaluateRegionsUnder(ctx context.Context, regions []string, asOf sdk.Date, subjects []sdk.Subject, reform *Reform) ([]*EvaluateOutcome, error) {
	var checkOnce sync.Once
	var checked *sdk.Checked
	check := func() *sdk.Checked {
		checkOnce.Do(func() { checked = sdk.ValidateSubjects(asOf, subjects) })
		return checked
	}
	views, err := chainsCallEach(ctx, h, regions, asOf, subjects, (*domainTranslator).subjects,
		func(s *slot, items []sdk.Subject) ([]sdk.EvaluateResult, PluginRef, error) {
			out, ref, err := h.evaluateRegion(ctx, s, asOf, items, check, reform.For(s.region()))
			return out, ref, reform.given(s.region(), err)
		})
	if err != nil {
		return nil, err
	}
	out := make([]*EvaluateOutcome, len(regions))
	for k, v := range views {
		o := &EvaluateOutcome{Region: regions[k], AsOf: asOf, EvaluatedBy: v.refs, Errors: v.errs, Results: make([]EvaluateResult, len(subjects))}
		for j := range subjects {
			r := &o.Results[j]
			for _, a := range v.answered {
				res := a.results[j]
				if b := res.Budget; b != nil {
					r.Findings = append(r.Findings, h.labelled(b.Findings, a.region)...)
					if b.Invalid != nil {
						r.Invalid = append(r.Invalid, RegionInputError{Region: a.region, InputError: b.Invalid})
					}
					if b.Requirement != nil {
						r.Requirements = append(r.Requirements, RegionRequirement{Region: a.region, BudgetRequirement: b.Requirement})
						r.Requirement = strictest(r.Requirement, b.Requirement)
					}
				}
				r.Findings = append(r.Findings, h.labelled(res.Staffing.Findings, a.region)...)
				if e := res.Staffing.Invalid; e != nil && (res.Budget == nil || res.Budget.Invalid == nil || res.Budget.Invalid.Field != e.Field) {
					r.Invalid = append(r.Invalid, RegionInputError{Region: a.region, InputError: e})
				}
			}
		}
		out[k] = o
	}
	return out, nil
}

// evaluateRegion evaluates subjects (already translated for the region) with one region's
// plugin, a call per chunk: Evaluate when the plugin serves it, else Budget and Staffing.
// check is the subjects' validation, computed on first use, for in-process policies.
//
// Under overrides (none: the baseline) every chunk goes to the region's policy under them
// (sdk.Reformer), made for that call alone; a plugin that does not evaluate reforms is not
// called.
func (h *Host) evaluateRegion(ctx context.Context, s *slot, asOf sdk.Date, subjects []sdk.Subject, check func() *sdk.Checked, overrides []sdk.Override) ([]sdk.EvaluateResult, PluginRef, error) {
	if len(overrides) > 0 && !s.reforms() {
		return nil, PluginRef{}, &ReformUnsupportedError{Region: s.region()}
	}
	if !s.evaluates() {
		return h.evaluateSeparately(ctx, s, asOf, subjects)
	}
	out := make([]sdk.EvaluateResult, len(subjects))
	var ref PluginRef
	err := chunks(len(subjects), h.cfg.BatchSize, func(lo, hi int) error {
		got, r, err := callPlugin(ctx, h, s, methodEvaluate, hi-lo, func(ctx context.Context, p sdk.Policy) ([]sdk.EvaluateResult, error) {
			if len(overrides) > 0 {
				rf, ok := p.(sdk.Reformer)
				if !ok || !rf.Reforms() {
					// The instance was replaced by a plugin without the feature since s.reforms looked.
					return nil, &ReformUnsupportedError{Region: s.region()}
				}
				reformed, err := rf.Reform(overrides)
				if err != nil {
					return nil, err
				}
				p = reformed
			}
			e, ok := p.(sdk.Evaluator)
			if !ok || !e.Evaluates() {
				// The instance was replaced by an older plugin since s.evaluates looked.
				return sdk.EvaluateSeparately(ctx, p, asOf, subjects[lo:hi])
			}
			var checked *sdk.Checked
			if _, remote := p.(*transport.RemotePolicy); !remote {
				checked = check().Slice(lo, hi)
			}
			return e.Evaluate(ctx, asOf, subjects[lo:hi], checked)
		})
		ref = r
		copy(out[lo:hi], got)
		return err
	})
	return out, ref, err
}

// evaluateSeparately is evaluateRegion for a plugin of protocol revision 1.0: Budget on the
// projects and Staffing on every subject, each in chunks.
func (h *Host) evaluateSeparately(ctx context.Context, s *slot, asOf sdk.Date, subjects []sdk.Subject) ([]sdk.EvaluateResult, PluginRef, error) {
	out := make([]sdk.EvaluateResult, len(subjects))
	var projects []sdk.ProjectSpec
	var projectAt []int
	for i, subj := range subjects {
		if subj.Project != nil {
			projects = append(projects, *subj.Project)
			projectAt = append(projectAt, i)
		}
	}
	var ref PluginRef
	if len(projects) > 0 {
		got, r, err := callChunked(ctx, h, s, methodBudget, projects, func(ctx context.Context, p sdk.Policy, part []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
			return p.Budget(ctx, asOf, part)
		})
		if err != nil {
			return nil, r, err
		}
		for k, i := range projectAt {
			out[i].Budget = &got[k]
		}
	}
	got, ref, err := callChunked(ctx, h, s, methodStaffing, subjects, func(ctx context.Context, p sdk.Policy, part []sdk.Subject) ([]sdk.StaffingResult, error) {
		return p.Staffing(ctx, asOf, part)
	})
	if err != nil {
		return nil, ref, err
	}
	for i := range got {
		out[i].Staffing = got[i]
	}
	return out, ref, nil
}

// evaluates reports whether the region's serving instance takes Evaluate; true while none
// serves, so that the call fails as unavailable once, under the method it would have used.
func (s *slot) evaluates() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cur == nil || sdk.CanEvaluate(s.cur.policy)
}
