// Package hunan is the policy of Hunan province (湖南): the township/street social-work station
// scheme 湖南省乡镇(街道)社会工作服务站项目实施方案(试行), known as the 禾计划 (HN-2018).
//
// The scheme governs station projects only. A project marked programme STATION (社工站项目) must
// fall in one of the four service areas, its agreement runs one year inside a 3-year cycle, and
// its workers must be in place within one month of signing; any other project (an ordinary
// purchased service, e.g. a Zhuzhou project reached through the region chain) gets one
// NOT_APPLICABLE finding saying the scheme does not govern it, never a FAIL.
// Station workers (驻站社工) must be 40 or under and hold an associate degree (大专) or higher;
// social-work qualification and local hukou are preferences, reported as informational
// NOT_APPLICABLE findings. Stations must list the required facilities and both plaques.
// Organisations must have disclosed the four items of 三(四) (HN-REPORT-CONTRACTOR-DISCLOSURE,
// exact names in organization.disclosures); the clause binds contractors (承接主体), which the
// data does not record, so the finding presumes one and says so.
//
// Every number comes from ruleset.yaml by parameter id and asOf; the rule logic is here.
package hunan

import (
	_ "embed"

	"github.com/shegong/shegong/plugins/sdk"
)

//go:embed ruleset.yaml
var rulesetYAML []byte

var ruleset = sdk.MustLoadRuleset(rulesetYAML)

// Rule ids (policy_rules.yaml) this package evaluates.
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
)

type policy struct{ rs *sdk.Ruleset }

// New returns Hunan's policy. The scheme sets no amount, share or fee (each county costs its
// projects), so there is no money rule; its rules are about station projects, stations and
// their workers.
func New() sdk.Policy {
	p := &policy{rs: ruleset}
	return &sdk.RulesetPolicy{Ruleset: ruleset, StaffingRules: p.staffing}
}

func (p *policy) staffing(asOf sdk.Date, s sdk.Subject, m sdk.DomainMatch) []sdk.Finding {
	switch s.Kind() {
	case sdk.SubjectProject:
		return p.project(asOf, *s.Project, m)
	case sdk.SubjectStation:
		return p.station(asOf, *s.Station)
	case sdk.SubjectWorker:
		return p.workerRules(asOf, []workerRef{{"worker", *s.Worker}})
	}
	return []sdk.Finding{p.contractorDisclosure(asOf, *s.Organization)}
}

// contractorDisclosure: 承接主体应向有关部门和社会公众公开… — the scheme binds the organisations
// contracted for station projects; the data does not say whether this one is, so the finding
// presumes it and says so.
func (p *policy) contractorDisclosure(asOf sdk.Date, o sdk.OrganizationSpec) sdk.Finding {
	f := p.rs.DisclosureFinding(asOf, RuleContractorDisclose, paramDisclosureItems, o.Disclosures)
	if f.Status != sdk.StatusNotInForce {
		f.MessageZh += ";本条约束承接社工站项目的承接主体"
		f.MessageEn += "; the rule binds organisations contracted for station projects"
	}
	return f
}
