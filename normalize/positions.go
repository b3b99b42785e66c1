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

// A carrier carries the recorded positions over to the output of a pass
// that copies its input in stretches and rewrites what lies between them.
// The pass calls copied for each stretch it copies and dropped for each
// piece it rewrites, in order along the line, then finish; the positions
// in a rewritten piece go, and the pass adds those of what it wrote there.
// Each list is rewritten in place: a list never gains more positions in a
// piece than it loses there.
type carrier struct {
	p    *positions
	r, w [4]int // per list: the next position to read, and where to write it
}

// lists returns the position lists of c.p, in a fixed order.
func (c *carrier) lists() [4]*[]int32 {
	return [4]*[]int32{&c.p.spaces, &c.p.marks, &c.p.brackets, &c.p.ezafe}
}

// copied notes that the pass copied its input up to limit to its output
// delta bytes further on.
func (c *carrier) copied(limit, delta int) {
	for k, l := range c.lists() {
		r, w := c.r[k], c.w[k]
		for r < len(*l) && int((*l)[r]) < limit {
			(*l)[w] = (*l)[r] + int32(delta)
			r++
			w++
		}
		c.r[k], c.w[k] = r, w
	}
}

// dropped notes that the pass rewrote its input up to limit.
func (c *carrier) dropped(limit int) {
	for k, l := range c.lists() {
		r := c.r[k]
		for r < len(*l) && int((*l)[r]) < limit {
			r++
		}
		c.r[k] = r
	}
}

// addMark records a punctuation mark the pass wrote at offset at of its
// output, in a piece where it dropped at least as many.
func (c *carrier) addMark(at int) {
	c.p.marks[c.w[1]] = int32(at)
	c.w[1]++
}

// finish copies the rest of the input, delta bytes further on, and cuts
// the lists to what was carried.
func (c *carrier) finish(delta int) {
	c.copied(int(^uint(0)>>1), delta)
	for k, l := range c.lists() {
		*l = (*l)[:c.w[k]]
	}
}
