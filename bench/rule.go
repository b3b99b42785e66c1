package bench

import (
	"testing"
	"time"

	"github.com/daftar-go/daftar/calendar"
	"github.com/teambition/rrule-go"
)

// The rule benchmarks measure one occurrence per iteration: b.N
// occurrences in all, starting over when a sequence ends.

var (
	ruleStart      = calendar.Must(calendar.New(1403, calendar.Shahrivar, 31))
	ruleStartTime  = time.Date(2024, 9, 21, 0, 0, 0, 0, time.UTC) // the same day
	monthlyRule    = calendar.Rule{Freq: calendar.Monthly, Interval: 3, Skip: calendar.SkipBackward}
	weeklyRule     = calendar.Rule{Freq: calendar.Weekly, ByDay: []calendar.WeekdayNum{{Weekday: time.Monday}, {Weekday: time.Wednesday}}}
	monthlyOptions = rrule.ROption{Freq: rrule.MONTHLY, Interval: 3, Dtstart: ruleStartTime}
	weeklyOptions  = rrule.ROption{Freq: rrule.WEEKLY, Byweekday: []rrule.Weekday{rrule.MO, rrule.WE}, Dtstart: ruleStartTime}
)

// occurrencesDaftar measures Rule.All, one occurrence per iteration.
func occurrencesDaftar(b *testing.B, r calendar.Rule) {
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; {
		for d := range r.All(ruleStart) {
			sinkDate = d
			if n++; n >= b.N {
				break
			}
		}
	}
}

// occurrencesRRule measures rrule-go's iterator on the equivalent
// Gregorian rule, one occurrence per iteration.
func occurrencesRRule(b *testing.B, opt rrule.ROption) {
	r, err := rrule.NewRRule(opt)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; {
		next := r.Iterator()
		for n < b.N {
			t, ok := next()
			if !ok {
				break
			}
			sinkTime = t
			n++
		}
	}
}

// RuleMonthlyDaftar measures every three months, in Jalali months.
func RuleMonthlyDaftar(b *testing.B) { occurrencesDaftar(b, monthlyRule) }

// RuleMonthlyRRule measures every three months with rrule-go, in Gregorian
// months.
func RuleMonthlyRRule(b *testing.B) { occurrencesRRule(b, monthlyOptions) }

// RuleWeeklyDaftar measures every Monday and Wednesday.
func RuleWeeklyDaftar(b *testing.B) { occurrencesDaftar(b, weeklyRule) }

// RuleWeeklyRRule measures every Monday and Wednesday with rrule-go.
func RuleWeeklyRRule(b *testing.B) { occurrencesRRule(b, weeklyOptions) }

// IsWorkdayDaftar measures Workdays.IsWorkday with Iran's holidays.
func IsWorkdayDaftar(b *testing.B) {
	w := calendar.IranWorkdays()
	w.IsWorkday(in.Dates[0]) // builds the holiday table
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkBool = w.IsWorkday(in.Dates[i&inputMask])
		i++
	}
}
