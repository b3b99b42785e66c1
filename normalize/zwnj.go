package normalize

// invisibles applies the ZWNJ and Bidi rules: a soft hyphen, ¬ or (with
// Bidi) an RLM between two letters becomes a ZWNJ; other bidi controls go;
// runs of ZWNJ become one; a ZWNJ that does not sit between two letters of
// a word goes.
func (e *engine) invisibles(in []rune) []rune {
	if !containsInvisible(in) {
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

func containsInvisible(in []rune) bool {
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
func (e *engine) lateZWNJ(in []rune) []rune {
	if !containsAny2(in, zwnj, zwnj) {
		return in
	}
	out := e.next()
	changed := false
	for i, r := range in {
		if r == zwnj && (afterNonJoining(out) || i+1 < len(in) && isMark(in[i+1])) {
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

// afterNonJoining reports whether the last letter of out, past any
// diacritics, is one that does not join the next letter.
func afterNonJoining(out []rune) bool {
	k := len(out) - 1
	for k >= 0 && isMark(out[k]) {
		k--
	}
	return k >= 0 && isLetter(out[k]) && !joinsNext(out[k])
}
