package calendar

// Week returns the week of the year d falls in, counting Saturday-to-Friday
// weeks: week 1 is the week that contains 1 Farvardin (it may be short), and
// each Saturday starts a new week. Weeks do not cross Nowruz: the days of
// Esfand before it belong to the last week of the previous year. The result
// is from 1 to 54 (a leap year that starts on a Friday reaches 54), or 0
// for the zero Date.
func (d Date) Week() int {
	if d.ymd == 0 {
		return 0
	}
	yd := d.YearDay() - 1
	first := weekdayIndex(d.AddDays(-yd).Weekday())
	return (yd+first)/7 + 1
}

// StartOfWeek returns the Saturday on or before d. It returns the zero Date
// for the zero Date or when that Saturday is before 1 Farvardin MinYear.
func (d Date) StartOfWeek() Date {
	if d.ymd == 0 {
		return Date{}
	}
	return d.AddDays(-weekdayIndex(d.Weekday()))
}

// EndOfWeek returns the Friday on or after d. It returns the zero Date for
// the zero Date or when that Friday is after the last day of MaxYear.
func (d Date) EndOfWeek() Date {
	if d.ymd == 0 {
		return Date{}
	}
	return d.AddDays(6 - weekdayIndex(d.Weekday()))
}

// StartOfMonth returns the first day of d's month.
func (d Date) StartOfMonth() Date {
	if d.ymd == 0 {
		return Date{}
	}
	return pack(d.Year(), d.Month(), 1)
}

// EndOfMonth returns the last day of d's month: 1403/12/30 for any day of
// Esfand 1403, a leap year.
func (d Date) EndOfMonth() Date {
	if d.ymd == 0 {
		return Date{}
	}
	return pack(d.Year(), d.Month(), DaysIn(d.Year(), d.Month()))
}

// StartOfSeason returns the first day of d's season: 1 Farvardin, 1 Tir,
// 1 Mehr or 1 Dey.
func (d Date) StartOfSeason() Date {
	if d.ymd == 0 {
		return Date{}
	}
	return pack(d.Year(), d.Season().FirstMonth(), 1)
}

// EndOfSeason returns the last day of d's season: 31 Khordad, 31 Shahrivar,
// 30 Azar, or the last day of Esfand.
func (d Date) EndOfSeason() Date {
	if d.ymd == 0 {
		return Date{}
	}
	m := d.Season().FirstMonth() + 2
	return pack(d.Year(), m, DaysIn(d.Year(), m))
}

// StartOfYear returns 1 Farvardin of d's year.
func (d Date) StartOfYear() Date {
	if d.ymd == 0 {
		return Date{}
	}
	return pack(d.Year(), Farvardin, 1)
}

// EndOfYear returns the last day of d's year: 29 Esfand, or 30 Esfand in a
// leap year.
func (d Date) EndOfYear() Date {
	if d.ymd == 0 {
		return Date{}
	}
	return pack(d.Year(), Esfand, DaysIn(d.Year(), Esfand))
}
