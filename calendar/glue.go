package calendar

import "unicode/utf8"

// gluedBefore reports whether a mention that starts at s[start] runs on
// from what is before it: a letter, digit or underscore touches it, a digit
// and a numeric separator do (a version or IP number), or a slash after
// anything but a space does (a URL path). A hyphen after a digit is allowed
// before a four-digit year: 1403/01/15-1403/01/20 is a range of two dates.
func gluedBefore(s string, start int) bool {
	if start == 0 {
		return false
	}
	c, size := utf8.DecodeLastRuneInString(s[:start])
	switch {
	case c == '_' || c < utf8.RuneSelf && isLatinLetter(byte(c)) || isDigitRune(c):
		return true
	case c == '/' || c == '\\':
		before, _ := utf8.DecodeLastRuneInString(s[:start-size])
		return start > size && !isBlank(before)
	case isNumericSeparator(int(c)) || c == '–':
		before, _ := utf8.DecodeLastRuneInString(s[:start-size])
		if !isDigitRune(before) {
			return false
		}
		if c == '-' || c == '–' {
			t := lex(s, start)
			return t.kind != kNum || t.digits != 4
		}
		return true
	case c < utf8.RuneSelf:
		return false
	}
	t := lex(s, start-size)
	return t.start == start-size && (t.kind == kWord || t.kind == kNum)
}

// gluedAfter reports whether a mention that ends at s[end] runs on into
// what follows: a letter or digit touches it, an underscore or a slash and
// anything but a space do, or a numeric separator and a digit do, except a
// hyphen before another date's four-digit year.
func gluedAfter(s string, end int) bool {
	t := lex(s, end)
	switch {
	case t.start != end:
		return false
	case t.kind == kWord, t.kind == kNum:
		return true
	case t.kind != kPunct:
		return false
	case t.val == '_':
		return true
	case t.val == '/' || t.val == '\\':
		u := lex(s, t.end)
		return u.start == t.end && u.kind != kSpace && u.kind != kBreak && u.kind != kEOF
	case isNumericSeparator(t.val) || t.val == '–':
		u := lex(s, t.end)
		if u.kind != kNum {
			return false
		}
		return !(t.val == '-' || t.val == '–') || u.digits != 4
	}
	return false
}

// isDigitRune reports whether r is a digit of any of the three sets.
func isDigitRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= '۰' && r <= '۹' || r >= '٠' && r <= '٩'
}

// isBlank reports whether r is white space or a line break.
func isBlank(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || isSpace(r)
}
