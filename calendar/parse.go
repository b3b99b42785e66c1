package calendar

import (
	"time"

	"github.com/daftar-go/daftar/internal/digits"
)

// DefaultPivot is the year two-digit years are read near when a Parser
// does not set its own: a two-digit year becomes the year ending in those
// digits within Pivot-50 … Pivot+49, which is 1330–1429 for the default, so
// 97 is 1397, 03 is 1403 and 32 (۲۸ مرداد ۳۲) is 1332. Texts write
// two-digit years mostly for the past, hence a window that reaches back
// further than ahead.
const DefaultPivot = 1380

// A Parser reads dates from text. The zero Parser is ready to use and is
// what the package functions Parse, ParseMatch, ParseTime and FindAll use.
// A Parser is a value and safe for concurrent use.
type Parser struct {
	// Pivot is the year near which two-digit years are read: yy becomes
	// the year ending in yy from Pivot-50 to Pivot+49. Zero means
	// DefaultPivot.
	Pivot int
}

func (p Parser) pivot() int {
	if p.Pivot == 0 {
		return DefaultPivot
	}
	return p.Pivot
}

// Parse reads one date written in any of the ways Iranian text writes
// dates, and nothing else but white space around it. It accepts:
//
//   - numbers in either order: 1403/01/15, 1390/1/16, 1403-12-30,
//     1403.01.15, 15/01/1403, and two-digit years (20/06/97, 93-02-15; see
//     Parser.Pivot), in ASCII, Persian or Arabic-Indic digits, mixed;
//   - month names: ۲۳ آذر ۱۴۰۴, یکم خرداد ماه ۱۳۹۸, سی‌ام شهریور ۱۴۰۳,
//     اسفندماه ۱۴۰۲, in Persian spellings (Arabic ي and ك, ابان and اذر
//     without madda, the old امرداد) and the Dari names (۱۲ حمل ۱۴۰۳);
//   - a weekday before or after (سه شنبه, سه‌شنبه, يكشنبه), a time of day
//     before or after (۲۳:۴۸, ساعت ۱۱:۵۵, ۱۶:۵۹ ب.ظ, in parentheses or
//     not), the year first (۱۳۹۹ جمعه ۲۴ مرداد), separators (- | / , ،)
//     between the parts, an era marker (ه.ش, هـ.ش, هجری شمسی, شمسی), and the
//     same day in the Gregorian calendar after it (11 March, 2026);
//   - only a month and year (آذرماه سال ۱۴۰۲) or only a year (سال ۱۴۰۲,
//     ۱۴۰۲ ه.ش), for which Parse returns the period's first day; use
//     ParseMatch to learn the precision.
//
// Invisible marks (ZWNJ, RLM, LRM and the other bidi controls, tatweel,
// diacritics) are ignored wherever they fall. Invalid dates are errors,
// never adjusted: 1404/12/30 and ۳۲ مهر ۱۴۰۲ fail. A stated weekday that
// contradicts the date is not an error; ParseMatch reports it. A date whose
// era marker says it is lunar or Gregorian (ه.ق, میلادی) fails, and so does
// a Gregorian date after it that is not the same day.
//
// The error is a *ParseError whose Offset and message say which part of s
// is wrong.
func Parse(s string) (Date, error) { return Parser{}.Parse(s) }

// ParseMatch is like Parse but returns everything the text states: the
// precision, a weekday, a time of day, and the calendar the date was written
// in. The Match spans the date in s, without the white space and line
// breaks around it.
func ParseMatch(s string) (Match, error) { return Parser{}.ParseMatch(s) }

// ParseTime reads a date, and the time of day if the text states one, as
// an instant in loc (nil means Tehran()): يكشنبه 26 خرداد 1398 18:26:05 is
// 18:26:05 on 1398/03/26 in loc. Without a time of day it returns midnight.
func ParseTime(s string, loc *time.Location) (time.Time, error) {
	return Parser{}.ParseTime(s, loc)
}

// Parse is the package function Parse, with p's settings.
func (p Parser) Parse(s string) (Date, error) {
	if d, ok := quickNumeric(s); ok {
		return d, nil
	}
	m, err := p.ParseMatch(s)
	return m.Date, err
}

// ParseMatch is the package function ParseMatch, with p's settings.
func (p Parser) ParseMatch(s string) (Match, error) {
	var buf [parseTokens]token
	toks := buf[:]
	n, next := fillTokens(toks, s, 0)
	if next < len(s) {
		// A long text, which is rarely a date: lex up to maxParseTokens
		// of it into a slice of its own.
		toks = make([]token, maxParseTokens)
		copy(toks, buf[:n])
		k, nx := fillTokens(toks[n:], s, next)
		n, next = n+k, nx
	}
	r := reader{
		s: s, toks: toks[:n], eof: token{kind: kEOF, start: next, end: next},
		pivot: p.pivot(), whole: true,
	}
	m, ok := r.mention(r.blank(0))
	if ok {
		end := r.blank(m.next)
		if end >= n && next == len(s) {
			return m.match(), nil
		}
		r.fail(r.at(end), pTrailingText)
	}
	if r.hasBad {
		return Match{}, r.bad.error(s)
	}
	return Match{}, syntaxAt(s, r.errAt, r.err)
}

// Parse lexes its input into parseTokens tokens on the stack, which hold
// any ordinary date, and a longer text into a slice of maxParseTokens. No
// date takes a quarter as many; a text that does fails with "unexpected
// text" where the count runs out.
const (
	parseTokens    = 32
	maxParseTokens = 512
)

// ParseTime is the package function ParseTime, with p's settings.
func (p Parser) ParseTime(s string, loc *time.Location) (time.Time, error) {
	m, err := p.ParseMatch(s)
	if err != nil {
		return time.Time{}, err
	}
	return m.Time(loc), nil
}

// match returns the Match a checked mention makes.
func (m *mention) match() Match {
	return Match{
		Date: m.date, Start: m.start, End: m.end, Precision: m.prec,
		Weekday: m.wd, HasWeekday: m.hasWd, Clock: m.clock, HasClock: m.hasClock, Calendar: m.cal,
	}
}

// error returns the *ParseError for a date that does not exist.
func (b badDate) error(s string) error {
	if b.p != 0 {
		return &ParseError{Input: s, Offset: b.partAt, Err: invalidError(b.p.String())}
	}
	_, err := New(b.y, Month(b.m), b.d)
	return &ParseError{Input: s, Offset: b.partAt, Err: err}
}

// syntaxAt returns the *ParseError for problem p at byte offset at.
func syntaxAt(s string, at int, p problem) error {
	if p == 0 {
		p = pExpectedDate
	}
	return &ParseError{Input: s, Offset: at, Err: syntaxError(p.String())}
}

// quickNumeric reads the common form yyyy/mm/dd (or with dashes), with one-
// or two-digit month and day, in any digits, without allocating. It
// reports false for anything else, valid or not, and leaves that to the
// full reader.
func quickNumeric(s string) (Date, bool) {
	y, n, i := digits.Number(s, 0, 5)
	if n != 4 || i >= len(s) || (s[i] != '/' && s[i] != '-') {
		return Date{}, false
	}
	sep := s[i]
	m, n, j := digits.Number(s, i+1, 3)
	if n == 0 || n > 2 || j >= len(s) || s[j] != sep {
		return Date{}, false
	}
	d, n, k := digits.Number(s, j+1, 3)
	if n == 0 || n > 2 || k != len(s) {
		return Date{}, false
	}
	return valid(y, m, d)
}
