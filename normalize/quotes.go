package normalize

import "bytes"

var (
	guillemetLBytes = []byte("\u00ab")
	guillemetRBytes = []byte("\u00bb")
	quoteRBytes     = []byte("\u201d")
)

// quotes writes paired quotation marks on a line as « »: “…” pairs, runs of
// straight double quotes closed by the same run ("…", ""…""), and single
// quotes that open and close a quotation ('…') rather than stand for an
// apostrophe (don't, 'n'). A quotation mark with no partner is left alone.
// Pairs inside a converted quotation are converted too, until none is left.
func (e *engine) quotes(b []byte) []byte {
	if e.features&fQuote == 0 {
		return b
	}
	for bytes.IndexByte(b, '"') >= 0 || bytes.IndexByte(b, '\'') >= 0 || bytes.IndexByte(b, '`') >= 0 || bytes.Contains(b, quoteLBytes) {
		out, changed := e.quotesOnce(b)
		if !changed {
			break
		}
		b = out
	}
	return b
}

func (e *engine) quotesOnce(b []byte) ([]byte, bool) {
	changed := false
	out := e.next()
	for i := 0; i < len(b); {
		var k, closeAt, closeLen int
		switch {
		case b[i] == '"' || b[i] == '`':
			k = runLenByte(b, i, b[i])
			closeAt, closeLen = indexQuoteRun(b, afterRune(b, i+k), b[i], k), k
		case b[i] == '\'':
			k, closeAt, closeLen = 1, -1, 1
			if n := runLenByte(b, i, '\''); n > 1 { // ''…'' pairs like "…"
				k, closeAt, closeLen = n, indexQuoteRun(b, afterRune(b, i+n), '\'', n), n
			} else if opensQuote(b, i) {
				closeAt = closingSingle(b, afterRune(b, i+1))
			}
		case b[i] == 0xE2 && bytes.HasPrefix(b[i:], quoteLBytes):
			k, closeLen = len(quoteLBytes), len(quoteRBytes)
			closeAt = indexFrom(b, afterRune(b, i+k), quoteRBytes)
		default:
			out = append(out, b[i])
			i++
			continue
		}
		if closeAt < 0 {
			out = append(out, b[i:i+k]...)
			i += k
			continue
		}
		out = append(out, guillemetLBytes...)
		out = append(out, b[i+k:closeAt]...)
		out = append(out, guillemetRBytes...)
		i = closeAt + closeLen
		changed = true
	}
	if !changed {
		return b, false // out is dropped: b stays the current buffer
	}
	e.features |= fBracket
	return e.done(out), true
}

// afterRune returns the index past the rune at b[i] (a quotation must hold
// at least one), or len(b).
func afterRune(b []byte, i int) int {
	if i >= len(b) {
		return len(b)
	}
	_, n := runeAt(b, i)
	return i + n
}

// indexFrom returns the index of the first sep in b[from:], or -1.
func indexFrom(b []byte, from int, sep []byte) int {
	if from > len(b) {
		return -1
	}
	if j := bytes.Index(b[from:], sep); j >= 0 {
		return from + j
	}
	return -1
}

func runLenByte(b []byte, i int, c byte) int {
	j := i
	for j < len(b) && b[j] == c {
		j++
	}
	return j - i
}

// indexQuoteRun returns the index of the first run of exactly k quotation
// marks q at or after from (a longer run does not close a shorter one), or
// -1.
func indexQuoteRun(b []byte, from int, q byte, k int) int {
	for j := from; j < len(b); {
		if b[j] != q {
			j++
			continue
		}
		n := runLenByte(b, j, q)
		if n == k {
			return j
		}
		j += n
	}
	return -1
}

// opensQuote reports whether the ' at b[i] can open a quotation: it does
// not follow a letter or digit (as the apostrophe of don't does) and is not
// doubled.
func opensQuote(b []byte, i int) bool {
	if prev := prevRune(b, i); i > 0 && (isWordRune(prev) || isASCIIAlnum(prev) || isDigit(prev)) {
		return false
	}
	return i+1 < len(b) && b[i+1] != '\''
}

// closingSingle returns the index of the first ' at or after from that is
// not followed by a letter or digit, or -1. Spaces around the quotation
// marks do not matter: the Spacing rule moves them.
func closingSingle(b []byte, from int) int {
	for j := from; j < len(b); j++ {
		if b[j] != '\'' {
			continue
		}
		if next := nextRune(b, j+1); j+1 < len(b) && (isWordRune(next) || isASCIIAlnum(next) || isDigit(next)) {
			continue
		}
		return j
	}
	return -1
}
