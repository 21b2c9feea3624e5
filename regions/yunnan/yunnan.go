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
	_ "embed"
	"fmt"

	"github.com/shegong/shegong/plugins/sdk"
)

//go:embed ruleset.yaml
var rulesetYAML []byte

var ruleset = sdk.MustLoadRuleset(rulesetYAML)

// RuleDomains is the rule id (policy_rules.yaml) this package reports on.
const RuleDomains = "YN-CATALOG-DOMAINS"

// New returns Yunnan's policy: no money rule (the reply sets no amount, share or
// fee), and one informational finding on a project's domain.
func New() sdk.Policy {
	return &sdk.RulesetPolicy{Ruleset: ruleset, StaffingRules: staffing}
}

// staffing: stations, organisations and workers get no finding, since the reply sets no rule
// their data can carry.
func staffing(asOf sdk.Date, s sdk.Subject, m sdk.DomainMatch) []sdk.Finding {
	if s.Project == nil {
		return nil
	}
	return []sdk.Finding{domain(asOf, m)}
}

// domain reports whether the project's domain is one of the domains the reply says social
// work has expanded to. It describes, it does not require: NOT_APPLICABLE either way.
func domain(asOf sdk.Date, m sdk.DomainMatch) sdk.Finding {
	if !ruleset.InForce(RuleDomains, asOf) {
		return ruleset.NotInForce(RuleDomains, asOf)
	}
	f := ruleset.Finding(RuleDomains, sdk.StatusNotApplicable)
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
