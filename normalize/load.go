package normalize

import (
	"encoding/binary"
	"unsafe"
)

// word32 returns the four bytes b[i:i+4] read little-endian. The caller
// guarantees 0 <= i and i+4 <= len(b); word32 does not check.
//
// It is for the innermost loops, which step through a line by a varying
// number of bytes: there the compiler cannot prove b[i:i+4] in bounds, and
// each read would cost a bounds check, or, on a slice that is cut as it
// goes, the masking of its pointer; both measured at about a fifth of the
// loop. binary.LittleEndian on an array pointer keeps the read portable:
// one load where the machine allows it, and the same value on every
// machine.
func word32(b []byte, i int) uint32 {
	return binary.LittleEndian.Uint32((*[4]byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(b)), i))[:])
}
