package calendar

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestHotPathsDoNotAllocate(t *testing.T) {
	loc := Tehran()
	tm := time.Date(2024, 3, 20, 10, 0, 0, 0, loc)
	d := Must(New(1403, Shahrivar, 31))
	buf := make([]byte, 0, 64)
	var sink Date
	var sinkTime time.Time
	for name, f := range map[string]func(){
		"FromTime":      func() { sink = FromTime(tm) },
		"In":            func() { sinkTime = d.In(loc) },
		"AddDays":       func() { sink = d.AddDays(61) },
		"AddMonths":     func() { sink = d.AddMonths(1) },
		"AddYears":      func() { sink = d.AddYears(1) },
		"AppendText":    func() { buf, _ = d.AppendText(buf[:0]) },
		"AppendFormat":  func() { buf = d.AppendFormat(buf[:0], Full|PersianDigits) },
		"Parse":         func() { sink, _ = Parse("1403/01/15") },
		"ParsePersian":  func() { sink, _ = Parse("۱۴۰۳/۰۱/۱۵") },
		"Tehran":        func() { loc = Tehran() },
		"ParseText":     func() { sink, _ = Parse("یکشنبه ۱ فروردین ۱۴۰۰ - ۱۲:۴۷") },
		"ParseDayFirst": func() { sink, _ = Parse("20/06/97") },
		"ParseMatch":    func() { sinkMatch, _ = ParseMatch("سه شنبه مورخ 20/06/97 ساعت 10:30") },
		"All": func() {
			for m := range all("تاریخ: 1395/02/14 و ۲۲:۱۵ - جمعه ۰۷ شهریور ۱۳۹۳") {
				sinkMatch = m
			}
		},
		"Week": func() { _ = d.Week() },
	} {
		assert.Zero(t, testing.AllocsPerRun(100, f), name)
	}
	assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { sinkStr = d.String() }), "String")
	_, _ = sink, sinkTime
}

var sinkMatch Match

// all is Parser.All of the zero Parser.
func all(text string) func(func(Match) bool) { return Parser{}.All(text) }
