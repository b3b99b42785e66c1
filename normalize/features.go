package normalize

// A feature is a kind of character a pass looks for. The first pass (chars)
// records which features a line has, and every later pass returns at once
// when its features are absent; a pass that writes a character another pass
// looks for adds that feature. The set may hold features the line has lost,
// never miss one it has.
type feature uint32

const (
	fDash        feature = 1 << iota // -
	fDot                             // .
	fEllipsis                        // …
	fQuote                           // " ' “
	fBracket                         // ( ) [ ] { } « » “ ”
	fQE                              // ! ? ؟
	fPunct                           // . , ; : ! ? ، ؛ ؟
	fGaps                            // two spaces or a tab, or a removed character between spaces
	fASCIIDigit                      // 0-9 and %
	fTokenPunct                      // , ; ?
	fEastDigit                       // ۰-۹ ٠-٩ ٫ ٬ ٪
	fDateSep                         // / and -
	fKashida                         // ـ
	fMark                            // Arabic diacritics
	fEzafe                           // ی after a space, ZWNJ or LRM, and ء
	fInvisible                       // ZWNJ, RLM, LRM, soft hyphen, ¬
	fZWNJ                            // ZWNJ
	fSpace                           // a space or tab
	fArabicDigit                     // ٠-٩ (also fEastDigit)
	fProtect                         // what may start a protected span: :/ @ < ]( w W U+F8FF (see mayProtect)

	// fLine is in the features of every line: it is what a pass that
	// decides for itself needs (see passes).
	fLine feature = 1 << 30
)

// asciiFeatures[c] are the features of the ASCII byte c.
var asciiFeatures = [128]feature{
	'-': fDash | fDateSep, '.': fDot | fPunct, '"': fQuote, '\'': fQuote, '`': fQuote,
	'(': fBracket, ')': fBracket, '[': fBracket, ']': fBracket, '{': fBracket, '}': fBracket,
	'!': fQE | fPunct, '?': fQE | fPunct | fTokenPunct, ',': fPunct | fTokenPunct,
	';': fPunct | fTokenPunct, ':': fPunct, '/': fDateSep, '%': fASCIIDigit,
	'@': fProtect, '<': fProtect, 'w': fProtect, 'W': fProtect,
	'0': fASCIIDigit, '1': fASCIIDigit, '2': fASCIIDigit, '3': fASCIIDigit, '4': fASCIIDigit,
	'5': fASCIIDigit, '6': fASCIIDigit, '7': fASCIIDigit, '8': fASCIIDigit, '9': fASCIIDigit,
	' ': fSpace, '\t': fSpace | fGaps,
}

// arabicFeatures[r-0x600] are the features of a rune of the Arabic block, and
// fold marks the runes chars rewrites under the Letters rule.
var arabicFeatures = func() (t [0x100]feature) {
	for r := rune(0x600); r < 0x700; r++ {
		var f feature
		switch {
		case isMark(r):
			f |= fMark
		case isDigit(r) || r == faDecimal || r == faThousands || r == faPercent:
			f |= fEastDigit
			if r >= 0x0660 && r <= 0x0669 {
				f |= fArabicDigit
			}
		case r == kashida:
			f |= fKashida
		case r == faComma || r == faSemicolon:
			f |= fPunct
		case r == faQuestion:
			f |= fPunct | fQE
		case r == hamza:
			f |= fEzafe
		}
		if letterFold[r-0x600] != 0 || r == 0x0653 || r == alm {
			f |= fold
		}
		t[r-0x600] = f // r-0x600 is (lead-0xD8)<<6 | (cont&0x3F) of its UTF-8 form
	}
	return t
}()

// fold is not a feature of a line: in arabicFeatures it marks the runes
// that chars may rewrite.
const fold feature = 1 << 31

// runeFeatures returns the features of a rune outside ASCII and the Arabic
// block.
func runeFeatures(r rune) feature {
	switch r {
	case zwnj:
		return fInvisible | fZWNJ
	case rlm, lrm, softHyphen, notSign:
		return fInvisible
	case ellipsis:
		return fEllipsis
	case guillemetL, guillemetR, quoteR:
		return fBracket
	case quoteL:
		return fBracket | fQuote
	case placeholder:
		return fProtect
	}
	return 0
}

// features returns the features of b, for text the engine writes in a slow
// path.
func features(b []byte) feature {
	var f feature
	for i := 0; i < len(b); {
		r, n := runeAt(b, i)
		switch {
		case r < 0x80:
			f |= asciiFeatures[r]
		case r >= 0x600 && r < 0x700:
			f |= arabicFeatures[r-0x600] &^ fold
			if r == yeh {
				f |= fEzafe
			}
		default:
			f |= runeFeatures(r)
		}
		i += n
	}
	// Conservatively: the slow path may have removed a character between
	// spaces, or between a gap and a ی.
	return f | fGaps | fEzafe
}

// arabicClass tells apart the runes of the Arabic block that the fast
// loops pass over: plain letters for chars (see isPlainLetter), those of
// them plainRun takes after a space, and the runes Key's fold keeps
// (keyKeepsArabic). A plain letter is one the fold keeps too: the letters
// the fold changes though they have no feature (آ أ إ ٱ ؤ ئ ة) go through
// charsRange one by one, or, after a space, through plainRun's test of the
// letter after a space, which notes them for Key (see keybreaks.go). It
// is indexed by two bytes of text read little-endian as a uint16, the lead byte low, and holds no class for two bytes that
// are not the UTF-8 form of a rune of U+0600-U+06FF (a lead byte D8-DB,
// then a continuation byte): one load both checks the form and looks the
// rune up, where a smaller table would need a mask test first. Of its
// 64 KiB, the 256 entries in use lie in one cache line per continuation
// byte.
var arabicClass = func() (t [1 << 16]uint8) {
	for k := range 0x100 {
		i := (0x80|k&0x3F)<<8 | (0xD8 + k>>6) // the UTF-8 form of U+0600+k
		if arabicFeatures[k] == 0 {
			if keyKeepsArabic[k] {
				t[i] |= classPlain
			}
			if k != yeh-0x600 {
				t[i] |= classPlainAfterSpace
			}
		}
		if keyKeepsArabic[k] {
			t[i] |= classKeyKept
		}
	}
	return t
}()

// The classes of arabicClass.
const (
	classPlain   = 1 << iota // a plain letter
	classKeyKept             // kept by Key's fold
	// a letter with no feature other than ی, plain or one the fold
	// changes, which plainRun takes after a space
	classPlainAfterSpace
)
