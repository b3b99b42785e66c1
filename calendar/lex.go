package calendar

import (
	"unicode/utf8"

	"github.com/daftar-go/daftar/internal/digits"
)

// The lexer splits date text into tokens: runs of digits, words, spaces,
// line breaks and single punctuation marks. It never allocates: a token is a
// span of the input plus what the span means. Invisible marks (ZWNJ, ZWJ,
// bidi controls, tatweel, diacritics) are transparent: inside a word they
// are part of it and ignored when it is looked up, elsewhere they are
// skipped as if absent.

// A kind is what a token is.
type kind uint8

const (
	kEOF   kind = iota
	kSpace      // a run of horizontal white space
	kBreak      // a line break
	kNum        // a run of digits, in any mix of the three digit sets
	kWord       // a run of letters
	kPunct      // any other character, one at a time
)

// A token is one lexical unit of date text.
type token struct {
	kind       kind
	word       wordKind // for kWord: what the word means, if anything
	digits     int8     // for kNum: how many digits
	start, end int      // the span in the input, without leading invisible marks
	val        int      // kNum: the number; kWord: the word's value; kPunct: the rune
}

// maxNumDigits caps the value of a number token; longer runs of digits keep
// their length but not their value, which no date field can use anyway.
const maxNumDigits = 9

// lex returns the token that starts at s[i], after skipping invisible marks.
func lex(s string, i int) token {
	i = skipInvisible(s, i)
	if i >= len(s) {
		return token{kind: kEOF, start: len(s), end: len(s)}
	}
	c := s[i]
	if v, size := digits.At(s, i); size > 0 {
		t := token{kind: kNum, start: i}
		for size > 0 {
			if t.digits < maxNumDigits {
				t.val = t.val*10 + v
			}
			t.digits++
			i += size
			if i >= len(s) {
				break
			}
			v, size = digits.At(s, i)
		}
		t.end = i
		return t
	}
	if c < utf8.RuneSelf {
		switch {
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			return token{kind: kSpace, start: i, end: skipSpace(s, i)}
		case c == '\n' || c == '\r':
			return token{kind: kBreak, start: i, end: i + 1, val: int(c)}
		case isLatinLetter(c):
			return lexWord(s, i)
		}
		return token{kind: kPunct, start: i, end: i + 1, val: int(c)}
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case isSpace(r):
		return token{kind: kSpace, start: i, end: skipSpace(s, i)}
	case r == '\u2028' || r == '\u2029' || r == '\u0085':
		return token{kind: kBreak, start: i, end: i + size, val: int(r)}
	case isLetter(r):
		return lexWord(s, i)
	}
	return token{kind: kPunct, start: i, end: i + size, val: int(r)}
}

// lexWord reads the word that starts at s[i] and looks it up.
func lexWord(s string, i int) token {
	var buf [maxWordBytes]byte
	n, end := 0, i
	for end < len(s) {
		c := s[end]
		if c < utf8.RuneSelf {
			if !isLatinLetter(c) {
				break
			}
			if n < len(buf) {
				buf[n] = c | 0x20 // lower case
			}
			n++
			end++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[end:])
		switch {
		case isInvisible(r):
		case isLetter(r):
			r = foldLetter(r)
			if n+utf8.RuneLen(r) <= len(buf) {
				utf8.EncodeRune(buf[n:], r)
			}
			n += utf8.RuneLen(r)
		default:
			return wordToken(i, end, buf[:], n)
		}
		end += size
	}
	return wordToken(i, end, buf[:], n)
}

// wordToken makes the token for the word s[start:end], whose folded form is
// buf[:n] (longer words are not looked up).
func wordToken(start, end int, buf []byte, n int) token {
	t := token{kind: kWord, start: start, end: end}
	if n <= len(buf) {
		t.word, t.val = lookupWord(buf[:n])
	}
	return t
}

// skipInvisible returns the index of the first byte at or after i that does
// not start an invisible mark.
func skipInvisible(s string, i int) int {
	for i < len(s) && s[i] >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isInvisible(r) {
			break
		}
		i += size
	}
	return i
}

// skipSpace returns the end of the run of white space and invisible marks
// that starts at i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\v' && c != '\f' {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) && !isInvisible(r) {
			break
		}
		i += size
	}
	return i
}

// isSpace reports whether r is horizontal white space other than ASCII.
func isSpace(r rune) bool {
	switch {
	case r == '\u00A0', r == '\u1680', r >= '\u2000' && r <= '\u200A',
		r == '\u202F', r == '\u205F', r == '\u3000':
		return true
	}
	return false
}

// isInvisible reports whether r is a mark that does not change what a date
// says: joiners, bidi controls, the byte-order mark, tatweel and Arabic
// diacritics.
func isInvisible(r rune) bool {
	switch {
	case r >= '\u200B' && r <= '\u200F', r >= '\u202A' && r <= '\u202E',
		r >= '\u2066' && r <= '\u2069', r == '\u061C', r == '\uFEFF',
		r == '\u0640', r >= '\u064B' && r <= '\u065F', r == '\u0670':
		return true
	}
	return false
}

// isLetter reports whether r is a letter of the Arabic script or a Latin
// letter with a diacritic; ASCII letters are handled byte-wise.
func isLetter(r rune) bool {
	switch {
	case r >= '\u0620' && r <= '\u064A', r >= '\u066E' && r <= '\u06D3',
		r == '\u06D5', r >= '\u06FA' && r <= '\u06FF',
		r >= '\u00C0' && r <= '\u024F' && r != '\u00D7' && r != '\u00F7':
		return true
	}
	return false
}

func isLatinLetter(c byte) bool { return (c|0x20)-'a' < 26 }

// foldLetter maps the letters that Persian text writes in more than one way
// to one form: Arabic yeh and alef maksura to Persian yeh, Arabic kaf to
// Persian keheh, alef with madda or hamza to bare alef, and teh marbuta and
// heh with yeh to heh.
func foldLetter(r rune) rune {
	switch r {
	case 'ي', 'ى', 'ئ':
		return 'ی'
	case 'ك':
		return 'ک'
	case 'آ', 'أ', 'إ', 'ٱ':
		return 'ا'
	case 'ة', 'ۀ', 'ە':
		return 'ه'
	case 'ؤ':
		return 'و'
	}
	return r
}
