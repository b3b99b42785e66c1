package calendar

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// first returns the first n occurrences of r from start, as text.
func first(r Rule, start string, n int) []string {
	var out []string
	for d := range r.All(Must(Parse(start))) {
		out = append(out, d.String())
		if len(out) == n {
			break
		}
	}
	return out
}

// ruleVectors are rules with their first occurrences: RFC 5545's and RFC
// 7529's examples restated in Jalali months, and the cases DESIGN 2.6
// names.
var ruleVectors = []struct {
	rule  string
	start string
	want  []string
}{
	// Every three months lands on the first of the month, not 31 Khordad.
	{"FREQ=MONTHLY;INTERVAL=3", "1404/01/01", []string{"1404/01/01", "1404/04/01", "1404/07/01", "1404/10/01", "1405/01/01"}},
	// RFC 7529: without SKIP, a day the month lacks is omitted.
	{"FREQ=MONTHLY", "1403/06/31", []string{"1403/06/31", "1404/01/31", "1404/02/31"}},
	{"RRULE:RSCALE=PERSIAN;FREQ=MONTHLY;SKIP=BACKWARD", "1403/06/31", []string{"1403/06/31", "1403/07/30", "1403/08/30", "1403/09/30", "1403/10/30", "1403/11/30", "1403/12/30", "1404/01/31"}},
	{"FREQ=MONTHLY;SKIP=FORWARD;COUNT=4", "1403/06/31", []string{"1403/06/31", "1403/08/01", "1403/09/01", "1403/10/01"}},
	// 30 Esfand of a leap year, under each SKIP.
	{"FREQ=YEARLY", "1403/12/30", []string{"1403/12/30", "1408/12/30", "1412/12/30"}},
	{"FREQ=YEARLY;SKIP=BACKWARD", "1403/12/30", []string{"1403/12/30", "1404/12/29", "1405/12/29", "1406/12/29", "1407/12/29", "1408/12/30"}},
	{"FREQ=YEARLY;SKIP=FORWARD", "1403/12/30", []string{"1403/12/30", "1405/01/01", "1406/01/01", "1407/01/01", "1408/01/01", "1408/12/30"}},
	{"FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=30", "1400/01/01", []string{"1400/01/01", "1403/12/30", "1408/12/30"}},
	// RFC 5545: daily for 10 occurrences; every other day until a date.
	{"FREQ=DAILY;COUNT=10", "1376/06/11", []string{"1376/06/11", "1376/06/12", "1376/06/13", "1376/06/14", "1376/06/15", "1376/06/16", "1376/06/17", "1376/06/18", "1376/06/19", "1376/06/20"}},
	{"FREQ=DAILY;INTERVAL=10;COUNT=5", "1376/06/11", []string{"1376/06/11", "1376/06/21", "1376/06/31", "1376/07/10", "1376/07/20"}},
	{"FREQ=DAILY;UNTIL=19970907", "1376/06/11", []string{"1376/06/11", "1376/06/12", "1376/06/13", "1376/06/14", "1376/06/15", "1376/06/16"}},
	// RFC 5545: weekly on Tuesday and Sunday, every other week, and WKST.
	{"FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", "1376/05/14", []string{"1376/05/14", "1376/05/19", "1376/05/28", "1376/06/02"}},
	{"FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", "1376/05/14", []string{"1376/05/14", "1376/05/26", "1376/05/28", "1376/06/09"}},
	// The Iranian default week starts on Saturday.
	{"FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=FR,SA", "1403/01/01", []string{"1403/01/01", "1403/01/03", "1403/01/11", "1403/01/17"}},
	{"FREQ=WEEKLY;COUNT=3", "1403/01/01", []string{"1403/01/01", "1403/01/08", "1403/01/15"}},
	// RFC 5545: monthly on the first Friday; on the first and last Sunday;
	// on the second-to-last Monday; on the third-to-last day.
	{"FREQ=MONTHLY;COUNT=4;BYDAY=1FR", "1403/01/01", []string{"1403/01/01", "1403/01/03", "1403/02/07", "1403/03/04"}},
	{"FREQ=MONTHLY;COUNT=5;BYDAY=1SU,-1SU", "1403/01/05", []string{"1403/01/05", "1403/01/26", "1403/02/02", "1403/02/30", "1403/03/06"}},
	{"FREQ=MONTHLY;COUNT=3;BYDAY=-2MO", "1403/01/01", []string{"1403/01/01", "1403/01/20", "1403/02/24"}},
	{"FREQ=MONTHLY;BYMONTHDAY=-3;COUNT=4", "1403/06/01", []string{"1403/06/01", "1403/06/29", "1403/07/28", "1403/08/28"}},
	{"FREQ=MONTHLY;BYMONTHDAY=2,15;COUNT=4", "1403/01/01", []string{"1403/01/01", "1403/01/02", "1403/01/15", "1403/02/02"}},
	{"FREQ=MONTHLY;BYMONTHDAY=1,-1;COUNT=5", "1403/06/01", []string{"1403/06/01", "1403/06/31", "1403/07/01", "1403/07/30", "1403/08/01"}},
	// RFC 5545: every Friday the 13th; the last workday of the month.
	{"FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13;COUNT=3", "1403/01/01", []string{"1403/01/01", "1403/07/13", "1404/04/13"}},
	{"FREQ=MONTHLY;BYDAY=SA,SU,MO,TU,WE;BYSETPOS=-1;COUNT=4", "1403/01/01", []string{"1403/01/01", "1403/01/29", "1403/02/31", "1403/03/30"}},
	// RFC 5545: yearly in months 1 and 2 (the start's day); every 20th
	// Monday of the year; the last Friday of each month of a season.
	{"FREQ=YEARLY;BYMONTH=1,2;COUNT=5", "1403/01/10", []string{"1403/01/10", "1403/02/10", "1404/01/10", "1404/02/10", "1405/01/10"}},
	{"FREQ=YEARLY;BYDAY=20MO;COUNT=3", "1403/01/01", []string{"1403/01/01", "1403/05/15", "1404/05/13"}},
	{"FREQ=YEARLY;BYMONTH=1,2,3;BYDAY=-1FR;COUNT=4", "1403/01/01", []string{"1403/01/01", "1403/01/31", "1403/02/28", "1403/03/25"}},
	// RFC 5545: the third Tuesday, Wednesday or Thursday of the month;
	// and BYSETPOS in a weekly rule, counted over the whole week.
	{"FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", "1403/01/01", []string{"1403/01/01", "1403/01/07", "1403/02/06"}},
	{"FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=-1;COUNT=3", "1403/01/04", []string{"1403/01/04", "1403/01/10", "1403/01/17"}},
	{"FREQ=DAILY;BYDAY=SA;BYSETPOS=1;COUNT=3", "1403/01/01", []string{"1403/01/01", "1403/01/04", "1403/01/11"}},
	// UNTIL in Jalali, inclusive.
	{"FREQ=MONTHLY;UNTIL=1403/04/15", "1403/01/15", []string{"1403/01/15", "1403/02/15", "1403/03/15", "1403/04/15"}},
}

func TestRuleVectors(t *testing.T) {
	for _, c := range ruleVectors {
		t.Run(c.rule+" from "+c.start, func(t *testing.T) {
			r, err := ParseRule(c.rule)
			require.NoError(t, err)
			got := first(r, c.start, len(c.want))
			assert.Equal(t, c.want, got)
		})
	}
}

func TestRuleCountAndUntilStop(t *testing.T) {
	r := Must2(ParseRule("FREQ=MONTHLY;COUNT=3"))
	assert.Equal(t, []string{"1403/01/15", "1403/02/15", "1403/03/15"}, first(r, "1403/01/15", 10))
	r = Must2(ParseRule("FREQ=MONTHLY;UNTIL=20240704")) // 1403/04/14
	assert.Equal(t, []string{"1403/01/15", "1403/02/15", "1403/03/15"}, first(r, "1403/01/15", 10))
	r = Must2(ParseRule("FREQ=YEARLY"))
	assert.Equal(t, []string{"2999/05/05", "3000/05/05"}, first(r, "2999/05/05", 10), "ends with the supported years")
	r = Must2(ParseRule("FREQ=MONTHLY;BYMONTH=7;BYMONTHDAY=31"))
	assert.Equal(t, []string{"1403/01/01"}, first(r, "1403/01/01", 10), "Mehr has no 31st: only the start")
}

// Must2 returns the rule, or fails; for tests.
func Must2(r Rule, err error) Rule {
	if err != nil {
		panic(err)
	}
	return r
}

// ruleOracle says, day by day and from the definitions alone, whether d is
// an occurrence of r from start: it is in a period the interval selects,
// and it satisfies every BY part (with the start's day or month where the
// rule names none). It covers rules without BYSETPOS and with SKIP=OMIT.
func ruleOracle(r Rule, start, d Date) bool {
	if d == start {
		return true
	}
	if d.Before(start) {
		return false
	}
	n := r.interval()
	var k int
	switch r.Freq {
	case Daily:
		k = d.DaysSince(start)
	case Weekly:
		ws := int(r.WeekStart.Weekday())
		weekOf := func(x Date) int { return (x.epochDay() - (int(x.Weekday())-ws+7)%7) / 7 }
		k = weekOf(d) - weekOf(start)
	case Monthly:
		k = (d.Year()-start.Year())*12 + int(d.Month()) - int(start.Month())
	case Yearly:
		k = d.Year() - start.Year()
	}
	if k%n != 0 {
		return false
	}
	if len(r.ByMonth) > 0 && !slices.Contains(r.ByMonth, d.Month()) {
		return false
	}
	if len(r.ByMonthDay) > 0 && !r.hasMonthDay(d) {
		return false
	}
	for _, x := range r.ByDay {
		if x.Weekday != d.Weekday() {
			continue
		}
		nth, last := (d.Day()-1)/7+1, (DaysIn(d.Year(), d.Month())-d.Day())/7+1
		if r.Freq == Yearly && len(r.ByMonth) == 0 && len(r.ByMonthDay) == 0 {
			nth, last = (d.YearDay()-1)/7+1, (yearLength(d.Year())-d.YearDay())/7+1
		}
		if x.N == 0 || x.N == nth || x.N == -last {
			goto weekdayOK
		}
	}
	if len(r.ByDay) > 0 {
		return false
	}
weekdayOK:
	switch r.Freq {
	case Weekly:
		if len(r.ByDay) == 0 {
			return d.Weekday() == start.Weekday()
		}
	case Monthly:
		if len(r.ByDay) == 0 && len(r.ByMonthDay) == 0 {
			return d.Day() == start.Day()
		}
	case Yearly:
		if len(r.ByDay) == 0 && len(r.ByMonthDay) == 0 {
			return d.Day() == start.Day() && (len(r.ByMonth) > 0 || d.Month() == start.Month())
		}
	}
	return true
}

func TestRuleAgreesWithOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(1403, 1404))
	for i := 0; i < 400; i++ {
		r := randomRule(rng)
		start := Must(New(1395+rng.IntN(10), Month(1+rng.IntN(12)), 1+rng.IntN(29)))
		end := start.AddYears(6)
		if r.Freq == Daily || r.Freq == Weekly {
			end = start.AddDays(400)
		}
		var got, want []Date
		for d := range r.All(start) {
			if d.After(end) {
				break
			}
			got = append(got, d)
		}
		for d := start; !d.After(end); d = d.AddDays(1) {
			if ruleOracle(r, start, d) {
				want = append(want, d)
			}
		}
		require.Equal(t, want, got, "%v from %v", r, start)
	}
}

// randomRule returns a rule of the kind ruleOracle covers.
func randomRule(rng *rand.Rand) Rule {
	r := Rule{Freq: Frequency(1 + rng.IntN(4)), Interval: rng.IntN(4)}
	if rng.IntN(3) == 0 {
		for range 1 + rng.IntN(3) {
			r.ByMonth = append(r.ByMonth, Month(1+rng.IntN(12)))
		}
		slices.Sort(r.ByMonth)
		r.ByMonth = slices.Compact(r.ByMonth)
	}
	if r.Freq != Weekly && rng.IntN(3) == 0 {
		for range 1 + rng.IntN(3) {
			md := 1 + rng.IntN(31)
			if rng.IntN(3) == 0 {
				md = -md
			}
			r.ByMonthDay = append(r.ByMonthDay, md)
		}
	}
	if rng.IntN(2) == 0 {
		for range 1 + rng.IntN(3) {
			x := WeekdayNum{Weekday: time.Weekday(rng.IntN(7))}
			if (r.Freq == Monthly || r.Freq == Yearly && len(r.ByMonth) > 0) && len(r.ByMonthDay) == 0 && rng.IntN(2) == 0 {
				x.N = 1 + rng.IntN(4)
				if rng.IntN(2) == 0 {
					x.N = -x.N
				}
			}
			r.ByDay = append(r.ByDay, x)
		}
	}
	if r.Freq == Weekly {
		r.WeekStart = WeekStart(rng.IntN(7))
	}
	return r
}

// persianPhrases are DESIGN 2.6's phrases with the rule each means.
var persianPhrases = []struct {
	phrase string
	rule   string
}{
	{"هفتگی", "RSCALE=PERSIAN;FREQ=WEEKLY;WKST=SA;SKIP=BACKWARD"},
	{"هر هفته", "RSCALE=PERSIAN;FREQ=WEEKLY;WKST=SA;SKIP=BACKWARD"},
	{"هفته‌ای یک بار", "RSCALE=PERSIAN;FREQ=WEEKLY;WKST=SA;SKIP=BACKWARD"},
	{"هر دو هفته یک بار", "RSCALE=PERSIAN;FREQ=WEEKLY;INTERVAL=2;WKST=SA;SKIP=BACKWARD"},
	{"ماهانه", "RSCALE=PERSIAN;FREQ=MONTHLY;SKIP=BACKWARD"},
	{"ماهیانه", "RSCALE=PERSIAN;FREQ=MONTHLY;SKIP=BACKWARD"},
	{"هر ماه", "RSCALE=PERSIAN;FREQ=MONTHLY;SKIP=BACKWARD"},
	{"ماهی یکبار", "RSCALE=PERSIAN;FREQ=MONTHLY;SKIP=BACKWARD"},
	{"هر سه ماه یکبار", "RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=3;SKIP=BACKWARD"},
	{"هر 3 ماه يكبار", "RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=3;SKIP=BACKWARD"},
	{"هر ۳ ماه یک‌بار", "RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=3;SKIP=BACKWARD"},
	{"سه ماه یک بار", "RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=3;SKIP=BACKWARD"},
	{"فصلی", "RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=3;SKIP=BACKWARD"},
	{"هر فصل", "RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=3;SKIP=BACKWARD"},
	{"شش ماه یکبار", "RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=6;SKIP=BACKWARD"},
	{"هر شش ماه", "RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=6;SKIP=BACKWARD"},
	{"سالانه", "RSCALE=PERSIAN;FREQ=YEARLY;SKIP=BACKWARD"},
	{"هر سال", "RSCALE=PERSIAN;FREQ=YEARLY;SKIP=BACKWARD"},
	{"سالی یک بار", "RSCALE=PERSIAN;FREQ=YEARLY;SKIP=BACKWARD"},
	{"روزانه", "RSCALE=PERSIAN;FREQ=DAILY;SKIP=BACKWARD"},
	{"هر پانزده روز یک بار", "RSCALE=PERSIAN;FREQ=DAILY;INTERVAL=15;SKIP=BACKWARD"},
	{"دو ماه یکبار", "RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=2;SKIP=BACKWARD"},
	{"شش‌ماهه", "RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=6;SKIP=BACKWARD"},
	{"یک بار در ماه", "RSCALE=PERSIAN;FREQ=MONTHLY;SKIP=BACKWARD"},
	{"هر دو سال", "RSCALE=PERSIAN;FREQ=YEARLY;INTERVAL=2;SKIP=BACKWARD"},
	{"هر روز", "RSCALE=PERSIAN;FREQ=DAILY;SKIP=BACKWARD"},
	{"هر دوشنبه", "RSCALE=PERSIAN;FREQ=WEEKLY;BYDAY=MO;WKST=SA;SKIP=BACKWARD"},
	{"هر سه‌شنبه و پنج شنبه", "RSCALE=PERSIAN;FREQ=WEEKLY;BYDAY=TU,TH;WKST=SA;SKIP=BACKWARD"},
	{"دوشنبه‌ها", "RSCALE=PERSIAN;FREQ=WEEKLY;BYDAY=MO;WKST=SA;SKIP=BACKWARD"},
	{"اولین شنبه هر ماه", "RSCALE=PERSIAN;FREQ=MONTHLY;BYDAY=1SA;SKIP=BACKWARD"},
	{"آخرین پنجشنبه هر ماه", "RSCALE=PERSIAN;FREQ=MONTHLY;BYDAY=-1TH;SKIP=BACKWARD"},
	{"سه شنبه اول هر ماه", "RSCALE=PERSIAN;FREQ=MONTHLY;BYDAY=1TU;SKIP=BACKWARD"},
	{"آخرین روز هر ماه", "RSCALE=PERSIAN;FREQ=MONTHLY;BYMONTHDAY=-1;SKIP=BACKWARD"},
	{"روز اول هر ماه", "RSCALE=PERSIAN;FREQ=MONTHLY;BYMONTHDAY=1;SKIP=BACKWARD"},
	{"روز ۱۵ هر ماه", "RSCALE=PERSIAN;FREQ=MONTHLY;BYMONTHDAY=15;SKIP=BACKWARD"},
	{"پانزدهم هر ماه", "RSCALE=PERSIAN;FREQ=MONTHLY;BYMONTHDAY=15;SKIP=BACKWARD"},
	{"آخرین روز هر سال", "RSCALE=PERSIAN;FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1;SKIP=BACKWARD"},
	{"ماهانه تا ۱۴۰۳/۱۲/۳۰", "RSCALE=PERSIAN;FREQ=MONTHLY;UNTIL=20250320;SKIP=BACKWARD"},
}

func TestParseRulePhrases(t *testing.T) {
	for _, c := range persianPhrases {
		t.Run(c.phrase, func(t *testing.T) {
			r, err := ParseRule(c.phrase)
			require.NoError(t, err)
			assert.Equal(t, c.rule, r.String())
			assert.Equal(t, SkipBackward, r.Skip)
		})
	}
	// DESIGN 2.6's worked examples.
	r := Must2(ParseRule("هر سه ماه یکبار"))
	assert.Equal(t, []string{"1404/01/01", "1404/04/01", "1404/07/01", "1404/10/01"}, first(r, "1404/01/01", 4))
	r = Must2(ParseRule("ماهانه"))
	assert.Equal(t, []string{"1403/06/31", "1403/07/30", "1403/08/30", "1403/09/30", "1403/10/30",
		"1403/11/30", "1403/12/30", "1404/01/31"}, first(r, "1403/06/31", 8))
}

func TestRulePersianReadsBack(t *testing.T) {
	for _, c := range persianPhrases {
		r := Must2(ParseRule(c.phrase))
		text := r.Persian()
		back, err := ParseRule(text)
		require.NoError(t, err, "%s → %s", c.phrase, text)
		assert.True(t, r.Equal(back), "%s → %s → %v", c.phrase, text, back)
	}
	for rule, want := range map[string]string{
		"FREQ=MONTHLY;INTERVAL=3;COUNT=4":              "هر سه ماه یک بار، ۴ بار",
		"FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,MO":           "هر دو هفته یک بار، شنبه و دوشنبه",
		"FREQ=MONTHLY;BYDAY=-1FR":                      "آخرین جمعه هر ماه",
		"FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=15":          "روز ۱۵ هر سال، در مهر",
		"FREQ=DAILY;INTERVAL=15;UNTIL=1403/12/29":      "هر ۱۵ روز یک بار تا ۲۹ اسفند ۱۴۰۳",
		"FREQ=MONTHLY;BYDAY=SA,SU,MO,TU,WE;BYSETPOS=1": "شنبه‌ها و یکشنبه‌ها و دوشنبه‌ها و سه\u200cشنبه‌ها و چهارشنبه‌ها هر ماه، از روزهای هر دوره: اولین",
		"": "یک بار",
	} {
		var r Rule
		if rule != "" {
			r = Must2(ParseRule(rule))
		}
		assert.Equal(t, want, r.Persian(), rule)
	}
}

func TestParseRuleErrors(t *testing.T) {
	for _, c := range []struct {
		in     string
		offset int
		part   string
		detail string
	}{
		{"FREQ=MONTHLY;COUNT=3;UNTIL=20250101", 13, "COUNT", "COUNT and UNTIL exclude each other"},
		{"FREQ=WEEKLY;BYDAY=1MO", 12, "BYDAY", "needs FREQ=MONTHLY or YEARLY"},
		{"FREQ=DAILY;BYDAY=-1FR", 11, "BYDAY", "needs FREQ=MONTHLY or YEARLY"},
		{"FREQ=DAILY;INTERVAL=0", 20, "INTERVAL", "at least 1"},
		{"FREQ=DAILY;COUNT=-2", 17, "COUNT", "at least 1"},
		{"FREQ=WEEKLY;BYMONTHDAY=3", 12, "BYMONTHDAY", "not allowed with FREQ=WEEKLY"},
		{"FREQ=MONTHLY;BYMONTHDAY=0", 13, "BYMONTHDAY", "0 is not in 1..31"},
		{"FREQ=YEARLY;BYMONTH=13", 12, "BYMONTH", "13 is not in 1..12"},
		{"FREQ=YEARLY;BYMONTH=5L", 20, "BYMONTH", "leap months"},
		{"FREQ=MONTHLY;BYSETPOS=1", 13, "BYSETPOS", "needs another BY part"},
		{"FREQ=MONTHLY;BYDAY=6MO", 13, "BYDAY", "ordinal out of range"},
		{"FREQ=MONTHLY;RSCALE=GREGORIAN", 20, "RSCALE", "not supported"},
		{"FREQ=MONTHLY;BYWEEKNO=3", 13, "BYWEEKNO", "not supported"},
		{"FREQ=HOURLY", 5, "FREQ", "not supported"},
		{"FREQ=FORTNIGHTLY", 5, "FREQ", "unknown frequency"},
		{"FREQ=MONTHLY;FREQ=DAILY", 13, "FREQ", "given twice"},
		{"FREQ=MONTHLY;COLOR=RED", 13, "COLOR", "unknown rule part"},
		{"INTERVAL=2", 0, "FREQ", "missing"},
		{"FREQ=MONTHLY;UNTIL=2025", 19, "UNTIL", "is not a date"},
		{"FREQ=MONTHLY;;COUNT=2", 13, "", "empty part"},
		{"RRULE:", 6, "", "empty rule"},
		{"هر وقت که شد", 0, "", "not RRULE text, nor a Persian phrase"},
		{"ماهانه تا فردا", 18, "UNTIL", "is not a date"},
	} {
		t.Run(c.in, func(t *testing.T) {
			_, err := ParseRule(c.in)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidRule)
			var re *RuleError
			require.True(t, errors.As(err, &re))
			assert.Equal(t, c.in, re.Input)
			assert.Equal(t, c.offset, re.Offset, "%v", err)
			assert.Equal(t, c.part, re.Part)
			assert.Contains(t, err.Error(), c.detail)
		})
	}
}

func TestRuleValidate(t *testing.T) {
	assert.NoError(t, Rule{}.Validate())
	assert.NoError(t, Rule{Freq: Monthly, Interval: 3}.Validate())
	for _, r := range []Rule{
		{Count: 2},
		{Freq: 9},
		{Freq: Daily, Interval: -1},
		{Freq: Daily, Skip: 7},
		{Freq: Daily, WeekStart: 9},
		{Freq: Daily, ByDay: []WeekdayNum{{Weekday: 8}}},
	} {
		err := r.Validate()
		assert.ErrorIs(t, err, ErrInvalidRule, "%+v", r)
		assert.Empty(t, slices.Collect(r.All(Must(New(1403, 1, 1)))), "an invalid rule yields nothing")
	}
}

func TestRuleZeroValueAndStart(t *testing.T) {
	start := Must(New(1403, Mehr, 9))
	assert.Equal(t, []Date{start}, slices.Collect(Rule{}.All(start)), "the zero Rule is a one-off")
	assert.Empty(t, slices.Collect(Rule{Freq: Daily}.All(Date{})))
	r := Rule{Freq: Daily, Until: Must(New(1403, Mehr, 1))}
	assert.Empty(t, slices.Collect(r.All(start)), "UNTIL before the start")
	r = Rule{Freq: Monthly, Count: 1}
	assert.Equal(t, []Date{start}, slices.Collect(r.All(start)))
}

func TestRuleBetweenAndAfter(t *testing.T) {
	r := Must2(ParseRule("هر سه ماه یکبار"))
	start := Must(New(1400, Farvardin, 1))
	var got []string
	for d := range r.Between(start, Must(New(1403, Farvardin, 2)), Must(New(1404, Farvardin, 1))) {
		got = append(got, d.String())
	}
	assert.Equal(t, []string{"1403/04/01", "1403/07/01", "1403/10/01", "1404/01/01"}, got)

	next, ok := r.After(start, Must(New(1403, Esfand, 30)))
	require.True(t, ok)
	assert.Equal(t, "1404/01/01", next.String())
	_, ok = Rule{Freq: Monthly, Count: 2}.After(start, Must(New(1401, Farvardin, 1)))
	assert.False(t, ok)
}

func TestRuleStringRoundTrips(t *testing.T) {
	for _, c := range ruleVectors {
		r := Must2(ParseRule(c.rule))
		back, err := ParseRule(r.String())
		require.NoError(t, err, r.String())
		assert.Equal(t, r, back, r.String())
		assert.True(t, strings.HasPrefix(r.String(), "RSCALE=PERSIAN;FREQ="))
	}
	r := Rule{Freq: Weekly, Interval: 1, WeekStart: WeekStartOn(time.Monday), ByDay: []WeekdayNum{{Weekday: time.Friday}}}
	assert.Equal(t, "RSCALE=PERSIAN;FREQ=WEEKLY;BYDAY=FR;WKST=MO", r.String())
	assert.True(t, r.Equal(Must2(ParseRule(r.String()))))
	assert.Equal(t, time.Monday, r.WeekStart.Weekday())
	assert.Equal(t, time.Saturday, WeekStart(0).Weekday())
}

func TestRuleNamesPrint(t *testing.T) {
	assert.Equal(t, "MONTHLY", Monthly.String())
	assert.Equal(t, "%!Frequency(9)", Frequency(9).String())
	assert.Equal(t, "BACKWARD", SkipBackward.String())
	assert.Equal(t, "%!Skip(5)", Skip(5).String())
	assert.Equal(t, "-1FR", WeekdayNum{N: -1, Weekday: time.Friday}.String())
	assert.Equal(t, "2%!Weekday(9)", WeekdayNum{N: 2, Weekday: 9}.String())
	assert.Contains(t, (&RuleError{Part: "COUNT", Reason: "x"}).Error(), "calendar: rule COUNT: x")
}

func TestRuleIterationDoesNotAllocate(t *testing.T) {
	monthly := Rule{Freq: Monthly, Interval: 3, Skip: SkipBackward}
	weekly := Rule{Freq: Weekly, ByDay: []WeekdayNum{{Weekday: time.Monday}, {Weekday: time.Wednesday}}}
	start := Must(New(1403, Shahrivar, 31))
	for name, r := range map[string]Rule{"monthly": monthly, "weekly": weekly} {
		seq := r.All(start)
		allocs := testing.AllocsPerRun(20, func() {
			n := 0
			for d := range seq {
				sinkDate = d
				if n++; n == 200 {
					break
				}
			}
		})
		assert.Zero(t, allocs, name)
	}
}
