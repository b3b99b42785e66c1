package calendar

import "time"

// numeric reads y/m/d or d/m/y with one separator.
func (r *reader) numeric(p int, m *mention) (int, bool) {
	a := r.tok(p)
	if a.kind != kNum {
		r.fail(a.start, pExpectedDate)
		return p, false
	}
	// The separators touch the numbers, except that a slash may have
	// spaces around it: ۱۴۰۴ / ۰۹ / ۲۳.
	i := p + 1
	if r.tok(i).kind == kSpace && r.punct(i+1, '/') {
		i++
	}
	s1 := r.tok(i)
	if s1.kind != kPunct || !isNumericSeparator(s1.val) {
		return p, false
	}
	spaced := i > p+1 || r.tok(i+1).kind == kSpace
	if spaced && s1.val != '/' {
		return p, false
	}
	i = r.spaces(i + 1)
	b := r.tok(i)
	if b.kind != kNum {
		r.fail(b.start, pNeedMonthNumber)
		return p, false
	}
	i++
	if spaced {
		i = r.spaces(i)
	}
	s2 := r.tok(i)
	if s2.kind != kPunct || s2.val != s1.val {
		r.fail(s2.start, pNeedSameSeparator)
		return p, false
	}
	i++
	if spaced {
		i = r.spaces(i)
	}
	c := r.tok(i)
	if c.kind != kNum {
		r.fail(c.start, pNeedDayOrYear)
		return p, false
	}
	if b.digits > 2 {
		r.fail(b.start, pLongMonth)
		return p, false
	}
	m.prec, m.m, m.mAt = PrecisionDay, b.val, b.start
	switch {
	case a.digits == 4 && c.digits <= 2:
		m.y, m.yAt, m.d, m.dAt = a.val, a.start, c.val, c.start
	case c.digits == 4 && a.digits <= 2:
		m.y, m.yAt, m.d, m.dAt = c.val, c.start, a.val, a.start
	case a.digits == 2 && c.digits <= 2:
		m.y, m.yAt, m.d, m.dAt = r.century(a.val), a.start, c.val, c.start
		if c.digits == 2 {
			m.alt, m.altY, m.altD = true, r.century(c.val), a.val
		}
	case a.digits == 1 && c.digits == 2:
		m.y, m.yAt, m.d, m.dAt = r.century(c.val), c.start, a.val, a.start
	case a.digits == 4:
		r.fail(c.start, pLongDay)
		return p, false
	case c.digits == 4:
		r.fail(a.start, pLongDay)
		return p, false
	default:
		r.fail(a.start, pNeedYear)
		return p, false
	}
	four := a.digits == 4 || c.digits == 4
	if !four && (spaced || s1.val == '.') {
		return p, false // 1 / 2 / 3 is arithmetic and 12.10.5 a version, not dates
	}
	end := i + 1
	switch j, e := r.era(r.gap(end)); e {
	case eraSolar:
		end = j
	case eraLunar, eraGregorian:
		if !four {
			r.fail(r.at(r.gap(end)), pOtherEra)
			return p, false
		}
		m.cal, m.alt, end = LunarHijri, false, j
		if e == eraGregorian {
			m.cal = Gregorian
		}
	}
	if !r.whole && r.countFollows(end) {
		return p, false
	}
	return end, m.cal != Jalali || r.yearOK(m.y, four)
}

// solarEra reads an optional era marker after a year or date that ends
// before token i, and returns the index after it. It fails if the marker
// names another calendar.
func (r *reader) solarEra(i int) (int, bool) {
	g := r.gap(i)
	switch j, e := r.era(g); e {
	case eraSolar:
		return j, true
	case eraNone:
		return i, true
	}
	r.fail(r.at(g), pOtherEra)
	return i, false
}

// yearFirst reads a year, then the day and month (۱۳۹۹ جمعه ۲۴ مرداد) or
// the month and day (۱۴۰۲ اسفند ۱۵).
func (r *reader) yearFirst(p int, m *mention) (int, bool) {
	y := r.tok(p)
	if y.kind != kNum || y.digits != 4 {
		return p, false
	}
	q := r.gap(p + 1)
	if !m.hasWd {
		if w, j, ok := r.weekday(q); ok {
			m.wd, m.hasWd = w, true
			q = r.gap(j)
		}
	}
	d, dAt, j, ok := r.day(q)
	if !ok {
		// The year, month and day order: ۱۴۰۲ اسفند ۱۵.
		mo, j, ok := r.month(q, false)
		if !ok {
			return p, false
		}
		if d, dAt, end, ok := r.day(r.gap(j)); ok && (r.whole || !r.countFollows(end)) {
			m.prec, m.y, m.yAt, m.m, m.mAt, m.d, m.dAt = PrecisionDay, y.val, y.start, mo, r.at(q), d, dAt
			return end, r.yearOK(m.y, true)
		}
		return p, false
	}
	mAt := r.gap(j)
	mo, end, ok := r.month(mAt, false)
	if !ok || r.yearFollows(end) {
		return p, false // ۱۲۳۴ | ۲۹ اسفند ۱۴۰۲: the number before is not the year
	}
	m.prec, m.y, m.yAt, m.m, m.mAt, m.d, m.dAt = PrecisionDay, y.val, y.start, mo, r.at(mAt), d, dAt
	return end, r.yearOK(m.y, true)
}

// yearFollows reports whether a year (two or four digits, or سال) comes
// after token i.
func (r *reader) yearFollows(i int) bool {
	g := r.gap(i)
	t := r.tok(g)
	return t.kind == kWord && t.word == wSal || t.kind == kNum && (t.digits == 4 || t.digits == 2) && !r.isClock(g+1)
}

// named reads day, month name and year: ۲۳ آذر ۱۴۰۴, یکم خرداد ماه ۱۳۹۸.
func (r *reader) named(p int, m *mention) (int, bool) {
	d, dAt, j, ok := r.day(p)
	if !ok {
		return p, false
	}
	mAt := r.gap(j)
	mo, j, ok := r.month(mAt, true)
	if !ok {
		r.fail(r.at(mAt), pNeedMonthName)
		return p, false
	}
	y, yAt, end, four, ok := r.year(r.gap(j))
	if !ok {
		return p, false
	}
	m.prec, m.y, m.yAt, m.m, m.mAt, m.d, m.dAt = PrecisionDay, y, yAt, mo, r.at(mAt), d, dAt
	return end, r.yearOK(y, four)
}

// monthYear reads a month name and year: آذرماه سال ۱۴۰۲.
func (r *reader) monthYear(p int, m *mention) (int, bool) {
	mo, j, ok := r.month(p, false)
	if !ok {
		r.fail(r.at(p), pExpectedDate)
		return p, false
	}
	y, yAt, end, four, ok := r.year(r.gap(j))
	if !ok {
		return p, false
	}
	m.prec, m.y, m.yAt, m.m, m.mAt = PrecisionMonth, y, yAt, mo, r.at(p)
	return end, r.yearOK(y, four)
}

// yearOnly reads سال ۱۴۰۲ or ۱۴۰۲ ه.ش: a four-digit year with سال before
// it or an era after it.
func (r *reader) yearOnly(p int, m *mention) (int, bool) {
	t := r.tok(p)
	if t.kind != kWord || t.word != wSal {
		if t.kind != kNum || t.digits != 4 {
			return p, false
		}
		end, e := r.era(r.gap(p + 1))
		if e != eraSolar {
			r.fail(t.end, pNeedMonthOrEra)
			return p, false
		}
		m.prec, m.y, m.yAt = PrecisionYear, t.val, t.start
		return end, r.yearOK(t.val, true)
	}
	if !r.whole && r.lunarMonthBefore(p) {
		return p, false // ماه رمضان سال ۱۴۴۵ is a lunar year
	}
	yi := r.gap(p + 1)
	y := r.tok(yi)
	if y.kind != kNum || y.digits != 4 && y.digits != 2 || r.isClock(yi+1) {
		r.fail(y.start, pNeedYearAfterSal)
		return p, false
	}
	end, ok := r.solarEra(yi + 1)
	if !ok || !r.whole && (r.countFollows(end) || y.digits == 2 && r.unitFollows(end)) {
		return p, false
	}
	year := y.val
	if y.digits == 2 {
		year = r.century(year)
	}
	m.prec, m.y, m.yAt = PrecisionYear, year, y.start
	return end, r.yearOK(year, y.digits == 4)
}

// lunarMonthBefore reports whether a lunar month name comes just before
// token p.
func (r *reader) lunarMonthBefore(p int) bool {
	t := r.tok(p - 1)
	if t.kind == kSpace {
		t = r.tok(p - 2)
	}
	return t.kind == kWord && (t.word == wHijriMonth || t.word == wHijriTail)
}

// unitFollows reports whether a word of time or quantity follows token i:
// سال ۱۲ ماه is a duration, not the year 12.
func (r *reader) unitFollows(i int) bool {
	t := r.tok(r.spaces(i))
	if t.kind != kWord {
		return false
	}
	switch t.word {
	case wCount, wMah, wSal, wRooz, wMinute:
		return true
	}
	return false
}

// day reads a day of the month: digits or an ordinal word. It returns the
// day, its byte offset and the index after it.
func (r *reader) day(p int) (d, at, end int, ok bool) {
	t := r.tok(p)
	switch {
	case t.kind == kNum:
		if t.digits > 2 || r.isClock(p+1) {
			return 0, 0, p, false
		}
		if u := r.spaces(p + 1); r.word(u, wAm) { // ۲۲ام, ۲۲ ام
			return t.val, t.start, u + 1, true
		}
		return t.val, t.start, p + 1, true
	case t.kind != kWord:
		return 0, 0, p, false
	case t.word == wOrdinal:
		return t.val, t.start, p + 1, true
	case t.word == wTens:
		ui := r.spaces(p + 1)
		if r.word(ui, wAm) && t.val == 30 {
			return 30, t.start, ui + 1, true
		}
		if r.word(ui, wAnd) {
			vi := r.spaces(ui + 1)
			if v := r.tok(vi); v.kind == kWord && v.word == wOrdinal && v.val < 10 {
				return t.val + v.val, t.start, vi + 1, true
			}
		}
	}
	return 0, 0, p, false
}

// month reads a month name, with ماه joined or apart. Dari names count
// only where a day comes before them.
func (r *reader) month(p int, dari bool) (mo, end int, ok bool) {
	t := r.tok(p)
	if t.kind != kWord {
		return 0, p, false
	}
	switch t.word {
	case wMonthMah:
		return t.val, p + 1, true
	case wDariMonth:
		if !dari {
			return 0, p, false
		}
	case wMonth:
	default:
		return 0, p, false
	}
	end = p + 1
	if u := r.spaces(end); r.word(u, wMah) {
		end = u + 1
	}
	return t.val, end, true
}

// year reads a year after a month: [سال] four or two digits [era]. It
// returns the year, its byte offset, the index after it, and whether it
// had four digits.
func (r *reader) year(p int) (y, at, end int, four, ok bool) {
	i := p
	if r.word(i, wSal) {
		i = r.gap(i + 1)
	}
	t := r.tok(i)
	if t.kind != kNum || (t.digits != 4 && t.digits != 2) || r.isClock(i+1) {
		r.fail(t.start, pNeedYearAfterMonth)
		return 0, 0, p, false, false
	}
	y, four = t.val, t.digits == 4
	if !four {
		y = r.century(y)
	}
	end, ok = r.solarEra(i + 1)
	if !ok || !r.whole && r.countFollows(end) {
		return 0, 0, p, false, false
	}
	return y, t.start, end, four, true
}

// yearOK checks that y is a year this reader accepts. Parse accepts any
// year and lets New report it; FindAll takes a four-digit year from 1800 on
// for a Gregorian one, not a date of its concern.
func (r *reader) yearOK(y int, four bool) bool {
	if r.whole || !four {
		return true
	}
	return y >= MinYear && y < maxFoundYear
}

// maxFoundYear bounds the four-digit years FindAll reads as Jalali years:
// 1800 and later are Gregorian years in Persian text.
const maxFoundYear = 1800

// century resolves a two-digit year to the year ending in those digits that
// lies within 50 years of the pivot: Pivot-50 ≤ year < Pivot+50.
func (r *reader) century(yy int) int {
	lo := r.pivot - 50
	y := lo - floorMod(lo, 100) + yy
	if y < lo {
		y += 100
	}
	return y
}

// weekday reads a weekday name: شنبه, سه‌شنبه, سه شنبه, يكشنبه.
func (r *reader) weekday(p int) (time.Weekday, int, bool) {
	t := r.tok(p)
	if t.kind != kWord {
		return 0, p, false
	}
	switch t.word {
	case wWeekday:
		return time.Weekday(t.val), p + 1, true
	case wWeekdayHead:
		ui := r.spaces(p + 1)
		if u := r.tok(ui); u.kind == kWord && u.word == wWeekday && u.val == int(time.Saturday) {
			return time.Weekday(t.val), ui + 1, true
		}
	}
	return 0, p, false
}

// isClock reports whether token i and the one after are a colon and a
// number: the number before i is the hour of a clock time.
func (r *reader) isClock(i int) bool {
	return r.punct(i, ':') && r.tok(i+1).kind == kNum
}

// countFollows reports whether a count or unit word follows, at token i,
// the number before it (۲۷۸ هزار, ۱۴۰۰ نفر): the number is a quantity.
func (r *reader) countFollows(i int) bool {
	return r.word(r.spaces(i), wCount)
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
