package bench

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// SeedDir is where the seed texts are read from, relative to the bench
// directory, where go test and go run ./cmd/... run. The texts are Persian
// news items shared by the project's modules; they are read at run time and
// never copied into this repository.
var SeedDir = "../../shared/seeds"

// CorpusSize is the size in bytes the normalize benchmarks' corpus is cut
// to (at most; the cut falls on a character boundary).
const CorpusSize = 2 << 20

// ErrNoSeeds reports that the seed directory is missing or holds no texts.
var ErrNoSeeds = errors.New("no seed texts")

// A Seed is one seed text and the name of its file.
type Seed struct {
	Name string // the file's base name, such as "000_717e97df14c363de.txt"
	Text string
}

// LoadSeeds reads the *.txt files of dir in name order. It returns an error
// wrapping ErrNoSeeds when dir is missing or has none.
func LoadSeeds(dir string) ([]Seed, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%w in %s", ErrNoSeeds, dir)
	}
	seeds := make([]Seed, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		seeds = append(seeds, Seed{filepath.Base(p), string(b)})
	}
	return seeds, nil
}

// SeedCorpus returns the seed texts joined with "\n", repeated with a "\n"
// after each copy, and cut to at most size bytes at the last character
// boundary. node/corpus.js builds the same text for the JavaScript peers.
func SeedCorpus(seeds []Seed, size int) string {
	texts := make([]string, len(seeds))
	for i, s := range seeds {
		texts[i] = s.Text
	}
	unit := strings.Join(texts, "\n") + "\n"
	// One byte more than wanted: the cut splits a character when the first
	// byte left out is not the start of one.
	s := strings.Repeat(unit, size/len(unit)+1)[:size+1]
	n := size
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
