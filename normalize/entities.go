package normalize

import "unicode/utf8"

// namedEntities are the HTML entities typists use for characters in Persian
// text. &amp;, &lt;, &gt; and &nbsp; are deliberately absent: decoding them
// would change markup, or make a second pass decode what the first produced.
var namedEntities = map[string]rune{
	"quot": '"', "apos": '\'', "zwnj": zwnj, "zwj": zwj, "shy": softHyphen,
	"lrm": lrm, "rlm": rlm, "lsquo": '\u2018', "rsquo": '\u2019', "sbquo": '\u201a',
	"ldquo": quoteL, "rdquo": quoteR, "bdquo": '\u201e', "laquo": guillemetL,
	"raquo": guillemetR, "hellip": ellipsis, "ndash": enDash, "mdash": emDash,
}

// entity decodes the entity at the start of b ("&quot;", "&#1740;",
// "&#x6CC;") and returns its rune and length, or n == 0 if b does not start
// with one this package decodes.
func entity(b []byte) (r rune, n int) {
	end := 1
	for end < len(b) && end < 12 && b[end] != ';' {
		end++
	}
	if end >= len(b) || b[end] != ';' || end < 3 {
		return 0, 0
	}
	name := b[1:end]
	if name[0] != '#' {
		var lower [11]byte
		for i, c := range name {
			lower[i] = c | 0x20
		}
		r, ok := namedEntities[string(lower[:len(name)])]
		if !ok {
			return 0, 0
		}
		return r, end + 1
	}
	base, digits := rune(10), name[1:]
	if len(digits) > 0 && digits[0]|0x20 == 'x' {
		base, digits = 16, digits[1:]
	}
	if len(digits) == 0 || len(digits) > 7 {
		return 0, 0
	}
	for _, c := range digits {
		var v rune
		switch {
		case c >= '0' && c <= '9':
			v = rune(c - '0')
		case base == 16 && c|0x20 >= 'a' && c|0x20 <= 'f':
			v = rune(c|0x20-'a') + 10
		default:
			return 0, 0
		}
		r = r*base + v
	}
	// Control characters, '&' (which could start a new entity on a second
	// pass), '<' and '>' (markup) and invalid code points stay encoded.
	if r < 0x20 && r != '\t' || r == 0x7f || r == '&' || r == '<' || r == '>' || r >= 0x80 && r < 0xa0 || !utf8.ValidRune(r) || r == placeholder {
		return 0, 0
	}
	return r, end + 1
}
