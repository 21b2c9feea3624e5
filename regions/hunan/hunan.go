// Package hunan is the policy of Hunan province (湖南): the township/street social-work station
// scheme 湖南省乡镇(街道)社会工作服务站项目实施方案(试行), known as the 禾计划 (HN-2018).
//
// The scheme governs station projects only. A project marked programme STATION (社工站项目) must
// fall in one of the four service areas, its agreement runs one year inside a 3-year cycle, and
// its workers must be in place within one month of signing; any other project (an ordinary
// purchased service, e.g. a Zhuzhou project reached through the region chain) gets one
// NOT_APPLICABLE finding saying the scheme does not govern it, never a FAIL.
// Station workers (驻站社工) must be 40 or under — on the day they were hired when hiredOn is
// given (the limit stands with the hiring preferences of 五(三): a recruitment condition), else
// on asOf, and the finding says which — and hold an associate degree (大专) or higher;
// social-work qualification and local hukou are preferences, reported as informational
// NOT_APPLICABLE findings. Stations must list the required facilities and both plaques.
// Organisations must have disclosed the four items of 三(四) (HN-REPORT-CONTRACTOR-DISCLOSURE,
// exact names in organization.disclosures); the clause binds contractors (承接主体), which the
// data does not record, so the finding presumes one and says so.
//
// Government subjects (a province, city or county) carry the scheme's reporting duties and the
// coverage target. Zhuzhou inherits Hunan, so a rule that does not bind a subject's level answers
// NOT_APPLICABLE (never INSUFFICIENT_INPUT) and stays quiet in a Zhuzhou evaluation.
//
// Decisions on the text's ambiguities (also in the parameter notes of ruleset.yaml):
//
//   - Free-text lists (funding sources, agreement clauses, filed documents, station systems, plan
//     sections) match the document's own names exactly; a near name does not count.
//   - HN-BUDGET-COUNTY-SOURCES (七(二), declared: list_within): every funding source must be one the paragraph names: the
//     county's four (社会救助工作经费、社会救助专项经费、福彩公益金、财政预算经费) or the province's
//     subsidy of its second sentence (省级民政部门根据绩效评估情况,对社工站项目进行补助), named
//     省级民政部门补助 after the text (a near name such as 省级补助 does not count); any other name
//     fails and is named. An empty list fails too: the clause requires the money to be arranged
//     from these sources (统筹安排), and a project with none recorded is not. The city's money
//     (三(二)) counts only under these names.
//   - HN-CONTRACT-PARTIES (六(一)): the purchaser must be a county-level (县、市、区) civil-affairs
//     purchaser (purchaser {level COUNTY, type CIVIL_AFFAIRS}) and the agreement have exactly 2
//     parties (两方).
//   - HN-CONTRACT-REQUIRED-CLAUSES (六(二)): the seven matters the clause names, the last one being
//     因政策调整等不可抗力因素,可变更或解除协议 as the text words it (with its comma).
//   - HN-REPORT-CITY-FILING (三(二)): each of 年度实施计划、政府购买服务协议、人员招聘方案 needs a filing
//     with filedWith CITY dated on or before asOf (an undated filing counts) once it is due. The
//     clause sets no deadline; 七 orders the steps, and each document is due by the step that
//     needs it, counted from contractSignedOn: the annual plan (七(一)) by the signing day, since
//     it precedes the purchase (七(三)); the agreement within its own 15 working days (七(三));
//     the recruitment scheme (人员招聘方案, drawn up by the contractor and filed before it
//     recruits, 三(三)) by the day the workers must be in place, 1个月 after signing (七(四),
//     HN.contract.deploy_within_months). A document not filed is "not yet due" through its
//     deadline (NOT_APPLICABLE, with the deadlines, when nothing due is missing) and FAIL after
//     it. Before the signing day nothing is due (NOT_APPLICABLE, with what is already filed as
//     Actual, needing no filings to say so); without contractSignedOn an unfiled document cannot
//     be judged (INSUFFICIENT_INPUT naming project.contractSignedOn). As in 七(三), a filing of
//     the agreement dated before the signing day (or any, before it is signed) belongs to an
//     earlier agreement and does not count. These deadlines are readings of the order of 七,
//     not numbers the clause gives; the parameter notes say so.
//   - HN-REPORT-AGREEMENT-FILING-15WD (七(三)): the deadline is the 15th statutory working day after
//     contractSignedOn (the signing day is not counted, 民法典 第二百零一条), from plugins/workcal
//     (State Council holiday notices, with adjusted working weekends). The filing that counts is
//     the earliest filing of 政府购买服务协议 with CITY dated on or after the signing day (an
//     earlier one belongs to an earlier agreement) and on or before asOf. Filed by the deadline →
//     PASS; not filed and asOf on or before the deadline → NOT_APPLICABLE (not yet due) with the
//     deadline; filed late or not filed after the deadline → FAIL, unless another filing of the
//     agreement might have been in time (undated with CITY, or without authority and dated by
//     the deadline): then INSUFFICIENT_INPUT naming it. When the calendar does not
//     cover a year the deadline falls in, the finding is NOT_APPLICABLE and says so (it never
//     guesses), unless a filing already counts fewer working days than allowed, which is in time
//     whatever the deadline.
//     An agreement signed before the scheme's start (2018-01-01) is NOT_IN_FORCE, decided before
//     any missing input (a pre-scheme agreement without filings is NOT_IN_FORCE too).
//   - HN-REPORT-CONTRACTOR-REPORTS (七(四)): the agreement period is contractSignedOn plus the
//     project's months (12 when unset; 中期/末期 are read per annual agreement). Service month k
//     ends on signing day + k months (民法典 第二百零二条, clamped to the month's end) and has fully
//     elapsed the day after. A monthly brief is expected for every fully elapsed month, the
//     mid-term report once the first ceil(months/2) months have elapsed, the final report once
//     the whole period has. 按时 (on time) gives no due date and none is invented: all expected
//     reports in → PASS; some not yet submitted → NOT_APPLICABLE naming them (a request, never a
//     FAIL). Reports count when dated from the signing day to asOf; undated ones are reported
//     as missing input only when they could make up a shortfall (PARTIAL). An agreement signed
//     before the scheme's start is NOT_IN_FORCE, as for HN-REPORT-AGREEMENT-FILING-15WD (months
//     before the scheme are never counted).
//   - HN-STATION-SYSTEMS (五(二)): one finding over one list of the five systems (人员管理制度 …)
//     and three records (服务文书档案、服务对象数据库、服务承诺); 合理的组织架构 and 规范的运行流程 are
//     qualitative and not checked (PARTIAL).
//   - HN-STAFF-FULL-PER-AGREEMENT (五(三)): a station's listed workers must reach agreedHeadcount
//     and each be employed by the contractor (employedByContractor). 及时 (on time) is checked for
//     projects by HN-STAFF-DEPLOY-1-MONTH; a station has no agreement date (PARTIAL).
//   - HN-CONTRACT-LABOR-PAY-INSURANCE (三(三)): each worker (of a station project, a station, or a
//     single worker) has a labour contract, is paid monthly and is enrolled in the five insurances
//     of 社会保险法 (养老、医疗、失业、工伤、生育); 五险 excludes the housing fund (公积金).
//   - Periodic government duties (HN-REPORT-COUNTY-QUARTERLY, -CITY-SEMIANNUAL,
//     -CITY-QUARTERLY-INSPECTION, -SELF-EVAL-NOV, declared in ruleset.yaml as sdk checks of kind
//     periodic; -ANNUAL-PLAN, in Go, reads its years the same way): periods are calendar quarters,
//     halves or years (每季度 = Jan–Mar …, 每半年 = Jan–Jun, Jul–Dec); the self-evaluation period of
//     year Y is Jan 1 – Nov 30 of Y (11月底前). The periods checked on asOf are every period of
//     asOf's calendar year that has fully ended before asOf; when none has, the last period of
//     the previous year. A period that starts before the rule's validity is NOT_IN_FORCE. An act
//     counts for a period when it is dated within it (每季度提交 = one in each quarter; a report
//     for Q1 dated 04-03 does not count for Q1, and Required and the messages say so), has the
//     kind and, where the duty names one, the authority: county progress reports to PROVINCE
//     and to CITY each quarter, city reports to PROVINCE each half-year, an INSPECTION by CITY
//     of each county each quarter (the city's duty, checked on county subjects as the county's
//     record of being inspected — a FAIL says the duty is the city's and records that the
//     county was not inspected; a city subject has no per-county data), a SELF_EVALUATION by
//     cities and counties to a higher level (上级, from the same sentence's 向上级民政部门提交:
//     CITY or PROVINCE for a county, PROVINCE for a city), and the county's ANNUAL_PLAN filed
//     with CITY or PROVINCE (上级) holding the six sections of 七(一).
//     A level a duty does not bind gets NOT_APPLICABLE.
//   - The scheme's start is inferred (HN-2018: valid_from 2018-01-01, the earliest day the text
//     supports, valid_from_latest 2018-12-31): no subject is failed before 2018-12-31
//     (sdk Ruleset.UnsureStart on asOf), and a periodic duty is not failed when every period
//     missing an act starts before it (a 2018 quarter, the 2018 plan); NOT_IN_FORCE before
//     2018-01-01 says the start is inferred.
//   - HN-TARGET-FULL-COVERAGE-2019 (一, declared: target with of): townshipsWithStation/townships must reach 1/1 (exact),
//     for any level, by the deadline 2019-12-31 (end of 2018—2019年). Before it, a unit already
//     covered passes and one not yet covered is NOT_APPLICABLE (not yet due) with the number of
//     townships still without a station; on the deadline or after it unmet fails with the days
//     overdue (sdk.ConcludeDeadline: the deadline does not end the rule, which stays in force
//     with the scheme).
//
// Every number comes from ruleset.yaml by parameter id and asOf; the rule logic is here, except
// for the rules whose check ruleset.yaml declares (the SDK evaluates those).
package hunan

import (
	_ "embed"
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
	RuleServiceAreas   = "HN-CATALOG-SERVICE-AREAS-4"
	RuleHardware       = "HN-STATION-HARDWARE"
	RuleSignage        = "HN-STATION-SIGNAGE"
	RuleAgeMax         = "HN-STAFF-AGE-MAX-40"
	RuleEducationMin   = "HN-STAFF-EDU-MIN"
	RulePrefSWQualif   = "HN-STAFF-PREF-SW-QUALIFICATION"
	RulePrefLocalHukou = "HN-STAFF-PREF-LOCAL-HUKOU"
	RuleDeploy1Month   = "HN-STAFF-DEPLOY-1-MONTH"
	RuleCycleAnnual    = "HN-CONTRACT-CYCLE-3Y-ANNUAL-SIGN"

	RuleContractorDisclose = "HN-REPORT-CONTRACTOR-DISCLOSURE"

	RuleCountySources     = "HN-BUDGET-COUNTY-SOURCES"
	RuleContractParties   = "HN-CONTRACT-PARTIES"
	RuleRequiredClauses   = "HN-CONTRACT-REQUIRED-CLAUSES"
	RuleCityFiling        = "HN-REPORT-CITY-FILING"
	RuleAgreementFiling   = "HN-REPORT-AGREEMENT-FILING-15WD"
	RuleContractorReports = "HN-REPORT-CONTRACTOR-REPORTS"
	RuleStationSystems    = "HN-STATION-SYSTEMS"
	RuleFullPerAgreement  = "HN-STAFF-FULL-PER-AGREEMENT"
	RuleLaborPayInsurance = "HN-CONTRACT-LABOR-PAY-INSURANCE"

	RuleAnnualPlan       = "HN-REPORT-ANNUAL-PLAN"
	RuleCountyQuarterly  = "HN-REPORT-COUNTY-QUARTERLY"
	RuleCitySemiannual   = "HN-REPORT-CITY-SEMIANNUAL"
	RuleCityInspection   = "HN-REPORT-CITY-QUARTERLY-INSPECTION"
	RuleSelfEvaluation   = "HN-REPORT-SELF-EVAL-NOV"
	RuleFullCoverage2019 = "HN-TARGET-FULL-COVERAGE-2019"
)

// Parameter ids.
const (
	paramAgeMax          = "HN.staffing.worker_age_max"
	paramEducationMin    = "HN.staffing.education_min"
	paramSWMajors        = "HN.staffing.sw_majors"
	paramFacilities      = "HN.station.required_facilities"
	paramSignForms       = "HN.station.sign_forms"
	paramDeployMonths    = "HN.contract.deploy_within_months"
	paramCycleYears      = "HN.contract.cycle_years"
	paramAgreementYears  = "HN.contract.agreement_term_years"
	paramDisclosureItems = "HN.reporting.contractor_disclosure_items"

	paramCountySources       = "HN.funding.county_sources"
	paramProvinceSubsidy     = "HN.funding.province_subsidy"
	paramPartyCount          = "HN.contract.party_count"
	paramRequiredClauses     = "HN.contract.required_clauses"
	paramCityFilingDocs      = "HN.report.city_filing_documents"
	paramAgreementDocument   = "HN.report.agreement_document"
	paramPlanDocument        = "HN.report.plan_document"
	paramRecruitmentDocument = "HN.report.recruitment_document"
	paramFilingWorkingDays   = "HN.report.agreement_filing_working_days"
	paramContractorReports   = "HN.report.contractor_reports"
	paramStationSystems      = "HN.station.systems"
	paramSocialInsurances    = "HN.contract.social_insurances"
	paramPlanSections        = "HN.report.annual_plan_sections"
	paramCountyReportMonths  = "HN.report.county_report_period_months"
	paramCityReportMonths    = "HN.report.city_report_period_months"
	paramInspectionMonths    = "HN.report.city_inspection_period_months"
	paramSelfEvalDeadline    = "HN.report.self_evaluation_deadline"
	paramCoverage            = "HN.target.station_coverage"
	paramCoverageDeadline    = "HN.target.station_coverage_deadline"
)

type policy struct{ rs *sdk.Ruleset }

// New returns Hunan's policy. The scheme sets no amount, share or fee (each county costs its
// projects), so there is no money rule; its rules are about station projects, stations and
// their workers.
func New() sdk.Policy { return NewFrom(ruleset()) }

// NewFrom is New over another copy of the region's data — an edited ruleset.yaml, read by
// `shegong policy test regions/hunan` — with the same Go rules. The rules look every rule and
// parameter up by id, so the copy must keep those the Go rules use.
func NewFrom(rs *sdk.Ruleset) sdk.Policy {
	p := &policy{rs: rs}
	return &sdk.RulesetPolicy{Ruleset: rs, StaffingRules: p.staffing, NewFrom: NewFrom}
}

// staffing applies the rules for the subject's kind. No subject is failed on a day before the
// latest day the scheme can have taken effect (its start is inferred, HN-2018 valid_from_latest):
// Ruleset.UnsureStart on asOf, after the period duties have applied it to their periods.
func (p *policy) staffing(asOf sdk.Date, s sdk.Subject, m sdk.DomainMatch) []sdk.Finding {
	fs := p.findings(asOf, s, m)
	for i := range fs {
		fs[i] = p.rs.UnsureStart(fs[i], asOf)
	}
	return fs
}

func (p *policy) findings(asOf sdk.Date, s sdk.Subject, m sdk.DomainMatch) []sdk.Finding {
	switch s.Kind() {
	case sdk.SubjectProject:
		return p.project(asOf, *s.Project, m)
	case sdk.SubjectStation:
		return p.station(asOf, *s.Station)
	case sdk.SubjectWorker:
		return p.workerRules(asOf, []workerRef{{"worker", *s.Worker}})
	case sdk.SubjectOrganization:
		return nil // HN-REPORT-CONTRACTOR-DISCLOSURE is declared in ruleset.yaml
	case sdk.SubjectGovernment:
		return p.government(asOf, *s.Government)
	}
	return nil
}
