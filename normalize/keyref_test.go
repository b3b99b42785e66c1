package normalize

import (
	"testing"
	"unicode/utf8"
)

// keyByRunes is the plain definition of the fold of Key, rune by rune; the
// fast appendKey must agree with it.
func keyByRunes(normal string) string {
	var out []rune
	space := false
	for _, r := range normal {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == nbsp || isExtraSpace(r):
			space = len(out) > 0
			continue
		case isMark(r) || r == zwnj || r == zwj || r == kashida:
			continue
		}
		if space {
			out, space = append(out, ' '), false
		}
		switch {
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case isDigit(r):
			r = '0' + rune(digitValue(r))
		case r == faDecimal:
			r = '.'
		case r == faThousands:
			r = ','
		case r == faPercent:
			r = '%'
		default:
			r = keyLetter(r)
		}
		out = append(out, r)
	}
	return string(out)
}

func FuzzKeyFold(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := string(appendKey(nil, []byte(s))), keyByRunes(s); got != want {
			t.Fatalf("appendKey(%q) = %q, want %q", s, got, want)
		}
	})
}
