package bench

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// BenchmarkNormalize runs the normalize benchmarks, as
// BenchmarkNormalize/String and BenchmarkNormalize/Key.
func BenchmarkNormalize(b *testing.B) {
	for _, t := range Throughputs {
		b.Run(t.Op, t.Bench)
	}
}

// seedsOrSkip returns the seed texts, or skips t when they are missing.
func seedsOrSkip(t *testing.T) []Seed {
	t.Helper()
	seeds, err := LoadSeeds(SeedDir)
	if errors.Is(err, ErrNoSeeds) {
		t.Skipf("%v; this test needs the seed texts", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return seeds
}

// nodeOrSkip skips t when node or the JavaScript peers are missing.
func nodeOrSkip(t *testing.T) {
	t.Helper()
	if _, err := NodeReady(); err != nil {
		t.Skip(err)
	}
}

func TestSeedCorpusCutsAtCharacters(t *testing.T) {
	seeds := []Seed{{"a.txt", "ab پ"}, {"b.txt", "€x"}}
	stream := strings.Repeat("ab پ\n€x\n", 20)
	for size := range 40 {
		got := SeedCorpus(seeds, size)
		if !utf8.ValidString(got) || !strings.HasPrefix(stream, got) {
			t.Errorf("SeedCorpus(%d) = %q, not a whole-character prefix of %q", size, got, stream)
		}
		if len(got) > size || len(got) < size-utf8.UTFMax+1 {
			t.Errorf("SeedCorpus(%d) has %d bytes", size, len(got))
		}
	}
}

func TestCorpus(t *testing.T) {
	seeds := seedsOrSkip(t)
	s, err := Corpus()
	if err != nil {
		t.Fatal(err)
	}
	if len(s) > CorpusSize || len(s) < CorpusSize-utf8.UTFMax+1 || !utf8.ValidString(s) {
		t.Errorf("corpus of %d bytes, valid UTF-8 %v; want %d bytes at most, cut between characters",
			len(s), utf8.ValidString(s), CorpusSize)
	}
	if !strings.HasPrefix(s, seeds[0].Text+"\n"+seeds[1%len(seeds)].Text) {
		t.Error("the corpus does not start with the seed texts joined by line breaks")
	}
}

func TestSplitSentences(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{" \n\r\n ", nil},
		{"یک. دو! سه؟ چهار? پنج", []string{"یک.", "دو!", "سه؟", "چهار?", "پنج"}},
		{"a\r\nb\rc\nd", []string{"a", "b", "c", "d"}},
		{"ساعت 1.5 و 3.14.  بعد", []string{"ساعت 1.5 و 3.14.", "بعد"}},
		{"چه!! شد... بله.»  نه", []string{"چه!!", "شد...", "بله.»  نه"}},
		{"گفت: «یک. دو.» سه. چهار", []string{"گفت: «یک. دو.» سه.", "چهار"}},
		{"»بی\u200cجفت. باز", []string{"»بی\u200cجفت.", "باز"}},
		{"tab.\tnext", []string{"tab.", "next"}},
	} {
		got := SplitSentences(c.in)
		if strings.Join(got, "|") != strings.Join(c.want, "|") || len(got) != len(c.want) {
			t.Errorf("SplitSentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestClassify(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"کتاب\u200cها", "کتاب\u200cها", "same"},
		{"کتاب\u200cها", "کتاب ها", "ZWNJ"},
		{"میکند", "می\u200cکند", "ZWNJ"},
		{"سال ۱۴۰۳", "سال 1403", "digits"},
		{"۱٫۵", "1.5", "digits"},
		{"علي", "علی", "letters"},
		{"«نقل»", `"نقل"`, "quotes"},
		{"بله، نه؟", "بله, نه?", "punctuation"},
		{"و….", "و…", "dots"},
		{"مَن", "من", "marks"},
		{"خوب\u200f", "خوب", "marks"},
		{"سلام ، دنیا", "سلام، دنیا", "spacing"},
		{"از شان", "ازشان", "spacing"},
		{"سال ۱۴۰۳ ، کتاب\u200cها", "سال 1403، کتاب\u200cها", "digits+spacing"},
		{"کتاب\u200cها ۱۲", "کتاب ها 12", "ZWNJ+digits"},
		{"الف", "ب", "other"},
	} {
		if got := Classify(c.a, c.b); got != c.want {
			t.Errorf("Classify(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}

func TestMarkShowsInvisibles(t *testing.T) {
	for _, c := range []struct {
		s           string
		at, context int
		want        string
	}{
		{"ab\u200ccd", 2, -1, "ab▶⟨ZWNJ⟩cd"},
		{"abcdef", 3, 1, "…c▶d…"},
		{"ab ", 2, 2, "ab▶⟨SP⟩"},
		{"ab ", 3, 2, "…b⟨SP⟩▶"},
		{"a\u00a0b", 0, 5, "▶a⟨NBSP⟩b"},
	} {
		if got := mark(c.s, c.at, c.context); got != c.want {
			t.Errorf("mark(%q, %d, %d) = %q, want %q", c.s, c.at, c.context, got, c.want)
		}
	}
	if got := codeSpan("a`b"); got != "`` a`b ``" {
		t.Errorf("codeSpan(\"a`b\") = %s", got)
	}
}

// TestCompareWithVirastarCounts runs the harness with a stand-in for
// virastar that only turns ASCII digits into Persian ones.
func TestCompareWithVirastarCounts(t *testing.T) {
	persian := strings.NewReplacer("1", "۱", "2", "۲")
	fake := func(texts []string) ([]string, error) {
		out := make([]string, len(texts))
		for i, s := range texts {
			out[i] = persian.Replace(s)
		}
		return out, nil
	}
	seeds := []Seed{{"x.txt", "سلام 12. خوب\nکتاب ها"}}
	r, err := CompareWithVirastar(seeds, fake)
	if err != nil {
		t.Fatal(err)
	}
	if r.Sentences != 3 || r.Identical+len(r.Differences) != 3 || r.Seeds != 1 {
		t.Errorf("report %+v; want 3 sentences counted once each, 1 seed", r)
	}
	var md strings.Builder
	if err := r.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), r.Summary()) {
		t.Errorf("the report lacks its summary %q:\n%s", r.Summary(), md.String())
	}
	if _, err := CompareWithVirastar(seeds, func([]string) ([]string, error) { return nil, nil }); err == nil {
		t.Error("no error when virastar answers nothing")
	}
}

// TestVirastarDiff runs cmd/virastardiff's comparison with the real
// virastar, when node and bench/node/node_modules are there.
func TestVirastarDiff(t *testing.T) {
	seeds := seedsOrSkip(t)
	nodeOrSkip(t)
	r, err := CompareWithVirastar(seeds, RunVirastar)
	if err != nil {
		t.Fatal(err)
	}
	if r.Sentences < len(seeds) || r.Identical+len(r.Differences) != r.Sentences || r.Seeds != len(seeds) {
		t.Fatalf("implausible counts: %s", r.Summary())
	}
	var md strings.Builder
	if err := r.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), r.Summary()) {
		t.Error("the report lacks its summary")
	}
	t.Log(r.Summary())
}

func TestRunVirastar(t *testing.T) {
	nodeOrSkip(t)
	in := []string{"كتاب ها", "", "سلام  ،دنیا", "line\nbreak", `"a" \ <b>`}
	out, err := RunVirastar(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != len(in) {
		t.Fatalf("%d answers to %d texts", len(out), len(in))
	}
	if out[0] != "کتاب\u200cها" {
		t.Errorf("virastar cleaned %q to %q", in[0], out[0])
	}
}

func TestRunNodeSpeed(t *testing.T) {
	if testing.Short() {
		t.Skip("speed.js takes seconds")
	}
	seedsOrSkip(t)
	nodeOrSkip(t)
	s, err := RunNodeSpeed(1)
	if err != nil {
		t.Fatal(err)
	}
	text, err := Corpus()
	if err != nil {
		t.Fatal(err)
	}
	if s.Bytes != len(text) || s.Virastar <= 0 || s.PersianTools <= 0 {
		t.Errorf("speed.js said %+v; want %d bytes and positive speeds", s, len(text))
	}
}
