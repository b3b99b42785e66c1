package calendar

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestFormat(t *testing.T) {
	d := Must(New(1403, Farvardin, 15)) // a Wednesday
	for _, c := range []struct {
		l    Layout
		want string
	}{
		{Numeric, "1403/01/15"},
		{Numeric | PersianDigits, "۱۴۰۳/۰۱/۱۵"},
		{Long, "15 فروردین 1403"},
		{Long | PersianDigits, "۱۵ فروردین ۱۴۰۳"},
		{Full, "چهارشنبه 15 فروردین 1403"},
		{Full | PersianDigits, "چهارشنبه ۱۵ فروردین ۱۴۰۳"},
		{MonthYear, "فروردین 1403"},
		{MonthYear | PersianDigits, "فروردین ۱۴۰۳"},
		{Dari, "15 حمل 1403"},
		{English, "15 Farvardin 1403"},
		{EnglishFull, "Wednesday 15 Farvardin 1403"},
		{Layout(42), "1403/01/15"},
	} {
		assert.Equal(t, c.want, d.Format(c.l), c.l.String())
		assert.Equal(t, "> "+c.want, string(d.AppendFormat([]byte("> "), c.l)), c.l.String())
	}
	assert.Equal(t, "۱ دی ۱۳۹۹", Must(New(1399, Dey, 1)).Format(Long|PersianDigits))
	assert.Equal(t, "سه\u200cشنبه 20 شهریور 1397", Must(New(1397, Shahrivar, 20)).Format(Full))
}

func TestLayoutString(t *testing.T) {
	assert.Equal(t, "Numeric", Numeric.String())
	assert.Equal(t, "Full|PersianDigits", (Full | PersianDigits).String())
	assert.Equal(t, "Layout(42)", Layout(42).String())
	assert.Equal(t, "Numeric|PersianDigits", PersianDigits.String())
}

func TestNames(t *testing.T) {
	assert.Equal(t, "فروردین", Farvardin.String())
	assert.Equal(t, "اسفند", Esfand.String())
	assert.Equal(t, "حمل", Farvardin.Dari())
	assert.Equal(t, "حوت", Esfand.Dari())
	assert.Equal(t, "Mordad", Mordad.English())
	assert.Equal(t, "%!Month(13)", Month(13).String())
	assert.Equal(t, "%!Month(0)", Month(0).Dari())
	assert.Equal(t, "شنبه", WeekdayName(time.Saturday))
	assert.Equal(t, "سه\u200cشنبه", WeekdayName(time.Tuesday))
	assert.Equal(t, "جمعه", WeekdayName(time.Friday))
	assert.Equal(t, "%!Weekday(7)", WeekdayName(7))
	assert.Equal(t, "بهار", Spring.String())
	assert.Equal(t, "Winter", Winter.English())
	assert.Equal(t, "%!Season(5)", Season(5).String())
	assert.Equal(t, "%!Season(0)", Season(0).English())
	seasons := map[Month]Season{}
	for m := Farvardin; m <= Esfand; m++ {
		seasons[m] = m.Season()
	}
	assert.Equal(t, map[Month]Season{
		Farvardin: Spring, Ordibehesht: Spring, Khordad: Spring,
		Tir: Summer, Mordad: Summer, Shahrivar: Summer,
		Mehr: Autumn, Aban: Autumn, Azar: Autumn,
		Dey: Winter, Bahman: Winter, Esfand: Winter,
	}, seasons)
	assert.Zero(t, Month(13).Season())
	assert.Equal(t, []Month{Farvardin, Tir, Mehr, Dey},
		[]Month{Spring.FirstMonth(), Summer.FirstMonth(), Autumn.FirstMonth(), Winter.FirstMonth()})
}
