package sdk

import (
	"errors"
	"time"
)

// Date is a calendar day with no time of day and no zone. Policy documents speak in days
// ("自2020年11月12日起实施"), so rules never see clock times or time zones.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateLayout is the wire and text form of a Date: "2024-05-01".
const DateLayout = "2006-01-02"

// NewDate returns the given day, normalising overflow the way time.Date does.
func NewDate(year int, month time.Month, day int) Date {
	return DateOf(time.Date(year, month, day, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// ParseDate parses "2006-01-02".
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return Date{}, errors.New("parse date: want YYYY-MM-DD")
	}
	return DateOf(t), nil
}

// MustDate is ParseDate for constants in code and tests; it panics on a malformed date.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Time returns midnight UTC of the day.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// IsZero reports whether d is the zero Date (unset).
func (d Date) IsZero() bool { return d == Date{} }

// String formats as "2006-01-02"; the zero Date formats as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format(DateLayout)
}

// Compare returns -1, 0 or +1.
func (d Date) Compare(o Date) int { return d.Time().Compare(o.Time()) }

// Before reports whether d is strictly before o.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// After reports whether d is strictly after o.
func (d Date) After(o Date) bool { return d.Compare(o) > 0 }

// AddDate adds years, months and days like time.Time.AddDate.
func (d Date) AddDate(years, months, days int) Date {
	return DateOf(d.Time().AddDate(years, months, days))
}

// AgeOn returns the age in whole years of someone born on d, on the day on.
// A person born on 29 Feb turns a year older on 1 Mar in common years.
func (d Date) AgeOn(on Date) int {
	age := on.Year - d.Year
	if on.Month < d.Month || (on.Month == d.Month && on.Day < d.Day) {
		age--
	}
	return age
}

// Validity is the window in which a document, rule or parameter is in force, both ends
// inclusive. A zero To means open-ended (the document states no end).
type Validity struct {
	From Date
	To   Date
}

// Contains reports whether day falls inside the window.
func (v Validity) Contains(day Date) bool {
	if !v.From.IsZero() && day.Before(v.From) {
		return false
	}
	if !v.To.IsZero() && day.After(v.To) {
		return false
	}
	return true
}

// String formats as "2020-11-12..2025-11-11" ("2018-01-01.." when open-ended).
func (v Validity) String() string { return v.From.String() + ".." + v.To.String() }
