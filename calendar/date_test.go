package calendar

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewRejectsInvalidDates(t *testing.T) {
	for _, c := range []struct {
		y       int
		m       Month
		d       int
		want    error
		message string
	}{
		{1404, Esfand, 30, ErrInvalidDate, "calendar: 1404/12/30: day 30 is past the end of Esfand 1404 (29 days)"},
		{1403, Mehr, 31, ErrInvalidDate, "calendar: 1403/07/31: day 31 is past the end of Mehr 1403 (30 days)"},
		{1403, Farvardin, 32, ErrInvalidDate, "calendar: 1403/01/32: day 32 is past the end of Farvardin 1403 (31 days)"},
		{1403, 13, 1, ErrInvalidDate, "calendar: 1403/13/01: month 13 is not in 1-12"},
		{1403, 0, 1, ErrInvalidDate, "calendar: 1403/00/01: month 0 is not in 1-12"},
		{1403, -1, 1, ErrInvalidDate, "calendar: 1403/-1/01: month -1 is not in 1-12"},
		{1403, Tir, 0, ErrInvalidDate, "calendar: 1403/04/00: day 0 is not a day of the month"},
		{1403, Tir, -5, ErrInvalidDate, "calendar: 1403/04/-5: day -5 is not a day of the month"},
		{1502, Esfand, 30, ErrInvalidDate, "calendar: 1502/12/30: day 30 is past the end of Esfand 1502 (29 days)"},
		{1177, Esfand, 29, ErrOutOfRange, "calendar: 1177/12/29: year 1177 is outside the supported years 1178-3000"},
		{3001, Farvardin, 1, ErrOutOfRange, "calendar: 3001/01/01: year 3001 is outside the supported years 1178-3000"},
		{0, 0, 0, ErrOutOfRange, "calendar: 0/00/00: year 0 is outside the supported years 1178-3000"},
		{-1403, Farvardin, 1, ErrOutOfRange, "calendar: -1403/01/01: year -1403 is outside the supported years 1178-3000"},
	} {
		t.Run(c.message, func(t *testing.T) {
			d, err := New(c.y, c.m, c.d)
			require.Error(t, err)
			assert.True(t, d.IsZero(), "a failed New returns the zero Date")
			assert.ErrorIs(t, err, c.want)
			var de *DateError
			require.True(t, errors.As(err, &de))
			assert.Equal(t, DateError{c.y, c.m, c.d, c.want}, *de)
			assert.Equal(t, c.message, err.Error())
		})
	}
}

func TestNewAcceptsEdges(t *testing.T) {
	for _, c := range [][3]int{
		{1178, 1, 1}, {3000, 12, 30}, {1403, 12, 30}, {1503, 12, 30},
		{1404, 6, 31}, {1404, 7, 30}, {1404, 12, 29},
	} {
		d, err := New(c[0], Month(c[1]), c[2])
		require.NoError(t, err, "%v", c)
		assert.Equal(t, c, [3]int{d.Year(), int(d.Month()), d.Day()})
	}
}

func TestMustPanicsOnError(t *testing.T) {
	assert.Equal(t, Must(New(1403, Tir, 26)), Must(New(1403, Tir, 26)))
	assert.PanicsWithError(t, "calendar: 1404/12/30: day 30 is past the end of Esfand 1404 (29 days)", func() {
		Must(New(1404, Esfand, 30))
	})
}

func TestZeroDate(t *testing.T) {
	var z Date
	assert.True(t, z.IsZero())
	assert.Equal(t, [3]int{0, 0, 0}, [3]int{z.Year(), int(z.Month()), z.Day()})
	assert.Zero(t, z.YearDay())
	assert.Zero(t, z.Week())
	assert.Zero(t, z.Season())
	assert.Equal(t, "", z.String())
	assert.Equal(t, "", z.Format(Full|PersianDigits))
	assert.True(t, z.In(nil).IsZero())
	for name, got := range map[string]Date{
		"AddDays": z.AddDays(1), "AddMonths": z.AddMonths(1), "AddYears": z.AddYears(1),
		"StartOfWeek": z.StartOfWeek(), "EndOfWeek": z.EndOfWeek(),
		"StartOfMonth": z.StartOfMonth(), "EndOfMonth": z.EndOfMonth(),
		"StartOfSeason": z.StartOfSeason(), "EndOfSeason": z.EndOfSeason(),
		"StartOfYear": z.StartOfYear(), "EndOfYear": z.EndOfYear(),
	} {
		assert.True(t, got.IsZero(), name)
	}
	d := Must(New(MinYear, Farvardin, 1))
	assert.True(t, z.Before(d))
	assert.Equal(t, -1, z.Compare(d))
	assert.Zero(t, z.DaysSince(d))
	assert.Zero(t, d.DaysSince(z))
}

func TestCompare(t *testing.T) {
	a := Must(New(1403, Esfand, 30))
	b := Must(New(1404, Farvardin, 1))
	c := Must(New(1404, Farvardin, 2))
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, c.Compare(b))
	assert.Equal(t, 0, b.Compare(Must(New(1404, Farvardin, 1))))
	assert.True(t, a.Before(b) && !b.Before(a) && !b.Before(b))
	assert.True(t, c.After(b) && !b.After(c) && !b.After(b))
	assert.True(t, b == Must(New(1404, Farvardin, 1)), "dates are comparable with ==")
}

func TestTehranIsCached(t *testing.T) {
	loc := Tehran()
	require.NotNil(t, loc)
	assert.Equal(t, "Asia/Tehran", loc.String())
	assert.Same(t, loc, Tehran())
	// 2024-03-20 00:00 in Tehran is 2024-03-19 20:30 UTC (no DST since 2022).
	assert.Equal(t, time.Date(2024, 3, 19, 20, 30, 0, 0, time.UTC), Must(New(1403, Farvardin, 1)).In(nil).UTC())
}

func TestFromTimeUsesTheLocation(t *testing.T) {
	// 21:00 UTC on 2024-03-19 is already 00:30 on 2024-03-20, 1 Farvardin 1403, in Tehran.
	u := time.Date(2024, 3, 19, 21, 0, 0, 0, time.UTC)
	assert.Equal(t, Must(New(1402, Esfand, 29)), FromTime(u))
	assert.Equal(t, Must(New(1403, Farvardin, 1)), FromTime(u.In(Tehran())))
	assert.True(t, FromTime(time.Time{}).IsZero(), "year 1 is out of range")
	assert.True(t, FromTime(time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)).IsZero())
	assert.True(t, FromTime(time.Date(-5000, 1, 1, 0, 0, 0, 0, time.UTC)).IsZero())
}

func TestInHandlesSkippedMidnight(t *testing.T) {
	// In 33 years between 1357 and 1401 Tehran's clocks jumped from 00:00 to
	// 01:00 at the start of summer time; In must still land inside the day.
	loc := Tehran()
	for d := Must(New(1355, Farvardin, 1)); d.Year() < 1402; d = d.AddDays(1) {
		in := d.In(loc)
		require.Equal(t, d, FromTime(in), "%v", d)
		require.Less(t, in.Hour(), 2, "%v", d)
		require.True(t, d.AddDays(-1).In(loc).Before(in))
	}
}

func TestToday(t *testing.T) {
	before := FromTime(time.Now().In(Tehran()))
	got := Today(nil)
	after := FromTime(time.Now().In(Tehran()))
	assert.True(t, got == before || got == after)
	utc := Today(time.UTC)
	assert.LessOrEqual(t, abs(utc.DaysSince(got)), 1)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
