package sdk

import (
	"reflect"
	"testing"

	"google.golang.org/protobuf/proto"

	pb "github.com/shegong/shegong/plugins/proto/policyv1"
)

// wireRoundTrip sends a subject through the protocol as a plugin process would see it:
// converted, marshalled, unmarshalled, converted back.
func wireRoundTrip(t *testing.T, s Subject) Subject {
	t.Helper()
	data, err := proto.Marshal(subjectToPB(s))
	if err != nil {
		t.Fatal(err)
	}
	var back pb.Subject
	if err := proto.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	return subjectFromPB(&back)
}

// allSet reports the fields of v (recursively through pointers, structs and slice elements)
// that hold their zero value, so that a fixture meant to set every field cannot miss one
// added later.
func allSet(t *testing.T, path string, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			t.Errorf("fixture leaves %s nil", path)
			return
		}
		if v.Elem().Kind() == reflect.Struct { // a set *bool may well be false
			allSet(t, path, v.Elem())
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(Date{}) {
			if v.IsZero() {
				t.Errorf("fixture leaves %s zero", path)
			}
			return
		}
		for i := 0; i < v.NumField(); i++ {
			allSet(t, path+"."+v.Type().Field(i).Name, v.Field(i))
		}
	case reflect.Slice:
		if v.Len() == 0 {
			t.Errorf("fixture leaves %s empty", path)
		}
		for i := 0; i < v.Len(); i++ {
			allSet(t, path, v.Index(i))
		}
	default:
		if v.IsZero() {
			t.Errorf("fixture leaves %s zero", path)
		}
	}
}

func fullSubjects() []Subject {
	n := func(v int) *int { return &v }
	b := func(v bool) *bool { return &v }
	d := func(s string) *Date { x := MustDate(s); return &x }
	f := func(v Fen) *Fen { return &v }
	worker := WorkerSpec{Age: n(30), BirthDate: d("1990-01-02"), Education: EducationBachelor, Major: "社会工作",
		Certificate: CertificateAssistant, LocalHukou: b(true), PartyMember: b(false), TrainingHoursPerYear: n(80),
		HiredOn: d("2020-03-01"), PlatformFiled: b(true), RecruitedViaPlatform: b(false), LaborContract: b(true),
		PaidMonthly: b(false), SocialInsurance: []string{InsurancePension, InsuranceWorkInjury},
		EmployedByContractor: b(true), TrainedBeforeService: b(false), AgeWhenHired: n(29)}
	return []Subject{
		{Project: &ProjectSpec{Domain: "DOM-MENTAL", Headcount: 10, ProfessionalPosts: n(8), SupervisedWorkers: n(7),
			ContractSignedOn: d("2021-01-01"), Months: n(6), CycleYears: n(3), Programme: ProgrammePartyMassCentre,
			PurchaseMode: PurchasePost, Budget: []BudgetLine{{Category: BudgetLabor, Amount: Yuan(1)}},
			Workers:         []WorkerSpec{worker},
			Evaluations:     []EvaluationSpec{{Kind: EvaluationFinal, Rating: RatingGood, EvaluatedOn: d("2022-01-01")}},
			Purchaser:       &PurchaserSpec{Level: LevelTownship, Type: PurchaserStreetOffice},
			ContractParties: n(3), ContractClauses: []string{"服务内容", "目标任务"}, Specification: []string{"需求调查"},
			ProcurementMethod: ProcurementSingleSource, ProcurementException: ExceptionSpecialNature,
			FundingSources: []string{"福彩公益金"}, FundingYear: n(2021), ServiceLevel: LevelVillage,
			Filings:       []FilingSpec{{Document: "政府购买服务协议", FiledWith: LevelCounty, FiledOn: d("2021-01-15")}},
			Reports:       []ReportSpec{{Kind: ReportMonthlyBrief, SubmittedOn: d("2021-02-05")}},
			EstablishedOn: d("2020-10-01"), LibraryApprovedOn: d("2020-11-01"), BudgetDeclaredOn: d("2020-09-01"),
			LocalPackageStandard: f(Yuan(163000) + 1)}},
		{Station: &StationSpec{Township: "白关镇", Workers: []WorkerSpec{worker}, Facilities: []string{"活动室"},
			AgreedHeadcount: n(2), Systems: []string{"人员管理制度"}}},
		{Organization: &OrganizationSpec{FullTimeStaff: 5, QualifiedStaff: n(3), PartyMembers: n(3),
			HasPartyOrganization: b(true), RegistrationLevel: LevelCity, RegisteredDirectly: b(true),
			Category: CategoryCommunityService, OperatesWithinCommunity: b(false), RegistrationConditions: []string{"固定住所"},
			PartyOrganizationMode: PartyOrgJoint, AnnualInspection: InspectionBasicallyQualified,
			Disclosures: []string{"年度财务报告"}, HasBoard: b(true), HasSupervisoryBoard: b(false)}},
		{Worker: &worker},
		{Government: &GovernmentSpec{Level: LevelCounty, Name: "醴陵市", Townships: n(24), TownshipsWithStation: n(20),
			SocialWorkers: n(310), PrivateSocialWorkOrganizations: n(3), OrganizationsWithPartyOrganization: n(2), HasIndustryAssociation: b(true),
			HasIncubator: b(false), IsPilot: b(true), PilotCounties: n(1), PilotTownships: n(5), PackageStandard: f(Yuan(80000)),
			Catalog: &GuidanceCatalogSpec{CompletedOn: d("2018-06-30"), PublishedOn: d("2018-07-15"), ItemLevels: []string{LevelCounty, LevelTownship}},
			Acts: []GovernmentActSpec{{Kind: ActAnnualPlan, On: d("2018-03-01"), Authority: LevelCity, Sections: []string{"项目背景", "项目目标"}},
				{Kind: ActInspection, On: d("2018-12-01"), Authority: LevelProvince, Sections: []string{"检查"}}}}},
	}
}

// Every fact of every subject kind survives the protocol both ways.
func TestSubjectRoundTripEveryField(t *testing.T) {
	for _, s := range fullSubjects() {
		kind := s.Kind()
		if kind == "" {
			t.Fatalf("fixture is not one subject: %+v", s)
		}
		// Only the one set field of the subject must be complete.
		allSet(t, string(kind), reflect.ValueOf(s).FieldByNameFunc(func(name string) bool {
			return SubjectKind(lowerFirst(name)) == kind
		}))
		if got := wireRoundTrip(t, s); !reflect.DeepEqual(got, s) {
			t.Errorf("%s round trip:\n got %#v\nwant %#v", kind, got, s)
		}
	}
}

func lowerFirst(s string) string { return string(s[0]+'a'-'A') + s[1:] }

// "Not given" (nil) and "none" (empty) stay apart for every nil-able list.
func TestSubjectRoundTripNilVersusEmpty(t *testing.T) {
	for _, empty := range []bool{false, true} {
		var l []string
		if empty {
			l = []string{}
		}
		mk := func() []string {
			if l == nil {
				return nil
			}
			return []string{}
		}
		subjects := []Subject{
			{Project: &ProjectSpec{Headcount: 1, ContractClauses: mk(), Specification: mk(), FundingSources: mk(),
				Filings: map[bool][]FilingSpec{true: {}}[empty], Reports: map[bool][]ReportSpec{true: {}}[empty],
				Evaluations: map[bool][]EvaluationSpec{true: {}}[empty], Budget: map[bool][]BudgetLine{true: {}}[empty]}},
			{Station: &StationSpec{Systems: mk()}},
			{Organization: &OrganizationSpec{RegistrationConditions: mk(), Disclosures: mk()}},
			{Worker: &WorkerSpec{SocialInsurance: mk()}},
			{Government: &GovernmentSpec{Level: LevelProvince, Acts: map[bool][]GovernmentActSpec{true: {}}[empty]}},
			{Government: &GovernmentSpec{Level: LevelCity, Catalog: &GuidanceCatalogSpec{ItemLevels: mk()},
				Acts: []GovernmentActSpec{{Kind: ActProgressReport, Sections: mk()}}}},
		}
		for _, s := range subjects {
			if got := wireRoundTrip(t, s); !reflect.DeepEqual(got, s) {
				t.Errorf("empty=%v %s round trip:\n got %#v\nwant %#v", empty, s.Kind(), got, s)
			}
		}
	}
	// Absent optional facts stay absent.
	for _, s := range []Subject{
		{Project: &ProjectSpec{}}, {Station: &StationSpec{}}, {Organization: &OrganizationSpec{}},
		{Worker: &WorkerSpec{}}, {Government: &GovernmentSpec{}},
		{Government: &GovernmentSpec{Catalog: &GuidanceCatalogSpec{}}},
		{Project: &ProjectSpec{Purchaser: &PurchaserSpec{}}},
	} {
		if got := wireRoundTrip(t, s); !reflect.DeepEqual(got, s) {
			t.Errorf("%+v round trip:\n got %#v", s, got)
		}
	}
}

// A malformed date on the wire is kept as an invalid Date, so that validation reports it
// against the one subject instead of the batch failing.
func TestGovernmentBadDateFromWire(t *testing.T) {
	bad := "2018-02-30"
	s := subjectFromPB(&pb.Subject{Government: &pb.GovernmentSpec{Level: LevelCity, HasActs: true,
		Acts: []*pb.GovernmentActSpec{{Kind: ActAnnualPlan, On: &bad}}}})
	if e := ValidateSubject(s); e == nil || e.Field != "government.acts[0].on" {
		t.Errorf("got %v", e)
	}
}

// An inferred start (Document.ValidFromLatest) crosses the wire, and a stated one stays nil.
func TestDocumentInferredStartRoundTrip(t *testing.T) {
	latest := MustDate("2018-12-31")
	in := &Description{Documents: []Document{
		{Key: "A", TitleZh: "甲", Validity: Validity{From: MustDate("2018-01-01")}, ValidFromLatest: &latest},
		{Key: "B", TitleZh: "乙", Validity: Validity{From: MustDate("2018-01-01")}},
	}}
	out, err := descriptionFromPB(descriptionToPB(in))
	if err != nil {
		t.Fatal(err)
	}
	if d := out.Documents[0]; !d.StartInferred() || *d.ValidFromLatest != latest {
		t.Errorf("inferred start lost: %+v", d)
	}
	if out.Documents[1].StartInferred() {
		t.Errorf("a stated start came back inferred: %+v", out.Documents[1])
	}
}
