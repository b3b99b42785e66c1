package calendar

// maxSpan bounds the arguments of the arithmetic methods: it is more than the
// number of days in the supported range, so any larger step leaves the range,
// and small enough that no intermediate value overflows.
const maxSpan = 1 << 20

// AddDays returns the date n days after d (before it for negative n). It
// returns the zero Date if d is zero or the result is outside
// MinYear–MaxYear.
func (d Date) AddDays(n int) Date {
	if d.ymd == 0 || n > maxSpan || n < -maxSpan {
		return Date{}
	}
	return fromEpochDay(d.epochDay() + n)
}

// AddMonths returns the date n calendar months after d (before it for
// negative n), keeping the day of the month when the target month has it and
// clamping to the month's last day when it does not: 1403/06/31 plus one
// month is 1403/07/30, and 1403/12/30 minus twelve months is 1402/12/29. It
// returns the zero Date if d is zero or the result is outside MinYear–MaxYear.
//
// Clamping does not chain: adding one month twice may differ from adding two
// months once. To step a series of dates, add k months to the same start.
func (d Date) AddMonths(n int) Date {
	if d.ymd == 0 || n > maxSpan || n < -maxSpan {
		return Date{}
	}
	months := d.Year()*12 + int(d.Month()) - 1 + n
	y, m := months/12, Month(months%12+1)
	if y < MinYear || y > MaxYear {
		return Date{}
	}
	day := d.Day()
	if day > 29 {
		if last := DaysIn(y, m); day > last {
			day = last
		}
	}
	return pack(y, m, day)
}

// AddYears returns the date n years after d (before it for negative n),
// clamping 30 Esfand to 29 Esfand when the target year is not leap:
// 1403/12/30 plus one year is 1404/12/29. It returns the zero Date if d is
// zero or the result is outside MinYear–MaxYear.
func (d Date) AddYears(n int) Date {
	if n > maxSpan || n < -maxSpan {
		return Date{}
	}
	return d.AddMonths(12 * n)
}

// DaysSince returns the number of days from u to d: positive when d is after
// u, so that u.AddDays(d.DaysSince(u)) == d.
// It returns 0 if either date is zero.
func (d Date) DaysSince(u Date) int {
	if d.ymd == 0 || u.ymd == 0 {
		return 0
	}
	return d.epochDay() - u.epochDay()
}
