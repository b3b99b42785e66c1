package digits

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAt(t *testing.T) {
	for _, c := range []struct {
		s           string
		value, size int
	}{
		{"0", 0, 1}, {"9x", 9, 1}, {"۰", 0, 2}, {"۹", 9, 2}, {"٠", 0, 2}, {"٩", 9, 2},
		{"a", 0, 0}, {"/", 0, 0}, {":", 0, 0}, {"\xdb", 0, 0}, {"\xdb\xba", 0, 0},
		{"\xd9\xaa", 0, 0}, {"ی", 0, 0}, {"٫", 0, 0},
	} {
		v, n := At(c.s, 0)
		assert.Equal(t, [2]int{c.value, c.size}, [2]int{v, n}, "%q", c.s)
	}
}

func TestNumber(t *testing.T) {
	for _, c := range []struct {
		s, max           int
		in               string
		value, n, endPos int
	}{
		{0, 5, "1403/01", 1403, 4, 4},
		{0, 5, "۱۴۰۳/۰۱", 1403, 4, 8},
		{0, 5, "۱4٠3", 1403, 4, 6},
		{0, 2, "1403", 14, 2, 2},
		{5, 3, "1403/7/9", 7, 1, 6},
		{0, 5, "x1", 0, 0, 0},
	} {
		v, n, end := Number(c.in, c.s, c.max)
		assert.Equal(t, [3]int{c.value, c.n, c.endPos}, [3]int{v, n, end}, "%q", c.in)
	}
}

func TestAppend(t *testing.T) {
	for _, c := range []struct {
		v, width int
		persian  bool
		want     string
	}{
		{5, 2, false, "05"}, {5, 2, true, "۰۵"}, {1403, 4, true, "۱۴۰۳"}, {1403, 1, false, "1403"},
		{0, 1, false, "0"}, {0, 4, false, "0000"}, {123456789, 2, false, "123456789"},
	} {
		assert.Equal(t, "x"+c.want, string(Append([]byte("x"), c.v, c.width, c.persian)), "%d", c.v)
	}
}
