package calendar

import (
	"math"
	"sync/atomic"
	"time"
)

// A zoneTable is a copy of a location's UTC offsets over the supported years,
// indexed so that finding the offset in force at an instant takes a table
// read and at most a step or two, whatever the year. The time package
// searches a zone's whole transition history for instants before its last
// change (for Asia/Tehran, every instant before 2022-09-21), which made
// FromTime and In two to three times slower on historical dates.
type zoneTable struct {
	loc     *time.Location
	starts  []int64 // Unix second each period starts; starts[0] is MinInt64
	offsets []int32 // seconds east of UTC during each period
	buckets []uint16
}

const (
	// The table covers a day either side of the supported range.
	zoneFrom = (firstDay - 1) * secondsPerDay
	zoneTo   = (lastDay + 1) * secondsPerDay
	// Each bucket spans 2^24 s (about 194 days): no location changes its
	// offset more than a few times in that span.
	bucketShift = 24
)

// tehranTable holds the table of Tehran() once Tehran has been called.
// FromTime and In use it for times in that location.
var tehranTable atomic.Pointer[zoneTable]

func newZoneTable(loc *time.Location) *zoneTable {
	z := &zoneTable{loc: loc}
	// Walk the zone's periods with ZoneBounds, keeping only changes of
	// offset (a renamed zone with the same offset is the same for us).
	t := time.Unix(zoneFrom, 0).In(loc)
	for {
		_, offset := t.Zone()
		if n := len(z.offsets); n == 0 {
			z.starts = append(z.starts, math.MinInt64)
			z.offsets = append(z.offsets, int32(offset))
		} else if z.offsets[n-1] != int32(offset) {
			z.starts = append(z.starts, t.Unix())
			z.offsets = append(z.offsets, int32(offset))
		}
		_, end := t.ZoneBounds()
		switch {
		case end.IsZero() || end.Unix() > zoneTo:
			return z.index()
		case end.After(t):
			t = end
		default:
			// Past a zone's last listed transition, ZoneBounds reports a
			// period ending at the turn of the UTC year for the hours until
			// the local year turns too. Step through those hours, finding
			// any change of offset to the second.
			next := t.Add(time.Hour)
			if _, o := next.Zone(); o != offset {
				next = firstChange(loc, t.Unix(), next.Unix(), offset)
			}
			t = next
		}
	}
}

// firstChange returns the first second in (lo, hi] at which loc's offset is
// no longer offset, which it must be at lo and not at hi.
func firstChange(loc *time.Location, lo, hi int64, offset int) time.Time {
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if _, o := time.Unix(mid, 0).In(loc).Zone(); o == offset {
			lo = mid
		} else {
			hi = mid
		}
	}
	return time.Unix(hi, 0).In(loc)
}

// index fills the buckets.
func (z *zoneTable) index() *zoneTable {
	z.buckets = make([]uint16, (zoneTo-zoneFrom)>>bucketShift+1)
	i := 0
	for b := range z.buckets {
		sec := zoneFrom + int64(b)<<bucketShift
		for i+1 < len(z.starts) && z.starts[i+1] <= sec {
			i++
		}
		z.buckets[b] = uint16(i)
	}
	return z
}

// period returns the index of the period in force at Unix second sec.
func (z *zoneTable) period(sec int64) int {
	b := (sec - zoneFrom) >> bucketShift
	if b < 0 {
		b = 0
	} else if b >= int64(len(z.buckets)) {
		b = int64(len(z.buckets) - 1)
	}
	i := int(z.buckets[b])
	for i+1 < len(z.starts) && z.starts[i+1] <= sec {
		i++
	}
	return i
}

// offset returns the offset in force at Unix second sec.
func (z *zoneTable) offset(sec int64) int64 { return int64(z.offsets[z.period(sec)]) }

// midnight returns the Unix second at which local day number n starts,
// resolving a skipped or repeated midnight exactly as time.Date does.
func (z *zoneTable) midnight(n int) int64 {
	local := int64(n) * secondsPerDay
	i := z.period(local)
	offset := int64(z.offsets[i])
	if offset != 0 {
		utc := local - offset
		if utc < z.starts[i] || i+1 < len(z.starts) && utc >= z.starts[i+1] {
			offset = z.offset(utc)
		}
	}
	return local - offset
}
