package sdk

import (
	"strings"
	"testing"
)

func TestConcludeDeadline(t *testing.T) {
	rs := MustLoadRuleset([]byte(minimalRuleset("")))
	due := MustDate("2020-12-31")
	day := func(s string) *Date { d := MustDate(s); return &d }
	for _, c := range []struct {
		name       string
		asOf       string
		met        bool
		metOn      *Date
		status     FindingStatus
		remedyHas  string
		messageHas string
	}{
		{"met before the deadline passes", "2020-06-01", true, nil, StatusPass, "", "已达到"},
		{"unmet the day before is not yet due", "2020-12-30", false, nil, StatusNotApplicable, "距期限 2020-12-31 还有 1 天", "尚未到期"},
		{"unmet on the deadline fails", "2020-12-31", false, nil, StatusFail, "今日即期限 2020-12-31", "期限不是规则的失效日"},
		// The deadline is not the end of the rule: the day after, a shortfall still fails.
		{"unmet the day after fails with the days overdue", "2021-01-01", false, nil, StatusFail, "已逾期 1 天", "期限不是规则的失效日"},
		{"unmet a year after", "2021-12-31", false, nil, StatusFail, "365 day(s) past the deadline", ""},
		{"done on the deadline passes later", "2023-01-01", true, day("2020-12-31"), StatusPass, "", "已达到"},
		{"done late fails with the days late", "2021-01-15", true, day("2021-01-15"), StatusFail, "逾期 15 天", "晚于期限 2020-12-31 15 天"},
		{"met after the deadline, date unknown, passes and says so", "2021-06-01", true, nil, StatusPass, "", "是否在期限前达到数据未显示"},
	} {
		f := rs.ConcludeDeadline("T-FLOOR", MustDate(c.asOf), DeadlineCheck{Due: due, Met: c.met, MetOn: c.metOn,
			Actual: "39", Required: ">= 40", GoalZh: "达到", GoalEn: "reach", GapZh: "尚差 1", GapEn: "1 short"})
		if f.Status != c.status || !strings.Contains(f.Remedy, c.remedyHas) || !strings.Contains(f.MessageZh, c.messageHas) {
			t.Errorf("%s: got %s remedy %q message %q", c.name, f.Status, f.Remedy, f.MessageZh)
		}
		if f.Actual != "39" || f.Required != ">= 40" || f.RuleID != "T-FLOOR" {
			t.Errorf("%s: actual %q required %q rule %q", c.name, f.Actual, f.Required, f.RuleID)
		}
	}
}

func TestAdvisory(t *testing.T) {
	rs := MustLoadRuleset([]byte(minimalRuleset("")))
	f := rs.Finding("T-FLOOR", StatusFail)
	f.Remedy, f.MessageZh, f.MessageEn = "须公开招标 / tender openly", "未公开招标", "not tendered"
	a := Advisory(f, "原则上", "in principle")
	if a.Status != StatusNotApplicable || a.Remedy != "建议(非强制):须公开招标 / advice (not binding): tender openly" ||
		!strings.Contains(a.MessageZh, "原文为“原则上”,只作提示") || !strings.Contains(a.MessageEn, "advice, not a failure") {
		t.Errorf("advisory of a FAIL: %+v", a)
	}
	p := rs.Finding("T-FLOOR", StatusPass)
	if got := Advisory(p, "原则上", "in principle"); got.Status != StatusPass || got.MessageZh != "" {
		t.Errorf("a PASS must stay as it is: %+v", got)
	}
}

// An undated document's start is inferred: between valid_from and valid_from_latest no subject
// is failed, and NOT_IN_FORCE before it says the start is inferred.
func TestUnsureStart(t *testing.T) {
	yaml := strings.Replace(minimalRuleset(""), "valid_from: 2020-01-01, valid_to: 2020-12-31}",
		"valid_from: 2020-01-01, valid_from_latest: 2020-03-31, valid_to: 2020-12-31}", 1)
	rs := MustLoadRuleset([]byte(yaml))
	if d := rs.Description().Documents[0]; !d.StartInferred() || d.ValidFromLatest.String() != "2020-03-31" {
		t.Fatalf("document: %+v", d)
	}
	fail := rs.Finding("T-FLOOR", StatusFail)
	for day, want := range map[string]FindingStatus{"2020-01-01": StatusNotApplicable, "2020-03-30": StatusNotApplicable, "2020-03-31": StatusFail} {
		if got := rs.UnsureStart(fail, MustDate(day)); got.Status != want {
			t.Errorf("FAIL on %s: %s, want %s (%s)", day, got.Status, want, got.MessageEn)
		}
	}
	if got := rs.UnsureStart(rs.Finding("T-FLOOR", StatusPass), MustDate("2020-01-02")); got.Status != StatusPass {
		t.Errorf("a PASS stays: %s", got.Status)
	}
	if f := rs.NotInForce("T-FLOOR", MustDate("2019-12-31")); !strings.Contains(f.MessageZh, "为推定") || !strings.Contains(f.Required, "inferred") {
		t.Errorf("NOT_IN_FORCE before an inferred start: %+v", f)
	}
	// A stated start is not marked.
	plain := MustLoadRuleset([]byte(minimalRuleset("")))
	if got := plain.UnsureStart(fail, MustDate("2020-01-01")); got.Status != StatusFail {
		t.Errorf("a stated start must not soften a FAIL: %s", got.Status)
	}
	bad := strings.Replace(yaml, "valid_from_latest: 2020-03-31", "valid_from_latest: 2019-03-31", 1)
	if _, err := LoadRuleset([]byte(bad)); err == nil || !strings.Contains(err.Error(), "valid_from_latest") {
		t.Errorf("a latest start before valid_from must be refused: %v", err)
	}
}
