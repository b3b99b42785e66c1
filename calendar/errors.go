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
	return string(e.appendDetail(append(make([]byte, 0, 96), prefix...)))
}

// appendDetail appends the message without the package prefix.
func (e *DateError) appendDetail(b []byte) []byte {
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
	return b
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
// `calendar: parsing "1403/13/01" at byte 5 ("13"): 1403/13/01: month 13 is not in 1-12`.
func (e *ParseError) Error() string {
	return string(e.appendDetail(append(make([]byte, 0, 64+len(e.Input)), prefix...)))
}

func (e *ParseError) appendDetail(b []byte) []byte {
	b = append(b, "parsing "...)
	b = strconv.AppendQuote(b, e.Input)
	b = append(b, " at byte "...)
	b = strconv.AppendInt(b, int64(e.Offset), 10)
	if part := e.Part(); part != "" {
		b = append(b, " ("...)
		b = strconv.AppendQuote(b, part)
		b = append(b, ')')
	}
	b = append(b, ": "...)
	return appendCause(b, e.Err)
}

// Part returns the part of Input that is wrong: the number, word or mark
// that starts at Offset, such as "32" in "32 مهر 1402", or "" at the end of
// the input.
func (e *ParseError) Part() string {
	if e.Offset < 0 || e.Offset >= len(e.Input) {
		return ""
	}
	t := lex(e.Input, e.Offset)
	if t.kind == kEOF || t.kind == kSpace || t.kind == kBreak {
		return ""
	}
	return e.Input[t.start:t.end]
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// prefix starts every message of this package; an error nested in another
// of the package's errors is written without it.
const prefix = "calendar: "

// detailer is implemented by the package's errors: appendDetail writes the
// message without the prefix.
type detailer interface{ appendDetail([]byte) []byte }

// appendCause appends err's message, without the prefix if it is one of the
// package's own errors.
func appendCause(b []byte, err error) []byte {
	switch err := err.(type) {
	case nil:
		return b
	case detailer:
		return err.appendDetail(b)
	}
	return append(b, err.Error()...)
}

// syntaxError is a ParseError cause that says what was expected; it wraps
// ErrSyntax.
type syntaxError string

func (e syntaxError) Error() string { return prefix + string(e.appendDetail(nil)) }

func (e syntaxError) appendDetail(b []byte) []byte {
	return append(append(append(b, ErrSyntax.Error()...), ": "...), e...)
}

func (e syntaxError) Unwrap() error { return ErrSyntax }

// rangeError is a cause that explains why a value is out of range; it wraps
// ErrOutOfRange.
type rangeError string

func (e rangeError) Error() string { return prefix + string(e.appendDetail(nil)) }

func (e rangeError) appendDetail(b []byte) []byte {
	return append(append(append(b, e...), ": "...), ErrOutOfRange.Error()...)
}

func (e rangeError) Unwrap() error { return ErrOutOfRange }

// invalidError is a cause that says why a lunar or Gregorian date does not
// exist; it wraps ErrInvalidDate.
type invalidError string

func (e invalidError) Error() string { return prefix + string(e.appendDetail(nil)) }

func (e invalidError) appendDetail(b []byte) []byte {
	return append(append(append(b, ErrInvalidDate.Error()...), ": "...), e...)
}

func (e invalidError) Unwrap() error { return ErrInvalidDate }
