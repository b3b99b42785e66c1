package normalize

// quotes writes paired quotation marks on a line as « »: “…” pairs, runs of
// straight double quotes closed by the same run ("…", ""…""), and single
// quotes that open and close a quotation ('…') rather than stand for an
// apostrophe (don't, 'n'). A quotation mark with no partner is left alone.
// Pairs inside a converted quotation are converted too, until none is left.
func (e *engine) quotes(in []rune) []rune {
	for containsQuote(in) {
		out, changed := e.quotesOnce(in)
		if !changed {
			break
		}
		in = out
	}
	return in
}

func (e *engine) quotesOnce(in []rune) ([]rune, bool) {
	changed := false
	out := e.next()
	for i := 0; i < len(in); {
		r := in[i]
		var k, closeAt, closeLen int
		switch r {
		case quoteL:
			k, closeAt, closeLen = 1, indexFrom(in, i+2, quoteR), 1
		case '"':
			k = runLen(in, i, '"')
			closeAt, closeLen = indexRun(in, i+k+1, '"', k), k
		case '\'':
			k = 1
			if opensQuote(in, i) {
				closeAt, closeLen = closingSingle(in, i+2), 1
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

func containsQuote(in []rune) bool {
	for _, r := range in {
		if r == '"' || r == '\'' || r == quoteL {
			return true
		}
	}
	return false
}

// indexFrom returns the index of the first r in in[from:], or -1.
func indexFrom(in []rune, from int, r rune) int {
	for j := from; j < len(in); j++ {
		if in[j] == r {
			return j
		}
	}
	return -1
}

// runLen returns the length of the run of r starting at in[i].
func runLen(in []rune, i int, r rune) int {
	j := i
	for j < len(in) && in[j] == r {
		j++
	}
	return j - i
}

// indexRun returns the index of the first run of exactly k r's at or after
// from (a longer run does not close a shorter one), or -1.
func indexRun(in []rune, from int, r rune, k int) int {
	for j := from; j < len(in); {
		if in[j] != r {
			j++
			continue
		}
		n := runLen(in, j, r)
		if n == k {
			return j
		}
		j += n
	}
	return -1
}

// opensQuote reports whether the ' at in[i] can open a quotation: it starts
// a word and is followed by something other than a space.
func opensQuote(in []rune, i int) bool {
	if i > 0 && (isWordRune(in[i-1]) || isASCIIAlnum(in[i-1]) || isDigit(in[i-1])) {
		return false
	}
	return i+1 < len(in) && !isSpace(in[i+1]) && in[i+1] != '\''
}

// closingSingle returns the index of the first ' at or after from that ends
// a word (not followed by a letter or digit), or -1.
func closingSingle(in []rune, from int) int {
	for j := from; j < len(in); j++ {
		if in[j] != '\'' || isSpace(in[j-1]) {
			continue
		}
		if j+1 < len(in) && (isWordRune(in[j+1]) || isASCIIAlnum(in[j+1]) || isDigit(in[j+1])) {
			continue
		}
		return j
	}
	return -1
}
