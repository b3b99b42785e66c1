package normalize

import "bytes"

// invisibleAt reports the invisible character (ZWNJ, RLM, LRM, soft hyphen
// or ¬) starting at b[i], and its size.
func invisibleAt(b []byte, i int) (rune, int) {
	switch c := b[i]; {
	case c == 0xE2 && i+2 < len(b) && b[i+1] == 0x80 && (b[i+2] == 0x8C || b[i+2] == 0x8E || b[i+2] == 0x8F):
		return 0x2000 | rune(b[i+2]&0x3F), 3
	case c == 0xC2 && i+1 < len(b) && (b[i+1] == 0xAD || b[i+1] == 0xAC):
		return rune(b[i+1]), 2
	}
	return 0, 0
}

// invisibles applies the ZWNJ and Bidi rules: a soft hyphen, ¬ or (with
// Bidi) an RLM between two letters becomes a ZWNJ; other bidi controls go;
// runs of ZWNJ become one; a ZWNJ that does not sit between two letters of
// a word goes.
func (e *engine) invisibles(b []byte) []byte {
	if e.features&fInvisible == 0 {
		return b
	}
	zw, bidi := e.rules&ZWNJ != 0, e.rules&Bidi != 0
	first := e.firstInvisibleChange(b, zw, bidi)
	if first < 0 {
		return b
	}
	out := append(e.next(), b[:first]...)
	for i := first; i < len(b); {
		r, n := invisibleAt(b, i)
		if r == 0 {
			j := indexInvisibleLead(b, i+1)
			if j < 0 {
				j = len(b)
			}
			out = append(out, b[i:j]...)
			i = j
			continue
		}
		switch {
		case r == rlm && bidi, (r == softHyphen || r == notSign) && zw:
			if isWordRune(prevRune(b, i)) && isWordRune(nextRune(b, i+n)) {
				r = zwnj
			} else if r == rlm {
				i += n
				continue
			}
		case r == lrm && bidi:
			i += n
			continue
		}
		if r != zwnj || !zw {
			out = append(out, b[i:i+n]...)
			i += n
			continue
		}
		// A ZWNJ (or a run of them, with other invisibles between).
		j := zwnjRunEnd(b, i+n, bidi)
		if isWordRune(prevRune(out, len(out))) && keepsZWNJ(b, j) {
			out = append(out, zwnjBytes...)
		}
		i = j
	}
	if bytes.Equal(out, b) {
		return b
	}
	e.features |= fGaps | fZWNJ
	return e.done(out)
}

// firstInvisibleChange returns the index of the first invisible character
// that invisibles changes, or -1 if it changes none. Most lines with a ZWNJ
// hold only ZWNJs that stay: this check visits just the invisibles and
// spares invisibles the copy of the line. Up to the first change the output
// is the input, so invisibles can start copying there.
func (e *engine) firstInvisibleChange(b []byte, zw, bidi bool) int {
	for i := indexInvisibleLead(b, 0); i >= 0; i = indexInvisibleLead(b, i) {
		r, n := invisibleAt(b, i)
		switch {
		case r == 0:
			i++
			continue
		case r == rlm && bidi, r == lrm && bidi:
			return i // it goes, or becomes a ZWNJ
		case (r == softHyphen || r == notSign) && zw:
			if isWordRune(prevRune(b, i)) && isWordRune(nextRune(b, i+n)) {
				return i // it becomes a ZWNJ
			}
		case r == zwnj && zw:
			j := zwnjRunEnd(b, i+n, bidi)
			if j != i+n || !isWordRune(prevRune(b, i)) || !keepsZWNJ(b, j) {
				return i // a run becomes one ZWNJ, or the ZWNJ goes
			}
		}
		i += n
	}
	return -1
}

// indexInvisibleLead returns the index of the first 0xC2 or 0xE2 byte in
// b[from:], the lead bytes of the invisible characters, or -1.
func indexInvisibleLead(b []byte, from int) int { return indexMasked(b, from, 0xDF, 0xC2) }

// zwnjRunEnd returns the index past the run of ZWNJs (and, with bidi, RLMs
// and LRMs) starting at b[j].
func zwnjRunEnd(b []byte, j int, bidi bool) int {
	for j < len(b) {
		r2, n2 := invisibleAt(b, j)
		if r2 != zwnj && !(bidi && (r2 == rlm || r2 == lrm)) {
			break
		}
		j += n2
	}
	return j
}

// keepsZWNJ reports whether a ZWNJ after a letter stays before b[j]: a
// letter or a diacritic follows.
func keepsZWNJ(b []byte, j int) bool {
	if j >= len(b) {
		return false
	}
	next := nextRune(b, j)
	return isWordRune(next) || isMark(next)
}

// lateZWNJ removes a ZWNJ after a letter that does not join the next one
// (ا د ذ ر ز ژ و ...), where it changes nothing on screen but the spelling,
// and before a diacritic. It runs after the rules that insert ZWNJs.
func (e *engine) lateZWNJ(b []byte) []byte {
	if e.features&fZWNJ == 0 {
		return b
	}
	i := indexZWNJ(b, 0)
	if i < 0 {
		return b
	}
	out := e.next()
	copied, changed := 0, false
	for ; i >= 0; i = indexZWNJ(b, i+3) {
		if afterNonJoining(b[:i]) || isMark(nextRune(b, i+3)) {
			out = append(out, b[copied:i]...)
			copied = i + 3
			changed = true
		}
	}
	if !changed {
		return b
	}
	out = append(out, b[copied:]...)
	return e.done(out)
}

// indexZWNJ returns the index of the first ZWNJ (E2 80 8C) in b[from:]
// (from counted in b), or -1. It looks for the lead byte E2, which few other
// characters of Persian text have, so it is quicker than bytes.Index.
func indexZWNJ(b []byte, from int) int {
	for from < len(b) {
		j := bytes.IndexByte(b[from:], 0xE2)
		if j < 0 {
			return -1
		}
		if i := from + j; i+2 < len(b) && b[i+1] == 0x80 && b[i+2] == 0x8C {
			return i
		}
		from += j + 1
	}
	return -1
}

// afterNonJoining reports whether the last letter of b, past any
// diacritics, is one that does not join the next letter.
func afterNonJoining(b []byte) bool {
	k := len(b)
	for k > 0 {
		r, n := runeBefore(b, k)
		if !isMark(r) {
			return isLetter(r) && !joinsNext(r)
		}
		k -= n
	}
	return false
}
