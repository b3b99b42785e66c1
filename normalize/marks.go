package normalize

import (
	"bytes"
	"unicode/utf8"
)

// kashidas removes kashida inside words, writes a run of kashida next to a
// space or the edge of the line as – (parenthetic use: ـکه ... بالیمـ) and
// between digits as –.
func (e *engine) kashidas(b []byte) []byte {
	if e.features&fKashida == 0 {
		return b
	}
	i := bytes.Index(b, kashidaBytes)
	if i < 0 {
		return b
	}
	out := append(e.next(), b[:i]...)
	for i < len(b) {
		if b[i] != 0xD9 || i+1 >= len(b) || b[i+1] != 0x80 {
			j := bytes.Index(b[i:], kashidaBytes)
			if j < 0 {
				out = append(out, b[i:]...)
				break
			}
			out = append(out, b[i:i+j]...)
			i += j
			continue
		}
		j := i
		for j+1 < len(b) && b[j] == 0xD9 && b[j+1] == 0x80 {
			j += 2
		}
		before, after := rune(' '), rune(' ')
		if i > 0 {
			before = prevRune(b, i)
		}
		if j < len(b) {
			after = nextRune(b, j)
		}
		if isSpace(before) || isSpace(after) || isDigit(before) && isDigit(after) {
			out = utf8.AppendRune(out, enDash)
		}
		i = j
	}
	return e.doneIfChanged(out, b)
}

// dashes writes -- as – and --- as —, except next to a Latin letter or digit
// (command-line flags, ranges in code) and in longer runs (markdown rules).
func (e *engine) dashes(b []byte) []byte {
	if e.features&fDash == 0 || !bytes.Contains(b, []byte("--")) {
		return b
	}
	out := e.next()
	for i := 0; i < len(b); {
		if b[i] != '-' {
			out = append(out, b[i])
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] == '-' {
			j++
		}
		n := j - i
		latin := isASCIIAlnum(prevRune(b, i)) || isASCIIAlnum(nextRune(b, j))
		switch {
		case latin || n < 2 || n > 3:
			out = append(out, b[i:j]...)
		case n == 2:
			out = utf8.AppendRune(out, enDash)
		default:
			out = utf8.AppendRune(out, emDash)
		}
		i = j
	}
	return e.doneIfChanged(out, b)
}

// isDotAt reports whether b[i:] starts with a dot or an ellipsis, and how
// many dots it counts for.
func isDotAt(b []byte, i int) (dots, size int) {
	if b[i] == '.' {
		return 1, 1
	}
	if b[i] == 0xE2 && bytes.HasPrefix(b[i:], ellipsisBytes) {
		return 3, 3
	}
	return 0, 0
}

// dots writes a run of three or more dots, with or without spaces between
// them, or of ellipses, as one …; two dots with spaces between become "..".
func (e *engine) dots(b []byte) []byte {
	if e.features&(fDot|fEllipsis) == 0 || !e.hasDotRun(b, e.features&fEllipsis != 0) {
		return b
	}
	// With valid positions, carry them over to the output, so that the
	// passes after this one need not search the line again.
	valid := e.pos.valid
	c := carrier{p: &e.pos}
	out := e.next()
	for i := 0; i < len(b); {
		if d, _ := isDotAt(b, i); d == 0 {
			j := indexEither(b, i+1, '.', 0xE2) // a dot, or maybe …
			if valid {
				c.copied(j, len(out)-i)
			}
			out = append(out, b[i:j]...)
			i = j
			continue
		}
		count, end := 0, i
		for j := i; j < len(b); {
			d, size := isDotAt(b, j)
			if d == 0 {
				break
			}
			count += d
			j += size
			end = j
			j = spaceAfter(b, j)
		}
		switch {
		case count >= 3:
			if valid {
				c.dropped(end) // the dots and the spaces between them
			}
			out = append(out, ellipsisBytes...)
			e.features |= fEllipsis
		case count == 2:
			if valid {
				c.dropped(end)
				c.addMark(len(out))
				c.addMark(len(out) + 1)
			}
			out = append(out, '.', '.')
		default:
			if valid {
				c.copied(end, len(out)-i)
			}
			out = append(out, b[i:end]...)
		}
		i = end
	}
	if valid {
		c.finish(len(out) - len(b))
	}
	b = e.doneIfChanged(out, b)
	e.pos.valid = valid
	return b
}

// hasDotRun reports an ellipsis, or a dot followed (after spaces) by another.
// Without mayEllipsis (the line's features say it has none), it does not
// search for an ellipsis. With valid positions, it visits the marks, which
// include every dot, instead of searching the line.
func (e *engine) hasDotRun(b []byte, mayEllipsis bool) bool {
	if mayEllipsis && bytes.Contains(b, ellipsisBytes) {
		return true
	}
	if !e.pos.valid {
		return hasDotPair(b)
	}
	for _, m := range e.pos.marks {
		if b[m] == '.' {
			if j := spaceAfter(b, int(m)+1); j < len(b) && b[j] == '.' {
				return true
			}
		}
	}
	return false
}

// hasDotPair reports a dot followed (after spaces) by another.
func hasDotPair(b []byte) bool {
	for i := bytes.IndexByte(b, '.'); i >= 0; {
		j := spaceAfter(b, i+1)
		if j < len(b) && b[j] == '.' {
			return true
		}
		k := bytes.IndexByte(b[j:], '.')
		if k < 0 {
			return false
		}
		i = j + k
	}
	return false
}

// ellipsisSpacing removes the gaps before … and leaves one space after it
// when a word follows.
func (e *engine) ellipsisSpacing(b []byte) []byte {
	if e.features&fEllipsis == 0 || !bytes.Contains(b, ellipsisBytes) {
		return b
	}
	out := e.next()
	for i := 0; i < len(b); {
		if b[i] != 0xE2 || !bytes.HasPrefix(b[i:], ellipsisBytes) {
			j := len(b)
			if k := bytes.IndexByte(b[i+1:], 0xE2); k >= 0 {
				j = i + 1 + k // maybe …
			}
			out = append(out, b[i:j]...)
			i = j
			continue
		}
		out = trimGap(out)
		out = append(out, ellipsisBytes...)
		j := gapAfter(b, i+3)
		if j < len(b) {
			if r := e.runeAfterMark(b, j); !isPunct(r) && !isClosing(r) && r != ellipsis && r != '"' && r != closingTag {
				out = append(out, ' ')
			}
		} else if j > i+3 {
			out = append(out, ' ') // the line's trailing space, as Spacing keeps it
		}
		i = j
	}
	return e.done(out)
}

// qeAt reports whether b[i:] starts with ! ? or ؟, and its size.
func qeAt(b []byte, i int) int {
	switch {
	case b[i] == '!' || b[i] == '?':
		return 1
	case b[i] == 0xD8 && i+1 < len(b) && b[i+1] == 0x9F:
		return 2
	}
	return 0
}

func isQE(r rune) bool { return r == '!' || r == '?' || r == faQuestion }

// repeatedMarks reduces a run of ! ? ؟ (spaces allowed between them) to at
// most one question mark followed by at most one exclamation mark.
func (e *engine) repeatedMarks(b []byte) []byte {
	if e.features&fQE == 0 || !hasRepeatedMarks(b) {
		return b
	}
	out := e.next()
	for i := 0; i < len(b); {
		n := qeAt(b, i)
		if n == 0 {
			out = append(out, b[i])
			i++
			continue
		}
		var q []byte
		bang := false
		end := i
		for j := i; j < len(b); {
			n = qeAt(b, j)
			if n == 0 {
				break
			}
			if b[j] == '!' {
				bang = true
			} else {
				q = b[j : j+n]
			}
			j += n
			end = j
			j = spaceAfter(b, j)
		}
		out = append(out, q...)
		if bang {
			out = append(out, '!')
		}
		i = end
	}
	return e.done(out)
}

// hasRepeatedMarks reports two marks of ! ? ؟ with only spaces between them.
func hasRepeatedMarks(b []byte) bool {
	last := -2 // end of the last mark, after spaces
	for i := 0; i < len(b); i++ {
		n := qeAt(b, i)
		if n == 0 {
			continue
		}
		if last >= 0 && spaceAfter(b, last) == i {
			return true
		}
		i += n - 1
		last = i + 1
	}
	return false
}
