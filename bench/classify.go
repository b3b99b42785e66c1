package bench

import (
	"strings"
	"unicode"
)

// A diffClass is one kind of difference between two normalizations of the
// same text. Two outputs differ only in this kind when one of its folds
// makes them equal.
type diffClass struct {
	name  string
	folds []func(string) string // alternatives; any one may apply
}

// diffClasses are tried in this order, alone and then in pairs and triples.
var diffClasses = []diffClass{
	{"ZWNJ", []func(string) string{
		strings.NewReplacer("\u200c", "").Replace,  // joined or not: "میکند" / "می\u200cکند"
		strings.NewReplacer("\u200c", " ").Replace, // ZWNJ or space: "می کند" / "می\u200cکند"
	}},
	{"digits", []func(string) string{foldDigits}},
	{"letters", []func(string) string{strings.NewReplacer(
		"ي", "ی", "ى", "ی", "ك", "ک", "ۀ", "هٔ", "ة", "ه", "ە", "ه",
	).Replace}},
	{"quotes", []func(string) string{strings.NewReplacer(
		"«", `"`, "»", `"`, "“", `"`, "”", `"`, "„", `"`, "‘", `"`, "’", `"`, "'", `"`, "‹", `"`, "›", `"`,
	).Replace}},
	{"punctuation", []func(string) string{strings.NewReplacer(
		"،", ",", "؛", ";", "؟", "?", "…", "...", "–", "-", "—", "-", "٪", "%",
	).Replace}},
	{"dots", []func(string) string{foldDots}},
	{"marks", []func(string) string{removeMarks}},
	{"spacing", []func(string) string{removeSpace}},
}

// Classify guesses what separates two normalizations a and b of one text:
// the name of the first class in diffClasses whose fold makes them equal,
// else the first pair or triple of classes ("digits+spacing"), else
// "other".
func Classify(a, b string) string {
	if a == b {
		return "same"
	}
	n := len(diffClasses)
	for size := 1; size <= 3; size++ {
		var pick func(from int, chosen []int) string
		pick = func(from int, chosen []int) string {
			if len(chosen) == size {
				if equalUnder(a, b, chosen) {
					names := make([]string, len(chosen))
					for i, c := range chosen {
						names[i] = diffClasses[c].name
					}
					return strings.Join(names, "+")
				}
				return ""
			}
			for c := from; c < n; c++ {
				if s := pick(c+1, append(chosen, c)); s != "" {
					return s
				}
			}
			return ""
		}
		if s := pick(0, nil); s != "" {
			return s
		}
	}
	return "other"
}

// equalUnder reports whether a and b are equal once the classes chosen are
// folded, in order, for some choice among each class's alternatives.
func equalUnder(a, b string, chosen []int) bool {
	if len(chosen) == 0 {
		return a == b
	}
	for _, f := range diffClasses[chosen[0]].folds {
		if equalUnder(f(a), f(b), chosen[1:]) {
			return true
		}
	}
	return false
}

// foldDigits writes every decimal digit (ASCII, Persian, Arabic-Indic) as
// ASCII, and the Arabic decimal and thousands separators as "." and ",".
func foldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		case r == '٫':
			return '.'
		case r == '٬':
			return ','
		}
		return r
	}, s)
}

// removeMarks drops diacritics, the tatweel and invisible format
// characters other than ZWNJ (RLM, LRM, ZWJ, BOM, soft hyphen).
func removeMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\u200c' {
			return r
		}
		if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) || r == 'ـ' {
			return -1
		}
		return r
	}, s)
}

// removeSpace drops all white space.
func removeSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// foldDots writes the ellipsis as "." and every run of periods as one, so
// that "و…." and "و…" fold alike.
func foldDots(s string) string {
	s = strings.ReplaceAll(s, "…", ".")
	for strings.Contains(s, "..") {
		s = strings.ReplaceAll(s, "..", ".")
	}
	return s
}

// classNames lists the classes, for the report.
func classNames() string {
	names := make([]string, len(diffClasses))
	for i, c := range diffClasses {
		names[i] = c.name
	}
	return strings.Join(names, ", ")
}
