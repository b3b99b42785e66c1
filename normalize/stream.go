package normalize

import (
	"bytes"

	"golang.org/x/text/transform"
)

// textState is what normalizing a text remembers between segments.
type textState struct {
	started  bool // some text has been written
	newlines int  // line breaks held back until more text comes
	space    bool // a line's trailing space, held back likewise
}

// segment normalizes one segment and appends it, with whatever the state
// held back that it now releases, to dst. It writes what it would release
// first and the normalized segment right after it, in place, and takes both
// back if the segment comes out empty.
func (e *engine) segment(dst, seg []byte, endsLine bool, st *textState) []byte {
	mark := len(dst)
	if st.space {
		dst = append(dst, ' ')
	}
	nl := st.newlines
	if e.rules&LineBreaks != 0 {
		if !st.started {
			nl = 0 // no blank lines at the start
		}
		nl = min(nl, 2) // at most one blank line
	}
	for ; nl > 0; nl-- {
		dst = append(dst, '\n')
	}
	body := len(dst)
	dst = e.normalizeLine(dst, seg)
	trailing := false
	if e.rules&Spacing != 0 && len(dst) > body && dst[len(dst)-1] == ' ' {
		dst, trailing = dst[:len(dst)-1], true
	}
	switch {
	case len(dst) > body:
		st.started, st.newlines, st.space = true, 0, trailing
	default:
		dst = dst[:mark]
		if trailing && !endsLine && st.started {
			st.space = true // a segment of spaces between two pieces of a long line
		}
	}
	if endsLine {
		st.newlines++
	}
	return dst
}

// finish appends what the end of the text releases: with LineBreaks, one
// line break if the text ended with any; without it, all of them. A held
// trailing space is dropped.
func (e *engine) finish(dst []byte, st *textState) []byte {
	nl := st.newlines
	if e.rules&LineBreaks != 0 {
		if !st.started {
			nl = 0
		}
		nl = min(nl, 1)
	}
	for ; nl > 0; nl-- {
		dst = append(dst, '\n')
	}
	*st = textState{}
	return dst
}

// run normalizes all of src and appends the result to dst.
func (e *engine) run(dst, src []byte) []byte {
	var st textState
	e.scanning, e.segAt = true, 0
	e.protect.reset(src)
	mayCR := bytes.IndexByte(src, '\r') >= 0
	for len(src) > 0 {
		seg, n, endsLine, _ := nextSegmentCR(src, true, mayCR)
		dst = e.segment(dst, seg, endsLine, &st)
		src = src[n:]
		e.segAt += n
	}
	e.scanning, e.protect.src = false, nil
	return e.finish(dst, &st)
}

// A streamer is the transform.Transformer of a Normalizer.
type streamer struct {
	e    *engine
	st   textState
	out  []byte // normalized text not yet handed to the caller
	done bool   // finish has run
}

var _ transform.Transformer = (*streamer)(nil)

// Reset implements transform.Transformer.
func (s *streamer) Reset() {
	s.st, s.out, s.done = textState{}, s.out[:0], false
}

// Transform implements transform.Transformer. It consumes whole segments
// (lines, or pieces of long lines) and writes their normalized form,
// holding back what does not yet fit in dst.
func (s *streamer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for {
		if len(s.out) > 0 {
			n := copy(dst[nDst:], s.out)
			nDst += n
			s.out = s.out[:copy(s.out, s.out[n:])]
			if len(s.out) > 0 {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
		seg, n, endsLine, ok := nextSegment(src[nSrc:], atEOF)
		if !ok {
			if !atEOF {
				return nDst, nSrc, transform.ErrShortSrc
			}
			if s.done {
				return nDst, nSrc, nil
			}
			s.out = s.e.finish(s.out, &s.st)
			s.done = true
			continue
		}
		s.out = s.e.segment(s.out, seg, endsLine, &s.st)
		nSrc += n
	}
}
