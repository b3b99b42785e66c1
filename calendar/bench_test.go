package calendar

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// benchDates spreads the inputs over years so no benchmark measures one
// cached value.
var benchDates = func() []Date {
	ds := make([]Date, 256)
	d := Must(New(1300, Farvardin, 1))
	for i := range ds {
		ds[i] = d
		d = d.AddDays(283)
	}
	return ds
}()

var (
	sinkDate  Date
	sinkTime  time.Time
	sinkBytes []byte
	sinkStr   string
	sinkLoc   *time.Location
)

// benchZones are the locations FromTime and In are measured in: Tehran for
// recent dates (the zone's current period, which Go caches), Tehran for dates
// spread over 1300-1500 (Go searches the zone's transitions for those before
// 2022), and UTC.
var benchZones = []struct {
	name  string
	loc   func() *time.Location
	dates []Date
}{
	{"Tehran/recent", Tehran, recentDates},
	{"Tehran/1300-1500", Tehran, benchDates},
	{"UTC/1300-1500", func() *time.Location { return time.UTC }, benchDates},
}

// recentDates are dates of 1402-1410, after Iran abolished summer time.
var recentDates = func() []Date {
	ds := make([]Date, 256)
	d := Must(New(1402, Farvardin, 1))
	for i := range ds {
		ds[i] = d
		d = d.AddDays(13)
	}
	return ds
}()

func BenchmarkFromTime(b *testing.B) {
	for _, z := range benchZones {
		b.Run(z.name, func(b *testing.B) {
			times := make([]time.Time, len(z.dates))
			for i, d := range z.dates {
				times[i] = d.In(z.loc()).Add(13 * time.Hour)
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				sinkDate = FromTime(times[i%len(times)])
				i++
			}
		})
	}
}

func BenchmarkIn(b *testing.B) {
	for _, z := range benchZones {
		b.Run(z.name, func(b *testing.B) {
			loc := z.loc()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				sinkTime = z.dates[i%len(z.dates)].In(loc)
				i++
			}
		})
	}
}

func BenchmarkString(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkStr = benchDates[i%len(benchDates)].String()
		i++
	}
}

func BenchmarkAppendText(b *testing.B) {
	buf := make([]byte, 0, 16)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		buf, _ = benchDates[i%len(benchDates)].AppendText(buf[:0])
		i++
	}
	sinkBytes = buf
}

func BenchmarkAppendFormatFull(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		buf = benchDates[i%len(benchDates)].AppendFormat(buf[:0], Full|PersianDigits)
		i++
	}
	sinkBytes = buf
}

func BenchmarkAddDays(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkDate = benchDates[i%len(benchDates)].AddDays(61)
		i++
	}
}

func BenchmarkAddMonths(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkDate = benchDates[i%len(benchDates)].AddMonths(1)
		i++
	}
}

func BenchmarkTehran(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkLoc = Tehran()
	}
}

func BenchmarkParse(b *testing.B) {
	for _, s := range []string{"1403/01/15", "۱۴۰۳/۰۱/۱۵"} {
		b.Run(s, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				sinkDate, _ = Parse(s)
			}
		})
	}
}

func BenchmarkParseText(b *testing.B) {
	for _, s := range []string{
		"یکشنبه ۱ فروردین ۱۴۰۰ - ۱۲:۴۷",
		"20/06/97",
		"يكشنبه 26 خرداد 1398 18:26:05",
		"چهارشنبه / ۲۰ اسفند / ۱۴۰۴ - 11 March, 2026",
	} {
		b.Run(s, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				sinkDate, _ = Parse(s)
			}
		})
	}
}

func BenchmarkFindAll(b *testing.B) {
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(paths) == 0 {
		b.Skip("../shared/seeds is not here; the seed texts are needed for this benchmark")
	}
	var text strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		text.Write(data)
		text.WriteByte('\n')
	}
	s := text.String()
	var p Parser
	b.Run("All", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		for b.Loop() {
			for m := range p.All(s) {
				sinkDate = m.Date
			}
		}
	})
	b.Run("FindAll", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		for b.Loop() {
			sinkMatches = FindAll(s)
		}
	})
}

var sinkMatches []Match

// benchmarkRule measures the time per occurrence of r over 1000
// occurrences.
func benchmarkRule(b *testing.B, r Rule) {
	start := Must(New(1403, Shahrivar, 31))
	seq := r.All(start)
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for d := range seq {
			sinkDate = d
			if n++; n == 1000 {
				break
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1000, "ns/occurrence")
}

func BenchmarkRuleMonthly(b *testing.B) {
	benchmarkRule(b, Rule{Freq: Monthly, Interval: 3, Skip: SkipBackward})
}

func BenchmarkRuleWeekly(b *testing.B) {
	benchmarkRule(b, Rule{Freq: Weekly, ByDay: []WeekdayNum{{Weekday: time.Monday}, {Weekday: time.Wednesday}}})
}

func BenchmarkRuleMonthlyLastFriday(b *testing.B) {
	benchmarkRule(b, Rule{Freq: Monthly, ByDay: []WeekdayNum{{N: -1, Weekday: time.Friday}}})
}

func BenchmarkIsWorkday(b *testing.B) {
	w := IranWorkdays()
	w.IsWorkday(benchDates[0]) // build the holiday table outside the loop
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkBool = w.IsWorkday(benchDates[i&255])
		i++
	}
}

var sinkBool bool
