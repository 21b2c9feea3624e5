package export

import "testing"

func TestMissingField(t *testing.T) {
	for msg, want := range map[string]string{
		"missing input: project.budget":                                                           "project.budget",
		"missing input: station facilities list (station.facilities)":                             "station.facilities",
		"missing input: project.workers[].certificate; 0 known certified":                         "project.workers[].certificate",
		"missing input: age or birth date (project.workers[0].age, project.workers[0].birthDate)": "",
		"the rule needs something":                                                                "",
	} {
		if got := missingField(msg); got != want {
			t.Errorf("missingField(%q) = %q, want %q", msg, got, want)
		}
	}
}
