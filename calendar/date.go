package calendar

import "time"

// The supported Solar Hijri years: 1 Farvardin 1178 is 1799-03-21 and
// 30 Esfand 3000 (a leap year) is 3622-03-20 (Gregorian).
const (
	MinYear = 1178
	MaxYear = 3000
)

// A Date is a day of the Jalali calendar: a year, month and day with no time
// or location. Dates are values: compare them with == or Compare, copy them
// freely, and use them as map keys.
//
// The zero Date means "no date". IsZero reports it; its accessors return 0,
// it is before every other Date, it formats as "" and arithmetic on it
// returns it unchanged.
type Date struct {
	// ymd packs year<<9 | month<<5 | day, so the natural order of the
	// packed values is the order of the dates and zero is "no date".
	ymd uint32
}

func pack(y int, m Month, d int) Date {
	return Date{uint32(y)<<9 | uint32(m)<<5 | uint32(d)}
}

// New returns the date with the given year, month and day. It validates and
// never normalizes: New(1404, Esfand, 30) returns an error wrapping
// ErrInvalidDate because 1404 has a 29-day Esfand, and a year outside
// MinYear–MaxYear returns an error wrapping ErrOutOfRange. The error is a
// *DateError.
func New(year int, month Month, day int) (Date, error) {
	if year < MinYear || year > MaxYear {
		return Date{}, &DateError{year, month, day, ErrOutOfRange}
	}
	if month < Farvardin || month > Esfand || day < 1 || day > DaysIn(year, month) {
		return Date{}, &DateError{year, month, day, ErrInvalidDate}
	}
	return pack(year, month, day), nil
}

// Must returns d, or panics if err is not nil. It is meant for dates written
// in source code, such as package-level variables and tests:
//
//	var nowruz = calendar.Must(calendar.New(1404, calendar.Farvardin, 1))
func Must(d Date, err error) Date {
	if err != nil {
		panic(err)
	}
	return d
}

// Year returns the Solar Hijri year of d, or 0 for the zero Date.
func (d Date) Year() int { return int(d.ymd >> 9) }

// Month returns the month of d, or 0 for the zero Date.
func (d Date) Month() Month { return Month(d.ymd >> 5 & 0xf) }

// Day returns the day of the month of d, from 1 to 31, or 0 for the zero Date.
func (d Date) Day() int { return int(d.ymd & 0x1f) }

// Date returns the year, month and day of d.
func (d Date) Date() (year int, month Month, day int) {
	return d.Year(), d.Month(), d.Day()
}

// YearDay returns the day of the year of d, from 1 (1 Farvardin) to 365, or
// 366 on 30 Esfand of a leap year. It returns 0 for the zero Date.
func (d Date) YearDay() int {
	if d.ymd == 0 {
		return 0
	}
	return monthStart(d.Month()) + d.Day()
}

// Weekday returns the day of the week of d. The Iranian week starts on
// Saturday and Friday is the weekend; see StartOfWeek and WeekdayName.
// The zero Date returns time.Sunday, which means nothing.
func (d Date) Weekday() time.Weekday {
	if d.ymd == 0 {
		return time.Sunday
	}
	// 1970-01-01 was a Thursday.
	return time.Weekday(floorMod(d.epochDay()+int(time.Thursday), 7))
}

// IsZero reports whether d is the zero Date, which means "no date".
func (d Date) IsZero() bool { return d.ymd == 0 }

// Compare returns -1 if d is before u, 0 if they are the same day and +1 if
// d is after u. The zero Date is before every other date.
func (d Date) Compare(u Date) int {
	switch {
	case d.ymd < u.ymd:
		return -1
	case d.ymd > u.ymd:
		return 1
	}
	return 0
}

// Before reports whether d is before u.
func (d Date) Before(u Date) bool { return d.ymd < u.ymd }

// After reports whether d is after u.
func (d Date) After(u Date) bool { return d.ymd > u.ymd }
