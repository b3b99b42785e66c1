package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// keyByRunes is the plain definition of the fold of Key, rune by rune; the
// fast keyFolder must agree with it, and Key(s) must be keyByRunes(String(s)).
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
	for k, s := range fuzzSeeds(f) {
		f.Add(s, uint(k))
	}
	f.Fuzz(func(t *testing.T, s string, cut uint) {
		if !utf8.ValidString(s) {
			return
		}
		// The folder takes a text in pieces: cut it at a rune boundary.
		at := int(cut % uint(len(s)+1))
		for at > 0 && at < len(s) && !utf8.RuneStart(s[at]) {
			at--
		}
		var k keyFolder
		got := string(k.fold(k.fold(nil, []byte(s[:at])), []byte(s[at:])))
		if want := keyByRunes(s); got != want {
			t.Fatalf("fold of %q then %q = %q, want %q", s[:at], s[at:], got, want)
		}
	})
}

// randomText joins fewer than n pieces drawn at random from alphabet.
func randomText(rng *rand.Rand, alphabet []string, n int) string {
	var sb strings.Builder
	for range rng.IntN(n) {
		sb.WriteString(alphabet[rng.IntN(len(alphabet))])
	}
	return sb.String()
}

// TestKeyFoldRandom folds random texts made of the characters the fold
// treats differently, in two pieces, and compares with keyByRunes.
func TestKeyFoldRandom(t *testing.T) {
	alphabet := []string{" ", " ", " ", "\t", "\n", "\u00a0", "\u2009", "\u200c", "\u200d", "\u064e", "\u0640",
		"ب", "ب", "ی", "آ", "ة", "ؤ", "۱", "٢", "٫", "٪", "«", "»", "a", "Z", ".", "،", "\u06e9", "\u06ad", "\u066e"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		s := randomText(rng, alphabet, 24)
		at := rng.IntN(len(s) + 1)
		for at > 0 && at < len(s) && !utf8.RuneStart(s[at]) {
			at--
		}
		var k keyFolder
		got := string(k.fold(k.fold([]byte("x"), []byte(s[:at])), []byte(s[at:])))
		if want := "x" + keyByRunes(s); got != want {
			t.Fatalf("fold of %q then %q = %q, want %q", s[:at], s[at:], got, want)
		}
	}
}

// TestKeyOfNumbers checks, on texts made mostly of digits, separators and
// the marks around them, that Key is the fold of String: Key normalizes
// without the Digits rule (see appendKeyOf), which is only right if the
// fold erases all that the rule writes.
func TestKeyOfNumbers(t *testing.T) {
	alphabet := []string{" ", " ", "\n", "1", "2", "0", "۱", "۲", "۰", "٣", "٤", ".", ",", "/", "-", ":",
		"٫", "٬", "٪", "%", "؛", ";", "?", "،", "ب", "ه", "ی", "ا", "ab", "x", "v", "\u200c", "(", "«", "…", "https://a.b/"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		s := randomText(rng, alphabet, 20)
		if got, want := Key(s), keyByRunes(String(s)); got != want {
			t.Fatalf("Key(%q) = %q, but the fold of its String %q is %q", s, got, String(s), want)
		}
	}
	for _, s := range []string{"1,000 و 12.5", "۱۲,۵ درصد", "23/10/1355", "٢٣-١٠-١٣٥٥", "v1.2 و 5%", "۵٪ و ۳٫۱۴", "1,5,", ",5"} {
		assert.Equal(t, keyByRunes(String(s)), Key(s), "Key(%q)", s)
	}
}

// checkKeyBreaks checks, for each line of s that Key folds from its
// breaks, that every character the fold changes in the line's normal form
// is at one of them.
func checkKeyBreaks(t *testing.T, s string) {
	t.Helper()
	e := Typography.engine()
	defer putEngine(e)
	e.setRules(Typography.rules&^Digits, Typography.dir, true)
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r", "\n"), "\n") {
		if len(line) == 0 || len(line) > maxSegment {
			continue
		}
		b := e.normalized([]byte(line))
		if !e.keyValid || len(e.spans) > 0 {
			continue
		}
		at := map[int]bool{}
		for k, p := range e.keyBreaks {
			if k > 0 && p < e.keyBreaks[k-1] {
				t.Fatalf("line %q: breaks out of order: %v", line, e.keyBreaks)
			}
			at[int(p)] = true
		}
		for i, r := range string(b) {
			if keyChanges(r) && !at[i] {
				t.Fatalf("line %q, normal %q: %q at %d, which the fold changes, is not noted (breaks %v)", line, b, r, i, e.keyBreaks)
			}
			if r == ' ' && i > 0 && b[i-1] == ' ' && !at[i] {
				t.Fatalf("line %q, normal %q: the second of two spaces at %d is not noted", line, b, i)
			}
		}
	}
}
