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
	normal := e.run(e.result[:0], unsafe.Slice(unsafe.StringData(s), len(s)))
	e.result = normal
	key := appendKey(e.scratch[:0], normal)
	e.scratch = key
	out := string(key)
	putEngine(e)
	return out
}

// AppendKey appends the Key of src to dst.
func AppendKey(dst, src []byte) []byte {
	e := Typography.engine()
	normal := e.run(e.result[:0], src)
	e.result = normal
	dst = appendKey(dst, normal)
	putEngine(e)
	return dst
}

// appendKey appends the folded form of normal text to dst. Stretches that
// need no folding are copied in bulk.
func appendKey(dst, b []byte) []byte {
	space := false // a space is due before the next character
	start := 0     // start of the stretch not yet copied
	for i := 0; i < len(b); {
		c := b[i]
		if c >= 0xD8 && c <= 0xDB && i+1 < len(b) && !space {
			// Arabic-block letters mostly stay as they are.
			r := rune(c&0x1F)<<6 | rune(b[i+1]&0x3F)
			if !isMark(r) && r != kashida && keyLetter(r) == r && !isDigit(r) &&
				r != faDecimal && r != faThousands && r != faPercent {
				i += 2
				continue
			}
		}
		if c < utf8.RuneSelf && c != ' ' && c != '\t' && c != '\n' && c != '\r' && (c < 'A' || c > 'Z') && !space {
			i++
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
