package calendar

import (
	"iter"
	"slices"
)

// All returns the occurrences of the rule from start (RFC 5545's DTSTART),
// in order: start first, then each later date the rule generates, until
// Count occurrences have been given, a date passes Until, or the supported
// years end. A rule that fails Validate, or a zero start, yields nothing.
//
// Occurrences are computed period by period (a day, week, month or year of
// the Jalali calendar): the BY parts expand or limit the dates of each
// period as RFC 5545 describes, a day the month lacks is handled as Skip
// says, and BySetPos picks among the period's dates. Iterating does not
// allocate.
func (r Rule) All(start Date) iter.Seq[Date] {
	return func(yield func(Date) bool) {
		if start.IsZero() || r.Validate() != nil {
			return
		}
		if !r.Until.IsZero() && r.Until.Before(start) {
			return
		}
		if !yield(start) || r.Count == 1 || r.Freq == 0 {
			return
		}
		n := 1
		var buf [periodMax]Date
		for k := 0; ; k++ {
			dates, ok := r.period(start, k, buf[:0])
			if !ok {
				return
			}
			for _, d := range dates {
				if !d.After(start) {
					continue
				}
				if !r.Until.IsZero() && d.After(r.Until) {
					return
				}
				if !yield(d) {
					return
				}
				if n++; r.Count > 0 && n >= r.Count {
					return
				}
			}
		}
	}
}

// Between returns the occurrences of the rule from start that fall on or
// between from and to, in order.
func (r Rule) Between(start, from, to Date) iter.Seq[Date] {
	return func(yield func(Date) bool) {
		for d := range r.All(start) {
			if d.After(to) {
				return
			}
			if !d.Before(from) && !yield(d) {
				return
			}
		}
	}
}

// After returns the first occurrence of the rule from start that falls
// after d, and false if there is none.
func (r Rule) After(start, d Date) (Date, bool) {
	for o := range r.All(start) {
		if o.After(d) {
			return o, true
		}
	}
	return Date{}, false
}

// periodMax bounds the dates one period can hold: a year has at most 366.
const periodMax = 366

// period appends to buf the dates the rule generates in its k-th period
// from start, sorted and without repeats, and reports false once the
// period is past the supported years.
func (r Rule) period(start Date, k int, buf []Date) ([]Date, bool) {
	step := k * r.interval()
	switch r.Freq {
	case Daily:
		n := start.epochDay() + step
		if n >= lastDay {
			return buf, false
		}
		if d := fromEpochDay(n); r.keepDay(d) {
			buf = append(buf, d)
		}
	case Weekly:
		offset := (int(start.Weekday()) - int(r.WeekStart.Weekday()) + 7) % 7
		first := start.epochDay() - offset + 7*step
		if first >= lastDay {
			return buf, false
		}
		if len(r.ByDay) == 0 {
			buf = r.appendKept(buf, fromEpochDay(first+offset))
		} else {
			ws := int(r.WeekStart.Weekday())
			for _, x := range r.ByDay {
				buf = r.appendKept(buf, fromEpochDay(first+(int(x.Weekday)-ws+7)%7))
			}
		}
	case Monthly:
		m0 := (start.Year()-MinYear)*12 + int(start.Month()) - 1 + step
		y, m := MinYear+m0/12, Month(m0%12+1)
		if y > MaxYear {
			return buf, false
		}
		if len(r.ByMonth) == 0 || slices.Contains(r.ByMonth, m) {
			buf = r.monthDates(buf, start, y, m)
		}
	case Yearly:
		y := start.Year() + step
		if y > MaxYear {
			return buf, false
		}
		buf = r.yearDates(buf, start, y)
	}
	buf = sortDates(buf)
	return r.setPositions(buf), true
}

// keepDay reports whether a daily rule keeps d: its BY parts limit.
func (r Rule) keepDay(d Date) bool {
	if d.IsZero() {
		return false
	}
	if len(r.ByMonth) > 0 && !slices.Contains(r.ByMonth, d.Month()) {
		return false
	}
	if len(r.ByMonthDay) > 0 && !r.hasMonthDay(d) {
		return false
	}
	return len(r.ByDay) == 0 || r.hasWeekday(d)
}

// appendKept appends d if the weekly rule's BYMONTH keeps it.
func (r Rule) appendKept(buf []Date, d Date) []Date {
	if d.IsZero() || len(r.ByMonth) > 0 && !slices.Contains(r.ByMonth, d.Month()) {
		return buf
	}
	return append(buf, d)
}

// hasWeekday reports whether d's weekday is in ByDay (ordinals aside).
func (r Rule) hasWeekday(d Date) bool {
	w := d.Weekday()
	for _, x := range r.ByDay {
		if x.Weekday == w {
			return true
		}
	}
	return false
}

// hasMonthDay reports whether d is one of ByMonthDay's days.
func (r Rule) hasMonthDay(d Date) bool {
	n := DaysIn(d.Year(), d.Month())
	for _, md := range r.ByMonthDay {
		if md == d.Day() || md < 0 && n+md+1 == d.Day() {
			return true
		}
	}
	return false
}

// monthDates appends the dates the rule gives in month m of year y, for a
// monthly rule or a yearly one with BYMONTH or BYMONTHDAY: ordinals in
// ByDay count within the month.
func (r Rule) monthDates(buf []Date, start Date, y int, m Month) []Date {
	n := DaysIn(y, m)
	switch {
	case len(r.ByMonthDay) > 0:
		for _, md := range r.ByMonthDay {
			day := md
			if md < 0 {
				day = n + md + 1
				if day < 1 {
					continue // -31 in a 30-day month: no such day, and no skip
				}
			}
			if d, ok := r.skipped(y, m, day); ok && (len(r.ByDay) == 0 || r.byDayInMonth(d, y, m)) {
				buf = append(buf, d)
			}
		}
	case len(r.ByDay) > 0:
		first := pack(y, m, 1).Weekday()
		for _, x := range r.ByDay {
			off := (int(x.Weekday) - int(first) + 7) % 7 // first such weekday: day 1+off
			switch {
			case x.N == 0:
				for day := 1 + off; day <= n; day += 7 {
					buf = append(buf, pack(y, m, day))
				}
			case x.N > 0:
				if day := 1 + off + 7*(x.N-1); day <= n {
					buf = append(buf, pack(y, m, day))
				}
			default:
				last := 1 + off + 7*((n-1-off)/7)
				if day := last + 7*(x.N+1); day >= 1 {
					buf = append(buf, pack(y, m, day))
				}
			}
		}
	default:
		if d, ok := r.skipped(y, m, start.Day()); ok {
			buf = append(buf, d)
		}
	}
	return buf
}

// byDayInMonth reports whether d, in month m of year y, matches ByDay with
// ordinals counted within the month: it limits BYMONTHDAY.
func (r Rule) byDayInMonth(d Date, y int, m Month) bool {
	n := DaysIn(y, m)
	w := d.Weekday()
	for _, x := range r.ByDay {
		if x.Weekday != w {
			continue
		}
		if x.N == 0 || x.N > 0 && (d.Day()-1)/7+1 == x.N || x.N < 0 && (n-d.Day())/7+1 == -x.N {
			return true
		}
	}
	return false
}

// yearDates appends the dates a yearly rule gives in year y.
func (r Rule) yearDates(buf []Date, start Date, y int) []Date {
	switch {
	case len(r.ByMonth) > 0:
		for _, m := range r.ByMonth {
			buf = r.monthDates(buf, start, y, m)
		}
	case len(r.ByMonthDay) > 0:
		for m := Farvardin; m <= Esfand; m++ {
			buf = r.monthDates(buf, start, y, m)
		}
	case len(r.ByDay) > 0:
		buf = r.yearWeekdays(buf, y)
	default:
		if d, ok := r.skipped(y, start.Month(), start.Day()); ok {
			buf = append(buf, d)
		}
	}
	return buf
}

// yearWeekdays appends ByDay's weekdays of year y, with ordinals counted
// within the year (the 20th Monday, the last Friday of the year).
func (r Rule) yearWeekdays(buf []Date, y int) []Date {
	first := pack(y, Farvardin, 1)
	n0, days := first.epochDay(), yearLength(y)
	fw := first.Weekday()
	for _, x := range r.ByDay {
		off := (int(x.Weekday) - int(fw) + 7) % 7
		switch {
		case x.N == 0:
			for i := off; i < days; i += 7 {
				buf = append(buf, fromEpochDay(n0+i))
			}
		case x.N > 0:
			if i := off + 7*(x.N-1); i < days {
				buf = append(buf, fromEpochDay(n0+i))
			}
		default:
			last := off + 7*((days-1-off)/7)
			if i := last + 7*(x.N+1); i >= 0 {
				buf = append(buf, fromEpochDay(n0+i))
			}
		}
	}
	return buf
}

// skipped returns day of month m of year y, applying Skip when the month
// is shorter: the last day (BACKWARD), the next month's first (FORWARD), or
// nothing (OMIT).
func (r Rule) skipped(y int, m Month, day int) (Date, bool) {
	n := DaysIn(y, m)
	if n == 0 {
		return Date{}, false
	}
	if day <= n {
		return pack(y, m, day), true
	}
	switch r.Skip {
	case SkipBackward:
		return pack(y, m, n), true
	case SkipForward:
		if m == Esfand {
			if y == MaxYear {
				return Date{}, false
			}
			return pack(y+1, Farvardin, 1), true
		}
		return pack(y, m+1, 1), true
	}
	return Date{}, false
}

// setPositions keeps the dates BySetPos picks from a period's sorted
// dates.
func (r Rule) setPositions(dates []Date) []Date {
	if len(r.BySetPos) == 0 || len(dates) == 0 {
		return dates
	}
	var picked [8]Date
	out := picked[:0]
	for _, p := range r.BySetPos {
		i := p - 1
		if p < 0 {
			i = len(dates) + p
		}
		if i >= 0 && i < len(dates) {
			out = append(out, dates[i])
		}
	}
	out = sortDates(out)
	return append(dates[:0], out...)
}

// sortDates sorts a period's dates and drops repeats. Periods mostly hold
// a few dates, for which insertion sort is the fastest.
func sortDates(ds []Date) []Date {
	if len(ds) < 2 {
		return ds
	}
	if len(ds) > 16 {
		slices.SortFunc(ds, Date.Compare)
	} else {
		for i := 1; i < len(ds); i++ {
			for j := i; j > 0 && ds[j].Before(ds[j-1]); j-- {
				ds[j], ds[j-1] = ds[j-1], ds[j]
			}
		}
	}
	out := ds[:1]
	for _, d := range ds[1:] {
		if d != out[len(out)-1] {
			out = append(out, d)
		}
	}
	return out
}
