package sdk

import "testing"

func TestConclude(t *testing.T) {
	rs := MustLoadRuleset([]byte(minimalRuleset("")))
	text := VerdictText{FailZh: "不符合", FailEn: "falls short", UnknownZh: "人数", UnknownEn: "headcount",
		PassZh: "符合", PassEn: "fits"}
	for _, c := range []struct {
		name                 string
		short                [][2]string
		unknown              []string
		status               FindingStatus
		remedy, msgZh, msgEn string
	}{
		{"nothing short or unknown passes", nil, nil, StatusPass, "", "符合", "fits"},
		// Giving the unknown facts cannot undo a shortfall, so the rule fails at once.
		{"a shortfall fails even with facts unknown", [][2]string{{"还需 1 名", "1 more"}, {"须聘用", "must employ"}}, []string{"a.b"},
			StatusFail, "还需 1 名;须聘用 / 1 more; must employ", "不符合", "falls short"},
		{"one unknown path goes with the name", nil, []string{"a.b"},
			StatusInsufficientInput, "", "缺少数据:人数(a.b)", "missing input: headcount (a.b)"},
		// Several paths stand alone in English: internal/export reads them as a list.
		{"several unknown paths", nil, []string{"a.b", "a.c"},
			StatusInsufficientInput, "", "缺少数据:人数(a.b、a.c)", "missing input: a.b, a.c"},
	} {
		v := Verdict{Actual: "2", Required: ">= 3"}
		for _, s := range c.short {
			v.Short(s[0], s[1])
		}
		v.Unknown(c.unknown...)
		if got, want := v.Passes(), c.status == StatusPass; got != want {
			t.Errorf("%s: Passes = %v", c.name, got)
		}
		f := rs.Conclude("T-FLOOR", v, text)
		if f.Status != c.status || f.Remedy != c.remedy || f.MessageZh != c.msgZh || f.MessageEn != c.msgEn {
			t.Errorf("%s: got %s remedy %q messages %q / %q", c.name, f.Status, f.Remedy, f.MessageZh, f.MessageEn)
		}
		if f.Actual != "2" || f.Required != ">= 3" || f.RuleID != "T-FLOOR" || f.Citation.Document != "T-1" {
			t.Errorf("%s: actual %q required %q rule %q citation %+v", c.name, f.Actual, f.Required, f.RuleID, f.Citation)
		}
	}
	v := Verdict{}
	v.Short("甲", "a")
	v.Short("乙", "b")
	if v.ShortZh() != "甲;乙" || v.ShortEn() != "a; b" || v.Shortfalls() != 2 {
		t.Errorf("ShortZh %q ShortEn %q Shortfalls %d", v.ShortZh(), v.ShortEn(), v.Shortfalls())
	}
}
