package calendar

import (
	"time"

	ptime "github.com/yaa110/go-persian-calendar"
)

// FromPtime returns the civil date of a go-persian-calendar time in its own
// location. It goes through the instant, not through ptime's year, month and
// day, which follow the bare 33-year rule and are a day off from 1502/12/30
// (2124-03-20) on; the result is therefore the true date. A zero ptime.Time,
// or one outside the supported years, gives the zero Date.
func FromPtime(t ptime.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	return FromTime(t.Time())
}

// Ptime returns midnight of d in loc (nil means Tehran()) as a
// go-persian-calendar time, for code that already works with that package.
// ptime labels days from 2124-03-20 on one day off; the instant is right.
// The zero Date gives the zero ptime.Time.
func (d Date) Ptime(loc *time.Location) ptime.Time {
	if d.ymd == 0 {
		return ptime.Time{}
	}
	return ptime.New(d.In(loc))
}
