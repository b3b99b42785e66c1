package normalize

import (
	"encoding/binary"
	"math/bits"
)

// Fast scans for the bytes the passes look for. They test eight bytes at a
// time as one uint64 (SWAR: SIMD within a register); the Go compiler turns
// binary.LittleEndian.Uint64 into a single load.

const (
	lows  = 0x0101010101010101 // 0x01 in every byte
	highs = 0x8080808080808080 // 0x80 in every byte
)

// zeroBytes returns a word whose lowest set bit is the high bit of the first
// (lowest) zero byte of x, or 0 if x has none. Bits above that first zero
// byte may be set wrongly (the borrow of the subtraction runs on), so only
// the lowest set bit is meaningful.
func zeroBytes(x uint64) uint64 { return (x - lows) &^ x & highs }

// indexMasked returns the index of the first byte c of b[from:] (from
// counted in b) with c&mask == val, or -1. A mask that clears one bit finds
// two byte values in one pass: mask 0xDF and val 0xC2 find 0xC2 and 0xE2.
func indexMasked(b []byte, from int, mask, val byte) int {
	i := from
	m, v := lows*uint64(mask), lows*uint64(val)
	for ; i+8 <= len(b); i += 8 {
		if z := zeroBytes(binary.LittleEndian.Uint64(b[i:])&m ^ v); z != 0 {
			return i + bits.TrailingZeros64(z)/8
		}
	}
	for ; i < len(b); i++ {
		if b[i]&mask == val {
			return i
		}
	}
	return -1
}

// indexPrintableASCII returns the index of the first byte of b[from:] (from
// counted in b) in '!'-'~' or DEL, printable ASCII other than the space, or
// len(b) if none. In a word x, the bytes below 0x80 whose low seven bits
// plus 0x5F reach 0x80 are those from 0x21 on; the sum cannot carry into the
// next byte.
func indexPrintableASCII(b []byte, from int) int {
	i := from
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		if m := (x&^highs + 0x5F*lows) &^ x & highs; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c > ' ' && c < 0x80 {
			return i
		}
	}
	return len(b)
}

// indexEither returns the index of the first byte x or y of b[from:] (from
// counted in b), or len(b) if none. zeroBytes of the word xor each byte is
// exact at its lowest bit, and can only be wrong above a byte it found, so
// the lowest bit of the two together is the first byte of either.
func indexEither(b []byte, from int, x, y byte) int {
	i := from
	xs, ys := lows*uint64(x), lows*uint64(y)
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		if m := zeroBytes(w^xs) | zeroBytes(w^ys); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(b); i++ {
		if b[i] == x || b[i] == y {
			return i
		}
	}
	return len(b)
}

// equalBytes returns the high bit of each byte of x that equals the same
// byte of ys, and no other bit. Unlike zeroBytes it is exact in every
// byte: adding 0x7F to the low seven bits of a byte carries into its high
// bit, and not beyond, when they are not all zero.
func equalBytes(x, ys uint64) uint64 {
	t := x ^ ys
	return ^((t&^highs + ^uint64(highs)) | t) & highs
}

// indexMayPunct returns the index of the first byte of b[from:] (from
// counted in b) that may start a punctuation mark for appendPunctMarks, or
// len(b) if none: printable ASCII, or 0xD8 before 8C, 9B or 9F (، ؛ ؟). It
// tests eight bytes at a time while nine remain, reading the second bytes
// as a word shifted by one byte; 9B and 9F differ in one bit. The rest is
// left to the caller.
func indexMayPunct(b []byte, from int) int {
	i := from
	for ; i+9 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		y := binary.LittleEndian.Uint64(b[i+1:])
		ascii := (x&^highs + 0x5F*lows) &^ x & highs
		second := equalBytes(y, 0x8C*lows) | equalBytes(y|0x04*lows, 0x9F*lows)
		if m := ascii | equalBytes(x, 0xD8*lows)&second; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	return i
}

// indexMayBracket returns the index of the first byte of b[from:] (from
// counted in b) that may be a bracket byte (isBracketByte), or len(b) if
// none: printable ASCII, C2 or E2, which differ in one bit. It tests eight
// bytes at a time and leaves the last few to the caller.
func indexMayBracket(b []byte, from int) int {
	i := from
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		ascii := (x&^highs + 0x5F*lows) &^ x & highs
		if m := ascii | equalBytes(x|0x20*lows, 0xE2*lows); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	return i
}
