package calendar

import "time"

// The grammar of a date mention, shared by Parse (which reads all of a
// string) and FindAll (which looks for mentions in text):
//
//	mention  = { clock gap | weekday gap [مورخ gap] } core { gap suffix }
//	core     = numeric | year gap [weekday gap] day gap month
//	         | day gap month gap year | month gap year | سال gap year | year gap era
//	numeric  = n sep n sep n        (sep one of / - . ٫, the same twice)
//	day      = 1-2 digits | یکم اول ... سی‌ام سی‌ویکم | بیست و یکم | سی ام
//	month    = month name [ماه]     (Persian, Dari; ماه joined or apart)
//	year     = [سال gap] 4 or 2 digits [gap era]
//	suffix   = weekday | clock | the same day in the Gregorian calendar
//	gap      = spaces, at most one of - | / , ، – — and spaces
//
// A reader never allocates while it reads; Parse builds its error from the
// furthest failure the reader noted.
type reader struct {
	s     string
	pivot int
	whole bool // reading all of s for Parse, rather than finding mentions

	// The furthest failure, for Parse's error: a syntax message at errAt,
	// or a date that does not exist (which outranks any syntax failure).
	errAt  int
	errMsg string
	bad    *badDate
}

// badDate is a date that was read in full but does not exist.
type badDate struct {
	at      int // where its first field starts
	y, m, d int
	part    string // which field is wrong, for the offset
	partAt  int
}

// fail notes that the reader expected something else at offset at.
func (r *reader) fail(at int, msg string) {
	if r.whole && r.bad == nil && (r.errMsg == "" || at > r.errAt) {
		r.errAt, r.errMsg = at, msg
	}
}

// A mention is what the grammar read, before it is checked.
type mention struct {
	start, end int
	prec       Precision
	y, m, d    int // the fields read; d is 0 below day precision
	yAt, mAt   int // offsets of the year and month, for errors
	dAt        int
	alt        bool // an ambiguous numeric date: day first is also possible
	altY, altD int  // the day-first reading (month stays)

	wd       time.Weekday
	hasWd    bool
	clock    Clock
	hasClock bool
	date     Date // set by resolve
	invalid  bool // read in full, but the date does not exist
}

// gapSeparators may stand, once, between the parts of a mention.
func isGapSeparator(r int) bool {
	switch r {
	case '-', '|', '/', ',', '،', '–', '—', '\\':
		return true
	}
	return false
}

// isNumericSeparator reports whether r separates the fields of a numeric
// date: / - . and the Arabic decimal separator ٫, which Persian keyboards
// type for a slash.
func isNumericSeparator(r int) bool {
	return r == '/' || r == '-' || r == '.' || r == '٫'
}

// gap skips spaces and at most one separator between two parts of a
// mention.
func (r *reader) gap(i int) int {
	t := lex(r.s, i)
	if t.kind == kSpace {
		t = lex(r.s, t.end)
	}
	if t.kind == kPunct && isGapSeparator(t.val) {
		i = t.end
		if t = lex(r.s, i); t.kind == kSpace {
			i = t.end
		}
		return i
	}
	return t.start
}

// spaces skips white space and invisible marks only.
func (r *reader) spaces(i int) int {
	t := lex(r.s, i)
	if t.kind == kSpace {
		return t.end
	}
	return t.start
}

// mention reads a mention that starts at i.
func (r *reader) mention(i int) (mention, bool) {
	var m mention
	m.start = skipInvisible(r.s, i)
	p := m.start
	for k := 0; k < 2; k++ {
		if !m.hasClock {
			if c, j, ok := r.clock(p); ok {
				m.clock, m.hasClock = c, true
				p = r.gap(j)
				continue
			}
		}
		if !m.hasWd {
			if w, j, ok := r.weekday(p); ok {
				m.wd, m.hasWd = w, true
				p = r.gap(j)
				if t := lex(r.s, p); t.kind == kWord && t.word == wDated {
					p = r.gap(t.end)
				}
				continue
			}
		}
		break
	}
	end, ok := r.core(p, &m)
	if !ok {
		return m, false
	}
	m.end = r.suffixes(end, &m)
	ok = r.resolve(&m)
	m.invalid = !ok
	return m, ok
}

// core reads the date itself, trying each form in turn.
func (r *reader) core(p int, m *mention) (int, bool) {
	forms := [...]func(*reader, int, *mention) (int, bool){
		(*reader).numeric, (*reader).yearFirst, (*reader).named,
		(*reader).monthYear, (*reader).yearOnly,
	}
	for _, form := range forms {
		c := *m
		if end, ok := form(r, p, &c); ok {
			*m = c
			return end, true
		}
	}
	return p, false
}

// suffixes reads what may follow the date: a weekday, a clock time and the
// same day in the Gregorian calendar, each at most once. It returns the end
// of the mention.
func (r *reader) suffixes(end int, m *mention) int {
	gregorian := false
	for k := 0; k < 3; k++ {
		g := r.gap(end)
		if !m.hasWd {
			if w, j, ok := r.weekday(g); ok {
				m.wd, m.hasWd, end = w, true, j
				continue
			}
		}
		if !m.hasClock {
			if c, j, ok := r.clock(g); ok {
				m.clock, m.hasClock, end = c, true, j
				continue
			}
		}
		if !gregorian && m.prec == PrecisionDay {
			if j, ok := r.gregorian(g, m); ok {
				gregorian, end = true, j
				continue
			}
		}
		break
	}
	return end
}

// numeric reads y/m/d or d/m/y with one separator.
func (r *reader) numeric(p int, m *mention) (int, bool) {
	a := lex(r.s, p)
	if a.kind != kNum {
		r.fail(a.start, "expected a date")
		return p, false
	}
	s1 := lex(r.s, a.end)
	if s1.kind != kPunct || !isNumericSeparator(s1.val) {
		return p, false
	}
	b := lex(r.s, s1.end)
	if b.kind != kNum {
		r.fail(b.start, "expected the month number")
		return p, false
	}
	s2 := lex(r.s, b.end)
	if s2.kind != kPunct || s2.val != s1.val {
		r.fail(s2.start, "expected the same separator after the month")
		return p, false
	}
	c := lex(r.s, s2.end)
	if c.kind != kNum {
		r.fail(c.start, "expected the day or the year")
		return p, false
	}
	if b.digits > 2 {
		r.fail(b.start, "the month has more than two digits")
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
		r.fail(c.start, "the day has more than two digits")
		return p, false
	case c.digits == 4:
		r.fail(a.start, "the day has more than two digits")
		return p, false
	default:
		r.fail(a.start, "a numeric date needs a four-digit year first or last, or a two-digit year")
		return p, false
	}
	end := c.end
	switch j, e := r.era(r.gap(end)); e {
	case eraSolar:
		end = j
	case eraNone:
	default:
		r.fail(r.gap(end), "the era marker says the date is not a Solar Hijri date")
		return p, false
	}
	if !r.whole && r.countFollows(end) {
		return p, false
	}
	return end, r.yearOK(m.y, a.digits == 4 || c.digits == 4)
}

// yearFirst reads a year, then the day and month: ۱۳۹۹ جمعه ۲۴ مرداد.
func (r *reader) yearFirst(p int, m *mention) (int, bool) {
	y := lex(r.s, p)
	if y.kind != kNum || y.digits != 4 {
		return p, false
	}
	q := r.gap(y.end)
	if !m.hasWd {
		if w, j, ok := r.weekday(q); ok {
			m.wd, m.hasWd = w, true
			q = r.gap(j)
		}
	}
	d, dAt, j, ok := r.day(q)
	if !ok {
		return p, false
	}
	mo, end, ok := r.month(r.gap(j), false)
	if !ok {
		return p, false
	}
	m.prec, m.y, m.yAt, m.m, m.mAt, m.d, m.dAt = PrecisionDay, y.val, y.start, mo, r.gap(j), d, dAt
	return end, r.yearOK(m.y, true)
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
		r.fail(mAt, "expected a month name after the day")
		return p, false
	}
	y, yAt, end, four, ok := r.year(r.gap(j))
	if !ok {
		return p, false
	}
	m.prec, m.y, m.yAt, m.m, m.mAt, m.d, m.dAt = PrecisionDay, y, yAt, mo, mAt, d, dAt
	return end, r.yearOK(y, four)
}

// monthYear reads a month name and year: آذرماه سال ۱۴۰۲.
func (r *reader) monthYear(p int, m *mention) (int, bool) {
	mo, j, ok := r.month(p, false)
	if !ok {
		r.fail(p, "expected a date")
		return p, false
	}
	y, yAt, end, four, ok := r.year(r.gap(j))
	if !ok {
		return p, false
	}
	m.prec, m.y, m.yAt, m.m, m.mAt = PrecisionMonth, y, yAt, mo, p
	return end, r.yearOK(y, four)
}

// yearOnly reads سال ۱۴۰۲ or ۱۴۰۲ ه.ش: a four-digit year with سال before
// it or an era after it.
func (r *reader) yearOnly(p int, m *mention) (int, bool) {
	t := lex(r.s, p)
	if t.kind != kWord || t.word != wSal {
		if t.kind != kNum || t.digits != 4 {
			return p, false
		}
		end, e := r.era(r.gap(t.end))
		if e != eraSolar {
			r.fail(t.end, "expected a month and day, or an era such as ه.ش, after the year")
			return p, false
		}
		m.prec, m.y, m.yAt = PrecisionYear, t.val, t.start
		return end, r.yearOK(t.val, true)
	}
	y := lex(r.s, r.gap(t.end))
	if y.kind != kNum || y.digits != 4 {
		r.fail(y.start, "expected a four-digit year after سال")
		return p, false
	}
	end := y.end
	if j, e := r.era(r.gap(end)); e == eraSolar {
		end = j
	} else if e != eraNone {
		r.fail(r.gap(end), "the era marker says the year is not a Solar Hijri year")
		return p, false
	}
	if !r.whole && r.countFollows(end) {
		return p, false
	}
	m.prec, m.y, m.yAt = PrecisionYear, y.val, y.start
	return end, r.yearOK(y.val, true)
}

// day reads a day of the month: digits or an ordinal word.
func (r *reader) day(p int) (d, at, end int, ok bool) {
	t := lex(r.s, p)
	switch {
	case t.kind == kNum:
		if t.digits > 2 || r.isClock(t.end) {
			return 0, 0, p, false
		}
		return t.val, t.start, t.end, true
	case t.kind != kWord:
		return 0, 0, p, false
	case t.word == wOrdinal:
		return t.val, t.start, t.end, true
	case t.word == wTens:
		u := lex(r.s, r.spaces(t.end))
		if u.kind == kWord && u.word == wAm && t.val == 30 {
			return 30, t.start, u.end, true
		}
		if u.kind == kWord && u.word == wAnd {
			v := lex(r.s, r.spaces(u.end))
			if v.kind == kWord && v.word == wOrdinal && v.val < 10 {
				return t.val + v.val, t.start, v.end, true
			}
		}
	}
	return 0, 0, p, false
}

// month reads a month name, with ماه joined or apart. Dari names count
// only where a day comes before them.
func (r *reader) month(p int, dari bool) (mo, end int, ok bool) {
	t := lex(r.s, p)
	if t.kind != kWord {
		return 0, p, false
	}
	switch t.word {
	case wMonthMah:
		return t.val, t.end, true
	case wDariMonth:
		if !dari {
			return 0, p, false
		}
	case wMonth:
	default:
		return 0, p, false
	}
	end = t.end
	if u := lex(r.s, r.spaces(end)); u.kind == kWord && u.word == wMah {
		end = u.end
	}
	return t.val, end, true
}

// year reads a year after a month: [سال] four or two digits [era]. four
// reports whether it had four digits.
func (r *reader) year(p int) (y, at, end int, four, ok bool) {
	t := lex(r.s, p)
	if t.kind == kWord && t.word == wSal {
		t = lex(r.s, r.gap(t.end))
	}
	if t.kind != kNum || (t.digits != 4 && t.digits != 2) || r.isClock(t.end) {
		r.fail(t.start, "expected the year")
		return 0, 0, p, false, false
	}
	y, four, end = t.val, t.digits == 4, t.end
	if !four {
		y = r.century(y)
	}
	j, e := r.era(r.gap(end))
	switch e {
	case eraSolar:
		end = j
	case eraNone:
	default:
		r.fail(r.gap(end), "the era marker says the date is not a Solar Hijri date")
		return 0, 0, p, false, false
	}
	if !r.whole && r.countFollows(end) {
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
	t := lex(r.s, p)
	if t.kind != kWord {
		return 0, p, false
	}
	switch t.word {
	case wWeekday:
		return time.Weekday(t.val), t.end, true
	case wWeekdayHead:
		u := lex(r.s, r.spaces(t.end))
		if u.kind == kWord && u.word == wWeekday && u.val == int(time.Saturday) {
			return time.Weekday(t.val), u.end, true
		}
	}
	return 0, p, false
}

// isClock reports whether a number that ends at i is the hour of a clock
// time: a colon and a digit follow.
func (r *reader) isClock(i int) bool {
	t := lex(r.s, i)
	return t.kind == kPunct && t.val == ':' && lex(r.s, t.end).kind == kNum
}

// countFollows reports whether a count or unit word follows the number that
// ends at i (۲۷۸ هزار, ۱۴۰۰ نفر), which makes the number a quantity.
func (r *reader) countFollows(i int) bool {
	t := lex(r.s, r.spaces(i))
	return t.kind == kWord && t.word == wCount
}

// gluedBefore reports whether a mention that starts at s[start] runs on
// from what is before it: a letter, digit or underscore touches it, or a
// digit and a numeric separator do (a URL path, a version or IP number).
func gluedBefore(s string, start int) bool {
	if start == 0 {
		return false
	}
	c := s[start-1]
	switch {
	case c == '_' || isLatinLetter(c) || c-'0' <= 9:
		return true
	case isNumericSeparator(int(c)):
		return start > 1 && s[start-2]-'0' <= 9
	case c < 0x80:
		return false
	}
	j := start - 1
	for j > 0 && s[j]&0xC0 == 0x80 {
		j--
	}
	t := lex(s, j)
	return t.start == j && (t.kind == kWord || t.kind == kNum)
}

// gluedAfter reports whether a mention that ends at s[end] runs on into
// what follows: a letter or digit touches it, or an underscore or numeric
// separator and a digit do.
func gluedAfter(s string, end int) bool {
	t := lex(s, end)
	switch {
	case t.start != end:
		return false
	case t.kind == kWord, t.kind == kNum:
		return true
	case t.kind == kPunct && (t.val == '_' || isNumericSeparator(t.val)):
		return lex(s, t.end).kind == kNum
	}
	return false
}
