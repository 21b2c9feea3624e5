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
	_ "embed"
	"fmt"

	"github.com/shegong/shegong/plugins/sdk"
)

//go:embed ruleset.yaml
var rulesetYAML []byte

var ruleset = sdk.MustLoadRuleset(rulesetYAML)

// RulePriorityItems is the rule id (policy_rules.yaml) this package reports on.
const RulePriorityItems = "SC-CATALOG-PRIORITY-ITEMS-11"

// New returns Sichuan's policy: no money rule (the notice sets no amount, share or
// fee), and one informational finding on a project's domain.
func New() sdk.Policy {
	return &sdk.RulesetPolicy{Ruleset: ruleset, StaffingRules: staffing}
}

// staffing: stations, organisations and workers get no finding, since the notice sets no rule
// their data can carry.
func staffing(asOf sdk.Date, s sdk.Subject, m sdk.DomainMatch) []sdk.Finding {
	if s.Project == nil {
		return nil
	}
	return []sdk.Finding{priorityItem(asOf, m)}
}

// priorityItem reports whether the project's domain is one of the 11 priority catalogue items.
// It is guidance for county catalogues (重点考虑), so the finding is NOT_APPLICABLE either way.
func priorityItem(asOf sdk.Date, m sdk.DomainMatch) sdk.Finding {
	if !ruleset.InForce(RulePriorityItems, asOf) {
		return ruleset.NotInForce(RulePriorityItems, asOf)
	}
	f := ruleset.Finding(RulePriorityItems, sdk.StatusNotApplicable)
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
