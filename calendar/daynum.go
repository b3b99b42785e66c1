package calendar

// Day numbers count days since 1970-01-01 (Gregorian), the Unix epoch, so
// they convert to and from time.Time cheaply. The table nowruzDays holds the
// day number of every 1 Farvardin in range, and firstDay and lastDay bound it.

// epochDay returns the day number of d, which must not be the zero Date.
func (d Date) epochDay() int {
	return int(nowruzDays[d.Year()-MinYear]) + monthStart(d.Month()) + d.Day() - 1
}

// fromEpochDay returns the date of day number n, or the zero Date when n is
// outside the supported years.
func fromEpochDay(n int) Date {
	if n < firstDay || n >= lastDay {
		return Date{}
	}
	// The mean Jalali year is 12053/33 days; the estimate is at most one year
	// off, so one correction suffices (checked for every day by the tests).
	off := uint(n - firstDay)
	i := off * 33 / 12053
	if n < int(nowruzDays[i]) {
		i--
	} else if n >= int(nowruzDays[i+1]) {
		i++
	}
	yd := uint(n-int(nowruzDays[i])) % uint(len(yearDayMonthDay))
	return Date{uint32(i+MinYear)<<9 | uint32(yearDayMonthDay[yd])}
}

// floorMod returns a mod b in [0, b) for b > 0.
func floorMod(a, b int) int {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}
