package calendar

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"time"
)

// Value implements driver.Valuer. It hands the driver the Gregorian day of d
// as a time.Time at midnight UTC, so a DATE column stores the true day and
// SQL date arithmetic works on it. (The text 1403/01/15 in a DATE column would
// be read as the Gregorian year 1403.) The zero Date is stored as NULL.
func (d Date) Value() (driver.Value, error) {
	if d.ymd == 0 {
		return nil, nil
	}
	return time.Unix(int64(d.epochDay())*secondsPerDay, 0).UTC(), nil
}

// Scan implements sql.Scanner. It accepts
//   - NULL and empty text: the zero Date, as MarshalText writes it;
//   - a time.Time, as drivers return DATE columns: its civil date in its own
//     location;
//   - Jalali text with slashes, 1403/01/15, as UnmarshalText reads it;
//   - Gregorian ISO text, 2024-03-20, optionally followed by a time as
//     drivers render DATETIME columns (2024-03-20 10:30:00 or RFC 3339), of
//     which the date as written is kept.
//
// Anything else is a *ScanError, and d is then unchanged.
func (d *Date) Scan(src any) error {
	var v Date
	var err error
	switch src := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case time.Time:
		if v = FromTime(src); v.IsZero() {
			err = rangeError("the day of " + src.String())
		}
	case string:
		v, err = scanText(src)
	case []byte:
		v, err = scanText(string(src))
	default:
		err = fmt.Errorf("%w: want time.Time, string or []byte, not %T", errors.ErrUnsupported, src)
	}
	if err != nil {
		return &ScanError{Value: src, Err: err}
	}
	*d = v
	return nil
}

// scanText reads Jalali text with slashes or a Gregorian ISO date.
func scanText(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return parseNumeric(s, "/")
		}
	}
	var t time.Time
	var err error
	switch {
	case len(s) == len(time.DateOnly):
		t, err = time.Parse(time.DateOnly, s)
	case len(s) == len(time.DateTime):
		t, err = time.Parse(time.DateTime, s)
	default:
		t, err = time.Parse(time.RFC3339Nano, s)
	}
	if err != nil {
		return Date{}, &ParseError{Input: s, Err: syntaxError("neither Jalali yyyy/mm/dd nor Gregorian yyyy-mm-dd")}
	}
	if d := FromTime(t); !d.IsZero() {
		return d, nil
	}
	return Date{}, &ParseError{Input: s, Err: rangeError("read as the Gregorian date " + t.Format(time.DateOnly) +
		" (Jalali dates are written with slashes)")}
}

// ScanError reports a database value Date.Scan could not read. Err wraps a
// *ParseError for text, ErrOutOfRange for a time outside the supported years,
// or errors.ErrUnsupported for a value of another type.
type ScanError struct {
	Value any
	Err   error
}

// Error names the value's type and says why it was rejected.
func (e *ScanError) Error() string {
	return string(appendCause(fmt.Appendf([]byte(prefix), "scanning %T into Date: ", e.Value), e.Err))
}

// Unwrap returns the underlying error.
func (e *ScanError) Unwrap() error { return e.Err }
