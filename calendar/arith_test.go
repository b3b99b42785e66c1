package calendar

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func mustParse(t testing.TB, s string) Date {
	t.Helper()
	d, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return d
}

func TestAddMonthsClamps(t *testing.T) {
	for _, c := range []struct {
		from string
		n    int
		want string
	}{
		{"1403/06/31", 1, "1403/07/30"},
		{"1403/06/31", 6, "1403/12/30"}, // 1403 is leap
		{"1404/06/31", 6, "1404/12/29"},
		{"1403/06/31", 7, "1404/01/31"},
		{"1403/06/31", -1, "1403/05/31"},
		{"1403/07/30", -1, "1403/06/30"},
		{"1403/01/31", -1, "1402/12/29"},
		{"1404/01/31", -1, "1403/12/30"},
		{"1403/12/30", 12, "1404/12/29"},
		{"1403/12/30", -12, "1402/12/29"},
		{"1403/12/30", 60, "1408/12/30"},
		{"1403/01/15", 0, "1403/01/15"},
		{"1403/01/15", 13, "1404/02/15"},
		{"1403/01/15", -13, "1401/12/15"},
		{"1403/01/15", -15, "1401/10/15"},
		{"1178/01/01", 12*1822 + 11, "3000/12/01"},
	} {
		got := mustParse(t, c.from).AddMonths(c.n)
		assert.Equal(t, c.want, got.String(), "%s %+d months", c.from, c.n)
	}
}

func TestAddYearsClamps(t *testing.T) {
	for _, c := range []struct {
		from string
		n    int
		want string
	}{
		{"1403/12/30", 1, "1404/12/29"},
		{"1403/12/30", 5, "1408/12/30"},
		{"1403/12/30", -4, "1399/12/30"},
		{"1403/12/30", -1, "1402/12/29"},
		{"1501/12/29", 1, "1502/12/29"},
		{"1503/12/30", -1, "1502/12/29"},
		{"1403/06/31", 1, "1404/06/31"},
	} {
		got := mustParse(t, c.from).AddYears(c.n)
		assert.Equal(t, c.want, got.String(), "%s %+d years", c.from, c.n)
	}
}

func TestArithmeticLeavingTheRangeGivesZero(t *testing.T) {
	first := Must(New(MinYear, Farvardin, 1))
	last := Must(New(MaxYear, Esfand, 30))
	assert.True(t, first.AddDays(-1).IsZero())
	assert.True(t, last.AddDays(1).IsZero())
	assert.True(t, first.AddMonths(-1).IsZero())
	assert.True(t, last.AddMonths(1).IsZero())
	assert.True(t, first.AddYears(-1).IsZero())
	assert.True(t, last.AddYears(1).IsZero())
	for _, n := range []int{1 << 62, -1 << 62, maxSpan + 1, -maxSpan - 1, int(^uint(0) >> 1), -int(^uint(0)>>1) - 1} {
		assert.True(t, first.AddDays(n).IsZero(), "AddDays(%d)", n)
		assert.True(t, first.AddMonths(n).IsZero(), "AddMonths(%d)", n)
		assert.True(t, first.AddYears(n).IsZero(), "AddYears(%d)", n)
	}
	assert.Equal(t, last, first.AddDays(last.DaysSince(first)))
}

func TestAddDaysAndDaysSince(t *testing.T) {
	// ptime's AddDate(0,0,61) from 1402/01/01 gives 1402/03/01; the right answer:
	assert.Equal(t, "1402/02/31", mustParse(t, "1402/01/01").AddDays(61).String())
	assert.Equal(t, "1404/01/01", mustParse(t, "1403/12/30").AddDays(1).String())
	assert.Equal(t, "1403/12/30", mustParse(t, "1404/01/01").AddDays(-1).String())
	assert.Equal(t, 366, mustParse(t, "1404/01/01").DaysSince(mustParse(t, "1403/01/01")))
	assert.Equal(t, -365, mustParse(t, "1404/01/01").DaysSince(mustParse(t, "1405/01/01")))
}
