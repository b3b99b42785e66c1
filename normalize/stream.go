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
	if len(seg) > 0 { // a blank line, as many are, comes out empty
		dst = e.normalizeLine(dst, seg)
	}
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
	mayCR := bytes.IndexByte(src, '\r') >= 0
	for len(src) > 0 {
		seg, n, endsLine, _ := nextSegmentCR(src, true, mayCR)
		dst = e.segment(dst, seg, endsLine, &st)
		src = src[n:]
	}
	return e.finish(dst, &st)
}

// A streamer is the transform.Transformer of a Normalizer.
type streamer struct {
	e    *engine
	st   textState
	out  []byte // normalized text not yet handed to the caller
	line []byte // the start of a segment that src did not hold whole
	bare int    // how much of line is known to hold no line break
	done bool   // finish has run
}

var _ transform.Transformer = (*streamer)(nil)

// Reset implements transform.Transformer.
func (s *streamer) Reset() {
	s.st, s.out, s.line, s.bare, s.done = textState{}, s.out[:0], s.line[:0], 0, false
}

// Transform implements transform.Transformer. It consumes whole segments
// (lines, or pieces of long lines) and writes their normalized form,
// holding back what does not yet fit in dst. A segment may be longer than
// the buffers of transform.Reader and transform.Writer, so the start of one
// that src does not hold whole is kept in s.line until the rest comes: at
// most maxSegment+2 bytes, as many as nextSegment looks at.
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
		var (
			seg           []byte
			n             int
			endsLine, ok  bool
			fromLine, eof bool
		)
		if len(s.line) == 0 {
			seg, n, endsLine, ok = nextSegment(src[nSrc:], atEOF)
			if !ok && !atEOF {
				// Keep the start of the segment and take the rest later.
				s.line = append(s.line, src[nSrc:]...)
				return nDst, len(src), nil
			}
		} else {
			nSrc += s.take(src[nSrc:])
			fromLine, eof = true, atEOF && nSrc == len(src)
			if !eof && len(s.line) <= maxSegment && indexLineBreak(s.line[s.bare:]) < 0 {
				// No segment ends yet: nextSegment would say so after
				// searching all of s.line again, which small writes would
				// make quadratic.
				s.bare = len(s.line)
				return nDst, nSrc, nil
			}
			seg, n, endsLine, ok = nextSegment(s.line, eof)
			if !ok && !eof {
				return nDst, nSrc, nil // all of src is in s.line
			}
		}
		if !ok {
			if s.done {
				return nDst, nSrc, nil
			}
			s.out = s.e.finish(s.out, &s.st)
			s.done = true
			continue
		}
		s.out = s.e.segment(s.out, seg, endsLine, &s.st)
		if fromLine {
			s.line, s.bare = s.line[:copy(s.line, s.line[n:])], 0
		} else {
			nSrc += n
		}
	}
}

// take appends to s.line the bytes of src that nextSegment may need to end
// the segment s.line starts: up to the first line break and the byte after
// it (the \n of a CRLF), and no more than maxSegment+2 bytes in s.line. It
// returns how many it took.
func (s *streamer) take(src []byte) int {
	n := min(len(src), max(maxSegment+2-len(s.line), 0))
	if i := indexLineBreak(src[:n]); i >= 0 {
		n = min(n, i+2)
	}
	s.line = append(s.line, src[:n]...)
	return n
}
