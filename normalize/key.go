package normalize

import (
	"bytes"
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
	// Keys are rarely longer than their text: String adds a few bytes
	// (« » for "", a space after a comma), the fold takes more away
	// (ZWNJ, Persian digits, repeated spaces). The slack spares most long
	// texts a copy when it does not.
	key := appendKeyOf(make([]byte, 0, len(s)+len(s)/32+8), unsafe.Slice(unsafe.StringData(s), len(s)))
	if cap(key)-len(key) > len(key)/4+64 {
		return string(key) // do not keep much unused room alive
	}
	return unsafe.String(unsafe.SliceData(key), len(key))
}

// AppendKey appends the Key of src to dst.
func AppendKey(dst, src []byte) []byte { return appendKeyOf(dst, src) }

// appendKeyOf appends the Key of src to dst. It normalizes src a segment at
// a time, as run does, and folds each normalized segment into dst while it
// is still in the cache. It leaves out the lateZWNJ pass: it only removes
// ZWNJs, which the fold removes anyway, and it runs last. It also leaves
// out the Digits rule, whose only work is in the tokens pass: the fold
// writes every digit and digit separator in ASCII, so it erases whatever
// the rule wrote (TestKeyOfNumbers checks it).
//
// It does without segment, which writes what the fold would undo: the
// line breaks and spaces between segments, which the fold writes as the
// one space its state (keyFolder.space) already makes due after a line.
// Only a line with protected spans is restored before it is folded. Where
// chars noted all the characters the fold changes (see keybreaks.go), the
// fold visits just those.
func appendKeyOf(dst, src []byte) []byte {
	e := Typography.engine()
	e.setRules(Typography.rules&^Digits, Typography.dir, true)
	var k keyFolder
	mayCR := bytes.IndexByte(src, '\r') >= 0
	for len(src) > 0 {
		seg, n, endsLine, _ := nextSegmentCR(src, true, mayCR)
		if len(seg) > 0 {
			b := e.normalized(seg)
			switch {
			case len(e.spans) > 0:
				b = e.restore(e.result[:0], b)
				e.result = b
				dst = k.fold(dst, b)
			case e.keyValid:
				dst = k.foldAt(dst, b, e.keyBreaks)
			default:
				dst = k.fold(dst, b)
			}
		}
		if endsLine {
			k.space = k.started
		}
		src = src[n:]
	}
	putEngine(e)
	return dst
}

// A keyFolder folds normal text into a key, a piece at a time: the pieces
// together fold as their concatenation would.
type keyFolder struct {
	started bool // a character has been written
	space   bool // white space came after it: a space is due before the next
}

// fold appends the fold of the normal text b to dst. Stretches that need no
// folding, single spaces between them included, are copied in bulk.
//
// The fold is a map of each character to zero or more characters, with
// each run of white space written as one space between two characters;
// ZWNJ, ZWJ, diacritics and the kashida map to nothing, and so the fold of
// a text is the fold of the text without them.
func (k *keyFolder) fold(dst, b []byte) []byte {
	start := 0 // start of the stretch not yet copied
	for i := 0; i < len(b); {
		if n := keyKeptAt(b, i); n > 0 {
			if k.space {
				dst = append(dst, b[start:i]...)
				dst = append(dst, ' ')
				start, k.space = i, false
			}
			k.started = true
			i = keyKeptRun(b, i+n)
			continue
		}
		if start < i { // often not: white space ends a run
			dst = append(dst, b[start:i]...)
		}
		r, n := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			if r < 0xE0 && i+1 < len(b) { // most often a letter of the Arabic block
				r, n = r&0x1F<<6|rune(b[i+1]&0x3F), 2
			} else {
				r, n = runeAt(b, i)
			}
		}
		dst = k.foldRune(dst, r)
		i += n
		start = i
	}
	return append(dst, b[start:]...)
}

// foldRune appends the fold of r to dst.
func (k *keyFolder) foldRune(dst []byte, r rune) []byte {
	switch {
	case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == nbsp || isExtraSpace(r):
		k.space = k.started
		return dst
	case isMark(r) || r == zwnj || r == zwj || r == kashida:
		return dst
	}
	if k.space {
		dst, k.space = append(dst, ' '), false
	}
	k.started = true
	switch {
	case r < utf8.RuneSelf:
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	case r >= 0x06F0 && r <= 0x06F9:
		return append(dst, byte(r-0x06F0)+'0')
	case r >= 0x0660 && r <= 0x0669:
		return append(dst, byte(r-0x0660)+'0')
	case r == faDecimal:
		return append(dst, '.')
	case r == faThousands:
		return append(dst, ',')
	case r == faPercent:
		return append(dst, '%')
	}
	return utf8.AppendRune(dst, keyLetter(r))
}

// keyKeptRun returns the end of the run from b[i] of what the fold copies
// as it is: the characters keyKeptAt accepts, and single spaces before
// them. The fold calls it after such a character, with no space due. It
// reads four bytes at a time: two kept letters of the Arabic block, a space
// before a kept letter, a kept letter (with the space and the kept letter
// after it, the end of one word and the start of the next, when there is a
// fifth byte to read), a kept ASCII byte, or a space before one. The cases
// go in the order of how often they come in Persian text. 0 <= i: it
// reads with word32.
func keyKeptRun(b []byte, i int) int {
	for end := len(b) - 4; i <= end; {
		x := word32(b, i)
		switch {
		case keyKept(x)&keyKept(x>>16) != 0:
			i += 4
		case x&0xFF == ' ' && keyKept(x>>8) != 0:
			i += 3
		case keyKept(x) != 0:
			// A kept letter, often the last of a word: then the
			// space and the letter after it go too.
			if i+5 <= len(b) && x>>16&0xFF == ' ' {
				if y := x>>24 | uint32(b[i+4])<<8; keyKept(y) != 0 {
					i += 5
					continue
				}
			}
			i += 2
		case x&0x80 == 0 && keyKeepsASCII[x&0x7F]:
			i++
		case x&0xFF == ' ' && x&0x8000 == 0 && keyKeepsASCII[x>>8&0x7F]:
			i += 2
		default:
			return i
		}
	}
	for i < len(b) {
		if n := keyKeptAt(b, i); n > 0 {
			i += n
		} else if b[i] == ' ' && keyKeptAt(b, i+1) > 0 {
			i++
		} else {
			break
		}
	}
	return i
}

// keyKept returns classKeyKept if the two low bytes of x, read
// little-endian from the text, are a rune of the Arabic block that the fold
// keeps; else 0.
func keyKept(x uint32) uint8 { return arabicClass[uint16(x)] & classKeyKept }

// keyKeptAt returns the size of the character at b[i] if the fold copies it
// as it is, which a space before it does not change either; else 0.
func keyKeptAt(b []byte, i int) int {
	if i >= len(b) {
		return 0
	}
	if c := b[i]; c < utf8.RuneSelf {
		if keyKeepsASCII[c] {
			return 1
		}
	} else if i+1 < len(b) && arabicClass[uint16(b[i+1])<<8|uint16(c)]&classKeyKept != 0 {
		return 2
	}
	return 0
}

// keyKeepsASCII[c] reports whether the fold copies the ASCII byte c as it
// is: all but white space and upper-case letters.
var keyKeepsASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c != ' ' && c != '\t' && c != '\n' && c != '\r' && (c < 'A' || c > 'Z')
	}
	return t
}()

// keyKeepsArabic[r-0x600] reports whether the fold copies the Arabic-block
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
