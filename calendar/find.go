package calendar

import (
	"iter"
	"slices"
)

// FindAll returns every date mentioned in text, in order, as Matches whose
// Start and End are byte offsets into text. Each span reads back with
// Parse to the Match's Date.
//
// FindAll reads the forms Parse reads, but is stricter about what counts as
// a date in running text: numbers that run into letters, underscores,
// other digits or a URL path (IMG_7675, 1403/01/15/2) are not dates, nor
// are numbers followed by a unit or count (۲۷۸ هزار نفر, ۱۴۰۰ میلیارد
// ریال), news codes, list numbers (1،2،5،8), sums (1 + 7 =) and phone
// numbers, which are not in a date's shape. A month name counts only with a
// day or year next to it (مهر alone is also a seal), a Dari month name only
// between a day and a year (میزان is also "amount"), and a four-digit year
// only with a month, or with سال before it or an era after it. Four-digit
// years from 1800 on are Gregorian years and are skipped. A day and month
// without a year (۱۵ تیر) are not reported: the year would be a guess.
func FindAll(text string) []Match { return Parser{}.FindAll(text) }

// FindAll is the package function FindAll, with p's settings.
func (p Parser) FindAll(text string) []Match { return slices.Collect(p.All(text)) }

// All returns the dates mentioned in text, one at a time, in order, as
// FindAll finds them. It does not allocate.
func (p Parser) All(text string) iter.Seq[Match] {
	return func(yield func(Match) bool) {
		// The text is lexed into a window of tokens that slides along
		// it, so that a long text needs no more memory than a short one.
		var buf [findWindow]token
		r := reader{s: text, pivot: p.pivot()}
		n, next := 0, 0
		for i := 0; ; {
			if i > n-findLookahead && next < len(text) {
				n = copy(buf[:], buf[i:n])
				i = 0
				var k int
				k, next = fillTokens(buf[n:], text, next)
				n += k
				r.toks = buf[:n]
				r.eof = token{kind: kEOF, start: next, end: next}
			}
			if i >= n {
				return
			}
			t := &buf[i]
			if startsMention(t) && !gluedBefore(text, t.start) {
				m, ok := r.mention(i)
				if ok && !gluedAfter(text, m.end) {
					if !yield(m.match()) {
						return
					}
					i = m.next
					continue
				}
				if m.invalid {
					i = m.next // a date that does not exist: none of it is a date
					continue
				}
			}
			i++
		}
	}
}

// FindAll lexes text into a window of findWindow tokens and keeps at least
// findLookahead of them ahead of where a mention may start: more than the
// longest mention the grammar can read.
const (
	findWindow    = 256
	findLookahead = 128
)

// startsMention reports whether a mention can start with t: a number, or a
// word that a date can start with.
func startsMention(t *token) bool {
	switch t.kind {
	case kNum:
		return true
	case kWord:
		switch t.word {
		case wMonth, wMonthMah, wWeekday, wWeekdayHead, wOrdinal, wTens, wSal, wSaat:
			return true
		}
	}
	return false
}
