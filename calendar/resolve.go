package calendar

import "time"

// resolve turns what a mention read into its Date, choosing between the
// two readings of an ambiguous numeric date. It reports false if the date
// does not exist.
func (r *reader) resolve(m *mention) bool {
	d, ok := r.check(m)
	m.date = d
	return ok
}

// check returns the Date a mention names, without noting errors twice.
func (r *reader) check(m *mention) (Date, bool) {
	switch m.cal {
	case LunarHijri:
		d, _, err := FromHijri(m.y, HijriMonth(m.m), m.d)
		if err != nil {
			r.noteBad(badDate{p: pNoSuchLunarDay, partAt: m.dAt})
			return Date{}, false
		}
		return d, true
	case Gregorian:
		g := time.Date(m.y, time.Month(m.m), m.d, 0, 0, 0, 0, time.UTC)
		d := FromTime(g)
		if m.m < 1 || m.m > 12 || g.Day() != m.d || d.IsZero() {
			r.noteBad(badDate{p: pNoSuchGregorianDay, partAt: m.dAt})
			return Date{}, false
		}
		return d, true
	}
	switch m.prec {
	case PrecisionMonth:
		return r.validate(m, m.y, m.m, 1)
	case PrecisionYear:
		return r.validate(m, m.y, 1, 1)
	}
	if m.alt {
		first, ok1 := valid(m.y, m.m, m.d)
		second, ok2 := valid(m.altY, m.m, m.altD)
		switch {
		case ok1 && ok2 && m.hasWd && first.Weekday() != m.wd && second.Weekday() == m.wd:
			return second, true
		case !ok1 && ok2:
			return second, true
		}
	}
	return r.validate(m, m.y, m.m, m.d)
}

// validate returns the date y/mo/d, or notes why it does not exist.
func (r *reader) validate(m *mention, y, mo, d int) (Date, bool) {
	if date, ok := valid(y, mo, d); ok {
		return date, true
	}
	b := badDate{y: y, m: mo, d: d, partAt: m.dAt}
	switch {
	case y < MinYear || y > MaxYear:
		b.partAt = m.yAt
	case mo < 1 || mo > 12:
		b.partAt = m.mAt
	}
	r.noteBad(b)
	return Date{}, false
}

// valid returns the date y/m/d if it exists.
func valid(y, m, d int) (Date, bool) {
	if d < 1 || d > DaysIn(y, Month(m)) {
		return Date{}, false
	}
	return pack(y, Month(m), d), true
}

// noteBad notes a date that was read in full but does not exist, which
// outranks any syntax failure; the first one stays.
func (r *reader) noteBad(b badDate) {
	if r.whole && !r.hasBad {
		r.bad, r.hasBad = b, true
	}
}
