package normalize

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestSeedGolden checks String on every line of the seed texts against
// testdata/seeds.golden. The seed texts are not copied into the repository:
// the golden file holds, for each line, a hash of the input and the edits
// String makes to it (position in runes, old text, new text).
func TestSeedGolden(t *testing.T) {
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(paths) == 0 {
		t.Skip("../shared/seeds is not here; the seed texts are needed for this test")
	}
	var b strings.Builder
	b.WriteString("# Edits String makes to each line of ../shared/seeds (see TestSeedGolden).\n")
	b.WriteString("# line: sha256 prefix of the input, then position (runes) \"old\" -> \"new\" for each edit\n")
	for _, p := range paths {
		text, err := os.ReadFile(p)
		require.NoError(t, err)
		fmt.Fprintf(&b, "\n## %s\n", filepath.Base(p))
		for i, line := range strings.Split(string(text), "\n") {
			sum := sha256.Sum256([]byte(line))
			fmt.Fprintf(&b, "%d: %x", i+1, sum[:6])
			for _, ed := range runeEdits(line, String(line)) {
				fmt.Fprintf(&b, " | %d %q -> %q", ed.at, ed.old, ed.new)
			}
			b.WriteString("\n")
		}
	}
	path := filepath.Join("testdata", "seeds.golden")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create it")
	wantLines, gotLines := strings.Split(string(want), "\n"), strings.Split(b.String(), "\n")
	for i := range max(len(wantLines), len(gotLines)) {
		var w, g string
		if i < len(wantLines) {
			w = wantLines[i]
		}
		if i < len(gotLines) {
			g = gotLines[i]
		}
		if !assert.Equal(t, w, g, "testdata/seeds.golden line %d", i+1) {
			return
		}
	}
}

type edit struct {
	at       int
	old, new string
}

// runeEdits returns the edits that turn a into b, from a longest common
// subsequence of their runes.
func runeEdits(a, b string) []edit {
	x, y := []rune(a), []rune(b)
	// lcs[i][j] is the LCS length of x[i:] and y[j:].
	lcs := make([][]uint16, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]uint16, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var eds []edit
	var cur *edit
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			cur = nil
			i++
			j++
			continue
		case j < len(y) && (i == len(x) || lcs[i][j+1] >= lcs[i+1][j]):
			if cur == nil {
				eds = append(eds, edit{at: i})
				cur = &eds[len(eds)-1]
			}
			cur.new += string(y[j])
			j++
		default:
			if cur == nil {
				eds = append(eds, edit{at: i})
				cur = &eds[len(eds)-1]
			}
			cur.old += string(x[i])
			i++
		}
	}
	return eds
}
