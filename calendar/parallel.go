package calendar

import "time"

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
