package sdk

import "testing"

func TestAddMonthsClamped(t *testing.T) {
	for in, want := range map[string]string{
		"2021-01-31": "2021-02-28", "2024-01-31": "2024-02-29", "2021-03-15": "2021-04-15",
		"2021-12-31": "2022-01-31", "2021-08-31": "2021-09-30",
	} {
		if got := MustDate(in).AddMonthsClamped(1).String(); got != want {
			t.Errorf("%s + 1 month = %s, want %s", in, got, want)
		}
	}
	if got := MustDate("2021-03-31").AddMonthsClamped(-1).String(); got != "2021-02-28" {
		t.Errorf("2021-03-31 - 1 month = %s", got)
	}
}

func TestMonthsThrough(t *testing.T) {
	for _, c := range []struct {
		from, last string
		want       int
	}{
		{"2024-03-01", "2025-02-28", 12}, // a full year
		{"2024-03-01", "2025-03-01", 13}, // one day into the 13th month
		{"2024-03-01", "2024-03-01", 1},  // a single day is a started month
		{"2024-03-15", "2024-04-14", 1},  // exactly one month from mid-month
		{"2024-03-15", "2024-04-15", 2},
		{"2024-03-01", "2024-02-01", 1}, // an inverted period is still at least one month
	} {
		if got := MustDate(c.from).MonthsThrough(MustDate(c.last)); got != c.want {
			t.Errorf("%s..%s: %d months, want %d", c.from, c.last, got, c.want)
		}
	}
}
