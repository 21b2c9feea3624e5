// Package sichuan is the policy of Sichuan province (四川): the 2017 notice on pilots that bring
// social organisations and social workers into grassroots civil-affairs services (SC-2017).
//
// The data — the document, rules, dated parameters with citations, coverage and the 11 priority
// catalogue items — is in ruleset.yaml; this package holds the rule logic and reads every number
// and list from there by parameter id and asOf.
//
// Subjects:
//   - Projects: SC-CATALOG-PRIORITY-ITEMS-11 (informational), SC-CONTRACT-DELIVERY-MODES,
//     SC-CONTRACT-PROJECT-SPEC, SC-GOV-COUNTY-CONTRACTING-AUTHORITY and
//     SC-BUDGET-2018-FUNDS-TO-GRASSROOTS (project.go).
//   - Governments (government.go): the province (PROVINCE = 四川省民政厅), a city (CITY = 市、州) or
//     a county (COUNTY = 县、市、区): SC-PILOT-PROVINCE-2-3-COUNTIES, SC-PILOT-ONE-COUNTY-PER-
//     PREFECTURE, SC-PILOT-TOWNSHIPS-1-2, SC-CATALOG-GUIDANCE-LIST and SC-REPORT-PILOT-SUBMISSION.
//     Each government gets every one of these findings; a rule that binds another level is
//     NOT_APPLICABLE with the level it binds.
//   - Stations, organisations and single workers get no finding: the notice sets no rule their
//     data can carry.
//
// Decisions on the notice's ambiguities (each also in the parameter notes of ruleset.yaml):
//
//   - Pilot scope: the project rules of 四(三), 四(四) and 四(六) bind 试点单位 (pilot units). A
//     project carries no pilot flag, so every project evaluated under Sichuan's rules is read as a
//     project of a pilot unit. The 2018 funding rule is not limited to pilots.
//   - Priority items (SC-CATALOG-PRIORITY-ITEMS-11, 重点考虑): guidance for county catalogues, so
//     the finding is NOT_APPLICABLE either way and only says whether the domain is one of the 11.
//   - Delivery modes (SC-CONTRACT-DELIVERY-MODES, PARTIAL): the notice's modes map to the sdk as
//     招投标 = purchaseMode PROJECT with procurementMethod OPEN_TENDER or INVITED_TENDER (公开招标、
//     邀请招标 are the two kinds of 招标); 比选 = PROJECT with COMPARISON; 购买民政公共服务公益岗位 =
//     purchaseMode POST (the government buys posts and recruits people into them), whatever the
//     procurement method. The table is modeWords; the modes themselves are the TEXT parameter
//     SC.contract.delivery_modes in the notice's words. A PROJECT purchase by any other method
//     fails; no mode, or PROJECT without a method, is INSUFFICIENT_INPUT. A POST project passes
//     when every worker has trainedBeforeService true (SC.contract.post_training_before_service):
//     one false fails; unknown flags, no workers listed or fewer listed than the headcount is
//     INSUFFICIENT_INPUT. Posts are allowed "对暂时不具备条件的地方"; whether a locality is such a
//     place is not in the data, so posts are taken as allowed everywhere (the reason the rule is
//     PARTIAL), as are the post workers' backgrounds (an open list ending in 等).
//   - Project specification (SC-CONTRACT-PROJECT-SPEC): project.specification must hold 服务内容、
//     服务评价标准、承接主体的资格条件, named exactly as the notice names them (with 的), via
//     sdk ListFinding; it binds 每个项目和公益岗位, so POST projects too.
//   - Contracting authority (SC-GOV-COUNTY-CONTRACTING-AUTHORITY, PARTIAL): 四(四) gives
//     contracting to 试点的县级民政部门 within a county pilot, and the data does not record whether
//     a project is part of one; 四(组织实施)(一) also has 市(州) and provincial money buy such
//     projects. So a civil-affairs purchaser at COUNTY passes, a civil-affairs purchaser at any other
//     level is NOT_APPLICABLE with that reason, and another body (purchaser.type other than
//     CIVIL_AFFAIRS) is NOT_APPLICABLE: the rule never fails. The type is needed first
//     (INSUFFICIENT_INPUT naming project.purchaser.type), then the level.
//   - 2018 funds (SC-BUDGET-2018-FUNDS-TO-GRASSROOTS, valid from 2018-01-01): a project is in scope
//     when its fundingYear is 2018 or later, one of its fundingSources is exactly one of 省财政、
//     市(州)财政、县(市区)财政、本级留存福彩公益金 (the notice's "省、市(州)、县(市区)财政和本级留存
//     福彩公益金" spelled out, brackets as the text has them), and its purchaser is a civil-affairs
//     department (the proxy for 服务民政的社会组织和社工项目). Any fact that puts it out of scope
//     makes the rule NOT_APPLICABLE even when others are missing; otherwise a missing one is
//     INSUFFICIENT_INPUT. 基层 is read through part 二 (基层民政面向街道(乡镇)和村(社区)层面):
//     serviceLevel TOWNSHIP or VILLAGE passes. 原则上 (in principle) admits exceptions the notice
//     does not list, so it only urges: COUNTY and above is NOT_APPLICABLE with the advice as the
//     remedy (sdk.Advisory), never a failure.
//   - Deadlines: a duty with a stated date follows the target convention — before the date an
//     unmet duty is NOT_APPLICABLE (尚未到期) with the days left, from it FAIL. A duty with no date
//     (将选择, 选择1-2个, 制定…向社会公布, 及时报送) cannot fail by not yet being done: unmet is
//     NOT_APPLICABLE ("no deadline stated; not yet done"), met is PASS, and only a thing done
//     wrongly (too many pilots, a published catalogue with items at another level) fails.
//   - Province pilots (SC-PILOT-PROVINCE-2-3-COUNTIES): the province's pilotCounties counts the
//     counties it selected itself; whether they overlap with the prefectures' pilots the notice
//     does not say. 2 and 3 pass, 4 or more fail; fewer than 2 is NOT_APPLICABLE ("将选择" sets no
//     deadline).
//   - One pilot county per prefecture (SC-PILOT-ONE-COUNTY-PER-PREFECTURE): "明确一个县" is read as
//     exactly one: 1 passes, 2 or more fail. "2017年起" says from when, not by when: no deadline
//     is stated, so 0 is NOT_APPLICABLE (not yet done), never a failure.
//   - Pilot townships (SC-PILOT-TOWNSHIPS-1-2): binds a county with isPilot true (1 and 2 pass, 3
//     or more fail, 0 is NOT_APPLICABLE: no deadline); a non-pilot county is NOT_APPLICABLE;
//     isPilot not given is INSUFFICIENT_INPUT.
//   - Guidance catalogue (SC-CATALOG-GUIDANCE-LIST): binds a pilot county. catalog not given, or
//     catalog.publishedOn not given (nil is "not given", not "not published"), is
//     INSUFFICIENT_INPUT naming the field. Published after asOf is NOT_APPLICABLE (no deadline;
//     not yet done). Once published, every itemLevels entry must be TOWNSHIP (乡镇(街道)) or
//     VILLAGE (村(社区)), the TEXT parameter SC.catalog.item_levels in the notice's words: one at
//     another level fails, an empty item list fails (a catalogue must list items), itemLevels not
//     given is INSUFFICIENT_INPUT.
//   - Pilot submission (SC-REPORT-PILOT-SUBMISSION, PARTIAL): the notice is addressed to 各市(州)
//     民政局, so the duty is checked on cities; the province (the recipient) and counties (who
//     report through their city) are NOT_APPLICABLE. A city passes with a PROGRESS_REPORT whose
//     authority is PROVINCE, dated from the notice's publication to asOf; none is NOT_APPLICABLE
//     ("及时" sets no deadline, so a report not yet made is not a failure); acts not given, or only
//     undated ones or ones without authority, is INSUFFICIENT_INPUT. The pilot-county list and the
//     pilot plan have no act kind and are not checked apart.
package sichuan

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
	RulePriorityItems        = "SC-CATALOG-PRIORITY-ITEMS-11"
	RuleDeliveryModes        = "SC-CONTRACT-DELIVERY-MODES"
	RuleProjectSpec          = "SC-CONTRACT-PROJECT-SPEC"
	RuleContractingAuthority = "SC-GOV-COUNTY-CONTRACTING-AUTHORITY"
	RuleFundsToGrassroots    = "SC-BUDGET-2018-FUNDS-TO-GRASSROOTS"
	RuleProvinceCounties     = "SC-PILOT-PROVINCE-2-3-COUNTIES"
	RuleCountyPerPrefecture  = "SC-PILOT-ONE-COUNTY-PER-PREFECTURE"
	RulePilotTownships       = "SC-PILOT-TOWNSHIPS-1-2"
	RuleGuidanceCatalog      = "SC-CATALOG-GUIDANCE-LIST"
	RulePilotSubmission      = "SC-REPORT-PILOT-SUBMISSION"
)

// Parameter ids in ruleset.yaml.
const (
	paramDeliveryModes      = "SC.contract.delivery_modes"
	paramPostTraining       = "SC.contract.post_training_before_service"
	paramSpecItems          = "SC.contract.project_spec_items"
	paramPurchaserLevel     = "SC.contract.purchaser_level"
	paramPurchaserType      = "SC.contract.purchaser_type"
	paramFundsFromYear      = "SC.funding.from_year"
	paramFundsSources       = "SC.funding.sources"
	paramFundsPurchaserType = "SC.funding.purchaser_type"
	paramGrassrootsLevels   = "SC.funding.grassroots_levels"
	paramGrassrootsShare    = "SC.funding.grassroots_share"
	paramCountiesPerPref    = "SC.pilot.counties_per_prefecture"
	paramTownshipsMin       = "SC.pilot.townships_per_county_min"
	paramTownshipsMax       = "SC.pilot.townships_per_county_max"
	paramProvinceMin        = "SC.pilot.province_counties_min"
	paramProvinceMax        = "SC.pilot.province_counties_max"
	paramCatalogLevels      = "SC.catalog.item_levels"
	paramSubmissionTo       = "SC.reporting.pilot_submission_authority"
	paramSubmissionKind     = "SC.reporting.pilot_submission_kind"
)

// New returns Sichuan's policy: no money rule (the notice sets no amount, share or fee); the
// project and government rules run in Staffing, which takes any subject.
func New() sdk.Policy {
	return &sdk.RulesetPolicy{Ruleset: ruleset(), StaffingRules: staffing}
}

// staffing dispatches a valid subject to its rules. Stations, organisations and workers get no
// finding, since the notice sets no rule their data can carry.
func staffing(asOf sdk.Date, s sdk.Subject, m sdk.DomainMatch) []sdk.Finding {
	switch {
	case s.Project != nil:
		return projectFindings(asOf, *s.Project, m)
	case s.Government != nil:
		return governmentFindings(asOf, *s.Government)
	}
	return nil
}

// priorityItem reports whether the project's domain is one of the 11 priority catalogue items.
// It is guidance for county catalogues (重点考虑), so the finding is NOT_APPLICABLE either way.
func priorityItem(asOf sdk.Date, m sdk.DomainMatch) sdk.Finding {
	if !ruleset().InForce(RulePriorityItems, asOf) {
		return ruleset().NotInForce(RulePriorityItems, asOf)
	}
	f := ruleset().Finding(RulePriorityItems, sdk.StatusNotApplicable)
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

// Administrative levels as the notice words them, and how the sdk spells them. Level lists in
// ruleset.yaml are in the notice's words (乡镇(街道)、村(社区)); levelWords maps them.
var levelWords = map[string]string{
	"乡镇(街道)": sdk.LevelTownship,
	"街道(乡镇)": sdk.LevelTownship,
	"村(社区)":  sdk.LevelVillage,
}

// levelZh names an sdk level in Chinese for messages.
var levelZh = map[string]string{
	sdk.LevelProvince: "省级",
	sdk.LevelCity:     "市(州)级",
	sdk.LevelCounty:   "县(市、区)级",
	sdk.LevelTownship: "乡镇(街道)",
	sdk.LevelVillage:  "村(社区)",
}

// levelLabel is "COUNTY(县(市、区)级)", or the raw value when unknown.
func levelLabel(l string) string {
	if zh, ok := levelZh[l]; ok {
		return l + "(" + zh + ")"
	}
	return l
}

// levels reads a TEXT parameter of levels in the notice's words and returns the sdk levels with
// the words. An unknown word is a data error caught by the package tests, so it panics.
func levels(p sdk.Parameter) (codes, words []string) {
	for _, w := range sdk.SplitItems(p.Value) {
		c, ok := levelWords[w]
		if !ok {
			panic(fmt.Sprintf("sichuan: parameter %s: level %q has no sdk level", p.ID, w))
		}
		codes, words = append(codes, c), append(words, w)
	}
	return codes, words
}
