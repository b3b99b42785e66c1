package calendar

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseAcceptsNumericForms(t *testing.T) {
	want := Must(New(1403, Farvardin, 5))
	for _, s := range []string{
		"1403/01/05", "1403/1/5", "1403-01-05", "1403-1-05",
		"۱۴۰۳/۰۱/۰۵", "۱۴۰۳-۰۱-۰۵", "١٤٠٣/٠١/٠٥", "۱4٠3/0۱/٥",
		"1403.01.05", "۱۴۰۳٫۰۱٫۰۵", " 1403/01/05\t", "\u200f1403/01/05\u200e",
	} {
		got, err := Parse(s)
		if assert.NoError(t, err, s) {
			assert.Equal(t, want, got, s)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, c := range []struct {
		in     string
		offset int
		want   error
		detail string
	}{
		{"", 0, ErrSyntax, "expected a date"},
		{"abc", 0, ErrSyntax, "expected a date"},
		{"403/01/15", 0, ErrSyntax, "a numeric date needs a four-digit year first or last"},
		{"14030/01/15", 0, ErrSyntax, "a numeric date needs a four-digit year first or last"},
		{"1403", 4, ErrSyntax, "expected a month and day, or an era such as ه.ش, after the year"},
		{"1403/", 5, ErrSyntax, "expected the month number"},
		{"1403/001/15", 5, ErrSyntax, "the month has more than two digits"},
		{"1403/01-15", 7, ErrSyntax, "expected the same separator after the month"},
		{"1403/01", 7, ErrSyntax, "expected the same separator after the month"},
		{"1403/01/", 8, ErrSyntax, "expected the day or the year"},
		{"1403/01/150", 8, ErrSyntax, "the day has more than two digits"},
		{"150/01/1403", 0, ErrSyntax, "the day has more than two digits"},
		{"۱۴۰۳/۰۱/۱۵x", 18, ErrSyntax, "unexpected text after the date"},
		{"1403/01/15 1403/01/16", 11, ErrSyntax, "unexpected text after the date"},
		{"1404/12/30", 8, ErrInvalidDate, "day 30 is past the end of Esfand 1404 (29 days)"},
		{"1403/07/31", 8, ErrInvalidDate, "day 31 is past the end of Mehr 1403 (30 days)"},
		{"1403/13/01", 5, ErrInvalidDate, "month 13 is not in 1-12"},
		{"1403/00/01", 5, ErrInvalidDate, "month 0 is not in 1-12"},
		{"1403/01/00", 8, ErrInvalidDate, "day 0 is not a day of the month"},
		{"۱۴۰۳/۰۱/۰۰", 14, ErrInvalidDate, "day 0 is not a day of the month"},
		{"1177/12/29", 0, ErrOutOfRange, "year 1177 is outside the supported years 1178-3000"},
		{"3001/01/01", 0, ErrOutOfRange, "year 3001 is outside the supported years 1178-3000"},
	} {
		checkRejected(t, c.in, c.offset, c.want, c.detail)
	}
}

func TestParseRoundTripsEveryYearEnd(t *testing.T) {
	for y := MinYear; y <= MaxYear; y++ {
		for _, d := range []Date{Must(New(y, Farvardin, 1)), Must(New(y, Esfand, DaysIn(y, Esfand)))} {
			got, err := Parse(d.String())
			require.NoError(t, err)
			require.Equal(t, d, got)
			got, err = Parse(d.Format(Numeric | PersianDigits))
			require.NoError(t, err)
			require.Equal(t, d, got)
		}
	}
}

func TestTextRoundTrip(t *testing.T) {
	for _, c := range []struct {
		d    Date
		text string
	}{
		{Must(New(1403, Farvardin, 15)), "1403/01/15"},
		{Must(New(1178, Farvardin, 1)), "1178/01/01"},
		{Must(New(3000, Esfand, 30)), "3000/12/30"},
		{Date{}, ""},
	} {
		b, err := c.d.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, c.text, string(b))
		assert.Equal(t, c.text, c.d.String())
		b, err = c.d.AppendText([]byte("x="))
		require.NoError(t, err)
		assert.Equal(t, "x="+c.text, string(b))

		got := Must(New(1400, Tir, 1))
		require.NoError(t, got.UnmarshalText([]byte(c.text)))
		assert.Equal(t, c.d, got)
	}
}

func TestUnmarshalTextRejectsDashesAndKeepsValue(t *testing.T) {
	d := Must(New(1400, Tir, 1))
	for _, s := range []string{"1403-01-15", "2024-03-20", "1404/12/30", "not a date", "1403/01/15\n"} {
		err := d.UnmarshalText([]byte(s))
		var pe *ParseError
		require.True(t, errors.As(err, &pe), "%q: %v", s, err)
		assert.Equal(t, s, pe.Input)
		assert.Equal(t, Must(New(1400, Tir, 1)), d, "unchanged after %q", s)
	}
	require.NoError(t, d.UnmarshalText([]byte("۱۴۰۳/۱/۵")))
	assert.Equal(t, "1403/01/05", d.String())
}

func TestJSON(t *testing.T) {
	type meeting struct {
		Held Date `json:"held"`
		Next Date `json:"next,omitzero"`
	}
	m := meeting{Held: Must(New(1395, Ordibehesht, 14))}
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"held":"1395/02/14"}`, string(b))

	var back meeting
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, m, back)

	err = json.Unmarshal([]byte(`{"held":"1395/02/32"}`), &back)
	assert.ErrorIs(t, err, ErrInvalidDate)
	require.NoError(t, json.Unmarshal([]byte(`{"held":null,"next":""}`), &back))
	assert.Equal(t, m, back, "null leaves the value alone and \"\" is the zero Date")
}
