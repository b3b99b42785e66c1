package calendar

import (
	"time"
	"unicode/utf8"
)

// The grammar of a date mention, shared by Parse (which reads all of a
// string) and FindAll (which looks for mentions in text):
//
//	mention  = { clock gap | weekday gap [مورخ gap] } core { gap suffix }
//	core     = numeric | year gap [weekday gap] day gap month | year gap month gap day
//	         | day gap month gap year | month gap year | سال gap year | year gap era
//	         | day gap lunar-month gap year | day gap gregorian-month gap year
//	numeric  = n sep n sep n        (sep one of / - . ٫, the same twice; spaces only around /)
//	day      = 1-2 digits | یکم اول ... سی‌ام سی‌ویکم | بیست و یکم | سی ام
//	month    = month name [ماه]     (Persian, Dari; ماه joined or apart)
//	year     = [سال gap] 4 or 2 digits [gap era]
//	suffix   = weekday | clock | [برابر با] the same day in the Gregorian or lunar calendar
//	gap      = spaces, at most one of - | / , ، – — and spaces
//
// The text is lexed once into a slice of tokens, and the grammar works on
// token indices: trying one form after another costs no lexing. A reader
// never allocates while it reads; Parse builds its error from the furthest
// failure the reader noted.
type reader struct {
	s     string
	toks  []token // the tokens being read
	eof   token   // what tok returns past the end of toks
	pivot int
	whole bool // reading all of s for Parse, rather than finding mentions

	// The furthest failure, for Parse's error: a syntax problem at errAt,
	// or a date that does not exist (which outranks any syntax failure).
	// They hold no pointers, so that handing them to parseError does not
	// move the reader, and its tokens, to the heap.
	errAt  int
	err    problem
	bad    badDate
	hasBad bool
}

// tok returns token i, or the end-of-text token past the last one.
func (r *reader) tok(i int) *token {
	if uint(i) < uint(len(r.toks)) {
		return &r.toks[i]
	}
	return &r.eof
}

// at returns the byte offset where token i starts.
func (r *reader) at(i int) int { return r.tok(i).start }

// fillTokens lexes s from byte offset from into dst until dst is full or
// the text ends. It returns how many tokens it wrote, not counting the end
// of the text, and the byte offset where it stopped.
func fillTokens(dst []token, s string, from int) (n, next int) {
	for n < len(dst) {
		t := &dst[n]
		lexInto(t, s, from)
		if t.kind == kEOF {
			return n, len(s)
		}
		n++
		from = t.end
	}
	return n, from
}

// badDate is a date that was read in full but does not exist.
type badDate struct {
	y, m, d int
	partAt  int     // where the wrong field starts
	p       problem // for a lunar or Gregorian date, why it does not exist
}

// fail notes that the reader expected something else at byte offset at.
func (r *reader) fail(at int, p problem) {
	if r.whole && !r.hasBad && (r.err == 0 || at > r.errAt) {
		r.errAt, r.err = at, p
	}
}

// A problem is why the grammar failed where it did; problems holds the
// messages (a test checks that each has one).
type problem uint8

// String returns the problem's message.
func (p problem) String() string {
	if int(p) < len(problems) && problems[p] != "" {
		return problems[p]
	}
	return problems[pExpectedDate]
}

const (
	pExpectedDate problem = iota + 1
	pNeedYear
	pNeedYearAfterSal
	pNeedMonthOrEra
	pNeedMonthName
	pNeedDayOrYear
	pNeedMonthNumber
	pNeedSameSeparator
	pNeedYearAfterMonth
	pGregorianDiffers
	pLongDay
	pOtherEra
	pLongMonth
	pBadClock
	pTrailingText
	pLunarDiffers
	pNoSuchLunarDay
	pNoSuchGregorianDay
)

var problems = [...]string{
	pExpectedDate:       "expected a date",
	pNeedYear:           "a numeric date needs a four-digit year first or last, or a two-digit year",
	pNeedYearAfterSal:   "expected a four-digit year after سال",
	pNeedMonthOrEra:     "expected a month and day, or an era such as ه.ش, after the year",
	pNeedMonthName:      "expected a month name after the day",
	pNeedDayOrYear:      "expected the day or the year",
	pNeedMonthNumber:    "expected the month number",
	pNeedSameSeparator:  "expected the same separator after the month",
	pNeedYearAfterMonth: "expected the year",
	pGregorianDiffers:   "the Gregorian date is not the same day",
	pLongDay:            "the day has more than two digits",
	pOtherEra:           "the era marker says the date is not a Solar Hijri date",
	pLongMonth:          "the month has more than two digits",
	pBadClock:           "the time of day is not a valid 24-hour time",
	pTrailingText:       "unexpected text after the date",
	pLunarDiffers:       "the lunar Hijri date is not the same day",
	pNoSuchLunarDay:     "no such day in Iran's lunar Hijri calendar",
	pNoSuchGregorianDay: "no such day in the Gregorian calendar, or outside the supported years",
}

// A mention is what the grammar read, before it is checked.
type mention struct {
	start, end int // byte offsets
	next       int // the index of the token after the mention
	prec       Precision
	y, m, d    int // the fields read; d is 0 below day precision
	yAt, mAt   int // byte offsets of the fields, for errors
	dAt        int
	alt        bool // an ambiguous numeric date: day first is also possible
	altY, altD int  // the day-first reading (month stays)

	wd       time.Weekday
	hasWd    bool
	clock    Clock
	hasClock bool
	cal      Calendar // the calendar the text wrote the date in
	date     Date     // set by resolve
	invalid  bool     // read in full, but the date does not exist
}

// isGapSeparator reports whether r may stand, once, between the parts of a
// mention.
func isGapSeparator(r int) bool {
	switch r {
	case '-', '|', '/', ',', '،', '–', '—', '\\', '•', '·':
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
	i = r.spaces(i)
	if t := r.tok(i); t.kind == kPunct && isGapSeparator(t.val) {
		return r.spaces(i + 1)
	}
	return i
}

// blank skips white space and line breaks.
func (r *reader) blank(i int) int {
	for k := r.tok(i).kind; k == kSpace || k == kBreak; k = r.tok(i).kind {
		i++
	}
	return i
}

// spaces skips white space (and the invisible marks in it).
func (r *reader) spaces(i int) int {
	if r.tok(i).kind == kSpace {
		return i + 1
	}
	return i
}

// word reports whether token i is a word of kind k.
func (r *reader) word(i int, k wordKind) bool {
	t := r.tok(i)
	return t.kind == kWord && t.word == k
}

// punct reports whether token i is the punctuation mark c.
func (r *reader) punct(i int, c rune) bool {
	t := r.tok(i)
	return t.kind == kPunct && t.val == int(c)
}

// mention reads a mention that starts at token i.
func (r *reader) mention(i int) (mention, bool) {
	var m mention
	m.start = r.at(i)
	p := i
	for k := 0; k < 2; k++ {
		if !m.hasClock {
			if c, j, ok := r.clock(p); ok {
				m.clock, m.hasClock = c, true
				p = r.gap(j)
				if r.word(p, wRooz) { // ساعت ۱۰ صبح روز ...
					p = r.gap(p + 1)
				}
				continue
			}
		}
		if !m.hasWd {
			if w, j, ok := r.weekday(p); ok {
				m.wd, m.hasWd = w, true
				p = r.gap(j)
				if r.word(p, wDated) {
					p = r.gap(p + 1)
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
	m.next = r.suffixes(end, &m)
	m.end = r.tok(m.next - 1).end
	ok = r.resolve(&m)
	m.invalid = !ok
	return m, ok
}

// core reads the date itself, trying each form in turn. It returns the
// index of the token after it.
func (r *reader) core(p int, m *mention) (int, bool) {
	for form := 0; form < 7; form++ {
		c := *m
		var end int
		var ok bool
		// A switch rather than a table of methods: c stays on the stack.
		switch form {
		case 0:
			end, ok = r.numeric(p, &c)
		case 1:
			end, ok = r.yearFirst(p, &c)
		case 2:
			end, ok = r.named(p, &c)
		case 3:
			end, ok = r.monthYear(p, &c)
		case 4:
			end, ok = r.yearOnly(p, &c)
		case 5:
			end, ok = r.hijriNamed(p, &c)
		case 6:
			end, ok = r.gregorianNamed(p, &c)
		}
		if ok {
			*m = c
			return end, true
		}
	}
	return p, false
}

// suffixes reads what may follow the date: a weekday, a clock time and the
// same day in the Gregorian calendar, each at most once. It returns the
// index of the token after the mention.
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
			if j, ok := r.parallel(g, m); ok {
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

// gluedBefore reports whether a mention that starts at s[start] runs on
// from what is before it: a letter, digit or underscore touches it, a digit
// and a numeric separator do (a version or IP number), or a slash after
// anything but a space does (a URL path). A hyphen after a digit is allowed
// before a four-digit year: 1403/01/15-1403/01/20 is a range of two dates.
func gluedBefore(s string, start int) bool {
	if start == 0 {
		return false
	}
	c, size := utf8.DecodeLastRuneInString(s[:start])
	switch {
	case c == '_' || c < utf8.RuneSelf && isLatinLetter(byte(c)) || isDigitRune(c):
		return true
	case c == '/' || c == '\\':
		before, _ := utf8.DecodeLastRuneInString(s[:start-size])
		return start > size && !isBlank(before)
	case isNumericSeparator(int(c)) || c == '–':
		before, _ := utf8.DecodeLastRuneInString(s[:start-size])
		if !isDigitRune(before) {
			return false
		}
		if c == '-' || c == '–' {
			t := lex(s, start)
			return t.kind != kNum || t.digits != 4
		}
		return true
	case c < utf8.RuneSelf:
		return false
	}
	t := lex(s, start-size)
	return t.start == start-size && (t.kind == kWord || t.kind == kNum)
}

// gluedAfter reports whether a mention that ends at s[end] runs on into
// what follows: a letter or digit touches it, an underscore or a slash and
// anything but a space do, or a numeric separator and a digit do, except a
// hyphen before another date's four-digit year.
func gluedAfter(s string, end int) bool {
	t := lex(s, end)
	switch {
	case t.start != end:
		return false
	case t.kind == kWord, t.kind == kNum:
		return true
	case t.kind != kPunct:
		return false
	case t.val == '_':
		return true
	case t.val == '/' || t.val == '\\':
		u := lex(s, t.end)
		return u.start == t.end && u.kind != kSpace && u.kind != kBreak && u.kind != kEOF
	case isNumericSeparator(t.val) || t.val == '–':
		u := lex(s, t.end)
		if u.kind != kNum {
			return false
		}
		return !(t.val == '-' || t.val == '–') || u.digits != 4
	}
	return false
}

// isDigitRune reports whether r is a digit of any of the three sets.
func isDigitRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= '۰' && r <= '۹' || r >= '٠' && r <= '٩'
}

// isBlank reports whether r is white space or a line break.
func isBlank(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || isSpace(r)
}
