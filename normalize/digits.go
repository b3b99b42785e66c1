package normalize

import (
	"unicode/utf8"

	"github.com/daftar-go/daftar/internal/digits"
)

// LatinDigits returns s with every Persian (۰–۹) and Arabic-Indic (٠–٩)
// digit written as an ASCII digit, and nothing else changed. It returns s
// itself, without allocating, when s has no such digit.
func LatinDigits(s string) string {
	for i := 0; i < len(s); i++ {
		if _, n := digits.At(s, i); n == 2 {
			return string(AppendLatinDigits(make([]byte, 0, len(s)), s))
		}
	}
	return s
}

// AppendLatinDigits appends s to dst with its Persian and Arabic-Indic digits
// written as ASCII digits.
func AppendLatinDigits(dst []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		v, n := digits.At(s, i)
		if n == 2 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, byte(v)+'0')
			i += 2
			start = i
			continue
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return append(dst, s[start:]...)
}

// PersianDigits returns s with every ASCII and Arabic-Indic digit written as
// a Persian digit (۰–۹), and nothing else changed; unlike the Digits rule it
// does not look at context. It returns s itself, without allocating, when s
// has no such digit.
func PersianDigits(s string) string {
	for i := 0; i < len(s); i++ {
		if _, n := digits.At(s, i); n == 1 || n == 2 && s[i] == 0xD9 {
			return string(AppendPersianDigits(make([]byte, 0, len(s)+len(s)/2), s))
		}
	}
	return s
}

// AppendPersianDigits appends s to dst with its ASCII and Arabic-Indic digits
// written as Persian digits.
func AppendPersianDigits(dst []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		v, n := digits.At(s, i)
		if n == 1 || n == 2 && s[i] == 0xD9 {
			dst = append(dst, s[start:i]...)
			dst = digits.Append(dst, v, 1, true)
			i += n
			start = i
			continue
		}
		if n == 2 || s[i] < utf8.RuneSelf {
			i += max(n, 1)
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return append(dst, s[start:]...)
}
