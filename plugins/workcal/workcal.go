// Package workcal is the Chinese statutory working-day calendar (中国法定工作日历): which days
// are working days (工作日) under the State Council's yearly holiday arrangements, and
// working-day arithmetic for deadlines such as Hunan's HN-REPORT-AGREEMENT-FILING-15WD
// 「协议副本在签订之日起15个工作日内报市(州)备案」.
//
// 数据来源 / Where the data comes from. calendar.yaml (embedded) holds, per year 2018–2026, the
// 放假日 (public holidays) and 调休上班日 (weekend days that are working days) of that year's
// 国务院办公厅关于YYYY年部分节假日安排的通知 (国办发明电〔…〕N号), with its number and date of issue,
// plus the two later notices that changed a year: 国办发明电〔2019〕3号 (2019 劳动节 made 5月1日至4日,
// 4月28日、5月5日上班) and 国办发明电〔2020〕1号 (2020 春节 extended to 2月2日, which also cancelled
// the 2月1日 make-up day). Each year records the public copies of the notice and the two open
// datasets it was checked against (verified_against; see Source and YearSource). A year without a verified notice is
// not in the data, and every question about it fails with *NotCoveredError rather than guessing.
//
// 工作日 / Working day: Monday to Friday unless the notices make it a holiday, plus the weekend
// days the notices make working days. Only the national arrangement is modelled; provincial orders
// (such as the 2020 delays of 复工 after the Spring Festival) are not holidays and are not here.
//
// 期间计算 / Counting. 民法典 第二百零一条: 按照日计算期间的,开始的当日不计入,自下一日开始计算.
// AddWorkingDays(signed, 15) is the last day of "15个工作日内" counted from signed; something done on
// or before that day is in time. WorkingDaysBetween counts the working days in (from, to]; note that
// a filing on the weekend after the deadline still counts 15, so a deadline rule should compare dates
// against AddWorkingDays, not counts.
//
// Readings and limits:
//   - holidays are listed as the notices state their 放假 blocks, weekend days inside a block
//     included; weekend days a notice merely joins ("与周末连休") are plain weekends and not listed.
//     Either way they are not working days.
//   - a notice's 元旦 block can reach into late December of the year before (the 2019 notice made
//     2018-12-29 a working Saturday and 2018-12-31 a holiday). So the last days of December 2026 follow
//     the plain weekday rule until the 2027 notice is added; that notice was not found when the data
//     was prepared (2026-11-21).
//   - 2024's 除夕 (2月9日) is only "鼓励…安排职工休息" in the notice and stays a working day.
//
// The data is parsed and validated once, on first use (most processes that link the package,
// the server and four of the five region plugins, never ask it); malformed embedded data panics
// there (mustParse), so no caller ever sees a half-loaded calendar, and TestDataConsistency
// parses it in every test run.
package workcal

import (
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/shegong/shegong/plugins/sdk"
)

//go:embed calendar.yaml
var calendarYAML []byte

// cal is the parsed calendar.
var cal = sync.OnceValue(func() *calendar { return mustParse(calendarYAML) })

// Notice is one 国务院办公厅 notice.
type Notice struct {
	Title  string   // 国务院办公厅关于2020年部分节假日安排的通知
	Number string   // 国办发明电〔2019〕16号
	Issued sdk.Date // 成文日期
	Note   string   // for an amending notice: what it changed
}

// YearSource is where a year's calendar comes from (the type Source returns; Go cannot give a
// type and a function the same name).
type YearSource struct {
	Year int
	Notice
	Amendments      []Notice // later notices that changed the year (2019, 2020)
	VerifiedAgainst string   // the public copies and datasets the dates were checked against
}

// NotCoveredError reports a date in a year the calendar has no verified arrangement for.
type NotCoveredError struct{ Year int }

func (e *NotCoveredError) Error() string {
	return fmt.Sprintf("workcal: %d年法定节假日安排未收录 / no statutory holiday arrangement on file for %d (covered: %v)",
		e.Year, e.Year, Years())
}

// ErrInvalidDate reports a Date that is not a calendar day (2024-02-30, the zero Date).
var ErrInvalidDate = errors.New("workcal: invalid date")

// Covers reports whether year's arrangement is in the calendar.
func Covers(year int) bool {
	_, ok := cal().sources[year]
	return ok
}

// Years returns the covered years in ascending order.
func Years() []int {
	out := make([]int, 0, len(cal().sources))
	for y := range cal().sources {
		out = append(out, y)
	}
	slices.Sort(out)
	return out
}

// Source returns the notices behind year's calendar.
func Source(year int) (YearSource, bool) {
	s, ok := cal().sources[year]
	if !ok {
		return YearSource{}, false
	}
	s.Amendments = slices.Clone(s.Amendments)
	return s, true
}

// IsWorkingDay reports whether d is a working day: Monday to Friday that is not a holiday, or an
// adjusted working weekend day. A year not covered gives *NotCoveredError.
func IsWorkingDay(d sdk.Date) (bool, error) {
	if err := checkDate(d); err != nil {
		return false, err
	}
	if !Covers(d.Year) {
		return false, &NotCoveredError{Year: d.Year}
	}
	return cal().working(d), nil
}

// AddWorkingDays returns the n-th working day after start (n ≥ 1); start itself is not counted
// (民法典 第二百零一条). A day in a year not covered gives *NotCoveredError.
func AddWorkingDays(start sdk.Date, n int) (sdk.Date, error) {
	if n < 1 {
		return sdk.Date{}, fmt.Errorf("workcal: AddWorkingDays(%s, %d): n must be at least 1", start, n)
	}
	if err := checkDate(start); err != nil {
		return sdk.Date{}, err
	}
	d := start
	for n > 0 {
		d = d.AddDate(0, 0, 1)
		ok, err := IsWorkingDay(d)
		if err != nil {
			return sdk.Date{}, fmt.Errorf("workcal: %d working days after %s: %w", n, start, err)
		}
		if ok {
			n--
		}
	}
	return d, nil
}

// WorkingDaysBetween counts the working days after from up to and including to; 0 when to is not
// after from. A day in a year not covered gives *NotCoveredError.
func WorkingDaysBetween(from, to sdk.Date) (int, error) {
	if err := checkDate(from); err != nil {
		return 0, err
	}
	if err := checkDate(to); err != nil {
		return 0, err
	}
	n := 0
	for d := from.AddDate(0, 0, 1); !d.After(to); d = d.AddDate(0, 0, 1) {
		ok, err := IsWorkingDay(d)
		if err != nil {
			return 0, fmt.Errorf("workcal: working days in (%s, %s]: %w", from, to, err)
		}
		if ok {
			n++
		}
	}
	return n, nil
}

func checkDate(d sdk.Date) error {
	if d.IsZero() || sdk.NewDate(d.Year, d.Month, d.Day) != d {
		return fmt.Errorf("%w: %d-%02d-%02d", ErrInvalidDate, d.Year, int(d.Month), d.Day)
	}
	return nil
}

func isWeekend(d sdk.Date) bool {
	wd := d.Time().Weekday()
	return wd == time.Saturday || wd == time.Sunday
}
