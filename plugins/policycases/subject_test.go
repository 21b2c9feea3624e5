package policycases

import (
	"reflect"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/shegong/shegong/plugins/sdk"
)

func decodeSubject(t *testing.T, doc string) (sdk.Subject, error) {
	t.Helper()
	var y SubjectYAML
	dec := yaml.NewDecoder(strings.NewReader(doc))
	dec.KnownFields(true)
	if err := dec.Decode(&y); err != nil {
		t.Fatalf("decode %q: %v", doc, err)
	}
	return y.Subject()
}

func ip(n int) *int         { return &n }
func bp(b bool) *bool       { return &b }
func dp(s string) *sdk.Date { d := sdk.MustDate(s); return &d }
func fp(y int64) *sdk.Fen   { f := sdk.Yuan(y); return &f }

// Every new fact reads from its snake_case key into the sdk field.
func TestSubjectNewFacts(t *testing.T) {
	s, err := decodeSubject(t, `
project:
  domain: 社会救助
  headcount: 2
  programme: PARTY_MASS_CENTRE
  purchaser: {level: COUNTY, type: CIVIL_AFFAIRS}
  contract_parties: 3
  contract_clauses: [服务内容, 目标任务]
  specification: []
  procurement_method: OPEN_TENDER
  procurement_exception: SPECIAL_NATURE
  funding_sources: [福彩公益金]
  funding_year: 2022
  service_level: TOWNSHIP
  filings: [{document: 政府购买服务协议, filed_with: CITY, filed_on: 2022-03-01}, {document: 年度实施计划}]
  reports: [{kind: MID_TERM, submitted_on: 2022-07-01}]
  established_on: 2022-01-01
  library_approved_on: 2022-01-15
  budget_declared_on: 2021-10-01
  local_package_standard: "163000.50"
`)
	if err != nil {
		t.Fatal(err)
	}
	want := &sdk.ProjectSpec{Domain: "社会救助", Headcount: 2, Programme: sdk.ProgrammePartyMassCentre,
		Purchaser:       &sdk.PurchaserSpec{Level: sdk.LevelCounty, Type: sdk.PurchaserCivilAffairs},
		ContractParties: ip(3), ContractClauses: []string{"服务内容", "目标任务"}, Specification: []string{},
		ProcurementMethod: sdk.ProcurementOpenTender, ProcurementException: sdk.ExceptionSpecialNature,
		FundingSources: []string{"福彩公益金"}, FundingYear: ip(2022), ServiceLevel: sdk.LevelTownship,
		Filings:       []sdk.FilingSpec{{Document: "政府购买服务协议", FiledWith: sdk.LevelCity, FiledOn: dp("2022-03-01")}, {Document: "年度实施计划"}},
		Reports:       []sdk.ReportSpec{{Kind: sdk.ReportMidTerm, SubmittedOn: dp("2022-07-01")}},
		EstablishedOn: dp("2022-01-01"), LibraryApprovedOn: dp("2022-01-15"), BudgetDeclaredOn: dp("2021-10-01"),
		LocalPackageStandard: func() *sdk.Fen { f := sdk.Fen(16300050); return &f }()}
	if !reflect.DeepEqual(s.Project, want) {
		t.Errorf("project:\n got %+v\nwant %+v", s.Project, want)
	}

	s, err = decodeSubject(t, `
worker:
  hired_on: 2021-05-01
  platform_filed: true
  recruited_via_platform: false
  labor_contract: true
  paid_monthly: true
  social_insurance: [PENSION, MEDICAL]
  employed_by_contractor: true
  trained_before_service: false
`)
	if err != nil {
		t.Fatal(err)
	}
	wantW := &sdk.WorkerSpec{HiredOn: dp("2021-05-01"), PlatformFiled: bp(true), RecruitedViaPlatform: bp(false),
		LaborContract: bp(true), PaidMonthly: bp(true), SocialInsurance: []string{sdk.InsurancePension, sdk.InsuranceMedical},
		EmployedByContractor: bp(true), TrainedBeforeService: bp(false)}
	if !reflect.DeepEqual(s.Worker, wantW) {
		t.Errorf("worker:\n got %+v\nwant %+v", s.Worker, wantW)
	}

	s, err = decodeSubject(t, "station: {township: 白关镇, agreed_headcount: 2, systems: [人员管理制度]}")
	if err != nil {
		t.Fatal(err)
	}
	if st := s.Station; st == nil || *st.AgreedHeadcount != 2 || !reflect.DeepEqual(st.Systems, []string{"人员管理制度"}) {
		t.Errorf("station = %+v", st)
	}

	s, err = decodeSubject(t, `
organization:
  full_time_staff: 5
  registration_level: CITY
  registered_directly: true
  category: COMMUNITY_SERVICE
  operates_within_community: true
  registration_conditions: []
  party_organization_mode: JOINT
  annual_inspection: BASICALLY_QUALIFIED
`)
	if err != nil {
		t.Fatal(err)
	}
	wantO := &sdk.OrganizationSpec{FullTimeStaff: 5, RegistrationLevel: sdk.LevelCity, RegisteredDirectly: bp(true),
		Category: sdk.CategoryCommunityService, OperatesWithinCommunity: bp(true), RegistrationConditions: []string{},
		PartyOrganizationMode: sdk.PartyOrgJoint, AnnualInspection: sdk.InspectionBasicallyQualified}
	if !reflect.DeepEqual(s.Organization, wantO) {
		t.Errorf("organization:\n got %+v\nwant %+v", s.Organization, wantO)
	}

	s, err = decodeSubject(t, `
government:
  level: COUNTY
  name: 醴陵市
  townships: 24
  townships_with_station: 20
  social_workers: 310
  private_social_work_organizations: 3
  has_industry_association: true
  has_incubator: false
  is_pilot: true
  pilot_counties: 0
  pilot_townships: 5
  package_standard: "80000"
  catalog: {completed_on: 2018-06-30, published_on: 2018-07-15, item_levels: [COUNTY, TOWNSHIP]}
  acts:
    - {kind: ANNUAL_PLAN, on: 2018-03-01, authority: CITY, sections: [项目背景, 项目目标]}
    - {kind: INSPECTION}
`)
	if err != nil {
		t.Fatal(err)
	}
	if s.Kind() != sdk.SubjectGovernment {
		t.Fatalf("kind %q", s.Kind())
	}
	wantG := &sdk.GovernmentSpec{Level: sdk.LevelCounty, Name: "醴陵市", Townships: ip(24), TownshipsWithStation: ip(20),
		SocialWorkers: ip(310), PrivateSocialWorkOrganizations: ip(3), HasIndustryAssociation: bp(true),
		HasIncubator: bp(false), IsPilot: bp(true), PilotCounties: ip(0), PilotTownships: ip(5), PackageStandard: fp(80000),
		Catalog: &sdk.GuidanceCatalogSpec{CompletedOn: dp("2018-06-30"), PublishedOn: dp("2018-07-15"), ItemLevels: []string{sdk.LevelCounty, sdk.LevelTownship}},
		Acts: []sdk.GovernmentActSpec{{Kind: sdk.ActAnnualPlan, On: dp("2018-03-01"), Authority: sdk.LevelCity, Sections: []string{"项目背景", "项目目标"}},
			{Kind: sdk.ActInspection}}}
	if !reflect.DeepEqual(s.Government, wantG) {
		t.Errorf("government:\n got %+v\nwant %+v", s.Government, wantG)
	}
}

// An absent list is nil (not given); `key: []` is empty (none).
func TestSubjectListsNilVersusEmpty(t *testing.T) {
	s, err := decodeSubject(t, "government: {level: CITY, acts: [{kind: ANNUAL_PLAN}], catalog: {}}")
	if err != nil {
		t.Fatal(err)
	}
	g := s.Government
	if g.Acts[0].Sections != nil || g.Catalog.ItemLevels != nil || g.Catalog.CompletedOn != nil || g.PackageStandard != nil || g.Townships != nil {
		t.Errorf("absent keys should be nil: %+v", g)
	}
	s, err = decodeSubject(t, "government: {level: CITY, acts: [], catalog: {item_levels: []}}")
	if err != nil {
		t.Fatal(err)
	}
	if g := s.Government; g.Acts == nil || len(g.Acts) != 0 || g.Catalog.ItemLevels == nil {
		t.Errorf("`[]` should be empty, not nil: %+v", g)
	}
	s, err = decodeSubject(t, "project: {domain: x, headcount: 1}")
	if err != nil {
		t.Fatal(err)
	}
	if p := s.Project; p.ContractClauses != nil || p.Filings != nil || p.Reports != nil || p.Purchaser != nil || p.LocalPackageStandard != nil {
		t.Errorf("absent keys should be nil: %+v", p)
	}
	s, err = decodeSubject(t, "project: {domain: x, headcount: 1, filings: [], reports: [], funding_sources: []}")
	if err != nil {
		t.Fatal(err)
	}
	if p := s.Project; p.Filings == nil || p.Reports == nil || p.FundingSources == nil {
		t.Errorf("`[]` should be empty, not nil: %+v", p)
	}
}

// Bad dates and amounts name the key that holds them.
func TestSubjectErrorsNameTheKey(t *testing.T) {
	for _, tc := range []struct{ doc, prefix string }{
		{"project: {local_package_standard: '1.234'}", "project.local_package_standard: "},
		{"project: {established_on: 2022-02-30}", "project.established_on: "},
		{"project: {library_approved_on: x}", "project.library_approved_on: "},
		{"project: {budget_declared_on: x}", "project.budget_declared_on: "},
		{"project: {filings: [{document: a}, {filed_on: x}]}", "project.filings[1].filed_on: "},
		{"project: {reports: [{submitted_on: x}]}", "project.reports[0].submitted_on: "},
		{"worker: {hired_on: x}", "worker: hired_on: "},
		{"station: {workers: [{hired_on: x}]}", "station.workers[0]: hired_on: "},
		{"government: {package_standard: abc}", "government.package_standard: "},
		{"government: {catalog: {completed_on: x}}", "government.catalog.completed_on: "},
		{"government: {catalog: {published_on: x}}", "government.catalog.published_on: "},
		{"government: {acts: [{on: 2020-01-01}, {on: x}]}", "government.acts[1].on: "},
		{"{}", "subject must hold exactly one of project, station, organization, worker, government"},
		{"{government: {level: CITY}, worker: {}}", "subject must hold exactly one"},
	} {
		_, err := decodeSubject(t, tc.doc)
		if err == nil || !strings.HasPrefix(err.Error(), tc.prefix) {
			t.Errorf("%s: err = %v, want prefix %q", tc.doc, err, tc.prefix)
		}
	}
}
