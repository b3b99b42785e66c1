package normalize

import (
	"bytes"
	"unicode/utf8"
)

// An engine normalizes one line at a time, on UTF-8 bytes. It holds the
// scratch buffers of its passes, so one goroutine uses it at a time
// (engines are pooled). Each pass first checks, with a fast byte search,
// whether the line has anything it would change, and returns the line
// untouched if not; a pass that changes something copies the untouched
// stretches in bulk.
type engine struct {
	rules Rules
	dir   Direction

	bufs    [2][]byte // a pass reads one and writes the other
	cur     int       // index of the buffer holding the current text
	spans   []span    // protected spans of the current line
	line    []byte    // the current line, for restoring protected spans
	pairs   []uint8   // matched brackets of the current line (see brackets)
	stack   [bracketKinds][]int32
	marks   []int32 // where the punctuation marks are (see punctuationSpacing)
	matched []int32 // the matched brackets (see brackets)
	joins   []int32 // where affixes joins words (see findJoins)
	folds   []int32 // letters chars has yet to fold in its output (see flush)
	foldEnd int     // the end in the input of the last of them, -1 if none
	trail   int     // where chars writes no-break spaces as spaces (see trailingGap)

	features feature   // what the current line may hold (see features.go)
	pos      positions // where its spaces, marks and brackets are

	result []byte // String's output buffer; Key's, for a line with protected spans
	forKey bool   // the output is for Key (see appendKeyOf)
	active []pass // the passes the rules and forKey call for (see setRules)

	// For Key, where the current text has characters that Key's fold
	// changes (see keybreaks.go), if keyValid.
	keyBreaks  []int32
	keyScratch []int32 // the other buffer for them (see keyCarrier)
	keyValid   bool
}

// next returns an empty buffer for a pass's output: the one not holding the
// current text.
func (e *engine) next() []byte { return e.bufs[1-e.cur][:0] }

// doneIfChanged is done for a pass that may have rebuilt the line without
// changing it: then it keeps b, and the recorded positions stay valid.
func (e *engine) doneIfChanged(out, b []byte) []byte {
	if bytes.Equal(out, b) {
		return b
	}
	return e.done(out)
}

// done records out, which next returned, as the current text.
func (e *engine) done(out []byte) []byte {
	e.cur = 1 - e.cur
	e.bufs[e.cur] = out
	e.pos.valid = false
	e.keyValid = false
	return out
}

// normalizeLine appends the normalized form of line, which holds no line
// break, to dst.
func (e *engine) normalizeLine(dst, line []byte) []byte {
	return e.restore(dst, e.normalized(line))
}

// normalized returns the normalized form of line, which holds no line
// break, with a placeholder for each of its protected spans (e.spans):
// restore writes them back.
func (e *engine) normalized(line []byte) []byte {
	e.line = line
	e.spans = e.spans[:0]
	b := e.chars(line)
	if e.features&fProtect != 0 {
		// Rarely, a line may hold a protected span: chars saw what may
		// start one. It runs again on the line with its spans, if any.
		if e.spans = findProtected(e.spans, line); len(e.spans) > 0 {
			b = e.chars(line)
		}
	}
	for _, p := range e.active {
		if e.features&p.needs != 0 {
			b = p.run(e, b)
		}
	}
	return b
}

// A pass is a step of normalizeLine after chars: it runs when the line has
// one of the features it needs.
type pass struct {
	needs feature
	run   func(*engine, []byte) []byte
}

// newEngine returns an engine that applies rules, writing digits in dir.
func newEngine(rules Rules, dir Direction) *engine {
	e := new(engine)
	e.setRules(rules, dir, false)
	return e
}

// setRules sets the rules the engine applies, whether its output is for
// Key, and so the passes it runs (e.active): those of passes that one of
// the rules turns on, less those Key leaves out.
func (e *engine) setRules(rules Rules, dir Direction, forKey bool) {
	e.rules, e.dir, e.forKey = rules, dir, forKey
	e.active = e.active[:0]
	for _, p := range passes {
		if rules&p.rules != 0 && !(forKey && p.keyErases) {
			e.active = append(e.active, pass{p.needs, p.run})
		}
	}
}

// passes are the passes after chars, in the order they run, each with the
// rules that turn it on and the features without which it returns the line
// as it is (fLine, which every line has: it decides itself). The order matters: quotation marks become
// « » before brackets are spaced, repeated marks are reordered before
// brackets are spaced (!?[ → ?![, a markdown image after the ?), affixes
// join words before punctuation is spaced, and digits and punctuation go word by word once the spaces that
// separate words are final. The features spare most lines most calls; each
// pass checks them again. Key leaves out the passes marked keyErases: the
// last ones, whose changes its fold undoes.
var passes = []struct {
	rules     Rules
	needs     feature
	run       func(*engine, []byte) []byte
	keyErases bool
}{
	{Kashida, fKashida, (*engine).kashidas, false},
	{Dashes, fDash, (*engine).dashes, false},
	{Ellipsis, fDot | fEllipsis, (*engine).dots, false},
	{Quotes, fQuote, (*engine).quotes, false},
	{Ezafe, fEzafe, (*engine).ezafe, false},
	{ZWNJ | Bidi, fInvisible, (*engine).invisibles, false},
	{Diacritics, fMark, (*engine).diacritics, false},
	{Affixes, fSpace | fInvisible, (*engine).affixes, false}, // affixesMisc needs fInvisible
	{RepeatedMarks, fQE, (*engine).repeatedMarks, false},
	{Spacing, fBracket, (*engine).brackets, false},
	{Spacing, fPunct, (*engine).punctuationSpacing, false},
	{Ellipsis, fEllipsis, (*engine).ellipsisSpacing, false},
	{Spacing, fLine, (*engine).spaces, false},
	{Digits | Punctuation, fLine, (*engine).tokens, false},
	{Dates, fDateSep, (*engine).dates, false},
	{ZWNJ, fZWNJ, (*engine).lateZWNJ, true}, // it only removes ZWNJs
}

// chars copies line into the engine's buffer, writing each protected span as
// one placeholder and each byte of invalid UTF-8 as U+FFFD, applies the
// character-level rules (Entities, Letters, Bidi and the Unicode spaces of
// Spacing) and records the line's features.
func (e *engine) chars(line []byte) []byte {
	out := e.next()
	e.pos.reset()
	e.keyBreaks = e.keyBreaks[:0]
	e.folds, e.foldEnd = e.folds[:0], -1
	e.trail = len(line)
	if e.rules&Spacing != 0 {
		e.trail = trailingGap(line)
	}
	var f feature
	pos := 0
	for k := 0; ; k++ {
		end := len(line)
		if k < len(e.spans) {
			end = e.spans[k].start
		}
		out, f = e.charsRange(out, line[:end], pos, f)
		if k >= len(e.spans) {
			break
		}
		out = append(out, placeholderBytes...)
		pos = e.spans[k].end
	}
	e.features = f | fLine
	out = e.done(out)
	e.pos.valid = true
	e.keyValid = e.forKey
	return out
}

// charsRange is chars for line[from:], which holds no protected span.
func (e *engine) charsRange(out, line []byte, from int, f feature) ([]byte, feature) {
	start := from // start of the stretch not yet copied
	for i := from; i < len(line); {
		c := line[i]
		if c < utf8.RuneSelf {
			af := asciiFeatures[c]
			f |= af
			if e.forKey && (!keyKeepsASCII[c] && c != ' ' || c == ' ' && i > from && line[i-1] == ' ') {
				e.keyBreak(len(out) + i - start) // A-Z, a tab, a space after a space
			}
			if af&(fSpace|fPunct|fBracket) != 0 {
				if (c == ':' || c == ']') && i+1 < len(line) && (line[i+1] == '/' || line[i+1] == '(' || c == ']' && line[i+1] >= utf8.RuneSelf) {
					f |= fProtect // maybe :// or ](, or ] and ( with what vanishes between them
				}
				e.pos.record(len(out)+i-start, af)
				if af&fSpace != 0 {
					if c == ' ' && i > from && line[i-1] == ' ' {
						f |= fGaps
					}
					if standaloneYehAt(line, i+1) {
						f |= fEzafe // a ی on its own after a gap: a candidate ezafe
						e.pos.ezafe = append(e.pos.ezafe, int32(len(out)+i+1-start))
					}
				}
			}
			if c == '&' && e.rules&Entities != 0 {
				if r, n := entity(line[i:]); n > 0 {
					var rf feature
					out, rf, _ = e.replace(out, line[start:i], r)
					f |= rf | fProtect // the entity's name may hold a w
					i += n
					start = i
					continue
				}
			}
			i++
			continue
		}
		if c-0xD8 < 4 && i+1 < len(line) && line[i+1]&0xC0 == 0x80 {
			// The Arabic block, most of Persian text.
			af := arabicFeatures[int(c-0xD8)<<6|int(line[i+1]&0x3F)]
			if e.forKey && arabicClass[uint16(line[i+1])<<8|uint16(c)]&classKeyKept == 0 {
				e.keyBreak(len(out) + i - start)
			}
			if af == 0 {
				// A plain letter: skip the run of them and the single
				// spaces between them.
				var spaced bool
				i, spaced = e.plainRun(line, i+2, max(start, e.foldEnd), len(out)-start)
				if spaced {
					f |= fSpace
				}
				continue
			}
			f |= af
			if af&fPunct != 0 {
				e.pos.record(len(out)+i-start, af)
			}
			if af&fEzafe != 0 { // ء
				e.pos.ezafe = append(e.pos.ezafe, int32(len(out)+i-start))
			}
			if af&fold == 0 {
				i += 2
				continue
			}
			r := rune(c&0x1F)<<6 | rune(line[i+1]&0x3F)
			if !e.changesArabic(r) {
				i += 2
				continue
			}
			if to := rune(letterFold[r-0x600]); to > 1 && e.rules&Letters != 0 {
				if e.forKey && keyChanges(to) {
					e.keyBreak(len(out) + i - start)
				}
				// The common fold, one Arabic-block letter for another
				// of the same length: it stays in the stretch, and flush
				// writes it.
				prev := e.prevOut(out, line, start, i)
				e.folds = append(e.folds, int32(len(out)+i-start))
				e.foldEnd = i + 2
				f |= arabicFeatures[to-0x600] &^ fold
				if to == yeh && standaloneAfterGap(prev, line, i, 2) {
					f |= fEzafe
					e.pos.ezafe = append(e.pos.ezafe, int32(len(out)+i-start))
				}
				i += 2
				continue
			}
			var rf feature
			var before byte
			out, rf, before = e.replace(out, line[start:i], r)
			f |= rf &^ fEzafe
			if standaloneAfterGap(before, line, i, 2) {
				f |= fEzafe // a folded ی may be a candidate ezafe, as above
			}
			i += 2
			start = i
			continue
		}
		r, n := utf8.DecodeRune(line[i:])
		rf := runeFeatures(r)
		f |= rf
		if e.forKey && keyChanges(r) {
			e.keyBreak(len(out) + i - start)
		}
		if r == nbsp && i >= e.trail {
			// A no-break space in the gaps that end the line: a space.
			out = e.flush(out, line[start:i])
			if lastByte(out) == ' ' || i+n < len(line) && (line[i+n] == ' ' || line[i+n] == '\t') {
				f |= fGaps
			}
			e.pos.record(len(out), fSpace)
			out = append(out, ' ')
			f |= fSpace
			i += n
			start = i
			continue
		}
		if r == utf8.RuneError && n == 1 || e.changesOther(r) {
			var mf feature
			out, mf, _ = e.replace(out, line[start:i], r)
			f |= mf
			i += n
			start = i
			continue
		}
		if rf&fBracket != 0 {
			e.pos.record(len(out)+i-start, rf)
		}
		if (r == zwnj || r == lrm) && standaloneYehAt(line, i+n) {
			f |= fEzafe
			e.pos.ezafe = append(e.pos.ezafe, int32(len(out)+i+n-start))
		}
		i += n
	}
	return e.flush(out, line[start:]), f &^ fold
}

// replace appends the stretch chars copies as it is, then r as chars
// writes it, recording the positions in what it wrote. It returns the
// features of what it wrote for r, and the byte just before it.
func (e *engine) replace(out, stretch []byte, r rune) ([]byte, feature, byte) {
	out = e.flush(out, stretch)
	mark := len(out)
	out = e.appendMapped(out, r)
	e.pos.recordText(out[mark:], mark)
	if e.forKey {
		e.keyBreaksIn(out[mark:], mark)
	}
	return out, features(out[mark:]), lastByte(out[:mark])
}

// plainRun returns the end of the run of plain text starting at line[i],
// after a plain letter, and whether it took a space. Plain text is
// Arabic-block letters that chars keeps as they are, that have no feature
// and that Key's fold keeps, the quietly folded letters (see below), and
// single spaces before a plain letter other than ی (a ی after a space may
// be an ezafe), before ك, or before one of the letters with no feature
// that the fold changes (آ أ إ ٱ ؤ ئ ة), which it notes for Key. This is
// most of Persian text; the loop is kept apart from charsRange so that it
// stays small. line[start:] is the stretch chars has
// not yet copied, which it will copy shift bytes further on in its output.
//
// The quietly folded letters are Arabic ي and ك, common in Persian text
// typed on an Arabic keyboard: under the Letters rule they become ی and ک,
// of the same length and with no feature, so the run records them for
// flush to fold (e.folds, e.foldEnd) and goes on, as charsRange's common
// fold would. The one other consequence of that fold, a ی on its own after
// a gap being a candidate ezafe, cannot follow a space here (a ي after a
// space ends the run), only a letter whose output ends in byte 8C or 8E
// like the gap's ZWNJ or LRM (standaloneAfterGap): for such a ي the run
// ends, and charsRange decides.
//
// It appends the output offsets of the spaces to e.pos.spaces, for
// affixes, but only those where affixes may join words (joinHint): it
// would pass over the others, and the output around them is known here.
// Around a space near start or near a fold, before which chars may have
// written other bytes than the input's, it appends the space anyway.
func (e *engine) plainRun(line []byte, i, start, shift int) (int, bool) {
	spaced := false
	folding := e.rules&Letters != 0
	for {
		i = plainLetters(line, i)
		if i+2 < len(line) && line[i] == ' ' {
			d, f := line[i+1], line[i+2]
			class := arabicClass[uint16(f)<<8|uint16(d)]
			plain := class&classPlainAfterSpace != 0
			if !plain && !(d == 0xD9 && f == 0x83 && folding) {
				break
			}
			if t := joinHint(line, i, i+1); i-4 < start || t != 0 && (mayJoinMore(line, i, t) && (endsWithPrefix(line, i) || mayStartSuffix(line, i+1)) || afterEzafe(line, i, t)) { // start >= 0, so i >= 4 for mayJoinMore
				e.pos.spaces = append(e.pos.spaces, int32(i+shift))
			}
			spaced = true
			if plain {
				if class&classKeyKept == 0 && e.forKey {
					e.keyBreak(i + 1 + shift)
				}
				i += 3
			} else {
				i++ // to the ك, for the loop to fold
			}
			continue
		}
		if i+1 >= len(line) {
			break
		}
		if c, d := line[i], line[i+1]; c == 0xD9 && (d == 0x8A || d == 0x83) && folding { // ي ك
			// A letter comes before, whose output ends in line[i-1],
			// or in 8C if it is a ي folded to ی.
			if p := line[i-1]; d == 0x8A && (p == 0x8C || p == 0x8E || p == 0x8A) &&
				(i+2 == len(line) || !isArabicLead(line[i+2])) {
				break
			}
			e.folds = append(e.folds, int32(i+shift))
			i += 2
			e.foldEnd, start = i, i
			continue
		}
		break
	}
	return i, spaced
}

// afterEzafe reports, for the space at line[i] with joinHint's t, whether a
// ی on its own after a gap ends at i, before a word that may be a personal
// suffix: ezafe may make the ی a hamza above (خانه ی ام → خانهٔ ام), and then
// affixes may join the suffix, so the space must be recorded although
// mayJoinMore, which sees the ی, says no. i >= 4.
func afterEzafe(line []byte, i int, t uint8) bool {
	if t&yehBefore == 0 || t&suffixAfterHeh == 0 || line[i-2] != 0xDB {
		return false
	}
	c := line[i-3]
	return c == ' ' || c == '\t' || c == 0x8C || c == 0x8E
}

// plainLetters returns the end of the run of plain letters (see
// isPlainLetter) starting at line[i], 0 <= i. It is the innermost loop of
// chars. It reads four bytes at a time with word32, which spares it the
// bounds checks (a slice cut as it goes, as it was before, cost four more
// instructions in every step), and it is small enough for the compiler to
// inline in plainRun, which saves a call for each word; measured, a larger
// loop here (eight bytes at a time) did worse.
func plainLetters(line []byte, i int) int {
	for i+4 <= len(line) && twoPlainLetters(word32(line, i)) {
		i += 4
	}
	if i+2 <= len(line) && isPlainLetter(line[i], line[i+1]) {
		i += 2
	}
	return i
}

// twoPlainLetters reports whether the four bytes of x, read little-endian
// from the text, are two plain letters (see isPlainLetter): arabicClass
// tells, for each half of x. Testing two letters at once halves the
// branches of plainRun.
func twoPlainLetters(x uint32) bool {
	return arabicClass[uint16(x)]&arabicClass[x>>16]&classPlain != 0
}

// isPlainLetter reports whether c d is an Arabic-block rune that chars
// keeps as it is, that has no feature and that Key's fold keeps: a plain
// letter.
func isPlainLetter(c, d byte) bool {
	return arabicClass[uint16(d)<<8|uint16(c)]&classPlain != 0
}

// trailingGap returns where the run of spaces, tabs, ZWNJs and no-break
// spaces that ends line starts if it holds a no-break space, else len(line).
// chars writes the no-break spaces of that run as spaces, so that every
// pass sees the line's end as the Spacing rule leaves it.
func trailingGap(line []byte) int {
	end, noBreak := len(line), false
	for end > 0 {
		switch c := line[end-1]; {
		case c == ' ' || c == '\t':
			end--
			continue
		case c == 0xA0 && end >= 2 && line[end-2] == 0xC2:
			end, noBreak = end-2, true
			continue
		case c == 0x8C && end >= 3 && line[end-3] == 0xE2 && line[end-2] == 0x80:
			end -= 3
			continue
		}
		break
	}
	if !noBreak {
		return len(line)
	}
	return end
}

// prevOut returns the byte chars has written, or will write, just before
// line[i]: the last byte of the stretch from start, folded if flush is to
// fold the letter that ends it, else the last byte of out; 0 at the start.
func (e *engine) prevOut(out, line []byte, start, i int) byte {
	switch {
	case i > start && e.foldEnd == i:
		return byte(0x80 | letterFold[int(line[i-2]&0x1F)<<6|int(line[i-1]&0x3F)-0x600]&0x3F)
	case i > start:
		return line[i-1]
	}
	return lastByte(out)
}

// lastByte returns the last byte of b, or 0.
func lastByte(b []byte) byte {
	if len(b) == 0 {
		return 0
	}
	return b[len(b)-1]
}

// flush appends to out the stretch of the input that chars copies as it
// is, writing in it the letters chars folded without cutting the stretch
// (the common fold: ي → ی, ك → ک, ...). e.folds holds their offsets in the
// output.
func (e *engine) flush(out, stretch []byte) []byte {
	out = append(out, stretch...)
	for _, o := range e.folds {
		to := letterFold[int(out[o]&0x1F)<<6|int(out[o+1]&0x3F)-0x600]
		out[o], out[o+1] = byte(0xC0|to>>6), byte(0x80|to&0x3F)
	}
	e.folds, e.foldEnd = e.folds[:0], -1
	return out
}

// standaloneYehAt reports whether a ی that no Arabic letter follows starts
// at line[i].
func standaloneYehAt(line []byte, i int) bool {
	return i+1 < len(line) && line[i] == 0xDB && line[i+1] == 0x8C && (i+2 == len(line) || !isArabicLead(line[i+2]))
}

// standaloneAfterGap reports whether the n-byte rune at line[i], after the
// byte prev, follows a space, tab, ZWNJ or LRM and is not followed by an
// Arabic letter.
func standaloneAfterGap(prev byte, line []byte, i, n int) bool {
	return (prev == ' ' || prev == '\t' || prev == 0x8C || prev == 0x8E) &&
		(i+n == len(line) || !isArabicLead(line[i+n]))
}

// isArabicLead reports whether c is the first byte of a letter of the Arabic
// block other than the punctuation at U+060C-U+061F (D8 8C-9F).
func isArabicLead(c byte) bool { return c >= 0xD9 && c <= 0xDB }

// changesArabic reports whether appendMapped may change the Arabic-block
// rune r.
func (e *engine) changesArabic(r rune) bool {
	if e.rules&Letters != 0 {
		if letterFold[r-0x600] != 0 {
			return true
		}
		if r == 0x0653 { // هٓ, when it follows a heh: appendMapped decides
			return true
		}
	}
	return r == alm && e.rules&Bidi != 0
}

// changesOther reports whether appendMapped changes r, a rune outside the
// Arabic block.
func (e *engine) changesOther(r rune) bool {
	switch {
	case r >= presentationBase && r < presentationBase+rune(len(presentationForms)):
		return e.rules&Letters != 0 && presentationForms[r-presentationBase] != ""
	case isBidiControl(r):
		return e.rules&Bidi != 0
	case isExtraSpace(r):
		return e.rules&Spacing != 0
	}
	return false
}

// appendMapped appends r after the character-level rules.
func (e *engine) appendMapped(out []byte, r rune) []byte {
	if e.rules&Letters != 0 {
		if r >= presentationBase && r < presentationBase+rune(len(presentationForms)) {
			if s := presentationForms[r-presentationBase]; s != "" {
				for _, x := range s {
					out = e.appendMapped(out, x)
				}
				return out
			}
		}
		switch {
		case r >= 0x600 && r < 0x700 && letterFold[r-0x600] == 1:
			return append(out, "\u0647\u0654"...)
		case r == 0x0653 && len(out) >= 2 && out[len(out)-2] == 0xD9 && out[len(out)-1] == 0x87:
			return utf8.AppendRune(out, hamzaAbove)
		}
		if f, ok := foldLetter(r); ok {
			return utf8.AppendRune(out, f)
		}
	}
	switch {
	case e.rules&Bidi != 0 && isBidiControl(r):
		return out
	case e.rules&Spacing != 0 && isExtraSpace(r):
		return append(out, ' ')
	}
	return utf8.AppendRune(out, r)
}

// restore appends b to dst, putting the protected spans back in place of
// their placeholders.
func (e *engine) restore(dst, b []byte) []byte {
	if len(e.spans) == 0 {
		return append(dst, b...)
	}
	k := 0
	for len(b) > 0 && k < len(e.spans) {
		i := indexPlaceholder(b)
		if i < 0 {
			break
		}
		dst = append(dst, b[:i]...)
		dst = appendValid(dst, e.line[e.spans[k].start:e.spans[k].end])
		k++
		b = b[i+3:]
	}
	return append(dst, b...)
}

var placeholderBytes = []byte("\uf8ff")

func indexPlaceholder(b []byte) int { return bytes.Index(b, placeholderBytes) }

// appendValid appends b to dst with each byte of invalid UTF-8 written as
// U+FFFD, the policy for all input.
func appendValid(dst, b []byte) []byte {
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
