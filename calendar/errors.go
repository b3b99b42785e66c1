package calendar

import (
	"errors"
	"strconv"
)

// Sentinel errors wrapped by the typed errors of this package; test for them
// with errors.Is.
var (
	// ErrInvalidDate reports a month or day that does not exist in the Jalali
	// calendar, such as 1404/12/30 (1404 is not a leap year) or 1403/07/31.
	ErrInvalidDate = errors.New("invalid Jalali date")

	// ErrOutOfRange reports a year, or an instant, outside MinYear–MaxYear.
	ErrOutOfRange = errors.New("outside the supported years 1178-3000")

	// ErrSyntax reports text that is not a date at all.
	ErrSyntax = errors.New("malformed date")
)

// DateError reports a year, month and day that do not form a supported Date.
// Err is ErrInvalidDate or ErrOutOfRange.
type DateError struct {
	Year  int
	Month Month
	Day   int
	Err   error
}

// Error says which field is wrong and why, for example
// "calendar: 1404/12/30: day 30 is past the end of Esfand 1404 (29 days)".
func (e *DateError) Error() string {
	b := make([]byte, 0, 96)
	b = append(b, "calendar: "...)
	b = appendLoose(b, e.Year, e.Month, e.Day)
	b = append(b, ": "...)
	switch {
	case e.Year < MinYear || e.Year > MaxYear:
		b = append(b, "year "...)
		b = strconv.AppendInt(b, int64(e.Year), 10)
		b = append(b, " is outside the supported years 1178-3000"...)
	case e.Month < Farvardin || e.Month > Esfand:
		b = append(b, "month "...)
		b = strconv.AppendInt(b, int64(e.Month), 10)
		b = append(b, " is not in 1-12"...)
	default:
		n := DaysIn(e.Year, e.Month)
		b = append(b, "day "...)
		b = strconv.AppendInt(b, int64(e.Day), 10)
		if e.Day < 1 {
			b = append(b, " is not a day of the month"...)
		} else {
			b = append(b, " is past the end of "...)
			b = append(b, e.Month.English()...)
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(e.Year), 10)
			b = append(b, " ("...)
			b = strconv.AppendInt(b, int64(n), 10)
			b = append(b, " days)"...)
		}
	}
	return string(b)
}

// Unwrap returns ErrInvalidDate or ErrOutOfRange.
func (e *DateError) Unwrap() error { return e.Err }

// appendLoose writes y/m/d with at least two digits per month and day, for
// values that need not form a valid date.
func appendLoose(b []byte, y int, m Month, d int) []byte {
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, '/')
	if m >= 0 && m < 10 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(m), 10)
	b = append(b, '/')
	if d >= 0 && d < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(d), 10)
}

// ParseError reports text that could not be read as a date. Offset is the
// byte offset in Input where the problem starts; Err wraps ErrSyntax,
// ErrInvalidDate or ErrOutOfRange (through a *DateError for the latter two).
type ParseError struct {
	Input  string
	Offset int
	Err    error
}

// Error quotes the input and says where and what went wrong, for example
// `calendar: parsing "1403/13/01" at byte 5: calendar: 1403/13/01: month 13 is not in 1-12`.
func (e *ParseError) Error() string {
	b := make([]byte, 0, 64+len(e.Input))
	b = append(b, "calendar: parsing "...)
	b = strconv.AppendQuote(b, e.Input)
	b = append(b, " at byte "...)
	b = strconv.AppendInt(b, int64(e.Offset), 10)
	b = append(b, ": "...)
	if e.Err != nil {
		b = append(b, e.Err.Error()...)
	}
	return string(b)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// syntaxError is a ParseError cause that describes what was expected.
type syntaxError string

func (e syntaxError) Error() string { return ErrSyntax.Error() + ": " + string(e) }

func (e syntaxError) Unwrap() error { return ErrSyntax }
