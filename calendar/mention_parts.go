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

// parallel reads the same day in another calendar after a Jalali date,
// with «برابر با» or «مطابق با» before it or not: the Gregorian date (11
// March, 2026, March 11, 2026, ۱۱ مارس ۲۰۲۶, 2026-03-11) or the lunar one
// (۲۰ رجب ۱۴۴۵), in parentheses or not. It fails if the day is not the same;
// a lunar date may differ by a day, as Hijri dates printed in advance do.
func (r *reader) parallel(p int, m *mention) (int, bool) {
	if r.word(p, wEquals) {
		j := r.spaces(p + 1)
		if r.word(j, wWith) {
			j = r.spaces(j + 1)
		}
		if end, ok := r.parallel(j, m); ok {
			return end, true
		}
		return p, false
	}
	if r.punct(p, '(') {
		i := r.spaces(p + 1)
		j, ok := r.isoParallel(i, m)
		if !ok {
			j, ok = r.parallel(i, m)
		}
		if !ok {
			return p, false
		}
		if j = r.spaces(j); r.punct(j, ')') {
			return j + 1, true
		}
		return p, false
	}
	if j, ok := r.gregorian(p, m); ok {
		return j, true
	}
	return r.lunarParallel(p, m)
}

// isoParallel reads the same day as a Gregorian 2026-03-11 or 2026/03/11,
// which counts as a parallel only in parentheses: bare, it is more likely a
// second Jalali date.
func (r *reader) isoParallel(p int, m *mention) (int, bool) {
	t, s1, mm, s2, dd := r.tok(p), r.tok(p+1), r.tok(p+2), r.tok(p+3), r.tok(p+4)
	if t.kind != kNum || t.digits != 4 || s1.kind != kPunct || (s1.val != '-' && s1.val != '/') ||
		mm.kind != kNum || mm.digits > 2 || s2.kind != kPunct || s2.val != s1.val || dd.kind != kNum || dd.digits > 2 {
		return p, false
	}
	return r.sameDay(p, p+5, m, t.val, mm.val, dd.val)
}

// lunarParallel reads a lunar Hijri date that names the same day as m,
// give or take one.
func (r *reader) lunarParallel(p int, m *mention) (int, bool) {
	d, _, j, ok := r.day(p)
	if !ok {
		return p, false
	}
	mo, j, ok := r.hijriMonth(r.gap(j))
	if !ok {
		return p, false
	}
	y := r.tok(r.gap(j))
	if y.kind != kNum || y.digits != 4 {
		return p, false
	}
	end := r.gap(j) + 1
	if k, e := r.era(r.gap(end)); e == eraLunar {
		end = k
	}
	date, ok := r.check(m)
	if !ok {
		return p, false
	}
	h, _, err := FromHijri(y.val, HijriMonth(mo), d)
	if diff := date.DaysSince(h); err != nil || diff < -1 || diff > 1 {
		r.fail(r.at(p), pLunarDiffers)
		return p, false
	}
	return end, true
}

// hijriMonth reads a lunar month name, written as one word or two (ربیع
// الاول, ذی الحجه).
func (r *reader) hijriMonth(p int) (mo, end int, ok bool) {
	t := r.tok(p)
	if t.kind != kWord {
		return 0, p, false
	}
	switch t.word {
	case wHijriMonth:
		return t.val, p + 1, true
	case wHijriHead:
		u := r.spaces(p + 1)
		if v := r.tok(u); v.kind == kWord && v.word == wHijriTail {
			return t.val + v.val, u + 1, true
		}
	}
	return 0, p, false
}

// gregorian reads the same day in the Gregorian calendar after a Jalali
// date: 11 March, 2026, March 11, 2026 or ۱۱ مارس ۲۰۲۶. It fails if the day
// is not the same.
func (r *reader) gregorian(p int, m *mention) (int, bool) {
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
	return r.sameDay(p, end, m, y.val, month, day)
}

// sameDay checks that the Gregorian date y-mo-d that starts at token p and
// ends before token end is the day m names.
func (r *reader) sameDay(p, end int, m *mention, y, mo, d int) (int, bool) {
	date, ok := r.check(m)
	if !ok {
		return p, false
	}
	g := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if g.Day() != d || g.Unix()/secondsPerDay != int64(date.epochDay()) {
		r.fail(r.at(p), pGregorianDiffers)
		return p, false
	}
	return end, true
}

// hijriNamed reads a lunar Hijri date on its own: ۱۰ محرم ۱۴۴۶ [ه.ق].
func (r *reader) hijriNamed(p int, m *mention) (int, bool) {
	d, dAt, j, ok := r.day(p)
	if !ok {
		return p, false
	}
	mAt := r.gap(j)
	mo, j, ok := r.hijriMonth(mAt)
	if !ok {
		return p, false
	}
	yi := r.gap(j)
	y := r.tok(yi)
	if y.kind != kNum || y.digits != 4 || r.isClock(yi+1) {
		r.fail(y.start, pNeedYearAfterMonth)
		return p, false
	}
	end := yi + 1
	if k, e := r.era(r.gap(end)); e == eraLunar {
		end = k
	} else if e != eraNone {
		r.fail(r.at(r.gap(end)), pOtherEra)
		return p, false
	}
	if !r.whole && r.countFollows(end) {
		return p, false
	}
	m.cal, m.prec, m.y, m.yAt, m.m, m.mAt, m.d, m.dAt = LunarHijri, PrecisionDay, y.val, y.start, mo, r.at(mAt), d, dAt
	return end, true
}

// gregorianNamed reads a Gregorian date with a month name on its own: ۱۱
// مارس ۲۰۲۶, 11 March 2026, March 11, 2026.
func (r *reader) gregorianNamed(p int, m *mention) (int, bool) {
	var day, dAt, month, mAt, i int
	t := r.tok(p)
	switch {
	case t.kind == kNum && t.digits <= 2 && !r.isClock(p+1):
		mAt = r.gap(p + 1)
		if !r.word(mAt, wGregMonth) {
			return p, false
		}
		day, dAt, month, i = t.val, t.start, r.tok(mAt).val, mAt
	case t.kind == kWord && t.word == wGregMonth:
		i = r.gap(p + 1)
		u := r.tok(i)
		if u.kind != kNum || u.digits > 2 || r.isClock(i+1) {
			return p, false
		}
		day, dAt, month, mAt = u.val, u.start, t.val, p
	default:
		return p, false
	}
	yi := r.gap(i + 1)
	y := r.tok(yi)
	if y.kind != kNum || y.digits != 4 || r.isClock(yi+1) {
		return p, false
	}
	end := yi + 1
	if k, e := r.era(r.gap(end)); e == eraGregorian {
		end = k
	} else if e != eraNone {
		return p, false
	}
	if !r.whole && r.countFollows(end) {
		return p, false
	}
	m.cal, m.prec, m.y, m.yAt, m.m, m.mAt, m.d, m.dAt = Gregorian, PrecisionDay, y.val, y.start, month, r.at(mAt), day, dAt
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
