package normalize

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedTexts returns the news items of ../shared/seeds, or skips the test.
func seedTexts(tb testing.TB) []string {
	tb.Helper()
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(paths) == 0 {
		tb.Skip("../shared/seeds is not here; the seed texts are needed for this test")
	}
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// seedTextsOrNil returns the seed texts, or nil when they are absent.
func seedTextsOrNil() []string {
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	var texts []string
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(b))
		}
	}
	return texts
}

// fuzzSeeds are the fuzz corpus: the shared golden inputs and the lines of
// the seed texts when present, and a few hostile strings.
func fuzzSeeds(tb testing.TB) []string {
	seeds := []string{
		"", " ", "\n", "\r\n\r\n", "a\rb", "\xff\xfe", "\xdb", "کتاب ها", "می کند", "«", "((", ")(",
		"\"a\" \"b", "1,234.5", "https://example.com/a_(b)?x=1,2.", "x@y.ir", "<b>متن</b>", "&quot;x&quot;",
		"ـ", "\u200c\u200c", "\u200f", "؟!؟!", "... ...", "--", "---", "12 : 30", "23/10/1355",
		"000000000می ه ام", // once not idempotent: می joined, then ام joined on the second pass
	}
	if f, err := os.Open("../../shared/golden/normalize-examples.jsonl"); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var c struct{ Input string }
			if json.Unmarshal(sc.Bytes(), &c) == nil {
				seeds = append(seeds, c.Input)
			}
		}
		f.Close()
	}
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			seeds = append(seeds, strings.Split(string(b), "\n")...)
		}
	}
	return seeds
}

func TestSeedProperties(t *testing.T) {
	for _, text := range seedTexts(t) {
		checkProperties(t, text, []int{1, 2, 5, 17, 64, 4096})
	}
}
