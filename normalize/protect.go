package normalize

import "bytes"

// Protected spans are copied through untouched: URLs, e-mail addresses,
// markdown link targets, HTML tags and comments, and entities that are not
// decoded. While the rules run, each is one placeholder rune, which they
// treat as part of a Latin word.

// span is a byte range [start, end) of a line.
type span struct{ start, end int }

// findProtected appends the protected spans of line to spans, in order and
// without overlaps.
func findProtected(spans []span, line []byte) []span {
	if !mayProtect(line) {
		return spans
	}
	return findProtectedIn(spans, line)
}

// findProtectedIn is findProtected for a line that mayProtect accepts.
func findProtectedIn(spans []span, line []byte) []span {
	first := len(spans)
	for i := 0; i < len(line); i++ {
		c := line[i]
		var end int
		switch {
		case c == ':' && i+2 < len(line) && line[i+1] == '/' && line[i+2] == '/':
			if start := schemeStart(line, i); start >= 0 {
				end = urlEnd(line, i+3)
				spans = addSpan(spans, first, span{start, end})
				i = end - 1
			}
		case (c == 'w' || c == 'W') && hasPrefixFold(line[i:], "www.") && (i == 0 || !isURLRune(line[i-1])):
			end = urlEnd(line, i+4)
			if end > i+5 {
				spans = addSpan(spans, first, span{i, end})
				i = end - 1
			}
		case c == '@':
			if s, ok := emailAt(line, i); ok {
				spans = addSpan(spans, first, s)
				i = s.end - 1
			}
		case c == ']':
			// A link target: one word, with the spaces markdown allows
			// around it, which are protected with it; were they not, the
			// brackets rule would remove them, and the next pass would
			// protect what is left. For the same reason the ( may come
			// after characters the rules remove (vanishesAt).
			k := i + 1
			for n := vanishesAt(line, k); n > 0; n = vanishesAt(line, k) {
				k += n
			}
			if k >= len(line) || line[k] != '(' {
				break
			}
			if j := bytes.IndexByte(line[k+1:], ')'); j > 0 {
				if target := bytes.Trim(line[k+1:k+1+j], " \t"); len(target) > 0 && !bytes.ContainsAny(target, " \t") {
					spans = addSpan(spans, first, span{k + 1, k + 1 + j})
					i = k + 1 + j - 1
				}
			}
		case c == '<':
			if end = tagEnd(line, i); end > 0 {
				spans = addSpan(spans, first, span{i, end})
				i = end - 1
			}
		case c == 0xEF && i+2 < len(line) && line[i+1] == 0xA3 && line[i+2] == 0xBF:
			// The placeholder rune itself (U+F8FF) in the input.
			spans = addSpan(spans, first, span{i, i + 3})
			i += 2
		}
	}
	return spans
}

// vanishesAt returns the size of the character at line[i] if the rules
// remove it wherever it stands between two marks: a ZWNJ, a bidi control
// or the kashida; else 0.
func vanishesAt(line []byte, i int) int {
	if i+1 >= len(line) {
		return 0
	}
	switch c, d := line[i], line[i+1]; {
	case c == 0xD9 && d == 0x80, c == 0xD8 && d == 0x9C: // kashida, ALM
		return 2
	case c == 0xE2 && i+2 < len(line):
		switch e := line[i+2]; {
		case d == 0x80 && (e == 0x8C || e == 0x8E || e == 0x8F || e >= 0xAA && e <= 0xAE),
			d == 0x81 && e >= 0xA6 && e <= 0xA9:
			return 3
		}
	}
	return 0
}

// mayProtect reports, with fast searches, whether line has anything that can
// start a protected span.
func mayProtect(line []byte) bool {
	return bytes.Contains(line, []byte("://")) || bytes.IndexByte(line, '@') >= 0 ||
		bytes.IndexByte(line, '<') >= 0 || bytes.IndexByte(line, ']') >= 0 ||
		bytes.IndexByte(line, 'w') >= 0 || bytes.IndexByte(line, 'W') >= 0 ||
		bytes.Contains(line, placeholderBytes)
}

// addSpan appends s unless it overlaps the last span added after index first.
func addSpan(spans []span, first int, s span) []span {
	if n := len(spans); n > first && spans[n-1].end > s.start {
		return spans
	}
	return append(spans, s)
}

func isURLRune(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' || c == '_'
}

// schemeStart returns where the scheme ending at line[colon] starts, or -1.
func schemeStart(line []byte, colon int) int {
	i := colon
	for i > 0 && isURLRune(line[i-1]) && line[i-1] != '_' {
		i--
	}
	for i < colon && !(line[i]|0x20 >= 'a' && line[i]|0x20 <= 'z') {
		i++
	}
	if i == colon {
		return -1
	}
	return i
}

// urlEnd returns the end of a URL whose body starts at i: it runs to white
// space or a character that cannot be in a URL, without trailing punctuation
// and without a closing bracket that has no opening one inside the URL.
func urlEnd(line []byte, i int) int {
	end := i
	for end < len(line) {
		c := line[end]
		if c <= ' ' || c == '"' || c == '<' || c == '>' || c >= 0x80 || c == '`' {
			break
		}
		end++
	}
	for end > i {
		c := line[end-1]
		switch {
		case c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '*':
			end--
			continue
		case c == ')' || c == ']' || c == '}':
			if bytes.Count(line[i:end], []byte{openingFor(c)}) < bytes.Count(line[i:end], []byte{c}) {
				end--
				continue
			}
		}
		break
	}
	return end
}

// emailAt returns the e-mail address around the @ at line[at].
func emailAt(line []byte, at int) (span, bool) {
	start := at
	for start > 0 {
		c := line[start-1]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' {
			start--
			continue
		}
		break
	}
	end, dots := at+1, 0
	for end < len(line) {
		c := line[end]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' {
			end++
			continue
		}
		if c == '.' && end+1 < len(line) && isURLRune(line[end+1]) && line[end+1] != '.' {
			dots++
			end++
			continue
		}
		break
	}
	if start == at || dots == 0 || end == at+1 {
		return span{}, false
	}
	return span{start, end}, true
}

// tagEnd returns the end of an HTML tag or comment starting at line[i], or 0.
func tagEnd(line []byte, i int) int {
	rest := line[i:]
	if bytes.HasPrefix(rest, []byte("<!--")) {
		if j := bytes.Index(rest[4:], []byte("-->")); j >= 0 {
			return i + 4 + j + 3
		}
		return 0
	}
	if len(rest) < 3 {
		return 0
	}
	c := rest[1]
	if c == '/' {
		c = rest[2]
	}
	if !(c|0x20 >= 'a' && c|0x20 <= 'z') {
		return 0
	}
	j := bytes.IndexByte(rest, '>')
	if j < 0 || bytes.IndexByte(rest[:j], '<') > 0 {
		return 0
	}
	return i + j + 1
}

func hasPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if b[i]|0x20 != prefix[i] {
			return false
		}
	}
	return true
}

// openingFor returns the opening bracket of the closing bracket c.
func openingFor(c byte) byte {
	switch c {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}
