// Package evaluate answers policy questions through the plugin host: a subject under a region
// (and its ancestors), under many regions side by side, or many subjects under many regions.
// GraphQL, CSV export and the compare command all go through here, so they agree.
package evaluate

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
)

// Service evaluates subjects with the regions loaded in a host (plugin or in-process).
type Service struct {
	host *host.Host
	// batches counts the evaluations sent to the host (each a batched call per region), so that a limit's tests can tell that a refused request asked no plugin.
	batches atomic.Uint64
	// OnEvaluation, when set, is told of every subject evaluated under a region: its status,
	// or Invalid when the region could not read the subject. Set it before the first call.
	OnEvaluation func(region, status string)
}

// Invalid is the OnEvaluation status of a subject a region could not read.
const Invalid = "INVALID"

// New returns a Service over h.
func New(h *host.Host) *Service { return &Service{host: h} }

// Host returns the host the service calls.
func (s *Service) Host() *host.Host { return s.host }

// Batches is how many batches of subjects this service has sent to the plugins so far.
func (s *Service) Batches() uint64 { return s.batches.Load() }

// Evaluation is one subject evaluated under one region and its ancestors.
type Evaluation struct {
	Region      string
	AsOf        sdk.Date
	Status      sdk.ComplianceStatus
	Budget      *sdk.BudgetRequirement // strictest over the chain; nil where no region sets one
	Findings    []sdk.Finding          // grouped by region in chain order; each names its region
	EvaluatedBy []host.PluginRef       // every region of the chain that answered
	Error       *PluginError           // a region of the chain that did not answer
	Invalid     []host.RegionInputError
	// Reform is the reform the evaluation was made under (nil: the regions' own values), its
	// overrides as given; ReformHash is its host.Reform.Hash ("" without one).
	Reform     []sdk.Override
	ReformHash string
}

// PluginError says which region of a chain could not answer, and why.
type PluginError struct {
	Code    string // PLUGIN_UNAVAILABLE, REFORM_UNSUPPORTED or INTERNAL
	Region  string
	Message string
}

// chinaZone is China Standard Time: policy dates are Beijing dates, and China has no DST.
var chinaZone = time.FixedZone("CST", 8*3600)

// Today is the default as-of date: today in China.
func Today() sdk.Date { return sdk.DateOf(time.Now().In(chinaZone)) }

// Regions returns the codes of every loaded region, sorted.
func (s *Service) Regions() []string {
	rs := s.host.Regions()
	slices.Sort(rs)
	return rs
}

// Evaluate evaluates one subject under region and its ancestors. A subject a region cannot
// read is returned as an *sdk.InputError whose Field is a path from the argument ("subject.
// project.domain").
func (s *Service) Evaluate(ctx context.Context, region string, subject sdk.Subject, asOf sdk.Date) (*Evaluation, error) {
	return s.EvaluateUnder(ctx, region, subject, asOf, nil)
}

// EvaluateUnder is Evaluate under a reform (Service.Reform; nil: none).
func (s *Service) EvaluateUnder(ctx context.Context, region string, subject sdk.Subject, asOf sdk.Date, reform *host.Reform) (*Evaluation, error) {
	evs, err := s.compare(ctx, subject, []string{region}, "region", asOf, reform)
	if err != nil {
		return nil, err
	}
	return evs[0], nil
}

// Compare evaluates one subject under each region (all loaded regions when none are given),
// concurrently. A region whose plugin is down gets an Evaluation with Error set; the others
// still answer.
func (s *Service) Compare(ctx context.Context, subject sdk.Subject, regions []string, asOf sdk.Date) ([]*Evaluation, error) {
	return s.CompareUnder(ctx, subject, regions, asOf, nil)
}

// CompareUnder is Compare under a reform (Service.Reform; nil: none). A region whose plugin
// cannot evaluate a reform of its parameters gets an Evaluation with Error REFORM_UNSUPPORTED;
// the others still answer.
func (s *Service) CompareUnder(ctx context.Context, subject sdk.Subject, regions []string, asOf sdk.Date, reform *host.Reform) ([]*Evaluation, error) {
	return s.compare(ctx, subject, regions, "regions", asOf, reform)
}

// Reform checks a reform's overrides against the loaded regions' parameters (host.Reform):
// nil for none, and an *sdk.InputError whose Field is the override's path (reform[0].value)
// for the first that cannot be applied.
func (s *Service) Reform(overrides []sdk.Override) (*host.Reform, error) {
	r, err := s.host.Reform(overrides)
	if err != nil {
		return nil, overrideInputError(err)
	}
	return r, nil
}

// overrideInputError turns an *sdk.OverrideError into the *sdk.InputError callers report as
// bad input; other errors pass unchanged.
func overrideInputError(err error) error {
	var oe *sdk.OverrideError
	if !errors.As(err, &oe) {
		return err
	}
	return &sdk.InputError{Field: oe.Path(), Message: oe.Message}
}

func (s *Service) compare(ctx context.Context, subject sdk.Subject, regions []string, field string, asOf sdk.Date, reform *host.Reform) ([]*Evaluation, error) {
	rows, err := s.batch(ctx, []sdk.Subject{subject}, regions, field, asOf, reform)
	if err != nil {
		return nil, err
	}
	for _, ev := range rows[0] {
		if len(ev.Invalid) > 0 {
			return nil, subjectError(ev.Invalid[0].InputError, "subject.")
		}
	}
	return rows[0], nil
}

// Batch evaluates every subject under every region with one batched call per region of the
// chains (per host batch size), however many subjects there are and however many chains share a
// region: 10,000 scenarios are a handful of plugin calls, not 10,000. The result is indexed
// [subject][region]; a subject a region could not read has Invalid set instead of failing
// the batch.
func (s *Service) Batch(ctx context.Context, subjects []sdk.Subject, regions []string, asOf sdk.Date) ([][]*Evaluation, error) {
	return s.batch(ctx, subjects, regions, "regions", asOf, nil)
}

// ChunkSize is the number of subjects Chunks evaluates at a time by default: the host's default
// batch size, so that a chunk is one plugin call per region, as a whole batch of that size
// would be.
const ChunkSize = 2000

// Chunks evaluates subjects as Batch does, size subjects at a time (ChunkSize when size ≤ 0),
// and hands each chunk's rows, [subject][region] from subject first, to fn before evaluating
// the next chunk. A caller that converts or writes each chunk holds one chunk's evaluations at
// a time instead of all of them: 10,000 scenarios × 5 regions with their findings are hundreds
// of megabytes. The arguments are checked, for every subject, before the first chunk is
// evaluated; an error of fn stops the evaluation and is returned.
func (s *Service) Chunks(ctx context.Context, subjects []sdk.Subject, regions []string, asOf sdk.Date, size int, fn func(first int, rows [][]*Evaluation) error) error {
	if size <= 0 {
		size = ChunkSize
	}
	regions, asOf, err := s.check(subjects, regions, "regions", asOf)
	if err != nil {
		return err
	}
	for first := 0; first < len(subjects); first += size {
		rows, err := s.evaluate(ctx, subjects[first:min(first+size, len(subjects))], regions, asOf, nil)
		if err != nil {
			return err
		}
		if err := fn(first, rows); err != nil {
			return err
		}
	}
	return nil
}

func (s *Service) batch(ctx context.Context, subjects []sdk.Subject, regions []string, field string, asOf sdk.Date, reform *host.Reform) ([][]*Evaluation, error) {
	regions, asOf, err := s.check(subjects, regions, field, asOf)
	if err != nil {
		return nil, err
	}
	return s.evaluate(ctx, subjects, regions, asOf, reform)
}

// check defaults regions and asOf and refuses an unknown or repeated region and a subject
// that is not exactly one kind.
func (s *Service) check(subjects []sdk.Subject, regions []string, field string, asOf sdk.Date) ([]string, sdk.Date, error) {
	if asOf.IsZero() {
		asOf = Today()
	}
	if len(regions) == 0 {
		regions = s.Regions()
	}
	known := s.host.Regions()
	for i, r := range regions {
		if !slices.Contains(known, r) {
			f := field
			if field == "regions" {
				f = fmt.Sprintf("regions[%d]", i)
			}
			return nil, asOf, &sdk.InputError{Field: f, Message: "未知地区 / unknown region", Accepted: s.Regions()}
		}
	}
	for i, r := range regions {
		if slices.Index(regions, r) != i {
			return nil, asOf, &sdk.InputError{Field: fmt.Sprintf("%s[%d]", field, i), Message: "地区重复 / region listed twice"}
		}
	}
	for i, subj := range subjects {
		if subj.Kind() == "" {
			return nil, asOf, &sdk.InputError{Field: subjectPath(len(subjects), i),
				Message: "须且只能给出 project、station、organization、worker、government 之一 / give exactly one of project, station, organization, worker, government"}
		}
	}
	return regions, asOf, nil
}

// evaluate evaluates checked subjects under checked regions, [subject][region].
func (s *Service) evaluate(ctx context.Context, subjects []sdk.Subject, regions []string, asOf sdk.Date, reform *host.Reform) ([][]*Evaluation, error) {
	byRegion, err := s.regions(ctx, regions, subjects, asOf, reform)
	if err != nil {
		return nil, err
	}
	out := make([][]*Evaluation, len(subjects))
	for i := range out {
		out[i] = make([]*Evaluation, len(regions))
		for j := range regions {
			ev := byRegion[j][i]
			out[i][j] = ev
			if s.OnEvaluation != nil {
				status := string(ev.Status)
				if len(ev.Invalid) > 0 {
					status = Invalid
				}
				s.OnEvaluation(ev.Region, status)
			}
		}
	}
	return out, nil
}

// regions evaluates every subject under each region's chain, [region][subject], with one
// call per region of the chains and chunk of subjects for every kind of rule (host.
// EvaluateRegions): a region in several chains (Hunan, requested and Zhuzhou's parent) is
// asked once, not once per chain.
//
// Under a reform, an override a plugin refuses (one the host could not check: a value the
// rule's declared check cannot take) fails the whole call as bad input, whatever the other
// regions answered.
func (s *Service) regions(ctx context.Context, regions []string, subjects []sdk.Subject, asOf sdk.Date, reform *host.Reform) ([][]*Evaluation, error) {
	s.batches.Add(1)
	outcomes, err := s.host.EvaluateRegionsUnder(ctx, regions, asOf, subjects, reform)
	if err != nil {
		return nil, fmt.Errorf("evaluate under %s: %w", strings.Join(regions, ", "), err)
	}
	out := make([][]*Evaluation, len(regions))
	for j, o := range outcomes {
		for _, e := range o.Errors {
			var oe *sdk.OverrideError
			if errors.As(e.Err, &oe) {
				return nil, overrideInputError(oe)
			}
		}
		out[j] = region(o)
		if reform != nil {
			for _, ev := range out[j] {
				ev.Reform, ev.ReformHash = reform.Given, reform.Hash
			}
		}
	}
	return out, nil
}

// region turns one region's outcome into an evaluation per subject.
func region(o *host.EvaluateOutcome) []*Evaluation {
	evs := make([]*Evaluation, len(o.Results))
	for i, r := range o.Results {
		ev := &Evaluation{Region: o.Region, AsOf: o.AsOf, Findings: r.Findings, Budget: r.Requirement,
			Invalid: r.Invalid, EvaluatedBy: o.EvaluatedBy, Error: pluginError(o.Errors)}
		if len(ev.Invalid) > 0 {
			ev.Findings = nil
		}
		ev.Status = sdk.Overall(ev.Findings)
		// A region of the chain did not answer: its rules might have failed, applied or
		// been in force, so no verdict short of NON_COMPLIANT can be claimed for the chain.
		if ev.Error != nil && (ev.Status == sdk.Compliant || ev.Status == sdk.NotInForce || ev.Status == sdk.NotRegulated) {
			ev.Status = sdk.Incomplete
		}
		evs[i] = ev
	}
	return evs
}

func pluginError(errs []host.RegionError) *PluginError {
	if len(errs) == 0 {
		return nil
	}
	e := errs[0]
	code := "INTERNAL"
	switch {
	case errors.Is(e.Err, host.ErrReformUnsupported):
		code = "REFORM_UNSUPPORTED"
	case errors.Is(e.Err, host.ErrPluginUnavailable) || errors.Is(e.Err, context.DeadlineExceeded):
		code = "PLUGIN_UNAVAILABLE"
	}
	return &PluginError{Code: code, Region: e.Region, Message: e.Err.Error()}
}

func subjectPath(n, i int) string {
	if n == 1 {
		return "subject"
	}
	return fmt.Sprintf("subjects[%d]", i)
}

// subjectError turns a region's complaint about a subject into an error whose field is a
// path from the caller's argument.
func subjectError(e *sdk.InputError, prefix string) *sdk.InputError {
	out := *e
	if !strings.HasPrefix(out.Field, prefix) {
		out.Field = prefix + out.Field
	}
	return &out
}
