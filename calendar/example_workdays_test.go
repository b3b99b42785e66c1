package calendar_test

import (
	"fmt"

	"github.com/daftar-go/daftar/calendar"
)

func ExampleIranWorkdays() {
	w := calendar.IranWorkdays()
	for _, d := range []calendar.Date{
		calendar.Must(calendar.New(1403, calendar.Tir, 26)), // Ashura
		calendar.Must(calendar.New(1403, calendar.Tir, 27)), // a Wednesday
		calendar.Must(calendar.New(1403, calendar.Tir, 29)), // a Friday
	} {
		if h, ok := w.Holiday(d); ok {
			fmt.Println(d, w.IsWorkday(d), h.Name)
		} else {
			fmt.Println(d, w.IsWorkday(d))
		}
	}
	// Output:
	// 1403/04/26 false عاشورای حسینی
	// 1403/04/27 true
	// 1403/04/29 false
}

func ExampleWorkdays_Adjusted() {
	// A council reviews its memorandum every three months from 13
	// Farvardin; reviews that fall on a day off move to the next workday.
	w := calendar.IranWorkdays()
	r, _ := calendar.ParseRule("هر سه ماه یکبار")
	start := calendar.Must(calendar.New(1403, calendar.Farvardin, 13))
	n := 0
	for d := range w.Adjusted(r.All(start), calendar.AdjustNext) {
		fmt.Println(d, calendar.WeekdayName(d.Weekday()))
		if n++; n == 4 {
			break
		}
	}
	// Output:
	// 1403/01/14 سه‌شنبه
	// 1403/04/13 چهارشنبه
	// 1403/07/14 شنبه
	// 1403/10/13 پنجشنبه
}

func ExampleWorkdays_AddWorkdays() {
	// Minutes are due ten working days after the meeting.
	w := calendar.IranWorkdays()
	meeting := calendar.Must(calendar.New(1403, calendar.Farvardin, 5))
	fmt.Println(w.AddWorkdays(meeting, 10))
	// Output: 1403/01/19
}

func ExampleWorkdays_WithHoliday() {
	// Offices close for air pollution; and a predicted lunar holiday that
	// turned out to fall on another day is moved.
	w := calendar.IranWorkdays().
		WithHoliday(calendar.Must(calendar.New(1403, calendar.Azar, 1)), "تعطیلی به دلیل آلودگی هوا")
	d := calendar.Must(calendar.New(1403, calendar.Azar, 1))
	h, _ := w.Holiday(d)
	fmt.Println(w.IsWorkday(d), h.Name, h.Added)
	fmt.Println(w)
	// Output:
	// false تعطیلی به دلیل آلودگی هوا true
	// weekend Friday; official holidays of Iran; 1 change
}

func ExampleWorkdays_WithWeekend() {
	thursday := calendar.Must(calendar.New(1403, calendar.Azar, 1))
	w := calendar.IranWorkdays()
	fmt.Println(w.IsWorkday(thursday), w.WithWeekend(calendar.ThursdayFridayWeekend).IsWorkday(thursday))
	// Output: true false
}

func ExampleOfficialHolidays() {
	for h := range calendar.OfficialHolidays(1403) {
		if h.Lunar && h.Date.Month() == calendar.Shahrivar {
			fmt.Println(h.Date, h.Date.Hijri(), h.Name)
		}
	}
	// Output:
	// 1403/06/04 1446/02/20 اربعین حسینی
	// 1403/06/12 1446/02/28 رحلت رسول اکرم و شهادت امام حسن مجتبی
	// 1403/06/14 1446/02/30 شهادت امام رضا
	// 1403/06/22 1446/03/08 شهادت امام حسن عسکری
	// 1403/06/31 1446/03/17 میلاد رسول اکرم و امام جعفر صادق
}

func ExampleDate_Hijri() {
	d := calendar.Must(calendar.New(1403, calendar.Tir, 26))
	h := d.Hijri()
	fmt.Println(h, h.Day, h.Month, h.Year, h.Predicted)
	// Output: 1446/01/10 10 محرم 1446 false
}

func ExampleFromHijri() {
	// Eid al-Fitr 1447 was observed; Eid al-Adha 1447 is still predicted.
	for _, m := range []calendar.HijriMonth{calendar.Shawwal, calendar.DhuAlHijjah} {
		d, predicted, err := calendar.FromHijri(1447, m, 10)
		fmt.Println(d, predicted, err)
	}
	// Output:
	// 1405/01/10 false <nil>
	// 1405/03/06 true <nil>
}

func ExampleWeekendOf() {
	w := calendar.WeekendOf(5, 6) // Friday and Saturday
	fmt.Println(w == calendar.FridaySaturdayWeekend, w.Has(6))
	// Output: true true
}

func ExampleWorkdays_Next() {
	w := calendar.IranWorkdays()
	nowruz := calendar.Must(calendar.New(1404, calendar.Farvardin, 1))
	fmt.Println(w.Previous(nowruz), w.Next(nowruz))
	// Output: 1403/12/30 1404/01/05
}

func ExampleWorkdays_Adjust() {
	w := calendar.IranWorkdays()
	ashura := calendar.Must(calendar.New(1403, calendar.Tir, 26))
	fmt.Println(w.Adjust(ashura, calendar.AdjustNext), w.Adjust(ashura, calendar.AdjustPrevious), w.Adjust(ashura, calendar.AdjustNone))
	// Output: 1403/04/27 1403/04/24 1403/04/26
}

func ExampleWorkdays_Holidays() {
	w := calendar.IranWorkdays()
	from := calendar.Must(calendar.New(1404, calendar.Farvardin, 10))
	to := calendar.Must(calendar.New(1404, calendar.Farvardin, 20))
	for h := range w.Holidays(from, to) {
		fmt.Println(h.Date, h.Name)
	}
	// Output:
	// 1404/01/11 عید سعید فطر
	// 1404/01/12 روز جمهوری اسلامی؛ تعطیل به مناسبت عید سعید فطر
	// 1404/01/13 روز طبیعت
}
