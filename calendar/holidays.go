package calendar

import (
	"iter"
	"sync"
)

// A Holiday is a day off: an official holiday of Iran, or one a caller added
// with Workdays.WithHoliday.
type Holiday struct {
	Date Date
	// Name is the holiday's Persian name, as the official calendar prints
	// it; the names of two holidays on one day are joined with «؛ ».
	Name string
	// Lunar reports a holiday on a Hijri date.
	Lunar bool
	// Predicted reports a lunar holiday in a month Iran has not observed
	// yet (see HijriDate): it may fall a day earlier or later.
	Predicted bool
	// Added reports a holiday added with WithHoliday, such as a closure
	// for air pollution.
	Added bool
}

// solarHoliday is an official holiday on a fixed Jalali date.
type solarHoliday struct {
	month Month
	day   int
	name  string
}

// solarHolidays are Iran's official holidays on Jalali dates.
var solarHolidays = []solarHoliday{
	{Farvardin, 1, "عید نوروز"},
	{Farvardin, 2, "عید نوروز"},
	{Farvardin, 3, "عید نوروز"},
	{Farvardin, 4, "عید نوروز"},
	{Farvardin, 12, "روز جمهوری اسلامی"},
	{Farvardin, 13, "روز طبیعت"},
	{Khordad, 14, "رحلت حضرت امام خمینی"},
	{Khordad, 15, "قیام ۱۵ خرداد"},
	{Bahman, 22, "پیروزی انقلاب اسلامی"},
	{Esfand, 29, "روز ملی شدن صنعت نفت ایران"},
}

// lunarHoliday is an official holiday on a Hijri date; day 0 means the
// last day of the month.
type lunarHoliday struct {
	month HijriMonth
	day   int
	name  string
}

// lunarHolidays are Iran's official holidays on Hijri dates.
var lunarHolidays = []lunarHoliday{
	{Muharram, 9, "تاسوعای حسینی"},
	{Muharram, 10, "عاشورای حسینی"},
	{Safar, 20, "اربعین حسینی"},
	{Safar, 28, "رحلت رسول اکرم و شهادت امام حسن مجتبی"},
	{Safar, 0, "شهادت امام رضا"},
	{RabiAlAwwal, 8, "شهادت امام حسن عسکری"},
	{RabiAlAwwal, 17, "میلاد رسول اکرم و امام جعفر صادق"},
	{JumadaAlThani, 3, "شهادت حضرت فاطمه زهرا"},
	{Rajab, 13, "ولادت امام علی"},
	{Rajab, 27, "مبعث رسول اکرم"},
	{Shaban, 15, "ولادت حضرت قائم"},
	{Ramadan, 21, "شهادت امام علی"},
	{Shawwal, 1, "عید سعید فطر"},
	{Shawwal, 2, "تعطیل به مناسبت عید سعید فطر"},
	{Shawwal, 25, "شهادت امام جعفر صادق"},
	{DhuAlHijjah, 10, "عید سعید قربان"},
	{DhuAlHijjah, 18, "عید سعید غدیر خم"},
}

// officialHolidays is a bit per day of the supported years, set on the
// official holidays, built on first use.
var officialHolidays = sync.OnceValue(func() []uint64 {
	bits := make([]uint64, (lastDay-firstDay+63)/64)
	set := func(n int) {
		if n >= firstDay && n < lastDay {
			i := n - firstDay
			bits[i/64] |= 1 << (i % 64)
		}
	}
	for y := MinYear; y <= MaxYear; y++ {
		for _, h := range solarHolidays {
			set(pack(y, h.month, h.day).epochDay())
		}
	}
	t := hijri()
	for i := 0; i+1 < len(t.starts); i++ {
		m := HijriMonth((t.first+i)%12 + 1)
		for _, h := range lunarHolidays {
			if h.month == m {
				set(t.lunarDay(i, h.day))
			}
		}
	}
	return bits
})

// lunarDay returns the day number of day day (0: the last) of the month at
// index i.
func (t *hijriTable) lunarDay(i, day int) int {
	if day == 0 {
		return int(t.starts[i+1]) - 1
	}
	return int(t.starts[i]) + day - 1
}

// isOfficialHoliday reports whether d is an official holiday.
func isOfficialHoliday(d Date) bool {
	i := d.epochDay() - firstDay
	return officialHolidays()[i/64]&(1<<(i%64)) != 0
}

// officialHoliday returns the official holiday on d, if there is one.
func officialHoliday(d Date) (Holiday, bool) {
	if d.IsZero() || !isOfficialHoliday(d) {
		return Holiday{}, false
	}
	h := Holiday{Date: d}
	name := func(s string) {
		if h.Name != "" {
			h.Name += "؛ "
		}
		h.Name += s
	}
	for _, s := range solarHolidays {
		if s.month == d.Month() && s.day == d.Day() {
			name(s.name)
		}
	}
	hd := d.Hijri()
	t := hijri()
	i := (hd.Year-1)*12 + int(hd.Month) - 1 - t.first
	last := hd.Day == t.monthLength(i)
	for _, l := range lunarHolidays {
		if l.month == hd.Month && (l.day == hd.Day || l.day == 0 && last) {
			name(l.name)
			h.Lunar, h.Predicted = true, hd.Predicted
		}
	}
	return h, true
}

// OfficialHolidays returns Iran's official holidays in Jalali year y, in
// date order: the fixed solar ones and the lunar ones, whose dates come
// from the observed Hijri months and are marked Predicted past them. The
// list is today's law, applied to every year.
func OfficialHolidays(year int) iter.Seq[Holiday] {
	return func(yield func(Holiday) bool) {
		if year < MinYear || year > MaxYear {
			return
		}
		for d := pack(year, Farvardin, 1); !d.IsZero() && d.Year() == year; d = d.AddDays(1) {
			if h, ok := officialHoliday(d); ok && !yield(h) {
				return
			}
		}
	}
}
