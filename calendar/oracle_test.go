package calendar

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The oracle in this file is built without the generated table: it reads the
// correction list (from ../shared/data when present, else the repository's
// copy), applies the 33-year rule, and walks Gregorian days with the time
// package from the anchor 1 Farvardin 1403 = 2024-03-20.

func readCorrectionYears(t *testing.T) map[int]bool {
	t.Helper()
	path := "../../shared/data/leap-corrections.txt"
	if _, err := os.Stat(path); err != nil {
		path = "data/leap-corrections.txt"
	}
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	years := map[int]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		y, err := strconv.Atoi(line)
		require.NoError(t, err, "line %q of %s", line, path)
		years[y] = true
	}
	require.NoError(t, sc.Err())
	require.Len(t, years, 78, "the correction list of %s", path)
	return years
}

func oracleLeap(corrections map[int]bool) func(int) bool {
	return func(y int) bool {
		rule := func(y int) bool { return (25*y+11)%33 < 8 }
		switch {
		case corrections[y]:
			return false
		case corrections[y-1]:
			return true
		}
		return rule(y)
	}
}

type oracleDay struct {
	y     int
	m     Month
	d     int
	greg  time.Time // midnight UTC of the same day
	yday  int
	jweek int // 0 = Saturday
}

// oracleDays lists every day from 1178/01/01 to 3000/12/29 or /30.
func oracleDays(t *testing.T) []oracleDay {
	t.Helper()
	leap := oracleLeap(readCorrectionYears(t))
	monthLen := func(y int, m Month) int {
		switch {
		case m <= 6:
			return 31
		case m <= 11:
			return 30
		case leap(y):
			return 30
		}
		return 29
	}
	// Find the Gregorian date of 1178/01/01 by walking back whole years.
	start := time.Date(2024, time.March, 20, 0, 0, 0, 0, time.UTC)
	for y := 1402; y >= MinYear; y-- {
		n := 365
		if leap(y) {
			n = 366
		}
		start = start.AddDate(0, 0, -n)
	}
	days := make([]oracleDay, 0, 666000)
	g := start
	for y := MinYear; y <= MaxYear; y++ {
		yday := 0
		for m := Farvardin; m <= Esfand; m++ {
			for d := 1; d <= monthLen(y, m); d++ {
				yday++
				days = append(days, oracleDay{y, m, d, g, yday, (int(g.Weekday()) + 1) % 7})
				g = g.AddDate(0, 0, 1)
			}
		}
	}
	return days
}

func TestOracleAnchors(t *testing.T) {
	days := oracleDays(t)
	byGreg := map[string]oracleDay{}
	for _, d := range days {
		byGreg[d.greg.Format(time.DateOnly)] = d
	}
	for _, c := range []struct {
		greg string
		y    int
		m    Month
		d    int
	}{
		{"1799-03-21", 1178, Farvardin, 1},
		{"2024-03-20", 1403, Farvardin, 1},
		{"2025-03-20", 1403, Esfand, 30},
		{"2025-03-21", 1404, Farvardin, 1},
		{"2124-03-19", 1502, Esfand, 29},
		{"2124-03-20", 1503, Farvardin, 1},
		{"3622-03-20", 3000, Esfand, 30},
	} {
		got, ok := byGreg[c.greg]
		require.True(t, ok, c.greg)
		assert.Equal(t, [3]int{c.y, int(c.m), c.d}, [3]int{got.y, int(got.m), got.d}, c.greg)
	}
}

func TestEveryDay(t *testing.T) {
	days := oracleDays(t)
	tehran := Tehran()
	for i, o := range days {
		d, err := New(o.y, o.m, o.d)
		if !assert.NoError(t, err) {
			continue
		}
		ok := assert.Equal(t, o.greg, d.In(time.UTC), "In(UTC) of %v", d) &&
			assert.Equal(t, d, FromTime(o.greg), "FromTime(%v)", o.greg) &&
			assert.Equal(t, d, FromTime(o.greg.Add(24*time.Hour-time.Nanosecond)), "FromTime(end of %v)", o.greg) &&
			assert.Equal(t, d, FromTime(d.In(tehran)), "FromTime(In(Tehran)) of %v", d) &&
			assert.Equal(t, o.greg.Weekday(), d.Weekday(), "Weekday of %v", d) &&
			assert.Equal(t, o.yday, d.YearDay(), "YearDay of %v", d) &&
			assert.Equal(t, o.y, d.Year()) && assert.Equal(t, o.m, d.Month()) && assert.Equal(t, o.d, d.Day())
		if i+1 < len(days) {
			n := days[i+1]
			ok = ok && assert.Equal(t, Must(New(n.y, n.m, n.d)), d.AddDays(1), "AddDays(1) of %v", d)
		}
		ok = ok && assert.Equal(t, i, d.DaysSince(Must(New(MinYear, Farvardin, 1))), "DaysSince of %v", d)
		if !ok {
			t.FailNow()
		}
	}
	first, last := days[0], days[len(days)-1]
	assert.True(t, FromTime(first.greg.AddDate(0, 0, -1)).IsZero(), "the day before 1178/01/01")
	assert.True(t, FromTime(last.greg.AddDate(0, 0, 1)).IsZero(), "the day after 3000's last day")
}

func TestLeapYearsAgainstOracle(t *testing.T) {
	leap := oracleLeap(readCorrectionYears(t))
	for y := MinYear; y <= MaxYear; y++ {
		require.Equal(t, leap(y), IsLeap(y), "IsLeap(%d)", y)
		want := 29
		if leap(y) {
			want = 30
		}
		require.Equal(t, want, DaysIn(y, Esfand), "DaysIn(%d, Esfand)", y)
	}
	for _, y := range []int{MinYear - 1, MaxYear + 1, 0, -1403} {
		assert.False(t, IsLeap(y), "IsLeap(%d) outside the range", y)
		assert.Zero(t, DaysIn(y, Farvardin), "DaysIn(%d, Farvardin) outside the range", y)
	}
}

// TestOfficialLeapYears checks the leap years published by the Calendar
// Center of the University of Tehran for 1343-1473 (every leap year in those
// years, independent of any rule).
func TestOfficialLeapYears(t *testing.T) {
	official := []int{
		1346, 1350, 1354, 1358, 1362, 1366, 1370, 1375, 1379, 1383, 1387,
		1391, 1395, 1399, 1403, 1408, 1412, 1416, 1420, 1424, 1428, 1432,
		1436, 1441, 1445, 1449, 1453, 1457, 1461, 1465, 1469, 1474,
	}
	want := map[int]bool{}
	for _, y := range official {
		want[y] = true
	}
	for y := 1343; y <= 1473; y++ {
		assert.Equal(t, want[y], IsLeap(y), "IsLeap(%d)", y)
	}
}
