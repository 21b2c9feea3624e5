package sdk

import "testing"

func TestAgeOnBirthdayIsInclusive(t *testing.T) {
	born := MustDate("1984-06-15")
	for on, want := range map[string]int{"2024-06-14": 39, "2024-06-15": 40, "2025-06-14": 40, "2025-06-15": 41} {
		if got := born.AgeOn(MustDate(on)); got != want {
			t.Errorf("AgeOn(%s) = %d, want %d", on, got, want)
		}
	}
	leap := MustDate("2000-02-29")
	if leap.AgeOn(MustDate("2021-02-28")) != 20 || leap.AgeOn(MustDate("2021-03-01")) != 21 {
		t.Error("29 Feb birthday handled wrong")
	}
}

func TestValidityBothEndsInclusive(t *testing.T) {
	v := Validity{From: MustDate("2020-11-12"), To: MustDate("2025-11-11")}
	for d, want := range map[string]bool{"2020-11-11": false, "2020-11-12": true, "2025-11-11": true, "2025-11-12": false} {
		if v.Contains(MustDate(d)) != want {
			t.Errorf("Contains(%s) != %v", d, want)
		}
	}
	open := Validity{From: MustDate("2018-01-01")}
	if !open.Contains(MustDate("2099-01-01")) || open.Contains(MustDate("2017-12-31")) {
		t.Error("open-ended validity wrong")
	}
	if _, err := ParseDate("2024-13-01"); err == nil {
		t.Error("ParseDate accepted month 13")
	}
}
