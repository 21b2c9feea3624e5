package workcal

import (
	"strings"
	"testing"

	"github.com/shegong/shegong/plugins/sdk"
)

// TestDataConsistency checks the embedded data as a whole.
//
// 全国年节及纪念日放假办法 gives 11 statutory days off (元旦1、春节3、清明1、劳动节1、端午1、中秋1、
// 国庆3); from 2025 it gives 13 (春节、劳动节 each one more, as the 2025 notice says). A statutory day
// on a weekend is made up on a weekday and every extra weekday off is paid back by a 调休上班日, so
// for each notice: weekday holidays − adjusted working days = statutory days. 2020 is 2 more: the
// extension made Friday 1月31日 a holiday and cancelled the Saturday 2月1日 make-up day.
func TestDataConsistency(t *testing.T) {
	want := map[int]int{2018: 11, 2019: 11, 2020: 11 + 2, 2021: 11, 2022: 11, 2023: 11, 2024: 11, 2025: 13, 2026: 13}
	c, err := parse(calendarYAML)
	if err != nil {
		t.Fatal(err)
	}
	for y := 2018; y <= 2026; y++ {
		if !Covers(y) {
			t.Errorf("year %d missing", y)
		}
	}
	// Count per notice year: holidays and working days are keyed by date, so attribute each to the
	// notice year (a 元旦 block's December days belong to the next year's notice).
	noticeYear := func(d sdk.Date, festival string) int {
		if d.Month == 12 && festival == "元旦" {
			return d.Year + 1
		}
		return d.Year
	}
	net := map[int]int{}
	seen := map[int]map[string]bool{}
	for day, fest := range c.off {
		y := noticeYear(day, fest)
		if !isWeekend(day) {
			net[y]++
		}
		if seen[y] == nil {
			seen[y] = map[string]bool{}
		}
		for _, f := range strings.Split(fest, "、") {
			seen[y][f] = true
		}
	}
	for day, fest := range c.on {
		if !isWeekend(day) {
			t.Errorf("adjusted working day %s is not a weekend day", day)
		}
		if _, both := c.off[day]; both {
			t.Errorf("%s is both holiday and working day", day)
		}
		net[noticeYear(day, fest)]--
	}
	for y, w := range want {
		if net[y] != w {
			t.Errorf("%d: weekday holidays − adjusted working days = %d, want %d", y, net[y], w)
		}
		for f := range festivals {
			if !seen[y][f] {
				t.Errorf("%d: no holiday for %s", y, f)
			}
		}
	}
	if len(net) != len(want) {
		t.Errorf("holidays fall in notice years %v, want exactly %v", net, want)
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("mustParse accepted malformed data")
		}
	}()
	mustParse([]byte("years: [{year: 2024}]"))
}

// A valid one-year file; each case below breaks it in one place.
const good = `
years:
  - year: 2024
    notice: {title: 国务院办公厅关于2024年部分节假日安排的通知, number: 国办发明电〔2023〕7号, issued: 2023-10-25}
    verified_against: test
    holidays:
      - {festival: 国庆节, from: 2024-10-01, to: 2024-10-07}
    working_days:
      - {festival: 国庆节, date: 2024-09-29}
`

func TestParseRejects(t *testing.T) {
	if _, err := parse([]byte(good)); err != nil {
		t.Fatalf("good data rejected: %v", err)
	}
	for _, tc := range []struct{ name, old, new, want string }{
		{"both holiday and working", "date: 2024-09-29", "date: 2024-10-05", "both a holiday and an adjusted working day"},
		{"working day on a weekday", "date: 2024-09-29", "date: 2024-09-30", "not a weekend day"},
		{"holiday outside its year", "from: 2024-10-01", "from: 2023-12-30", "outside 2024"},
		{"bad date", "to: 2024-10-07", "to: 2024-10-32", "want YYYY-MM-DD"},
		{"reversed range", "to: 2024-10-07", "to: 2024-09-01", "bad range"},
		{"unknown field", "verified_against: test", "verified_against: test\n    extra: 1", "field extra not found"},
		{"no verification", "verified_against: test", "verified_against: ''", "verified_against is empty"},
		{"unknown festival", "festival: 国庆节, from", "festival: 国庆日, from", "not one of the seven"},
		{"per without amendment", "date: 2024-09-29}", "date: 2024-09-29, per: 国办发明电〔2024〕1号}", "names no amendment"},
		{"title for another year", "关于2024年部分", "关于2025年部分", "notice title"},
		{"number not matching issue year", "〔2023〕7号", "〔2022〕7号", "does not match issue date"},
		{"malformed number", "国办发明电〔2023〕7号", "国办发〔2023〕7号", "is not 国办发明电"},
		{"issued in its own year", "〔2023〕7号, issued: 2023-10-25", "〔2024〕7号, issued: 2024-01-05", "not before the year"},
	} {
		if !strings.Contains(good, tc.old) {
			t.Fatalf("%s: %q not in the good data", tc.name, tc.old)
		}
		_, err := parse([]byte(strings.Replace(good, tc.old, tc.new, 1)))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error = %v, want it to mention %q", tc.name, err, tc.want)
		}
	}
	dup := good + strings.TrimPrefix(good, "\nyears:\n")
	if _, err := parse([]byte(dup)); err == nil || !strings.Contains(err.Error(), "listed twice") {
		t.Errorf("duplicate year: error = %v", err)
	}
	cancelledNotHoliday := strings.Replace(good, "verified_against: test", `verified_against: test
    amendments:
      - {title: t, number: 国办发明电〔2024〕1号, issued: 2024-01-05, note: n}
    cancelled_working_days:
      - {festival: 国庆节, date: 2024-10-12, per: 国办发明电〔2024〕1号}`, 1)
	if _, err := parse([]byte(cancelledNotHoliday)); err == nil || !strings.Contains(err.Error(), "is not a holiday") {
		t.Errorf("cancelled working day outside a holiday: error = %v", err)
	}
}
