package host

import (
	"context"
	"fmt"
	"sync"

	"github.com/shegong/shegong/plugins/sdk"
)

// RegionError is one region of a chain that could not answer.
type RegionError struct {
	Region string
	Err    error // errors.Is(Err, ErrPluginUnavailable) when its plugin is down
}

// RegionInputError is a subject one region of the chain could not read.
type RegionInputError struct {
	Region string
	*sdk.InputError
}

// RegionRequirement is one region's budget requirement for a project.
type RegionRequirement struct {
	Region string
	*sdk.BudgetRequirement
}

// BudgetOutcome is the result of Budget over a region and its ancestors.
type BudgetOutcome struct {
	Region      string
	AsOf        sdk.Date
	Results     []BudgetResult // one per project, in order
	EvaluatedBy []PluginRef    // regions that answered, region first, then its ancestors
	Errors      []RegionError  // regions that did not; their findings are missing
}

// BudgetResult is one project's budget outcome over the chain.
type BudgetResult struct {
	// Requirement is the strictest combination over the chain (the highest floors, the
	// lowest cap), since every region's rules apply; nil when no region sets one.
	Requirement  *sdk.BudgetRequirement
	Requirements []RegionRequirement // each region's own
	Findings     []sdk.Finding       // chain order; each names its region
	Invalid      []RegionInputError  // regions that could not read the project
}

// StaffingOutcome is the result of Staffing over a region and its ancestors.
type StaffingOutcome struct {
	Region      string
	AsOf        sdk.Date
	Results     []StaffingResult
	EvaluatedBy []PluginRef
	Errors      []RegionError
}

// StaffingResult is one subject's staffing outcome over the chain.
type StaffingResult struct {
	Findings []sdk.Finding
	Invalid  []RegionInputError
}

// Err returns the first region error as an error, or nil; a convenience for callers that
// only need "did every region answer".
func errsFirst(errs []RegionError) error {
	if len(errs) == 0 {
		return nil
	}
	return errs[0].Err
}

// Err returns the first region's error, or nil when every region answered.
func (o *BudgetOutcome) Err() error { return errsFirst(o.Errors) }

// Err returns the first region's error, or nil when every region answered.
func (o *StaffingOutcome) Err() error { return errsFirst(o.Errors) }

// Chain returns region followed by its ancestors (株洲 → 湖南), from the plugins'
// descriptions. An ancestor without a plugin is still listed; calls report it unavailable.
func (h *Host) Chain(region string) ([]string, error) {
	if h.slot(region) == nil {
		return nil, fmt.Errorf("region %q: %w", region, ErrUnknownRegion)
	}
	chain := []string{region}
	for cur := region; ; {
		s := h.slot(cur)
		if s == nil {
			break
		}
		d := s.description()
		if d == nil || d.Region.Parent == "" || contains(chain, d.Region.Parent) {
			break
		}
		chain = append(chain, d.Region.Parent)
		cur = d.Region.Parent
	}
	return chain, nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// answer is one called region's results for a whole batch. A region in several requested
// chains (Hunan, Zhuzhou's parent, in a comparison of both) is called once and its answer
// shared: what a region is sent depends only on that region (its domain translation), so
// the answer is the same whichever chain asked.
type answer[R any] struct {
	results []R // input order
	ref     PluginRef
	err     error
}

// chainView is one requested region's share of the answers: the regions of its chain that
// answered, in chain order, and those that did not.
type chainView[R any] struct {
	answered []regionResults[R]
	refs     []PluginRef
	errs     []RegionError
}

type regionResults[R any] struct {
	region  string
	results []R
}

// chunks calls f for consecutive slices of at most size items.
func chunks(n, size int, f func(lo, hi int) error) error {
	for lo := 0; lo < n; lo += size {
		if err := f(lo, min(lo+size, n)); err != nil {
			return err
		}
	}
	return nil
}

// chainsCall runs a batch call once on every distinct region of the requested regions'
// chains, in parallel, each region's batch split into chunks of at most BatchSize and given
// the domain terms it understands, and returns each requested region's view of the answers.
// The error is only for an invalid asOf or an unknown requested region.
func chainsCall[S, R any](ctx context.Context, h *Host, method string, regions []string, asOf sdk.Date, items []S,
	translate func(*domainTranslator, []S) []S,
	call func(ctx context.Context, p sdk.Policy, part []S) ([]R, error),
) ([]chainView[R], error) {
	return chainsCallEach(ctx, h, regions, asOf, items, translate, func(s *slot, items []S) ([]R, PluginRef, error) {
		return callChunked(ctx, h, s, method, items, call)
	})
}

// chainsCallEach is chainsCall with the calls to one region's plugin left to callRegion.
func chainsCallEach[S, R any](ctx context.Context, h *Host, regions []string, asOf sdk.Date, items []S,
	translate func(*domainTranslator, []S) []S,
	callRegion func(s *slot, items []S) ([]R, PluginRef, error),
) ([]chainView[R], error) {
	if err := sdk.ValidAsOf(asOf); err != nil {
		return nil, err
	}
	chains := make([][]string, len(regions))
	for k, region := range regions {
		chain, err := h.Chain(region)
		if err != nil {
			return nil, err
		}
		chains[k] = chain
	}
	answers := map[string]*answer[R]{} // nil for a chain region without a plugin
	var wg sync.WaitGroup
	for _, chain := range chains {
		for _, r := range chain {
			if _, seen := answers[r]; seen {
				continue
			}
			s := h.slot(r)
			if s == nil {
				answers[r] = nil
				continue
			}
			a := &answer[R]{}
			answers[r] = a
			wg.Go(func() {
				a.results, a.ref, a.err = callRegion(s, translate(h.translator(s.region()), items))
			})
		}
	}
	wg.Wait()
	views := make([]chainView[R], len(regions))
	for k, chain := range chains {
		v := &views[k]
		for _, r := range chain {
			a := answers[r]
			switch {
			case a == nil:
				// Named after the requested region: that is the chain whose parent is missing.
				v.errs = append(v.errs, RegionError{Region: r, Err: &UnavailableError{Region: r,
					Cause: fmt.Errorf("parent region of %s has no plugin: %w", regions[k], ErrUnknownRegion)}})
			case a.err != nil:
				v.errs = append(v.errs, RegionError{Region: r, Err: a.err})
			default:
				v.answered = append(v.answered, regionResults[R]{region: r, results: a.results})
				v.refs = append(v.refs, a.ref)
			}
		}
	}
	return views, nil
}

// callChunked calls one region's plugin with items in chunks of at most BatchSize, so a
// plugin never holds more than one chunk, and returns the results in input order.
func callChunked[S, R any](ctx context.Context, h *Host, s *slot, method string, items []S,
	call func(ctx context.Context, p sdk.Policy, part []S) ([]R, error),
) ([]R, PluginRef, error) {
	out := make([]R, len(items))
	var ref PluginRef
	err := chunks(len(items), h.cfg.BatchSize, func(lo, hi int) error {
		got, r, err := callPlugin(ctx, h, s, method, hi-lo, func(ctx context.Context, p sdk.Policy) ([]R, error) {
			return call(ctx, p, items[lo:hi])
		})
		ref = r
		copy(out[lo:hi], got)
		return err
	})
	return out, ref, err
}

// Budget evaluates the projects under region and its ancestors on asOf. A region that cannot
// answer is listed in Errors and the others still answer; the returned error is only for an
// unknown region or an invalid asOf.
func (h *Host) Budget(ctx context.Context, region string, asOf sdk.Date, projects []sdk.ProjectSpec) (*BudgetOutcome, error) {
	return only(h.BudgetRegions(ctx, []string{region}, asOf, projects))
}

// only is the one outcome of a one-region BudgetRegions or StaffingRegions call.
func only[O any](out []*O, err error) (*O, error) {
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// BudgetRegions is Budget under several regions at once, out[k] for regions[k]: every
// distinct region of their chains is called once per chunk, however many of the chains it
// is in, so a comparison that includes a region and its parent does not call the parent
// twice. A region that cannot answer affects only the chains that contain it.
func (h *Host) BudgetRegions(ctx context.Context, regions []string, asOf sdk.Date, projects []sdk.ProjectSpec) ([]*BudgetOutcome, error) {
	views, err := chainsCall(ctx, h, methodBudget, regions, asOf, projects, (*domainTranslator).projects,
		func(ctx context.Context, p sdk.Policy, part []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
			return p.Budget(ctx, asOf, part)
		})
	if err != nil {
		return nil, err
	}
	out := make([]*BudgetOutcome, len(regions))
	for k, v := range views {
		o := &BudgetOutcome{Region: regions[k], AsOf: asOf, EvaluatedBy: v.refs, Errors: v.errs, Results: make([]BudgetResult, len(projects))}
		for j := range projects {
			r := &o.Results[j]
			for _, a := range v.answered {
				res := a.results[j]
				r.Findings = append(r.Findings, h.labelled(res.Findings, a.region)...)
				if res.Invalid != nil {
					r.Invalid = append(r.Invalid, RegionInputError{Region: a.region, InputError: res.Invalid})
				}
				if res.Requirement != nil {
					r.Requirements = append(r.Requirements, RegionRequirement{Region: a.region, BudgetRequirement: res.Requirement})
					r.Requirement = strictest(r.Requirement, res.Requirement)
				}
			}
		}
		out[k] = o
	}
	return out, nil
}

// Staffing evaluates the subjects under region and its ancestors on asOf; see Budget.
func (h *Host) Staffing(ctx context.Context, region string, asOf sdk.Date, subjects []sdk.Subject) (*StaffingOutcome, error) {
	return only(h.StaffingRegions(ctx, []string{region}, asOf, subjects))
}

// StaffingRegions is Staffing under several regions at once, out[k] for regions[k]; see
// BudgetRegions.
func (h *Host) StaffingRegions(ctx context.Context, regions []string, asOf sdk.Date, subjects []sdk.Subject) ([]*StaffingOutcome, error) {
	views, err := chainsCall(ctx, h, methodStaffing, regions, asOf, subjects, (*domainTranslator).subjects,
		func(ctx context.Context, p sdk.Policy, part []sdk.Subject) ([]sdk.StaffingResult, error) {
			return p.Staffing(ctx, asOf, part)
		})
	if err != nil {
		return nil, err
	}
	out := make([]*StaffingOutcome, len(regions))
	for k, v := range views {
		o := &StaffingOutcome{Region: regions[k], AsOf: asOf, EvaluatedBy: v.refs, Errors: v.errs, Results: make([]StaffingResult, len(subjects))}
		for j := range subjects {
			r := &o.Results[j]
			for _, a := range v.answered {
				res := a.results[j]
				r.Findings = append(r.Findings, h.labelled(res.Findings, a.region)...)
				if res.Invalid != nil {
					r.Invalid = append(r.Invalid, RegionInputError{Region: a.region, InputError: res.Invalid})
				}
			}
		}
		out[k] = o
	}
	return out, nil
}

// Catalog returns the region's own catalog items and pilot sites in force on asOf.
func (h *Host) Catalog(ctx context.Context, region string, asOf sdk.Date) (*sdk.CatalogResult, PluginRef, error) {
	if err := sdk.ValidAsOf(asOf); err != nil {
		return nil, PluginRef{}, err
	}
	s := h.slot(region)
	if s == nil {
		return nil, PluginRef{}, fmt.Errorf("catalog %q: %w", region, ErrUnknownRegion)
	}
	out, ref, err := callPlugin(ctx, h, s, methodCatalog, 0, func(ctx context.Context, p sdk.Policy) (*sdk.CatalogResult, error) {
		return p.Catalog(ctx, asOf)
	})
	if err != nil {
		return nil, PluginRef{}, err
	}
	return out, ref, nil
}

// labelled makes every finding name the region whose plugin produced it: a plugin answers
// for its own region only, so a finding it labels with another region (a bug, or a plugin
// posing as another region's authority) is relabelled rather than passed on under a name
// that did not produce it. The first mislabel per region and plugin version is logged at
// warn, so a misbehaving plugin is visible without flooding the log on every call. fs is
// copied before any change: in process it may be a slice the policy shares.
func (h *Host) labelled(fs []sdk.Finding, region string) []sdk.Finding {
	var out []sdk.Finding
	var claimed string
	for i := range fs {
		if fs[i].Region == region {
			continue
		}
		if out == nil {
			out = append([]sdk.Finding(nil), fs...)
		}
		if fs[i].Region != "" && claimed == "" {
			claimed = fs[i].Region
		}
		out[i].Region = region
	}
	if claimed != "" {
		h.warnMislabel(region, claimed)
	}
	if out == nil {
		return fs
	}
	return out
}

// warnMislabel logs once per region and plugin version that the plugin labelled findings
// with another region.
func (h *Host) warnMislabel(region, claimed string) {
	version := ""
	if s := h.slot(region); s != nil {
		if d := s.description(); d != nil {
			version = d.PluginVersion
		}
	}
	if _, seen := h.mislabelled.LoadOrStore(region+"@"+version, true); seen {
		return
	}
	h.log.Warn("plugin labelled findings with another region; relabelled with the region called",
		"region", region, "version", version, "claimed", claimed)
}

func strictest(a, b *sdk.BudgetRequirement) *sdk.BudgetRequirement {
	if a == nil {
		c := *b
		return &c
	}
	out := *a
	out.MinimumTotal = pick(a.MinimumTotal, b.MinimumTotal, true)
	out.MinimumLabor = pick(a.MinimumLabor, b.MinimumLabor, true)
	out.MaximumNonLabor = pick(a.MaximumNonLabor, b.MaximumNonLabor, false)
	out.SupervisionFund = pick(a.SupervisionFund, b.SupervisionFund, true)
	return &out
}

func pick(a, b *sdk.Fen, higher bool) *sdk.Fen {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case (*b > *a) == higher:
		return b
	}
	return a
}
