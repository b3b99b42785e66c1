package normalize

// isGap reports the characters the Spacing rule removes around brackets
// and punctuation: spaces, tabs and ZWNJ.
func isGap(r rune) bool { return r == ' ' || r == '\t' || r == zwnj }

// trimGap removes trailing gaps from out.
func trimGap(out []rune) []rune {
	for len(out) > 0 && isGap(out[len(out)-1]) {
		out = out[:len(out)-1]
	}
	return out
}

// skipGap returns the index of the first non-gap at or after i.
func skipGap(in []rune, i int) int {
	for i < len(in) && isGap(in[i]) {
		i++
	}
	return i
}

// Bracket kinds, for matching.
const (
	noBracket = iota
	paren
	square
	curly
	guillemet
	curlyQuote
	bracketKinds
)

func bracketKind(r rune) (kind int, open bool) {
	switch r {
	case '(':
		return paren, true
	case ')':
		return paren, false
	case '[':
		return square, true
	case ']':
		return square, false
	case '{':
		return curly, true
	case '}':
		return curly, false
	case guillemetL:
		return guillemet, true
	case guillemetR:
		return guillemet, false
	case quoteL:
		return curlyQuote, true
	case quoteR:
		return curlyQuote, false
	}
	return noBracket, false
}

// Marks for matched brackets in engine.pairs.
const (
	unmatched = iota
	matchedOpen
	matchedClose
)

// brackets leaves no space inside and one space outside every matched pair
// of brackets or quotation marks on a line; unmatched ones are left alone.
func (e *engine) brackets(in []rune) []rune {
	pairs := e.matchBrackets(in)
	if pairs == nil {
		return in
	}
	out := e.next()
	for i := 0; i < len(in); i++ {
		r := in[i]
		switch pairs[i] {
		case matchedOpen:
			out = trimGap(out)
			if len(out) > 0 && needsSpaceBefore(out[len(out)-1], in, i) {
				out = append(out, ' ')
			}
			out = append(out, r)
			i = skipGap(in, i+1) - 1
		case matchedClose:
			out = trimGap(out)
			out = append(out, r)
			j := skipGap(in, i+1)
			switch {
			case j == len(in):
				if j > i+1 {
					out = append(out, ' ') // a trailing space, as Spacing keeps it
				}
			case needsSpaceAfter(r, in[j]):
				out = append(out, ' ')
			}
			i = j - 1
		default:
			out = append(out, r)
		}
	}
	return e.done(out)
}

// matchBrackets marks the matched opening and closing brackets of in in a
// scratch slice, or returns nil if there are none. A pair must hold some
// text other than gaps.
func (e *engine) matchBrackets(in []rune) []uint8 {
	var stacks [bracketKinds][]int32
	var pairs []uint8
	for i, r := range in {
		kind, open := bracketKind(r)
		if kind == noBracket {
			continue
		}
		if open {
			stacks[kind] = append(stacks[kind], int32(i))
			continue
		}
		s := stacks[kind]
		if len(s) == 0 {
			continue
		}
		o := int(s[len(s)-1])
		stacks[kind] = s[:len(s)-1]
		if skipGap(in, o+1) == i {
			continue // nothing inside
		}
		if pairs == nil {
			if cap(e.pairs) < len(in) {
				e.pairs = make([]uint8, len(in))
			}
			pairs = e.pairs[:len(in)]
			clear(pairs)
		}
		pairs[o], pairs[i] = matchedOpen, matchedClose
	}
	return pairs
}

// needsSpaceBefore reports whether an opening bracket at in[i], after prev,
// takes a space before it.
func needsSpaceBefore(prev rune, in []rune, i int) bool {
	switch {
	case isOpening(prev) || prev == '"' || prev == '\'' || prev == '/':
		return false
	case in[i] == '(' && prev == ']', in[i] == '[' && prev == '!': // markdown [text](link), ![image]
		return false
	case in[i] == '(' && isHonorific(in, i):
		return false
	case in[i] == '[' && isCitation(in, i):
		return false
	}
	return true
}

// needsSpaceAfter reports whether a closing bracket takes a space before next.
func needsSpaceAfter(closing, next rune) bool {
	switch {
	case isPunct(next) || isClosing(next) || next == ellipsis || next == '"' || next == '\'' || next == '/':
		return false
	case closing == ']' && (next == '(' || next == '['): // markdown [text](link)
		return false
	}
	return true
}

var honorifics = []string{"ص", "عج", "س", "ع", "ره"}

// isHonorific reports a parenthesized honorific abbreviation such as (ص) or
// (ره), written against the name before it.
func isHonorific(in []rune, i int) bool {
	j := skipGap(in, i+1)
	k := j
	for k < len(in) && k < j+2 && isLetter(in[k]) {
		k++
	}
	l := skipGap(in, k)
	return l < len(in) && in[l] == ')' && equalsAny(in[j:k], honorifics)
}

// isCitation reports a bracketed reference number such as [12].
func isCitation(in []rune, i int) bool {
	j := i + 1
	for j < len(in) && isDigit(in[j]) {
		j++
	}
	return j > i+1 && j < len(in) && in[j] == ']'
}

// punctuationSpacing removes the gaps before punctuation and leaves one space
// after it, except inside numbers (12.5, 1,000, 12:30), between Latin letters
// (e.g, example.com) and before other marks or closing brackets.
func (e *engine) punctuationSpacing(in []rune) []rune {
	if !containsPunct(in) {
		return in
	}
	// First the gaps before marks go, then each mark gets its space after,
	// so that a mark followed by another keeps the space between them.
	out := e.next()
	for _, r := range in {
		if isPunct(r) {
			out = trimGap(out)
		}
		out = append(out, r)
	}
	in = e.done(out)
	out = e.next()
	for i := 0; i < len(in); i++ {
		r := in[i]
		out = append(out, r)
		if !isPunct(r) {
			continue
		}
		j := skipGap(in, i+1)
		prev := rune(0)
		if i > 0 {
			prev = in[i-1]
		}
		switch {
		case j == len(in):
			if j > i+1 {
				out = append(out, ' ')
			}
		case j == i+1 && inNumber(r, prev, in[j]):
		case r == ':' && isDigit(prev) && isDigit(in[j]) && isTime(in, i, j):
		case isQE(r) && isQE(in[j]):
		case r == '!' && in[j] == '[' && j == i+1:
		case isClosing(in[j]) || in[j] == ellipsis:
		default:
			out = append(out, ' ')
		}
		i = j - 1
	}
	return e.done(out)
}

func containsPunct(in []rune) bool {
	for _, r := range in {
		if isPunct(r) {
			return true
		}
	}
	return false
}

// inNumber reports whether mark r between prev and next, with no spaces, is
// part of a number or a Latin word: 12.5, 1,000, 12:30, example.com.
func inNumber(r, prev, next rune) bool {
	switch r {
	case '.', ',', ':':
		if isDigit(prev) && isDigit(next) {
			return true
		}
		return r != ',' && (isASCIILetter(prev) || isDigit(prev)) && (isASCIILetter(next) || isDigit(next)) ||
			prev == placeholder || next == placeholder
	}
	return false
}

// isTime reports whether the colon at in[i], followed after gaps by the
// digits at in[j], separates the hours and minutes of a time: one or two
// digits on either side.
func isTime(in []rune, i, j int) bool {
	h := 0
	for k := i - 1; k >= 0 && isDigit(in[k]); k-- {
		h++
	}
	m := runLenDigits(in, j)
	return h <= 2 && m <= 2 && (j+m == len(in) || !isDigit(in[j+m]))
}

// diacritics removes a repeated diacritic and the gaps before a diacritic.
func (e *engine) diacritics(in []rune) []rune {
	has := false
	for _, r := range in {
		if isMark(r) {
			has = true
			break
		}
	}
	if !has {
		return in
	}
	out := e.next()
	for _, r := range in {
		if isMark(r) {
			k := len(out)
			for k > 0 && isGap(out[k-1]) {
				k--
			}
			if k > 0 && k < len(out) && !isSpace(out[k-1]) {
				out = out[:k]
			}
			if len(out) > 0 && out[len(out)-1] == r {
				continue
			}
		}
		out = append(out, r)
	}
	return e.done(out)
}

// spaces collapses runs of spaces and tabs to one space and removes the
// spaces, tabs, ZWNJs and no-break spaces at the start of the line. A run at
// the end of the line becomes one space, which the caller keeps or drops.
func (e *engine) spaces(in []rune) []rune {
	out := e.next()
	start := 0
	for start < len(in) && (isGap(in[start]) || in[start] == nbsp) {
		start++
	}
	for i := start; i < len(in); i++ {
		r := in[i]
		if isSpace(r) {
			if len(out) > 0 && out[len(out)-1] == ' ' {
				continue
			}
			r = ' '
		}
		out = append(out, r)
	}
	return e.done(out)
}
