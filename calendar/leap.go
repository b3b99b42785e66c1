package calendar

// IsLeap reports whether year has 366 days (a 30-day Esfand) in the
// astronomical Iranian calendar. For 1178–1501 this is the 33-year rule
// (25*year+11) mod 33 < 8, which reproduces the official table of 1206–1498;
// from 1502 it includes the corrections that keep Nowruz on the day of the
// vernal equinox (1502 is common and 1503 leap, for example). IsLeap returns
// false for a year outside MinYear–MaxYear.
func IsLeap(year int) bool {
	return yearLength(year) == 366
}

// DaysIn returns the number of days in month m of year: 31, 30, 29, or 30 for
// Esfand of a leap year. It returns 0 for a month outside 1–12 or a year
// outside MinYear–MaxYear.
func DaysIn(year int, m Month) int {
	switch {
	case year < MinYear || year > MaxYear || m < Farvardin || m > Esfand:
		return 0
	case m <= Shahrivar:
		return 31
	case m < Esfand:
		return 30
	}
	return yearLength(year) - 336
}

// yearLength returns 365 or 366 for a supported year and 0 otherwise.
func yearLength(year int) int {
	i := uint(year - MinYear)
	if i > MaxYear-MinYear {
		return 0
	}
	return int(nowruzDays[i+1] - nowruzDays[i])
}
