package calendar

import (
	"sync"
	"time"
)

var tehran = sync.OnceValue(func() *time.Location {
	loc, err := time.LoadLocation("Asia/Tehran")
	if err != nil {
		loc = time.FixedZone("Asia/Tehran", 3*3600+30*60)
	}
	tehranTable.Store(newZoneTable(loc))
	return loc
})

// Tehran returns the Asia/Tehran location, loaded from the system's time zone
// database on the first call and cached, together with an index of its
// offsets that lets FromTime and In convert times in this location in
// constant time for any year (the time package searches the zone's history
// for instants before its last change in 2022). Without a database (and without an
// import of time/tzdata), it returns a fixed +03:30 zone named Asia/Tehran,
// which is exact since Iran abolished daylight saving time on 2022-09-21 but
// an hour off for summer instants before then.
func Tehran() *time.Location { return tehran() }

// FromTime returns the civil date of t in t's location: the Jalali day whose
// midnight-to-midnight span in t.Location() contains t. Convert t with
// t.In(calendar.Tehran()) first to get the date in Iran. FromTime returns the
// zero Date if that day is outside MinYear–MaxYear.
func FromTime(t time.Time) Date {
	sec := t.Unix()
	if z := tehranTable.Load(); z != nil && t.Location() == z.loc {
		sec += z.offset(sec)
	} else {
		_, offset := t.Zone()
		sec += int64(offset)
	}
	if sec < firstDay*secondsPerDay || sec >= lastDay*secondsPerDay {
		return Date{}
	}
	// Floor division: sec may be negative (before 1970).
	n := sec / secondsPerDay
	if sec%secondsPerDay < 0 {
		n--
	}
	return fromEpochDay(int(n))
}

const secondsPerDay = 24 * 60 * 60

// Today returns the current date in loc; a nil loc means Tehran().
func Today(loc *time.Location) Date {
	if loc == nil {
		loc = Tehran()
	}
	return FromTime(time.Now().In(loc))
}

// In returns the first instant of d in loc, normally midnight; a nil loc
// means Tehran(). Where a daylight-saving change skipped midnight (Tehran
// moved its clocks from 00:00 to 01:00 in some years before 2022), In returns
// 01:00, the first instant of that day, so FromTime(d.In(loc)) == d always
// holds. The zero Date returns the zero time.Time.
func (d Date) In(loc *time.Location) time.Time {
	if d.ymd == 0 {
		return time.Time{}
	}
	if loc == nil {
		loc = Tehran()
	}
	if z := tehranTable.Load(); z != nil && loc == z.loc {
		return time.Unix(z.midnight(d.epochDay()), 0).In(loc)
	}
	if loc == time.UTC {
		return time.Unix(int64(d.epochDay())*secondsPerDay, 0).UTC()
	}
	return time.Date(1970, time.January, 1+d.epochDay(), 0, 0, 0, 0, loc)
}
