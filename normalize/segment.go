package normalize

import (
	"bytes"
	"unicode/utf8"
)

// The rules work a line at a time. A line longer than maxSegment bytes is
// cut, at the last sentence end or space within its first maxSegment bytes
// (or the space just after them), into segments normalized one after the other; the cut depends only on the
// text, so the streaming and string paths cut at the same places. The limit
// bounds the memory a stream takes (see streamer) and the work of a line.
// It is far above the length of a real paragraph: rules that look across a
// cut (affixes, quotation marks) may decide otherwise than on the whole
// line, and a second pass over the normalized text, whose lengths differ,
// may cut elsewhere, so only lines that are cut can come out of String
// differently when it runs twice.
const maxSegment = 1 << 16

// nextSegment finds the first segment of src. It returns the segment (without
// its line break), the number of bytes it takes in src (with the line break),
// whether it ends a line, and ok == false if src does not yet hold a whole
// segment (more input is needed unless atEOF).
func nextSegment(src []byte, atEOF bool) (seg []byte, n int, endsLine, ok bool) {
	return nextSegmentCR(src, atEOF, true)
}

// nextSegmentCR is nextSegment; mayCR false says src holds no \r, which
// spares a search per segment.
func nextSegmentCR(src []byte, atEOF, mayCR bool) (seg []byte, n int, endsLine, ok bool) {
	window := src
	if len(window) > maxSegment {
		window = window[:maxSegment]
	}
	i := bytes.IndexByte(window, '\n')
	if mayCR {
		i = indexLineBreak(window)
	}
	if i >= 0 {
		if window[i] == '\n' {
			return src[:i], i + 1, true, true
		}
		// CR: a line break by itself or as the first half of CRLF.
		if i+1 < len(src) {
			if src[i+1] == '\n' {
				return src[:i], i + 2, true, true
			}
			return src[:i], i + 1, true, true
		}
		if !atEOF {
			return nil, 0, false, false
		}
		return src[:i], i + 1, true, true
	}
	if len(src) <= maxSegment {
		if !atEOF {
			return nil, 0, false, false
		}
		return src, len(src), false, len(src) > 0
	}
	cut := cutPoint(src, window)
	return src[:cut], cut, false, true
}

// cutPoint returns where to cut a line too long for one segment: after the
// last sentence end and its spaces, else after the last space, else at the
// last boundary between two letters in the second half of w, else at the
// last rune boundary in w. w is src[:maxSegment] and src is longer; a space
// may also be the byte just after w, which a cut then ends the segment with,
// so that a line whose text fills w is cut where its words part.
func cutPoint(src, w []byte) int {
	spaced := src[:len(w)+1]
	for i := len(spaced) - 1; i > len(w)/2; i-- {
		if spaced[i] != ' ' {
			continue
		}
		switch prev := spaced[:i]; {
		case bytes.HasSuffix(prev, []byte(".")), bytes.HasSuffix(prev, []byte("!")),
			bytes.HasSuffix(prev, []byte("?")), bytes.HasSuffix(prev, []byte("؟")):
			return i + 1
		}
	}
	if i := bytes.LastIndexAny(spaced, " \t"); i > 0 {
		return i + 1
	}
	// No space: cut between two letters, where no rule looks across.
	c := len(w)
	for c > len(w)-utf8.UTFMax && !utf8.RuneStart(src[c]) {
		c--
	}
	for k := c; k > len(w)/2; {
		before, n := utf8.DecodeLastRune(src[:k])
		if after, _ := utf8.DecodeRune(src[k:]); isLetter(before) && isLetter(after) {
			return k
		}
		k -= n
	}
	return c
}

// indexLineBreak returns the index of the first \n or \r in b, or -1.
func indexLineBreak(b []byte) int {
	i := bytes.IndexByte(b, '\n')
	scope := b
	if i >= 0 {
		scope = b[:i]
	}
	if j := bytes.IndexByte(scope, '\r'); j >= 0 {
		return j
	}
	return i
}
