// Package digits reads and writes the decimal digits Persian text uses:
// ASCII 0-9, Extended Arabic-Indic (Persian) ۰-۹ (U+06F0-U+06F9) and
// Arabic-Indic ٠-٩ (U+0660-U+0669). It is shared by calendar and normalize.
package digits

// At reports the value of the digit that starts at s[i] and its length in
// bytes (1 for ASCII, 2 for the Persian and Arabic-Indic forms), or size 0
// if no digit starts there. i must be a valid index into s.
func At(s string, i int) (value, size int) {
	c := s[i]
	if c-'0' <= 9 {
		return int(c - '0'), 1
	}
	if i+1 < len(s) {
		c1 := s[i+1]
		// U+06F0-06F9 is DB B0-DB B9; U+0660-0669 is D9 A0-D9 A9.
		if c == 0xDB && c1-0xB0 <= 9 {
			return int(c1 - 0xB0), 2
		}
		if c == 0xD9 && c1-0xA0 <= 9 {
			return int(c1 - 0xA0), 2
		}
	}
	return 0, 0
}

// Number reads the longest run of at most max digits, in any mix of the
// three digit sets, starting at s[i]. It returns the value, the number of
// digits read and the index just past them; n is 0 if s[i] is not a digit.
func Number(s string, i, max int) (value, n, end int) {
	for end = i; end < len(s) && n < max; n++ {
		v, size := At(s, end)
		if size == 0 {
			break
		}
		value = value*10 + v
		end += size
	}
	return value, n, end
}

// Persian digits ۰-۹ are U+06F0-U+06F9, encoded as 0xDB 0xB0+d.
const persianLead, persianBase = 0xDB, 0xB0

// Append appends v (v >= 0) to b, left-padded with zeros to at least width
// digits, in ASCII digits or, if persian is set, in Persian digits.
func Append(b []byte, v, width int, persian bool) []byte {
	var buf [20]byte
	i := len(buf)
	for v >= 10 || width > 1 {
		i--
		buf[i] = byte(v%10) + '0'
		v /= 10
		width--
	}
	i--
	buf[i] = byte(v) + '0'
	if !persian {
		return append(b, buf[i:]...)
	}
	for _, c := range buf[i:] {
		b = append(b, persianLead, persianBase+(c-'0'))
	}
	return b
}
