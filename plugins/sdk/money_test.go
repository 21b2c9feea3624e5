package sdk

import "testing"

func TestParseYuanRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Fen
		str  string
	}{
		{"163000", 16300000, "163000.00"},
		{"163000.5", 16300050, "163000.50"},
		{"163000.05", 16300005, "163000.05"},
		{"0.01", 1, "0.01"},
		{"-12.30", -1230, "-12.30"},
	} {
		got, err := ParseYuan(tc.in)
		if err != nil || got != tc.want || got.String() != tc.str {
			t.Errorf("ParseYuan(%q) = %d (%s), %v; want %d (%s)", tc.in, got, got, err, tc.want, tc.str)
		}
	}
	for _, bad := range []string{"", "1.234", "1e5", "1,000", "abc", "1.", ".5", "99999999999999999999"} {
		if _, err := ParseYuan(bad); err == nil {
			t.Errorf("ParseYuan(%q) accepted; want an error", bad)
		}
	}
}

func TestRatioInclusiveThresholds(t *testing.T) {
	third := Ratio{1, 3}
	// 三分之一以上: exactly one third passes, one below fails (3*q >= n).
	if !third.AtLeast(3, 9) || !third.AtLeast(4, 9) || third.AtLeast(2, 9) {
		t.Error("AtLeast 1/3 wrong at 2/9, 3/9, 4/9")
	}
	p85 := Ratio{85, 100}
	// 85% of 163000.00 yuan in fen is 138550.00 exactly.
	if !p85.AtLeast(13855000, 16300000) || p85.AtLeast(13854999, 16300000) {
		t.Error("85% labour share boundary wrong")
	}
	p15 := Ratio{15, 100}
	if !p15.AtMost(2445000, 16300000) || p15.AtMost(2445001, 16300000) {
		t.Error("15% non-labour ceiling boundary wrong")
	}
	if got := p85.MinPart(10); got != 9 { // 8.5 rounds up
		t.Errorf("MinPart(10) = %d, want 9", got)
	}
	if got := p15.MaxPart(10); got != 1 { // 1.5 rounds down
		t.Errorf("MaxPart(10) = %d, want 1", got)
	}
	if got := third.MinPart(9); got != 3 {
		t.Errorf("1/3 MinPart(9) = %d, want 3", got)
	}
	if third.AtLeast(0, 0) {
		t.Error("a zero whole must not meet a positive floor")
	}
}

func TestParseRatio(t *testing.T) {
	for in, want := range map[string]Ratio{"17/20": {17, 20}, "0.85": {17, 20}, "85%": {17, 20}, "1/3": {1, 3}, "1": {1, 1}} {
		got, err := ParseRatio(in)
		if err != nil || got != want {
			t.Errorf("ParseRatio(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseRatio("abc"); err == nil {
		t.Error("ParseRatio(abc) accepted")
	}
	if (Ratio{4, 3}).Valid() || (Ratio{1, 0}).Valid() || !(Ratio{0, 1}).Valid() {
		t.Error("Valid wrong")
	}
}
