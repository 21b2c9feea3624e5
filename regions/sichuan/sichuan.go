// Package sichuan is the policy of Sichuan province (四川): the 2017 notice on pilots that bring
// social organisations and social workers into grassroots civil-affairs services (SC-2017).
//
// The notice is about pilot structure (one pilot county per prefecture, 1–2 pilot townships per
// county, 2–3 provincial pilot counties), county purchase catalogues (11 priority items, each
// county item tagged 乡镇(街道) or 村(社区)) and the redirection of funds to grassroots projects
// from 2018. Those are government-level acts the subject data cannot carry; they are cited
// parameters and catalog data in ruleset.yaml. The one finding is informational: whether a
// project's domain is one of the 11 priority items (重点考虑, not a requirement), reported as
// NOT_APPLICABLE.
package sichuan

import (
	"context"
	_ "embed"
	"fmt"

	"github.com/shegong/shegong/plugins/sdk"
)

//go:embed ruleset.yaml
var rulesetYAML []byte

var ruleset = sdk.MustLoadRuleset(rulesetYAML)

// RulePriorityItems is the rule id (policy_rules.yaml) this package reports on.
const RulePriorityItems = "SC-CATALOG-PRIORITY-ITEMS-11"

type policy struct{ rs *sdk.Ruleset }

// New returns Sichuan's policy.
func New() sdk.Policy { return &policy{rs: ruleset} }

func (p *policy) Describe(ctx context.Context) (*sdk.Description, error) {
	return p.rs.Description(), nil
}

func (p *policy) Catalog(ctx context.Context, asOf sdk.Date) (*sdk.CatalogResult, error) {
	return p.rs.CatalogAt(asOf), nil
}

func validate(s sdk.Subject) *sdk.InputError {
	if e := sdk.ValidateSubject(s); e != nil {
		return e
	}
	return sdk.ValidateCrossFields(s)
}

// Budget: the notice sets no amount, share or fee; projects are validated, with no findings.
func (p *policy) Budget(ctx context.Context, asOf sdk.Date, projects []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]sdk.BudgetResult, len(projects))
	for i, pr := range projects {
		if e := validate(sdk.Subject{Project: &pr}); e != nil {
			out[i].Invalid = e
			continue
		}
		if _, e := p.rs.ResolveDomain("project.domain", pr.Domain); e != nil {
			out[i].Invalid = e
		}
	}
	return out, nil
}

func (p *policy) Staffing(ctx context.Context, asOf sdk.Date, subjects []sdk.Subject) ([]sdk.StaffingResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]sdk.StaffingResult, len(subjects))
	for i, s := range subjects {
		if e := validate(s); e != nil {
			out[i].Invalid = e
			continue
		}
		if s.Kind() == sdk.SubjectProject {
			m, e := p.rs.ResolveDomain("project.domain", s.Project.Domain)
			if e != nil {
				out[i].Invalid = e
				continue
			}
			out[i].Findings = []sdk.Finding{p.priorityItem(asOf, m)}
		}
		// Stations, organisations and workers: the notice sets no rule their data can carry.
	}
	return out, nil
}

// priorityItem reports whether the project's domain is one of the 11 priority catalogue items.
// It is guidance for county catalogues (重点考虑), so the finding is NOT_APPLICABLE either way.
func (p *policy) priorityItem(asOf sdk.Date, m sdk.DomainMatch) sdk.Finding {
	if !p.rs.InForce(RulePriorityItems, asOf) {
		return p.rs.NotInForce(RulePriorityItems, asOf)
	}
	f := p.rs.Finding(RulePriorityItems, sdk.StatusNotApplicable)
	f.Required = "重点考虑列入指导目录,非强制 / priority for county catalogues, not mandatory"
	if len(m.Items) > 0 {
		f.Actual = m.Input + " → " + m.Items[0].Code + " " + m.Items[0].TermZh
		f.MessageZh = fmt.Sprintf("服务领域“%s”属于重点考虑列入指导目录的事项(%s)", m.Input, m.Items[0].TermZh)
		f.MessageEn = fmt.Sprintf("domain %q is one of the priority catalogue items (%s)", m.Input, m.Items[0].TermEn)
		return f
	}
	f.Actual = m.Input
	f.MessageZh = fmt.Sprintf("服务领域“%s”不在11项重点事项中;县级目录可另行列入", m.Input)
	f.MessageEn = fmt.Sprintf("domain %q is not one of the 11 priority items; county catalogues may still list it", m.Input)
	return f
}
