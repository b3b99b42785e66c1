package calendar

import "time"

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
