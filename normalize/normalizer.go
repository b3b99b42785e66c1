package normalize

import (
	"bytes"
	"io"
	"sync"
	"unsafe"

	"golang.org/x/text/transform"
)

// A Normalizer applies a set of Rules, writing digits in one Direction. It
// is a small value, safe for concurrent use; the zero Normalizer applies no
// rules. Typography is the default one.
type Normalizer struct {
	rules Rules
	dir   Direction
}

// Typography applies every rule and writes Persian digits: the default
// profile that String, Bytes, Append and NewReader use.
var Typography = New(Default, ToPersian)

// New returns a Normalizer that applies rules and writes digits in dir.
func New(rules Rules, dir Direction) Normalizer {
	return Normalizer{rules: rules & Default, dir: dir}
}

// Rules returns the rules n applies.
func (n Normalizer) Rules() Rules { return n.rules }

// Direction returns the digits n writes.
func (n Normalizer) Direction() Direction { return n.dir }

var engines sync.Pool

func (n Normalizer) engine() *engine {
	e, _ := engines.Get().(*engine)
	if e == nil {
		e = new(engine)
	}
	if e.forKey || e.rules != n.rules || e.dir != n.dir || e.active == nil {
		e.setRules(n.rules, n.dir, false) // a pooled engine rarely changes rules
	}
	return e
}

func putEngine(e *engine) {
	e.line = nil
	engines.Put(e)
}

// resultBuffer returns the engine's output buffer, empty. A buffer shorter
// than the input is replaced by one with room for its normal form (rarely
// more than an eighth longer): a new engine's buffer then does not grow by
// copying, again and again, a long text. A buffer as long as the input is
// kept: normal text, already as long as its normal form, needs no more.
func (e *engine) resultBuffer(n int) []byte {
	if cap(e.result) < n {
		e.result = make([]byte, 0, n+n/8)
	}
	return e.result[:0]
}

// Append appends the normalized form of src to dst and returns the result.
func (n Normalizer) Append(dst, src []byte) []byte {
	e := n.engine()
	dst = e.run(dst, src)
	putEngine(e)
	return dst
}

// Bytes returns the normalized form of b in a new slice.
func (n Normalizer) Bytes(b []byte) []byte {
	return n.Append(make([]byte, 0, len(b)+len(b)/8), b)
}

// String returns the normalized form of s. When s is already normal it is
// returned as is, without allocating.
func (n Normalizer) String(s string) string {
	e := n.engine()
	out := e.run(e.resultBuffer(len(s)), unsafe.Slice(unsafe.StringData(s), len(s)))
	e.result = out
	if len(out) == len(s) && bytes.Equal(out, unsafe.Slice(unsafe.StringData(s), len(s))) {
		putEngine(e)
		return s
	}
	r := string(out)
	putEngine(e)
	return r
}

// Transformer returns a new transform.Transformer that normalizes a stream
// as n.String normalizes a string: for any input and any buffer sizes the
// output is the same. It keeps state between calls (and scratch memory
// bounded by the longest segment: a line, or 64 KiB of a longer one), so
// use one per stream.
func (n Normalizer) Transformer() transform.Transformer {
	return &streamer{e: newEngine(n.rules, n.dir)}
}

// NewReader returns a Reader that reads the normalized form of r.
func (n Normalizer) NewReader(r io.Reader) io.Reader {
	return transform.NewReader(r, n.Transformer())
}

// NewWriter returns a Writer that normalizes what is written to it and writes
// the result to w. Close it to flush the end of the text.
func (n Normalizer) NewWriter(w io.Writer) io.WriteCloser {
	return transform.NewWriter(w, n.Transformer())
}

// String returns the Typography normalization of s: Persian letters and
// digits, Persian punctuation and quotation marks, ZWNJ where prefixes and
// suffixes join, and clean spacing. An already normal s is returned without
// allocating.
func String(s string) string { return Typography.String(s) }

// Bytes returns the Typography normalization of b in a new slice.
func Bytes(b []byte) []byte { return Typography.Bytes(b) }

// Append appends the Typography normalization of src to dst.
func Append(dst, src []byte) []byte { return Typography.Append(dst, src) }

// NewReader returns a Reader that reads the Typography normalization of r.
func NewReader(r io.Reader) io.Reader { return Typography.NewReader(r) }
