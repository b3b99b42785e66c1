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

// era reads an era marker at token p: ه.ش, هـ.ش, ه. ش., هجری شمسی, شمسی,
// خورشیدی for the Solar Hijri calendar; ه.ق, هجری قمری, قمری for the lunar
// one; میلادی and م. for the Gregorian. It returns the index after it, or
// p and eraNone if there is none.
func (r *reader) era(p int) (int, era) {
	t := r.tok(p)
	if t.kind != kWord {
		return p, eraNone
	}
	switch t.word {
	case wSolar:
		return p + 1, eraSolar
	case wLunar:
		return p + 1, eraLunar
	case wGregorian:
		return p + 1, eraGregorian
	case wMim:
		return r.dot(p + 1), eraGregorian
	case wHijri:
		u := r.spaces(p + 1)
		if r.word(u, wSolar) {
			return u + 1, eraSolar
		}
		if r.word(u, wLunar) {
			return u + 1, eraLunar
		}
		return p + 1, eraSolar // هجری alone, after a Jalali date
	case wHeh:
		u := r.spaces(r.dot(p + 1))
		if r.word(u, wShin) {
			return r.dot(u + 1), eraSolar
		}
		if r.word(u, wQaf) {
			return r.dot(u + 1), eraLunar
		}
	}
	return p, eraNone
}

// dot skips a full stop at token i, if there is one.
func (r *reader) dot(i int) int {
	if r.punct(i, '.') {
		return i + 1
	}
	return i
}

// clock reads a time of day: 14:11, 18:26:05, ساعت ۱۰, ۱۶:۵۹ ب.ظ, and any of
// these in parentheses.
func (r *reader) clock(p int) (Clock, int, bool) {
	if r.punct(p, '(') {
		c, j, ok := r.clock(r.spaces(p + 1))
		if !ok {
			return c, p, false
		}
		if j = r.spaces(j); r.punct(j, ')') {
			return c, j + 1, true
		}
		return c, p, false
	}
	i := p
	saat := r.word(i, wSaat)
	if saat {
		i = r.spaces(i + 1)
	}
	t := r.tok(i)
	if t.kind != kNum || t.digits > 2 {
		return Clock{}, p, false
	}
	c := Clock{Hour: t.val}
	end := i + 1
	for field := 0; field < 2; field++ {
		u := r.tok(end + 1)
		if !r.punct(end, ':') || u.kind != kNum || u.digits > 2 || (field == 1 && u.digits != 2) {
			break
		}
		if field == 0 {
			c.Minute = u.val
		} else {
			c.Second = u.val
		}
		end += 2
	}
	if end == i+1 && !saat {
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
		r.fail(t.start, pBadClock)
		return Clock{}, p, false
	}
	return c, end, true
}

// meridiem reads ب.ظ, ق.ظ, صبح, عصر, بعدازظهر, am or pm.
func (r *reader) meridiem(p int) (end int, pm, ok bool) {
	t := r.tok(p)
	if t.kind != kWord {
		return p, false, false
	}
	switch t.word {
	case wMorning:
		return p + 1, false, true
	case wAfternoon:
		return p + 1, true, true
	case wBeh, wQaf:
		u := r.spaces(r.dot(p + 1))
		if r.word(u, wZah) {
			return r.dot(u + 1), t.word == wBeh, true
		}
	}
	return p, false, false
}

// gregorian reads the same day in the Gregorian calendar after a Jalali
// date: 11 March, 2026, March 11, 2026, ۱۱ مارس ۲۰۲۶, in parentheses or not.
// It fails if the day is not the same.
func (r *reader) gregorian(p int, m *mention) (int, bool) {
	if r.punct(p, '(') {
		j, ok := r.gregorian(r.spaces(p+1), m)
		if !ok {
			return p, false
		}
		if j = r.spaces(j); r.punct(j, ')') {
			return j + 1, true
		}
		return p, false
	}
	var day, month, i int
	t := r.tok(p)
	switch {
	case t.kind == kNum && t.digits <= 2:
		i = r.gap(p + 1)
		if !r.word(i, wGregMonth) {
			return p, false
		}
		day, month = t.val, r.tok(i).val
	case t.kind == kWord && t.word == wGregMonth:
		i = r.gap(p + 1)
		u := r.tok(i)
		if u.kind != kNum || u.digits > 2 {
			return p, false
		}
		day, month = u.val, t.val
	default:
		return p, false
	}
	yi := r.gap(i + 1)
	y := r.tok(yi)
	if y.kind != kNum || y.digits != 4 {
		return p, false
	}
	end := yi + 1
	if j, e := r.era(r.gap(end)); e == eraGregorian {
		end = j
	}
	d, ok := r.check(m)
	if !ok {
		return p, false
	}
	g := time.Date(y.val, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if g.Day() != day || g.Unix()/secondsPerDay != int64(d.epochDay()) {
		r.fail(r.at(p), pGregorianDiffers)
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
	if r.whole && !r.hasBad {
		b := badDate{y: y, m: mo, d: d, partAt: m.dAt}
		switch {
		case y < MinYear || y > MaxYear:
			b.partAt = m.yAt
		case mo < 1 || mo > 12:
			b.partAt = m.mAt
		}
		r.bad, r.hasBad = b, true
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
