package seed

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/organization"
	"github.com/shegong/shegong/ent/project"
	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

// The facts the rules of the later rounds read — procurement, agreement, funding, filings and
// reports of a project; hiring and employment of a worker; a station's agreed headcount and
// systems; an organisation's registration, disclosures and governance bodies — drawn so that
// the demo data follows each region's documents where its rules read them: a demo project that
// complied before these rules still complies, and one that failed still fails for the same
// reasons, no more.
//
// They come from their own pseudo-random stream (gen.facts, seeded apart from gen.r), so every
// value drawn before them — names, ages, budgets, evaluations, and with them the deliberate
// failures of the demo — stays the same draw for draw.

// factsSeed seeds the stream of the facts; the unit number is the stream's second word, as
// for rngSeed.
const factsSeed = rngSeed + 1

// itemLists are the lists the regions' rules match item by item, in the documents' own words:
// read from the built-in regions' ruleset parameters (their latest values), so the demo states
// exactly what the rules ask for and cannot drift from a reworded parameter. Built on first use,
// so serving without seeding pays nothing.
type itemLists struct {
	szDesignItems            []string // SZ.governance.project_design_items (SZ-GOV-PROJECT-DESIGN, 十三)
	scSpecItems              []string // SC.contract.project_spec_items (SC-CONTRACT-PROJECT-SPEC)
	scFundingSources         []string // SC.funding.sources (SC-BUDGET-2018-FUNDS-TO-GRASSROOTS)
	hnClauses                []string // HN.contract.required_clauses (HN-CONTRACT-REQUIRED-CLAUSES, 六(二))
	hnFundingSources         []string // HN.funding.county_sources (HN-BUDGET-COUNTY-SOURCES, 七(二))
	hnStationSystems         []string // HN.station.systems (HN-STATION-SYSTEMS, 五(二))
	zzRegistrationConditions []string // ZZ.governance.registration_conditions (ZZ-ORG-REG-CONDITIONS, 三(一))
	szDisclosureItems        []string // SZ.reporting.org_pay_disclosure_items (SZ-REPORT-ORG-PAY-DISCLOSURE, 十六)
	hnDisclosureItems        []string // HN.reporting.contractor_disclosure_items (HN-REPORT-CONTRACTOR-DISCLOSURE, 三(四))
	zzDisclosureItems        []string // ZZ.reporting.disclosure_items (ZZ-REPORT-INFO-DISCLOSURE, 三(四))
	// HN.report.city_filing_documents (HN-REPORT-CITY-FILING, 三(二)) less the agreement
	// (HN.report.agreement_document, HN-REPORT-AGREEMENT-FILING-15WD): the annual plan and the
	// recruitment plan, in the parameter's order.
	hnAgreementDocument                   string
	hnPlanDocument, hnRecruitmentDocument string
}

var regionItems = sync.OnceValue(func() itemLists {
	latest := map[string]string{}
	for code, newPolicy := range regions.Builtin() {
		d, err := newPolicy().Describe(context.Background())
		if err != nil {
			panic(fmt.Sprintf("seed: describe built-in region %s: %v", code, err))
		}
		for _, p := range d.Parameters {
			latest[p.ID] = p.Value // listed oldest first: the last is the latest
		}
	}
	list := func(id string) []string {
		v, ok := latest[id]
		if !ok {
			panic("seed: no parameter " + id + " in the built-in regions")
		}
		return sdk.SplitItems(v)
	}
	l := itemLists{
		szDesignItems:            list("SZ.governance.project_design_items"),
		scSpecItems:              list("SC.contract.project_spec_items"),
		scFundingSources:         list("SC.funding.sources"),
		hnClauses:                list("HN.contract.required_clauses"),
		hnFundingSources:         list("HN.funding.county_sources"),
		hnStationSystems:         list("HN.station.systems"),
		zzRegistrationConditions: list("ZZ.governance.registration_conditions"),
		szDisclosureItems:        list("SZ.reporting.org_pay_disclosure_items"),
		hnDisclosureItems:        list("HN.reporting.contractor_disclosure_items"),
		zzDisclosureItems:        list("ZZ.reporting.disclosure_items"),
		hnAgreementDocument:      list("HN.report.agreement_document")[0],
	}
	var others []string
	for _, d := range list("HN.report.city_filing_documents") {
		if d != l.hnAgreementDocument {
			others = append(others, d)
		}
	}
	if len(others) != 2 {
		panic(fmt.Sprintf("seed: HN.report.city_filing_documents besides the agreement: %q, want the plan and the recruitment plan", others))
	}
	l.hnPlanDocument, l.hnRecruitmentDocument = others[0], others[1]
	return l
})

// listed returns item, which the demo picks from a region's list by name; a name the list no
// longer has is a data error in the seed.
func listed(list []string, item string) string {
	if !slices.Contains(list, item) {
		panic(fmt.Sprintf("seed: %q is not among %q", item, list))
	}
	return item
}

// allInsurances are the five insurances of 五险 (HN.contract.social_insurances, sdk.SocialInsurances).
func allInsurances() []schematype.SocialInsurance {
	out := make([]schematype.SocialInsurance, len(sdk.SocialInsurances))
	for i, s := range sdk.SocialInsurances {
		out[i] = schematype.SocialInsurance(s)
	}
	return out
}

// szPlatformFrom is the day Shenzhen's measures took effect (SZ.staffing.recruit_platform_hired_from):
// workers hired from then on are filed on and recruited through the platform.
var szPlatformFrom = date(2020, 11, 12)

// inHunanScheme reports whether a region's stations and station projects follow Hunan's 禾计划
// (Zhuzhou inherits Hunan's rules).
func inHunanScheme(region string) bool { return region == "hunan" || region == "zhuzhou" }

// orgFacts sets the registration facts of a region's i-th organisation of a unit. Every demo
// organisation registered directly (直接登记, as social-work service organisations may); one
// registered with a county authority is a community-service organisation working inside
// communities (城乡社区服务类, which Yunnan's 六(二) has register directly with the county), the
// others public-interest charities (公益慈善类). A party organisation was formed one of the three
// named ways; the latest annual inspection was passed. Zhuzhou's organisations meet the twelve
// registration conditions of ZZ-ORG-REG-CONDITIONS (no other region lists them).
//
// Where a region's rules read disclosures (Shenzhen, Hunan, Zhuzhou), every other organisation
// (even i, chosen without a draw so that the facts stream stays as it was) has disclosed every
// item its region's chain lists and has both a 理事会 and a 监事会; the rest do not say, so the
// demo shows those rules answering INSUFFICIENT_INPUT as well as passing.
func orgFacts(f *gen, region string, i int, b *ent.OrganizationCreate) {
	m := b.Mutation()
	b.SetRegisteredDirectly(true).SetAnnualInspection(schematype.AnnualInspectionResult(sdk.InspectionQualified))
	if level, _ := m.RegistrationLevel(); level == organization.RegistrationLevelCOUNTY {
		b.SetCategory(schematype.OrganizationCategory(sdk.CategoryCommunityService)).SetOperatesWithinCommunity(true)
	} else {
		b.SetCategory(schematype.OrganizationCategory(sdk.CategoryCharity)).SetOperatesWithinCommunity(f.chance(0.5))
	}
	if has, _ := m.HasPartyOrganization(); has {
		b.SetPartyOrganizationMode(schematype.PartyOrganizationMode(f.pick([]string{sdk.PartyOrgSeparate, sdk.PartyOrgSeparate, sdk.PartyOrgJoint, sdk.PartyOrgAffiliated})))
	}
	if region == "zhuzhou" {
		b.SetRegistrationConditions(slices.Clone(regionItems().zzRegistrationConditions))
	}
	if items := disclosureItems(region); items != nil && i%2 == 0 {
		b.SetDisclosures(items).SetHasBoard(true).SetHasSupervisoryBoard(true)
	}
}

// disclosureItems are the items a region's disclosure rules ask of an organisation, its
// parent's included (Zhuzhou's organisations answer Hunan's rule too); nil where no rule reads
// disclosures.
func disclosureItems(region string) []string {
	l := regionItems()
	switch region {
	case "shenzhen":
		return slices.Clone(l.szDisclosureItems)
	case "hunan":
		return slices.Clone(l.hnDisclosureItems)
	case "zhuzhou":
		items := slices.Clone(l.zzDisclosureItems)
		for _, it := range l.hnDisclosureItems {
			if !slices.Contains(items, it) {
				items = append(items, it)
			}
		}
		return items
	}
	return nil
}

// workerFacts sets a worker's hiring and employment facts. Hired between 2016 and 2023, at 21
// or older; in Shenzhen filed on the practitioners' platform, and recruited through it when
// hired from the day the measures took effect (clause 五); elsewhere the platform facts are not
// given (Shenzhen's platform is the only one). Every demo worker has a labour contract, monthly
// pay and the five insurances, is employed by a contractor and was trained before service.
func workerFacts(f *gen, region string, b *ent.SocialWorkerCreate) {
	hired := date(f.between(2016, 2023), time.Month(f.between(1, 12)), f.between(1, 28))
	if birth, ok := b.Mutation().BirthDate(); ok && hired.Before(birth.AddDate(21, 0, 0)) {
		hired = birth.AddDate(21, 0, 0)
	}
	b.SetHiredOn(hired).SetLaborContract(true).SetPaidMonthly(true).
		SetSocialInsurance(allInsurances()).
		SetEmployedByContractor(true).SetTrainedBeforeService(true)
	if region == "shenzhen" {
		b.SetPlatformFiled(true).SetRecruitedViaPlatform(!hired.Before(szPlatformFrom))
	}
}

// stationFacts sets a station's agreed headcount (the workers it has) and, under Hunan's
// scheme, the systems and records of HN-STATION-SYSTEMS.
func stationFacts(region string, workers int, b *ent.StationCreate) {
	b.SetAgreedHeadcount(workers)
	if inHunanScheme(region) {
		b.SetSystems(slices.Clone(regionItems().hnStationSystems))
	}
}

// projectFacts sets a project's procurement, agreement and funding facts. Every demo project is
// bought by its district's civil-affairs bureau (a county-level CIVIL_AFFAIRS purchaser, as its
// purchaser name says) under a two-party agreement, with money of its starting year; it was set
// up 90–150 days before signing, approved into the project library 2–6 weeks later and its
// budget declared after that (SZ-GOV-PROJECT-LIBRARY); it was bought by open tender (Zhuzhou's
// default, ZZ-CONTRACT-OPEN-TENDER-DEFAULT), in Sichuan by one of the three ways the notice
// names for a project purchase (SC-CONTRACT-DELIVERY-MODES). Per region, in the documents'
// words: Shenzhen's design items; Sichuan's specification items, funding from county finance
// (and the retained lottery fund), delivered at township or village level; Hunan's seven
// agreement clauses and funding from its county sources, delivered at township level.
func projectFacts(f *gen, region string, starts time.Time, b *ent.ProjectCreate) {
	signed, _ := b.Mutation().ContractSignedOn()
	established := signed.AddDate(0, 0, -f.between(90, 150))
	approved := established.AddDate(0, 0, f.between(14, 42))
	declared := approved.AddDate(0, 0, f.between(0, 20))
	b.SetPurchaserLevel(schematype.AdminLevel(sdk.LevelCounty)).
		SetPurchaserType(schematype.PurchaserType(sdk.PurchaserCivilAffairs)).
		SetContractParties(2).SetFundingYear(starts.Year()).
		SetEstablishedOn(established).SetLibraryApprovedOn(approved).SetBudgetDeclaredOn(declared).
		SetProcurementMethod(schematype.ProcurementMethod(sdk.ProcurementOpenTender))
	switch region {
	case "shenzhen":
		b.SetSpecification(slices.Clone(regionItems().szDesignItems))
	case "sichuan":
		b.SetSpecification(slices.Clone(regionItems().scSpecItems)).
			SetProcurementMethod(schematype.ProcurementMethod(f.pick([]string{sdk.ProcurementOpenTender, sdk.ProcurementInvitedTender, sdk.ProcurementComparison}))).
			SetServiceLevel(schematype.AdminLevel(f.pick([]string{sdk.LevelTownship, sdk.LevelVillage})))
		sources := []string{listed(regionItems().scFundingSources, "县(市区)财政")}
		if f.chance(0.5) {
			sources = append(sources, listed(regionItems().scFundingSources, "本级留存福彩公益金"))
		}
		b.SetFundingSources(sources)
	case "hunan":
		b.SetContractClauses(slices.Clone(regionItems().hnClauses)).
			SetServiceLevel(schematype.AdminLevel(sdk.LevelTownship))
		n := f.between(1, 2)
		sources := regionItems().hnFundingSources
		first := f.r.IntN(len(sources) - n + 1)
		b.SetFundingSources(append([]string(nil), sources[first:first+n]...))
	}
}

// stationProjectRecords adds the filings and contractor reports of a Hunan station project
// (programme STATION), as 三(二), 七(三) and 七(四) ask: the annual plan and the recruitment plan
// filed with the city before signing, the agreement filed with the city within a week of
// signing (well inside 15 working days); one monthly brief at the end of every service month of
// the annual agreement, the mid-term report at the end of its first half and the final report
// at its end (months counted from signing, as HN-REPORT-CONTRACTOR-REPORTS counts them).
// Reports dated after the day an assessment is made do not count for it, and are not due by
// then either.
func stationProjectRecords(c *ent.Client, f *gen, p *ent.Project) ([]*ent.ProjectFilingCreate, []*ent.ContractorReportCreate) {
	if p.Programme == nil || *p.Programme != project.ProgrammeSTATION || p.ContractSignedOn == nil {
		return nil, nil
	}
	signed := *p.ContractSignedOn
	city := schematype.AdminLevel(sdk.LevelCity)
	filings := []*ent.ProjectFilingCreate{
		c.ProjectFiling.Create().SetProject(p).SetDocument(regionItems().hnPlanDocument).SetFiledWith(city).SetFiledOn(signed.AddDate(0, 0, -f.between(10, 30))),
		c.ProjectFiling.Create().SetProject(p).SetDocument(regionItems().hnRecruitmentDocument).SetFiledWith(city).SetFiledOn(signed.AddDate(0, 0, -f.between(3, 9))),
		c.ProjectFiling.Create().SetProject(p).SetDocument(regionItems().hnAgreementDocument).SetFiledWith(city).SetFiledOn(signed.AddDate(0, 0, f.between(1, 7))),
	}
	months := serviceMonthsOf(p.StartsOn, p.EndsOn)
	monthEnd := func(k int) time.Time { return sdk.DateOf(signed).AddMonthsClamped(k).Time() }
	var reports []*ent.ContractorReportCreate
	for k := 1; k <= months; k++ {
		reports = append(reports, c.ContractorReport.Create().SetProject(p).
			SetKind(sdk.ReportMonthlyBrief).SetSubmittedOn(monthEnd(k)))
	}
	reports = append(reports,
		c.ContractorReport.Create().SetProject(p).SetKind(sdk.ReportMidTerm).SetSubmittedOn(monthEnd((months+1)/2)),
		c.ContractorReport.Create().SetProject(p).SetKind(sdk.ReportFinal).SetSubmittedOn(monthEnd(months)))
	return filings, reports
}

// serviceMonthsOf counts the months of starts..ends (inclusive) as graph.ProjectSpec does for
// the rules: a started month counts.
func serviceMonthsOf(starts, ends time.Time) int {
	return sdk.DateOf(starts).MonthsThrough(sdk.DateOf(ends))
}
