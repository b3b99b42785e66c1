package normalize

// Positions let the passes that act around spaces, punctuation marks and
// brackets visit just those places instead of scanning the line. The first
// pass records them; a pass that rewrites the line invalidates them (see
// engine.done) unless it carries them over to its output itself.
type positions struct {
	valid    bool
	spaces   []int32 // spaces and tabs, for affixes
	marks    []int32 // . , ; : ! ? ، ؛ ؟, for punctuationSpacing
	brackets []int32 // ( ) [ ] { } « » “ ”, for brackets
	ezafe    []int32 // ء and the ی on their own after a gap, for ezafe
	// ezafeComplete is false when a slow path wrote text ezafe candidates
	// were not looked for in; ezafe then searches the line.
	ezafeComplete bool
}

func (p *positions) reset() {
	p.valid = false
	p.spaces, p.marks, p.brackets, p.ezafe = p.spaces[:0], p.marks[:0], p.brackets[:0], p.ezafe[:0]
	p.ezafeComplete = true
}

// record notes the rune at offset at, of features f.
func (p *positions) record(at int, f feature) {
	switch {
	case f&fSpace != 0:
		p.spaces = append(p.spaces, int32(at))
	case f&fPunct != 0:
		p.marks = append(p.marks, int32(at))
	case f&fBracket != 0:
		p.brackets = append(p.brackets, int32(at))
	}
}

// recordText notes the places in b, which starts at offset at, for text a
// slow path wrote.
func (p *positions) recordText(b []byte, at int) {
	p.ezafeComplete = false
	for i := 0; i < len(b); {
		r, n := runeAt(b, i)
		var f feature
		switch {
		case r < 0x80:
			f = asciiFeatures[r]
		case r >= 0x600 && r < 0x700:
			f = arabicFeatures[r-0x600]
		default:
			f = runeFeatures(r)
		}
		p.record(at+i, f)
		i += n
	}
}

// shift adds delta to the positions of ps from index k on that are below
// limit, and returns the index of the first one it did not shift: a pass
// calls it as it copies the stretch of its input before limit to its output
// delta bytes further on.
func shift(ps []int32, k, limit, delta int) int {
	for k < len(ps) && int(ps[k]) < limit {
		ps[k] += int32(delta)
		k++
	}
	return k
}
