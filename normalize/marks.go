package normalize

// dashes writes -- as – and --- as —, except next to a Latin letter or digit
// (command-line flags, ranges in code) and in longer runs (markdown rules).
func (e *engine) dashes(in []rune) []rune {
	if !containsPair(in, '-') {
		return in
	}
	out := e.next()
	for i := 0; i < len(in); {
		if in[i] != '-' {
			out = append(out, in[i])
			i++
			continue
		}
		j := i
		for j < len(in) && in[j] == '-' {
			j++
		}
		n := j - i
		latin := i > 0 && isASCIIAlnum(in[i-1]) || j < len(in) && isASCIIAlnum(in[j])
		switch {
		case latin || n < 2 || n > 3:
			out = append(out, in[i:j]...)
		case n == 2:
			out = append(out, enDash)
		default:
			out = append(out, emDash)
		}
		i = j
	}
	return e.done(out)
}

// containsPair reports whether r occurs twice in a row in in.
func containsPair(in []rune, r rune) bool {
	for i := 1; i < len(in); i++ {
		if in[i] == r && in[i-1] == r {
			return true
		}
	}
	return false
}

// dots writes a run of three or more dots, with or without spaces between
// them, or of ellipses, as one …; two dots with spaces between become "..".
func (e *engine) dots(in []rune) []rune {
	if !containsAny2(in, '.', ellipsis) {
		return in
	}
	out := e.next()
	for i := 0; i < len(in); {
		r := in[i]
		if r != '.' && r != ellipsis {
			out = append(out, r)
			i++
			continue
		}
		// A run of dots and ellipses separated only by spaces or tabs.
		count, end := 0, i
		for j := i; j < len(in); {
			if in[j] == '.' {
				count++
			} else if in[j] == ellipsis {
				count += 3
			} else {
				break
			}
			end = j + 1
			j++
			for j < len(in) && isSpace(in[j]) {
				j++
			}
		}
		switch {
		case count >= 3:
			out = append(out, ellipsis)
		case count == 2:
			out = append(out, '.', '.')
		default:
			out = append(out, in[i:end]...)
		}
		i = end
	}
	return e.done(out)
}

// containsAny2 reports whether a or b occurs in in.
func containsAny2(in []rune, a, b rune) bool {
	for _, r := range in {
		if r == a || r == b {
			return true
		}
	}
	return false
}

// ellipsisSpacing removes the spaces before … and leaves one space after it
// when a word follows.
func (e *engine) ellipsisSpacing(in []rune) []rune {
	if !containsAny2(in, ellipsis, ellipsis) {
		return in
	}
	out := e.next()
	for i := 0; i < len(in); i++ {
		r := in[i]
		if r != ellipsis {
			out = append(out, r)
			continue
		}
		for len(out) > 0 && (isSpace(out[len(out)-1]) || out[len(out)-1] == zwnj) {
			out = out[:len(out)-1]
		}
		out = append(out, ellipsis)
		j := i + 1
		for j < len(in) && (isSpace(in[j]) || in[j] == zwnj) {
			j++
		}
		if j < len(in) && !isPunct(in[j]) && !isClosing(in[j]) && in[j] != ellipsis && in[j] != '"' {
			out = append(out, ' ')
		} else if j == len(in) && j > i+1 {
			out = append(out, ' ') // the line's trailing space, kept as Spacing keeps it
		}
		i = j - 1
	}
	return e.done(out)
}

// repeatedMarks reduces a run of ! ? ؟ (spaces allowed between them) to at
// most one question mark followed by at most one exclamation mark.
func (e *engine) repeatedMarks(in []rune) []rune {
	changed := false
	for i := 1; i < len(in) && !changed; i++ {
		if isQE(in[i]) {
			j := i - 1
			for j > 0 && isSpace(in[j]) {
				j--
			}
			changed = isQE(in[j])
		}
	}
	if !changed {
		return in
	}
	out := e.next()
	for i := 0; i < len(in); {
		if !isQE(in[i]) {
			out = append(out, in[i])
			i++
			continue
		}
		var q rune
		bang := false
		end := i
		for j := i; j < len(in); {
			switch in[j] {
			case '!':
				bang = true
			case '?', faQuestion:
				q = in[j]
			default:
				j = len(in)
				continue
			}
			end = j + 1
			j++
			for j < len(in) && isSpace(in[j]) {
				j++
			}
		}
		if q != 0 {
			out = append(out, q)
		}
		if bang {
			out = append(out, '!')
		}
		i = end
	}
	return e.done(out)
}

func isQE(r rune) bool { return r == '!' || r == '?' || r == faQuestion }

// kashidas removes kashida inside words, writes a run of kashida next to a
// space or the edge of the line as – (parenthetic use: ـکه ... بالیمـ) and
// between digits as –.
func (e *engine) kashidas(in []rune) []rune {
	if !containsAny2(in, kashida, kashida) {
		return in
	}
	out := e.next()
	for i := 0; i < len(in); {
		if in[i] != kashida {
			out = append(out, in[i])
			i++
			continue
		}
		j := i
		for j < len(in) && in[j] == kashida {
			j++
		}
		before, after := rune(' '), rune(' ')
		if i > 0 {
			before = in[i-1]
		}
		if j < len(in) {
			after = in[j]
		}
		switch {
		case isSpace(before) || isSpace(after) || isDigit(before) && isDigit(after):
			out = append(out, enDash)
		}
		i = j
	}
	return e.done(out)
}
