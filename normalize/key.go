package normalize

import (
	"unicode/utf8"
	"unsafe"
)

// Key returns a key for matching and deduplicating names and phrases: s
// after the Typography profile, then folded to one form per letter (آ أ إ ٱ
// → ا, ؤ → و, ئ → ی, ة and هٔ → ه), without diacritics, ZWNJ or ZWJ, with
// ASCII digits and lower-case ASCII letters, and with every run of white
// space (line breaks included) as one space, trimmed. So "شهرداري ساري" and
// "شهرداری ساری" share a key, as do "همکاریهای", "همکاری‌های" and
// "همکاری های"; different words never do.
//
// Key(String(s)) == Key(s) for every s.
func Key(s string) string {
	e := Typography.engine()
	normal := e.run(e.resultBuffer(len(s)), unsafe.Slice(unsafe.StringData(s), len(s)))
	e.result = normal
	if cap(e.scratch) < len(normal) {
		e.scratch = make([]byte, 0, len(normal))
	}
	key := appendKey(e.scratch[:0], normal)
	e.scratch = key
	out := string(key)
	putEngine(e)
	return out
}

// AppendKey appends the Key of src to dst.
func AppendKey(dst, src []byte) []byte {
	e := Typography.engine()
	normal := e.run(e.resultBuffer(len(src)), src)
	e.result = normal
	dst = appendKey(dst, normal)
	putEngine(e)
	return dst
}

// appendKey appends the folded form of normal text to dst. Stretches that
// need no folding, single spaces between them included, are copied in bulk.
func appendKey(dst, b []byte) []byte {
	space := false // a space is due before the next character; then start == i
	start := 0     // start of the stretch not yet copied
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if keyKeepsASCII[c] {
				if space {
					dst, space = append(dst, ' '), false
				}
				i++
				continue
			}
			if c == ' ' && !space && (i > start || len(dst) > 0) && keyKeepsAt(b, i+1) {
				i++ // a single space before a kept character stays as it is
				continue
			}
		} else if c-0xD8 < 4 && i+1 < len(b) && keyKeepsArabic[int(c-0xD8)<<6|int(b[i+1]&0x3F)] {
			// Arabic-block letters mostly stay as they are.
			if space {
				dst, space = append(dst, ' '), false
			}
			i = keyKeptRun(b, i+2)
			continue
		}
		dst = append(dst, b[start:i]...)
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r':
				space = len(dst) > 0
				start = i
				continue
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			}
			if space {
				dst, space = append(dst, ' '), false
			}
			dst = append(dst, c)
			start = i
			continue
		}
		r, n := runeAt(b, i)
		i += n
		start = i
		switch {
		case isMark(r) || r == zwnj || r == zwj || r == kashida:
			continue
		case r == nbsp || isExtraSpace(r):
			space = len(dst) > 0
			continue
		}
		if space {
			dst, space = append(dst, ' '), false
		}
		switch {
		case r >= 0x06F0 && r <= 0x06F9:
			dst = append(dst, byte(r-0x06F0)+'0')
		case r >= 0x0660 && r <= 0x0669:
			dst = append(dst, byte(r-0x0660)+'0')
		case r == faDecimal:
			dst = append(dst, '.')
		case r == faThousands:
			dst = append(dst, ',')
		case r == faPercent:
			dst = append(dst, '%')
		default:
			dst = utf8.AppendRune(dst, keyLetter(r))
		}
	}
	return append(dst, b[start:]...)
}

// keyKeptRun returns the end of the run from b[i] of what appendKey copies
// as it is: the characters keyKeepsAt accepts, and single spaces before
// them. appendKey calls it after such a character, with no space due, when
// a single space stays as it is too; the loop is kept apart so that it
// stays small.
func keyKeptRun(b []byte, i int) int {
	for i < len(b) {
		c := b[i]
		switch {
		case c >= utf8.RuneSelf:
			if c-0xD8 >= 4 || i+1 >= len(b) || !keyKeepsArabic[int(c-0xD8)<<6|int(b[i+1]&0x3F)] {
				return i
			}
			i += 2
		case keyKeepsASCII[c], c == ' ' && keyKeepsAt(b, i+1):
			i++
		default:
			return i
		}
	}
	return i
}

// keyKeepsAt reports whether the character at b[i] is one Key keeps as it
// is, which a space before it does not change either.
func keyKeepsAt(b []byte, i int) bool {
	if i >= len(b) {
		return false
	}
	if c := b[i]; c < utf8.RuneSelf {
		return keyKeepsASCII[c]
	} else if c-0xD8 < 4 && i+1 < len(b) {
		return keyKeepsArabic[int(c-0xD8)<<6|int(b[i+1]&0x3F)]
	}
	return false
}

// keyKeepsASCII[c] reports whether appendKey copies the ASCII byte c as it
// is: all but white space and upper-case letters.
var keyKeepsASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c != ' ' && c != '\t' && c != '\n' && c != '\r' && (c < 'A' || c > 'Z')
	}
	return t
}()

// keyKeepsArabic[r-0x600] reports whether appendKey copies the Arabic-block
// rune r as it is: not a diacritic, kashida, digit, separator or letter
// variant. Like arabicFeatures, it is indexed by the UTF-8 bytes of r.
var keyKeepsArabic = func() (t [0x100]bool) {
	for r := rune(0x600); r < 0x700; r++ {
		t[r-0x600] = !isMark(r) && r != kashida && keyLetter(r) == r && !isDigit(r) &&
			r != faDecimal && r != faThousands && r != faPercent
	}
	return t
}()

// keyLetter folds the letter variants that spell the same word.
func keyLetter(r rune) rune {
	switch r {
	case 0x0622, 0x0623, 0x0625, 0x0671: // آ أ إ ٱ
		return 0x0627
	case 0x0624: // ؤ
		return 0x0648
	case 0x0626: // ئ
		return yeh
	case 0x0629: // ة
		return heh
	}
	return r
}
