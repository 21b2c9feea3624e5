// Package yunnan is the policy of Yunnan province (云南): the Department of Civil Affairs' reply
// to CPPCC proposal No. 0109 (YN-2018, 云民政法〔2018〕44号).
//
// The reply is mostly facts, figures and plans: the community-worker subsidy of 2,000 CNY per
// person per month, 5,000 CNY training money per community, lottery funds by year, the 4.43亿
// provincial total, the pilot areas 昆明市, 红河州, 昭通市. They are cited parameters and
// pilot-site data in ruleset.yaml, for comparison across regions. What the reply states or
// reports as a rule or target, and the subject data can carry, is checked here:
//
//   - organisations (organization.go): the ways a party organisation is formed (一), direct
//     registration of community-service organisations with the county civil-affairs department
//     (六(二), from 云发〔2017〕1号);
//   - governments (government.go): the 2020 target of 70,000 social-work personnel province-wide
//     (八), the province's 2020 party-organisation coverage aim (一), the deadlines for the
//     departmental guidance catalogues (六(一), from 云财综〔2016〕48号), the province's publication of the inspection record (六(三)), and, for information,
//     whether a city is a named "1+1+1+N" pilot area (五);
//   - projects: whether the domain is one the reply names (七), informational.
//
// Decisions (readings of the text; each is also in a parameter note of ruleset.yaml):
//
//  1. Targets "到2020年" are due on 2020-12-31 (a DATE parameter per target); the catalogue
//     deadlines of 六(一) on theirs. A deadline is not the end of the rule (sdk.ConcludeDeadline):
//     before it a target already met passes and one not yet met is NOT_APPLICABLE (not yet due)
//     with the distance in the remedy; on the deadline day or after it an unmet target fails
//     with the days overdue, and a catalogue completed late fails with the days late (on the
//     reply's own date too). NOT_IN_FORCE is only for days before a rule's window starts.
//  2. The coverage target (一: 我省将继续加强……争取到2020年实现社会工作服务机构基层党组织全覆盖) has the
//     province as its subject (我省) and 争取 (strive for) as its verb: an aim of the province,
//     not a duty of any organisation. Since 1.3.0 it is checked on a PROVINCE government only, as
//     the exact share organizationsWithPartyOrganization / privateSocialWorkOrganizations
//     reaching 1/1 by 2020-12-31 (decision 1); cities and counties are NOT_APPLICABLE (the reply
//     sets them no share) and organisations get no finding. A count of organisations with a
//     party organisation above the total cannot be true and is INSUFFICIENT_INPUT naming both.
//     Every way of forming one counts (单独建、联合建、挂靠建 or another).
//  3. For the modes rule, a party organisation is known from hasPartyOrganization or from a
//     partyOrganizationMode (a mode means there is one). hasPartyOrganization false together with a mode contradicts
//     itself and is reported as INSUFFICIENT_INPUT naming both fields.
//  4. Party-organisation modes: the list 单独建、联合建、挂靠建 ends in 等, so it is open. A mode
//     the list names PASSes; OTHER also PASSes, with a message that it is not one of the three
//     named ways but the list is open (等) — the clause does not restrict the ways. No party
//     organisation: NOT_APPLICABLE, pointing at the coverage target.
//  5. Direct registration (六(二)) binds only 城乡社区服务类 organisations active within a
//     community (category COMMUNITY_SERVICE, operatesWithinCommunity true): they register with
//     the county civil-affairs department (registrationLevel COUNTY) and directly, without a
//     supervising unit (registeredDirectly true); either missing FAILs. Other categories,
//     including the three others to be fostered first, are NOT_APPLICABLE: the reply sets no
//     registration level for them. The window starts on the date of 云发〔2017〕1号, 2017-01-09.
//     Organisation data has no registration date, so an organisation registered before then
//     under the former rules is judged like one registered after.
//  6. The inspection record (六(三)) is a duty of the civil-affairs department, not of the
//     organisations: it announces the inspection conclusions (年检结论) on the 云南民政网 and
//     itself extracts and publishes every inspected organisation's annual work report and audit
//     report. No organisation can breach it, so (since 1.2.0) it is checked on a PROVINCE
//     government — the reply is the provincial department's (省民政厅) account and sets nothing
//     for cities or counties, which are NOT_APPLICABLE. Its record is the PUBLICATION acts: the
//     sections of those dated on or before asOf must, together, hold every item of
//     YN.governance.published_items (年检结论、年度工作报告、财务审计报告, matched exactly). A
//     publication from before the reply counts: the reply reports a practice already under way
//     (四是加大信息公开力度), not a new duty with a start. The reply sets no deadline and no
//     frequency, so the check is "published at least once by asOf", a union, not a per-year
//     duty; whether every inspected organisation's reports were included, and on
//     which website, cannot be checked — the rule is PARTIAL. acts not given:
//     INSUFFICIENT_INPUT; a publication without a date or without sections cannot be placed and
//     makes the finding INSUFFICIENT_INPUT unless the others already pass. The organisation's
//     annualInspection is still validated (an unknown value is invalid input) but read by no
//     rule.
//  7. The personnel target is province-wide (全省社会工作人才, all social-work personnel, not only
//     certified ones): it applies to a PROVINCE government's socialWorkers, inclusive (70,000
//     meets it); cities and counties are NOT_APPLICABLE (the reply sets them no share). The
//     window starts as policy_rules.yaml's: from 2015 (the first year of the 2015-2020 talent
//     plan 云民〔2015〕1号 the target comes from; only the year is known, taken from 1 January),
//     with no end (decision 1).
//  8. Catalogue deadlines: a government's catalog stands for its departments' catalogues and
//     completedOn for the day they were completed. PROVINCE: by 2017-07-31; CITY (州、市): by
//     2018-03-31, both inclusive (于…前 read as "by"); COUNTY: NOT_APPLICABLE, no deadline is
//     stated. The window starts as policy_rules.yaml's: 2016 (the year of 云财综〔2016〕48号; only
//     the year is known, taken from 1 January), with no end: a late completion fails with the
//     days late (decision 1). A completion dated after asOf has not happened yet on asOf. Without
//     catalog: INSUFFICIENT_INPUT; without completedOn once due: INSUFFICIENT_INPUT (before the
//     deadline it is not yet due either way).
//  9. Pilot areas (五) are planned by the province and bind no one: a CITY government whose name
//     is exactly one of the pilot sites' names gets an informational NOT_APPLICABLE saying so;
//     other cities are told the list is open (等); provinces and counties are told why the
//     name cannot be placed. The "1+1+1+N" model is not defined, so nothing else is checked.
package yunnan

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/shegong/shegong/plugins/sdk"
)

//go:embed ruleset.yaml
var rulesetYAML []byte

// ruleset is parsed on first use: a plugin process serves one region, and parsing every
// built-in region's ruleset at start-up cost each process about 30 ms and 4 MB of heap.
var ruleset = sync.OnceValue(func() *sdk.Ruleset { return sdk.MustLoadRuleset(rulesetYAML) })

// Rule ids (sources/registry.yaml) this package reports on.
const (
	RuleDomains            = "YN-CATALOG-DOMAINS"
	RulePartyCoverage      = "YN-TARGET-PARTY-FULL-COVERAGE-2020"
	RulePartyModes         = "YN-GOV-PARTY-ORG-MODES"
	RuleDirectRegistration = "YN-GOV-DIRECT-REGISTRATION"
	RuleTalentTarget       = "YN-TARGET-TALENT-70K-2020"
	RuleCatalogDeadlines   = "YN-REPORT-CATALOG-DEADLINES"
	RulePilotSites         = "YN-PILOT-1111N-SITES"
	// The id says AUDIT, but what the reply reports, and this rule checks, is the department
	// publishing the inspection record (六(三)); nobody's audit is checked.
	RuleInspectionPublication = "YN-GOV-ANNUAL-INSPECTION-AUDIT"
)

// Parameter ids the rules read.
const (
	paramPartyCoverage     = "YN.target.party_org_coverage"
	paramPartyDeadline     = "YN.target.deadline"
	paramPartyModes        = "YN.governance.party_org_modes"
	paramRegAuthority      = "YN.governance.registration_authority"
	paramDirectCategories  = "YN.governance.direct_registration_categories"
	paramTalentTarget      = "YN.target.sw_personnel"
	paramTalentDeadline    = "YN.target.sw_personnel_deadline"
	paramCatalogProvince   = "YN.report.catalog_deadline_province"
	paramCatalogPrefecture = "YN.report.catalog_deadline_prefecture"
	paramPublishedItems    = "YN.governance.published_items"
)

// New returns Yunnan's policy: no money rule (the reply sets no project amount, share or
// fee); staffing findings on projects (domain, informational), organisations and governments.
func New() sdk.Policy {
	return &sdk.RulesetPolicy{Ruleset: ruleset(), StaffingRules: staffing}
}

// staffing dispatches a valid subject to its rules. Stations and single workers get no
// finding: the reply sets no rule their data can carry (the community-worker subsidy and the
// certificate allowance need facts the worker data does not hold).
func staffing(asOf sdk.Date, s sdk.Subject, m sdk.DomainMatch) []sdk.Finding {
	switch {
	case s.Project != nil:
		return []sdk.Finding{domain(asOf, m)}
	case s.Organization != nil:
		return organizationFindings(asOf, *s.Organization)
	case s.Government != nil:
		return governmentFindings(asOf, *s.Government)
	}
	return nil
}

// domain reports whether the project's domain is one of the domains the reply says social
// work has expanded to. It describes, it does not require: NOT_APPLICABLE either way.
func domain(asOf sdk.Date, m sdk.DomainMatch) sdk.Finding {
	if !ruleset().InForce(RuleDomains, asOf) {
		return ruleset().NotInForce(RuleDomains, asOf)
	}
	f := ruleset().Finding(RuleDomains, sdk.StatusNotApplicable)
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

// daysBetween is the number of days from a to b (negative when b is before a).
func daysBetween(a, b sdk.Date) int {
	return int(b.Time().Sub(a.Time()).Hours() / 24)
}

// levelZh names an administrative level in Chinese, as the reply does.
var levelZh = map[string]string{
	sdk.LevelProvince: "省级",
	sdk.LevelCity:     "州(市)级",
	sdk.LevelCounty:   "县级",
}
