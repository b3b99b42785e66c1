package normalize

import "unicode/utf8"

// Key breaks: for Key, chars notes where its output has a character that
// Key's fold changes (e.keyBreaks, in order, maybe more than once, maybe
// some the fold keeps): white space other than a single space, A-Z, ZWNJ,
// ZWJ, diacritics, digits other than ASCII and the letters of one form
// (see keyChanges). A plain run, which chars does not look into letter by
// letter, holds none: plain letters are letters the fold keeps, and their
// spaces are single. A pass that rewrites the line clears e.keyValid
// (engine.done), as do the passes that change a line in place, except
// affixes and punctuationSpacing, which carry the places over to their
// output (keyCarrier). While they are valid, they are all the fold has to
// visit (foldAt); the rest it copies in bulk. On the seed texts, that is
// so for the lines that hold four in five of the bytes.

// keyBreak notes a character the fold changes at offset at of chars'
// output.
func (e *engine) keyBreak(at int) { e.keyBreaks = append(e.keyBreaks, int32(at)) }

// keyBreaksIn notes the characters the fold changes in b, which chars
// wrote at offset at of its output, and its spaces, which may stand next
// to another space that chars copied.
func (e *engine) keyBreaksIn(b []byte, at int) {
	for i := 0; i < len(b); {
		r, n := runeAt(b, i)
		if keyChanges(r) || r == ' ' {
			e.keyBreak(at + i)
		}
		i += n
	}
}

// keyChanges reports whether Key's fold changes r, or drops it.
func keyChanges(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == '\t' || r == '\n' || r == '\r' || r >= 'A' && r <= 'Z'
	case r >= 0x600 && r < 0x700:
		return !keyKeepsArabic[r-0x600]
	}
	return r == zwnj || r == zwj || r == nbsp || isExtraSpace(r)
}

// foldAt is fold for a text whose characters the fold changes are all at
// the offsets of breaks (in order; some may be repeated or name characters
// the fold keeps): it copies the stretches between them in bulk.
func (k *keyFolder) foldAt(dst, b []byte, breaks []int32) []byte {
	if len(breaks) > 0 && int(breaks[len(breaks)-1]) >= len(b) {
		return k.fold(dst, b) // not this text's: never, as the tests check
	}
	i := 0
	for _, p := range breaks {
		if int(p) < i {
			continue // noted twice
		}
		dst = k.stretch(dst, b[i:p])
		r, n := rune(b[p]), 1
		if r >= utf8.RuneSelf {
			r, n = runeAt(b, int(p))
		}
		dst = k.foldRune(dst, r)
		i = int(p) + n
	}
	return k.stretch(dst, b[i:])
}

// stretch appends the fold of s, which holds only characters the fold
// keeps and single spaces between them, and maybe spaces at either end.
func (k *keyFolder) stretch(dst, s []byte) []byte {
	if len(s) == 0 {
		return dst
	}
	if s[0] == ' ' {
		k.space = k.started
		s = s[1:]
	}
	trailing := len(s) > 0 && s[len(s)-1] == ' '
	if trailing {
		s = s[:len(s)-1]
	}
	if len(s) > 0 {
		if k.space {
			dst = append(dst, ' ')
		}
		dst = append(dst, s...)
		k.started, k.space = true, false
	}
	if trailing {
		k.space = k.started
	}
	return dst
}

// A keyCarrier carries e.keyBreaks over to the output of a pass that
// copies its input in stretches, as carrier does the positions: the pass
// calls copied for each stretch, skipped for each piece it leaves out,
// added for each character the fold changes that it writes, trimmed when
// it cuts its output back, and, after engine.done, finish. It does
// nothing unless the breaks were valid when the pass began.
type keyCarrier struct {
	e   *engine
	on  bool
	r   int     // the next break of e.keyBreaks to read
	out []int32 // the breaks of the output
}

func (e *engine) keyCarrier() keyCarrier {
	return keyCarrier{e: e, on: e.keyValid, out: e.keyScratch[:0]}
}

// copied notes that the pass copied its input up to limit to its output
// delta bytes further on.
func (c *keyCarrier) copied(limit, delta int) {
	if !c.on {
		return
	}
	in := c.e.keyBreaks
	for c.r < len(in) && int(in[c.r]) < limit {
		c.out = append(c.out, in[c.r]+int32(delta))
		c.r++
	}
}

// skipped notes that the pass left out its input up to limit.
func (c *keyCarrier) skipped(limit int) {
	if !c.on {
		return
	}
	in := c.e.keyBreaks
	for c.r < len(in) && int(in[c.r]) < limit {
		c.r++
	}
}

// added notes a character the fold changes at offset at of the output.
func (c *keyCarrier) added(at int) {
	if c.on {
		c.out = append(c.out, int32(at))
	}
}

// trimmed notes that the pass cut its output back to end bytes.
func (c *keyCarrier) trimmed(end int) {
	for c.on && len(c.out) > 0 && int(c.out[len(c.out)-1]) >= end {
		c.out = c.out[:len(c.out)-1]
	}
}

// finish makes the carried breaks those of the current text, which the
// pass has passed to engine.done.
func (c *keyCarrier) finish() {
	if !c.on {
		return
	}
	e := c.e
	e.keyScratch, e.keyBreaks = e.keyBreaks, c.out
	e.keyValid = true
}
