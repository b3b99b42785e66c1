package calendar

import (
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Workdays is a working calendar: a weekend and a set of holidays. It is a
// value; the With methods return changed copies and leave the original as
// it was, so one Workdays can be shared by goroutines.
//
// IranWorkdays is the calendar of Iran's government offices. The zero
// Workdays has no weekend and no holidays: every day is a workday.
type Workdays struct {
	weekend  Weekend
	official bool     // Iran's official holidays apply
	changes  []change // days added or removed, sorted by date; never mutated
}

// A change makes one day a holiday (with a name) or takes its holidays away.
type change struct {
	date    Date
	holiday bool
	name    string
}

// Weekend is a set of weekdays off every week.
type Weekend uint8

// The weekends in use or debated in Iran.
const (
	FridayWeekend         = Weekend(1 << time.Friday)                  // the law today
	ThursdayFridayWeekend = Weekend(1<<time.Thursday | 1<<time.Friday) // many offices close on Thursday too
	FridaySaturdayWeekend = Weekend(1<<time.Friday | 1<<time.Saturday) // debated in parliament
)

// WeekendOf returns the weekend made of days.
func WeekendOf(days ...time.Weekday) Weekend {
	var w Weekend
	for _, d := range days {
		if d >= time.Sunday && d <= time.Saturday {
			w |= 1 << d
		}
	}
	return w
}

// Has reports whether d is a weekend day.
func (w Weekend) Has(d time.Weekday) bool { return d >= 0 && d < 7 && w&(1<<d) != 0 }

// IranWorkdays returns the working calendar of Iran's government offices:
// a Friday weekend and the official holidays, solar and lunar (see
// OfficialHolidays).
func IranWorkdays() Workdays { return Workdays{weekend: FridayWeekend, official: true} }

// Weekend returns the weekend.
func (w Workdays) Weekend() Weekend { return w.weekend }

// WithWeekend returns w with another weekend, such as
// ThursdayFridayWeekend.
func (w Workdays) WithWeekend(we Weekend) Workdays {
	w.weekend = we
	return w
}

// WithHoliday returns w with d as a holiday named name: an ad-hoc closure
// (for air pollution, an election) or a holiday the law added.
func (w Workdays) WithHoliday(d Date, name string) Workdays {
	return w.with(change{date: d, holiday: true, name: name})
}

// WithoutHoliday returns w with the holidays on d taken away, official or
// added: d is a workday unless it falls on the weekend. Use it when a
// predicted lunar holiday turns out to fall on another day.
func (w Workdays) WithoutHoliday(d Date) Workdays {
	return w.with(change{date: d})
}

// with returns w with c replacing any change on the same day, in a new
// slice.
func (w Workdays) with(c change) Workdays {
	if c.date.IsZero() {
		return w
	}
	i, found := slices.BinarySearchFunc(w.changes, c.date, func(x change, d Date) int { return x.date.Compare(d) })
	changes := make([]change, 0, len(w.changes)+1)
	changes = append(changes, w.changes[:i]...)
	changes = append(changes, c)
	if found {
		i++
	}
	w.changes = append(changes, w.changes[i:]...)
	return w
}

// change returns the change on d, if any.
func (w Workdays) change(d Date) (change, bool) {
	i, found := slices.BinarySearchFunc(w.changes, d, func(x change, d Date) int { return x.date.Compare(d) })
	if !found {
		return change{}, false
	}
	return w.changes[i], true
}

// IsWorkday reports whether d is a working day: not on the weekend and not
// a holiday. The zero Date is not a workday.
func (w Workdays) IsWorkday(d Date) bool {
	if d.IsZero() {
		return false
	}
	n := d.epochDay()
	if w.weekend&(1<<weekdayOf(n)) != 0 {
		return false
	}
	if len(w.changes) > 0 {
		if c, ok := w.change(d); ok {
			return !c.holiday
		}
	}
	if !w.official {
		return true
	}
	i := n - firstDay
	return officialHolidays()[i/64]&(1<<(i%64)) == 0
}

// weekdayOf returns the weekday of day number n (1970-01-01 was a
// Thursday); n is never below -7e5 in the supported years.
func weekdayOf(n int) time.Weekday { return time.Weekday((n + 4 + 7e5) % 7) }

// Holiday returns the holiday on d, if d is one: an added one first, then
// the official one. Weekends are not holidays.
func (w Workdays) Holiday(d Date) (Holiday, bool) {
	if d.IsZero() {
		return Holiday{}, false
	}
	if c, ok := w.change(d); ok {
		if !c.holiday {
			return Holiday{}, false
		}
		return Holiday{Date: d, Name: c.name, Added: true}, true
	}
	if !w.official {
		return Holiday{}, false
	}
	return officialHoliday(d)
}

// Holidays returns the holidays from from to to, inclusive, in order.
func (w Workdays) Holidays(from, to Date) iter.Seq[Holiday] {
	return func(yield func(Holiday) bool) {
		for d := from; !d.IsZero() && !d.After(to); d = d.AddDays(1) {
			if h, ok := w.Holiday(d); ok && !yield(h) {
				return
			}
		}
	}
}

// Next returns the first workday after d, or the zero Date if there is
// none before the supported years end.
func (w Workdays) Next(d Date) Date { return w.step(d, 1) }

// Previous returns the last workday before d, or the zero Date if there is
// none after the supported years begin.
func (w Workdays) Previous(d Date) Date { return w.step(d, -1) }

func (w Workdays) step(d Date, dir int) Date {
	if d.IsZero() || w.weekend == 0x7f {
		return Date{}
	}
	for {
		if d = d.AddDays(dir); d.IsZero() || w.IsWorkday(d) {
			return d
		}
	}
}

// AddWorkdays returns the date n workdays after d (before it for negative
// n), as a deadline "ten working days from the meeting" counts: d itself
// does not count, whether or not it is a workday. AddWorkdays(d, 0) is d.
// The zero Date means the count ran past the supported years.
func (w Workdays) AddWorkdays(d Date, n int) Date {
	dir := 1
	if n < 0 {
		dir, n = -1, -n
	}
	for ; n > 0 && !d.IsZero(); n-- {
		d = w.step(d, dir)
	}
	return d
}

// Adjustment says where an occurrence that falls on a day off moves.
type Adjustment uint8

// The adjustments.
const (
	AdjustNone     Adjustment = iota // it stays on the day off
	AdjustNext                       // to the next workday
	AdjustPrevious                   // to the previous workday
)

// Adjust returns d if it is a workday, and otherwise the workday the
// adjustment moves it to.
func (w Workdays) Adjust(d Date, a Adjustment) Date {
	if d.IsZero() || w.IsWorkday(d) {
		return d
	}
	switch a {
	case AdjustNext:
		return w.Next(d)
	case AdjustPrevious:
		return w.Previous(d)
	}
	return d
}

// Adjusted moves each date of seq, such as a Rule's occurrences, off days
// off as a says; a date that would repeat the one before it is dropped.
func (w Workdays) Adjusted(seq iter.Seq[Date], a Adjustment) iter.Seq[Date] {
	return func(yield func(Date) bool) {
		var last Date
		for d := range seq {
			d = w.Adjust(d, a)
			if d.IsZero() || d == last {
				continue
			}
			last = d
			if !yield(d) {
				return
			}
		}
	}
}

// String describes the calendar: its weekend and holidays, such as
// "weekend Friday; official holidays of Iran; 2 changes".
func (w Workdays) String() string {
	var days []string
	for d := time.Sunday; d <= time.Saturday; d++ {
		if w.weekend.Has(d) {
			days = append(days, d.String())
		}
	}
	s := "weekend " + strings.Join(days, "+")
	if len(days) == 0 {
		s = "no weekend"
	}
	if w.official {
		s += "; official holidays of Iran"
	}
	switch len(w.changes) {
	case 0:
	case 1:
		s += "; 1 change"
	default:
		s += "; " + strconv.Itoa(len(w.changes)) + " changes"
	}
	return s
}
