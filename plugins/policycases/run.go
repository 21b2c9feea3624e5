package policycases

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/shegong/shegong/plugins/sdk"
)

// Report is the outcome of a case file.
type Report struct {
	Path   string
	Region string
	Cases  []CaseResult
	Passed int
	Failed int
}

// Summary is the closing line: "N passed, M failed".
func (r Report) Summary() string { return fmt.Sprintf("%d passed, %d failed", r.Passed, r.Failed) }

// OK reports whether every case passed.
func (r Report) OK() bool { return r.Failed == 0 }

// CaseResult is the outcome of one case.
type CaseResult struct {
	Name     string
	Passed   bool
	Problems []string // readable differences between expected and actual; empty when Passed
	// What the chain produced, for diagnosis.
	Findings    []sdk.Finding
	Requirement *sdk.BudgetRequirement
	Invalid     []*sdk.InputError
	Overall     sdk.ComplianceStatus
}

// RunFile evaluates every case of the file against the chain: chain[0] is the region the file
// is about, followed by its ancestors. The returned error is for a file or chain that cannot be
// used at all (unreadable, malformed, empty chain, region mismatch); a case whose expectations
// are not met is a failed CaseResult, with readable differences in Problems.
func RunFile(ctx context.Context, path string, chain ...sdk.Policy) (Report, error) {
	rep := Report{Path: path}
	f, err := LoadFile(path)
	if err != nil {
		return rep, err
	}
	return RunParsed(ctx, f, path, chain...)
}

// RunParsed is RunFile over an already decoded file.
func RunParsed(ctx context.Context, f *File, path string, chain ...sdk.Policy) (Report, error) {
	rep := Report{Path: path, Region: f.Region}
	if len(chain) == 0 {
		return rep, fmt.Errorf("%s: no policy to evaluate", path)
	}
	// Evaluate through the same normalisation the server and Serve apply (input validation,
	// region filled into findings, panics turned into errors), so cases see what users see.
	wrapped := make([]sdk.Policy, len(chain))
	for i, p := range chain {
		wrapped[i] = sdk.InProcess(p)
	}
	chain = wrapped
	codes := make([]string, len(chain))
	for i, p := range chain {
		d, err := p.Describe(ctx)
		if err != nil {
			return rep, fmt.Errorf("%s: describe chain[%d]: %w", path, i, err)
		}
		codes[i] = d.Region.Code
	}
	if f.Region != "" && f.Region != codes[0] {
		return rep, fmt.Errorf("%s: file is for region %q but the chain starts with %q", path, f.Region, codes[0])
	}
	rep.Region = codes[0]
	for _, c := range f.Cases {
		res := runCase(ctx, c, chain, codes)
		res.Passed = len(res.Problems) == 0
		if res.Passed {
			rep.Passed++
		} else {
			rep.Failed++
		}
		rep.Cases = append(rep.Cases, res)
	}
	return rep, nil
}

// Detail formats a case's problems and, for a failed case, every finding produced.
func (c CaseResult) Detail() string {
	var b strings.Builder
	for _, p := range c.Problems {
		b.WriteString("  - " + p + "\n")
	}
	if !c.Passed {
		fmt.Fprintf(&b, "  overall: %s\n", c.Overall)
		for _, e := range c.Invalid {
			fmt.Fprintf(&b, "  invalid: %s: %s\n", e.Field, e.Message)
		}
		if c.Requirement != nil {
			fmt.Fprintf(&b, "  budget: %s\n", formatRequirement(c.Requirement))
		}
		for _, f := range c.Findings {
			fmt.Fprintf(&b, "  finding: %s\n", formatFinding(f))
		}
	}
	return b.String()
}

func runCase(ctx context.Context, c Case, chain []sdk.Policy, codes []string) (res CaseResult) {
	res.Name = c.Name
	bad := func(format string, args ...any) { res.Problems = append(res.Problems, fmt.Sprintf(format, args...)) }
	defer func() {
		if r := recover(); r != nil {
			bad("panic while evaluating: %v", r)
		}
	}()
	e := c.Expect
	if e.Status == "" && e.Budget == nil && len(e.Findings) == 0 && len(e.Absent) == 0 && e.Invalid == "" {
		bad("case asserts nothing: give expect.status, budget, findings, absent or invalid")
		return res
	}
	asOf, err := sdk.ParseDate(c.AsOf)
	if err != nil {
		bad("as_of: %v", err)
		return res
	}
	subj, err := c.Subject.subject()
	if err != nil {
		bad("subject: %v", err)
		return res
	}

	for i, p := range chain {
		fill := func(fs []sdk.Finding) {
			for _, f := range fs {
				if f.Region == "" {
					f.Region = codes[i]
				}
				res.Findings = append(res.Findings, f)
			}
		}
		if subj.Project != nil {
			out, err := p.Budget(ctx, asOf, []sdk.ProjectSpec{*subj.Project})
			if err != nil {
				bad("%s Budget returned an error: %v", codes[i], err)
			} else if len(out) != 1 {
				bad("%s Budget returned %d results for 1 project", codes[i], len(out))
			} else {
				if out[0].Invalid != nil {
					res.Invalid = append(res.Invalid, out[0].Invalid)
					if len(out[0].Findings) > 0 {
						bad("%s Budget set Invalid (%s) but also returned %d findings", codes[i], out[0].Invalid.Field, len(out[0].Findings))
					}
				}
				if i == 0 {
					res.Requirement = out[0].Requirement
				}
				fill(out[0].Findings)
			}
		}
		out, err := p.Staffing(ctx, asOf, []sdk.Subject{subj})
		if err != nil {
			bad("%s Staffing returned an error: %v", codes[i], err)
		} else if len(out) != 1 {
			bad("%s Staffing returned %d results for 1 subject", codes[i], len(out))
		} else {
			if out[0].Invalid != nil {
				res.Invalid = append(res.Invalid, out[0].Invalid)
				if len(out[0].Findings) > 0 {
					bad("%s Staffing set Invalid (%s) but also returned %d findings", codes[i], out[0].Invalid.Field, len(out[0].Findings))
				}
			}
			fill(out[0].Findings)
		}
	}
	res.Overall = sdk.Overall(res.Findings)

	// invalid
	if e.Invalid != "" {
		if !slices.ContainsFunc(res.Invalid, func(ie *sdk.InputError) bool { return ie.Field == e.Invalid }) {
			if len(res.Invalid) == 0 {
				bad("invalid: want Invalid at %s, got a valid subject", e.Invalid)
			} else {
				bad("invalid: want Invalid at %s, got %s", e.Invalid, invalidFields(res.Invalid))
			}
		}
	} else if len(res.Invalid) > 0 {
		bad("invalid: subject unexpectedly rejected: %s", invalidFields(res.Invalid))
	}

	// status
	if e.Status != "" && string(res.Overall) != e.Status {
		bad("status: want %s, got %s", e.Status, res.Overall)
	}

	// budget requirement
	if e.Budget != nil {
		for k := range e.Budget {
			if !slices.Contains(BudgetFields, k) {
				bad("expect.budget: unknown field %q (want one of %s)", k, strings.Join(BudgetFields, ", "))
			}
		}
		req := res.Requirement
		if req == nil {
			req = &sdk.BudgetRequirement{}
		}
		got := map[string]*sdk.Fen{"minimum_total": req.MinimumTotal, "minimum_labor": req.MinimumLabor,
			"maximum_non_labor": req.MaximumNonLabor, "supervision_fund": req.SupervisionFund}
		for _, k := range BudgetFields {
			want, ok := e.Budget[k]
			if !ok {
				continue
			}
			g := got[k]
			switch {
			case want == nil || *want == "":
				if g != nil {
					bad("budget.%s: want nil, got %s", k, g)
				}
			case g == nil:
				bad("budget.%s: want %s, got nil", k, *want)
			default:
				w, err := sdk.ParseYuan(*want)
				if err != nil {
					bad("budget.%s: expected value: %v", k, err)
				} else if w != *g {
					bad("budget.%s: want %s, got %s (difference %s)", k, w, *g, *g-w)
				}
			}
		}
	}

	// findings that must be present
	for _, want := range e.Findings {
		if want.Rule == "" || want.Status == "" {
			bad("expect.findings: rule and status are required (%+v)", want)
			continue
		}
		var same []sdk.Finding
		for _, f := range res.Findings {
			if f.RuleID == want.Rule {
				same = append(same, f)
			}
		}
		if len(same) == 0 {
			bad("finding %s: want %s, but no finding has this rule id (got rules: %s)", want.Rule, want.Status, ruleIDs(res.Findings))
			continue
		}
		var diffs []string
		matched := false
		for _, f := range same {
			d := matchFinding(want, f)
			if len(d) == 0 {
				matched = true
				break
			}
			diffs = append(diffs, strings.Join(d, "; "))
		}
		if !matched {
			bad("finding %s: %s", want.Rule, strings.Join(diffs, " | "))
		}
	}

	// rules that must not be applied
	for _, id := range e.Absent {
		for _, f := range res.Findings {
			if f.RuleID == id && (f.Status == sdk.StatusPass || f.Status == sdk.StatusFail) {
				bad("absent %s: want no PASS/FAIL finding, got %s", id, formatFinding(f))
			}
		}
	}
	return res
}

func matchFinding(want ExpectFinding, f sdk.Finding) []string {
	var d []string
	if string(f.Status) != want.Status {
		d = append(d, fmt.Sprintf("status want %s, got %s (actual %q, required %q)", want.Status, f.Status, f.Actual, f.Required))
	}
	if want.Region != "" && f.Region != want.Region {
		d = append(d, fmt.Sprintf("region want %s, got %s", want.Region, f.Region))
	}
	if want.Concept != "" && f.Concept != want.Concept {
		d = append(d, fmt.Sprintf("concept want %s, got %s", want.Concept, f.Concept))
	}
	if want.Actual != nil && f.Actual != *want.Actual {
		d = append(d, fmt.Sprintf("actual want %q, got %q", *want.Actual, f.Actual))
	}
	if want.Required != nil && f.Required != *want.Required {
		d = append(d, fmt.Sprintf("required want %q, got %q", *want.Required, f.Required))
	}
	if want.RemedyContains != "" && !strings.Contains(f.Remedy, want.RemedyContains) {
		d = append(d, fmt.Sprintf("remedy want to contain %q, got %q", want.RemedyContains, f.Remedy))
	}
	if want.MessageContains != "" && !strings.Contains(f.MessageZh, want.MessageContains) &&
		!strings.Contains(f.MessageEn, want.MessageContains) {
		d = append(d, fmt.Sprintf("message want to contain %q, got %q / %q", want.MessageContains, f.MessageZh, f.MessageEn))
	}
	return d
}

func ruleIDs(fs []sdk.Finding) string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.RuleID+"="+string(f.Status))
	}
	if len(ids) == 0 {
		return "none"
	}
	return strings.Join(ids, ", ")
}

func invalidFields(es []*sdk.InputError) string {
	var s []string
	for _, e := range es {
		s = append(s, e.Field+" ("+e.Message+")")
	}
	return strings.Join(s, "; ")
}

func formatFinding(f sdk.Finding) string {
	s := fmt.Sprintf("%s [%s] %s", f.RuleID, f.Region, f.Status)
	if f.Actual != "" || f.Required != "" {
		s += fmt.Sprintf(" actual=%q required=%q", f.Actual, f.Required)
	}
	if f.Remedy != "" {
		s += fmt.Sprintf(" remedy=%q", f.Remedy)
	}
	return s
}

func formatRequirement(r *sdk.BudgetRequirement) string {
	f := func(p *sdk.Fen) string {
		if p == nil {
			return "nil"
		}
		return p.String()
	}
	return fmt.Sprintf("minimum_total=%s minimum_labor=%s maximum_non_labor=%s supervision_fund=%s",
		f(r.MinimumTotal), f(r.MinimumLabor), f(r.MaximumNonLabor), f(r.SupervisionFund))
}
