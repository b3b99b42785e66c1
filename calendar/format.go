package calendar

import (
	"strconv"

	"github.com/daftar-go/daftar/internal/digits"
)

// A Layout names one of the written forms of a date for Format and
// AppendFormat. Combine a layout with PersianDigits to write Persian digits:
//
//	d.Format(calendar.Long)                        // 15 فروردین 1403
//	d.Format(calendar.Long | calendar.PersianDigits) // ۱۵ فروردین ۱۴۰۳
type Layout uint8

// The layouts, shown for 1403/01/15, a Wednesday. An unknown layout formats
// as Numeric.
const (
	Numeric     Layout = iota // 1403/01/15, as String
	Long                      // 15 فروردین 1403
	Full                      // چهارشنبه 15 فروردین 1403
	MonthYear                 // فروردین 1403
	Dari                      // 15 حمل 1403
	English                   // 15 Farvardin 1403
	EnglishFull               // Wednesday 15 Farvardin 1403

	// PersianDigits is a flag, not a layout: Numeric|PersianDigits writes
	// ۱۴۰۳/۰۱/۱۵.
	PersianDigits Layout = 0x80
)

var layoutNames = [...]string{
	Numeric: "Numeric", Long: "Long", Full: "Full", MonthYear: "MonthYear",
	Dari: "Dari", English: "English", EnglishFull: "EnglishFull",
}

// String returns the Go name of the layout, such as "Long|PersianDigits".
func (l Layout) String() string {
	base := l &^ PersianDigits
	var s string
	if int(base) < len(layoutNames) {
		s = layoutNames[base]
	} else {
		s = "Layout(" + strconv.Itoa(int(base)) + ")"
	}
	if l&PersianDigits != 0 {
		s += "|PersianDigits"
	}
	return s
}

// Format returns d written in layout l. The zero Date formats as "".
func (d Date) Format(l Layout) string {
	if d.ymd == 0 {
		return ""
	}
	var buf [64]byte
	return string(d.AppendFormat(buf[:0], l))
}

// AppendFormat is like Format but appends to b and returns the extended
// buffer; it does not allocate when b has room.
func (d Date) AppendFormat(b []byte, l Layout) []byte {
	if d.ymd == 0 {
		return b
	}
	fa := l&PersianDigits != 0
	switch l &^ PersianDigits {
	case Long:
		return d.appendDayMonthYear(b, &persianMonths, fa)
	case Full:
		b = append(b, WeekdayName(d.Weekday())...)
		b = append(b, ' ')
		return d.appendDayMonthYear(b, &persianMonths, fa)
	case MonthYear:
		b = append(b, persianMonths[d.Month()-1]...)
		b = append(b, ' ')
		return digits.Append(b, d.Year(), 1, fa)
	case Dari:
		return d.appendDayMonthYear(b, &dariMonths, fa)
	case English:
		return d.appendDayMonthYear(b, &englishMonths, fa)
	case EnglishFull:
		b = append(b, d.Weekday().String()...)
		b = append(b, ' ')
		return d.appendDayMonthYear(b, &englishMonths, fa)
	}
	if !fa {
		return d.appendNumeric(b)
	}
	b = digits.Append(b, d.Year(), 4, true)
	b = append(b, '/')
	b = digits.Append(b, int(d.Month()), 2, true)
	b = append(b, '/')
	return digits.Append(b, d.Day(), 2, true)
}

func (d Date) appendDayMonthYear(b []byte, names *[12]string, fa bool) []byte {
	b = digits.Append(b, d.Day(), 1, fa)
	b = append(b, ' ')
	b = append(b, names[d.Month()-1]...)
	b = append(b, ' ')
	return digits.Append(b, d.Year(), 1, fa)
}

// appendNumeric appends the canonical form yyyy/mm/dd in ASCII digits.
func (d Date) appendNumeric(b []byte) []byte {
	y, m, day := d.Year(), int(d.Month()), d.Day()
	return append(b,
		byte(y/1000)+'0', byte(y/100%10)+'0', byte(y/10%10)+'0', byte(y%10)+'0', '/',
		byte(m/10)+'0', byte(m%10)+'0', '/',
		byte(day/10)+'0', byte(day%10)+'0')
}
