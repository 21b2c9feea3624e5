package sdk

import (
	"context"
	"fmt"
	"runtime/debug"
	"sync"
)

// ArgumentError is a call the policy must not evaluate: a batch larger than MaxBatch or an
// asOf that is not a day. It is the caller's fault, not the subject's, so the whole call
// fails (gRPC InvalidArgument on the wire).
type ArgumentError struct{ Msg string }

func (e *ArgumentError) Error() string { return "invalid argument: " + e.Msg }

// PanicError is a panic inside a region's rules, turned into an error for that call so that
// one bad rule cannot take the server (in-process) or the plugin (out of process) down.
type PanicError struct {
	Method string
	Value  any
	Stack  []byte
}

func (e *PanicError) Error() string { return fmt.Sprintf("policy %s panicked: %v", e.Method, e.Value) }

// InProcess wraps p with the normalisation every call gets, in or out of process:
//
//   - asOf must be a real day and a batch at most MaxBatch (else *ArgumentError);
//   - subjects that fail ValidateSubjectOn get Invalid without reaching p (Evaluate checks
//     each subject once for both kinds of rule, or takes a caller's ValidateSubjects);
//   - p must return one result per subject it was given (else an error);
//   - findings without a Region get the region's code; Describe gets its ProtocolVersion
//     and RulesetHash filled when empty;
//   - a panic in p becomes a *PanicError for that call.
//
// The result is also an Evaluator. Serve uses it on the plugin side, and the host and tests
// use it for in-process policies,
// so that both paths return the same results for the same input.
func InProcess(p Policy) Policy {
	if n, ok := p.(*normalized); ok {
		return n
	}
	return &normalized{inner: p}
}

type normalized struct {
	inner Policy

	mu   sync.Mutex
	desc *Description // after normalisation; nil until the first successful Describe
}

func (n *normalized) Describe(ctx context.Context) (d *Description, err error) {
	defer recoverInto("Describe", &err)
	raw, err := n.inner.Describe(ctx)
	if err != nil {
		return nil, err
	}
	if raw == nil {
		return nil, fmt.Errorf("policy Describe returned no description")
	}
	// Copy so that filling defaults never writes to a value the region may share between
	// calls (a package-level description is common).
	cp := *raw
	if cp.ProtocolVersion == 0 {
		cp.ProtocolVersion = ProtocolVersion
	}
	if cp.RulesetHash == "" {
		cp.RulesetHash = RulesetHash(&cp)
	}
	n.mu.Lock()
	n.desc = &cp
	n.mu.Unlock()
	out := cp
	return &out, nil
}

// Described returns the description of the last successful Describe, or nil before the
// first. The plugin's gRPC server answers Ping from it, so that a health check describes the
// region at most once per process.
func (n *normalized) Described() *Description {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.desc
}

// regionCode returns the region's code for filling findings, describing once if needed.
func (n *normalized) regionCode(ctx context.Context) (string, error) {
	n.mu.Lock()
	d := n.desc
	n.mu.Unlock()
	if d != nil {
		return d.Region.Code, nil
	}
	d, err := n.Describe(ctx)
	if err != nil {
		return "", fmt.Errorf("describe region: %w", err)
	}
	return d.Region.Code, nil
}

// ValidCall reports whether a call on asOf with a batch of the given size may be evaluated:
// asOf a real day (ValidAsOf) and the batch at most MaxBatch. Every Policy call is checked so,
// in process and, before anything crosses the wire, by the host's RemotePolicy.
func ValidCall(asOf Date, batch int) error {
	if err := ValidAsOf(asOf); err != nil {
		return err
	}
	if batch > MaxBatch {
		return &ArgumentError{Msg: fmt.Sprintf("batch of %d subjects exceeds MaxBatch %d; split it", batch, MaxBatch)}
	}
	return nil
}

func (n *normalized) Budget(ctx context.Context, asOf Date, projects []ProjectSpec) (out []BudgetResult, err error) {
	if err := ValidCall(asOf, len(projects)); err != nil {
		return nil, err
	}
	region, err := n.regionCode(ctx)
	if err != nil {
		return nil, err
	}
	defer recoverInto("Budget", &err)
	out = make([]BudgetResult, len(projects))
	valid := make([]ProjectSpec, 0, len(projects))
	index := make([]int, 0, len(projects))
	for i, p := range projects {
		if e := ValidateSubjectOn(Subject{Project: &p}, asOf); e != nil {
			out[i].Invalid = e
			continue
		}
		valid = append(valid, p)
		index = append(index, i)
	}
	err = n.innerBudget(ctx, asOf, region, valid, func(j int, r BudgetResult) { out[index[j]] = r })
	if err != nil {
		return nil, err
	}
	return out, nil
}

// innerBudget runs the region's Budget on valid projects and hands each result, its findings
// stamped with the region, to put with its index in valid.
func (n *normalized) innerBudget(ctx context.Context, asOf Date, region string, valid []ProjectSpec, put func(int, BudgetResult)) error {
	if len(valid) == 0 {
		return nil
	}
	got, err := n.inner.Budget(ctx, asOf, valid)
	if err != nil {
		return err
	}
	if len(got) != len(valid) {
		return fmt.Errorf("policy Budget returned %d results for %d projects", len(got), len(valid))
	}
	for j, r := range got {
		r.Findings = withRegion(r.Findings, region)
		put(j, r)
	}
	return nil
}

func (n *normalized) Staffing(ctx context.Context, asOf Date, subjects []Subject) (out []StaffingResult, err error) {
	if err := ValidCall(asOf, len(subjects)); err != nil {
		return nil, err
	}
	region, err := n.regionCode(ctx)
	if err != nil {
		return nil, err
	}
	defer recoverInto("Staffing", &err)
	out = make([]StaffingResult, len(subjects))
	valid := make([]Subject, 0, len(subjects))
	index := make([]int, 0, len(subjects))
	for i, s := range subjects {
		if e := ValidateSubjectOn(s, asOf); e != nil {
			out[i].Invalid = e
			continue
		}
		valid = append(valid, s)
		index = append(index, i)
	}
	err = n.innerStaffing(ctx, asOf, region, valid, func(j int, r StaffingResult) { out[index[j]] = r })
	if err != nil {
		return nil, err
	}
	return out, nil
}

// innerStaffing runs the region's Staffing on valid subjects and hands each result, its
// findings stamped with the region, to put with its index in valid.
func (n *normalized) innerStaffing(ctx context.Context, asOf Date, region string, valid []Subject, put func(int, StaffingResult)) error {
	if len(valid) == 0 {
		return nil
	}
	got, err := n.inner.Staffing(ctx, asOf, valid)
	if err != nil {
		return err
	}
	if len(got) != len(valid) {
		return fmt.Errorf("policy Staffing returned %d results for %d subjects", len(got), len(valid))
	}
	for j, r := range got {
		r.Findings = withRegion(r.Findings, region)
		put(j, r)
	}
	return nil
}

func (n *normalized) Catalog(ctx context.Context, asOf Date) (out *CatalogResult, err error) {
	if err := ValidAsOf(asOf); err != nil {
		return nil, err
	}
	defer recoverInto("Catalog", &err)
	out, err = n.inner.Catalog(ctx, asOf)
	if err != nil {
		return nil, err
	}
	if out == nil {
		out = &CatalogResult{}
	}
	return out, nil
}

// withRegion returns fs with empty regions filled, copying rather than writing into a slice
// the region may share between results.
func withRegion(fs []Finding, region string) []Finding {
	var out []Finding
	for i := range fs {
		if fs[i].Region == "" {
			if out == nil {
				out = append([]Finding(nil), fs...)
			}
			out[i].Region = region
		}
	}
	if out == nil {
		return fs
	}
	return out
}

func recoverInto(method string, err *error) {
	if v := recover(); v != nil {
		*err = &PanicError{Method: method, Value: v, Stack: debug.Stack()}
	}
}

// Reforms reports whether the wrapped policy offers reforms.
func (n *normalized) Reforms() bool { return CanReform(n.inner) }

// Reform returns the wrapped policy under the overrides, normalised as every call is. The
// reformed policy is made for one call and shares nothing it could write with n.
func (n *normalized) Reform(overrides []Override) (_ Policy, err error) {
	r, ok := n.inner.(Reformer)
	if !ok || !r.Reforms() {
		return nil, fmt.Errorf("policy does not offer reforms")
	}
	defer recoverInto("Reform", &err)
	p, err := r.Reform(overrides)
	if err != nil {
		return nil, err
	}
	out := &normalized{inner: p}
	n.mu.Lock()
	out.desc = n.desc // the region's identity, for labelling findings; the reform changes no code
	n.mu.Unlock()
	return out, nil
}
