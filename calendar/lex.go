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
	var t token
	lexInto(&t, s, i)
	return t
}

// lexInto is lex writing the token into *t, which spares a copy of it on
// the lexer's hot path. It sets every field.
func lexInto(t *token, s string, i int) {
	i = skipInvisible(s, i)
	*t = token{kind: kEOF, start: i, end: i}
	if i >= len(s) {
		return
	}
	c := s[i]
	if v, size := digits.At(s, i); size > 0 {
		t.kind = kNum
		val, n := 0, int8(0)
		for size > 0 {
			if n < maxNumDigits {
				val = val*10 + v
			}
			n++
			i += size
			if i >= len(s) {
				break
			}
			v, size = digits.At(s, i)
		}
		t.val, t.digits, t.end = val, n, i
		return
	}
	size := 1
	r := rune(c)
	if c >= utf8.RuneSelf {
		r, size = decode(s, i)
	}
	switch {
	case c == ' ' || c == '\t' || c == '\v' || c == '\f' || c >= utf8.RuneSelf && isSpace(r):
		t.kind, t.end = kSpace, skipSpace(s, i)
	case c == '\n' || c == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085':
		t.kind, t.end, t.val = kBreak, i+size, int(r)
	case isLatinLetter(c) || c >= utf8.RuneSelf && isLetter(r):
		lexWord(t, s, i)
	default:
		t.kind, t.end, t.val = kPunct, i+size, int(r)
	}
}

// lexWord reads the word that starts at s[i] into *t and looks it up.
func lexWord(t *token, s string, i int) {
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
		// The two-byte sequences of the Arabic script are decoded inline:
		// this loop is where FindAll spends its time.
		var r rune
		size := 2
		if c >= 0xC2 && c < 0xE0 && end+1 < len(s) && s[end+1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(s[end+1]&0x3F)
		} else {
			r, size = utf8.DecodeRuneInString(s[end:])
		}
		// Most letters are in the first two ranges (not tatweel, U+0640);
		// the checks after them catch the rest.
		letter := uint32(r-0x0621) <= 0x063F-0x0621 || uint32(r-0x0641) <= 0x064A-0x0641 ||
			uint32(r-0x0671) <= 0x06D3-0x0671
		if !letter && isInvisible(r) {
			end += size
			continue
		}
		if !letter && !isLetter(r) {
			break
		}
		// Every letter, folded, is below U+0800: two bytes at most.
		r = foldLetter(r)
		if n+2 <= len(buf) {
			buf[n], buf[n+1] = 0xC0|byte(r>>6), 0x80|byte(r&0x3F)
		}
		n += 2
		end += size
	}
	t.kind, t.end = kWord, end
	if n <= len(buf) {
		t.word, t.val = lookupWord(buf[:n])
	}
}

// skipInvisible returns the index of the first byte at or after i that does
// not start an invisible mark.
func skipInvisible(s string, i int) int {
	for i < len(s) && s[i] >= 0xD8 {
		n := invisibleAt(s, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// invisibleAt returns the length of the invisible mark (see isInvisible)
// that starts at s[i], or 0. It looks at the bytes without decoding them.
func invisibleAt(s string, i int) int {
	if i+1 >= len(s) {
		return 0
	}
	c, c1 := s[i], s[i+1]
	switch c {
	case 0xD8: // U+061C
		if c1 == 0x9C {
			return 2
		}
	case 0xD9: // U+0640, U+064B-065F, U+0670
		if c1 == 0x80 || c1 >= 0x8B && c1 <= 0x9F || c1 == 0xB0 {
			return 2
		}
	case 0xE2: // U+200B-200F, U+202A-202E, U+2066-2069
		if i+2 < len(s) {
			c2 := s[i+2]
			if c1 == 0x80 && (c2 >= 0x8B && c2 <= 0x8F || c2 >= 0xAA && c2 <= 0xAE) ||
				c1 == 0x81 && c2 >= 0xA6 && c2 <= 0xA9 {
				return 3
			}
		}
	case 0xEF: // U+FEFF
		if c1 == 0xBB && i+2 < len(s) && s[i+2] == 0xBF {
			return 3
		}
	}
	return 0
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
		r, size := decode(s, i)
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

// decode is utf8.DecodeRuneInString(s[i:]) with the two-byte sequences of
// the Arabic script decoded inline.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}
