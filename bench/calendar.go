package bench

import (
	"testing"

	"github.com/daftar-go/daftar/calendar"
)

// FromTimeDaftar measures calendar.FromTime on instants in Tehran.
func FromTimeDaftar(b *testing.B) {
	b.ReportAllocs()
	var d calendar.Date
	i := 0
	for b.Loop() {
		d = calendar.FromTime(in.Instants[i&inputMask])
		i++
	}
	sinkDate = d
}

// InDaftar measures Date.In, midnight of a date in Tehran.
func InDaftar(b *testing.B) {
	b.ReportAllocs()
	loc := calendar.Tehran()
	i := 0
	for b.Loop() {
		sinkTime = in.Dates[i&inputMask].In(loc)
		i++
	}
}

// StringDaftar measures Date.String, which writes "1403/01/15".
func StringDaftar(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkText = in.Dates[i&inputMask].String()
		i++
	}
}

// AddMonthsDaftar measures Date.AddMonths(1).
func AddMonthsDaftar(b *testing.B) {
	b.ReportAllocs()
	var d calendar.Date
	i := 0
	for b.Loop() {
		d = in.Dates[i&inputMask].AddMonths(1)
		i++
	}
	sinkDate = d
}

// AddDaysDaftar measures Date.AddDays(61).
func AddDaysDaftar(b *testing.B) {
	b.ReportAllocs()
	var d calendar.Date
	i := 0
	for b.Loop() {
		d = in.Dates[i&inputMask].AddDays(61)
		i++
	}
	sinkDate = d
}

// TehranDaftar measures calendar.Tehran, which loads the zone once.
func TehranDaftar(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkLoc = calendar.Tehran()
	}
}

// ParseDaftar measures calendar.Parse on texts such as "1403/01/15".
func ParseDaftar(b *testing.B) { parseDaftar(b, &in.Texts) }

// parseDaftar measures calendar.Parse on texts.
func parseDaftar(b *testing.B, texts *[inputCount]string) {
	b.ReportAllocs()
	var (
		d   calendar.Date
		err error
	)
	i := 0
	for b.Loop() {
		d, err = calendar.Parse(texts[i&inputMask])
		i++
	}
	sinkDate, sinkErr = d, err
}

// ParseTextDaftar measures calendar.Parse on datelines such as
// "چهارشنبه ۱۵ فروردین ۱۴۰۳ - ۱۲:۴۷".
func ParseTextDaftar(b *testing.B) { parseDaftar(b, &in.Prose) }
