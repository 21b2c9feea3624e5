// Package shenzhen is the policy of Shenzhen 深圳市: 深圳市关于提升社会工作服务水平的若干措施
// (SZ-2020, in force 2020-11-12 for 5 years, taken as 2025-11-11 inclusive).
//
// The data — documents, rules, dated parameters with citations, coverage and catalog — is in
// ruleset.yaml; this package holds the rule logic and reads every number from there by
// parameter id and asOf.
//
// Decisions on the ambiguities of policy_rules.md 5.1 (each also noted where it is applied):
//
//   - High-risk set (ambiguity 2): the 16.9万 floor of clause 十三 ("社会福利、精神卫生等") applies
//     to the 8 domains clause 六 names as 专业性强、职业风险高; they carry high_risk in the catalog.
//     A shared domain the 16 do not name is read through its shared parent (DOM-ELDERLY and
//     DOM-CHILD → 社会福利, DOM-DISASTER → 应急处置, DOM-POVERTY → 社会救助, DOM-ORG-INCUBATION →
//     社区建设); a domain with no such parent (DOM-YOUTH …) fails SZ-CATALOG-DOMAINS-16, whose
//     list of 16 is closed, and gets the general floor.
//   - 人 in 16.3万元/人/年 (ambiguity 3): every funded position (headcount). Floors are per funded
//     person-year: floor × headcount × months / 12.
//   - Exactly one floor applies: for a high-risk project SZ-BUDGET-PACKAGE-MIN is NOT_APPLICABLE
//     (superseded), for any other SZ-BUDGET-PACKAGE-MIN-HIGH-RISK is NOT_APPLICABLE.
//   - Budget requirement: MinimumTotal is the applicable floor total (the higher of the city
//     floor and a binding district standard, see below). MinimumLabor and
//     MaximumNonLabor are 85% / 15% of T* = max(actual total, floor total): the share rules are
//     over the actual total, and a budget cannot be smaller than the floor, so at least 85% of
//     the floor is labour (138,550 / 143,650 per person-year) and at most 15% of it non-labour
//     (24,450 / 25,350) when the budget is at the floor or not given.
//   - Supervision (SZ-BUDGET-SUPERVISION-350, "按…标准"): the fund is 350 × supervised workers ×
//     months and must be included in full: a SUPERVISION line below it fails; above it passes
//     (the excess is noted, and counts against the 15% non-labour cap).
//   - Certificates: SZ-STAFF-CERT-REQUIRED applies to projects by contract date (signed on or
//     after 2020-11-12); a single worker or a station's workers carry no contract date, so they
//     pass when all are certified and are NOT_APPLICABLE (with the uncertified named and the
//     reason) otherwise — the clause's first sentence (应当持有) has no scope or date to bind. SZ-TARGET-CERT-ALL-BY-2023 applies to every project from the
//     deadline (DATE parameter, default 2023-12-31 inclusive) and is NOT_APPLICABLE before it.
//     A project passes when at least professional_posts of its workers are certified; it fails
//     only when even the workers not listed or of unknown certificate could not make up the
//     difference; otherwise the input is insufficient. The target counts 政府购买服务项目中的社会
//     工作专业岗位, so a worker or a station's workers evaluated on their own — not known to fill
//     a professional post of a purchased project — are NOT_APPLICABLE from the deadline too,
//     whatever their certificates (named in the message), never FAIL: the project they work on
//     is where the target is checked, as for SZ-STAFF-CERT-REQUIRED. (Before plugin 1.4.0 a
//     lone uncertified worker failed the target from 2024 while the stricter certificate rule
//     answered NOT_APPLICABLE for the same worker.)
//   - Recruitment platform (SZ-STAFF-RECRUIT-PLATFORM, clause 五, "本措施实施后…招聘信息统一在平台上
//     予以公开,统一从备案人员中招录"): "after the measures" is read by the worker's hire date
//     (worker.hiredOn on or after SZ.staffing.recruit_platform_hired_from, 2020-11-12); a worker
//     hired then must be filed on the platform (platformFiled) and recruited through it
//     (recruitedViaPlatform). Workers hired earlier are not bound; a worker whose hiredOn is after
//     asOf is not hired yet on asOf and is left out (since 1.4.1; Hunan and Yunnan read a dated
//     act after asOf the same way). No worker bound: NOT_APPLICABLE.
//     A project is checked over its listed workers, a single worker on its own — presumed to
//     work on a purchased project, as the message says; a station gets no finding. FAIL counts
//     the workers to file and those not recruited through the platform, and wins over unknown
//     facts; otherwise a missing hiredOn / platformFiled / recruitedViaPlatform, or no workers
//     listed, is INSUFFICIENT_INPUT naming the field.
//   - Purchaser (SZ-GOV-BUYER-WHO-USES, clause 十一): the checkable part is "街道办事处是社区社会工作
//     服务的购买主体,负责组织实施社区党群服务中心政府购买服务项目": a PARTY_MASS_CENTRE project must
//     have purchaser.type STREET_OFFICE (SZ.governance.party_mass_centre_purchaser). Any other
//     programme is NOT_APPLICABLE: "谁使用、谁购买" needs the using unit, which the data lacks.
//     The purchaser's level is not checked. The rule is PARTIAL (since 1.4.1) for both reasons.
//   - Project library (SZ-GOV-PROJECT-LIBRARY, clause 十二): "本措施实施后新增的项目" is read by
//     project.establishedOn on or after SZ.governance.project_library_new_from (2020-11-12).
//     Such a project passes when libraryApprovedOn <= budgetDeclaredOn (the same day counts) and
//     fails when the budget was declared first, with the days between. A project set up earlier
//     is NOT_APPLICABLE: it entered the library on filing (备案后自动入库), and the filing is not
//     checked. Either date missing is INSUFFICIENT_INPUT (nil cannot tell "not approved" from
//     "not given"). Whether the committee was of the same level (同级) is not checked, nor the
//     filing of earlier projects: the rule is PARTIAL (since 1.4.1). Dates after asOf have not
//     happened yet on asOf: a project set up after asOf is NOT_APPLICABLE (not set up yet), a
//     budget declared after asOf is not declared yet (NOT_APPLICABLE until it is, whatever the
//     approval), and an approval after asOf counts as no approval — a budget declared by asOf
//     without one fails.
//   - Project design (SZ-GOV-PROJECT-DESIGN, clause 十三): project.specification must hold each
//     of SZ.governance.project_design_items — 需求调查、岗位数量、职级设置、服务标准、考核指标, named
//     as the clause names them, matched exactly (declared in ruleset.yaml: list_contains): a near
//     synonym (需求评估) does not count. The clause binds purchasers when they buy; the data records the design as it
//     stands, so every project is checked while the measures are in force, without a date cut.
//   - District standards (SZ-BUDGET-DISTRICT-STANDARD, clause 十三, "在不低于前述标准的前提下,各区
//     可…自行制定"), no district figure being in the seed, both sides read the standard from input:
//     (a) a government at COUNTY level (a 区) with packageStandard passes when it is at least the
//     city's general floor SZ.budget.package_min (16.3万), and fails below it with the shortfall.
//     The general floor, not the high-risk 16.9万, is the bar: a district sets one standard for
//     all its projects, and a high-risk project keeps the city's 16.9万 through (b), so a district
//     standard between the two lowers nothing (the finding says so). packageStandard nil is
//     NOT_APPLICABLE, not INSUFFICIENT_INPUT: 可 makes a standard a power, not a duty, so a
//     district without one breaks nothing (the message asks for the figure if there is one).
//     Provinces and cities are NOT_APPLICABLE. A government gets no other Shenzhen finding.
//     (b) a project with localPackageStandard: the effective floor per person-year is
//     max(city floor of its domain, localPackageStandard), and BudgetRequirement.MinimumTotal
//     (hence the 85% / 15% derived minima) is that floor's total. The city floor finding keeps
//     checking the city floor and says whether the district standard is higher; the district
//     finding checks the budget against the district standard when it binds (not below the
//     city floor of the domain; equal counts) — PASS / FAIL with the shortfall "按区级标准" —,
//     and is NOT_APPLICABLE when no standard is given or it is below the city floor (below the
//     general floor: the district breaks the clause, to be checked on the government; between
//     16.3万 and 16.9万 on a high-risk project: the city floor binds).
//   - Contract cycle ("一般以3年"): a soft rule. 3 years passes; any other cycle, or none given,
//     is NOT_APPLICABLE with a note, never FAIL.
//   - Purchase mode (the same sentence, 采取项目购买方式): categorical, so it is checked apart
//     from the cycle — a second finding of SZ-CONTRACT-CYCLE-3Y (sources/registry.yaml has no
//     separate id) with concept contract.purchase_mode and the required mode as a TEXT
//     parameter (SZ.contract.purchase_mode = PROJECT). PROJECT passes, POST (岗位购买) fails with
//     the remedy to switch to project purchase, no mode given is INSUFFICIENT_INPUT. The clause
//     names no start, and the measures do not reach back: Shenzhen bought posts before them, and
//     clause 十二 carries the projects already running into the new project library as they are
//     (备案后自动入库). So, like the certificate rule, the mode binds contracts signed on or after
//     the day the measures took effect (SZ.contract.purchase_mode_contracts_from, 2020-11-12,
//     clause 二十): an earlier contract is NOT_APPLICABLE, and a project without a contract date
//     is INSUFFICIENT_INPUT, since it cannot be told whether the requirement binds it.
//   - Evaluations (clause 十四: 专业评估 by civil affairs 在服务周期内, and the purchaser's 履约评价):
//     SZ-REPORT-PROFESSIONAL-EVAL counts PROFESSIONAL evaluations, SZ-REPORT-PERFORMANCE-EVAL
//     PERFORMANCE ones, each against a minimum count parameter (1). The service cycle runs from
//     the contract date (ProjectSpec.ContractSignedOn) for CycleYears years, its last day being
//     the day before the anniversary; without a cycle the usual 3 years of clause 十三
//     (SZ.contract.cycle_years) is assumed and said so. The budget's Months are not the cycle:
//     they are the months one budget covers. An evaluation counts when dated within the cycle
//     and not after asOf. The duty is met by the end of the cycle, so while the cycle runs
//     without one the rule is NOT_APPLICABLE ("尚在服务周期内"), from the day after its last day
//     it fails; evaluations not given, or no contract date, is INSUFFICIENT_INPUT, as is a cycle
//     that ended with only undated evaluations of the kind. A cycle that ended before the
//     measures took effect is NOT_APPLICABLE. policy_rules.md reads 履约评价 as a contract-
//     performance evaluation, which the shared model records as PERFORMANCE (绩效评价).
//   - Renewal reward (SZ-CONTRACT-RENEWAL-REWARD, 可以…申请合同续期奖励): an option for the
//     provider, not a duty, so always NOT_APPLICABLE, never FAIL; the finding says whether the
//     project is eligible — some evaluation other than a self-evaluation (自评 is neither 验收 nor
//     绩效评价) rated EXCELLENT (SZ.contract.renewal_reward_rating) — or that it cannot be told.
//   - Pay disclosure (SZ-REPORT-ORG-PAY-DISCLOSURE, clause 十六): every item of
//     SZ.reporting.org_pay_disclosure_items must be among the organisation's disclosures
//     (exact names; declared in ruleset.yaml: list_contains with a scope note); the three tiers'
//     pay totals are three items. FAIL names
//     the missing items; disclosures not given is INSUFFICIENT_INPUT. The clause binds
//     organisations 承接政府购买服务, which the data does not record: the finding presumes a
//     contractor and says so (the rule is PARTIAL), as it does not see the platform used.
//   - Headcount is at least 1: the SDK refuses 0 (sdk.ValidateSubjectOn) before these rules run.
package shenzhen

import (
	_ "embed"
	"math/big"
	"slices"
	"strings"
	"sync"

	"github.com/shegong/shegong/plugins/sdk"
)

//go:embed ruleset.yaml
var rulesetYAML []byte

// ruleset is parsed on first use: a plugin process serves one region, and parsing every
// built-in region's ruleset at start-up cost each process about 30 ms and 4 MB of heap.
var ruleset = sync.OnceValue(func() *sdk.Ruleset { return sdk.MustLoadRuleset(rulesetYAML) })

// Rule ids (sources/registry.yaml) of the rules encoded here.
const (
	ruleDomains16      = "SZ-CATALOG-DOMAINS-16"
	rulePackageMin     = "SZ-BUDGET-PACKAGE-MIN"
	rulePackageMinHigh = "SZ-BUDGET-PACKAGE-MIN-HIGH-RISK"
	ruleLabor85        = "SZ-BUDGET-LABOR-MIN-85PCT"
	ruleNonLabor15     = "SZ-BUDGET-NONLABOR-MAX-15PCT"
	ruleSupervision    = "SZ-BUDGET-SUPERVISION-350"
	ruleProfPosts80    = "SZ-STAFF-PROF-POSTS-80PCT"
	ruleCertRequired   = "SZ-STAFF-CERT-REQUIRED"
	ruleCertTarget     = "SZ-TARGET-CERT-ALL-BY-2023"
	ruleCE80           = "SZ-STAFF-CE-80H"
	ruleCycle3Y        = "SZ-CONTRACT-CYCLE-3Y"

	ruleProfessionalEval = "SZ-REPORT-PROFESSIONAL-EVAL"
	rulePerformanceEval  = "SZ-REPORT-PERFORMANCE-EVAL"
	ruleRenewalReward    = "SZ-CONTRACT-RENEWAL-REWARD"
	ruleOrgPayDisclosure = "SZ-REPORT-ORG-PAY-DISCLOSURE"

	ruleRecruitPlatform  = "SZ-STAFF-RECRUIT-PLATFORM"
	ruleBuyerWhoUses     = "SZ-GOV-BUYER-WHO-USES"
	ruleProjectLibrary   = "SZ-GOV-PROJECT-LIBRARY"
	ruleProjectDesign    = "SZ-GOV-PROJECT-DESIGN"
	ruleDistrictStandard = "SZ-BUDGET-DISTRICT-STANDARD"
)

// Parameter ids in ruleset.yaml.
const (
	paramPackageMin       = "SZ.budget.package_min"
	paramPackageMinHigh   = "SZ.budget.package_min_high_risk"
	paramLaborShare       = "SZ.budget.labor_share_min"
	paramNonLaborShare    = "SZ.budget.non_labor_share_max"
	paramSupervision      = "SZ.budget.supervision_per_worker_month"
	paramProfShare        = "SZ.staffing.professional_post_share_min"
	paramCertFrom         = "SZ.staffing.certificate_required_contracts_from"
	paramCertShare        = "SZ.staffing.certified_share_min"
	paramCertDeadline     = "SZ.staffing.certified_share_deadline"
	paramTrainingHoursMin = "SZ.staffing.training_hours_year_min"
	paramCycleYears       = "SZ.contract.cycle_years"
	paramPurchaseMode     = "SZ.contract.purchase_mode"
	paramPurchaseModeFrom = "SZ.contract.purchase_mode_contracts_from"

	paramProfessionalEvalMin = "SZ.reporting.professional_evaluations_min"
	paramPerformanceEvalMin  = "SZ.reporting.performance_evaluations_min"
	paramRenewalRating       = "SZ.contract.renewal_reward_rating"
	paramPayDisclosureItems  = "SZ.reporting.org_pay_disclosure_items"

	paramRecruitFrom       = "SZ.staffing.recruit_platform_hired_from"
	paramRecruitOperator   = "SZ.staffing.recruit_platform_operator"
	paramCentrePurchaser   = "SZ.governance.party_mass_centre_purchaser"
	paramLibraryNewFrom    = "SZ.governance.project_library_new_from"
	paramProjectDesignList = "SZ.governance.project_design_items"
)

// conceptPurchaseMode is the concept of the purchase-mode finding, which shares its rule id
// with the cycle (clause 十三 is one sentence, one rule in sources/registry.yaml).
const conceptPurchaseMode = "contract.purchase_mode"

// New returns the Shenzhen policy: sdk.RulesetPolicy validates each subject and resolves a
// project's domain, then runs the Go rules below and the rules ruleset.yaml declares.
func New() sdk.Policy { return NewFrom(ruleset()) }

// NewFrom is New over another copy of the region's data — the ruleset under a reform
// (sdk.Ruleset.WithOverrides) — with the same Go rules, which look every rule and parameter up
// by id in the ruleset they are given.
func NewFrom(rs *sdk.Ruleset) sdk.Policy {
	p := &policy{rs: rs}
	return &sdk.RulesetPolicy{Ruleset: rs, BudgetRules: p.budget, StaffingRules: p.staffing, NewFrom: NewFrom}
}

type policy struct{ rs *sdk.Ruleset }

// domainInfo is how a project's domain was read.
type domainInfo struct {
	input    string
	item     *sdk.CatalogItem // the Shenzhen domain it falls under; nil when none of the 16
	via      string           // shared code path used to reach item, e.g. "DOM-ELDERLY ⊂ DOM-SOC-WELFARE"
	highRisk bool
}

// domain reads a project's domain as the SDK resolved it (a Shenzhen term or code, a shared code
// or name). A shared domain outside the 16 is read through its shared parents (see the package
// comment).
func (p *policy) domain(m sdk.DomainMatch) domainInfo {
	d := domainInfo{input: m.Input}
	if len(m.Items) > 0 {
		it := m.Items[0]
		d.item, d.highRisk = &it, it.HighRisk
		return d
	}
	path := []string{m.Shared}
	for code := m.Shared; ; {
		t, ok := sdk.SharedDomain(code)
		if !ok || t.Parent == "" {
			return d
		}
		code = t.Parent
		path = append(path, code)
		for _, it := range p.rs.Description().Catalog {
			if it.Kind == "domain" && slices.Contains(it.SharedCodes, code) {
				d.item, d.highRisk, d.via = &it, it.HighRisk, strings.Join(path, " ⊂ ")
				return d
			}
		}
	}
}

// yuanZh formats money with thousands separators for Chinese messages: 12,000.00.
func yuanZh(f sdk.Fen) string {
	s := f.String()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String() + "." + frac
	if neg {
		out = "-" + out
	}
	return out
}

// ceilDiv returns ceil(a/b) for a >= 0, b > 0, exactly.
func ceilDiv(a, b *big.Int) int64 {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q.Int64()
}

func bi(x int64) *big.Int { return big.NewInt(x) }

func mul(xs ...int64) *big.Int {
	out := big.NewInt(1)
	for _, x := range xs {
		out.Mul(out, big.NewInt(x))
	}
	return out
}

func share(part, whole sdk.Fen) string {
	if whole <= 0 {
		return "—"
	}
	return sdk.Ratio{Num: int64(part), Den: int64(whole)}.Percent()
}
