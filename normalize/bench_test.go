package normalize

import (
	"strings"
	"testing"
)

// seedCorpus returns the seed texts repeated to about size bytes.
func seedCorpus(b *testing.B, size int) string {
	texts := seedTexts(b)
	joined := strings.Join(texts, "\n")
	return strings.Repeat(joined+"\n", size/len(joined)+1)[:size]
}

var sinkString string

func BenchmarkString(b *testing.B) {
	s := seedCorpus(b, 2<<20)
	b.Run("raw", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		for b.Loop() {
			sinkString = String(s)
		}
	})
	normal := String(s)
	b.Run("normal", func(b *testing.B) {
		b.SetBytes(int64(len(normal)))
		b.ReportAllocs()
		for b.Loop() {
			sinkString = String(normal)
		}
	})
}

func BenchmarkKey(b *testing.B) {
	s := seedCorpus(b, 2<<20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		sinkString = Key(s)
	}
}

func BenchmarkNewReader(b *testing.B) {
	s := seedCorpus(b, 2<<20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	buf := make([]byte, 32<<10)
	for b.Loop() {
		r := NewReader(strings.NewReader(s))
		for {
			if _, err := r.Read(buf); err != nil {
				break
			}
		}
	}
}
