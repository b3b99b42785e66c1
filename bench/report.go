package bench

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// Summary is the report's count line.
func (r DiffReport) Summary() string {
	return fmt.Sprintf("sentences: %d, identical: %d, different: %d; "+
		"whole seeds: %d, different: %d, lines differing: %d of %d",
		r.Sentences, r.Identical, len(r.Differences),
		r.Seeds, len(r.SeedsDiffer), len(r.LineDiffs), r.Lines)
}

// A ClassCount is the number of differences of one class among the
// sentences and among the lines of the whole seeds.
type ClassCount struct {
	Class            string
	Sentences, Lines int
}

// ClassCounts counts the differences by class, most frequent first.
func (r DiffReport) ClassCounts() []ClassCount {
	counts := map[string]*ClassCount{}
	get := func(class string) *ClassCount {
		c := counts[class]
		if c == nil {
			c = &ClassCount{Class: class}
			counts[class] = c
		}
		return c
	}
	for _, d := range r.Differences {
		get(d.Class).Sentences++
	}
	for _, d := range r.LineDiffs {
		get(d.Class).Lines++
	}
	var out []ClassCount
	for _, c := range counts {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b ClassCount) int {
		return cmp.Or(b.Sentences+b.Lines-a.Sentences-a.Lines, strings.Compare(a.Class, b.Class))
	})
	return out
}

// contextRunes is how many runes around the first difference the report
// shows in its excerpts.
const contextRunes = 16

// WriteMarkdown writes r as a Markdown report: the counts, every sentence
// that differs with its input, both outputs and an excerpt of each around
// the first rune that differs, marked ▶, then excerpts of the lines of the
// whole seeds that differ. Invisible characters are written as ⟨ZWNJ⟩,
// ⟨NBSP⟩ and the like, and white space at the end of a line as ⟨SP⟩.
func (r DiffReport) WriteMarkdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("# %s against daftar normalize.String\n\n", r.Versions)
	p("Each sentence of the seed texts (cut as bench.SplitSentences says), and each " +
		"whole seed, through `new Virastar().cleanup(s)` with default options and " +
		"through `normalize.String(s)`; the whole seeds' outputs are compared line " +
		"by line.\n\n")
	p("%s\n", r.Summary())
	for _, note := range r.LineCountDiff {
		p("\n%s\n", note)
	}
	if len(r.Differences)+len(r.LineDiffs) > 0 {
		p("\n| class | sentences | lines |\n| --- | ---: | ---: |\n")
		for _, c := range r.ClassCounts() {
			p("| %s | %d | %d |\n", c.Class, c.Sentences, c.Lines)
		}
		p("\nThe class is a guess: the kinds of difference (%s) whose folding makes "+
			"the two outputs equal, or \"other\". ▶ marks the first rune that differs; "+
			"invisible characters are written as ⟨ZWNJ⟩, ⟨NBSP⟩ and so on, and white "+
			"space at the end of a text as ⟨SP⟩.\n", classNames())
	}
	if len(r.Differences) > 0 {
		p("\n## Sentences\n")
	}
	for _, d := range r.Differences {
		p("\n### %s, sentence %d: %s\n\n", d.Seed, d.N, d.Class)
		p("- input: %s\n", codeSpan(visible(d.Input)))
		p("- virastar: %s\n", codeSpan(mark(d.Virastar, d.At, -1)))
		p("- daftar: %s\n", codeSpan(mark(d.Daftar, d.At, -1)))
		p("- at rune %d: virastar %s, daftar %s\n", d.At,
			codeSpan(mark(d.Virastar, d.At, contextRunes)),
			codeSpan(mark(d.Daftar, d.At, contextRunes)))
	}
	if len(r.LineDiffs) > 0 {
		p("\n## Lines of the whole seeds\n\n")
	}
	for _, d := range r.LineDiffs {
		p("- %s, line %d, %s: virastar %s, daftar %s\n", d.Seed, d.N, d.Class,
			codeSpan(mark(d.Virastar, d.At, contextRunes)),
			codeSpan(mark(d.Daftar, d.At, contextRunes)))
	}
	return bw.Flush()
}

// mark returns s, made visible, with ▶ before rune at; when context is not
// negative, only that many runes either side are kept, with … for the rest.
func mark(s string, at, context int) string {
	runes := []rune(s)
	at = min(at, len(runes))
	lo, hi := 0, len(runes)
	if context >= 0 {
		lo, hi = max(0, at-context), min(len(runes), at+context)
	}
	before, after := visible(string(runes[lo:at])), visible(string(runes[at:hi]))
	if hi == len(runes) {
		if at == hi {
			before = trailingSpace(before)
		} else {
			after = trailingSpace(after)
		}
	}
	var b strings.Builder
	if lo > 0 {
		b.WriteString("…")
	}
	b.WriteString(before)
	b.WriteString("▶")
	b.WriteString(after)
	if hi < len(runes) {
		b.WriteString("…")
	}
	return b.String()
}

// trailingSpace writes the spaces at the end of s as ⟨SP⟩.
func trailingSpace(s string) string {
	t := strings.TrimRight(s, " ")
	return t + strings.Repeat("⟨SP⟩", len(s)-len(t))
}

// invisibles names the characters that print as nothing, or as a space.
var invisibles = map[rune]string{
	'\u200c': "⟨ZWNJ⟩", '\u200d': "⟨ZWJ⟩", '\u200e': "⟨LRM⟩", '\u200f': "⟨RLM⟩",
	'\u00a0': "⟨NBSP⟩", '\u202f': "⟨NNBSP⟩", '\u2009': "⟨THINSP⟩", '\ufeff': "⟨BOM⟩",
	'\u00ad': "⟨SHY⟩", '\t': "⟨TAB⟩", '\u061c': "⟨ALM⟩", '\u2066': "⟨LRI⟩",
	'\u2067': "⟨RLI⟩", '\u2068': "⟨FSI⟩", '\u2069': "⟨PDI⟩",
}

// visible writes the invisible characters of s by name, and invalid UTF-8
// as ⟨\xNN⟩.
func visible(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch name, ok := invisibles[r]; {
		case ok:
			b.WriteString(name)
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, "⟨\\x%02x⟩", s[i])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// codeSpan writes s as a Markdown code span, with a fence of backticks
// longer than any run of them in s.
func codeSpan(s string) string {
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if longest > 0 || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}
