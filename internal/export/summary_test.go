package export

import "testing"

func TestMissingField(t *testing.T) {
	for msg, want := range map[string]string{
		"missing input: project.budget":                                                                                            "project.budget",
		"missing input: station facilities list (station.facilities)":                                                              "station.facilities",
		"missing input: project.workers[].certificate; 0 known certified":                                                          "project.workers[].certificate",
		"missing input: age or birth date (project.workers[0].age, project.workers[0].birthDate)":                                  "project.workers[].age, project.workers[].birthDate",
		"missing input: education (station.workers[0], station.workers[1])":                                                        "station.workers[]",
		"missing input: station.agreedHeadcount, station.workers[0].employedByContractor, station.workers[1].employedByContractor": "station.agreedHeadcount, station.workers[].employedByContractor",
		"missing input: a.b, a.c, a.d, a.e, a.f":                                                                                   "a.b, a.c, a.d, a.e, …",
		"missing input: the rule needs a very long explanation that is not a field path at all":                                    "",
		"the rule needs something":                                                                                                 "",
	} {
		if got := missingField(msg); got != want {
			t.Errorf("missingField(%q) = %q, want %q", msg, got, want)
		}
	}
}
