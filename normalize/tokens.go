package normalize

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// tokens applies the Digits and Punctuation rules word by word: words are
// separated by spaces, and a word with two Latin letters (or - and _) in a
// row is Latin and keeps its ASCII digits and punctuation.
func (e *engine) tokens(b []byte) []byte {
	want := fASCIIDigit | fEastDigit
	if e.dir == ToLatin {
		want = fEastDigit
	}
	if e.rules&Digits == 0 {
		want = 0
	}
	if e.rules&Punctuation != 0 {
		want |= fTokenPunct
	}
	if e.features&want == 0 {
		return b
	}
	// Only the words with something to change are rewritten; the rest of
	// the line is copied in bulk.
	trig := &persianTriggers
	switch {
	case e.rules&Digits == 0:
		trig = &punctTriggers
	case e.dir == ToLatin:
		trig = &latinTriggers
	case e.features&fArabicDigit == 0:
		trig = &persianASCIITriggers // no ٠-٩ to look for after D9
	}
	// With triggers all in printable ASCII, blocks of Persian letters
	// and spaces are skipped eight bytes at a time.
	asciiOnly := trig != &persianTriggers && trig != &latinTriggers
	var out []byte
	copied := 0
	for i := 0; i < len(b); i++ {
		if asciiOnly {
			if i = indexPrintableASCII(b, i); i == len(b) {
				break
			}
		}
		if c := b[i]; !trig[c] || c == 0xD9 && notDigitAfterD9(b, i) || !e.tokenTrigger(b, i) {
			continue
		}
		start := i
		for start > copied && b[start-1] != ' ' && b[start-1] != '\t' {
			start--
		}
		end := i + 1
		for end < len(b) && b[end] != ' ' && b[end] != '\t' {
			end++
		}
		if out == nil {
			out = e.next()
		}
		out = append(out, b[copied:start]...)
		out = e.appendToken(out, b[start:end])
		copied = end
		i = end - 1
	}
	if out == nil {
		return b
	}
	out = append(out, b[copied:]...)
	return e.doneIfChanged(out, b)
}

// The bytes that may start something tokens changes, by digit direction:
// digits and % (ToPersian), the lead bytes of Persian and Arabic-Indic
// digits and separators (ToLatin), and , ; ? for Punctuation. tokenTrigger
// decides.
var (
	punctTriggers   = [256]bool{',': true, ';': true, '?': true}
	persianTriggers = [256]bool{',': true, '.': true, ';': true, '?': true, '%': true, 0xD9: true,
		'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true}
	// persianASCIITriggers are persianTriggers for a line without ٠-٩.
	persianASCIITriggers = [256]bool{',': true, '.': true, ';': true, '?': true, '%': true,
		'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true}
	latinTriggers = [256]bool{',': true, ';': true, '?': true, 0xD9: true, 0xDB: true}
)

// notDigitAfterD9 reports, for b[i] == 0xD9, that it does not start an
// Arabic-Indic digit or separator (D9 A0-AC): the letters and diacritics
// of D9 are common and tokenTrigger would reject them all.
func notDigitAfterD9(b []byte, i int) bool { return i+1 >= len(b) || b[i+1] < 0xA0 || b[i+1] > 0xAC }

// tokenTrigger reports whether b[i] starts something tokens may change.
func (e *engine) tokenTrigger(b []byte, i int) bool {
	switch c := b[i]; {
	case c >= '0' && c <= '9' || c == '%':
		return e.rules&Digits != 0 && e.dir == ToPersian
	case c == ',' || c == '.':
		// A separator between digits becomes ٬ or ٫ under Digits.
		return c == ',' && e.rules&Punctuation != 0 ||
			e.rules&Digits != 0 && e.dir == ToPersian && isDigit(prevRune(b, i)) && isDigit(nextRune(b, i+1))
	case c == ';' || c == '?':
		return e.rules&Punctuation != 0
	case c == 0xDB || c == 0xD9:
		if e.rules&Digits == 0 || i+1 >= len(b) {
			return false
		}
		if e.dir == ToPersian { // Arabic-Indic digits
			return c == 0xD9 && b[i+1] >= 0xA0 && b[i+1] <= 0xA9
		}
		return c == 0xDB && b[i+1] >= 0xB0 && b[i+1] <= 0xB9 || c == 0xD9 && b[i+1] >= 0xA0 && b[i+1] <= 0xAC
	}
	return false
}

// appendToken appends the word w after the Digits and Punctuation rules.
func (e *engine) appendToken(out, w []byte) []byte {
	latin := isLatinWord(w) || hasFormatVerb(w)
	digits := e.rules&Digits != 0
	punct := e.rules&Punctuation != 0 && !latin
	if digits && e.dir == ToLatin {
		return appendLatinToken(out, w, punct)
	}
	persian := digits && !latin
	for i := 0; i < len(w); {
		c := w[i]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = runeAt(w, i)
		}
		switch {
		case persian && isDigit(r):
			j := numberEnd(w, i)
			if touchesLatin(w, i, -1) || touchesLatin(w, j, 1) {
				out = append(out, w[i:j]...)
				i = j
				continue
			}
			out = appendPersianNumber(out, w[i:j], !bytes.Contains(w[i:j], []byte{0xDB}))
			i = j
			if i < len(w) && w[i] == '%' {
				out = utf8.AppendRune(out, faPercent)
				i++
			}
			continue
		case punct && c == ',' && !(isDigit(prevRune(w, i)) && isDigit(nextRune(w, i+1))):
			out = utf8.AppendRune(out, faComma)
		case punct && c == ';':
			out = utf8.AppendRune(out, faSemicolon)
		case punct && c == '?':
			out = utf8.AppendRune(out, faQuestion)
		default:
			out = append(out, w[i:i+n]...)
		}
		i += n
	}
	return out
}

// appendPersianNumber appends the number num with its ASCII digits written in
// Persian and its . and , as the Persian decimal and thousands separators;
// with arabicIndic (the number has no Persian digit) its Arabic-Indic digits
// are written in Persian too. A number that mixes Persian and Arabic-Indic
// digits keeps them as written.
func appendPersianNumber(out, num []byte, arabicIndic bool) []byte {
	for k := 0; k < len(num); k++ {
		switch c := num[k]; {
		case arabicIndic && c == 0xD9 && k+1 < len(num) && num[k+1] >= 0xA0 && num[k+1] <= 0xA9:
			out = append(out, 0xDB, 0xB0+num[k+1]-0xA0)
			k++
		case c >= '0' && c <= '9':
			out = append(out, 0xDB, 0xB0+c-'0')
		case c == '.':
			out = utf8.AppendRune(out, faDecimal)
		case c == ',':
			out = utf8.AppendRune(out, faThousands)
		default:
			out = append(out, c)
		}
	}
	return out
}

// appendLatinToken appends w with every Persian or Arabic-Indic digit in
// ASCII, the separators between digits as . and , and a ٪ after a digit as
// %; with punct, , ; ? become the Persian marks.
func appendLatinToken(out, w []byte, punct bool) []byte {
	prevDigit := false
	for i := 0; i < len(w); {
		r, n := runeAt(w, i)
		switch {
		case r >= 0x06F0 && r <= 0x06F9:
			out = append(out, byte(r-0x06F0)+'0')
		case r >= 0x0660 && r <= 0x0669:
			out = append(out, byte(r-0x0660)+'0')
		case (r == faDecimal || r == faThousands) && prevDigit && isDigit(nextRune(w, i+n)):
			if r == faDecimal {
				out = append(out, '.')
			} else {
				out = append(out, ',')
			}
		case r == faPercent && prevDigit:
			out = append(out, '%')
		case punct && r == ',' && !(prevDigit && isDigit(nextRune(w, i+n))):
			out = utf8.AppendRune(out, faComma)
		case punct && r == ';':
			out = utf8.AppendRune(out, faSemicolon)
		case punct && r == '?':
			out = utf8.AppendRune(out, faQuestion)
		default:
			out = append(out, w[i:i+n]...)
		}
		prevDigit = isDigit(r)
		i += n
	}
	return out
}

// isLatinWord reports whether w holds two ASCII letters, hyphens or
// underscores in a row.
func isLatinWord(w []byte) bool {
	for i := 1; i < len(w); i++ {
		if isLatinish(w[i]) && isLatinish(w[i-1]) {
			return true
		}
	}
	return false
}

func isLatinish(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c == '-' || c == '_' }

// numberEnd returns the end of the number starting at w[i]: digits, with
// single separators (. , : / - ٫ ٬) between digits.
func numberEnd(w []byte, i int) int {
	j := i
	for j < len(w) {
		r, n := runeAt(w, j)
		if isDigit(r) {
			j += n
			continue
		}
		if j > i && isNumberSeparator(r) && j+n < len(w) && isDigit(nextRune(w, j+n)) {
			j += n
			continue
		}
		break
	}
	return j
}

func isNumberSeparator(r rune) bool {
	switch r {
	case '.', ',', ':', '/', '-', faDecimal, faThousands:
		return true
	}
	return false
}

// touchesLatin reports whether the rune at w[k] (step 1) or before w[k]
// (step -1) is a Latin letter or a protected span, or is a number separator
// with one of those past it: a number there is part of a Latin word (A4,
// v1.2, x.5).
func touchesLatin(w []byte, k, step int) bool {
	r, n := rune(0), 0
	if step < 0 {
		r, n = runeBefore(w, k)
		k -= n
	} else if k < len(w) {
		r, n = runeAt(w, k)
		k += n
	}
	if n == 0 {
		return false
	}
	if isNumberSeparator(r) {
		if step < 0 {
			r, n = runeBefore(w, k)
		} else if k < len(w) {
			r, n = runeAt(w, k)
		} else {
			n = 0
		}
		if n == 0 {
			return false
		}
	}
	return isASCIILetter(r) || r == placeholder
}

// indexDigit returns the index of the first digit (isDigit) in b[from:]
// (from counted in b), or len(b) if none. It reads bytes, not runes: the
// digits are 0-9, and D9 A0-A9 and DB B0-B9, whose second bytes never start
// a rune.
func indexDigit(b []byte, from int) int {
	for i := from; i < len(b); i++ {
		switch c := b[i]; {
		case c-'0' < 10:
			return i
		case c == 0xD9 && i+1 < len(b) && b[i+1]-0xA0 < 10, c == 0xDB && i+1 < len(b) && b[i+1]-0xB0 < 10:
			return i
		}
	}
	return len(b)
}

// dates writes a day-first date (D/M/YYYY or D-M-YYYY, day 1-31, month 1-12)
// year first with slashes, in place: 23/10/1355 becomes 1355/10/23.
func (e *engine) dates(b []byte) []byte {
	if e.features&fDateSep == 0 || e.features&(fASCIIDigit|fEastDigit) == 0 {
		return b
	}
	for i := indexDigit(b, 0); i < len(b); i = indexDigit(b, i) {
		_, n := runeAt(b, i)
		if prev, m := runeBefore(b, i); m > 0 && (isDigit(prev) || isNumberSeparator(prev) && isDigit(prevRune(b, i-m))) {
			i += n
			continue
		}
		end, ok := e.reorderDate(b, i)
		if !ok {
			i += n
			continue
		}
		e.keyValid = false // the digits moved
		i = end
	}
	return b
}

// digitRun returns the number of digits starting at b[i] and where they end.
func digitRun(b []byte, i int) (count, end int) {
	for end = i; end < len(b); count++ {
		r, n := runeAt(b, end)
		if !isDigit(r) {
			break
		}
		end += n
	}
	return count, end
}

// reorderDate rewrites the day-first date starting at b[i], if there is one,
// and returns its end.
func (e *engine) reorderDate(b []byte, i int) (int, bool) {
	d1, m := digitRun(b, i)
	if d1 > 2 || m >= len(b) || b[m] != '/' && b[m] != '-' {
		return 0, false
	}
	sep := b[m]
	d2, y := digitRun(b, m+1)
	if d2 == 0 || d2 > 2 || y >= len(b) || b[y] != sep {
		return 0, false
	}
	d3, end := digitRun(b, y+1)
	if d3 != 4 {
		return 0, false
	}
	if end < len(b) {
		if r, n := runeAt(b, end); isNumberSeparator(r) && isDigit(nextRune(b, end+n)) {
			return 0, false
		}
	}
	day, month := digitsValue(b[i:m]), digitsValue(b[m+1:y])
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return 0, false
	}
	var buf [32]byte
	k := copy(buf[:], b[y+1:end])
	buf[k] = '/'
	k++
	k += copy(buf[k:], b[m+1:y])
	buf[k] = '/'
	k++
	k += copy(buf[k:], b[i:m])
	copy(b[i:end], buf[:k])
	return end, true
}

func digitsValue(b []byte) int {
	v := 0
	for i := 0; i < len(b); {
		r, n := runeAt(b, i)
		v = v*10 + digitValue(r)
		i += n
	}
	return v
}

// hasFormatVerb reports whether w holds a printf-style directive such as
// %s, %d, %1$s or %.2f: a template keeps its digits and marks as written.
func hasFormatVerb(w []byte) bool {
	for i := 0; i < len(w); i++ {
		if w[i] != '%' {
			continue
		}
		j := i + 1
		for k := j; k < len(w) && w[k] >= '0' && w[k] <= '9'; k++ {
			if k+1 < len(w) && w[k+1] == '$' {
				j = k + 2
				break
			}
		}
		for j < len(w) && (w[j] == '+' || w[j] == '-' || w[j] == ' ' || w[j] == '0' || w[j] == '#') {
			j++
		}
		for j < len(w) && w[j] >= '0' && w[j] <= '9' {
			j++
		}
		if j < len(w) && w[j] == '.' {
			for j++; j < len(w) && w[j] >= '0' && w[j] <= '9'; j++ {
			}
		}
		if j < len(w) && strings.IndexByte("bcdeEfFgGosxXqvT", w[j]) >= 0 {
			return true
		}
	}
	return false
}
