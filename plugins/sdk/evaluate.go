package sdk

import (
	"context"
	"fmt"
)

// EvaluateResult is one subject's outcome of every kind of rule: what Budget answers for it
// (nil for a subject that is not a project), and what Staffing answers.
type EvaluateResult struct {
	Budget   *BudgetResult
	Staffing StaffingResult
}

// Evaluator evaluates every kind of rule for a batch of subjects in one call: InProcess
// policies, and the transport.RemotePolicy of a plugin that announces
// transport.FeatureEvaluate. Its results are those of Budget on the project subjects and
// Staffing on all of them.
type Evaluator interface {
	Policy
	// Evaluates reports whether Evaluate may be called (a plugin of protocol revision 1.0
	// does not serve it; call Budget and Staffing instead, as EvaluateSeparately does).
	Evaluates() bool
	// Evaluate returns one result per subject, in order. checked, when not nil, is the
	// subjects' validation (ValidateSubjects) on asOf, which the policy then does not repeat.
	Evaluate(ctx context.Context, asOf Date, subjects []Subject, checked *Checked) ([]EvaluateResult, error)
}

// Checked is a batch of subjects already validated with ValidateSubjectOn on one day. A
// caller that evaluates the same subjects under several regions validates them once with
// ValidateSubjects and passes the result to each in-process Evaluate; validation does not depend on
// the region (a region's own checks, such as its domain catalog, still run in its rules).
type Checked struct {
	asOf    Date
	invalid []*InputError // per subject; nil when valid
}

// ValidateSubjects validates every subject on asOf.
func ValidateSubjects(asOf Date, subjects []Subject) *Checked {
	c := &Checked{asOf: asOf, invalid: make([]*InputError, len(subjects))}
	for i, s := range subjects {
		c.invalid[i] = ValidateSubjectOn(s, asOf)
	}
	return c
}

// Slice is the validation of subjects[lo:hi], for a caller that splits a batch.
func (c *Checked) Slice(lo, hi int) *Checked {
	if c == nil {
		return nil
	}
	return &Checked{asOf: c.asOf, invalid: c.invalid[lo:hi]}
}

// errors returns each subject's validation error on asOf: c's when it covers this batch
// and day, otherwise computed now.
func (c *Checked) errors(asOf Date, subjects []Subject) []*InputError {
	if c != nil && c.asOf == asOf && len(c.invalid) == len(subjects) {
		return c.invalid
	}
	return ValidateSubjects(asOf, subjects).invalid
}

// CanEvaluate reports whether p serves Evaluate.
func CanEvaluate(p Policy) bool {
	e, ok := p.(Evaluator)
	return ok && e.Evaluates()
}

// EvaluateSeparately is Evaluate through Budget (on the project subjects) and Staffing: what a
// caller does with a policy that does not serve Evaluate.
func EvaluateSeparately(ctx context.Context, p Policy, asOf Date, subjects []Subject) ([]EvaluateResult, error) {
	projects, projectAt := projectsOf(subjects)
	out := make([]EvaluateResult, len(subjects))
	if len(projects) > 0 {
		got, err := p.Budget(ctx, asOf, projects)
		if err != nil {
			return nil, err
		}
		if len(got) != len(projects) {
			return nil, fmt.Errorf("Budget returned %d results for %d projects", len(got), len(projects))
		}
		for k, i := range projectAt {
			out[i].Budget = &got[k]
		}
	}
	got, err := p.Staffing(ctx, asOf, subjects)
	if err != nil {
		return nil, err
	}
	if len(got) != len(subjects) {
		return nil, fmt.Errorf("Staffing returned %d results for %d subjects", len(got), len(subjects))
	}
	for i := range got {
		out[i].Staffing = got[i]
	}
	return out, nil
}

// projectsOf returns the project subjects' specs and the index of each among subjects.
func projectsOf(subjects []Subject) ([]ProjectSpec, []int) {
	var projects []ProjectSpec
	var at []int
	for i, s := range subjects {
		if s.Project != nil {
			projects = append(projects, *s.Project)
			at = append(at, i)
		}
	}
	return projects, at
}

func (n *normalized) Evaluates() bool { return true }

// Evaluate validates each subject once (or takes checked), then runs the region's Budget on
// the valid projects and its Staffing on every valid subject, normalised as those calls are.
func (n *normalized) Evaluate(ctx context.Context, asOf Date, subjects []Subject, checked *Checked) (out []EvaluateResult, err error) {
	if err := ValidCall(asOf, len(subjects)); err != nil {
		return nil, err
	}
	region, err := n.regionCode(ctx)
	if err != nil {
		return nil, err
	}
	defer recoverInto("Evaluate", &err)
	invalid := checked.errors(asOf, subjects)
	out = make([]EvaluateResult, len(subjects))
	valid := make([]Subject, 0, len(subjects))
	validAt := make([]int, 0, len(subjects))
	var projects []ProjectSpec
	var projectAt []int
	for i, s := range subjects {
		if s.Project != nil {
			out[i].Budget = &BudgetResult{Invalid: invalid[i]}
		}
		if invalid[i] != nil {
			out[i].Staffing.Invalid = invalid[i]
			continue
		}
		valid = append(valid, s)
		validAt = append(validAt, i)
		if s.Project != nil {
			projects = append(projects, *s.Project)
			projectAt = append(projectAt, i)
		}
	}
	err = n.innerBudget(ctx, asOf, region, projects, func(k int, r BudgetResult) { *out[projectAt[k]].Budget = r })
	if err != nil {
		return nil, err
	}
	err = n.innerStaffing(ctx, asOf, region, valid, func(k int, r StaffingResult) { out[validAt[k]].Staffing = r })
	if err != nil {
		return nil, err
	}
	return out, nil
}
