package sdk

import "testing"

func TestNumeralZh(t *testing.T) {
	for n, want := range map[int64]string{0: "零", 1: "一", 3: "三", 10: "十", 12: "十二", 15: "十五", 20: "二十",
		40: "四十", 101: "一百零一", 110: "一百一十", 1005: "一千零五", 20000: "二万", -1: "-1", 100000: "100000"} {
		if got := NumeralZh(n); got != want {
			t.Errorf("NumeralZh(%d) = %q, want %q", n, got, want)
		}
	}
	if CountZh(2) != "两" || CountZh(3) != "三" {
		t.Errorf("CountZh: %q %q", CountZh(2), CountZh(3))
	}
}

func TestNumberEn(t *testing.T) {
	for n, want := range map[int64]string{0: "zero", 1: "one", 3: "three", 10: "ten", 11: "11", -2: "-2"} {
		if got := NumberEn(n); got != want {
			t.Errorf("NumberEn(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestRatioWords(t *testing.T) {
	for _, c := range []struct {
		r      Ratio
		zh, en string
	}{{Ratio{1, 3}, "三分之一", "one third"}, {Ratio{2, 3}, "三分之二", "two thirds"}, {Ratio{85, 100}, "百分之八十五", "85/100"},
		{Ratio{1, 2}, "二分之一", "one half"}, {Ratio{3, 1}, "三", "3/1"}} {
		if got := RatioZh(c.r); got != c.zh {
			t.Errorf("RatioZh(%s) = %q, want %q", c.r, got, c.zh)
		}
		if got := RatioEn(c.r); got != c.en {
			t.Errorf("RatioEn(%s) = %q, want %q", c.r, got, c.en)
		}
	}
}
