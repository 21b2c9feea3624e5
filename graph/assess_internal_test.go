package graph

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/plugins/sdk"
)

// fillStored sets every exported field of a stored entity (an ent struct) as fill does, leaving
// its edges to the test (they point back at each other).
func fillStored(t *testing.T, v reflect.Value) {
	t.Helper()
	for i := range v.NumField() {
		if f := v.Type().Field(i); f.IsExported() && f.Name != "Edges" {
			fill(t, v.Field(i))
		}
	}
}

func filled[T any](t *testing.T) *T {
	t.Helper()
	var v T
	fillStored(t, reflect.ValueOf(&v).Elem())
	return &v
}

// notStored are the sdk facts the stored model does not hold: a worker's age is computed from
// the birth date, which itself is not passed on.
var notStored = []string{"project.Workers[].BirthDate", "station.Workers[].BirthDate"}

// TestStoredSpecsMapEveryField: a stored project, station and organisation with every field and
// record set map to sdk specs with every fact set, so a fact stored but not passed to the rules
// (or an sdk fact the model lacks and nobody listed in notStored) fails here.
func TestStoredSpecsMapEveryField(t *testing.T) {
	day := sdk.NewDate(2020, 12, 31)
	worker := filled[ent.SocialWorker](t)
	born := time.Date(1990, 5, 1, 0, 0, 0, 0, time.UTC) // filled dates are day itself: age 0
	worker.BirthDate = &born
	worker.Edges.TrainingRecords = []*ent.TrainingRecord{filled[ent.TrainingRecord](t)}
	p := filled[ent.Project](t)
	p.Edges = ent.ProjectEdges{
		BudgetLines: []*ent.BudgetLine{filled[ent.BudgetLine](t)},
		Evaluations: []*ent.PerformanceEvaluation{filled[ent.PerformanceEvaluation](t)},
		Filings:     []*ent.ProjectFiling{filled[ent.ProjectFiling](t)},
		Reports:     []*ent.ContractorReport{filled[ent.ContractorReport](t)},
		Workers:     []*ent.SocialWorker{worker},
	}
	st := filled[ent.Station](t)
	st.Edges.Workers = []*ent.SocialWorker{worker}
	o := filled[ent.Organization](t)
	var missing []string
	missing = append(missing, unset(reflect.ValueOf(ProjectSpec(p, day)), "project")...)
	missing = append(missing, unset(reflect.ValueOf(StationSpec(st, day)), "station")...)
	missing = append(missing, unset(reflect.ValueOf(OrganizationSpec(o)), "organization")...)
	for _, m := range missing {
		if !slices.Contains(notStored, m) {
			t.Errorf("not mapped: %s", m)
		}
	}
	spec := ProjectSpec(p, day)
	if spec.Purchaser.Level != "X" || spec.Filings[0].FiledOn.String() != "2020-12-31" || *spec.LocalPackageStandard != 7 ||
		spec.Reports[0].Kind != "X" || spec.Workers[0].SocialInsurance[0] != "X" || *spec.Workers[0].TrainingHoursPerYear != 7 {
		t.Errorf("project: %+v", spec)
	}
	// The two boards are both bools: filled alike, a swap would go unnoticed above.
	no := false
	o.HasSupervisoryBoard = &no
	if os := OrganizationSpec(o); os.HasBoard == nil || !*os.HasBoard || os.HasSupervisoryBoard == nil || *os.HasSupervisoryBoard ||
		!slices.Equal(os.Disclosures, []string{"X"}) {
		t.Errorf("organisation: %+v", os)
	}
}

// TestStoredSpecsNilVersusEmpty: a fact not stored (NULL) reaches the rules as "not given",
// a stored empty list as "none"; filings and reports, the project's own records like its
// evaluations, are "none" when there are none.
func TestStoredSpecsNilVersusEmpty(t *testing.T) {
	day := sdk.NewDate(2024, 6, 1)
	w := &ent.SocialWorker{}
	p := &ent.Project{Edges: ent.ProjectEdges{Workers: []*ent.SocialWorker{w}}}
	spec := ProjectSpec(p, day)
	if spec.Purchaser != nil || spec.ContractParties != nil || spec.ContractClauses != nil || spec.Specification != nil ||
		spec.ProcurementMethod != "" || spec.ProcurementException != "" || spec.FundingSources != nil || spec.FundingYear != nil ||
		spec.ServiceLevel != "" || spec.EstablishedOn != nil || spec.LibraryApprovedOn != nil || spec.BudgetDeclaredOn != nil ||
		spec.LocalPackageStandard != nil {
		t.Errorf("project with no facts stored: %+v", spec)
	}
	if spec.Filings == nil || len(spec.Filings) != 0 || spec.Reports == nil || len(spec.Reports) != 0 {
		t.Errorf("project without filings or reports: %v %v, want none (empty, not nil)", spec.Filings, spec.Reports)
	}
	ws := spec.Workers[0]
	if ws.HiredOn != nil || ws.PlatformFiled != nil || ws.RecruitedViaPlatform != nil || ws.LaborContract != nil || ws.PaidMonthly != nil ||
		ws.SocialInsurance != nil || ws.EmployedByContractor != nil || ws.TrainedBeforeService != nil {
		t.Errorf("worker with no facts stored: %+v", ws)
	}
	// A purchaser with only its type stored is given, with its level not given.
	pt := schematype.PurchaserType("CIVIL_AFFAIRS")
	if got := ProjectSpec(&ent.Project{PurchaserType: &pt}, day).Purchaser; got == nil || got.Level != "" || got.Type != "CIVIL_AFFAIRS" {
		t.Errorf("purchaser type only: %+v", got)
	}
	// Stored empty lists are "none".
	w.SocialInsurance = []schematype.SocialInsurance{}
	p.ContractClauses, p.Specification, p.FundingSources = []string{}, []string{}, []string{}
	spec = ProjectSpec(p, day)
	for name, l := range map[string][]string{"contractClauses": spec.ContractClauses, "specification": spec.Specification,
		"fundingSources": spec.FundingSources, "workers[0].socialInsurance": spec.Workers[0].SocialInsurance} {
		if l == nil || len(l) != 0 {
			t.Errorf("%s stored as []: %v, want an empty list", name, l)
		}
	}
	st := StationSpec(&ent.Station{}, day)
	if st.AgreedHeadcount != nil || st.Systems != nil {
		t.Errorf("station with no facts stored: %+v", st)
	}
	if st := StationSpec(&ent.Station{Systems: []string{}}, day); st.Systems == nil {
		t.Error("station systems stored as []: nil, want an empty list")
	}
	o := OrganizationSpec(&ent.Organization{})
	if o.RegisteredDirectly != nil || o.Category != "" || o.OperatesWithinCommunity != nil || o.RegistrationConditions != nil ||
		o.PartyOrganizationMode != "" || o.AnnualInspection != "" || o.Disclosures != nil || o.HasBoard != nil || o.HasSupervisoryBoard != nil {
		t.Errorf("organisation with no facts stored: %+v", o)
	}
	o = OrganizationSpec(&ent.Organization{RegistrationConditions: []string{}, Disclosures: []string{}})
	if o.RegistrationConditions == nil || len(o.RegistrationConditions) != 0 || o.Disclosures == nil || len(o.Disclosures) != 0 {
		t.Errorf("organisation lists stored as []: conditions %v, disclosures %v, want empty lists", o.RegistrationConditions, o.Disclosures)
	}
}

// TestWorkerSpecHoldsAgeInRange: a stored worker's age on any day is one the rules accept —
// 0 before the birth date, sdk.MaxAge beyond it — so that no asOf makes the stored record an
// invalid subject (whose refusal would locate the birth date), and every other age is exact.
func TestWorkerSpecHoldsAgeInRange(t *testing.T) {
	birth := time.Date(2003, 6, 15, 0, 0, 0, 0, time.UTC)
	w := &ent.SocialWorker{BirthDate: &birth}
	for _, tc := range []struct {
		day  sdk.Date
		want int
	}{
		{sdk.NewDate(1, 1, 1), 0},
		{sdk.NewDate(2003, 6, 14), 0},
		{sdk.NewDate(2003, 6, 15), 0},
		{sdk.NewDate(2044, 6, 14), 40},
		{sdk.NewDate(2044, 6, 15), 41},
		{sdk.NewDate(2153, 6, 14), sdk.MaxAge - 1},
		{sdk.NewDate(2153, 6, 15), sdk.MaxAge},
		{sdk.NewDate(2154, 6, 15), sdk.MaxAge},
		{sdk.NewDate(9999, 12, 31), sdk.MaxAge},
	} {
		ws := WorkerSpec(w, tc.day)
		if ws.Age == nil || *ws.Age != tc.want {
			t.Errorf("age on %s: %v, want %d", tc.day, ws.Age, tc.want)
		}
		if e := sdk.ValidateSubject(sdk.Subject{Worker: &ws}); e != nil {
			t.Errorf("the stored worker on %s is an invalid subject: %v", tc.day, e)
		}
	}
}

// TestStoredWorkersCarryNoBirthDate: the refusal of a birth date after asOf is for the caller's
// own subject input; a stored worker reaches the rules as an age, never a birth date, so an
// assessment of stored data is never refused on the birth date (the field would name data the
// caller did not submit).
func TestStoredWorkersCarryNoBirthDate(t *testing.T) {
	day := sdk.NewDate(2020, 12, 31)
	later := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	w := &ent.SocialWorker{BirthDate: &later, Education: "BACHELOR", CertificateLevel: "ASSISTANT"}
	p := &ent.Project{Domain: "社会救助", Headcount: 1, PurchaseMode: "PROJECT", Edges: ent.ProjectEdges{Workers: []*ent.SocialWorker{w}}}
	st := &ent.Station{Edges: ent.StationEdges{Workers: []*ent.SocialWorker{w}}}
	for _, s := range []sdk.Subject{{Project: ProjectSpec(p, day)}, {Station: StationSpec(st, day)}} {
		var ws []sdk.WorkerSpec
		if s.Project != nil {
			ws = s.Project.Workers
		} else {
			ws = s.Station.Workers
		}
		if len(ws) != 1 || ws[0].BirthDate != nil {
			t.Fatalf("stored worker spec = %+v, want no birth date", ws)
		}
		if e := sdk.ValidateSubjectOn(s, day); e != nil && strings.HasSuffix(e.Field, ".birthDate") {
			t.Errorf("stored data refused on the birth date: %v", e)
		}
	}
}
