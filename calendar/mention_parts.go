package calendar

import "time"

// An era is the calendar an era marker after a year names.
type era uint8

const (
	eraNone era = iota
	eraSolar
	eraLunar
	eraGregorian
)

// era reads an era marker: ه.ش, هـ.ش, ه. ش., هجری شمسی, شمسی, خورشیدی for
// the Solar Hijri calendar; ه.ق, هجری قمری, قمری for the lunar one;
// میلادی and م. for the Gregorian. It returns eraNone and p if there is none.
func (r *reader) era(p int) (int, era) {
	t := lex(r.s, p)
	if t.kind != kWord {
		return p, eraNone
	}
	switch t.word {
	case wSolar:
		return t.end, eraSolar
	case wLunar:
		return t.end, eraLunar
	case wGregorian:
		return t.end, eraGregorian
	case wMim:
		return r.dot(t.end), eraGregorian
	case wHijri:
		u := lex(r.s, r.spaces(t.end))
		if u.kind == kWord && u.word == wSolar {
			return u.end, eraSolar
		}
		if u.kind == kWord && u.word == wLunar {
			return u.end, eraLunar
		}
		return t.end, eraSolar // هجری alone, after a Jalali date
	case wHeh:
		u := lex(r.s, r.spaces(r.dot(t.end)))
		if u.kind == kWord && u.word == wShin {
			return r.dot(u.end), eraSolar
		}
		if u.kind == kWord && u.word == wQaf {
			return r.dot(u.end), eraLunar
		}
	}
	return p, eraNone
}

// dot skips a full stop at i, if there is one.
func (r *reader) dot(i int) int {
	if t := lex(r.s, i); t.kind == kPunct && t.val == '.' {
		return t.end
	}
	return i
}

// clock reads a time of day: 14:11, 18:26:05, ساعت ۱۰, ۱۶:۵۹ ب.ظ, and any of
// these in parentheses.
func (r *reader) clock(p int) (Clock, int, bool) {
	t := lex(r.s, p)
	if t.kind == kPunct && t.val == '(' {
		c, j, ok := r.clock(r.spaces(t.end))
		if !ok {
			return c, p, false
		}
		if u := lex(r.s, r.spaces(j)); u.kind == kPunct && u.val == ')' {
			return c, u.end, true
		}
		return c, p, false
	}
	saat := t.kind == kWord && t.word == wSaat
	if saat {
		t = lex(r.s, r.spaces(t.end))
	}
	if t.kind != kNum || t.digits > 2 {
		return Clock{}, p, false
	}
	c := Clock{Hour: t.val}
	end := t.end
	for field := 0; field < 2; field++ {
		colon := lex(r.s, end)
		if colon.kind != kPunct || colon.val != ':' {
			break
		}
		u := lex(r.s, colon.end)
		if u.kind != kNum || u.digits > 2 || (field == 1 && u.digits != 2) {
			break
		}
		if field == 0 {
			c.Minute = u.val
		} else {
			c.Second = u.val
		}
		end = u.end
	}
	if end == t.end && !saat {
		return Clock{}, p, false // a bare number is not a time
	}
	if j, pm, ok := r.meridiem(r.spaces(end)); ok {
		end = j
		switch {
		case c.Hour > 12 || c.Hour == 0:
		case pm && c.Hour < 12:
			c.Hour += 12
		case !pm && c.Hour == 12:
			c.Hour = 0
		}
	}
	if c.Hour > 23 || c.Minute > 59 || c.Second > 59 {
		r.fail(t.start, "the time of day is not a valid 24-hour time")
		return Clock{}, p, false
	}
	return c, end, true
}

// meridiem reads ب.ظ, ق.ظ, صبح, عصر, بعدازظهر, am or pm.
func (r *reader) meridiem(p int) (end int, pm, ok bool) {
	t := lex(r.s, p)
	if t.kind != kWord {
		return p, false, false
	}
	switch t.word {
	case wMorning:
		return t.end, false, true
	case wAfternoon:
		return t.end, true, true
	case wBeh, wQaf:
		u := lex(r.s, r.spaces(r.dot(t.end)))
		if u.kind == kWord && u.word == wZah {
			return r.dot(u.end), t.word == wBeh, true
		}
	}
	return p, false, false
}

// gregorian reads the same day in the Gregorian calendar after a Jalali
// date: 11 March, 2026, March 11, 2026, ۱۱ مارس ۲۰۲۶, in parentheses or not.
// It fails if the day is not the same.
func (r *reader) gregorian(p int, m *mention) (int, bool) {
	t := lex(r.s, p)
	if t.kind == kPunct && t.val == '(' {
		j, ok := r.gregorian(r.spaces(t.end), m)
		if !ok {
			return p, false
		}
		if u := lex(r.s, r.spaces(j)); u.kind == kPunct && u.val == ')' {
			return u.end, true
		}
		return p, false
	}
	var day, month int
	switch {
	case t.kind == kNum && t.digits <= 2:
		u := lex(r.s, r.gap(t.end))
		if u.kind != kWord || u.word != wGregMonth {
			return p, false
		}
		day, month, t = t.val, u.val, u
	case t.kind == kWord && t.word == wGregMonth:
		u := lex(r.s, r.gap(t.end))
		if u.kind != kNum || u.digits > 2 {
			return p, false
		}
		day, month, t = u.val, t.val, u
	default:
		return p, false
	}
	y := lex(r.s, r.gap(t.end))
	if y.kind != kNum || y.digits != 4 {
		return p, false
	}
	end := y.end
	if j, e := r.era(r.gap(end)); e == eraGregorian {
		end = j
	}
	d, ok := r.check(m)
	if !ok {
		return p, false
	}
	g := time.Date(y.val, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if g.Day() != day || g.Unix()/secondsPerDay != int64(d.epochDay()) {
		r.fail(p, "the Gregorian date is not the same day")
		return p, false
	}
	return end, true
}

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
	if r.whole && r.bad == nil {
		b := &badDate{at: m.start, y: y, m: mo, d: d, part: "day", partAt: m.dAt}
		switch {
		case y < MinYear || y > MaxYear:
			b.part, b.partAt = "year", m.yAt
		case mo < 1 || mo > 12:
			b.part, b.partAt = "month", m.mAt
		}
		r.bad = b
	}
	return Date{}, false
}

// valid returns the date y/m/d if it exists.
func valid(y, m, d int) (Date, bool) {
	if d < 1 || d > DaysIn(y, Month(m)) {
		return Date{}, false
	}
	return pack(y, Month(m), d), true
}
