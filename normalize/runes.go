package normalize

import "unicode/utf8"

// The engine works on UTF-8 bytes. After its first pass the text is valid
// UTF-8, so these helpers decode without checks on the short forms that
// Persian text is made of.

// runeAt decodes the rune starting at b[i].
func runeAt(b []byte, i int) (rune, int) {
	c := b[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c < 0xE0 && i+1 < len(b) {
		return rune(c&0x1F)<<6 | rune(b[i+1]&0x3F), 2
	}
	return utf8.DecodeRune(b[i:])
}

// runeBefore decodes the rune ending at b[i-1], or returns 0, 0 at the start.
func runeBefore(b []byte, i int) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	c := b[i-1]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if i >= 2 && b[i-2]&0xE0 == 0xC0 {
		return rune(b[i-2]&0x1F)<<6 | rune(c&0x3F), 2
	}
	return utf8.DecodeLastRune(b[:i])
}

// nextRune returns the rune at b[i], or 0 at the end.
func nextRune(b []byte, i int) rune {
	if i >= len(b) {
		return 0
	}
	r, _ := runeAt(b, i)
	return r
}

// prevRune returns the rune before b[i], or 0 at the start.
func prevRune(b []byte, i int) rune {
	r, _ := runeBefore(b, i)
	return r
}

// The UTF-8 forms of the characters the passes look for.
var (
	zwnjBytes     = []byte("\u200c")
	ellipsisBytes = []byte("\u2026")
	quoteLBytes   = []byte("\u201c")
	kashidaBytes  = []byte("\u0640")
)

// gapBefore returns the index where the run of gaps ending at b[i-1] starts.
func gapBefore(b []byte, i int) int {
	for i > 0 {
		if c := b[i-1]; c == ' ' || c == '\t' {
			i--
			continue
		}
		if i >= 3 && b[i-3] == 0xE2 && b[i-2] == 0x80 && b[i-1] == 0x8C {
			i -= 3
			continue
		}
		break
	}
	return i
}

// gapAfter returns the index just past the run of gaps starting at b[i].
func gapAfter(b []byte, i int) int {
	for i < len(b) {
		if c := b[i]; c == ' ' || c == '\t' {
			i++
			continue
		}
		if i+2 < len(b) && b[i] == 0xE2 && b[i+1] == 0x80 && b[i+2] == 0x8C {
			i += 3
			continue
		}
		break
	}
	return i
}

// trimGap removes trailing gaps from out.
func trimGap(out []byte) []byte { return out[:gapBefore(out, len(out))] }

// spaceAfter returns the index past the spaces and tabs starting at b[i].
func spaceAfter(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	return i
}

// spaceBefore returns the index where the spaces and tabs ending at b[i-1] start.
func spaceBefore(b []byte, i int) int {
	for i > 0 && (b[i-1] == ' ' || b[i-1] == '\t') {
		i--
	}
	return i
}

// wordEnd returns the index past the Arabic-script word (letters, marks,
// kashida and ZWNJ) starting at b[i].
func wordEnd(b []byte, i int) int {
	for {
		if n := wordRuneAt(b, i); n > 0 {
			i += n
			continue
		}
		return i
	}
}

// wordStart returns the index where the Arabic-script word ending at b[i-1]
// starts.
func wordStart(b []byte, i int) int {
	for {
		if n := wordRuneBefore(b, i); n > 0 {
			i -= n
			continue
		}
		return i
	}
}

// wordRuneAt returns the size of the rune at b[i] if it belongs to a word
// (isWordRune, or ZWNJ), else 0. The word runes are all in the Arabic block,
// two bytes each, so a table lookup on those two bytes decides; it agrees
// with runeAt and isWordRune on every input.
func wordRuneAt(b []byte, i int) int {
	if i+1 >= len(b) {
		return 0
	}
	if c := b[i]; c-0xD8 < 4 {
		if wordRunes[int(c-0xD8)<<6|int(b[i+1]&0x3F)] {
			return 2
		}
		return 0
	}
	if i+2 < len(b) && b[i] == 0xE2 && b[i+1] == 0x80 && b[i+2] == 0x8C {
		return 3 // ZWNJ
	}
	return 0
}

// wordRuneBefore is wordRuneAt for the rune ending at b[i-1], as runeBefore
// decodes it.
func wordRuneBefore(b []byte, i int) int {
	if i < 2 || b[i-1] < utf8.RuneSelf {
		return 0
	}
	if c := b[i-2]; c&0xE0 == 0xC0 {
		if c-0xD8 < 4 && wordRunes[int(c-0xD8)<<6|int(b[i-1]&0x3F)] {
			return 2
		}
		return 0
	}
	if i >= 3 && b[i-3] == 0xE2 && b[i-2] == 0x80 && b[i-1] == 0x8C {
		return 3 // ZWNJ
	}
	return 0
}

// wordRunes[r-0x600] is isWordRune(r), indexed by the UTF-8 bytes of r like
// arabicFeatures.
var wordRunes = func() (t [0x100]bool) {
	for r := rune(0x600); r < 0x700; r++ {
		t[r-0x600] = isWordRune(r)
	}
	return t
}()
