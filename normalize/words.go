package normalize

import (
	"bytes"
	"encoding/binary"
	"slices"
	"unicode/utf8"
)

var hamzaAboveBytes = []byte("\u0654")

// ezafe writes a final ه followed by a separate ی or ء (the ezafe) as هٔ:
// "خانه ی ما" and "خانه‌ی ما" become "خانهٔ ما". The ی must stand alone:
// "خانه یک" is unchanged.
func (e *engine) ezafe(b []byte) []byte {
	if e.features&fEzafe == 0 {
		return b
	}
	// The candidates are the ء and the standalone ی after a gap; each
	// becomes هٔ with the ه before its gap.
	cands := e.matched[:0]
	if e.pos.valid && e.pos.ezafeComplete {
		cands = append(cands, e.pos.ezafe...)
	} else {
		for i := bytes.Index(b, hamzaBytes); i >= 0; i = indexFrom(b, i+2, hamzaBytes) {
			cands = append(cands, int32(i))
		}
		for _, sep := range yehAfterGap {
			for i := bytes.Index(b, sep); i >= 0; i = indexFrom(b, i+len(sep), sep) {
				if j := i + len(sep); !isWordRune(nextRune(b, j)) {
					cands = append(cands, int32(j-2))
				}
			}
		}
	}
	e.matched = cands
	if len(cands) == 0 {
		return b
	}
	slices.Sort(cands)
	// With valid positions, carry them over to the output (see dots).
	valid := e.pos.valid
	carry := carrier{p: &e.pos}
	out := e.next()
	copied := 0
	for _, c := range cands {
		j := int(c)
		if j < copied {
			continue
		}
		i := j // walk back over the gap to the ه
		for i > 0 {
			r, n := runeBefore(b, i)
			if !isSpace(r) && r != zwnj && r != lrm {
				break
			}
			i -= n
		}
		if i < 2 || b[i-2] != 0xD9 || b[i-1] != 0x87 || i == j && b[j+1] != 0xA1 {
			continue // no ه before it, or no gap before a ی
		}
		i -= 2
		if i == 0 || !isWordRune(prevRune(b, i)) {
			continue
		}
		if r, n := runeAt(b, j); r == hamza || r == yeh {
			if k := j + n; k < len(b) {
				// A bracket or « may follow with no space yet: brackets
				// spaces it later, and the ezafe must not wait for that.
				if r := nextRune(b, k); !isSpace(r) && r != zwnj && r != lrm && !isPunct(r) && !isClosing(r) && !isOpening(r) {
					continue
				}
			}
			if valid {
				carry.copied(i+2, len(out)-copied)
				carry.dropped(j + n) // the gap and the ی or ء
			}
			out = append(out, b[copied:i+2]...)
			out = append(out, hamzaAboveBytes...)
			copied = j + n
		}
	}
	if copied == 0 {
		return b
	}
	e.features |= fMark
	if valid {
		carry.finish(len(out) - copied)
	}
	out = append(out, b[copied:]...)
	b = e.done(out)
	e.pos.valid = valid
	return b
}

var (
	hamzaBytes  = []byte("\u0621")
	yehAfterGap = [][]byte{[]byte(" \u06cc"), []byte("\t\u06cc"), []byte("\u200c\u06cc"), []byte("\u200e\u06cc")}
)

// The words the Affixes rule joins.
var (
	// pluralSuffixes join to any word.
	pluralSuffixes = words("ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان")
	// comparativeSuffixes join to any word; after the stems in
	// closedComparatives they join without a ZWNJ (بیشتر, کمتر, بهتر).
	comparativeSuffixes = words("تر", "تری", "ترین")
	closedComparatives  = words("به", "مه", "که", "بیش", "کم")
	// personalSuffixes join only to a word ending in ه (کرده‌ام, خانه‌اش):
	// after other words they are as often separate words (ای خدا, شان).
	// pluralPersonalSuffixes also join to the plural های (کتاب‌های‌شان).
	personalSuffixes       = words("ام", "ات", "اش", "ای", "اید", "ایم", "اند", "مان", "تان", "شان")
	pluralPersonalSuffixes = words("مان", "تان", "شان")
	plural                 = []byte("های")
	// The prefixes می, نمی and بی (see isPrefixWord) join to the word after
	// them, except می after ماه (ماه می: May) and بی next to another بی
	// (بی بی سی).
	bi  = []byte("بی")
	may = []byte("ماه")
)

func words(ws ...string) [][]byte {
	bs := make([][]byte, len(ws))
	for i, w := range ws {
		bs[i] = []byte(w)
	}
	return bs
}

func equalsAny(w []byte, list [][]byte) bool {
	for _, x := range list {
		if bytes.Equal(w, x) {
			return true
		}
	}
	return false
}

type joining int

const (
	joinNone joining = iota
	joinZWNJ
	joinDirect
)

// affixes joins the verbal prefixes می and نمی to the word after them and
// the suffixes above to the word before them.
func (e *engine) affixes(b []byte) []byte {
	if e.features&fSpace == 0 {
		return e.affixesMisc(b)
	}
	valid := e.pos.valid
	joins := findJoins(e.joins[:0], b, e.pos.spaces, valid)
	e.joins = joins
	if len(joins) == 0 {
		return e.affixesMisc(b)
	}
	// With valid positions, carry the marks and brackets over to the output.
	out := e.next()
	copied := 0
	marksK, bracketsK := 0, 0
	kc := e.keyCarrier()
	for t := 0; t < len(joins); t += 3 {
		s, k, join := int(joins[t]), int(joins[t+1]), joining(joins[t+2])
		if valid {
			delta := len(out) - copied
			marksK = shift(e.pos.marks, marksK, s, delta)
			bracketsK = shift(e.pos.brackets, bracketsK, s, delta)
		}
		kc.copied(s, len(out)-copied)
		kc.skipped(k)
		out = append(out, b[copied:s]...)
		if join == joinZWNJ {
			kc.added(len(out))
			out = append(out, zwnjBytes...)
		}
		copied = k
	}
	// Its ZWNJs need no lateZWNJ: joinSuffix writes one only after a
	// letter that joins, and every join is before a letter, so it does not
	// set fZWNJ for them.
	if valid {
		delta := len(out) - copied
		shift(e.pos.marks, marksK, len(b), delta)
		shift(e.pos.brackets, bracketsK, len(b), delta)
	}
	kc.copied(len(b), len(out)-copied)
	out = append(out, b[copied:]...)
	b = e.done(out)
	e.pos.valid = valid // the marks and brackets were carried over; the spaces are not needed again
	kc.finish()
	return e.affixesMisc(b)
}

// findJoins appends to joins, for each run of spaces b[s:k] where affixes
// joins the words around it, the triple s, k, joining. It visits the
// recorded spaces if valid (chars leaves out some that joinHint and mayJoinMore reject),
// else it scans b for them. Most spaces are
// rejected from a look at the four bytes around them; the rest of the
// decision is in joinAt, so that this loop stays small enough for its
// variables to live in registers.
func findJoins(joins []int32, b []byte, spaces []int32, valid bool) []int32 {
	next := 0 // the spaces before next are done
	for q := 0; ; q++ {
		var p int
		if valid {
			if q == len(spaces) {
				break
			}
			p = int(spaces[q])
			if p < next {
				continue
			}
		} else {
			for p = next; p < len(b) && b[p] != ' ' && b[p] != '\t'; p++ {
			}
			if p == len(b) {
				break
			}
		}
		k := spaceAfter(b, p)
		next = k
		if k+1 >= len(b) {
			continue
		}
		if t := joinHint(b, p, k); t == 0 || p < 4 && !mayJoinNearStart(b, p, t) || p >= 4 && !mayJoinMore(b, p, t) {
			continue
		}
		if !startsLikeSuffix(b[k:]) && !endsWithPrefix(b, p) {
			continue // as joinAt would, without the call
		}
		if join := joinAt(b, p, k); join != joinNone {
			joins = append(joins, int32(p), int32(k), int32(join))
		}
	}
	return joins
}

// joinHint and mayJoinMore tell, from a look at the four bytes before p and
// two after k, whether affixes may join the words around the spaces b[p:k]:
// a prefix (می بی) ends at p, or the word at k starts with ه or ت, or with
// ا م or ش after a ه or a diacritic (the personal suffixes), or with م or ش
// after ای (the end of های). This is a
// looser endsWithPrefix || suffixCandidate, cheap enough to run at every
// space: the test is
//
//	t := joinHint(b, p, k); t != 0 && mayJoinMore(b, p, t)
//
// (mayJoinNearStart for p < 4), where both are small enough to be
// inlined. k+1 < len(b).
func joinHint(b []byte, p, k int) uint8 {
	t := joinBytes[int(b[k]&3)<<6|int(b[k+1]&0x3F)]
	if p >= 1 && b[p-1] == 0x8C { // maybe the end of ی
		t |= yehBefore
	}
	return t
}

// mayJoinMore is the rest of the test of joinHint, t being its result, for
// p >= 4 (mayJoinNearStart is the test before). It reads the four bytes
// before p as one word, and tests the flags with arithmetic rather than a
// branch per condition: the outcome depends on the text, so such branches
// are often mispredicted. hehOrMark shifted right once is suffixAfterHeh.
func mayJoinMore(b []byte, p int, t uint8) bool {
	w := binary.LittleEndian.Uint32(b[p-4:])
	return t&(suffixAny|joinBytes[w>>16&3<<6|w>>24&0x3F]&hehOrMark>>1) != 0 || isPrefixEnd(w) ||
		t&suffixAfterPlural != 0 && w == aiWord
}

// mayJoinNearStart is mayJoinMore for a space less than four bytes into b;
// it is apart so that mayJoinMore is small enough to be inlined.
func mayJoinNearStart(b []byte, p int, t uint8) bool {
	return t&suffixAny != 0 ||
		t&suffixAfterHeh != 0 && p >= 2 && joinBytes[int(b[p-2]&3)<<6|int(b[p-1]&0x3F)]&hehOrMark != 0
}

// miWord and biWord are می and بی as mayJoinMore reads them: the four
// bytes of endsWithPrefix, little-endian. aiWord is ای, the end of های,
// after which مان and شان may join.
const (
	miWord = 0x8CDB85D9
	biWord = 0x8CDBA8D8
	aiWord = 0x8CDBA7D8
)

// Flags of joinBytes.
const (
	suffixAny         = 1 << iota // ه ت start a suffix after any word
	suffixAfterHeh                // ا م ش start one after a ه
	hehOrMark                     // ه and the diacritics
	yehBefore                     // (set by joinHint) a ی may end the word before
	suffixAfterPlural             // م ش start one after a های
)

// joinBytes holds the flags above for the runes of U+0600-U+06FF, indexed
// by the low two bits of the lead byte and the low six of the next, as
// joinHint reads them. Other bytes alias into the table, which can only
// make joinHint and mayJoinMore say yes more often.
var joinBytes = func() (t [0x100]uint8) {
	t[heh-0x600] |= suffixAny
	t[0x062A-0x600] |= suffixAny                       // ت
	for _, r := range []rune{0x0627, 0x0645, 0x0634} { // ا م ش
		t[r-0x600] |= suffixAfterHeh
	}
	t[0x0645-0x600] |= suffixAfterPlural // م
	t[0x0634-0x600] |= suffixAfterPlural // ش
	for r := rune(0x600); r < 0x700; r++ {
		if r == heh || isMark(r) {
			t[r-0x600] |= hehOrMark
		}
	}
	return t
}()

// joinAt decides how the words around the spaces b[s:k] join, if at all:
// a prefix ends at s, or a suffix starts at k. k+1 < len(b).
func joinAt(b []byte, s, k int) joining {
	prefix := endsWithPrefix(b, s) && isPrefixWord(b, s)
	if !prefix && (!startsLikeSuffix(b[k:]) || !suffixCandidate(b, s, k)) || !isLetter(nextRune(b, k)) {
		return joinNone
	}
	var l int
	if prefix {
		l = wordEnd(b, k)
	} else if l = wordEndWithin(b, k, maxSuffixLen); l < 0 {
		return joinNone
	}
	if l < len(b) && !endsWord(nextRune(b, l)) {
		return joinNone
	}
	kind := notSuffix
	if !prefix {
		if kind = suffixKindOf(b[k:l]); kind == notSuffix {
			return joinNone
		}
	}
	ws := wordStart(b, s)
	if ws == s || bytes.HasPrefix(b[ws:], zwnjBytes) {
		return joinNone
	}
	if prefix {
		return joinPrefix(b[ws:s], b[k:l], b[:ws])
	}
	return joinSuffix(b[ws:s], b[k:l], b[l:], kind)
}

// maxSuffixLen is the length in bytes of the longest suffix (هایشان).
const maxSuffixLen = 12

// endsWithPrefix reports whether b[:p] ends with می or بی (and so maybe نمی).
// It compares the last four bytes as one word with both, and combines the
// two results without a branch.
func endsWithPrefix(b []byte, p int) bool {
	return p >= 4 && isPrefixEnd(binary.LittleEndian.Uint32(b[p-4:]))
}

// isPrefixEnd reports whether w, four bytes read little-endian, is می or بی.
func isPrefixEnd(w uint32) bool { return b2i(w == miWord)|b2i(w == biWord) != 0 }

// b2i returns 1 for true and 0 for false; the compiler does it without a
// branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// isPrefixWord reports whether the word ending at b[s-1], which ends with
// می or بی (endsWithPrefix), is one of the prefixes: می, نمی or بی. Only
// then can joinPrefix join it; any other word (علمی, عربی) can
// only take a suffix, which joinAt tests as for a word that does not end
// with می or بی.
func isPrefixWord(b []byte, s int) bool {
	switch {
	case wordRuneBefore(b, s-4) == 0:
		return true // می or بی
	case s >= 6 && b[s-6] == 0xD9 && b[s-5] == 0x86 && b[s-4] == 0xD9 && b[s-3] == 0x85:
		return wordRuneBefore(b, s-6) == 0 // نمی
	}
	return false
}

// suffixCandidate reports, from a look at a few bytes, whether the word at
// b[k:] may be a suffix of the word ending at b[p]: it starts with ها or تر,
// or it starts with ا, or is مان, تان or شان, after a word ending in ه (the
// personal suffixes), or it is one of the last three after a word ending in
// های (their plural).
func suffixCandidate(b []byte, p, k int) bool {
	c0, c1 := b[k], b[k+1]
	switch {
	case c0 == 0xD9 && c1 == 0x87: // ه: ها...
		return bytes.HasPrefix(b[k:], []byte("ها"))
	case c0 == 0xD8 && c1 == 0xAA: // ت: تر... تان
		if bytes.HasPrefix(b[k:], []byte("تر")) {
			return true
		}
		return bytes.HasPrefix(b[k:], []byte("تان")) && (endsWithHeh(b, p) || endsWithPlural(b, p))
	case c0 == 0xD8 && c1 == 0xA7: // ا: ام ات اش ای اید ایم اند
		return endsWithHeh(b, p)
	case c0 == 0xD9 && c1 == 0x85, // م: مان
		c0 == 0xD8 && c1 == 0xB4: // ش: شان
		return endsWithHeh(b, p) || endsWithPlural(b, p)
	}
	return false
}

// endsWithHeh reports whether b[:p] ends with ه, or ه and a diacritic.
func endsWithHeh(b []byte, p int) bool {
	last := prevRune(b, p)
	if isMark(last) {
		last = prevRune(b, p-2)
	}
	return last == heh
}

// endsWithPlural reports whether b[:p] ends with های.
func endsWithPlural(b []byte, p int) bool {
	return bytes.HasSuffix(b[:p], plural)
}

// mayStartSuffix reports, for plainRun, whether the word at b[k:], which
// starts with a plain letter, may start with a suffix when affixes runs:
// it starts like one (startsLikeSuffix), or its second letter is not a
// plain letter, which a pass before affixes may change or remove. Two
// plain letters side by side stay as they are until then.
func mayStartSuffix(b []byte, k int) bool {
	return k+4 > len(b) || !isPlainLetter(b[k+2], b[k+3]) || startsLikeSuffix(b[k:])
}

// startsLikeSuffix reports whether b starts with the first two letters of
// one of the suffixes, as each of them must: a quick test that rejects
// most words (است, از, شده) before they are scanned.
func startsLikeSuffix(b []byte) bool {
	if len(b) < 4 {
		return false
	}
	switch string(b[:4]) {
	case "ها", "تر", "ام", "ات", "اش", "ای", "ان", "ما", "تا", "شا":
		return true
	}
	return false
}

// A suffixKind says which of the lists above a suffix is on.
type suffixKind uint8

const (
	notSuffix suffixKind = iota
	pluralSuffix
	comparativeSuffix
	personalSuffix
)

// suffixKindOf returns the kind of the suffix w, or notSuffix. It spells the
// suffixes out in a switch, which the compiler turns into a search by length
// and content, instead of comparing w with each in turn; TestSuffixKind
// checks that it agrees with the lists.
func suffixKindOf(w []byte) suffixKind {
	switch string(w) {
	case "ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان":
		return pluralSuffix
	case "تر", "تری", "ترین":
		return comparativeSuffix
	case "ام", "ات", "اش", "ای", "اید", "ایم", "اند", "مان", "تان", "شان":
		return personalSuffix
	}
	return notSuffix
}

// wordEndWithin is wordEnd for a word of at most max bytes; it returns -1
// for a longer one.
func wordEndWithin(b []byte, i, max int) int {
	limit := i + max
	for {
		n := wordRuneAt(b, i)
		if n == 0 {
			return i
		}
		if i += n; i > limit {
			return -1
		}
	}
}

// joinPrefix decides whether the prefix word (می, نمی or بی) joins next,
// the word after the spaces that follow it; before is the text before word.
func joinPrefix(word, next, before []byte) joining {
	if bytes.Equal(word, bi) {
		if bytes.Equal(next, bi) || previousWordIs(before, bi) {
			return joinNone // بی بی سی
		}
	} else if previousWordIs(before, may) {
		return joinNone // ماه می
	}
	return joinZWNJ
}

// joinSuffix decides whether word joins next, a suffix of the given kind
// after the spaces that follow it; rest is the text after next.
func joinSuffix(word, next, rest []byte, kind suffixKind) joining {
	last, n := runeBefore(word, len(word))
	if isMark(last) && n < len(word) {
		last = prevRune(word, len(word)-n)
	}
	switch kind {
	case comparativeSuffix:
		if equalsAny(word, closedComparatives) {
			return joinDirect
		}
		if len(next) == len("تر") && isWetIdiom(rest) {
			return joinNone // تر و خشک: wet, not a comparative
		}
	case personalSuffix:
		// The part of the word after its last ZWNJ must be a word of its
		// own, not a lone ه: می‌ه ام stays, as it did before می joined.
		stem := word
		if i := bytes.LastIndex(word, zwnjBytes); i >= 0 {
			stem = word[i+len(zwnjBytes):]
		}
		if bytes.Equal(stem, plural) && equalsAny(next, pluralPersonalSuffixes) {
			return joinZWNJ // کتاب‌های‌شان
		}
		if last != heh || utf8.RuneCount(stem) < 2 {
			return joinNone
		}
	}
	if !joinsNext(last) {
		return joinDirect
	}
	return joinZWNJ
}

// isWetIdiom reports whether rest, the text after a تر, makes it the
// adjective of the pairs تر و خشک, تر و تازه and تر و تمیز.
func isWetIdiom(rest []byte) bool {
	for _, w := range wetPairs {
		if bytes.HasPrefix(rest, w) && (len(rest) == len(w) || endsWord(nextRune(rest, len(w)))) {
			return true
		}
	}
	return false
}

// wetPairs are the ends of the pairs isWetIdiom knows, after the تر.
var wetPairs = words(" و خشک", " و تازه", " و تمیز")

// endsWord reports whether r may follow a suffix: a space, punctuation, a
// bracket or quotation mark.
func endsWord(r rune) bool {
	switch r {
	case ' ', '\t', '.', ',', ';', ':', '!', '?', faComma, faSemicolon, faQuestion, ellipsis,
		'"', '\'', '(', ')', '[', ']', '{', '}', quoteL, quoteR, guillemetL, guillemetR:
		return true
	}
	return false
}

// previousWordIs reports whether the last word of before (ignoring trailing
// spaces) is w.
func previousWordIs(before, w []byte) bool {
	end := spaceBefore(before, len(before))
	return bytes.Equal(before[wordStart(before, end):end], w)
}

// affixesMisc writes ه‌ئی and ه‌یی at the end of a word as ه‌ای (خانه‌یی →
// خانه‌ای), in place.
func (e *engine) affixesMisc(b []byte) []byte {
	if e.features&fInvisible == 0 {
		return b
	}
	// Visit the ZWNJs and LRMs (E2 80 8C, E2 80 8E): few lines have any,
	// and far fewer than ه.
	for j := bytes.IndexByte(b, 0xE2); j >= 0; j = indexByteFrom(b, j+1, 0xE2) {
		// heh, ZWNJ or LRM (3 bytes), yeh or yeh with hamza, yeh.
		i := j - 2
		if i < 0 || b[i] != 0xD9 || b[i+1] != 0x87 {
			continue
		}
		if j+7 > len(b) || b[j+1] != 0x80 || (b[j+2] != 0x8C && b[j+2] != 0x8E) {
			continue
		}
		r1, _ := runeAt(b, j+3)
		r2, _ := runeAt(b, j+5)
		if r1 != yeh && r1 != 0x0626 || r2 != yeh || i == 0 || !isWordRune(prevRune(b, i)) {
			continue
		}
		if end := j + 7; end < len(b) {
			if r := nextRune(b, end); !isSpace(r) && r != zwnj && !isPunct(r) {
				continue
			}
		}
		b[j+2] = 0x8C               // ZWNJ
		b[j+3], b[j+4] = 0xD8, 0xA7 // alef
		e.keyValid = false          // an LRM, which Key keeps, became a ZWNJ
	}
	return b
}

// indexByteFrom returns the index of the first c in b[from:], or -1.
func indexByteFrom(b []byte, from int, c byte) int {
	if from >= len(b) {
		return -1
	}
	if j := bytes.IndexByte(b[from:], c); j >= 0 {
		return from + j
	}
	return -1
}
