package normalize

// Characters the rules treat specially.
const (
	zwnj        = '\u200c'
	zwj         = '\u200d'
	lrm         = '\u200e'
	rlm         = '\u200f'
	alm         = '\u061c'
	softHyphen  = '\u00ad'
	notSign     = '\u00ac'
	nbsp        = '\u00a0'
	kashida     = '\u0640'
	hamzaAbove  = '\u0654'
	heh         = '\u0647'
	yeh         = '\u06cc' // Farsi yeh
	hamza       = '\u0621'
	enDash      = '\u2013'
	emDash      = '\u2014'
	ellipsis    = '\u2026'
	faComma     = '\u060c'
	faSemicolon = '\u061b'
	faQuestion  = '\u061f'
	faPercent   = '\u066a'
	faDecimal   = '\u066b'
	faThousands = '\u066c'
	guillemetL  = '\u00ab' // «
	guillemetR  = '\u00bb' // »
	quoteL      = '\u201c' // “
	quoteR      = '\u201d' // ”

	// placeholder stands for a protected span (a URL, an e-mail address,
	// an HTML tag, ...) while the rules run; see protect.go.
	placeholder = '\uf8ff'

	presentationBase = 0xFB50
)

// isLetter reports whether r is a letter of the Arabic script.
func isLetter(r rune) bool {
	return r >= 0x0620 && r <= 0x064A || r >= 0x066E && r <= 0x06D3 || r == 0x06D5 ||
		r >= 0x06EE && r <= 0x06EF || r >= 0x06FA && r <= 0x06FC || r == 0x06FF
}

// isMark reports whether r is an Arabic combining mark (harakat, shadda,
// sukun, hamza above and below, superscript alef, ...).
func isMark(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 || r >= 0x06D6 && r <= 0x06ED && r != 0x06DD && r != 0x06DE && r != 0x06E9
}

// isWordRune reports whether r belongs to an Arabic-script word: a letter,
// a mark, or the kashida.
func isWordRune(r rune) bool { return isLetter(r) || isMark(r) || r == kashida }

// joinsNext reports whether the Arabic letter r connects to the letter after
// it; letters like ا د ر و do not, so no ZWNJ is ever needed after them.
func joinsNext(r rune) bool {
	switch r {
	case 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062F, 0x0630,
		0x0631, 0x0632, 0x0648, 0x0698, 0x0671, 0x0672, 0x0673, 0x0675, 0x0676,
		0x0677, 0x0688, 0x0689, 0x068A, 0x068B, 0x068C, 0x068D, 0x068E, 0x068F,
		0x0690, 0x0691, 0x0692, 0x0693, 0x0694, 0x0695, 0x0696, 0x0697, 0x0699,
		0x06C0, 0x06C3, 0x06C4, 0x06C5, 0x06C6, 0x06C7, 0x06C8, 0x06C9, 0x06CA,
		0x06CB, 0x06CD, 0x06CF, 0x06D2, 0x06D3, 0x06D5, 0x06EE, 0x06EF:
		return false
	}
	return isLetter(r)
}

// isDigit reports whether r is an ASCII, Persian or Arabic-Indic digit.
func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= 0x06F0 && r <= 0x06F9 || r >= 0x0660 && r <= 0x0669
}

// digitValue returns the value of a digit in any of the three sets.
func digitValue(r rune) int {
	switch {
	case r <= '9':
		return int(r - '0')
	case r >= 0x06F0:
		return int(r - 0x06F0)
	}
	return int(r - 0x0660)
}

func isASCIILetter(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' }

func isASCIIAlnum(r rune) bool { return isASCIILetter(r) || r >= '0' && r <= '9' }

// isSpace reports whether r is horizontal white space inside a line.
func isSpace(r rune) bool { return r == ' ' || r == '\t' }

// isSpaceLike reports whether r is a space or another character that
// separates words without showing (used at the edges of ZWNJ).
func isPunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', faComma, faSemicolon, faQuestion:
		return true
	}
	return false
}

// isOpening and isClosing report brackets and quotation marks.
func isOpening(r rune) bool {
	switch r {
	case '(', '[', '{', guillemetL, quoteL:
		return true
	}
	return false
}

func isClosing(r rune) bool {
	switch r {
	case ')', ']', '}', guillemetR, quoteR:
		return true
	}
	return false
}

// isBidiControl reports the directional formatting characters the Bidi rule
// removes (RLM is handled apart, since it may stand for a ZWNJ).
func isBidiControl(r rune) bool {
	return r == lrm || r == alm || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// isExtraSpace reports the Unicode spaces, other than the no-break ones,
// that the Spacing rule writes as a plain space.
func isExtraSpace(r rune) bool {
	return r >= 0x2000 && r <= 0x200A || r == 0x205F || r == 0x3000 || r == 0x1680
}

// foldLetter returns the Persian letter for an Arabic variant and whether it
// changed; ۀ and ۂ, which become two runes, are handled by the caller.
func foldLetter(r rune) (rune, bool) {
	if r >= 0x600 && r < 0x700 {
		if f := letterFold[r-0x600]; f > 1 {
			return rune(f), true
		}
	}
	return r, false
}
