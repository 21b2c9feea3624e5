package sdk

import (
	"slices"
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

// The purchase mode and the programme survive the protocol both ways, so a rule in a plugin
// process sees what the host was given.
func TestProjectSpecPurchaseModeRoundTrip(t *testing.T) {
	for _, mode := range []string{"", PurchasePost, PurchaseProject} {
		in := ProjectSpec{Domain: "DOM-MENTAL", Headcount: 2, PurchaseMode: mode, Programme: ProgrammeStation}
		out := projectFromPB(projectToPB(in))
		if out.PurchaseMode != mode || out.Programme != ProgrammeStation {
			t.Errorf("mode %q: round trip gave mode %q programme %q", mode, out.PurchaseMode, out.Programme)
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

// Evaluations survive the protocol both ways, and "not given" (nil) stays apart from "none
// held" (empty), as the budget does.
func TestProjectSpecEvaluationsRoundTrip(t *testing.T) {
	day := MustDate("2022-06-30")
	for name, evs := range map[string][]EvaluationSpec{
		"nil":   nil,
		"empty": {},
		"two":   {{Kind: EvaluationProfessional, Rating: RatingExcellent, EvaluatedOn: &day}, {Kind: EvaluationSelf}},
	} {
		out := projectFromPB(projectToPB(ProjectSpec{Headcount: 1, Evaluations: evs}))
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
