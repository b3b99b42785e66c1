package calendar

import (
	"strconv"
	"time"
)

// A Match is one date mentioned in text, as FindAll and ParseMatch report
// it.
//
// Text that names only a month and year (آذرماه سال ۱۴۰۲) or only a year
// (سال ۱۴۰۲) gives a Match with that Precision whose Date is the first day
// of the period: the day is not invented, it is a position, as time.Parse
// gives day 1 for a layout without one.
type Match struct {
	// Date is the date mentioned, or the first day of the month or year
	// mentioned.
	Date Date

	// Start and End are the byte offsets of the mention in the text:
	// text[Start:End] is the mention, and Parse reads it back as Date.
	Start, End int

	// Precision says whether the text named a day, only a month, or only
	// a year.
	Precision Precision

	// Weekday is the day of the week the text states, if HasWeekday. It
	// may contradict Date (see WeekdayAgrees); the date's real weekday is
	// Date.Weekday().
	Weekday    time.Weekday
	HasWeekday bool

	// Clock is the time of day the text states next to the date, if
	// HasClock.
	Clock    Clock
	HasClock bool

	// Calendar is the calendar the text wrote the date in: Jalali, or a
	// lunar Hijri date (۱۰ محرم ۱۴۴۶) or Gregorian one (۲۰ مارس ۲۰۲۴)
	// that Date gives as the same day in the Jalali calendar.
	Calendar Calendar
}

// Calendar is a calendar a date may be written in.
type Calendar uint8

// The calendars of dates in Iranian text.
const (
	Jalali     Calendar = iota // the Solar Hijri calendar, the zero value
	LunarHijri                 // the lunar Hijri calendar as observed in Iran
	Gregorian
)

// String returns "Jalali", "LunarHijri" or "Gregorian".
func (c Calendar) String() string {
	switch c {
	case Jalali:
		return "Jalali"
	case LunarHijri:
		return "LunarHijri"
	case Gregorian:
		return "Gregorian"
	}
	return "%!Calendar(" + strconv.Itoa(int(c)) + ")"
}

// WeekdayAgrees reports whether the weekday the text states, if any, is the
// date's real weekday. It is true when no weekday is stated. A false result
// is worth a warning: one of the two is a typo.
func (m Match) WeekdayAgrees() bool {
	return !m.HasWeekday || m.Precision != PrecisionDay || m.Weekday == m.Date.Weekday()
}

// Time returns the instant the match names in loc (nil means Tehran()): the
// stated clock time on Date, or midnight if no time is stated.
func (m Match) Time(loc *time.Location) time.Time {
	t := m.Date.In(loc)
	if !m.HasClock {
		return t
	}
	y, mo, d := t.Date()
	return time.Date(y, mo, d, m.Clock.Hour, m.Clock.Minute, m.Clock.Second, 0, t.Location())
}

// Precision is how much of a date a text states.
type Precision uint8

const (
	// PrecisionDay: the text names a day (the zero value).
	PrecisionDay Precision = iota
	// PrecisionMonth: the text names a month and year but no day.
	PrecisionMonth
	// PrecisionYear: the text names only a year.
	PrecisionYear
)

// String returns "day", "month" or "year".
func (p Precision) String() string {
	switch p {
	case PrecisionDay:
		return "day"
	case PrecisionMonth:
		return "month"
	case PrecisionYear:
		return "year"
	}
	return "%!Precision(" + strconv.Itoa(int(p)) + ")"
}

// A Clock is a time of day as text states it, on the 24-hour clock: a time
// written with ب.ظ, عصر or pm is already moved to the afternoon.
type Clock struct {
	Hour, Minute, Second int
}

// String returns the time as "14:11", or "18:26:05" when it has seconds.
func (c Clock) String() string {
	b := make([]byte, 0, 8)
	b = append2(b, c.Hour)
	b = append(b, ':')
	b = append2(b, c.Minute)
	if c.Second != 0 {
		b = append(b, ':')
		b = append2(b, c.Second)
	}
	return string(b)
}

// append2 appends v with at least two digits.
func append2(b []byte, v int) []byte {
	if v >= 0 && v < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(v), 10)
}
