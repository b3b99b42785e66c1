package normalize

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// chunkReader returns at most n bytes per Read.
type chunkReader struct {
	r io.Reader
	n int
}

func (c chunkReader) Read(p []byte) (int, error) {
	if len(p) > c.n {
		p = p[:c.n]
	}
	return c.r.Read(p)
}

// viaReader normalizes s through NewReader, with reads of n bytes from the
// source and into the caller's buffer.
func viaReader(t testing.TB, n Normalizer, s string, size int) string {
	t.Helper()
	r := n.NewReader(chunkReader{strings.NewReader(s), size})
	var out bytes.Buffer
	buf := make([]byte, size)
	for {
		k, err := r.Read(buf)
		out.Write(buf[:k])
		if err == io.EOF {
			return out.String()
		}
		if err != nil {
			t.Fatalf("reading %q in %d-byte pieces: %v", s, size, err)
		}
	}
}

// viaWriter normalizes s through NewWriter, writing n bytes at a time.
func viaWriter(t testing.TB, n Normalizer, s string, size int) string {
	t.Helper()
	var out bytes.Buffer
	w := n.NewWriter(&out)
	for i := 0; i < len(s); i += size {
		if _, err := w.Write([]byte(s[i:min(i+size, len(s))])); err != nil {
			t.Fatalf("writing %q in %d-byte pieces: %v", s, size, err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// checkProperties checks the properties every input must have.
func checkProperties(t *testing.T, s string, sizes []int) {
	t.Helper()
	got := String(s)
	if !utf8.ValidString(got) {
		t.Fatalf("String(%q) = %q is not valid UTF-8", s, got)
	}
	if again := String(got); again != got {
		t.Fatalf("not idempotent: once and twice differ %s", firstDifference(got, again))
	}
	k := Key(s)
	if k2 := Key(got); k != k2 {
		t.Fatalf("Key changes under String:\n in: %q\n Key(in): %q\n Key(String(in)): %q", s, k, k2)
	}
	if want := keyByRunes(got); k != want {
		t.Fatalf("Key(%q) = %q, but the fold of its String is %q", s, k, want)
	}
	checkKeyBreaks(t, s)
	if a := string(AppendKey([]byte("x"), []byte(s))); a != "x"+k {
		t.Fatalf("AppendKey(\"x\", %q) = %q, want %q", s, a, "x"+k)
	}
	if b := string(Bytes([]byte(s))); b != got {
		t.Fatalf("Bytes(%q) = %q, String gives %q", s, b, got)
	}
	if tr, _, err := transform.String(Typography.Transformer(), s); err != nil || tr != got {
		t.Fatalf("transform.String(%q) = %q, %v; String gives %q", s, tr, err, got)
	}
	for _, size := range sizes {
		if r := viaReader(t, Typography, s, size); r != got {
			t.Fatalf("NewReader, %d-byte reads, of %q:\n got  %q\n want %q", size, s, r, got)
		}
		if w := viaWriter(t, Typography, s, size); w != got {
			t.Fatalf("NewWriter, %d-byte writes, of %q:\n got  %q\n want %q", size, s, w, got)
		}
	}
}

func FuzzString(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkProperties(t, s, []int{1, 3, 7, 64})
	})
}

// firstDifference shows where a and b first differ, with some context.
func firstDifference(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && !utf8.RuneStart(a[min(i, len(a)-1)]) {
		i--
	}
	from := max(0, i-60)
	for from > 0 && !utf8.RuneStart(a[from]) {
		from--
	}
	return fmt.Sprintf("at byte %d:\n %q\n %q", i, a[from:min(len(a), i+60)], b[from:min(len(b), i+60)])
}
