package sdk

import "testing"

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
