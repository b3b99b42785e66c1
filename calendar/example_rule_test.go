package calendar_test

import (
	"errors"
	"fmt"
	"slices"

	"github.com/daftar-go/daftar/calendar"
)

func ExampleParseRule() {
	// The memorandum says its council meets «هر سه ماه یکبار».
	r, err := calendar.ParseRule("هر سه ماه یکبار")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r)
	signed := calendar.Must(calendar.New(1404, calendar.Farvardin, 1))
	n := 0
	for d := range r.All(signed) {
		fmt.Println(d)
		if n++; n == 4 {
			break
		}
	}
	// Output:
	// RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=3;SKIP=BACKWARD
	// 1404/01/01
	// 1404/04/01
	// 1404/07/01
	// 1404/10/01
}

func ExampleParseRule_rrule() {
	// RRULE text, as a calendar program stores it: the last Friday of
	// every month, three times.
	r, _ := calendar.ParseRule("RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=3")
	for d := range r.All(calendar.Must(calendar.New(1403, calendar.Mehr, 1))) {
		fmt.Println(d, d.Weekday())
	}
	// Output:
	// 1403/07/01 Sunday
	// 1403/07/27 Friday
	// 1403/08/25 Friday
}

func ExampleRule_All() {
	// Monthly from 31 Shahrivar: RRULE text omits months without a 31st
	// (SKIP=OMIT), a review that must happen every month moves to the
	// month's last day (SKIP=BACKWARD).
	start := calendar.Must(calendar.New(1403, calendar.Shahrivar, 31))
	for _, r := range []calendar.Rule{
		{Freq: calendar.Monthly, Count: 3},
		{Freq: calendar.Monthly, Count: 3, Skip: calendar.SkipBackward},
	} {
		fmt.Println(slices.Collect(r.All(start)))
	}
	// Output:
	// [1403/06/31 1404/01/31 1404/02/31]
	// [1403/06/31 1403/07/30 1403/08/30]
}

func ExampleRule_Between() {
	r := calendar.Rule{Freq: calendar.Weekly, ByDay: []calendar.WeekdayNum{{Weekday: 1}}} // Mondays
	start := calendar.Must(calendar.New(1403, calendar.Farvardin, 1))
	from := calendar.Must(calendar.New(1403, calendar.Mehr, 1))
	to := calendar.Must(calendar.New(1403, calendar.Mehr, 20))
	for d := range r.Between(start, from, to) {
		fmt.Println(d)
	}
	// Output:
	// 1403/07/02
	// 1403/07/09
	// 1403/07/16
}

func ExampleRule_After() {
	r, _ := calendar.ParseRule("فصلی")
	signed := calendar.Must(calendar.New(1402, calendar.Ordibehesht, 14))
	today := calendar.Must(calendar.New(1403, calendar.Dey, 5))
	next, ok := r.After(signed, today)
	fmt.Println(next, ok)
	// Output: 1403/11/14 true
}

func ExampleRule_Persian() {
	for _, s := range []string{
		"FREQ=MONTHLY;INTERVAL=3",
		"FREQ=WEEKLY;BYDAY=MO,WE",
		"FREQ=MONTHLY;BYDAY=1SA;COUNT=6",
		"FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20250320",
	} {
		r, _ := calendar.ParseRule(s)
		fmt.Println(r.Persian())
	}
	// Output:
	// هر سه ماه یک بار
	// هر دوشنبه و چهارشنبه
	// اولین شنبه هر ماه، ۶ بار
	// آخرین روز هر ماه تا ۳۰ اسفند ۱۴۰۳
}

func ExampleRule_String() {
	r := calendar.Rule{Freq: calendar.Yearly, ByMonth: []calendar.Month{calendar.Esfand}, ByMonthDay: []int{-1}}
	fmt.Println(r)
	// Output: RSCALE=PERSIAN;FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1
}

func ExampleRule_Validate() {
	r := calendar.Rule{Freq: calendar.Monthly, Count: 4, Until: calendar.Must(calendar.New(1404, 1, 1))}
	fmt.Println(r.Validate())
	// Output: calendar: rule COUNT: COUNT and UNTIL exclude each other
}

func ExampleWeekStartOn() {
	// RFC 5545's example: every other week on Tuesday and Sunday; the week
	// start decides which Sunday pairs with which Tuesday.
	start := calendar.Must(calendar.New(1376, calendar.Mordad, 14)) // 1997-08-05
	for _, ws := range []calendar.WeekStart{calendar.WeekStartOn(1), calendar.WeekStartOn(0)} {
		r, _ := calendar.ParseRule("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU")
		r.WeekStart = ws
		for d := range r.All(start) {
			fmt.Print(d.In(nil).Format("Jan 2"), ", ")
		}
		fmt.Println("WKST", ws.Weekday())
	}
	// Output:
	// Aug 5, Aug 10, Aug 19, Aug 24, WKST Monday
	// Aug 5, Aug 17, Aug 19, Aug 31, WKST Sunday
}

func ExampleRule_Equal() {
	a, _ := calendar.ParseRule("FREQ=MONTHLY;INTERVAL=1")
	b := calendar.Rule{Freq: calendar.Monthly}
	fmt.Println(a.Equal(b))
	// Output: true
}

func ExampleRuleError() {
	_, err := calendar.ParseRule("FREQ=WEEKLY;BYDAY=1MO")
	var re *calendar.RuleError
	if errors.As(err, &re) {
		fmt.Println(re.Part, re.Offset)
	}
	fmt.Println(errors.Is(err, calendar.ErrInvalidRule))
	fmt.Println(err)
	// Output:
	// BYDAY 12
	// true
	// calendar: rule "FREQ=WEEKLY;BYDAY=1MO" at byte 12: BYDAY: an ordinal weekday (1MO) needs FREQ=MONTHLY or YEARLY
}
