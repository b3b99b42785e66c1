package normalize

import (
	"bytes"
	"slices"
	"unicode/utf8"
)

// Bracket kinds, for matching.
const (
	noBracket = iota
	paren
	square
	curly
	guillemet
	curlyQuote
	bracketKinds
)

func bracketKind(r rune) (kind int, open bool) {
	switch r {
	case '(':
		return paren, true
	case ')':
		return paren, false
	case '[':
		return square, true
	case ']':
		return square, false
	case '{':
		return curly, true
	case '}':
		return curly, false
	case guillemetL:
		return guillemet, true
	case guillemetR:
		return guillemet, false
	case quoteL:
		return curlyQuote, true
	case quoteR:
		return curlyQuote, false
	}
	return noBracket, false
}

// isBracketByte reports whether c can start a bracket or quotation mark:
// ( ) [ ] { } or the lead byte of « » (C2) or “ ” (E2).
func isBracketByte(c byte) bool {
	switch c {
	case '(', ')', '[', ']', '{', '}', 0xC2, 0xE2:
		return true
	}
	return false
}

// Marks for matched brackets in engine.pairs.
const (
	unmatched = iota
	matchedOpen
	matchedClose
)

// brackets leaves no space inside and one space outside every matched pair
// of brackets or quotation marks on a line; unmatched ones are left alone.
func (e *engine) brackets(b []byte) []byte {
	if e.features&fBracket == 0 {
		return b
	}
	valid := e.pos.valid
	matched := e.matchBrackets(b)
	if len(matched) == 0 {
		return b
	}
	out := e.next()
	copied := 0
	marksK := 0
	shifted := false // some mark moved
	for _, m := range matched {
		i := int(m)
		if i < copied {
			continue
		}
		if valid {
			marksK = shift(e.pos.marks, marksK, i, len(out)-copied)
			shifted = shifted || len(out) != copied
		}
		out = append(out, b[copied:i]...)
		r, n := runeAt(b, i)
		gapped := len(out)
		out = trimGap(out)
		if e.pairs[i] == matchedOpen {
			if len(out) > 0 && needsSpaceBefore(prevRune(out, len(out)), b, i, len(out) < gapped) {
				out = append(out, ' ')
			}
			out = append(out, b[i:i+n]...)
			copied = gapAfter(b, i+n)
		} else {
			out = append(out, b[i:i+n]...)
			j := gapAfter(b, i+n)
			switch {
			case j == len(b):
				if j > i+n {
					out = append(out, ' ') // a trailing space, as Spacing keeps it
				}
			case needsSpaceAfter(r, e.runeAfterMark(b, j), j > i+n):
				out = append(out, ' ')
			}
			copied = j
		}
	}
	if valid {
		shift(e.pos.marks, marksK, len(b), len(out)-copied)
		shifted = shifted || len(out) != copied
	}
	out = append(out, b[copied:]...)
	if bytes.Equal(out, b) {
		e.pos.valid = valid && !shifted
		return b
	}
	b = e.done(out)
	e.pos.valid = valid // the marks were carried over; the spaces and brackets are not needed again
	return b
}

// matchBrackets finds the matched opening and closing brackets of b, marks
// them in e.pairs at their first byte, and returns their offsets in order. A
// pair must hold some text other than gaps.
func (e *engine) matchBrackets(b []byte) []int32 {
	for k := range e.stack {
		e.stack[k] = e.stack[k][:0]
	}
	e.matched = e.matched[:0]
	if cap(e.pairs) < len(b) {
		e.pairs = make([]uint8, len(b))
	}
	e.pairs = e.pairs[:len(b)]
	visit := func(i int) {
		r, _ := runeAt(b, i)
		kind, open := bracketKind(r)
		switch {
		case kind == noBracket:
		case open:
			e.stack[kind] = append(e.stack[kind], int32(i))
		case len(e.stack[kind]) > 0:
			s := e.stack[kind]
			o := int(s[len(s)-1])
			e.stack[kind] = s[:len(s)-1]
			_, on := runeAt(b, o)
			if gapAfter(b, o+on) != i {
				e.pairs[o], e.pairs[i] = matchedOpen, matchedClose
				e.matched = append(e.matched, int32(o), int32(i))
			}
		}
	}
	if e.pos.valid {
		for _, i := range e.pos.brackets {
			e.pairs[i] = unmatched
		}
		for _, i := range e.pos.brackets {
			visit(int(i))
		}
	} else {
		clear(e.pairs)
		for i := 0; i < len(b); i++ {
			if i = indexMayBracket(b, i); i == len(b) {
				break
			}
			if isBracketByte(b[i]) {
				visit(i)
			}
		}
	}
	slices.Sort(e.matched)
	return e.matched
}

// needsSpaceBefore reports whether the opening bracket at b[i], after prev
// and a gap if gap, takes a space before it.
func needsSpaceBefore(prev rune, b []byte, i int, gap bool) bool {
	switch {
	case isOpening(prev) || prev == '"' || prev == '\'' || prev == '/':
		return false
	case !gap && (b[i] == '(' && prev == ']' || b[i] == '[' && prev == '!'):
		// markdown [text](link), ![image]; written with a gap, they are
		// not, and joining them would make a link target that the next
		// pass protects.
		return false
	case b[i] == '(' && isHonorific(b, i):
		return false
	case b[i] == '[' && isCitation(b, i):
		return false
	}
	return true
}

// needsSpaceAfter reports whether a closing bracket takes a space before
// next, which comes after a gap if gap.
func needsSpaceAfter(closing, next rune, gap bool) bool {
	switch {
	case isPunct(next) || isClosing(next) || next == ellipsis || next == '"' || next == '\'' || next == '/' || next == closingTag:
		return false
	case !gap && closing == ']' && (next == '(' || next == '['): // markdown [text](link), as needsSpaceBefore
		return false
	}
	return true
}

var honorifics = words("ص", "عج", "س", "ع", "ره")

// isHonorific reports a parenthesized honorific abbreviation such as (ص) or
// (ره), written against the name before it.
func isHonorific(b []byte, i int) bool {
	j := gapAfter(b, i+1)
	k := j
	for n := 0; k < len(b) && n < 2 && isLetter(nextRune(b, k)); n++ {
		_, size := runeAt(b, k)
		k += size
	}
	l := gapAfter(b, k)
	return l < len(b) && b[l] == ')' && equalsAny(b[j:k], honorifics)
}

// isCitation reports a bracketed reference number such as [12].
func isCitation(b []byte, i int) bool {
	start := gapAfter(b, i+1)
	j := start
	for j < len(b) && isDigit(nextRune(b, j)) {
		_, n := runeAt(b, j)
		j += n
	}
	end := gapAfter(b, j)
	return j > start && end < len(b) && b[end] == ']'
}

// punctAt reports whether a punctuation mark (. , ; : ! ? ، ؛ ؟) starts at
// b[i], and its size.
func punctAt(b []byte, i int) int {
	switch c := b[i]; {
	case c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?':
		return 1
	case c == 0xD8 && i+1 < len(b) && (b[i+1] == 0x8C || b[i+1] == 0x9B || b[i+1] == 0x9F):
		return 2
	}
	return 0
}

// appendPunctMarks appends the offsets of the punctuation marks of b (where
// punctAt finds one) to marks. 0xD8 leads ، ؛ ؟ and a third of the Persian
// letters alike, so the test combines the tables of both bytes with & and |
// into one branch, which a letter does not take.
func appendPunctMarks(marks []int32, b []byte) []int32 {
	for i := 0; i < len(b); i++ {
		if i = indexMayPunct(b, i); i == len(b) {
			break
		}
		next := byte(0)
		if i+1 < len(b) {
			next = b[i+1]
		}
		if punctBytes[b[i]]&(markOne|markCont[next]) != 0 {
			marks = append(marks, int32(i))
			if b[i] == 0xD8 {
				i++
			}
		}
	}
	return marks
}

// The flags of punctBytes and markCont.
const (
	markOne  = 1 << iota // . , ; : ! ?
	markLead             // 0xD8, which leads ، ؛ ؟
)

// punctBytes flags the one-byte marks and the lead byte of the others;
// markCont flags (with markLead) the second bytes of ، ؛ ؟.
var (
	punctBytes = [256]uint8{'.': markOne, ',': markOne, ';': markOne, ':': markOne, '!': markOne, '?': markOne, 0xD8: markLead}
	markCont   = [256]uint8{0x8C: markLead, 0x9B: markLead, 0x9F: markLead}
)

// punctuationSpacing removes the gaps before punctuation and leaves one space
// after it, except inside numbers (12.5, 1,000, 12:30), between Latin letters
// (e.g, example.com) and before other marks or closing brackets.
func (e *engine) punctuationSpacing(b []byte) []byte {
	if e.features&fPunct == 0 {
		return b
	}
	// The marks, from the recorded positions or a scan.
	marks := e.marks[:0]
	if e.pos.valid {
		marks = append(marks, e.pos.marks...)
	} else {
		marks = appendPunctMarks(marks, b)
	}
	e.marks = marks
	if len(marks) == 0 || !e.punctuationNeedsSpacing(b, marks) {
		return b
	}
	// First the gaps before marks go, then each mark gets its space after,
	// so that a mark followed by another keeps the space between them.
	out := e.next()
	copied := 0
	kc := e.keyCarrier()
	for k, m := range marks {
		i := int(m)
		n := punctAt(b, i)
		kc.copied(i, len(out)-copied)
		out = trimGap(append(out, b[copied:i]...))
		kc.trimmed(len(out))
		marks[k] = int32(len(out))
		kc.copied(i+n, len(out)-i)
		out = append(out, b[i:i+n]...)
		copied = i + n
	}
	kc.copied(len(b), len(out)-copied)
	out = append(out, b[copied:]...)
	b = e.done(out)
	kc.finish()

	out = e.next()
	copied = 0
	kc = e.keyCarrier()
	for _, m := range marks {
		i := int(m)
		n := punctAt(b, i)
		j := gapAfter(b, i+n)
		kc.copied(i+n, len(out)-copied)
		kc.skipped(j)
		out = append(out, b[copied:i+n]...)
		if spaceAfterMark(b, i, n, j, e.runeAfterMark(b, j)) {
			out = append(out, ' ')
		}
		copied = j
	}
	kc.copied(len(b), len(out)-copied)
	out = append(out, b[copied:]...)
	b = e.done(out)
	kc.finish()
	return b
}

// spaceAfterMark reports whether the mark b[i:i+n], followed by gaps up to
// b[j] and then by next, takes a space after it.
func spaceAfterMark(b []byte, i, n, j int, next rune) bool {
	r, _ := runeAt(b, i)
	prev := prevRune(b, i)
	switch {
	case j == len(b):
		return j > i+n // a trailing space, as Spacing keeps it
	case j == i+n && inNumber(r, prev, next):
	case r == ':' && isDigit(prev) && isDigit(next) && isTime(b, i, j):
	case isQE(r) && isQE(next), r == '.' && next == '.':
	case r == '!' && next == '[' && j == i+n:
	case isClosing(next) || next == ellipsis || next == closingTag:
	default:
		return true
	}
	return false
}

// closingTag is what runeAfterMark returns for a closing HTML tag: like a
// closing bracket, it takes no space before it (خجلت!</p>).
const closingTag rune = -2

// runeAfterMark returns the rune at b[j], which follows a punctuation mark,
// a closing bracket or an ellipsis, or closingTag if it is the placeholder
// of a protected span that is a closing HTML tag.
func (e *engine) runeAfterMark(b []byte, j int) rune {
	if r := nextRune(b, j); r != placeholder {
		return r
	}
	return e.placeholderAt(b, j)
}

// placeholderAt is runeAfterMark for the placeholder at b[j].
func (e *engine) placeholderAt(b []byte, j int) rune {
	if isClosingTag(e.line, e.spans, bytes.Count(b[:j], placeholderBytes)) {
		return closingTag
	}
	return placeholder
}

// isClosingTag reports whether the k-th of the protected spans of line is a
// closing HTML tag.
func isClosingTag(line []byte, spans []span, k int) bool {
	return k < len(spans) && bytes.HasPrefix(line[spans[k].start:spans[k].end], []byte("</"))
}

// punctuationNeedsSpacing reports whether punctuationSpacing would change b,
// whose marks are at the offsets in marks: a mark has gaps before it that are
// not the single space after another mark, or the gaps after it are not what
// it takes.
func (e *engine) punctuationNeedsSpacing(b []byte, marks []int32) bool {
	for _, m := range marks {
		i := int(m)
		n := punctAt(b, i)
		if g := gapBefore(b, i); g < i {
			if !(i-g == 1 && b[g] == ' ' && g > 0 && punctAtEnd(b, g)) {
				return true
			}
		}
		j := gapAfter(b, i+n)
		switch {
		case j == i+n+1 && b[i+n] == ' ' && j < len(b) && isArabicLead(b[j]) && b[i] != ':':
			continue // most often: one space, then a word, as spaceAfterMark wants (a colon may be in a time)
		case j == len(b) && j == i+n:
			continue // the end of the line, with no gap to keep
		}
		var want bool
		if j < len(b) && punctAt(b, j) > 0 {
			want = spaceAfterMark(b, i, n, i+n, nextRune(b, j)) // the gaps before the next mark go first
		} else {
			want = spaceAfterMark(b, i, n, j, e.runeAfterMark(b, j))
		}
		if want && !(j == i+n+1 && b[i+n] == ' ') || !want && j > i+n {
			return true
		}
	}
	return false
}

// punctAtEnd reports whether b[:g] ends with a punctuation mark.
func punctAtEnd(b []byte, g int) bool {
	if g >= 1 && punctAt(b, g-1) == 1 {
		return true
	}
	return g >= 2 && punctAt(b, g-2) == 2
}

// inNumber reports whether mark r between prev and next, with no spaces, is
// part of a number or a Latin word: 12.5, 1,000, 12:30, example.com.
func inNumber(r, prev, next rune) bool {
	switch r {
	case '.', ',', ':':
		if isDigit(prev) && isDigit(next) {
			return true
		}
		return r != ',' && (isASCIILetter(prev) || isDigit(prev)) && (isASCIILetter(next) || isDigit(next))
	}
	return false
}

// isTime reports whether the colon at b[i], followed after gaps by the
// digits at b[j], separates the hours and minutes of a time: one or two
// digits on either side.
func isTime(b []byte, i, j int) bool {
	h := 0
	for k := i; k > 0 && h <= 2; h++ {
		r, n := runeBefore(b, k)
		if !isDigit(r) {
			break
		}
		k -= n
	}
	m, end := digitRun(b, j)
	return h <= 2 && m <= 2 && !isDigit(nextRune(b, end))
}

// diacritics removes a repeated diacritic and the gaps before a diacritic,
// and under Letters writes a madda that now follows a ه as chars does.
func (e *engine) diacritics(b []byte) []byte {
	if e.features&fMark == 0 {
		return b
	}
	first := indexMark(b, 0)
	if first == len(b) {
		return b
	}
	out := append(e.next(), b[:first]...)
	for i := first; i < len(b); {
		r, n := runeAt(b, i)
		if !isMark(r) {
			// Copy up to the next mark in bulk.
			j := indexMark(b, i+n)
			out = append(out, b[i:j]...)
			i = j
			continue
		}
		k := gapBefore(out, len(out))
		if k > 0 && k < len(out) && !isSpace(prevRune(out, k)) {
			out = out[:k]
		}
		prev := prevRune(out, len(out))
		if r == 0x0653 && prev == heh && e.rules&Letters != 0 {
			// The gap, kashida or ZWNJ between them gone, a madda
			// after ه becomes a hamza above, as chars writes it.
			r = hamzaAbove
		}
		if prev != r {
			out = utf8.AppendRune(out, r)
		}
		i += n
	}
	return e.doneIfChanged(out, b)
}

// indexMark returns the index of the first diacritic (isMark) of b[from:]
// (from counted in b), or len(b) if none. Diacritics are two-byte runes led
// by D9 or DB; the text is valid UTF-8, so the search steps over the other
// two-byte runes of the Arabic block whole.
func indexMark(b []byte, from int) int {
	for i := from; i+1 < len(b); {
		c := b[i]
		if c-0xD8 >= 4 {
			i++
			continue
		}
		if d := uint64(b[i+1] & 0x3F); c == 0xD9 && markBitsD9>>d&1 != 0 || c == 0xDB && markBitsDB>>d&1 != 0 {
			return i
		}
		i += 2
	}
	return len(b)
}

// markBitsD9 and markBitsDB hold isMark for the runes led by D9 and DB:
// bit c&0x3F for the rune whose second byte is c.
var markBitsD9, markBitsDB = func() (d9, db uint64) {
	for r := rune(0x0640); r < 0x0680; r++ {
		if isMark(r) {
			d9 |= 1 << (r & 0x3F)
		}
	}
	for r := rune(0x06C0); r < 0x0700; r++ {
		if isMark(r) {
			db |= 1 << (r & 0x3F)
		}
	}
	return d9, db
}()

// spaces collapses runs of spaces and tabs to one space and removes the
// spaces, tabs, ZWNJs and no-break spaces at the start of the line. A run at
// the end of the line becomes one space, which the caller keeps or drops
// (chars has made the no-break spaces of such a run spaces).
func (e *engine) spaces(b []byte) []byte {
	start := 0
	for start < len(b) {
		if k := gapAfter(b, start); k > start {
			start = k
			continue
		}
		if b[start] == 0xC2 && start+1 < len(b) && b[start+1] == 0xA0 {
			start += 2
			continue
		}
		break
	}
	if start == 0 && (e.features&fGaps == 0 || !needsCollapse(b)) {
		return b
	}
	out := e.next()
	if e.features&fGaps == 0 {
		// Only the leading spaces go: no run of spaces or tab to
		// collapse after them.
		return e.done(append(out, b[start:]...))
	}
	copied := start
	for i := start; i < len(b); i++ {
		if b[i] != ' ' && b[i] != '\t' {
			continue
		}
		j := spaceAfter(b, i)
		if j == i+1 && b[i] == ' ' {
			i = j - 1
			continue
		}
		out = append(out, b[copied:i]...)
		out = append(out, ' ')
		copied = j
		i = j - 1
	}
	out = append(out, b[copied:]...)
	return e.done(out)
}

// needsCollapse reports a tab or two spaces in a row in b.
func needsCollapse(b []byte) bool {
	for i, c := range b {
		if c == '\t' || c == ' ' && i+1 < len(b) && b[i+1] == ' ' {
			return true
		}
	}
	return false
}
