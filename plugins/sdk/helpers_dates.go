package sdk

// AddMonthsClamped adds calendar months the way Chinese legal periods count them (民法典第二百零二条):
// a period of months ends on the corresponding day of the later month, or on that month's last
// day when it has no such day. 2021-01-31 plus one month is 2021-02-28, not 2021-03-03 as
// AddDate would give. Used for deadlines such as "签订后的1个月内".
func (d Date) AddMonthsClamped(months int) Date {
	first := NewDate(d.Year, d.Month, 1).AddDate(0, months, 0)
	last := first.AddDate(0, 1, -1)
	day := d.Day
	if day > last.Day {
		day = last.Day
	}
	return Date{Year: first.Year, Month: first.Month, Day: day}
}

// MonthsThrough counts the months of the period from d through last (both inclusive), a
// started month counting whole, and at least 1: 2024-03-01..2025-02-28 is 12 months,
// 2024-03-01..2025-03-01 is 13. It is how a stored project's service period becomes
// ProjectSpec.Months.
func (d Date) MonthsThrough(last Date) int {
	end := last.AddDate(0, 0, 1) // exclusive
	months := (end.Year-d.Year)*12 + int(end.Month) - int(d.Month)
	if d.AddDate(0, months, 0).Before(end) {
		months++
	}
	return max(months, 1)
}
