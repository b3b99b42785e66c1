package bench

import "testing"

// A Side is one library's way of doing an operation.
type Side struct {
	Lib   string           // the library: "daftar", "ptime", "jalaali" or "rrule-go"
	Call  string           // the call measured, as written in Go
	Bench func(*testing.B) // the benchmark body
}

// A Comparison is one operation measured in daftar and in each peer that
// has an equivalent, on the same inputs.
type Comparison struct {
	Op     string // the operation, named after daftar's function
	Daftar Side
	Peers  []Side // ptime first when it has an equivalent; may be empty
}

// Comparisons lists every operation measured, in the order reported.
var Comparisons = []Comparison{
	{"FromTime", Side{"daftar", "calendar.FromTime(t)", FromTimeDaftar}, []Side{
		{"ptime", "ptime.New(t)", FromTimePtime},
		{"jalaali", "jalaali.ToJalaali(t.Date())", FromTimeJalaali},
	}},
	{"In", Side{"daftar", "d.In(loc)", InDaftar}, []Side{
		{"ptime", "p.Time()", InPtime},
		{"jalaali", "jalaali.ToGregorian + time.Date", InJalaali},
	}},
	{"String", Side{"daftar", "d.String()", StringDaftar}, []Side{
		{"ptime", `p.Format("yyyy/MM/dd")`, StringPtime},
	}},
	{"AddMonths", Side{"daftar", "d.AddMonths(1)", AddMonthsDaftar}, []Side{
		{"ptime", "p.AddDate(0, 1, 0)", AddMonthsPtime},
	}},
	{"AddDays", Side{"daftar", "d.AddDays(61)", AddDaysDaftar}, []Side{
		{"ptime", "p.AddDate(0, 0, 61)", AddDaysPtime},
	}},
	{"Tehran", Side{"daftar", "calendar.Tehran()", TehranDaftar}, []Side{
		{"ptime", "ptime.Iran()", TehranPtime},
	}},
	{"Parse", Side{"daftar", `calendar.Parse(s)`, ParseDaftar}, nil},
	{"ParseText", Side{"daftar", `calendar.Parse("چهارشنبه ۱۵ فروردین ۱۴۰۳ - ۱۲:۴۷")`, ParseTextDaftar}, nil},
	{"RuleMonthly", Side{"daftar", "Rule{Freq: Monthly, Interval: 3}.All(start), per occurrence", RuleMonthlyDaftar}, []Side{
		{"rrule-go", "FREQ=MONTHLY;INTERVAL=3 (Gregorian) Iterator(), per occurrence", RuleMonthlyRRule},
	}},
	{"RuleWeekly", Side{"daftar", "Rule{Freq: Weekly, ByDay: MO,WE}.All(start), per occurrence", RuleWeeklyDaftar}, []Side{
		{"rrule-go", "FREQ=WEEKLY;BYDAY=MO,WE Iterator(), per occurrence", RuleWeeklyRRule},
	}},
	{"IsWorkday", Side{"daftar", "calendar.IranWorkdays().IsWorkday(d)", IsWorkdayDaftar}, nil},
}

// Lookup returns the comparison of operation op, or false if there is none.
func Lookup(op string) (Comparison, bool) {
	for _, c := range Comparisons {
		if c.Op == op {
			return c, true
		}
	}
	return Comparison{}, false
}
