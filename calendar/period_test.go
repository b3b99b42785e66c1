package calendar

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPeriods(t *testing.T) {
	d := mustParse(t, "1403/12/12") // a Sunday in leap 1403
	require.Equal(t, time.Sunday, d.Weekday())
	for _, c := range []struct {
		name string
		got  Date
		want string
	}{
		{"StartOfWeek", d.StartOfWeek(), "1403/12/11"},
		{"EndOfWeek", d.EndOfWeek(), "1403/12/17"},
		{"StartOfMonth", d.StartOfMonth(), "1403/12/01"},
		{"EndOfMonth", d.EndOfMonth(), "1403/12/30"},
		{"StartOfSeason", d.StartOfSeason(), "1403/10/01"},
		{"EndOfSeason", d.EndOfSeason(), "1403/12/30"},
		{"StartOfYear", d.StartOfYear(), "1403/01/01"},
		{"EndOfYear", d.EndOfYear(), "1403/12/30"},
		{"EndOfMonth common", mustParse(t, "1404/12/05").EndOfMonth(), "1404/12/29"},
		{"EndOfSeason spring", mustParse(t, "1404/02/05").EndOfSeason(), "1404/03/31"},
		{"EndOfSeason summer", mustParse(t, "1404/04/05").EndOfSeason(), "1404/06/31"},
		{"EndOfSeason autumn", mustParse(t, "1404/09/30").EndOfSeason(), "1404/09/30"},
		{"StartOfSeason autumn", mustParse(t, "1404/09/30").StartOfSeason(), "1404/07/01"},
		{"StartOfWeek of a Saturday", mustParse(t, "1403/12/11").StartOfWeek(), "1403/12/11"},
		{"EndOfWeek of a Friday", mustParse(t, "1403/12/17").EndOfWeek(), "1403/12/17"},
		{"StartOfWeek across Nowruz", mustParse(t, "1404/01/01").StartOfWeek(), "1403/12/25"},
	} {
		assert.Equal(t, c.want, c.got.String(), c.name)
	}
}

func TestWeeksStartOnSaturday(t *testing.T) {
	for d := Must(New(1390, Farvardin, 1)); d.Year() < 1420; d = d.AddDays(1) {
		s := d.StartOfWeek()
		require.Equal(t, time.Saturday, s.Weekday(), "%v", d)
		require.Equal(t, time.Friday, d.EndOfWeek().Weekday(), "%v", d)
		require.True(t, !s.After(d) && d.DaysSince(s) < 7, "%v", d)
		// Week numbers rise by one on each Saturday and restart at Nowruz.
		prev := d.AddDays(-1)
		switch {
		case d.YearDay() == 1:
			require.Equal(t, 1, d.Week(), "%v", d)
		case d.Weekday() == time.Saturday:
			require.Equal(t, prev.Week()+1, d.Week(), "%v", d)
		default:
			require.Equal(t, prev.Week(), d.Week(), "%v", d)
		}
		require.LessOrEqual(t, d.Week(), 54)
	}
	// 1403/01/01 was a Wednesday: week 1 is Wed-Fri, and Saturday starts week 2.
	assert.Equal(t, 1, mustParse(t, "1403/01/03").Week())
	assert.Equal(t, 2, mustParse(t, "1403/01/04").Week())
}

func TestPeriodsAtTheRangeEdges(t *testing.T) {
	first := Must(New(MinYear, Farvardin, 1))
	last := Must(New(MaxYear, Esfand, 30))
	if first.Weekday() != time.Saturday {
		assert.True(t, first.StartOfWeek().IsZero())
	}
	if last.Weekday() != time.Friday {
		assert.True(t, last.EndOfWeek().IsZero())
	}
	assert.Equal(t, first, last.StartOfYear().AddYears(MinYear-MaxYear))
}
