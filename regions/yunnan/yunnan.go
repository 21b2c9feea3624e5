// Package yunnan is the policy of Yunnan province (云南): the Department of Civil Affairs' reply
// to CPPCC proposal No. 0109 (YN-2018, 云民政法〔2018〕44号).
//
// The reply is mostly facts, figures and plans: the community-worker subsidy of 2,000 CNY per
// person per month, 5,000 CNY training money per community, lottery funds by year, the 4.43亿
// provincial total, the 2020 targets (70,000 social-work personnel, full party-organisation
// coverage) and the pilot areas 昆明市, 红河州, 昭通市. They are cited parameters and pilot-site
// data in ruleset.yaml, for comparison across regions. The one finding is informational:
// whether a project's domain is one the reply names (a description, not a requirement),
// reported as NOT_APPLICABLE.
package yunnan

import (
	"context"
	_ "embed"
	"fmt"

	"github.com/shegong/shegong/plugins/sdk"
)

//go:embed ruleset.yaml
var rulesetYAML []byte

var ruleset = sdk.MustLoadRuleset(rulesetYAML)

// RuleDomains is the rule id (policy_rules.yaml) this package reports on.
const RuleDomains = "YN-CATALOG-DOMAINS"

type policy struct{ rs *sdk.Ruleset }

// New returns Yunnan's policy.
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

// Budget: the reply sets no project amount, share or fee; projects are validated, with no findings.
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
			out[i].Findings = []sdk.Finding{p.domain(asOf, m)}
		}
		// Stations, organisations and workers: the reply sets no rule their data can carry.
	}
	return out, nil
}

// domain reports whether the project's domain is one of the domains the reply says social
// work has expanded to. It describes, it does not require: NOT_APPLICABLE either way.
func (p *policy) domain(asOf sdk.Date, m sdk.DomainMatch) sdk.Finding {
	if !p.rs.InForce(RuleDomains, asOf) {
		return p.rs.NotInForce(RuleDomains, asOf)
	}
	f := p.rs.Finding(RuleDomains, sdk.StatusNotApplicable)
	f.Required = "答复所列社会工作服务领域,非强制 / domains named in the reply, not mandatory"
	if len(m.Items) > 0 {
		f.Actual = m.Input + " → " + m.Items[0].Code + " " + m.Items[0].TermZh
		f.MessageZh = fmt.Sprintf("服务领域“%s”属于答复所列的社会工作服务领域(%s)", m.Input, m.Items[0].TermZh)
		f.MessageEn = fmt.Sprintf("domain %q is one the reply names (%s)", m.Input, m.Items[0].TermEn)
		return f
	}
	f.Actual = m.Input
	f.MessageZh = fmt.Sprintf("服务领域“%s”不在答复所列领域中;答复不限制服务领域", m.Input)
	f.MessageEn = fmt.Sprintf("domain %q is not among the domains the reply names; the reply does not restrict domains", m.Input)
	return f
}
