// Package zhuzhou is the policy of Zhuzhou (株洲), a city in Hunan: 株洲市关于进一步加快推进民办
// 社会工作服务机构发展的实施意见 (ZZ-2018), on private social-work service organisations.
//
// Its parent region is hunan (Describe().Region.Parent): the host applies Hunan's rules after
// Zhuzhou's, so a Zhuzhou station is checked against the Hunan station scheme. This package
// encodes only Zhuzhou's own document. Catalog items (priority domains and groups, the
// civil-affairs items encouraged for purchase, service types) are data in ruleset.yaml.
//
// Subjects and the rules they get (staffing dispatches by subject kind):
//
//   - organization: qualified-staff share, party organisation, disclosure, board and
//     supervisory board, registration conditions.
//   - project: labour-cost basis (Budget), purchase forms and the open-tender default.
//   - government (Zhuzhou city, level CITY, or one of its 县市区, level COUNTY): the four 2020
//     targets of 二(三).
//   - station, worker: none of Zhuzhou's own; Hunan's apply through the chain.
//
// Decisions on the ambiguities (each also noted in ruleset.yaml where it is applied):
//
//   - Qualified-staff share (三分之一以上): exact fraction 3*q >= n, inclusive; no full-time
//     staff fails.
//   - Party organisation: 3 full members or more (inclusive) require one; fewer is NOT_APPLICABLE.
//   - Labour-cost basis: no share is set, so a positive LABOR line passes (PARTIAL).
//   - Purchase forms (以购买社会工作岗位和服务项目的形式): per post or per project, either passes;
//     not given is INSUFFICIENT_INPUT (declared in ruleset.yaml as an sdk check of kind choice).
//   - Disclosure (三(四)): the six items by exact name in organization.disclosures; not given is
//     INSUFFICIENT_INPUT.
//   - Board and supervisory board (健全理事会、监事会制度): read as "both exist": a missing one
//     fails, an unknown one is INSUFFICIENT_INPUT.
//   - Registration conditions (三(一), ZZ-ORG-REG-CONDITIONS, PARTIAL): the twelve conditions of
//     ZZ.governance.registration_conditions, a normalised vocabulary of the text's nouns with
//     coordinated parts spelt out (固定住所, 合法资产、经济来源, 章程, 财务管理制度、核算制度、
//     资产管理制度 …) — the 、 separator rules out the document's own phrases — each matched
//     exactly in organization.registrationConditions; listing one declares it met, qualities
//     (完善、规范、独立) included. A FAIL lists the accepted names and the items not recognised
//     (declared in ruleset.yaml: list_contains with its unrecognised_* note).
//     Not checked: the conditions of 《民办非企业单位登记管理暂行条例》, and 具备与开展工作相适应的
//     专职工作人员 (it introduces the one-third sentence, checked in numbers by
//     ZZ-ORG-REG-QUALIFIED-STAFF-ONE-THIRD; 相适应 sets no measure).
//   - Registration authority (ZZ-ORG-REG-DIRECT, 可直接向县级以上民政部门依法申请登记):
//     NOT_MODELLED. 可直接 is a permission no organisation can break, and the authority's level
//     (organization.registrationLevel) is validated as input (PROVINCE, CITY or COUNTY only), so
//     a rule on it could never fail.
//   - Open-tender default (六(二), 原则上均应通过公开招标方式竞争性购买): OPEN_TENDER passes; a
//     listed exception (TECHNICALLY_COMPLEX 技术复杂, SPECIAL_NATURE 性质特殊) passes whatever the
//     method; any other method without one — including exception OTHER — is NOT_APPLICABLE with
//     the advice as the remedy (原则上, in principle, only urges: sdk.Advisory); no method and no
//     listed exception is INSUFFICIENT_INPUT (project.procurementMethod).
//   - 2020 targets (二(三)): 到2020年 is 2020-12-31 (ZZ.target.deadline), a deadline, not the end
//     of the rules (the document states no end). Met → PASS; not met before it → NOT_APPLICABLE
//     (尚未到期) with the gap and the days left in the remedy; not met on or after it → FAIL with
//     the days overdue (sdk.ConcludeDeadline); fact not given → INSUFFICIENT_INPUT (declared in
//     ruleset.yaml as sdk checks of kind target). The window is checked first, then the level: a target that binds
//     another level is NOT_APPLICABLE. The city (CITY) is checked for 40 organisations (全市: the
//     city-wide total, counties included, as government.privateSocialWorkOrganizations), its own
//     incubation base and the city-level industry association; each county (COUNTY) for 3
//     organisations (its own count, taken as given: the document does not say whether
//     organisations registered at city level but based in the county count) and its own
//     incubation base. A province is bound by none.
//   - ZZ-TARGET-PARTY-FULL-COVERAGE (逐步实现…全覆盖) has no deadline and sources/registry.yaml marks it
//     partial: NOT_MODELLED.
package zhuzhou

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/shegong/shegong/plugins/sdk"
)

//go:embed ruleset.yaml
var rulesetYAML []byte

// ruleset is parsed on first use: a plugin process serves one region, and parsing every
// built-in region's ruleset at start-up cost each process about 30 ms and 4 MB of heap.
var ruleset = sync.OnceValue(func() *sdk.Ruleset { return sdk.MustLoadRuleset(rulesetYAML) })

// Rule ids (sources/registry.yaml) this package evaluates.
const (
	RuleQualifiedOneThird = "ZZ-ORG-REG-QUALIFIED-STAFF-ONE-THIRD"
	RulePartyOrg3Members  = "ZZ-ORG-PARTY-ORG-3-MEMBERS"
	RuleLaborCostBasis    = "ZZ-BUDGET-LABOR-COST-BASIS"
	RulePurchaseForms     = "ZZ-CONTRACT-PURCHASE-FORMS"
	RuleInfoDisclosure    = "ZZ-REPORT-INFO-DISCLOSURE"
	RuleGovernanceBodies  = "ZZ-ORG-INTERNAL-GOVERNANCE"
	RuleRegConditions     = "ZZ-ORG-REG-CONDITIONS"
	RuleOpenTender        = "ZZ-CONTRACT-OPEN-TENDER-DEFAULT"
	RuleIncubators2020    = "ZZ-TARGET-INCUBATORS-2020"
	RuleOrgsPerCounty3    = "ZZ-TARGET-ORGS-PER-COUNTY-3"
	RuleOrgsCity40        = "ZZ-TARGET-ORGS-CITY-40"
	RuleIndustryAssoc     = "ZZ-TARGET-CITY-INDUSTRY-ASSOC"
)

const (
	paramQualifiedShare  = "ZZ.staffing.qualified_share_min"
	paramPartyThreshold  = "ZZ.governance.party_org_member_threshold"
	paramPurchaseModes   = "ZZ.contract.purchase_modes"
	paramDisclosure      = "ZZ.reporting.disclosure_items"
	paramBodies          = "ZZ.governance.required_bodies"
	paramRegConditions   = "ZZ.governance.registration_conditions"
	paramProcDefault     = "ZZ.contract.procurement_default"
	paramProcExceptions  = "ZZ.contract.procurement_exceptions"
	paramTargetDeadline  = "ZZ.target.deadline"
	paramIncubatorLevels = "ZZ.target.incubator_levels"
	paramOrgsPerCounty   = "ZZ.target.orgs_per_county_min"
	paramOrgsCity        = "ZZ.target.orgs_city_min"
)

type policy struct{ rs *sdk.Ruleset }

// New returns Zhuzhou's policy: the budget must be built on labour cost
// (ZZ-BUDGET-LABOR-COST-BASIS, read as "itemises a positive LABOR line"; no amount or share is
// set); organisations, projects and governments get the rules of the package doc. Zhuzhou's
// document sets no station or worker rule; Hunan's apply through the region chain.
func New() sdk.Policy { return NewFrom(ruleset()) }

// NewFrom is New over another copy of the region's data — an edited ruleset.yaml, read by
// `shegong policy test regions/zhuzhou` — with the same Go rules, which look their rules and
// parameters up by id.
func NewFrom(rs *sdk.Ruleset) sdk.Policy {
	p := &policy{rs: rs}
	return &sdk.RulesetPolicy{Ruleset: rs, BudgetRules: p.budget, StaffingRules: p.staffing, NewFrom: NewFrom}
}

func (p *policy) budget(asOf sdk.Date, pr sdk.ProjectSpec, _ sdk.DomainMatch) (*sdk.BudgetRequirement, []sdk.Finding) {
	return nil, []sdk.Finding{p.laborCostBasis(asOf, pr)}
}

func (p *policy) staffing(asOf sdk.Date, s sdk.Subject, _ sdk.DomainMatch) []sdk.Finding {
	switch s.Kind() {
	case sdk.SubjectOrganization:
		o := *s.Organization
		// ZZ-ORG-REG-QUALIFIED-STAFF-ONE-THIRD, ZZ-REPORT-INFO-DISCLOSURE and ZZ-ORG-REG-CONDITIONS
		// are declared in ruleset.yaml.
		return []sdk.Finding{p.partyOrg(asOf, o), p.governanceBodies(asOf, o)}
	case sdk.SubjectProject:
		pr := *s.Project
		// ZZ-CONTRACT-PURCHASE-FORMS is declared in ruleset.yaml.
		return []sdk.Finding{p.openTender(asOf, pr)}
	}
	// government: the four 2020 targets are declared in ruleset.yaml. Station, worker: Zhuzhou's
	// document sets no rule; Hunan's apply through the chain.
	return nil
}

func (p *policy) laborCostBasis(asOf sdk.Date, pr sdk.ProjectSpec) sdk.Finding {
	if !p.rs.InForce(RuleLaborCostBasis, asOf) {
		return p.rs.NotInForce(RuleLaborCostBasis, asOf)
	}
	if pr.Budget == nil {
		return p.rs.Insufficient(RuleLaborCostBasis, "项目预算(project.budget)", "project budget (project.budget)")
	}
	var labor sdk.Fen
	for _, l := range pr.Budget {
		if l.Category == sdk.BudgetLabor {
			labor += l.Amount
		}
	}
	f := p.rs.Finding(RuleLaborCostBasis, sdk.StatusPass)
	f.Actual = labor.String()
	f.Required = "> 0.00(列明人员经费 / labour cost itemised)"
	if labor <= 0 {
		f.Status = sdk.StatusFail
		f.Remedy = "在预算中列明社会工作专业人才人力成本(LABOR 行) / itemise the social workers' labour cost (a LABOR line) in the budget"
		f.MessageZh = "项目预算未列人员经费,不符合以人力成本为重要核算依据"
		f.MessageEn = "the budget has no labour cost, which must be an important costing basis"
		return f
	}
	f.MessageZh = "项目预算列有人员经费 " + labor.String() + " 元"
	f.MessageEn = "the budget itemises labour cost of " + labor.String() + " yuan"
	return f
}

// partyOrg: 有正式党员3人以上的,必须建立党组织 — 3 triggers (inclusive).
func (p *policy) partyOrg(asOf sdk.Date, o sdk.OrganizationSpec) sdk.Finding {
	threshold, _, ok := p.rs.Int(paramPartyThreshold, asOf)
	if !p.rs.InForce(RulePartyOrg3Members, asOf) || !ok {
		return p.rs.NotInForce(RulePartyOrg3Members, asOf)
	}
	req := fmt.Sprintf("正式党员 >= %d 人时须建立党组织 / a party organisation when full party members >= %d", threshold, threshold)
	if o.PartyMembers == nil {
		f := p.rs.Insufficient(RulePartyOrg3Members, "正式党员人数(organization.partyMembers)", "full party members (organization.partyMembers)")
		f.Required = req
		return f
	}
	m := int64(*o.PartyMembers)
	if m < threshold {
		f := p.rs.Finding(RulePartyOrg3Members, sdk.StatusNotApplicable)
		f.Actual = fmt.Sprintf("%d 名正式党员 / %d full party members", m, m)
		f.Required = req
		f.MessageZh = fmt.Sprintf("正式党员不足 %d 人,不强制建立党组织", threshold)
		f.MessageEn = fmt.Sprintf("fewer than %d full party members; a party organisation is not mandatory", threshold)
		return f
	}
	if o.HasPartyOrganization == nil {
		f := p.rs.Insufficient(RulePartyOrg3Members, "是否已建立党组织(organization.hasPartyOrganization)", "whether a party organisation exists (organization.hasPartyOrganization)")
		f.Required = req
		f.Actual = fmt.Sprintf("%d 名正式党员 / %d full party members", m, m)
		return f
	}
	f := p.rs.Finding(RulePartyOrg3Members, sdk.StatusPass)
	f.Actual = fmt.Sprintf("%d 名正式党员,已建立党组织 / %d full party members, party organisation in place", m, m)
	f.Required = req
	if !*o.HasPartyOrganization {
		f.Status = sdk.StatusFail
		f.Actual = fmt.Sprintf("%d 名正式党员,未建立党组织 / %d full party members, no party organisation", m, m)
		f.Remedy = "须建立党组织 / a party organisation must be set up"
		f.MessageZh = fmt.Sprintf("有正式党员 %d 人(%d 人以上),必须建立党组织", m, threshold)
		f.MessageEn = fmt.Sprintf("%d full party members (%d or more) require a party organisation", m, threshold)
		return f
	}
	f.MessageZh = "已按要求建立党组织"
	f.MessageEn = "the required party organisation is in place"
	return f
}

// governanceBodies: 健全理事会、监事会制度 — read as "both bodies exist"; whether their rules are
// sound is not in the data (the rule is PARTIAL). A body known to be missing fails whatever the
// other is; otherwise a body not given makes the input insufficient.
func (p *policy) governanceBodies(asOf sdk.Date, o sdk.OrganizationSpec) sdk.Finding {
	prm, ok := p.rs.Param(paramBodies, asOf)
	if !p.rs.InForce(RuleGovernanceBodies, asOf) || !ok {
		return p.rs.NotInForce(RuleGovernanceBodies, asOf)
	}
	need := sdk.SplitItems(prm.Value)
	var have, missing, unknown []string
	var unknownZh, unknownEn []string
	for _, b := range need {
		v, field := bodyFact(o, b)
		switch {
		case v == nil:
			unknown = append(unknown, b)
			unknownZh = append(unknownZh, "是否设立"+b+"(organization."+field+")")
			unknownEn = append(unknownEn, "organization."+field) // paths alone: summaries list them as the input to add
		case *v:
			have = append(have, b)
		default:
			missing = append(missing, b)
		}
	}
	required := strings.Join(need, "、")
	actual := "已设立 / in place: " + strings.Join(have, "、")
	if len(have) == 0 {
		actual = "已设立 / in place: 无 / none"
	}
	if len(missing) > 0 {
		f := p.rs.Finding(RuleGovernanceBodies, sdk.StatusFail)
		f.Required, f.Actual = required, actual
		f.Remedy = "须设立" + strings.Join(missing, "、") + " / must set up: " + strings.Join(bodiesEn(missing), ", ")
		f.MessageZh = "未设立" + strings.Join(missing, "、") + ",不符合健全理事会、监事会制度的要求"
		f.MessageEn = "no " + strings.Join(bodiesEn(missing), " or ") + ", which the document requires"
		return f
	}
	if len(unknown) > 0 {
		f := p.rs.Insufficient(RuleGovernanceBodies, strings.Join(unknownZh, "、"), strings.Join(unknownEn, ", "))
		f.Required = required
		if len(have) > 0 { // say what is known; nothing known is not "none in place"
			f.Actual = actual
		}
		return f
	}
	f := p.rs.Finding(RuleGovernanceBodies, sdk.StatusPass)
	f.Required, f.Actual = required, actual
	f.MessageZh = "已设立" + required
	f.MessageEn = "both a " + strings.Join(bodiesEn(need), " and a ") + " are in place"
	return f
}

// bodyFact maps a governance body named in ZZ.governance.required_bodies to the organisation
// fact that records it. An unknown name is a data error in ruleset.yaml, caught by the tests.
func bodyFact(o sdk.OrganizationSpec, body string) (*bool, string) {
	switch body {
	case "理事会":
		return o.HasBoard, "hasBoard"
	case "监事会":
		return o.HasSupervisoryBoard, "hasSupervisoryBoard"
	}
	panic("zhuzhou: no organisation fact for governance body " + body)
}

func bodiesEn(bodies []string) []string {
	out := make([]string, len(bodies))
	for i, b := range bodies {
		switch b {
		case "理事会":
			out[i] = "board (理事会)"
		case "监事会":
			out[i] = "supervisory board (监事会)"
		default:
			out[i] = b
		}
	}
	return out
}
