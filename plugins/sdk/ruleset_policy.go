package sdk

import (
	"context"
	"fmt"
)

// RulesetPolicy is the usual shape of a region: its data in a Ruleset and its rules as two
// functions over one valid subject, plus the rules that declare their check in the ruleset
// (Ruleset.Declared), whose findings follow StaffingRules' for every subject. It answers Describe and Catalog from the data, and runs
// Budget and Staffing subject by subject after the shared input checks (ValidateSubjectOn) and
// the project-domain lookup (Ruleset.ResolveDomain), so a region writes only its rules and
// every region reads input the same way.
type RulesetPolicy struct {
	Ruleset *Ruleset
	// BudgetRules returns the budget requirement (nil for none) and the findings for one
	// valid project. Nil when the region sets no money rule: projects are still validated.
	BudgetRules func(asOf Date, p ProjectSpec, domain DomainMatch) (*BudgetRequirement, []Finding)
	// StaffingRules returns the findings for one valid subject of any kind (SubjectKinds,
	// governments included: switch on s.Kind() and return nil for a kind the region has no
	// rule on, never assume a provider); domain is set for projects. Nil when the region sets
	// no rule on people.
	StaffingRules func(asOf Date, s Subject, domain DomainMatch) []Finding
	// NewFrom builds the region's policy over another ruleset, with the same rules (a region's
	// NewFrom). Set, it makes the policy a Reformer: a reform is the region's rules over the
	// ruleset with the overrides applied. Leave it nil while any rule reads a number other
	// than through the Ruleset it is given (a package-level ruleset, a constant): such a rule
	// would answer the baseline under a reform, so the region does not offer reforms.
	NewFrom func(*Ruleset) Policy
}

// Reforms reports whether the region offers reforms (NewFrom is set).
func (p *RulesetPolicy) Reforms() bool { return p.NewFrom != nil }

// Reform returns the region's policy over its ruleset with the overrides applied
// (Ruleset.WithOverrides).
func (p *RulesetPolicy) Reform(overrides []Override) (Policy, error) {
	if p.NewFrom == nil {
		return nil, fmt.Errorf("region %s does not offer reforms", p.Ruleset.Region())
	}
	rs, err := p.Ruleset.WithOverrides(overrides)
	if err != nil {
		return nil, err
	}
	return p.NewFrom(rs), nil
}

// Describe returns the region's data.
func (p *RulesetPolicy) Describe(context.Context) (*Description, error) {
	return p.Ruleset.Description(), nil
}

// Catalog returns the catalog items and pilot sites in force on asOf.
func (p *RulesetPolicy) Catalog(_ context.Context, asOf Date) (*CatalogResult, error) {
	return p.Ruleset.CatalogAt(asOf), nil
}

// Budget validates each project and applies BudgetRules.
func (p *RulesetPolicy) Budget(ctx context.Context, asOf Date, projects []ProjectSpec) ([]BudgetResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]BudgetResult, len(projects))
	for i := range projects {
		m, bad := p.read(Subject{Project: &projects[i]}, asOf)
		switch {
		case bad != nil:
			out[i].Invalid = bad
		case p.BudgetRules != nil:
			out[i].Requirement, out[i].Findings = p.BudgetRules(asOf, projects[i], m)
		}
	}
	return out, nil
}

// Staffing validates each subject and applies StaffingRules.
func (p *RulesetPolicy) Staffing(ctx context.Context, asOf Date, subjects []Subject) ([]StaffingResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]StaffingResult, len(subjects))
	for i, s := range subjects {
		m, bad := p.read(s, asOf)
		switch {
		case bad != nil:
			out[i].Invalid = bad
		default:
			if p.StaffingRules != nil {
				out[i].Findings = p.StaffingRules(asOf, s, m)
			}
			out[i].Findings = append(out[i].Findings, p.Ruleset.Declared(asOf, s)...)
		}
	}
	return out, nil
}

// read validates a subject and, for a project, resolves its domain.
func (p *RulesetPolicy) read(s Subject, asOf Date) (DomainMatch, *InputError) {
	if bad := ValidateSubjectOn(s, asOf); bad != nil {
		return DomainMatch{}, bad
	}
	if s.Project == nil {
		return DomainMatch{}, nil
	}
	return p.Ruleset.ResolveDomain("project.domain", s.Project.Domain)
}
