package normalize

import (
	"errors"
	"fmt"
	"strings"
)

// Rules is a set of normalization rules; combine them with | and remove
// them with &^. The zero Rules changes nothing but invalid UTF-8, line
// endings (CRLF and CR become LF) and nothing else.
type Rules uint32

// The rules of a Normalizer. Default holds all of them.
const (
	// Letters maps Arabic letter variants to Persian ones (ي ى ۍ ې ے → ی,
	// ك ڪ → ک, ہ ە ھ → ه, ۀ and هٓ → هٔ) and presentation forms (U+FB50–U+FDFF,
	// U+FE70–U+FEFF) to the letters they stand for. Hamza forms (أ إ ؤ ئ ء)
	// and ة are kept.
	Letters Rules = 1 << iota

	// Digits writes digits in the direction of the Normalizer: with
	// ToPersian, ASCII and Arabic-Indic (٠–٩) digits become Persian (۰–۹)
	// except in Latin words, printf templates, URLs and e-mail addresses, a
	// % after a number becomes ٪ and the separators inside a number become
	// ٫ (decimal) and ٬ (thousands); a number that mixes Persian and
	// Arabic-Indic digits keeps them as written. With ToLatin, Persian and
	// Arabic-Indic digits and the separators become ASCII.
	Digits

	// Punctuation writes the Persian comma, semicolon and question mark
	// (، ؛ ؟) for , ; ? in words that are not Latin.
	Punctuation

	// Quotes turns paired "…", '…' and “…” on a line into «…».
	Quotes

	// Dashes turns -- into an en dash (–) and --- into an em dash (—).
	Dashes

	// Ellipsis turns three or more dots, spaced or not, into …, with no
	// space before it and one space after it inside a line.
	Ellipsis

	// RepeatedMarks reduces runs of ! ? ؟ to one of each, question first:
	// "!!!?" becomes "؟!".
	RepeatedMarks

	// Spacing fixes spaces: none before and one after punctuation (not
	// inside numbers such as 12.5 or 12:30), one outside and none inside
	// matched brackets and quotes, none before a diacritic, runs of spaces
	// and tabs collapsed, none at the start of a line, and at most one at
	// its end.
	Spacing

	// Affixes joins the prefixes می, نمی and بی to the word that follows and
	// the suffixes ها, های, تر, ترین, … and (after a word ending in ه) ام,
	// ای, ایم, اند, … to the word before, with a zero-width non-joiner, or
	// directly after a letter that does not join (بندر ها → بندرها).
	Affixes

	// Ezafe writes the ezafe after a final ه as هٔ: خانه ی ما → خانهٔ ما.
	Ezafe

	// Kashida removes kashida (tatweel, ـ) inside words, writes a kashida
	// run next to a space as an en dash (parenthetic use) and one between
	// numbers as an en dash.
	Kashida

	// Diacritics removes repeated diacritics and the spaces and
	// zero-width non-joiners before them; it keeps the diacritics.
	Diacritics

	// ZWNJ removes redundant zero-width non-joiners (doubled, next to a
	// space, digit, punctuation or Latin letter, at the edge of a word, or
	// after a letter that does not join) and reads a soft hyphen or ¬
	// between two letters as the ZWNJ it was typed for.
	ZWNJ

	// Bidi removes directional formatting characters (LRM, RLM, ALM,
	// embeddings, overrides, isolates); an RLM between two letters is
	// read as the ZWNJ it was typed for.
	Bidi

	// Dates writes day-first numeric dates year first: 23/10/1355 becomes
	// 1355/10/23 (day 1–31, month 1–12, four-digit year).
	Dates

	// Entities decodes the HTML entities typists use for characters
	// (&quot; &zwnj; &#1740; …). Other entities are left as they are.
	Entities

	// LineBreaks removes blank lines at the start of the text, collapses
	// runs of blank (or whitespace-only) lines to one and ends the text
	// with at most one newline.
	LineBreaks

	lastRule
)

// Default is every rule: the typography of virastar's default profile,
// without its known bugs (see the package documentation).
const Default = lastRule - 1

var ruleNames = []string{
	"Letters", "Digits", "Punctuation", "Quotes", "Dashes", "Ellipsis",
	"RepeatedMarks", "Spacing", "Affixes", "Ezafe", "Kashida", "Diacritics",
	"ZWNJ", "Bidi", "Dates", "Entities", "LineBreaks",
}

// String lists the rules in r, such as "Letters|Digits", or "0" for none.
func (r Rules) String() string {
	if r == 0 {
		return "0"
	}
	var names []string
	for i, name := range ruleNames {
		if r&(1<<i) != 0 {
			names = append(names, name)
			r &^= 1 << i
		}
	}
	if r != 0 {
		names = append(names, "Rules(0x"+strings.ToUpper(hex(uint32(r)))+")")
	}
	return strings.Join(names, "|")
}

// ErrUnknownRule reports a rule name ParseRules does not know.
var ErrUnknownRule = errors.New("unknown normalization rule")

// ParseRules reads a set of rules written as String writes it
// ("Letters|Digits"), or separated by commas or spaces; case does not
// matter, and "Default" stands for every rule. The empty string is no rule.
func ParseRules(s string) (Rules, error) {
	var r Rules
	for _, name := range strings.FieldsFunc(s, func(c rune) bool { return c == '|' || c == ',' || c == ' ' }) {
		if strings.EqualFold(name, "Default") {
			r |= Default
			continue
		}
		found := false
		for i, n := range ruleNames {
			if strings.EqualFold(name, n) {
				r |= 1 << i
				found = true
				break
			}
		}
		if !found {
			return 0, fmt.Errorf("normalize: %w %q (rules: %s)", ErrUnknownRule, name, strings.Join(ruleNames, ", "))
		}
	}
	return r, nil
}

func hex(v uint32) string {
	const digits = "0123456789abcdef"
	var b [8]byte
	i := len(b)
	for {
		i--
		b[i] = digits[v&0xf]
		v >>= 4
		if v == 0 {
			return string(b[i:])
		}
	}
}

// A Direction says which digits the Digits rule writes.
type Direction uint8

// The digit directions.
const (
	// ToPersian writes Persian digits (۰–۹) for ASCII ones outside Latin
	// words, URLs and e-mail addresses.
	ToPersian Direction = iota
	// ToLatin writes ASCII digits for Persian and Arabic-Indic ones
	// everywhere.
	ToLatin
)

// String returns "ToPersian" or "ToLatin".
func (d Direction) String() string {
	if d == ToLatin {
		return "ToLatin"
	}
	return "ToPersian"
}
