package bench

import (
	"sync"
	"testing"

	"github.com/daftar-go/daftar/normalize"
)

// A Throughput is one daftar call measured on the seed corpus, in bytes of
// input per second.
type Throughput struct {
	Op    string           // the measure's name, such as "String"
	Call  string           // the call measured, as written in Go
	Bench func(*testing.B) // the benchmark body; it skips without the seeds
}

// Throughputs lists the normalize benchmarks, in the order reported. Their
// JavaScript peers run outside Go: see NodeSpeed.
var Throughputs = []Throughput{
	{"String", "normalize.String(s)", NormalizeString},
	{"Key", "normalize.Key(s)", NormalizeKey},
}

// corpus returns the seed corpus of CorpusSize bytes, read from SeedDir on
// first use.
var corpus = sync.OnceValues(func() (string, error) {
	seeds, err := LoadSeeds(SeedDir)
	if err != nil {
		return "", err
	}
	return SeedCorpus(seeds, CorpusSize), nil
})

// Corpus returns the text the normalize benchmarks work on, or an error
// wrapping ErrNoSeeds when SeedDir has no seed texts.
func Corpus() (string, error) { return corpus() }

// benchCorpus returns the corpus or skips b.
func benchCorpus(b *testing.B) string {
	s, err := corpus()
	if err != nil {
		b.Skipf("%v; the normalize benchmarks need the seed texts", err)
	}
	return s
}

// NormalizeString measures normalize.String on the seed corpus.
func NormalizeString(b *testing.B) {
	s := benchCorpus(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		sinkText = normalize.String(s)
	}
}

// NormalizeKey measures normalize.Key on the seed corpus.
func NormalizeKey(b *testing.B) {
	s := benchCorpus(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		sinkText = normalize.Key(s)
	}
}
