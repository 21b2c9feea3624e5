package workcal

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/shegong/shegong/plugins/sdk"
)

var d = sdk.MustDate

func TestIsWorkingDay(t *testing.T) {
	for _, tc := range []struct {
		day  string
		want bool
		why  string
	}{
		// Plain weeks.
		{"2024-03-06", true, "Wednesday"},
		{"2024-03-09", false, "Saturday"},
		{"2024-03-10", false, "Sunday"},
		// Spring Festival 春节.
		{"2018-02-11", true, "2018 春节 make-up Sunday"},
		{"2018-02-21", false, "2018 春节 last day"},
		{"2018-02-22", true, "2018 back to work"},
		{"2018-02-24", true, "2018 春节 make-up Saturday"},
		{"2020-01-19", true, "2020 春节 make-up Sunday"},
		{"2020-01-30", false, "2020 春节 as first arranged"},
		{"2020-01-31", false, "2020 春节 extension, 国办发明电〔2020〕1号 (Friday)"},
		{"2020-02-01", false, "2020 make-up Saturday cancelled by the extension"},
		{"2020-02-02", false, "2020 extension last day"},
		{"2020-02-03", true, "2020 2月3日起正常上班"},
		{"2023-01-27", false, "2023 春节 Friday"},
		{"2023-01-28", true, "2023 make-up Saturday"},
		{"2023-01-29", true, "2023 make-up Sunday"},
		{"2024-02-04", true, "2024 make-up Sunday"},
		{"2024-02-09", true, "2024 除夕 only encouraged leave, not a holiday"},
		{"2024-02-12", false, "2024 春节 Monday"},
		{"2024-02-18", true, "2024 make-up Sunday"},
		{"2025-01-26", true, "2025 make-up Sunday"},
		{"2025-01-28", false, "2025 除夕 is a holiday from 2025"},
		{"2025-02-04", false, "2025 春节 last day"},
		{"2025-02-08", true, "2025 make-up Saturday"},
		{"2026-02-14", true, "2026 make-up Saturday"},
		{"2026-02-23", false, "2026 春节 Monday, 9-day block"},
		{"2026-02-28", true, "2026 make-up Saturday"},
		// National Day 国庆节.
		{"2018-09-29", true, "2018 make-up Saturday"},
		{"2018-09-30", true, "2018 make-up Sunday"},
		{"2018-10-05", false, "2018 国庆 Friday"},
		{"2019-10-12", true, "2019 make-up Saturday"},
		{"2021-10-09", true, "2021 make-up Saturday"},
		{"2022-10-07", false, "2022 国庆 Friday"},
		{"2022-10-08", true, "2022 make-up Saturday"},
		{"2023-09-29", false, "2023 中秋、国庆 block starts Friday"},
		{"2023-10-07", true, "2023 make-up Saturday"},
		{"2024-09-29", true, "2024 make-up Sunday"},
		{"2024-10-07", false, "2024 国庆 Monday"},
		{"2024-10-12", true, "2024 make-up Saturday"},
		{"2025-10-08", false, "2025 国庆、中秋 Wednesday"},
		{"2025-10-11", true, "2025 make-up Saturday"},
		{"2026-09-20", true, "2026 make-up Sunday"},
		{"2026-10-10", true, "2026 make-up Saturday"},
		// Others.
		{"2018-12-29", true, "make-up Saturday set by the 2019 notice"},
		{"2018-12-31", false, "2019 元旦 block starts in 2018"},
		{"2019-05-02", false, "2019 劳动节 as amended by 国办发明电〔2019〕3号"},
		{"2019-04-28", true, "2019 amended make-up Sunday"},
		{"2019-05-05", true, "2019 amended make-up Sunday"},
		{"2026-01-04", true, "2026 元旦 make-up Sunday"},
	} {
		got, err := IsWorkingDay(d(tc.day))
		if err != nil {
			t.Errorf("IsWorkingDay(%s): %v", tc.day, err)
			continue
		}
		if got != tc.want {
			t.Errorf("IsWorkingDay(%s) = %v, want %v (%s)", tc.day, got, tc.want, tc.why)
		}
	}
}

func TestNotCovered(t *testing.T) {
	for _, day := range []string{"2017-12-29", "2027-01-04"} {
		_, err := IsWorkingDay(d(day))
		var nc *NotCoveredError
		if !errors.As(err, &nc) || nc.Year != d(day).Year {
			t.Errorf("IsWorkingDay(%s) error = %v, want *NotCoveredError{%d}", day, err, d(day).Year)
		}
	}
	if _, err := AddWorkingDays(d("2026-12-20"), 15); !isNotCovered(err, 2027) {
		t.Errorf("AddWorkingDays into 2027: error = %v, want NotCoveredError{2027}", err)
	}
	if _, err := WorkingDaysBetween(d("2026-12-01"), d("2027-01-10")); !isNotCovered(err, 2027) {
		t.Errorf("WorkingDaysBetween into 2027: error = %v, want NotCoveredError{2027}", err)
	}
	if _, err := WorkingDaysBetween(d("2017-12-01"), d("2018-01-10")); !isNotCovered(err, 2017) {
		t.Errorf("WorkingDaysBetween from 2017: error = %v, want NotCoveredError{2017}", err)
	}
	err := &NotCoveredError{Year: 2027}
	if msg := err.Error(); !strings.Contains(msg, "2027年") || !strings.Contains(msg, "2018") {
		t.Errorf("message %q should name the year and the covered years", msg)
	}
}

func isNotCovered(err error, year int) bool {
	var nc *NotCoveredError
	return errors.As(err, &nc) && nc.Year == year
}

func TestInvalidDate(t *testing.T) {
	for _, bad := range []sdk.Date{{}, {Year: 2024, Month: time.February, Day: 30}} {
		if _, err := IsWorkingDay(bad); !errors.Is(err, ErrInvalidDate) {
			t.Errorf("IsWorkingDay(%#v) error = %v, want ErrInvalidDate", bad, err)
		}
		if _, err := AddWorkingDays(bad, 1); !errors.Is(err, ErrInvalidDate) {
			t.Errorf("AddWorkingDays(%#v) error = %v, want ErrInvalidDate", bad, err)
		}
		if _, err := WorkingDaysBetween(d("2024-01-01"), bad); !errors.Is(err, ErrInvalidDate) {
			t.Errorf("WorkingDaysBetween(…, %#v) error = %v, want ErrInvalidDate", bad, err)
		}
	}
}

func TestAddWorkingDays(t *testing.T) {
	for _, tc := range []struct {
		start string
		n     int
		want  string
	}{
		// Signed Friday 2024-09-27; 15 working days cross 国庆 2024: 9-29 (make-up Sunday) 1,
		// 9-30 2, [10-1..10-7 off], 10-8..10-11 3–6, 10-12 (make-up Saturday) 7, 10-14..18 8–12,
		// 10-21..23 13–15.
		{"2024-09-27", 15, "2024-10-23"},
		{"2024-09-27", 1, "2024-09-29"}, // the next working day is the make-up Sunday
		{"2024-09-27", 2, "2024-09-30"},
		{"2024-09-27", 3, "2024-10-08"},
		{"2024-10-01", 1, "2024-10-08"},  // start on a holiday
		{"2024-11-01", 15, "2024-11-22"}, // no holiday: three plain weeks
		{"2025-01-24", 1, "2025-01-26"},  // 2025 春节 make-up Sunday
		{"2025-01-24", 2, "2025-01-27"},
		{"2025-01-24", 3, "2025-02-05"},
		{"2020-01-23", 1, "2020-02-03"}, // across the extended 2020 春节
		{"2017-12-31", 1, "2018-01-02"}, // start itself is not counted, so 2017 need not be covered
		{"2018-12-28", 1, "2018-12-29"}, // make-up Saturday from the 2019 notice
		{"2018-12-29", 1, "2019-01-02"}, // across 元旦 2019 and the year end
		{"2026-09-30", 1, "2026-10-08"},
	} {
		got, err := AddWorkingDays(d(tc.start), tc.n)
		if err != nil {
			t.Errorf("AddWorkingDays(%s, %d): %v", tc.start, tc.n, err)
			continue
		}
		if got != d(tc.want) {
			t.Errorf("AddWorkingDays(%s, %d) = %s, want %s", tc.start, tc.n, got, tc.want)
		}
	}
	for _, n := range []int{0, -1} {
		if _, err := AddWorkingDays(d("2024-09-27"), n); err == nil {
			t.Errorf("AddWorkingDays(n=%d) accepted", n)
		}
	}
}

func TestWorkingDaysBetween(t *testing.T) {
	for _, tc := range []struct {
		from, to string
		want     int
	}{
		{"2024-09-27", "2024-10-23", 15},
		{"2024-09-27", "2024-10-22", 14},
		{"2024-09-27", "2024-09-27", 0}, // to == from
		{"2024-10-23", "2024-09-27", 0}, // to before from
		{"2024-09-30", "2024-10-07", 0}, // the whole 国庆 block
		{"2024-10-07", "2024-10-08", 1},
		{"2024-11-01", "2024-11-22", 15},
		// A Saturday filing after a Friday deadline still counts 15: compare dates with
		// AddWorkingDays for deadlines, not counts.
		{"2024-11-01", "2024-11-23", 15},
		{"2018-12-28", "2019-01-02", 2}, // 12-29 make-up Saturday, 01-02
		{"2020-01-23", "2020-02-03", 1},
	} {
		got, err := WorkingDaysBetween(d(tc.from), d(tc.to))
		if err != nil {
			t.Errorf("WorkingDaysBetween(%s, %s): %v", tc.from, tc.to, err)
			continue
		}
		if got != tc.want {
			t.Errorf("WorkingDaysBetween(%s, %s) = %d, want %d", tc.from, tc.to, got, tc.want)
		}
	}
	// AddWorkingDays and WorkingDaysBetween agree: the n-th working day after s is s+n.
	for _, s := range []string{"2018-02-09", "2020-01-17", "2023-09-27", "2026-02-12"} {
		for n := 1; n <= 20; n++ {
			end, err := AddWorkingDays(d(s), n)
			if err != nil {
				t.Fatal(err)
			}
			if got, err := WorkingDaysBetween(d(s), end); err != nil || got != n {
				t.Errorf("WorkingDaysBetween(%s, AddWorkingDays(%s, %d)=%s) = %d, %v; want %d", s, s, n, end, got, err, n)
			}
		}
	}
}

func TestCoversAndSource(t *testing.T) {
	for y := 2018; y <= 2026; y++ {
		if !Covers(y) {
			t.Errorf("Covers(%d) = false", y)
		}
		s, ok := Source(y)
		if !ok || s.Year != y || s.Title == "" || s.Number == "" || s.Issued.IsZero() || s.VerifiedAgainst == "" {
			t.Errorf("Source(%d) = %+v, %v", y, s, ok)
		}
	}
	for _, y := range []int{2017, 2027} {
		if Covers(y) {
			t.Errorf("Covers(%d) = true", y)
		}
		if _, ok := Source(y); ok {
			t.Errorf("Source(%d) found", y)
		}
	}
	if got := Years(); len(got) != 9 || got[0] != 2018 || got[8] != 2026 {
		t.Errorf("Years() = %v", got)
	}

	s, _ := Source(2020)
	if s.Title != "国务院办公厅关于2020年部分节假日安排的通知" || s.Number != "国办发明电〔2019〕16号" || s.Issued != d("2019-11-21") {
		t.Errorf("Source(2020) notice = %+v", s.Notice)
	}
	if len(s.Amendments) != 1 || s.Amendments[0].Number != "国办发明电〔2020〕1号" || s.Amendments[0].Issued != d("2020-01-26") ||
		!strings.Contains(s.Amendments[0].Note, "2月1日") {
		t.Errorf("Source(2020) amendments = %+v", s.Amendments)
	}
	s, _ = Source(2019)
	if len(s.Amendments) != 1 || s.Amendments[0].Number != "国办发明电〔2019〕3号" || s.Amendments[0].Issued != d("2019-03-22") {
		t.Errorf("Source(2019) amendments = %+v", s.Amendments)
	}
	s, _ = Source(2026)
	if s.Number != "国办发明电〔2025〕7号" || s.Issued != d("2025-11-04") {
		t.Errorf("Source(2026) = %+v", s.Notice)
	}
	// The returned slice is a copy.
	s, _ = Source(2020)
	s.Amendments[0].Number = "x"
	if s2, _ := Source(2020); s2.Amendments[0].Number == "x" {
		t.Error("Source shares its Amendments slice")
	}
}
