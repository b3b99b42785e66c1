package calendar

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
	if r.punct(p, '(') { // (ه.ش)
		j, e := r.era(r.spaces(p + 1))
		if j = r.spaces(j); e != eraNone && r.punct(j, ')') {
			return j + 1, e
		}
		return p, eraNone
	}
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
		if r.punct(i, ':') { // ساعت: ۱۰:۲۷
			i = r.spaces(i + 1)
		}
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
	if end == i+1 { // ساعت ۱۰ و ۳۰ دقیقه
		if a := r.spaces(end); r.word(a, wAnd) {
			u := r.spaces(a + 1)
			if n := r.tok(u); n.kind == kNum && n.digits <= 2 && r.word(r.spaces(u+1), wMinute) {
				c.Minute, end = n.val, r.spaces(u+1)+1
			}
		}
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
