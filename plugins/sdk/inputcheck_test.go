package sdk

import (
	"slices"
	"strings"
	"testing"
)

func TestValidateSubjectCrossFields(t *testing.T) {
	n := func(v int) *int { return &v }
	for _, c := range []struct {
		s     Subject
		field string
	}{
		{Subject{Project: &ProjectSpec{Headcount: 10, ProfessionalPosts: n(10), SupervisedWorkers: n(10)}}, ""},
		{Subject{Project: &ProjectSpec{Headcount: 10, ProfessionalPosts: n(11)}}, "project.professionalPosts"},
		{Subject{Project: &ProjectSpec{Headcount: 1, SupervisedWorkers: n(2)}}, "project.supervisedWorkers"},
		{Subject{Organization: &OrganizationSpec{FullTimeStaff: 3, QualifiedStaff: n(3)}}, ""},
		{Subject{Organization: &OrganizationSpec{FullTimeStaff: 3, QualifiedStaff: n(4)}}, "organization.qualifiedStaff"},
		{Subject{Worker: &WorkerSpec{}}, ""},
	} {
		got := ""
		if e := ValidateSubject(c.s); e != nil {
			got = e.Field
		}
		if got != c.field {
			t.Errorf("%+v: got %q, want %q", c.s, got, c.field)
		}
	}
}

func TestValidateSubjectPurchaseMode(t *testing.T) {
	for _, c := range []struct {
		mode  string
		field string
	}{
		{"", ""}, // not given is valid input; rules on the mode answer INSUFFICIENT_INPUT
		{PurchasePost, ""},
		{PurchaseProject, ""},
		{"project", "project.purchaseMode"}, // values are case-sensitive, as the enum is
		{"SERVICE", "project.purchaseMode"},
	} {
		e := ValidateSubject(Subject{Project: &ProjectSpec{Headcount: 1, PurchaseMode: c.mode}})
		got := ""
		if e != nil {
			got = e.Field
			if len(e.Accepted) != 2 || e.Accepted[0] != PurchasePost || e.Accepted[1] != PurchaseProject {
				t.Errorf("mode %q: accepted %v, want [POST PROJECT]", c.mode, e.Accepted)
			}
		}
		if got != c.field {
			t.Errorf("mode %q: got field %q, want %q", c.mode, got, c.field)
		}
	}
}

func TestValidateSubjectEvaluations(t *testing.T) {
	day := MustDate("2022-06-30")
	bad := Date{Year: 2022, Month: 2, Day: 30}
	for _, c := range []struct {
		name     string
		evs      []EvaluationSpec
		field    string
		accepted []string
	}{
		{"not given", nil, "", nil},
		{"none held", []EvaluationSpec{}, "", nil},
		{"complete", []EvaluationSpec{{Kind: EvaluationProfessional, Rating: RatingExcellent, EvaluatedOn: &day}}, "", nil},
		{"no rating or date", []EvaluationSpec{{Kind: EvaluationSelf}}, "", nil},
		{"unknown kind", []EvaluationSpec{{Kind: EvaluationFinal}, {Kind: "AUDIT"}}, "project.evaluations[1].kind", EvaluationKinds},
		{"kind missing", []EvaluationSpec{{Rating: RatingGood}}, "project.evaluations[0].kind", EvaluationKinds},
		{"lower-case rating", []EvaluationSpec{{Kind: EvaluationPerformance, Rating: "excellent"}}, "project.evaluations[0].rating", EvaluationRatings},
		{"impossible date", []EvaluationSpec{{Kind: EvaluationPerformance, EvaluatedOn: &bad}}, "project.evaluations[0].evaluatedOn", nil},
	} {
		e := ValidateSubject(Subject{Project: &ProjectSpec{Headcount: 1, Evaluations: c.evs}})
		got := ""
		if e != nil {
			got = e.Field
			if c.accepted != nil && !slices.Equal(e.Accepted, c.accepted) {
				t.Errorf("%s: accepted %v, want %v", c.name, e.Accepted, c.accepted)
			}
		}
		if got != c.field {
			t.Errorf("%s: got field %q, want %q", c.name, got, c.field)
		}
	}
}

// Every new fact is checked and the error names it by its camelCase path, with the accepted
// values where the fact takes a closed set.
func TestValidateSubjectNewFacts(t *testing.T) {
	n := func(v int) *int { return &v }
	day := MustDate("2022-06-30")
	bad := &Date{Year: 2022, Month: 2, Day: 30}
	fen := func(f Fen) *Fen { return &f }
	long := strings.Repeat("长", MaxItemRunes+1)
	proj := func(f func(*ProjectSpec)) Subject {
		p := &ProjectSpec{Headcount: 1}
		f(p)
		return Subject{Project: p}
	}
	gov := func(f func(*GovernmentSpec)) Subject {
		g := &GovernmentSpec{Level: LevelCounty}
		f(g)
		return Subject{Government: g}
	}
	for _, c := range []struct {
		name     string
		s        Subject
		field    string
		accepted []string
	}{
		// project
		{"project complete", proj(func(p *ProjectSpec) {
			p.Programme = ProgrammePartyMassCentre
			p.Purchaser = &PurchaserSpec{Level: LevelTownship, Type: PurchaserStreetOffice}
			p.ContractParties = n(3)
			p.ContractClauses, p.Specification, p.FundingSources = []string{"服务内容"}, []string{}, []string{"福彩公益金"}
			p.ProcurementMethod, p.ProcurementException = ProcurementComparison, ExceptionOther
			p.FundingYear, p.ServiceLevel = n(2022), LevelVillage
			p.Filings = []FilingSpec{{Document: "年度实施计划", FiledWith: LevelCity, FiledOn: &day}, {Document: "协议"}}
			p.Reports = []ReportSpec{{Kind: ReportFinal, SubmittedOn: &day}}
			p.EstablishedOn, p.LibraryApprovedOn, p.BudgetDeclaredOn = &day, &day, &day
			p.LocalPackageStandard = fen(MaxAmount)
		}), "", nil},
		{"purchaser empty", proj(func(p *ProjectSpec) { p.Purchaser = &PurchaserSpec{} }), "", nil},
		{"purchaser level", proj(func(p *ProjectSpec) { p.Purchaser = &PurchaserSpec{Level: "DISTRICT"} }), "project.purchaser.level", AdminLevels},
		{"purchaser type", proj(func(p *ProjectSpec) { p.Purchaser = &PurchaserSpec{Type: "civil_affairs"} }), "project.purchaser.type", PurchaserTypes},
		{"contract parties negative", proj(func(p *ProjectSpec) { p.ContractParties = n(-1) }), "project.contractParties", nil},
		{"contract parties absurd", proj(func(p *ProjectSpec) { p.ContractParties = n(MaxContractParties + 1) }), "project.contractParties", nil},
		{"clause blank", proj(func(p *ProjectSpec) { p.ContractClauses = []string{"服务内容", " "} }), "project.contractClauses[1]", nil},
		{"specification too long", proj(func(p *ProjectSpec) { p.Specification = []string{long} }), "project.specification[0]", nil},
		{"procurement method", proj(func(p *ProjectSpec) { p.ProcurementMethod = "TENDER" }), "project.procurementMethod", ProcurementMethods},
		{"procurement exception", proj(func(p *ProjectSpec) { p.ProcurementException = "URGENT" }), "project.procurementException", ProcurementExceptions},
		{"funding sources too many", proj(func(p *ProjectSpec) { p.FundingSources = make([]string, MaxListItems+1) }), "project.fundingSources", nil},
		{"funding year zero", proj(func(p *ProjectSpec) { p.FundingYear = n(0) }), "project.fundingYear", nil},
		{"funding year five digits", proj(func(p *ProjectSpec) { p.FundingYear = n(10000) }), "project.fundingYear", nil},
		{"service level", proj(func(p *ProjectSpec) { p.ServiceLevel = "GRASSROOTS" }), "project.serviceLevel", AdminLevels},
		{"filing document blank", proj(func(p *ProjectSpec) { p.Filings = []FilingSpec{{Document: "a"}, {}} }), "project.filings[1].document", nil},
		{"filing authority", proj(func(p *ProjectSpec) { p.Filings = []FilingSpec{{Document: "a", FiledWith: "NATION"}} }), "project.filings[0].filedWith", AdminLevels},
		{"filing date", proj(func(p *ProjectSpec) { p.Filings = []FilingSpec{{Document: "a", FiledOn: bad}} }), "project.filings[0].filedOn", nil},
		{"filings too many", proj(func(p *ProjectSpec) { p.Filings = make([]FilingSpec, MaxFilings+1) }), "project.filings", nil},
		{"report kind missing", proj(func(p *ProjectSpec) { p.Reports = []ReportSpec{{SubmittedOn: &day}} }), "project.reports[0].kind", ReportKinds},
		{"report kind", proj(func(p *ProjectSpec) { p.Reports = []ReportSpec{{Kind: ReportMonthlyBrief}, {Kind: "ANNUAL"}} }), "project.reports[1].kind", ReportKinds},
		{"report date", proj(func(p *ProjectSpec) { p.Reports = []ReportSpec{{Kind: ReportMidTerm, SubmittedOn: bad}} }), "project.reports[0].submittedOn", nil},
		{"established on", proj(func(p *ProjectSpec) { p.EstablishedOn = bad }), "project.establishedOn", nil},
		{"library approved on", proj(func(p *ProjectSpec) { p.LibraryApprovedOn = bad }), "project.libraryApprovedOn", nil},
		{"budget declared on", proj(func(p *ProjectSpec) { p.BudgetDeclaredOn = bad }), "project.budgetDeclaredOn", nil},
		{"local package negative", proj(func(p *ProjectSpec) { p.LocalPackageStandard = fen(-1) }), "project.localPackageStandard", nil},
		{"local package absurd", proj(func(p *ProjectSpec) { p.LocalPackageStandard = fen(MaxAmount + 1) }), "project.localPackageStandard", nil},
		{"programme party mass centre", proj(func(p *ProjectSpec) { p.Programme = "CENTRE" }), "project.programme", Programmes},
		// worker, also inside a project and a station
		{"worker complete", Subject{Worker: &WorkerSpec{HiredOn: &day, SocialInsurance: []string{InsurancePension, InsuranceMaternity}}}, "", nil},
		{"worker no insurance", Subject{Worker: &WorkerSpec{SocialInsurance: []string{}}}, "", nil},
		{"worker hired on", Subject{Worker: &WorkerSpec{HiredOn: bad}}, "worker.hiredOn", nil},
		{"worker insurance", Subject{Worker: &WorkerSpec{SocialInsurance: []string{InsuranceMedical, "HOUSING_FUND"}}}, "worker.socialInsurance[1]", SocialInsurances},
		{"project worker insurance", proj(func(p *ProjectSpec) { p.Workers = []WorkerSpec{{SocialInsurance: []string{""}}} }), "project.workers[0].socialInsurance[0]", SocialInsurances},
		{"station worker hired on", Subject{Station: &StationSpec{Workers: []WorkerSpec{{HiredOn: bad}}}}, "station.workers[0].hiredOn", nil},
		// station
		{"station complete", Subject{Station: &StationSpec{AgreedHeadcount: n(2), Systems: []string{"人员管理制度"}}}, "", nil},
		{"station agreed headcount", Subject{Station: &StationSpec{AgreedHeadcount: n(-1)}}, "station.agreedHeadcount", nil},
		{"station systems", Subject{Station: &StationSpec{Systems: []string{""}}}, "station.systems[0]", nil},
		// organization
		{"organization complete", Subject{Organization: &OrganizationSpec{RegistrationLevel: LevelProvince, Category: CategoryCharity,
			RegistrationConditions: []string{"固定住所"}, PartyOrganizationMode: PartyOrgAffiliated, AnnualInspection: InspectionNotInspected}}, "", nil},
		{"registration level", Subject{Organization: &OrganizationSpec{RegistrationLevel: LevelTownship}}, "organization.registrationLevel", GovernmentLevels},
		{"category", Subject{Organization: &OrganizationSpec{Category: "SPORTS"}}, "organization.category", OrganizationCategories},
		{"registration conditions", Subject{Organization: &OrganizationSpec{RegistrationConditions: []string{long}}}, "organization.registrationConditions[0]", nil},
		{"party organization mode", Subject{Organization: &OrganizationSpec{PartyOrganizationMode: "joint"}}, "organization.partyOrganizationMode", PartyOrganizationModes},
		{"annual inspection", Subject{Organization: &OrganizationSpec{AnnualInspection: "PASSED"}}, "organization.annualInspection", AnnualInspectionResults},
		// government
		{"government complete", gov(func(g *GovernmentSpec) {
			g.Name = "醴陵市"
			g.Townships, g.TownshipsWithStation, g.PilotTownships = n(24), n(24), n(24)
			g.SocialWorkers, g.PrivateSocialWorkOrganizations, g.PilotCounties = n(0), n(3), n(0)
			g.PackageStandard = fen(Yuan(80000))
			g.Catalog = &GuidanceCatalogSpec{CompletedOn: &day, PublishedOn: &day, ItemLevels: []string{LevelCounty, LevelVillage}}
			g.Acts = []GovernmentActSpec{{Kind: ActAnnualPlan, On: &day, Authority: LevelCity, Sections: []string{"项目背景"}}, {Kind: ActInspection},
				{Kind: ActPublication, On: &day, Sections: []string{"年检结论"}}}
		}), "", nil},
		{"government bare", gov(func(*GovernmentSpec) {}), "", nil},
		{"government level missing", gov(func(g *GovernmentSpec) { g.Level = "" }), "government.level", GovernmentLevels},
		{"government level township", gov(func(g *GovernmentSpec) { g.Level = LevelTownship }), "government.level", GovernmentLevels},
		{"government name too long", gov(func(g *GovernmentSpec) { g.Name = long }), "government.name", nil},
		{"townships negative", gov(func(g *GovernmentSpec) { g.Townships = n(-1) }), "government.townships", nil},
		{"townships with station negative", gov(func(g *GovernmentSpec) { g.TownshipsWithStation = n(-1) }), "government.townshipsWithStation", nil},
		{"social workers absurd", gov(func(g *GovernmentSpec) { g.SocialWorkers = n(MaxUnitCount + 1) }), "government.socialWorkers", nil},
		{"organisations negative", gov(func(g *GovernmentSpec) { g.PrivateSocialWorkOrganizations = n(-1) }), "government.privateSocialWorkOrganizations", nil},
		{"pilot counties negative", gov(func(g *GovernmentSpec) { g.PilotCounties = n(-1) }), "government.pilotCounties", nil},
		{"pilot townships negative", gov(func(g *GovernmentSpec) { g.PilotTownships = n(-1) }), "government.pilotTownships", nil},
		{"package standard negative", gov(func(g *GovernmentSpec) { g.PackageStandard = fen(-1) }), "government.packageStandard", nil},
		{"package standard absurd", gov(func(g *GovernmentSpec) { g.PackageStandard = fen(MaxAmount + 1) }), "government.packageStandard", nil},
		{"catalog completed on", gov(func(g *GovernmentSpec) { g.Catalog = &GuidanceCatalogSpec{CompletedOn: bad} }), "government.catalog.completedOn", nil},
		{"catalog published on", gov(func(g *GovernmentSpec) { g.Catalog = &GuidanceCatalogSpec{PublishedOn: bad} }), "government.catalog.publishedOn", nil},
		{"catalog item level", gov(func(g *GovernmentSpec) { g.Catalog = &GuidanceCatalogSpec{ItemLevels: []string{LevelCity, "STREET"}} }), "government.catalog.itemLevels[1]", AdminLevels},
		{"catalog too many items", gov(func(g *GovernmentSpec) {
			g.Catalog = &GuidanceCatalogSpec{ItemLevels: make([]string, MaxCatalogItems+1)}
		}), "government.catalog.itemLevels", nil},
		{"act kind missing", gov(func(g *GovernmentSpec) { g.Acts = []GovernmentActSpec{{On: &day}} }), "government.acts[0].kind", GovernmentActKinds},
		{"act kind", gov(func(g *GovernmentSpec) {
			g.Acts = []GovernmentActSpec{{Kind: ActSelfEvaluation}, {Kind: ActProgressReport}, {Kind: "AUDIT"}}
		}), "government.acts[2].kind", GovernmentActKinds},
		{"act date", gov(func(g *GovernmentSpec) { g.Acts = []GovernmentActSpec{{Kind: ActAnnualPlan, On: bad}} }), "government.acts[0].on", nil},
		{"act authority", gov(func(g *GovernmentSpec) { g.Acts = []GovernmentActSpec{{Kind: ActAnnualPlan, Authority: "CENTRAL"}} }), "government.acts[0].authority", AdminLevels},
		{"act section blank", gov(func(g *GovernmentSpec) {
			g.Acts = []GovernmentActSpec{{Kind: ActAnnualPlan, Sections: []string{"项目背景", ""}}}
		}), "government.acts[0].sections[1]", nil},
		{"acts too many", gov(func(g *GovernmentSpec) { g.Acts = make([]GovernmentActSpec, MaxActs+1) }), "government.acts", nil},
		// cross-field, both sides of the bound
		{"stations at the townships", gov(func(g *GovernmentSpec) { g.Townships, g.TownshipsWithStation = n(10), n(10) }), "", nil},
		{"stations above the townships", gov(func(g *GovernmentSpec) { g.Townships, g.TownshipsWithStation = n(10), n(11) }), "government.townshipsWithStation", nil},
		{"stations without townships", gov(func(g *GovernmentSpec) { g.TownshipsWithStation = n(11) }), "", nil},
		{"pilots above the townships", gov(func(g *GovernmentSpec) { g.Townships, g.PilotTownships = n(3), n(4) }), "government.pilotTownships", nil},
	} {
		e := ValidateSubject(c.s)
		got := ""
		if e != nil {
			got = e.Field
			if c.accepted != nil && !slices.Equal(e.Accepted, c.accepted) {
				t.Errorf("%s: accepted %v, want %v", c.name, e.Accepted, c.accepted)
			}
		}
		if got != c.field {
			t.Errorf("%s: got field %q (%v), want %q", c.name, got, e, c.field)
		}
	}
}

func TestValidateSubjectExactlyOneListsGovernment(t *testing.T) {
	for _, s := range []Subject{{}, {Government: &GovernmentSpec{Level: LevelCity}, Worker: &WorkerSpec{}}} {
		e := ValidateSubject(s)
		if e == nil || e.Field != "subject" || !strings.Contains(e.Message, "government") || !slices.Contains(e.Accepted, string(SubjectGovernment)) {
			t.Errorf("%+v: %+v", s, e)
		}
	}
}

// Input that cannot be true is refused, on both sides of each boundary: a headcount or months
// of 0 (months omitted is read as 12, a given 0 is not omitted), more listed workers than the
// headcount, a birth date after asOf. The messages name the field and the rule, never the value.
func TestValidateSubjectOnRefusesWhatCannotBeTrue(t *testing.T) {
	n := func(v int) *int { return &v }
	asOf := MustDate("2023-06-01")
	born := func(d string) WorkerSpec { b := MustDate(d); return WorkerSpec{BirthDate: &b} }
	for _, c := range []struct {
		name  string
		s     Subject
		field string
	}{
		{"headcount 0", Subject{Project: &ProjectSpec{Headcount: 0}}, "project.headcount"},
		{"headcount 1", Subject{Project: &ProjectSpec{Headcount: 1}}, ""},
		{"months 0", Subject{Project: &ProjectSpec{Headcount: 1, Months: n(0)}}, "project.months"},
		{"months 1", Subject{Project: &ProjectSpec{Headcount: 1, Months: n(1)}}, ""},
		{"months omitted", Subject{Project: &ProjectSpec{Headcount: 1}}, ""},
		{"months MaxMonths", Subject{Project: &ProjectSpec{Headcount: 1, Months: n(MaxMonths)}}, ""},
		{"months MaxMonths+1", Subject{Project: &ProjectSpec{Headcount: 1, Months: n(MaxMonths + 1)}}, "project.months"},
		{"workers == headcount", Subject{Project: &ProjectSpec{Headcount: 2, Workers: make([]WorkerSpec, 2)}}, ""},
		{"workers == headcount+1", Subject{Project: &ProjectSpec{Headcount: 2, Workers: make([]WorkerSpec, 3)}}, "project.workers"},
		{"station workers over the agreed headcount", Subject{Station: &StationSpec{AgreedHeadcount: n(1), Workers: make([]WorkerSpec, 2)}}, ""},
		{"worker born on asOf", Subject{Worker: &WorkerSpec{BirthDate: born("2023-06-01").BirthDate}}, ""},
		{"worker born the day after asOf", Subject{Worker: &WorkerSpec{BirthDate: born("2023-06-02").BirthDate}}, "worker.birthDate"},
		{"project worker born on asOf", Subject{Project: &ProjectSpec{Headcount: 2, Workers: []WorkerSpec{born("1990-01-01"), born("2023-06-01")}}}, ""},
		{"project worker born the day after", Subject{Project: &ProjectSpec{Headcount: 2, Workers: []WorkerSpec{born("1990-01-01"), born("2023-06-02")}}}, "project.workers[1].birthDate"},
		{"station worker born the day after", Subject{Station: &StationSpec{Workers: []WorkerSpec{born("2023-06-02")}}}, "station.workers[0].birthDate"},
	} {
		got, msg := "", ""
		if e := ValidateSubjectOn(c.s, asOf); e != nil {
			got, msg = e.Field, e.Message
		}
		if got != c.field {
			t.Errorf("%s: got %q, want %q", c.name, got, c.field)
		}
		for _, echoed := range []string{"2023-06-02", "got", "实为"} {
			if strings.Contains(msg, echoed) {
				t.Errorf("%s: message %q echoes the value", c.name, msg)
			}
		}
	}
	// The day is what matters: the same worker is valid on a later as-of day.
	if e := ValidateSubjectOn(Subject{Worker: &WorkerSpec{BirthDate: born("2023-06-02").BirthDate}}, MustDate("2023-06-02")); e != nil {
		t.Errorf("born on the as-of day: %v", e)
	}
}

// Every region reads input through the SDK adapter, which applies the as-of checks to budget
// and staffing calls alike.
func TestInProcessRefusesABirthDateAfterAsOf(t *testing.T) {
	p := InProcess(&RulesetPolicy{Ruleset: MustLoadRuleset([]byte(minimalRuleset("")))})
	asOf := MustDate("2020-06-01")
	b := MustDate("2020-06-02")
	st, err := p.Staffing(t.Context(), asOf, []Subject{{Worker: &WorkerSpec{BirthDate: &b}}, {Worker: &WorkerSpec{}}})
	if err != nil {
		t.Fatal(err)
	}
	if st[0].Invalid == nil || st[0].Invalid.Field != "worker.birthDate" || st[1].Invalid != nil {
		t.Errorf("staffing = %+v", st)
	}
	bu, err := p.Budget(t.Context(), asOf, []ProjectSpec{{Domain: "精神卫生", Headcount: 1, Workers: []WorkerSpec{{BirthDate: &b}}}})
	if err != nil {
		t.Fatal(err)
	}
	if bu[0].Invalid == nil || bu[0].Invalid.Field != "project.workers[0].birthDate" {
		t.Errorf("budget = %+v", bu)
	}
}

// The age when hired and the organisations with a party organisation are refused outside their
// range and beyond the count they are part of, on both sides of each boundary; the messages name
// the field and the rule, never the value.
func TestValidateAgeWhenHiredAndPartyOrganizations(t *testing.T) {
	n := func(v int) *int { return &v }
	asOf := MustDate("2024-06-01")
	d := func(s string) *Date { v := MustDate(s); return &v }
	gov := func(total, with *int) Subject {
		return Subject{Government: &GovernmentSpec{Level: LevelProvince, PrivateSocialWorkOrganizations: total, OrganizationsWithPartyOrganization: with}}
	}
	for _, c := range []struct {
		name  string
		s     Subject
		field string
	}{
		{"party orgs -1", gov(nil, n(-1)), "government.organizationsWithPartyOrganization"},
		{"party orgs 0", gov(nil, n(0)), ""},
		{"party orgs MaxUnitCount", gov(nil, n(MaxUnitCount)), ""},
		{"party orgs MaxUnitCount+1", gov(nil, n(MaxUnitCount+1)), "government.organizationsWithPartyOrganization"},
		{"party orgs == organisations", gov(n(10), n(10)), ""},
		{"party orgs == organisations+1", gov(n(10), n(11)), "government.organizationsWithPartyOrganization"},
		{"party orgs without the organisations", gov(nil, n(11)), ""},
		{"age when hired -1", Subject{Worker: &WorkerSpec{AgeWhenHired: n(-1)}}, "worker.ageWhenHired"},
		{"age when hired 0", Subject{Worker: &WorkerSpec{AgeWhenHired: n(0)}}, ""},
		{"age when hired MaxAge", Subject{Worker: &WorkerSpec{AgeWhenHired: n(MaxAge)}}, ""},
		{"age when hired MaxAge+1", Subject{Worker: &WorkerSpec{AgeWhenHired: n(MaxAge + 1)}}, "worker.ageWhenHired"},
		{"age when hired == age", Subject{Worker: &WorkerSpec{Age: n(41), AgeWhenHired: n(41)}}, ""},
		{"age when hired == age+1", Subject{Worker: &WorkerSpec{Age: n(41), AgeWhenHired: n(42)}}, "worker.ageWhenHired"},
		{"age when hired above the age, hired on asOf", Subject{Worker: &WorkerSpec{Age: n(41), AgeWhenHired: n(42), HiredOn: d("2024-06-01")}}, "worker.ageWhenHired"},
		{"age when hired above the age, hired after asOf", Subject{Worker: &WorkerSpec{Age: n(41), AgeWhenHired: n(42), HiredOn: d("2024-06-02")}}, ""},
		{"age when hired == age from the birth date", Subject{Worker: &WorkerSpec{BirthDate: d("1983-06-01"), AgeWhenHired: n(41)}}, ""},
		{"age when hired above the age from the birth date", Subject{Worker: &WorkerSpec{BirthDate: d("1983-06-02"), AgeWhenHired: n(41)}}, "worker.ageWhenHired"},
		{"project worker's age when hired above the age", Subject{Project: &ProjectSpec{Headcount: 2, Workers: []WorkerSpec{{}, {Age: n(30), AgeWhenHired: n(31)}}}}, "project.workers[1].ageWhenHired"},
	} {
		got, msg := "", ""
		if e := ValidateSubjectOn(c.s, asOf); e != nil {
			got, msg = e.Field, e.Message
		}
		if got != c.field {
			t.Errorf("%s: got %q (%s), want %q", c.name, got, msg, c.field)
		}
		for _, echoed := range []string{"41", "42", "11", "-1", "1983"} {
			if strings.Contains(msg, echoed) {
				t.Errorf("%s: message %q echoes the value", c.name, msg)
			}
		}
	}
}
