package normalize

import (
	"unicode/utf8"
)

// An engine normalizes one line at a time. It holds the scratch buffers of
// the passes, so it is used by one goroutine at a time (engines are pooled).
type engine struct {
	rules Rules
	dir   Direction

	bufs  [2][]rune // a pass reads one and writes the other
	cur   int       // index of the buffer holding the current text
	spans []span    // protected spans of the current line
	line  []byte    // the current line, for restoring protected spans
	pairs []uint8   // matched brackets of the current line (see brackets)

	scratch []byte // the normalized line, before segment places it
	result  []byte // String's output buffer
}

// next returns an empty buffer for a pass's output: the one not holding in.
func (e *engine) next() []rune { return e.bufs[1-e.cur][:0] }

// done records out, which next returned, as the current text.
func (e *engine) done(out []rune) []rune {
	e.cur = 1 - e.cur
	e.bufs[e.cur] = out
	return out
}

// normalizeLine appends the normalized form of line, which holds no line
// break, to dst.
func (e *engine) normalizeLine(dst, line []byte) []byte {
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
	if e.rules&Affixes != 0 {
		rs = e.affixesMisc(e.affixes(rs))
	}
	if e.rules&Spacing != 0 {
		rs = e.brackets(rs)
	}
	if e.rules&RepeatedMarks != 0 {
		rs = e.repeatedMarks(rs)
	}
	if e.rules&Spacing != 0 {
		rs = e.punctuationSpacing(rs)
	}
	if e.rules&Ellipsis != 0 {
		rs = e.ellipsisSpacing(rs)
	}
	if e.rules&Diacritics != 0 {
		rs = e.diacritics(rs)
	}
	if e.rules&Spacing != 0 {
		rs = e.spaces(rs)
	}
	// Digits and punctuation go word by word, so they run once the spaces
	// that separate words are final.
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
func (e *engine) decode(line []byte) []rune {
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
		i += size
		out = e.mapRune(out, r)
	}
	return e.done(out)
}

// mapRune appends r after the character-level rules.
func (e *engine) mapRune(out []rune, r rune) []rune {
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

func (e *engine) mapLetter(out []rune, r rune) []rune {
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

func (e *engine) mapOther(out []rune, r rune) []rune {
	switch {
	case e.rules&Bidi != 0 && isBidiControl(r):
		return out
	case e.rules&Spacing != 0 && isExtraSpace(r):
		return append(out, ' ')
	}
	return append(out, r)
}

// encode appends rs to dst as UTF-8, putting the protected spans back.
func (e *engine) encode(dst []byte, rs []rune) []byte {
	k := 0
	for _, r := range rs {
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
			continue
		}
		if r == placeholder && k < len(e.spans) {
			dst = appendValid(dst, e.line[e.spans[k].start:e.spans[k].end])
			k++
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

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
