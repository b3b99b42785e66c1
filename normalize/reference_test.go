package normalize

// The reference engine: the first implementation of the rules, on runes,
// kept as an executable specification. TestReferenceAgreement and
// FuzzReference check that the byte engine gives the same output.

import (
	"unicode/utf8"
)

// ---- from refEngine.go ----

// An refEngine normalizes one line at a time. It holds the scratch buffers of
// the passes, so it is used by one goroutine at a time (engines are pooled).
type refEngine struct {
	rules Rules
	dir   Direction

	bufs  [2][]rune // a pass reads one and writes the other
	cur   int       // index of the buffer holding the current text
	spans []span    // protected spans of the current line
	line  []byte    // the current line, for restoring protected spans
	pairs []uint8   // matched brackets of the current line (see brackets)

}

// next returns an empty buffer for a pass's output: the one not holding in.
func (e *refEngine) next() []rune { return e.bufs[1-e.cur][:0] }

// done records out, which next returned, as the current text.
func (e *refEngine) done(out []rune) []rune {
	e.cur = 1 - e.cur
	e.bufs[e.cur] = out
	return out
}

// normalizeLine appends the normalized form of line, which holds no line
// break, to dst.
func (e *refEngine) normalizeLine(dst, line []byte) []byte {
	e.line = line
	e.spans = findProtected(e.spans[:0], line)
	rs := e.decode(line)
	if e.rules&Kashida != 0 {
		rs = e.kashidas(rs)
	}
	if e.rules&Dashes != 0 {
		rs = e.dashes(rs)
	}
	if e.rules&Ellipsis != 0 {
		rs = e.dots(rs)
	}
	if e.rules&Quotes != 0 {
		rs = e.quotes(rs)
	}
	if e.rules&Ezafe != 0 {
		rs = e.ezafe(rs)
	}
	if e.rules&(ZWNJ|Bidi) != 0 {
		rs = e.invisibles(rs)
	}
	if e.rules&Diacritics != 0 {
		rs = e.diacritics(rs)
	}
	if e.rules&Affixes != 0 {
		rs = e.affixesMisc(e.affixes(rs))
	}
	if e.rules&RepeatedMarks != 0 {
		rs = e.repeatedMarks(rs)
	}
	if e.rules&Spacing != 0 {
		rs = e.brackets(rs)
	}
	if e.rules&Spacing != 0 {
		rs = e.punctuationSpacing(rs)
	}
	if e.rules&Ellipsis != 0 {
		rs = e.ellipsisSpacing(rs)
	}
	if e.rules&Spacing != 0 {
		rs = e.spaces(rs)
	}
	// Digits and punctuation go word by word, so they run once the spaces
	// that separate refWords are final.
	if e.rules&(Digits|Punctuation) != 0 {
		rs = e.tokens(rs)
	}
	if e.rules&Dates != 0 {
		rs = e.dates(rs)
	}
	if e.rules&ZWNJ != 0 {
		rs = e.lateZWNJ(rs)
	}
	return e.encode(dst, rs)
}

// decode turns line into runes: protected spans become one placeholder,
// invalid UTF-8 becomes U+FFFD (one per byte), and the character-level rules
// (Entities, Letters, Bidi, Unicode spaces) are applied.
func (e *refEngine) decode(line []byte) []rune {
	out := e.next()
	spans, k := e.spans, 0
	for i := 0; i < len(line); {
		if k < len(spans) && i == spans[k].start {
			out = append(out, placeholder)
			i = spans[k].end
			k++
			continue
		}
		c := line[i]
		if c < utf8.RuneSelf {
			if c == '&' && e.rules&Entities != 0 {
				if r, n := entity(line[i:]); n > 0 {
					out = e.mapRune(out, r)
					i += n
					continue
				}
			}
			out = append(out, rune(c))
			i++
			continue
		}
		r, size := utf8.DecodeRune(line[i:])
		if r == nbsp && e.rules&Spacing != 0 && refOnlyGapsFrom(line, i) {
			r = ' ' // a no-break space in the run of gaps that ends the line
		}
		i += size
		out = e.mapRune(out, r)
	}
	return e.done(out)
}

// refOnlyGapsFrom reports whether line[i:] holds only spaces, tabs, ZWNJs
// and no-break spaces.
func refOnlyGapsFrom(line []byte, i int) bool {
	for _, r := range string(line[i:]) {
		if !refIsGap(r) && r != nbsp {
			return false
		}
	}
	return true
}

// mapRune appends r after the character-level rules.
func (e *refEngine) mapRune(out []rune, r rune) []rune {
	if e.rules&Letters != 0 {
		if r >= presentationBase && r < presentationBase+rune(len(presentationForms)) {
			if s := presentationForms[r-presentationBase]; s != "" {
				for _, x := range s {
					out = e.mapLetter(out, x)
				}
				return out
			}
		}
		out = e.mapLetter(out, r)
		return out
	}
	return e.mapOther(out, r)
}

func (e *refEngine) mapLetter(out []rune, r rune) []rune {
	switch {
	case r == 0x06C0 || r == 0x06C2: // ۀ and ۂ: heh with yeh or hamza above
		return append(out, heh, hamzaAbove)
	case r == 0x0653 && len(out) > 0 && out[len(out)-1] == heh: // هٓ
		return append(out, hamzaAbove)
	}
	if f, ok := foldLetter(r); ok {
		return append(out, f)
	}
	return e.mapOther(out, r)
}

func (e *refEngine) mapOther(out []rune, r rune) []rune {
	switch {
	case e.rules&Bidi != 0 && isBidiControl(r):
		return out
	case e.rules&Spacing != 0 && isExtraSpace(r):
		return append(out, ' ')
	}
	return append(out, r)
}

// encode appends rs to dst as UTF-8, putting the protected spans back.
func (e *refEngine) encode(dst []byte, rs []rune) []byte {
	k := 0
	for _, r := range rs {
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
			continue
		}
		if r == placeholder && k < len(e.spans) {
			dst = refAppendValid(dst, e.line[e.spans[k].start:e.spans[k].end])
			k++
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// refAppendValid appends b to dst with each byte of invalid UTF-8 written as
// U+FFFD, the policy for all input.
func refAppendValid(dst, b []byte) []byte {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			dst = utf8.AppendRune(dst, r)
		} else {
			dst = append(dst, b[:size]...)
		}
		b = b[size:]
	}
	return dst
}

// ---- from marks.go ----

// dashes writes -- as – and --- as —, except next to a Latin letter or digit
// (command-line flags, ranges in code) and in longer runs (markdown rules).
func (e *refEngine) dashes(in []rune) []rune {
	if !refContainsPair(in, '-') {
		return in
	}
	out := e.next()
	for i := 0; i < len(in); {
		if in[i] != '-' {
			out = append(out, in[i])
			i++
			continue
		}
		j := i
		for j < len(in) && in[j] == '-' {
			j++
		}
		n := j - i
		latin := i > 0 && isASCIIAlnum(in[i-1]) || j < len(in) && isASCIIAlnum(in[j])
		switch {
		case latin || n < 2 || n > 3:
			out = append(out, in[i:j]...)
		case n == 2:
			out = append(out, enDash)
		default:
			out = append(out, emDash)
		}
		i = j
	}
	return e.done(out)
}

// refContainsPair reports whether r occurs twice in a row in in.
func refContainsPair(in []rune, r rune) bool {
	for i := 1; i < len(in); i++ {
		if in[i] == r && in[i-1] == r {
			return true
		}
	}
	return false
}

// dots writes a run of three or more dots, with or without spaces between
// them, or of ellipses, as one …; two dots with spaces between become "..".
func (e *refEngine) dots(in []rune) []rune {
	if !refContainsAny2(in, '.', ellipsis) {
		return in
	}
	out := e.next()
	for i := 0; i < len(in); {
		r := in[i]
		if r != '.' && r != ellipsis {
			out = append(out, r)
			i++
			continue
		}
		// A run of dots and ellipses separated only by spaces or tabs.
		count, end := 0, i
		for j := i; j < len(in); {
			if in[j] == '.' {
				count++
			} else if in[j] == ellipsis {
				count += 3
			} else {
				break
			}
			end = j + 1
			j++
			for j < len(in) && isSpace(in[j]) {
				j++
			}
		}
		switch {
		case count >= 3:
			out = append(out, ellipsis)
		case count == 2:
			out = append(out, '.', '.')
		default:
			out = append(out, in[i:end]...)
		}
		i = end
	}
	return e.done(out)
}

// refContainsAny2 reports whether a or b occurs in in.
func refContainsAny2(in []rune, a, b rune) bool {
	for _, r := range in {
		if r == a || r == b {
			return true
		}
	}
	return false
}

// ellipsisSpacing removes the spaces before … and leaves one space after it
// when a word follows.
func (e *refEngine) ellipsisSpacing(in []rune) []rune {
	if !refContainsAny2(in, ellipsis, ellipsis) {
		return in
	}
	out := e.next()
	for i := 0; i < len(in); i++ {
		r := in[i]
		if r != ellipsis {
			out = append(out, r)
			continue
		}
		for len(out) > 0 && (isSpace(out[len(out)-1]) || out[len(out)-1] == zwnj) {
			out = out[:len(out)-1]
		}
		out = append(out, ellipsis)
		j := i + 1
		for j < len(in) && (isSpace(in[j]) || in[j] == zwnj) {
			j++
		}
		if j < len(in) && !isPunct(in[j]) && !isClosing(in[j]) && in[j] != ellipsis && in[j] != '"' && e.runeAfter(in, j) != closingTag {
			out = append(out, ' ')
		} else if j == len(in) && j > i+1 {
			out = append(out, ' ') // the line's trailing space, kept as Spacing keeps it
		}
		i = j - 1
	}
	return e.done(out)
}

// repeatedMarks reduces a run of ! ? ؟ (spaces allowed between them) to at
// most one question mark followed by at most one exclamation mark.
func (e *refEngine) repeatedMarks(in []rune) []rune {
	changed := false
	for i := 1; i < len(in) && !changed; i++ {
		if refIsQE(in[i]) {
			j := i - 1
			for j > 0 && isSpace(in[j]) {
				j--
			}
			changed = refIsQE(in[j])
		}
	}
	if !changed {
		return in
	}
	out := e.next()
	for i := 0; i < len(in); {
		if !refIsQE(in[i]) {
			out = append(out, in[i])
			i++
			continue
		}
		var q rune
		bang := false
		end := i
		for j := i; j < len(in); {
			switch in[j] {
			case '!':
				bang = true
			case '?', faQuestion:
				q = in[j]
			default:
				j = len(in)
				continue
			}
			end = j + 1
			j++
			for j < len(in) && isSpace(in[j]) {
				j++
			}
		}
		if q != 0 {
			out = append(out, q)
		}
		if bang {
			out = append(out, '!')
		}
		i = end
	}
	return e.done(out)
}

func refIsQE(r rune) bool { return r == '!' || r == '?' || r == faQuestion }

// kashidas removes kashida inside refWords, writes a run of kashida next to a
// space or the edge of the line as – (parenthetic use: ـکه ... بالیمـ) and
// between digits as –.
func (e *refEngine) kashidas(in []rune) []rune {
	if !refContainsAny2(in, kashida, kashida) {
		return in
	}
	out := e.next()
	for i := 0; i < len(in); {
		if in[i] != kashida {
			out = append(out, in[i])
			i++
			continue
		}
		j := i
		for j < len(in) && in[j] == kashida {
			j++
		}
		before, after := rune(' '), rune(' ')
		if i > 0 {
			before = in[i-1]
		}
		if j < len(in) {
			after = in[j]
		}
		switch {
		case isSpace(before) || isSpace(after) || isDigit(before) && isDigit(after):
			out = append(out, enDash)
		}
		i = j
	}
	return e.done(out)
}

// ---- from quotes.go ----

// quotes writes paired quotation marks on a line as « »: “…” pairs, runs of
// straight double quotes closed by the same run ("…", ""…""), and single
// quotes that open and close a quotation ('…') rather than stand for an
// apostrophe (don't, 'n'). A quotation mark with no partner is left alone.
// Pairs inside a converted quotation are converted too, until none is left.
func (e *refEngine) quotes(in []rune) []rune {
	for refContainsQuote(in) {
		out, changed := e.quotesOnce(in)
		if !changed {
			break
		}
		in = out
	}
	return in
}

func (e *refEngine) quotesOnce(in []rune) ([]rune, bool) {
	changed := false
	out := e.next()
	for i := 0; i < len(in); {
		r := in[i]
		var k, closeAt, closeLen int
		switch r {
		case quoteL:
			k, closeAt, closeLen = 1, refIndexFrom(in, i+2, quoteR), 1
		case '"', '`':
			k = refRunLen(in, i, r)
			closeAt, closeLen = refIndexRun(in, i+k+1, r, k), k
		case '\'':
			k = 1
			if n := refRunLen(in, i, '\''); n > 1 {
				k, closeAt, closeLen = n, refIndexRun(in, i+n+1, '\'', n), n
			} else if refOpensQuote(in, i) {
				closeAt, closeLen = refClosingSingle(in, i+2), 1
			} else {
				closeAt = -1
			}
		default:
			out = append(out, r)
			i++
			continue
		}
		if closeAt < 0 {
			out = append(out, in[i:i+k]...)
			i += k
			continue
		}
		out = append(out, guillemetL)
		out = append(out, in[i+k:closeAt]...)
		out = append(out, guillemetR)
		i = closeAt + closeLen
		changed = true
	}
	if !changed {
		return in, false // out is dropped: in stays the current buffer
	}
	return e.done(out), true
}

func refContainsQuote(in []rune) bool {
	for _, r := range in {
		if r == '"' || r == '\'' || r == '`' || r == quoteL {
			return true
		}
	}
	return false
}

// refIndexFrom returns the index of the first r in in[from:], or -1.
func refIndexFrom(in []rune, from int, r rune) int {
	for j := from; j < len(in); j++ {
		if in[j] == r {
			return j
		}
	}
	return -1
}

// refRunLen returns the length of the run of r starting at in[i].
func refRunLen(in []rune, i int, r rune) int {
	j := i
	for j < len(in) && in[j] == r {
		j++
	}
	return j - i
}

// refIndexRun returns the index of the first run of exactly k r's at or after
// from (a longer run does not close a shorter one), or -1.
func refIndexRun(in []rune, from int, r rune, k int) int {
	for j := from; j < len(in); {
		if in[j] != r {
			j++
			continue
		}
		n := refRunLen(in, j, r)
		if n == k {
			return j
		}
		j += n
	}
	return -1
}

// refOpensQuote reports whether the ' at in[i] can open a quotation: it starts
// a word and is followed by something other than a space.
func refOpensQuote(in []rune, i int) bool {
	if i > 0 && (isWordRune(in[i-1]) || isASCIIAlnum(in[i-1]) || isDigit(in[i-1])) {
		return false
	}
	return i+1 < len(in) && in[i+1] != '\''
}

// refClosingSingle returns the index of the first ' at or after from that ends
// a word (not followed by a letter or digit), or -1.
func refClosingSingle(in []rune, from int) int {
	for j := from; j < len(in); j++ {
		if in[j] != '\'' {
			continue
		}
		if j+1 < len(in) && (isWordRune(in[j+1]) || isASCIIAlnum(in[j+1]) || isDigit(in[j+1])) {
			continue
		}
		return j
	}
	return -1
}

// ---- from refWords.go ----

// ezafe writes a final ه followed by a separate ی or ء (the ezafe) as هٔ:
// "خانه ی ما" and "خانه‌ی ما" become "خانهٔ ما". The ی must stand alone:
// "خانه یک" is unchanged.
func (e *refEngine) ezafe(in []rune) []rune {
	if !refContainsAny2(in, heh, heh) {
		return in
	}
	out := e.next()
	changed := false
	for i := 0; i < len(in); i++ {
		out = append(out, in[i])
		if in[i] != heh || i == 0 || !isWordRune(in[i-1]) || i+1 < len(in) && isWordRune(in[i+1]) && in[i+1] != hamza {
			continue
		}
		j := i + 1
		for j < len(in) && (isSpace(in[j]) || in[j] == zwnj || in[j] == lrm) {
			j++
		}
		sep := j - (i + 1)
		if j == len(in) || !(in[j] == yeh && sep > 0 || in[j] == hamza) {
			continue
		}
		if k := j + 1; k < len(in) && !isSpace(in[k]) && in[k] != zwnj && in[k] != lrm && !isPunct(in[k]) && !isClosing(in[k]) && !isOpening(in[k]) {
			continue
		}
		out = append(out, hamzaAbove)
		i = j
		changed = true
	}
	if !changed {
		return in
	}
	return e.done(out)
}

// The suffixes the Affixes rule joins to the word before them.
var (
	// refPluralSuffixes join to any word.
	refPluralSuffixes = refWords("ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان")
	// refComparativeSuffixes join to any word; after the stems in
	// refClosedComparatives they join without a ZWNJ (بیشتر, کمتر, بهتر).
	refComparativeSuffixes = refWords("تر", "تری", "ترین")
	refClosedComparatives  = refWords("به", "مه", "که", "بیش", "کم")
	// refPersonalSuffixes join only to a word ending in ه (کرده‌ام, خانه‌اش):
	// after other refWords they are as often separate refWords (ای خدا, شان).
	refPersonalSuffixes = refWords("ام", "ات", "اش", "ای", "اید", "ایم", "اند", "مان", "تان", "شان")
	refVerbPrefixes     = refWords("می", "نمی", "بی")
	refBi               = []rune("بی")
	refMay              = []rune("ماه")
)

// refWords returns its arguments as rune slices.
func refWords(ws ...string) [][]rune {
	rs := make([][]rune, len(ws))
	for i, w := range ws {
		rs[i] = []rune(w)
	}
	return rs
}

// refMayBeSuffix reports whether w can be one of the suffixes: they start with
// ه ت ا م ش and have at most six letters.
func refMayBeSuffix(w []rune) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	switch w[0] {
	case heh, 0x062A, 0x0627, 0x0645, 0x0634:
		return true
	}
	return false
}

// affixes joins the verbal prefixes می and نمی to the word after them and
// the suffixes above to the word before them.
func (e *refEngine) affixes(in []rune) []rune {
	out := e.next()
	changed := false
	for i := 0; i < len(in); {
		// Find the next word.
		if !isWordRune(in[i]) || i > 0 && (isWordRune(in[i-1]) || in[i-1] == zwnj) {
			out = append(out, in[i])
			i++
			continue
		}
		j := i
		for j < len(in) && (isWordRune(in[j]) || in[j] == zwnj) {
			j++
		}
		word := in[i:j]
		out = append(out, word...)
		i = j
		// A space run and the next word.
		k := i
		for k < len(in) && isSpace(in[k]) {
			k++
		}
		if k == i || k == len(in) || !isLetter(in[k]) {
			continue
		}
		l := k
		for l < len(in) && (isWordRune(in[l]) || in[l] == zwnj) {
			l++
		}
		nextWord := in[k:l]
		switch join := e.joinWords(word, nextWord, in[l:], out[:len(out)-len(word)]); join {
		case refJoinDirect:
			i = k
			changed = true
		case refJoinZWNJ:
			out = append(out, zwnj)
			i = k
			changed = true
		}
	}
	if !changed {
		return in
	}
	return e.done(out)
}

type refJoining int

const (
	refJoinNone refJoining = iota
	refJoinZWNJ
	refJoinDirect
)

// joinWords decides whether word and next, separated by spaces, are one
// word: a prefix and its verb, or a word and its suffix. rest is the text
// after next; before is the text before word.
func (e *refEngine) joinWords(word, next, rest, before []rune) refJoining {
	if len(rest) > 0 && !endsWord(rest[0]) {
		return refJoinNone
	}
	last := word[len(word)-1]
	if isMark(last) && len(word) > 1 {
		last = word[len(word)-2]
	}
	if len(word) <= 3 && refEqualsAny(word, refVerbPrefixes) {
		if refRunesEqual(word, refBi) && (refRunesEqual(next, refBi) || refPreviousWordIs(before, refBi)) || !refRunesEqual(word, refBi) && refPreviousWordIs(before, refMay) {
			return refJoinNone
		}
		return refJoinZWNJ
	}
	if !refMayBeSuffix(next) {
		return refJoinNone
	}
	switch {
	case refEqualsAny(next, refPluralSuffixes):
	case refEqualsAny(next, refComparativeSuffixes):
		if refEqualsAny(word, refClosedComparatives) {
			return refJoinDirect
		}
		if string(next) == "تر" && refWetIdiom(rest) {
			return refJoinNone
		}
	case refEqualsAny(next, refPersonalSuffixes):
		stem := word
		for i := len(word) - 1; i >= 0; i-- {
			if word[i] == zwnj {
				stem = word[i+1:]
				break
			}
		}
		if string(stem) == "های" && (string(next) == "مان" || string(next) == "تان" || string(next) == "شان") {
			return refJoinZWNJ
		}
		if last != heh || len(stem) < 2 {
			return refJoinNone
		}
	default:
		return refJoinNone
	}
	if !joinsNext(last) {
		return refJoinDirect
	}
	return refJoinZWNJ
}

// refWetIdiom reports whether rest, after a تر, is " و خشک", " و تازه" or
// " و تمیز", then the end of the text or a rune that ends a word.
func refWetIdiom(rest []rune) bool {
	for _, w := range []string{" و خشک", " و تازه", " و تمیز"} {
		rw := []rune(w)
		if len(rest) >= len(rw) && string(rest[:len(rw)]) == w && (len(rest) == len(rw) || endsWord(rest[len(rw)])) {
			return true
		}
	}
	return false
}

func refRunesEqual(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func refEqualsAny(rs []rune, refWords [][]rune) bool {
	for _, w := range refWords {
		if refRunesEqual(rs, w) {
			return true
		}
	}
	return false
}

// refPreviousWordIs reports whether the last word of before (ignoring trailing
// spaces) is w.
func refPreviousWordIs(before []rune, w []rune) bool {
	end := len(before)
	for end > 0 && isSpace(before[end-1]) {
		end--
	}
	start := end
	for start > 0 && (isWordRune(before[start-1]) || before[start-1] == zwnj) {
		start--
	}
	return refRunesEqual(before[start:end], w)
}

// affixesMisc writes ه‌ئی and ه‌یی at the end of a word as ه‌ای (خانه‌یی →
// خانه‌ای), in place.
func (e *refEngine) affixesMisc(in []rune) []rune {
	for i := 0; i+3 < len(in); i++ {
		if in[i] == heh && (in[i+1] == zwnj || in[i+1] == lrm) && (in[i+2] == yeh || in[i+2] == 0x0626) && in[i+3] == yeh &&
			i > 0 && isWordRune(in[i-1]) && (i+4 == len(in) || isSpace(in[i+4]) || in[i+4] == zwnj || isPunct(in[i+4])) {
			in[i+1], in[i+2] = zwnj, 0x0627
		}
	}
	return in
}

// ---- from tokens.go ----

// tokens applies the Digits and Punctuation rules word by word, in place:
// refWords are separated by spaces, and a word with two Latin letters (or
// - and _) in a row is Latin and keeps its ASCII digits and punctuation.
func (e *refEngine) tokens(in []rune) []rune {
	for i := 0; i < len(in); {
		for i < len(in) && isSpace(in[i]) {
			i++
		}
		j := i
		for j < len(in) && !isSpace(in[j]) {
			j++
		}
		e.token(in[i:j])
		i = j
	}
	return in
}

func (e *refEngine) token(w []rune) {
	latin := refIsLatinWord(w) || hasFormatVerb([]byte(string(w)))
	if e.rules&Digits != 0 {
		if e.dir == ToLatin {
			refLatinDigits(w)
		} else if !latin {
			refPersianDigits(w)
		}
	}
	if e.rules&Punctuation != 0 && !latin {
		for i, r := range w {
			switch r {
			case ',':
				if !(i > 0 && isDigit(w[i-1]) && i+1 < len(w) && isDigit(w[i+1])) {
					w[i] = faComma
				}
			case ';':
				w[i] = faSemicolon
			case '?':
				w[i] = faQuestion
			}
		}
	}
}

// refIsLatinWord reports whether w holds two ASCII letters, hyphens or
// underscores in a row.
func refIsLatinWord(w []rune) bool {
	for i := 1; i < len(w); i++ {
		if refIsLatinish(w[i]) && refIsLatinish(w[i-1]) {
			return true
		}
	}
	return false
}

func refIsLatinish(r rune) bool { return isASCIILetter(r) || r == '-' || r == '_' }

// refNumberEnd returns the end of the number starting at w[i]: digits, with
// single separators (. , : / - ٫ ٬) between digits.
func refNumberEnd(w []rune, i int) int {
	j := i
	for j < len(w) {
		if isDigit(w[j]) {
			j++
			continue
		}
		if j > i && j+1 < len(w) && isDigit(w[j+1]) && isNumberSeparator(w[j]) {
			j++
			continue
		}
		break
	}
	return j
}

// refPersianDigits writes the ASCII digits of every number in w that does not
// touch a Latin letter as Persian digits, its decimal point and thousands
// commas as ٫ and ٬, and a % right after it as ٪.
func refPersianDigits(w []rune) {
	for i := 0; i < len(w); {
		if !isDigit(w[i]) {
			i++
			continue
		}
		j := refNumberEnd(w, i)
		refTouchesLatin := refTouchesLatin(w, i-1, -1) || refTouchesLatin(w, j, 1)
		if !refTouchesLatin {
			arabicIndic := !containsPersianDigit(w[i:j])
			for k := i; k < j; k++ {
				switch r := w[k]; {
				case r >= '0' && r <= '9':
					w[k] = r - '0' + 0x06F0
				case arabicIndic && r >= 0x0660 && r <= 0x0669:
					w[k] = r - 0x0660 + 0x06F0
				case r == '.':
					w[k] = faDecimal
				case r == ',':
					w[k] = faThousands
				}
			}
			if j < len(w) && w[j] == '%' {
				w[j] = faPercent
			}
		}
		i = j
	}
}

// refLatinDigits writes every Persian or Arabic-Indic digit in w as ASCII, the
// separators between them as . and , and a ٪ after a number as %.
func refLatinDigits(w []rune) {
	for i, r := range w {
		switch {
		case r >= 0x06F0 && r <= 0x06F9:
			w[i] = r - 0x06F0 + '0'
		case r >= 0x0660 && r <= 0x0669:
			w[i] = r - 0x0660 + '0'
		case (r == faDecimal || r == faThousands) && i > 0 && isDigit(w[i-1]) && i+1 < len(w) && isDigit(w[i+1]):
			if r == faDecimal {
				w[i] = '.'
			} else {
				w[i] = ','
			}
		case r == faPercent && i > 0 && isDigit(w[i-1]):
			w[i] = '%'
		}
	}
}

// dates writes a day-first date (D/M/YYYY or D-M-YYYY, day 1-31, month 1-12)
// year first with slashes, in place: 23/10/1355 becomes 1355/10/23.
func (e *refEngine) dates(in []rune) []rune {
	for i := 0; i < len(in); i++ {
		if !isDigit(in[i]) || i > 0 && (isDigit(in[i-1]) || isNumberSeparator(in[i-1]) && i > 1 && isDigit(in[i-2])) {
			continue
		}
		d1 := refRunLenDigits(in, i)
		if d1 > 2 || i+d1 >= len(in) || in[i+d1] != '/' && in[i+d1] != '-' {
			continue
		}
		sep, m := in[i+d1], i+d1+1
		d2 := refRunLenDigits(in, m)
		if d2 == 0 || d2 > 2 || m+d2 >= len(in) || in[m+d2] != sep {
			continue
		}
		y := m + d2 + 1
		d3 := refRunLenDigits(in, y)
		end := y + d3
		if d3 != 4 || end < len(in) && (isNumberSeparator(in[end]) && end+1 < len(in) && isDigit(in[end+1])) {
			continue
		}
		day, month := refValue(in[i:i+d1]), refValue(in[m:m+d2])
		if day < 1 || day > 31 || month < 1 || month > 12 {
			continue
		}
		var buf [10]rune
		n := copy(buf[:], in[y:end])
		buf[n] = '/'
		n++
		n += copy(buf[n:], in[m:m+d2])
		buf[n] = '/'
		n++
		n += copy(buf[n:], in[i:i+d1])
		copy(in[i:end], buf[:n])
		i = end - 1
	}
	return in
}

func refRunLenDigits(in []rune, i int) int {
	j := i
	for j < len(in) && isDigit(in[j]) {
		j++
	}
	return j - i
}

func refValue(ds []rune) int {
	v := 0
	for _, r := range ds {
		v = v*10 + digitValue(r)
	}
	return v
}

// refTouchesLatin reports whether w[k], or the rune past it in direction step
// if w[k] is a number separator, is a Latin letter or a protected span: a
// number there is part of a Latin word (A4, v1.2, x.5).
func refTouchesLatin(w []rune, k, step int) bool {
	if k < 0 || k >= len(w) {
		return false
	}
	if isNumberSeparator(w[k]) {
		k += step
		if k < 0 || k >= len(w) {
			return false
		}
	}
	return isASCIILetter(w[k]) || w[k] == placeholder
}

// ---- from spacing.go ----

// refIsGap reports the characters the Spacing rule removes around brackets
// and punctuation: spaces, tabs and ZWNJ.
func refIsGap(r rune) bool { return r == ' ' || r == '\t' || r == zwnj }

// refTrimGap removes trailing gaps from out.
func refTrimGap(out []rune) []rune {
	for len(out) > 0 && refIsGap(out[len(out)-1]) {
		out = out[:len(out)-1]
	}
	return out
}

// refSkipGap returns the index of the first non-gap at or after i.
func refSkipGap(in []rune, i int) int {
	for i < len(in) && refIsGap(in[i]) {
		i++
	}
	return i
}

// Marks for matched brackets in refEngine.pairs.
const (
	refUnmatched = iota
	refMatchedOpen
	refMatchedClose
)

// brackets leaves no space inside and one space outside every matched pair
// of brackets or quotation marks on a line; refUnmatched ones are left alone.
func (e *refEngine) brackets(in []rune) []rune {
	pairs := e.matchBrackets(in)
	if pairs == nil {
		return in
	}
	out := e.next()
	for i := 0; i < len(in); i++ {
		r := in[i]
		switch pairs[i] {
		case refMatchedOpen:
			gapped := len(out)
			out = refTrimGap(out)
			if len(out) > 0 && refNeedsSpaceBefore(out[len(out)-1], in, i, len(out) < gapped) {
				out = append(out, ' ')
			}
			out = append(out, r)
			i = refSkipGap(in, i+1) - 1
		case refMatchedClose:
			out = refTrimGap(out)
			out = append(out, r)
			j := refSkipGap(in, i+1)
			switch {
			case j == len(in):
				if j > i+1 {
					out = append(out, ' ') // a trailing space, as Spacing keeps it
				}
			case needsSpaceAfter(r, e.runeAfter(in, j), j > i+1):
				out = append(out, ' ')
			}
			i = j - 1
		default:
			out = append(out, r)
		}
	}
	return e.done(out)
}

// matchBrackets marks the matched opening and closing brackets of in in a
// scratch slice, or returns nil if there are none. A pair must hold some
// text other than gaps.
func (e *refEngine) matchBrackets(in []rune) []uint8 {
	var stacks [bracketKinds][]int32
	var pairs []uint8
	for i, r := range in {
		kind, open := bracketKind(r)
		if kind == noBracket {
			continue
		}
		if open {
			stacks[kind] = append(stacks[kind], int32(i))
			continue
		}
		s := stacks[kind]
		if len(s) == 0 {
			continue
		}
		o := int(s[len(s)-1])
		stacks[kind] = s[:len(s)-1]
		if refSkipGap(in, o+1) == i {
			continue // nothing inside
		}
		if pairs == nil {
			if cap(e.pairs) < len(in) {
				e.pairs = make([]uint8, len(in))
			}
			pairs = e.pairs[:len(in)]
			clear(pairs)
		}
		pairs[o], pairs[i] = refMatchedOpen, refMatchedClose
	}
	return pairs
}

// refNeedsSpaceBefore reports whether an opening bracket at in[i], after prev,
// takes a space before it.
func refNeedsSpaceBefore(prev rune, in []rune, i int, gap bool) bool {
	switch {
	case isOpening(prev) || prev == '"' || prev == '\'' || prev == '/':
		return false
	case !gap && (in[i] == '(' && prev == ']' || in[i] == '[' && prev == '!'): // markdown [text](link), ![image], not written apart
		return false
	case in[i] == '(' && refIsHonorific(in, i):
		return false
	case in[i] == '[' && refIsCitation(in, i):
		return false
	}
	return true
}

var refHonorifics = refWords("ص", "عج", "س", "ع", "ره")

// refIsHonorific reports a parenthesized honorific abbreviation such as (ص) or
// (ره), written against the name before it.
func refIsHonorific(in []rune, i int) bool {
	j := refSkipGap(in, i+1)
	k := j
	for k < len(in) && k < j+2 && isLetter(in[k]) {
		k++
	}
	l := refSkipGap(in, k)
	return l < len(in) && in[l] == ')' && refEqualsAny(in[j:k], refHonorifics)
}

// refIsCitation reports a bracketed reference number such as [12].
func refIsCitation(in []rune, i int) bool {
	start := refSkipGap(in, i+1)
	j := start
	for j < len(in) && isDigit(in[j]) {
		j++
	}
	end := refSkipGap(in, j)
	return j > start && end < len(in) && in[end] == ']'
}

// punctuationSpacing removes the gaps before punctuation and leaves one space
// after it, except inside numbers (12.5, 1,000, 12:30), between Latin letters
// (e.g, example.com) and before other marks or closing brackets.
func (e *refEngine) punctuationSpacing(in []rune) []rune {
	if !refContainsPunct(in) {
		return in
	}
	// First the gaps before marks go, then each mark gets its space after,
	// so that a mark followed by another keeps the space between them.
	out := e.next()
	for _, r := range in {
		if isPunct(r) {
			out = refTrimGap(out)
		}
		out = append(out, r)
	}
	in = e.done(out)
	out = e.next()
	for i := 0; i < len(in); i++ {
		r := in[i]
		out = append(out, r)
		if !isPunct(r) {
			continue
		}
		j := refSkipGap(in, i+1)
		prev := rune(0)
		if i > 0 {
			prev = in[i-1]
		}
		switch {
		case j == len(in):
			if j > i+1 {
				out = append(out, ' ')
			}
		case j == i+1 && inNumber(r, prev, in[j]):
		case r == ':' && isDigit(prev) && isDigit(in[j]) && refIsTime(in, i, j):
		case refIsQE(r) && refIsQE(in[j]), r == '.' && in[j] == '.':
		case r == '!' && in[j] == '[' && j == i+1:
		case isClosing(in[j]) || in[j] == ellipsis:
		case e.runeAfter(in, j) == closingTag:
		default:
			out = append(out, ' ')
		}
		i = j - 1
	}
	return e.done(out)
}

// runeAfter returns in[j], or closingTag for the placeholder of a closing
// HTML tag.
func (e *refEngine) runeAfter(in []rune, j int) rune {
	if in[j] == placeholder && isClosingTag(e.line, e.spans, refCount(in[:j], placeholder)) {
		return closingTag
	}
	return in[j]
}

// refCount returns how many times r occurs in in.
func refCount(in []rune, r rune) int {
	n := 0
	for _, x := range in {
		if x == r {
			n++
		}
	}
	return n
}

func refContainsPunct(in []rune) bool {
	for _, r := range in {
		if isPunct(r) {
			return true
		}
	}
	return false
}

// refIsTime reports whether the colon at in[i], followed after gaps by the
// digits at in[j], separates the hours and minutes of a time: one or two
// digits on either side.
func refIsTime(in []rune, i, j int) bool {
	h := 0
	for k := i - 1; k >= 0 && isDigit(in[k]); k-- {
		h++
	}
	m := refRunLenDigits(in, j)
	return h <= 2 && m <= 2 && (j+m == len(in) || !isDigit(in[j+m]))
}

// diacritics removes a repeated diacritic and the gaps before a diacritic.
func (e *refEngine) diacritics(in []rune) []rune {
	has := false
	for _, r := range in {
		if isMark(r) {
			has = true
			break
		}
	}
	if !has {
		return in
	}
	out := e.next()
	for _, r := range in {
		if isMark(r) {
			k := len(out)
			for k > 0 && refIsGap(out[k-1]) {
				k--
			}
			if k > 0 && k < len(out) && !isSpace(out[k-1]) {
				out = out[:k]
			}
			if r == 0x0653 && len(out) > 0 && out[len(out)-1] == heh && e.rules&Letters != 0 {
				r = hamzaAbove // هٓ, as mapLetter
			}
			if len(out) > 0 && out[len(out)-1] == r {
				continue
			}
		}
		out = append(out, r)
	}
	return e.done(out)
}

// spaces collapses runs of spaces and tabs to one space and removes the
// spaces, tabs, ZWNJs and no-break spaces at the start of the line. A run at
// the end of the line becomes one space, which the caller keeps or drops.
func (e *refEngine) spaces(in []rune) []rune {
	out := e.next()
	start := 0
	for start < len(in) && (refIsGap(in[start]) || in[start] == nbsp) {
		start++
	}
	for i := start; i < len(in); i++ {
		r := in[i]
		if isSpace(r) {
			if len(out) > 0 && out[len(out)-1] == ' ' {
				continue
			}
			r = ' '
		}
		out = append(out, r)
	}
	return e.done(out)
}

// ---- from zwnj.go ----

// invisibles applies the ZWNJ and Bidi rules: a soft hyphen, ¬ or (with
// Bidi) an RLM between two letters becomes a ZWNJ; other bidi controls go;
// runs of ZWNJ become one; a ZWNJ that does not sit between two letters of
// a word goes.
func (e *refEngine) invisibles(in []rune) []rune {
	if !refContainsInvisible(in) {
		return in
	}
	zw, bidi := e.rules&ZWNJ != 0, e.rules&Bidi != 0
	out := e.next()
	for i := 0; i < len(in); i++ {
		r := in[i]
		switch {
		case r == rlm && bidi, (r == softHyphen || r == notSign) && zw:
			if i > 0 && isWordRune(in[i-1]) && i+1 < len(in) && isWordRune(in[i+1]) {
				r = zwnj
			} else if r == rlm {
				continue
			}
		case r == lrm && bidi:
			continue
		}
		if r != zwnj || !zw {
			out = append(out, r)
			continue
		}
		// A ZWNJ (or a run of them, with other invisibles between).
		j := i + 1
		for j < len(in) && (in[j] == zwnj || bidi && (in[j] == rlm || in[j] == lrm)) {
			j++
		}
		if len(out) > 0 && isWordRune(out[len(out)-1]) && j < len(in) && (isWordRune(in[j]) || isMark(in[j])) {
			out = append(out, zwnj)
		}
		i = j - 1
	}
	return e.done(out)
}

func refContainsInvisible(in []rune) bool {
	for _, r := range in {
		switch r {
		case zwnj, rlm, lrm, softHyphen, notSign:
			return true
		}
	}
	return false
}

// lateZWNJ removes a ZWNJ after a letter that does not join the next one
// (ا د ذ ر ز ژ و ...), where it changes nothing on screen but the spelling,
// and before a diacritic. It runs after the rules that insert ZWNJs.
func (e *refEngine) lateZWNJ(in []rune) []rune {
	if !refContainsAny2(in, zwnj, zwnj) {
		return in
	}
	out := e.next()
	changed := false
	for i, r := range in {
		if r == zwnj && (refAfterNonJoining(out) || i+1 < len(in) && isMark(in[i+1])) {
			changed = true
			continue
		}
		out = append(out, r)
	}
	if !changed {
		return in
	}
	return e.done(out)
}

// refAfterNonJoining reports whether the last letter of out, past any
// diacritics, is one that does not join the next letter.
func refAfterNonJoining(out []rune) bool {
	k := len(out) - 1
	for k >= 0 && isMark(out[k]) {
		k--
	}
	return k >= 0 && isLetter(out[k]) && !joinsNext(out[k])
}

func containsPersianDigit(rs []rune) bool {
	for _, r := range rs {
		if r >= 0x06F0 && r <= 0x06F9 {
			return true
		}
	}
	return false
}
