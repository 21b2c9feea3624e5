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
