package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/daftar-go/daftar/calendar"
	ptime "github.com/yaa110/go-persian-calendar"
)

// A memorandum is signed, answered within ten days and reviewed a year later.
func Example() {
	signed, err := calendar.Parse("۱۴۰۳/۰۷/۱۲")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("signed:      ", signed, signed.Format(calendar.Full))
	fmt.Println("answer due:  ", signed.AddDays(10))
	fmt.Println("review due:  ", signed.AddYears(1))
	fmt.Println("quarter ends:", signed.EndOfSeason())
	// Output:
	// signed:       1403/07/12 پنجشنبه 12 مهر 1403
	// answer due:   1403/07/22
	// review due:   1404/07/12
	// quarter ends: 1403/09/30
}

func ExampleNew() {
	meeting, err := calendar.New(1403, calendar.Mehr, 12)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("board meeting held on", meeting)

	// New validates and never normalizes: Mehr has 30 days.
	_, err = calendar.New(1403, calendar.Mehr, 31)
	fmt.Println(err)
	// Output:
	// board meeting held on 1403/07/12
	// calendar: 1403/07/31: day 31 is past the end of Mehr 1403 (30 days)
}

func ExampleMust() {
	// Dates fixed in source code, such as when a charter took effect.
	charterEffective := calendar.Must(calendar.New(1402, calendar.Farvardin, 1))
	bylawsAmended := calendar.Must(calendar.Parse("1403/05/20"))

	fmt.Println("charter in effect since", charterEffective)
	fmt.Println("bylaws amended on", bylawsAmended)
	// Output:
	// charter in effect since 1402/01/01
	// bylaws amended on 1403/05/20
}

func ExampleFromTime() {
	// A memorandum was signed electronically; the server logged the instant in UTC.
	signedAt := time.Date(2024, time.October, 1, 21, 0, 0, 0, time.UTC)

	// FromTime takes the date in the time's own location: here UTC.
	fmt.Println("date in UTC:   ", calendar.FromTime(signedAt))
	// In Tehran it was already 00:30 on the next day, the date that counts.
	fmt.Println("date in Tehran:", calendar.FromTime(signedAt.In(calendar.Tehran())))
	// Output:
	// date in UTC:    1403/07/10
	// date in Tehran: 1403/07/11
}

func ExampleToday() {
	today := calendar.Today(nil) // the date in Tehran
	fmt.Println("today is set:", !today.IsZero())

	reviewDue := calendar.Must(calendar.New(1403, calendar.Farvardin, 1))
	fmt.Println("review overdue:", today.After(reviewDue))

	// The date in another location differs from Tehran's by at most a day.
	diff := today.DaysSince(calendar.Today(time.UTC))
	fmt.Println("UTC date within a day:", diff >= -1 && diff <= 1)
	// Output:
	// today is set: true
	// review overdue: true
	// UTC date within a day: true
}

func ExampleTehran() {
	// The last meeting of 1403 started at 10:30 Tehran time.
	start := time.Date(2025, time.March, 20, 10, 30, 0, 0, calendar.Tehran())
	fmt.Println(calendar.Tehran())
	fmt.Println(start.Format(time.RFC3339), "is", calendar.FromTime(start))
	fmt.Println("in UTC:", start.UTC().Format(time.RFC3339))
	// Output:
	// Asia/Tehran
	// 2025-03-20T10:30:00+03:30 is 1403/12/30
	// in UTC: 2025-03-20T07:00:00Z
}

func ExampleIsLeap() {
	// The year-end meeting is held on the last day of Esfand.
	for year := 1402; year <= 1405; year++ {
		last := 29
		if calendar.IsLeap(year) {
			last = 30
		}
		fmt.Printf("%d: leap=%t, year-end meeting on Esfand %d\n", year, calendar.IsLeap(year), last)
	}
	// Astronomy, not the bare 33-year rule: 1503 is leap, 1502 is not.
	fmt.Println(calendar.IsLeap(1502), calendar.IsLeap(1503))
	// Output:
	// 1402: leap=false, year-end meeting on Esfand 29
	// 1403: leap=true, year-end meeting on Esfand 30
	// 1404: leap=false, year-end meeting on Esfand 29
	// 1405: leap=false, year-end meeting on Esfand 29
	// false true
}

func ExampleDaysIn() {
	// Monthly reports are due on the last day of each month of winter 1404.
	for m := calendar.Dey; m <= calendar.Esfand; m++ {
		fmt.Printf("%s report due 1404/%02d/%02d\n", m.English(), int(m), calendar.DaysIn(1404, m))
	}
	// Output:
	// Dey report due 1404/10/30
	// Bahman report due 1404/11/30
	// Esfand report due 1404/12/29
}

func ExampleParse() {
	// Dates as clerks type them and news items print them.
	for _, s := range []string{
		"1403/7/9",
		"۱۴۰۳/۰۷/۰۹",
		"9/7/1403",
		"سه‌شنبه ۹ مهر ۱۴۰۳ - ۱۰:۳۰",
		"نهم مهرماه ۱۴۰۳ ه.ش",
		"1404/12/30",
		"۳۲ مهر ۱۴۰۲",
	} {
		d, err := calendar.Parse(s)
		if err != nil {
			fmt.Println("rejected:", err)
			continue
		}
		fmt.Println("meeting held on", d)
	}
	// Output:
	// meeting held on 1403/07/09
	// meeting held on 1403/07/09
	// meeting held on 1403/07/09
	// meeting held on 1403/07/09
	// meeting held on 1403/07/09
	// rejected: calendar: parsing "1404/12/30" at byte 8 ("30"): 1404/12/30: day 30 is past the end of Esfand 1404 (29 days)
	// rejected: calendar: parsing "۳۲ مهر ۱۴۰۲" at byte 0 ("۳۲"): 1402/07/32: day 32 is past the end of Mehr 1402 (30 days)
}

func ExampleParseMatch() {
	// A dateline states a weekday and a time as well as the date.
	m, err := calendar.ParseMatch("يكشنبه 26 خرداد 1398 18:26:05")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Date, m.Precision)
	fmt.Println(m.Weekday, m.WeekdayAgrees())
	fmt.Println(m.Clock, m.HasClock)

	// Only a month: the Date is its first day, and Precision says so.
	m, _ = calendar.ParseMatch("آذرماه سال ۱۴۰۲")
	fmt.Println(m.Date, m.Precision)
	// Output:
	// 1398/03/26 day
	// Sunday true
	// 18:26:05 true
	// 1402/09/01 month
}

func ExampleParseTime() {
	t, err := calendar.ParseTime("۲۲:۱۵ - جمعه ۰۷ شهریور ۱۳۹۳", calendar.Tehran())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Format(time.RFC3339))
	// Output: 2014-08-29T22:15:00+04:30
}

func ExampleParser() {
	// Two-digit years are read near a pivot year: 1400 by default.
	fmt.Println(calendar.Parse("20/06/97"))
	archive := calendar.Parser{Pivot: 1300} // an archive of the 1290s
	fmt.Println(archive.Parse("20/06/97"))
	// Output:
	// 1397/06/20 <nil>
	// 1297/06/20 <nil>
}

func ExampleFindAll() {
	text := "کد خبر 13909 - جلسه شورا روز سه شنبه مورخ 20/06/97 ساعت 10:30 " +
		"برگزار شد؛ ۲۷۸ هزار نفر از طرح بهره‌مند شده‌اند و بازبینی بعدی آذرماه سال ۱۳۹۷ است."
	for _, m := range calendar.FindAll(text) {
		fmt.Printf("%q: %v (%v)", text[m.Start:m.End], m.Date, m.Precision)
		if m.HasWeekday {
			fmt.Printf(", %v agrees: %v", m.Weekday, m.WeekdayAgrees())
		}
		if m.HasClock {
			fmt.Printf(", at %v", m.Clock)
		}
		fmt.Println()
	}
	// Output:
	// "سه شنبه مورخ 20/06/97 ساعت 10:30": 1397/06/20 (day), Tuesday agrees: true, at 10:30
	// "آذرماه سال ۱۳۹۷": 1397/09/01 (month)
}

func ExampleCalendar() {
	// A news item gives Ashura by its lunar date, and a conference by its
	// Gregorian one; both are found, as Jalali dates.
	text := "مراسم ۱۰ محرم ۱۴۴۶ و همایش ۲۰ مارس ۲۰۲۴"
	for _, m := range calendar.FindAll(text) {
		fmt.Println(text[m.Start:m.End], "=", m.Date, m.Calendar)
	}
	// Output:
	// ۱۰ محرم ۱۴۴۶ = 1403/04/26 LunarHijri
	// ۲۰ مارس ۲۰۲۴ = 1403/01/01 Gregorian
}

func ExampleParser_All() {
	// All finds the same mentions as FindAll, one at a time and without
	// allocating; stop whenever you have enough.
	text := "نشست‌ها: ۱۴۰۳/۰۱/۲۰، ۱۴۰۳/۰۴/۲۰، ۱۴۰۳/۰۷/۲۰ و ۱۴۰۳/۱۰/۲۰"
	var p calendar.Parser
	for m := range p.All(text) {
		if m.Date.Month() > calendar.Tir {
			break
		}
		fmt.Println(m.Date)
	}
	// Output:
	// 1403/01/20
	// 1403/04/20
}

func ExampleMatch_WeekdayAgrees() {
	// 2 Farvardin 1400 was a Monday; the text says Sunday.
	m, _ := calendar.ParseMatch("یکشنبه ۲ فروردین ۱۴۰۰")
	if !m.WeekdayAgrees() {
		fmt.Printf("warning: %v is a %v, not a %v\n", m.Date, m.Date.Weekday(), m.Weekday)
	}
	// Output: warning: 1400/01/02 is a Monday, not a Sunday
}

func ExampleMatch_Time() {
	m, _ := calendar.ParseMatch("31 اردیبهشت 1404 - 14:11")
	fmt.Println(m.Time(time.UTC))
	fmt.Println(m.Time(nil).Format(time.RFC3339))
	// Output:
	// 2025-05-21 14:11:00 +0000 UTC
	// 2025-05-21T14:11:00+03:30
}

func ExamplePrecision() {
	for _, s := range []string{"۱۵ آذر ۱۴۰۲", "آذر ۱۴۰۲", "سال ۱۴۰۲"} {
		m, _ := calendar.ParseMatch(s)
		fmt.Println(m.Date, m.Precision)
	}
	// Output:
	// 1402/09/15 day
	// 1402/09/01 month
	// 1402/01/01 year
}

func ExampleClock_String() {
	fmt.Println(calendar.Clock{Hour: 9, Minute: 5})
	fmt.Println(calendar.Clock{Hour: 18, Minute: 26, Second: 5})
	// Output:
	// 09:05
	// 18:26:05
}

func ExampleWeekdayName() {
	// The weekly meeting rota, in the order of the Iranian week.
	for i := range 7 {
		w := (time.Saturday + time.Weekday(i)) % 7
		fmt.Printf("%-9s %s\n", w, calendar.WeekdayName(w))
	}
	// Output:
	// Saturday  شنبه
	// Sunday    یکشنبه
	// Monday    دوشنبه
	// Tuesday   سه‌شنبه
	// Wednesday چهارشنبه
	// Thursday  پنجشنبه
	// Friday    جمعه
}

func ExampleFromPtime() {
	// A record from code that uses go-persian-calendar.
	held := ptime.Date(1403, ptime.Mehr, 12, 10, 0, 0, 0, ptime.Iran())
	fmt.Println("meeting held on", calendar.FromPtime(held))

	// ptime follows the bare 33-year rule; FromPtime goes through the instant
	// and gives the true date from 2124-03-20 on, where the two disagree.
	p := ptime.New(time.Date(2124, time.March, 20, 12, 0, 0, 0, ptime.Iran()))
	fmt.Println(p.Format("yyyy/MM/dd"), "in ptime is", calendar.FromPtime(p))
	// Output:
	// meeting held on 1403/07/12
	// 1502/12/30 in ptime is 1503/01/01
}

func ExampleDate_In() {
	meeting := calendar.Must(calendar.New(1403, calendar.Mehr, 12))

	// Midnight in Tehran (nil), and the meeting's start at 10:00 that day.
	midnight := meeting.In(nil)
	fmt.Println(midnight.Format(time.RFC3339))
	fmt.Println(midnight.Add(10 * time.Hour).Format(time.RFC3339))

	// The Gregorian date, for a foreign partner's copy of the minutes.
	fmt.Println(meeting.In(time.UTC).Format("2 January 2006"))
	// Output:
	// 2024-10-03T00:00:00+03:30
	// 2024-10-03T10:00:00+03:30
	// 3 October 2024
}

func ExampleDate_AddDays() {
	signed := calendar.Must(calendar.New(1403, calendar.Esfand, 25))
	fmt.Println("memorandum signed:", signed)
	fmt.Println("objections until: ", signed.AddDays(10))
	fmt.Println("drafted on:       ", signed.AddDays(-30))
	// Output:
	// memorandum signed: 1403/12/25
	// objections until:  1404/01/05
	// drafted on:        1403/11/25
}

func ExampleDate_AddMonths() {
	start := calendar.Must(calendar.New(1403, calendar.Shahrivar, 31))
	// Mehr has 30 days, so the day is clamped.
	fmt.Println("one month later:", start.AddMonths(1))

	// Quarterly reviews: stepping from the same start keeps the 31st in
	// 31-day months; chaining carries the clamped 30th forward.
	chained := start
	for k := 1; k <= 4; k++ {
		chained = chained.AddMonths(3)
		fmt.Printf("review %d: %s (chained: %s)\n", k, start.AddMonths(3*k), chained)
	}
	// Output:
	// one month later: 1403/07/30
	// review 1: 1403/09/30 (chained: 1403/09/30)
	// review 2: 1403/12/30 (chained: 1403/12/30)
	// review 3: 1404/03/31 (chained: 1404/03/30)
	// review 4: 1404/06/31 (chained: 1404/06/30)
}

func ExampleDate_AddYears() {
	// A memorandum signed on the leap day 30 Esfand is reviewed every year.
	signed := calendar.Must(calendar.New(1403, calendar.Esfand, 30))
	for k := 1; k <= 5; k++ {
		fmt.Printf("review %d due %s\n", k, signed.AddYears(k))
	}
	// Output:
	// review 1 due 1404/12/29
	// review 2 due 1405/12/29
	// review 3 due 1406/12/29
	// review 4 due 1407/12/29
	// review 5 due 1408/12/30
}

func ExampleDate_DaysSince() {
	signed := calendar.Must(calendar.New(1403, calendar.Bahman, 20))
	asOf := calendar.Must(calendar.New(1404, calendar.Farvardin, 15))
	fmt.Println("days since signing:", asOf.DaysSince(signed))

	due := signed.AddMonths(3)
	fmt.Println("days until review: ", due.DaysSince(asOf))
	fmt.Println(signed.AddDays(asOf.DaysSince(signed)) == asOf)
	// Output:
	// days since signing: 55
	// days until review:  36
	// true
}

func ExampleDate_Compare() {
	meetings := []calendar.Date{
		calendar.Must(calendar.New(1403, calendar.Aban, 5)),
		calendar.Must(calendar.New(1402, calendar.Esfand, 28)),
		{}, // date not yet recorded
		calendar.Must(calendar.New(1403, calendar.Farvardin, 20)),
	}
	slices.SortFunc(meetings, calendar.Date.Compare)
	for _, d := range meetings {
		fmt.Printf("%q\n", d)
	}
	// Output:
	// ""
	// "1402/12/28"
	// "1403/01/20"
	// "1403/08/05"
}

func ExampleDate_Before() {
	due := calendar.Must(calendar.New(1403, calendar.Azar, 30))
	for _, s := range []string{"1403/09/28", "1403/09/30", "1403/10/02"} {
		submitted := calendar.Must(calendar.Parse(s))
		fmt.Printf("report submitted %s: early=%t on time=%t\n",
			submitted, submitted.Before(due), !submitted.After(due))
	}
	// Output:
	// report submitted 1403/09/28: early=true on time=true
	// report submitted 1403/09/30: early=false on time=true
	// report submitted 1403/10/02: early=false on time=false
}

func ExampleDate_After() {
	deadline := calendar.Must(calendar.New(1403, calendar.Dey, 15))
	signed := calendar.Must(calendar.New(1403, calendar.Dey, 17))
	if signed.After(deadline) {
		fmt.Printf("memorandum signed %d days late\n", signed.DaysSince(deadline))
	}
	// Output:
	// memorandum signed 2 days late
}

func ExampleDate_String() {
	held := calendar.Must(calendar.New(1403, calendar.Farvardin, 5))
	fmt.Println("meeting held on", held)

	var reviewed calendar.Date // not reviewed yet
	fmt.Printf("reviewed on %q\n", reviewed)
	// Output:
	// meeting held on 1403/01/05
	// reviewed on ""
}

func ExampleDate_Format() {
	signed := calendar.Must(calendar.New(1403, calendar.Farvardin, 15))
	for _, l := range []calendar.Layout{
		calendar.Numeric, calendar.Long, calendar.Full, calendar.MonthYear,
		calendar.Dari, calendar.English, calendar.EnglishFull,
	} {
		fmt.Printf("%-11v %s | %s\n", l, signed.Format(l), signed.Format(l|calendar.PersianDigits))
	}
	// Output:
	// Numeric     1403/01/15 | ۱۴۰۳/۰۱/۱۵
	// Long        15 فروردین 1403 | ۱۵ فروردین ۱۴۰۳
	// Full        چهارشنبه 15 فروردین 1403 | چهارشنبه ۱۵ فروردین ۱۴۰۳
	// MonthYear   فروردین 1403 | فروردین ۱۴۰۳
	// Dari        15 حمل 1403 | ۱۵ حمل ۱۴۰۳
	// English     15 Farvardin 1403 | ۱۵ Farvardin ۱۴۰۳
	// EnglishFull Wednesday 15 Farvardin 1403 | Wednesday ۱۵ Farvardin ۱۴۰۳
}

func ExampleDate_AppendFormat() {
	// Build a line of the minutes book in a reused buffer.
	held := calendar.Must(calendar.New(1403, calendar.Mehr, 12))
	buf := make([]byte, 0, 128)
	buf = append(buf, "جلسه هیئت مدیره، "...)
	buf = held.AppendFormat(buf, calendar.Full|calendar.PersianDigits)
	fmt.Println(string(buf))
	// Output:
	// جلسه هیئت مدیره، پنجشنبه ۱۲ مهر ۱۴۰۳
}

func ExampleDate_AppendText() {
	// Write a CSV row of the register of memoranda.
	signed := calendar.Must(calendar.New(1403, calendar.Tir, 3))
	var reviewed calendar.Date // not reviewed yet
	row := []byte("MOU-017,")
	row, _ = signed.AppendText(row)
	row = append(row, ',')
	row, _ = reviewed.AppendText(row)
	fmt.Println(string(row))
	// Output:
	// MOU-017,1403/04/03,
}

func ExampleDate_MarshalText() {
	type Memorandum struct {
		Ref      string        `json:"ref"`
		Signed   calendar.Date `json:"signed"`
		Reviewed calendar.Date `json:"reviewed,omitzero"`
		Expires  calendar.Date `json:"expires"`
	}
	m := Memorandum{
		Ref:    "MOU-017",
		Signed: calendar.Must(calendar.New(1403, calendar.Tir, 3)),
		// Reviewed and Expires are not set: omitzero drops Reviewed,
		// Expires is written as "".
	}
	b, err := json.Marshal(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))
	// Output:
	// {"ref":"MOU-017","signed":"1403/04/03","expires":""}
}

func ExampleDate_UnmarshalText() {
	type Meeting struct {
		Held calendar.Date `json:"held"`
	}
	for _, s := range []string{
		`{"held":"1403/07/12"}`,
		`{"held":"۱۴۰۳/۷/۱۲"}`,
		`{"held":""}`,
		`{"held":"1403-07-12"}`, // dashes read as a Gregorian date elsewhere
	} {
		var m Meeting
		err := json.Unmarshal([]byte(s), &m)
		var pe *calendar.ParseError
		switch {
		case errors.As(err, &pe):
			fmt.Printf("rejected %q at byte %d: %v\n", pe.Input, pe.Offset, pe.Err)
		case err != nil:
			fmt.Println(err)
		default:
			fmt.Printf("held %q\n", m.Held)
		}
	}
	// Output:
	// held "1403/07/12"
	// held "1403/07/12"
	// held ""
	// rejected "1403-07-12" at byte 4: calendar: malformed date: expected '/' after the year
}

func ExampleDate_Value() {
	// What database/sql hands the driver for a DATE column.
	held := calendar.Must(calendar.New(1403, calendar.Mehr, 12))
	v, err := held.Value()
	fmt.Printf("%T %v %v\n", v, v, err)

	var reviewed calendar.Date // stored as NULL
	v, err = reviewed.Value()
	fmt.Println(v, err)
	// Output:
	// time.Time 2024-10-03 00:00:00 +0000 UTC <nil>
	// <nil> <nil>
}

func ExampleDate_Scan() {
	// What database/sql does with the values drivers return for a column.
	for _, src := range []any{
		time.Date(2024, time.March, 20, 0, 0, 0, 0, time.UTC), // DATE column
		"1403/01/15",                  // Jalali text column
		"2024-03-20",                  // Gregorian ISO text
		[]byte("2024-10-03 10:30:00"), // DATETIME rendered as text
		nil,                           // NULL
	} {
		var held calendar.Date
		if err := held.Scan(src); err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%T -> %q\n", src, held)
	}
	// Output:
	// time.Time -> "1403/01/01"
	// string -> "1403/01/15"
	// string -> "1403/01/01"
	// []uint8 -> "1403/07/12"
	// <nil> -> ""
}

func ExampleDate_Week() {
	// Weekly status meetings are numbered by week of the year. 1403 began on a
	// Wednesday, so week 1 is three days long.
	for _, s := range []string{"1403/01/01", "1403/01/03", "1403/01/04", "1403/12/30"} {
		d := calendar.Must(calendar.Parse(s))
		fmt.Printf("%s (%s): week %d\n", d, d.Weekday(), d.Week())
	}
	// Output:
	// 1403/01/01 (Wednesday): week 1
	// 1403/01/03 (Friday): week 1
	// 1403/01/04 (Saturday): week 2
	// 1403/12/30 (Thursday): week 53
}

func ExampleDate_StartOfWeek() {
	// The weekly report covers Saturday to Friday.
	incident := calendar.Must(calendar.New(1403, calendar.Mehr, 9))
	fmt.Printf("report for %s: %s to %s\n", incident, incident.StartOfWeek(), incident.EndOfWeek())
	// Output:
	// report for 1403/07/09: 1403/07/07 to 1403/07/13
}

func ExampleDate_EndOfWeek() {
	// Action items raised at a meeting are due by the end of its week (Friday).
	held := calendar.Must(calendar.New(1403, calendar.Mehr, 9))
	due := held.EndOfWeek()
	fmt.Println(due, due.Weekday())
	// Output:
	// 1403/07/13 Friday
}

func ExampleDate_StartOfMonth() {
	// Monthly minutes cover the calendar month of the meeting.
	held := calendar.Must(calendar.New(1403, calendar.Bahman, 17))
	fmt.Println(held.StartOfMonth(), "to", held.EndOfMonth())
	// Output:
	// 1403/11/01 to 1403/11/30
}

func ExampleDate_EndOfMonth() {
	// Month-end reconciliation dates for the last quarter of 1403, a leap year.
	for m := calendar.Dey; m <= calendar.Esfand; m++ {
		fmt.Println(calendar.Must(calendar.New(1403, m, 1)).EndOfMonth())
	}
	// Output:
	// 1403/10/30
	// 1403/11/30
	// 1403/12/30
}

func ExampleDate_StartOfSeason() {
	// A quarterly report covers the season of the date it is filed for.
	filed := calendar.Must(calendar.New(1403, calendar.Aban, 14))
	fmt.Println(filed.StartOfSeason(), "to", filed.EndOfSeason())
	// Output:
	// 1403/07/01 to 1403/09/30
}

func ExampleDate_EndOfSeason() {
	// Quarterly reviews are due on the last day of each season of 1403.
	d := calendar.Must(calendar.New(1403, calendar.Farvardin, 1))
	for range 4 {
		end := d.EndOfSeason()
		fmt.Println(end.Season().English(), "review due", end)
		d = end.AddDays(1)
	}
	// Output:
	// Spring review due 1403/03/31
	// Summer review due 1403/06/31
	// Autumn review due 1403/09/30
	// Winter review due 1403/12/30
}

func ExampleDate_StartOfYear() {
	// The annual report covers the fiscal year, which follows the calendar year.
	signed := calendar.Must(calendar.New(1403, calendar.Khordad, 8))
	fmt.Println("fiscal year", signed.Year(), "runs", signed.StartOfYear(), "to", signed.EndOfYear())
	// Output:
	// fiscal year 1403 runs 1403/01/01 to 1403/12/30
}

func ExampleDate_EndOfYear() {
	// The annual general meeting must be held by the last day of the year.
	for _, s := range []string{"1403/04/10", "1404/04/10"} {
		d := calendar.Must(calendar.Parse(s))
		fmt.Println("AGM deadline for", d.Year(), "is", d.EndOfYear())
	}
	// Output:
	// AGM deadline for 1403 is 1403/12/30
	// AGM deadline for 1404 is 1404/12/29
}

func ExampleDate_Season() {
	held := calendar.Must(calendar.New(1403, calendar.Aban, 14))
	s := held.Season()
	fmt.Printf("meeting of %s falls in %s (%s) %d\n", held, s, s.English(), held.Year())
	// Output:
	// meeting of 1403/08/14 falls in پاییز (Autumn) 1403
}

func ExampleDate_Weekday() {
	// Friday is the weekend in Iran; move a meeting that falls on it.
	proposed := calendar.Must(calendar.New(1403, calendar.Mehr, 13))
	if proposed.Weekday() == time.Friday {
		moved := proposed.AddDays(1)
		fmt.Printf("%s is a %s; meeting moved to %s (%s)\n",
			proposed, proposed.Weekday(), moved, calendar.WeekdayName(moved.Weekday()))
	}
	// Output:
	// 1403/07/13 is a Friday; meeting moved to 1403/07/14 (شنبه)
}

func ExampleDate_YearDay() {
	// How far through the year's review plan are we?
	asOf := calendar.Must(calendar.New(1403, calendar.Mehr, 1))
	days := asOf.EndOfYear().YearDay()
	fmt.Printf("day %d of %d (%.0f%%)\n", asOf.YearDay(), days, 100*float64(asOf.YearDay())/float64(days))
	// Output:
	// day 187 of 366 (51%)
}

func ExampleDate_IsZero() {
	type Memorandum struct {
		Ref      string
		Reviewed calendar.Date
	}
	for _, m := range []Memorandum{
		{"MOU-016", calendar.Must(calendar.New(1403, calendar.Azar, 2))},
		{"MOU-017", calendar.Date{}},
	} {
		if m.Reviewed.IsZero() {
			fmt.Println(m.Ref, "awaiting review")
		} else {
			fmt.Println(m.Ref, "reviewed on", m.Reviewed)
		}
	}
	// Output:
	// MOU-016 reviewed on 1403/09/02
	// MOU-017 awaiting review
}

func ExampleDate_Ptime() {
	// Hand a date to code that works with go-persian-calendar.
	held := calendar.Must(calendar.New(1403, calendar.Mehr, 12))
	p := held.Ptime(nil) // midnight in Tehran
	fmt.Println(p.Format("E d MMM yyyy"))
	fmt.Println(p.Time().Equal(held.In(nil)))
	// Output:
	// پنج‌شنبه 12 مهر 1403
	// true
}

func ExampleDate_Date() {
	held := calendar.Must(calendar.New(1403, calendar.Mehr, 12))
	year, month, day := held.Date()
	fmt.Printf("minutes of %d %s %d\n", day, month.English(), year)
	// Output:
	// minutes of 12 Mehr 1403
}

func ExampleDate_Year() {
	// File memoranda by the year they were signed.
	signed := calendar.Must(calendar.New(1403, calendar.Tir, 3))
	fmt.Printf("archive/%d/MOU-017.pdf\n", signed.Year())
	// Output:
	// archive/1403/MOU-017.pdf
}

func ExampleDate_Month() {
	held := calendar.Must(calendar.New(1403, calendar.Tir, 3))
	fmt.Println(held.Month(), held.Month().English(), int(held.Month()))
	// Output:
	// تیر Tir 4
}

func ExampleDate_Day() {
	// A committee formed on the 31st reports on that day of each month, or on
	// the last day of a shorter month.
	formed := calendar.Must(calendar.New(1403, calendar.Shahrivar, 31))
	next := formed.AddMonths(1)
	fmt.Println("formed on day", formed.Day())
	fmt.Println("first report on day", next.Day(), "of", next.Month().English())
	// Output:
	// formed on day 31
	// first report on day 30 of Mehr
}

func ExampleMonth_String() {
	held := calendar.Must(calendar.New(1403, calendar.Esfand, 20))
	fmt.Println("جلسه ماه", held.Month())
	fmt.Println(calendar.Month(13))
	// Output:
	// جلسه ماه اسفند
	// %!Month(13)
}

func ExampleMonth_Dari() {
	// Minutes for a partner in Afghanistan use the Dari month names.
	fmt.Println(calendar.Farvardin.Dari(), calendar.Esfand.Dari())
	// Output:
	// حمل حوت
}

func ExampleMonth_English() {
	for _, m := range []calendar.Month{calendar.Farvardin, calendar.Mehr, calendar.Esfand} {
		fmt.Println(int(m), m.English())
	}
	// Output:
	// 1 Farvardin
	// 7 Mehr
	// 12 Esfand
}

func ExampleMonth_Season() {
	// Which quarterly report does a month's audit go into?
	fmt.Println(calendar.Khordad.Season().English(), calendar.Tir.Season().English())
	// Output:
	// Spring Summer
}

func ExampleSeason_String() {
	held := calendar.Must(calendar.New(1403, calendar.Dey, 5))
	fmt.Println("گزارش", held.Season(), held.Year())
	// Output:
	// گزارش زمستان 1403
}

func ExampleSeason_English() {
	for s := calendar.Spring; s <= calendar.Winter; s++ {
		fmt.Println(s.English(), s)
	}
	// Output:
	// Spring بهار
	// Summer تابستان
	// Autumn پاییز
	// Winter زمستان
}

func ExampleSeason_FirstMonth() {
	// The autumn report starts on the first day of the season's first month.
	m := calendar.Autumn.FirstMonth()
	fmt.Println(m.English(), calendar.Must(calendar.New(1403, m, 1)))
	// Output:
	// Mehr 1403/07/01
}

func ExampleDateError() {
	for _, in := range []struct {
		y int
		m calendar.Month
		d int
	}{
		{1404, calendar.Esfand, 30},
		{1403, 13, 1},
		{3100, calendar.Farvardin, 1},
	} {
		_, err := calendar.New(in.y, in.m, in.d)
		fmt.Println(err)
		fmt.Println("  invalid:", errors.Is(err, calendar.ErrInvalidDate),
			"out of range:", errors.Is(err, calendar.ErrOutOfRange))
	}

	// The fields say what was asked for, e.g. to suggest the last valid day.
	_, err := calendar.New(1404, calendar.Esfand, 30)
	var de *calendar.DateError
	if errors.As(err, &de) && errors.Is(err, calendar.ErrInvalidDate) {
		fmt.Printf("no day %d in %s %d; last day is %d\n",
			de.Day, de.Month.English(), de.Year, calendar.DaysIn(de.Year, de.Month))
	}
	// Output:
	// calendar: 1404/12/30: day 30 is past the end of Esfand 1404 (29 days)
	//   invalid: true out of range: false
	// calendar: 1403/13/01: month 13 is not in 1-12
	//   invalid: true out of range: false
	// calendar: 3100/01/01: year 3100 is outside the supported years 1178-3000
	//   invalid: false out of range: true
	// no day 30 in Esfand 1404; last day is 29
}

func ExampleParseError() {
	// A clerk typed a meeting date with a wrong month.
	_, err := calendar.Parse("1403/13/01")
	var pe *calendar.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Input[pe.Offset:], pe.Part())
		fmt.Println(errors.Is(err, calendar.ErrInvalidDate))
	}
	fmt.Println(err)

	// Text that is not a date says where it stops being one.
	_, err = calendar.Parse("12 Mehrr 1403")
	fmt.Println(errors.Is(err, calendar.ErrSyntax))
	fmt.Println(err)
	// Output:
	// 13/01 13
	// true
	// calendar: parsing "1403/13/01" at byte 5 ("13"): 1403/13/01: month 13 is not in 1-12
	// true
	// calendar: parsing "12 Mehrr 1403" at byte 3 ("Mehrr"): malformed date: expected a month name after the day
}

func ExampleScanError() {
	// A column of the wrong type, or text that is no date, is rejected.
	var held calendar.Date
	for _, src := range []any{int64(14030712), "next week"} {
		err := held.Scan(src)
		var se *calendar.ScanError
		if errors.As(err, &se) {
			fmt.Printf("rejected %#v\n", se.Value)
		}
		fmt.Println(" ", err)
		fmt.Println("  unsupported:", errors.Is(err, errors.ErrUnsupported),
			"syntax:", errors.Is(err, calendar.ErrSyntax))
	}
	// Output:
	// rejected 14030712
	//   calendar: scanning int64 into Date: unsupported operation: want time.Time, string or []byte, not int64
	//   unsupported: true syntax: false
	// rejected "next week"
	//   calendar: scanning string into Date: parsing "next week" at byte 0 ("next"): malformed date: neither Jalali yyyy/mm/dd nor Gregorian yyyy-mm-dd
	//   unsupported: false syntax: true
}

func ExampleLayout_String() {
	// Record which layout a report template uses.
	layout := calendar.Long | calendar.PersianDigits
	fmt.Println(layout)
	fmt.Println(calendar.EnglishFull)
	fmt.Println(calendar.Layout(9))
	// Output:
	// Long|PersianDigits
	// EnglishFull
	// Layout(9)
}
