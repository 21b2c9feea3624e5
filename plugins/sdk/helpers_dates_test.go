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
