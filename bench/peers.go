package bench

import (
	"testing"
	"time"

	"github.com/daftar-go/daftar/calendar"
	"github.com/jalaali/go-jalaali"
	ptime "github.com/yaa110/go-persian-calendar"
)

// FromTimePtime measures ptime.New on the instants of FromTimeDaftar.
func FromTimePtime(b *testing.B) {
	b.ReportAllocs()
	var p ptime.Time
	i := 0
	for b.Loop() {
		p = ptime.New(in.Instants[i&inputMask])
		i++
	}
	sinkPtime = p
}

// FromTimeJalaali measures jalaali.ToJalaali on the civil dates of the
// instants of FromTimeDaftar, including the call to time.Time.Date.
func FromTimeJalaali(b *testing.B) {
	b.ReportAllocs()
	var (
		y, d int
		m    jalaali.Month
		err  error
	)
	i := 0
	for b.Loop() {
		y, m, d, err = jalaali.ToJalaali(in.Instants[i&inputMask].Date())
		i++
	}
	sinkInt, sinkErr = y*512+int(m)*32+d, err
}

// InPtime measures ptime.Time.Time, the Gregorian time of a ptime value at
// midnight in Tehran.
func InPtime(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkTime = in.Ptimes[i&inputMask].Time()
		i++
	}
}

// InJalaali measures jalaali.ToGregorian followed by time.Date at midnight
// in Tehran, the same result as InDaftar.
func InJalaali(b *testing.B) {
	b.ReportAllocs()
	loc := calendar.Tehran()
	i := 0
	for b.Loop() {
		d := in.Dates[i&inputMask]
		gy, gm, gd, _ := jalaali.ToGregorian(d.Year(), jalaali.Month(d.Month()), d.Day())
		sinkTime = time.Date(gy, gm, gd, 0, 0, 0, 0, loc)
		i++
	}
}

// StringPtime measures ptime.Time.Format("yyyy/MM/dd").
func StringPtime(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkText = in.Ptimes[i&inputMask].Format("yyyy/MM/dd")
		i++
	}
}

// AddMonthsPtime measures ptime.Time.AddDate(0, 1, 0).
func AddMonthsPtime(b *testing.B) {
	b.ReportAllocs()
	var p ptime.Time
	i := 0
	for b.Loop() {
		p = in.Ptimes[i&inputMask].AddDate(0, 1, 0)
		i++
	}
	sinkPtime = p
}

// AddDaysPtime measures ptime.Time.AddDate(0, 0, 61).
func AddDaysPtime(b *testing.B) {
	b.ReportAllocs()
	var p ptime.Time
	i := 0
	for b.Loop() {
		p = in.Ptimes[i&inputMask].AddDate(0, 0, 61)
		i++
	}
	sinkPtime = p
}

// TehranPtime measures ptime.Iran, which loads the zone on every call.
func TehranPtime(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkLoc = ptime.Iran()
	}
}
