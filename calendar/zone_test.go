package calendar

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// zoneOracle is the offset of loc at sec, as the time package computes it.
func zoneOracle(loc *time.Location, sec int64) int64 {
	_, off := time.Unix(sec, 0).In(loc).Zone()
	return int64(off)
}

func TestZoneTableMatchesTimePackage(t *testing.T) {
	names := []string{"Asia/Tehran", "America/New_York", "Europe/London", "Asia/Kabul", "Australia/Lord_Howe"}
	locs := []*time.Location{time.UTC, time.FixedZone("IRST", 12600), time.FixedZone("west", -5*3600)}
	for _, name := range names {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Logf("skipping %s: %v", name, err)
			continue
		}
		locs = append(locs, loc)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, loc := range locs {
		t.Run(loc.String(), func(t *testing.T) {
			z := newZoneTable(loc)
			require.NotEmpty(t, z.starts)
			// Every transition, and the seconds and hours around it.
			for i, start := range z.starts[1:] {
				for _, delta := range []int64{-3600, -1, 0, 3600} {
					sec := start + delta
					require.Equal(t, zoneOracle(loc, sec), z.offset(sec), "transition %d at %d%+d", i+1, start, delta)
				}
			}
			// Every hour around the end of the listed transitions (2037),
			// where the time package switches to the zone's rule.
			from := time.Date(2036, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
			for sec := from; sec < from+6*366*24*3600; sec += 3600 {
				require.Equal(t, zoneOracle(loc, sec), z.offset(sec), "instant %d", sec)
			}
			// Random instants over the supported range.
			for range 20000 {
				sec := zoneFrom + rng.Int64N(zoneTo-zoneFrom)
				require.Equal(t, zoneOracle(loc, sec), z.offset(sec), "instant %d", sec)
			}
		})
	}
}

func TestInAndFromTimeMatchTimePackageOnEveryDay(t *testing.T) {
	loc := Tehran()
	require.NotNil(t, tehranTable.Load())
	for n := firstDay; n < lastDay; n++ {
		want := time.Date(1970, time.January, 1+n, 0, 0, 0, 0, loc)
		got := fromEpochDay(n).In(loc)
		if !assert.True(t, want.Equal(got) && got.Location() == loc, "day %d: In gave %v, time.Date %v", n, got, want) {
			t.FailNow()
		}
		// The last second of the previous day and the first of this one.
		for _, sec := range []int64{want.Unix() - 1, want.Unix()} {
			_, off := time.Unix(sec, 0).In(loc).Zone()
			local := sec + int64(off)
			wantDay := local / secondsPerDay
			if local%secondsPerDay < 0 {
				wantDay--
			}
			if d := FromTime(time.Unix(sec, 0).In(loc)); !assert.Equal(t, fromEpochDay(int(wantDay)), d, "second %d", sec) {
				t.FailNow()
			}
		}
	}
}

func TestInOtherLocationsUsesTimeDate(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	d := Must(New(1403, Farvardin, 1))
	assert.Equal(t, time.Date(2024, 3, 20, 0, 0, 0, 0, ny), d.In(ny))
	assert.Equal(t, d, FromTime(d.In(ny)))
	// A separately loaded Asia/Tehran is a different *Location: correct, not fast.
	other, err := time.LoadLocation("Asia/Tehran")
	require.NoError(t, err)
	assert.True(t, d.In(other).Equal(d.In(Tehran())))
	assert.Equal(t, d, FromTime(d.In(other).Add(23*time.Hour)))
}
