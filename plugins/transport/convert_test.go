package transport

import (
	"reflect"
	"slices"
	"testing"

	"google.golang.org/protobuf/proto"

	pb "github.com/shegong/shegong/plugins/proto/policyv1"
	"github.com/shegong/shegong/plugins/sdk"
)

// wireRoundTrip sends a subject through the protocol as a plugin process would see it:
// converted, marshalled, unmarshalled, converted back.
func wireRoundTrip(t *testing.T, s sdk.Subject) sdk.Subject {
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
		if v.Type() == reflect.TypeOf(sdk.Date{}) {
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

func fullSubjects() []sdk.Subject {
	n := func(v int) *int { return &v }
	b := func(v bool) *bool { return &v }
	d := func(s string) *sdk.Date { x := sdk.MustDate(s); return &x }
	f := func(v sdk.Fen) *sdk.Fen { return &v }
	worker := sdk.WorkerSpec{Age: n(30), BirthDate: d("1990-01-02"), Education: sdk.EducationBachelor, Major: "社会工作",
		Certificate: sdk.CertificateAssistant, LocalHukou: b(true), PartyMember: b(false), TrainingHoursPerYear: n(80),
		HiredOn: d("2020-03-01"), PlatformFiled: b(true), RecruitedViaPlatform: b(false), LaborContract: b(true),
		PaidMonthly: b(false), SocialInsurance: []string{sdk.InsurancePension, sdk.InsuranceWorkInjury},
		EmployedByContractor: b(true), TrainedBeforeService: b(false), AgeWhenHired: n(29)}
	return []sdk.Subject{
		{Project: &sdk.ProjectSpec{Domain: "DOM-MENTAL", Headcount: 10, ProfessionalPosts: n(8), SupervisedWorkers: n(7),
			ContractSignedOn: d("2021-01-01"), Months: n(6), CycleYears: n(3), Programme: sdk.ProgrammePartyMassCentre,
			PurchaseMode: sdk.PurchasePost, Budget: []sdk.BudgetLine{{Category: sdk.BudgetLabor, Amount: sdk.Yuan(1)}},
			Workers:         []sdk.WorkerSpec{worker},
			Evaluations:     []sdk.EvaluationSpec{{Kind: sdk.EvaluationFinal, Rating: sdk.RatingGood, EvaluatedOn: d("2022-01-01")}},
			Purchaser:       &sdk.PurchaserSpec{Level: sdk.LevelTownship, Type: sdk.PurchaserStreetOffice},
			ContractParties: n(3), ContractClauses: []string{"服务内容", "目标任务"}, Specification: []string{"需求调查"},
			ProcurementMethod: sdk.ProcurementSingleSource, ProcurementException: sdk.ExceptionSpecialNature,
			FundingSources: []string{"福彩公益金"}, FundingYear: n(2021), ServiceLevel: sdk.LevelVillage,
			Filings:       []sdk.FilingSpec{{Document: "政府购买服务协议", FiledWith: sdk.LevelCounty, FiledOn: d("2021-01-15")}},
			Reports:       []sdk.ReportSpec{{Kind: sdk.ReportMonthlyBrief, SubmittedOn: d("2021-02-05")}},
			EstablishedOn: d("2020-10-01"), LibraryApprovedOn: d("2020-11-01"), BudgetDeclaredOn: d("2020-09-01"),
			LocalPackageStandard: f(sdk.Yuan(163000) + 1)}},
		{Station: &sdk.StationSpec{Township: "白关镇", Workers: []sdk.WorkerSpec{worker}, Facilities: []string{"活动室"},
			AgreedHeadcount: n(2), Systems: []string{"人员管理制度"}}},
		{Organization: &sdk.OrganizationSpec{FullTimeStaff: 5, QualifiedStaff: n(3), PartyMembers: n(3),
			HasPartyOrganization: b(true), RegistrationLevel: sdk.LevelCity, RegisteredDirectly: b(true),
			Category: sdk.CategoryCommunityService, OperatesWithinCommunity: b(false), RegistrationConditions: []string{"固定住所"},
			PartyOrganizationMode: sdk.PartyOrgJoint, AnnualInspection: sdk.InspectionBasicallyQualified,
			Disclosures: []string{"年度财务报告"}, HasBoard: b(true), HasSupervisoryBoard: b(false)}},
		{Worker: &worker},
		{Government: &sdk.GovernmentSpec{Level: sdk.LevelCounty, Name: "醴陵市", Townships: n(24), TownshipsWithStation: n(20),
			SocialWorkers: n(310), PrivateSocialWorkOrganizations: n(3), OrganizationsWithPartyOrganization: n(2), HasIndustryAssociation: b(true),
			HasIncubator: b(false), IsPilot: b(true), PilotCounties: n(1), PilotTownships: n(5), PackageStandard: f(sdk.Yuan(80000)),
			Catalog: &sdk.GuidanceCatalogSpec{CompletedOn: d("2018-06-30"), PublishedOn: d("2018-07-15"), ItemLevels: []string{sdk.LevelCounty, sdk.LevelTownship}},
			Acts: []sdk.GovernmentActSpec{{Kind: sdk.ActAnnualPlan, On: d("2018-03-01"), Authority: sdk.LevelCity, Sections: []string{"项目背景", "项目目标"}},
				{Kind: sdk.ActInspection, On: d("2018-12-01"), Authority: sdk.LevelProvince, Sections: []string{"检查"}}}}},
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
			return sdk.SubjectKind(lowerFirst(name)) == kind
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
		subjects := []sdk.Subject{
			{Project: &sdk.ProjectSpec{Headcount: 1, ContractClauses: mk(), Specification: mk(), FundingSources: mk(),
				Filings: map[bool][]sdk.FilingSpec{true: {}}[empty], Reports: map[bool][]sdk.ReportSpec{true: {}}[empty],
				Evaluations: map[bool][]sdk.EvaluationSpec{true: {}}[empty], Budget: map[bool][]sdk.BudgetLine{true: {}}[empty]}},
			{Station: &sdk.StationSpec{Systems: mk()}},
			{Organization: &sdk.OrganizationSpec{RegistrationConditions: mk(), Disclosures: mk()}},
			{Worker: &sdk.WorkerSpec{SocialInsurance: mk()}},
			{Government: &sdk.GovernmentSpec{Level: sdk.LevelProvince, Acts: map[bool][]sdk.GovernmentActSpec{true: {}}[empty]}},
			{Government: &sdk.GovernmentSpec{Level: sdk.LevelCity, Catalog: &sdk.GuidanceCatalogSpec{ItemLevels: mk()},
				Acts: []sdk.GovernmentActSpec{{Kind: sdk.ActProgressReport, Sections: mk()}}}},
		}
		for _, s := range subjects {
			if got := wireRoundTrip(t, s); !reflect.DeepEqual(got, s) {
				t.Errorf("empty=%v %s round trip:\n got %#v\nwant %#v", empty, s.Kind(), got, s)
			}
		}
	}
	// Absent optional facts stay absent.
	for _, s := range []sdk.Subject{
		{Project: &sdk.ProjectSpec{}}, {Station: &sdk.StationSpec{}}, {Organization: &sdk.OrganizationSpec{}},
		{Worker: &sdk.WorkerSpec{}}, {Government: &sdk.GovernmentSpec{}},
		{Government: &sdk.GovernmentSpec{Catalog: &sdk.GuidanceCatalogSpec{}}},
		{Project: &sdk.ProjectSpec{Purchaser: &sdk.PurchaserSpec{}}},
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
	s := subjectFromPB(&pb.Subject{Government: &pb.GovernmentSpec{Level: sdk.LevelCity, HasActs: true,
		Acts: []*pb.GovernmentActSpec{{Kind: sdk.ActAnnualPlan, On: &bad}}}})
	if e := sdk.ValidateSubject(s); e == nil || e.Field != "government.acts[0].on" {
		t.Errorf("got %v", e)
	}
}

// An inferred start (Document.ValidFromLatest) crosses the wire, and a stated one stays nil.
func TestDocumentInferredStartRoundTrip(t *testing.T) {
	latest := sdk.MustDate("2018-12-31")
	in := &sdk.Description{Documents: []sdk.Document{
		{Key: "A", TitleZh: "甲", Validity: sdk.Validity{From: sdk.MustDate("2018-01-01")}, ValidFromLatest: &latest},
		{Key: "B", TitleZh: "乙", Validity: sdk.Validity{From: sdk.MustDate("2018-01-01")}},
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

// The purchase mode and the programme survive the protocol both ways, so a rule in a plugin
// process sees what the host was given.
func TestProjectSpecPurchaseModeRoundTrip(t *testing.T) {
	for _, mode := range []string{"", sdk.PurchasePost, sdk.PurchaseProject} {
		in := sdk.ProjectSpec{Domain: "DOM-MENTAL", Headcount: 2, PurchaseMode: mode, Programme: sdk.ProgrammeStation}
		out := projectFromPB(projectToPB(in))
		if out.PurchaseMode != mode || out.Programme != sdk.ProgrammeStation {
			t.Errorf("mode %q: round trip gave mode %q programme %q", mode, out.PurchaseMode, out.Programme)
		}
	}
}

// Evaluations survive the protocol both ways, and "not given" (nil) stays apart from "none
// held" (empty), as the budget does.
func TestProjectSpecEvaluationsRoundTrip(t *testing.T) {
	day := sdk.MustDate("2022-06-30")
	for name, evs := range map[string][]sdk.EvaluationSpec{
		"nil":   nil,
		"empty": {},
		"two":   {{Kind: sdk.EvaluationProfessional, Rating: sdk.RatingExcellent, EvaluatedOn: &day}, {Kind: sdk.EvaluationSelf}},
	} {
		out := projectFromPB(projectToPB(sdk.ProjectSpec{Headcount: 1, Evaluations: evs}))
		if (out.Evaluations == nil) != (evs == nil) || len(out.Evaluations) != len(evs) {
			t.Fatalf("%s: round trip gave %#v", name, out.Evaluations)
		}
		for i := range evs {
			a, b := evs[i], out.Evaluations[i]
			if a.Kind != b.Kind || a.Rating != b.Rating || (a.EvaluatedOn == nil) != (b.EvaluatedOn == nil) ||
				(a.EvaluatedOn != nil && *a.EvaluatedOn != *b.EvaluatedOn) {
				t.Errorf("%s[%d]: round trip gave %+v, want %+v", name, i, b, a)
			}
		}
	}
}

// Months travel to out-of-process plugins with their presence: omitted stays omitted (12),
// a given value stays itself, so a remote region refuses 0 like an in-process one.
func TestProjectSpecMonthsRoundTrip(t *testing.T) {
	n := func(v int) *int { return &v }
	for _, m := range []*int{nil, n(0), n(1), n(12)} {
		got := projectFromPB(projectToPB(sdk.ProjectSpec{Headcount: 1, Months: m})).Months
		if (got == nil) != (m == nil) || (m != nil && *got != *m) {
			t.Errorf("months %v round-tripped to %v", m, got)
		}
	}
	if (sdk.ProjectSpec{}).MonthsOrDefault() != sdk.DefaultMonths || (sdk.ProjectSpec{Months: n(1)}).MonthsOrDefault() != 1 {
		t.Error("MonthsOrDefault")
	}
}

// The new organisation facts survive the protocol both ways; nil disclosures (not given) stay
// apart from empty (nothing disclosed), and unset board flags stay unset.
func TestOrganizationSpecRoundTrip(t *testing.T) {
	yes, no := true, false
	for name, o := range map[string]sdk.OrganizationSpec{
		"not given": {FullTimeStaff: 3},
		"empty":     {FullTimeStaff: 3, Disclosures: []string{}, HasBoard: &no},
		"two":       {FullTimeStaff: 3, Disclosures: []string{"年报公告", "财务收支"}, HasBoard: &yes, HasSupervisoryBoard: &no},
	} {
		out := subjectFromPB(subjectToPB(sdk.Subject{Organization: &o})).Organization
		if out == nil || (out.Disclosures == nil) != (o.Disclosures == nil) || !slices.Equal(out.Disclosures, o.Disclosures) {
			t.Fatalf("%s: round trip gave %#v", name, out)
		}
		for _, b := range [][2]*bool{{o.HasBoard, out.HasBoard}, {o.HasSupervisoryBoard, out.HasSupervisoryBoard}} {
			if (b[0] == nil) != (b[1] == nil) || (b[0] != nil && *b[0] != *b[1]) {
				t.Errorf("%s: board flags %v → %v", name, b[0], b[1])
			}
		}
	}
}
