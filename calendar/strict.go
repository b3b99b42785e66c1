package calendar

import (
	"errors"

	"github.com/daftar-go/daftar/internal/digits"
)

// This file holds the strict reader of year/month/day text that
// UnmarshalText and Scan use: stored data has one form, and anything else
// is an error rather than a guess.

// parseNumeric reads year, month and day separated by one of seps, the same
// separator both times, and nothing else.
func parseNumeric(s, seps string) (Date, error) {
	fail := func(offset int, err error) (Date, error) {
		return Date{}, &ParseError{Input: s, Offset: offset, Err: err}
	}
	y, n, i := digits.Number(s, 0, 5)
	switch {
	case n == 0:
		return fail(0, syntaxError("expected a four-digit year"))
	case n != 4:
		return fail(0, syntaxError("the year must have four digits"))
	case i == len(s) || !isSeparator(s[i], seps):
		return fail(i, syntaxError("expected "+separatorNames(seps)+" after the year"))
	}
	sep, monthAt := s[i], i+1
	m, n, j := digits.Number(s, monthAt, 3)
	switch {
	case n == 0:
		return fail(monthAt, syntaxError("expected a month number"))
	case n > 2:
		return fail(monthAt, syntaxError("the month has more than two digits"))
	case j == len(s) || s[j] != sep:
		return fail(j, syntaxError("expected "+quoteByte(sep)+" after the month"))
	}
	dayAt := j + 1
	day, n, k := digits.Number(s, dayAt, 3)
	switch {
	case n == 0:
		return fail(dayAt, syntaxError("expected a day number"))
	case n > 2:
		return fail(dayAt, syntaxError("the day has more than two digits"))
	case k != len(s):
		return fail(k, syntaxError("unexpected text after the day"))
	}
	d, err := New(y, Month(m), day)
	if err != nil {
		offset := dayAt
		if errors.Is(err, ErrOutOfRange) {
			offset = 0
		} else if m < 1 || m > 12 {
			offset = monthAt
		}
		return fail(offset, err)
	}
	return d, nil
}

func isSeparator(c byte, seps string) bool {
	for i := 0; i < len(seps); i++ {
		if seps[i] == c {
			return true
		}
	}
	return false
}

func separatorNames(seps string) string {
	s := ""
	for i := 0; i < len(seps); i++ {
		if i > 0 {
			s += " or "
		}
		s += quoteByte(seps[i])
	}
	return s
}

func quoteByte(c byte) string { return "'" + string(rune(c)) + "'" }
