package calendar

import (
	"errors"
	"math"
	"strconv"
	"sync"

	"github.com/daftar-go/daftar/internal/digits"
)

// A HijriDate is a day of the lunar Hijri calendar as Iran observes it,
// which decides the dates of its lunar holidays. Iran starts each month
// when the new crescent is sighted, so its months follow observation, not
// arithmetic: for 1430/1 to 1447/10 they come from the published
// observations (see data/hijri-months-iran.txt). Months outside those are
// predicted from the mean lunar month fitted to the observations, which is
// within a day of every observed start, and marked Predicted.
type HijriDate struct {
	Year  int
	Month HijriMonth
	Day   int

	// Predicted reports a date outside the observed months: it may be a
	// day off the month's real start once that is sighted.
	Predicted bool
}

// HijriMonth is a month of the lunar Hijri year, from Muharram (1) to Dhu
// al-Hijja (12).
type HijriMonth int

// The months of the lunar Hijri year.
const (
	Muharram HijriMonth = 1 + iota
	Safar
	RabiAlAwwal
	RabiAlThani
	JumadaAlUla
	JumadaAlThani
	Rajab
	Shaban
	Ramadan
	Shawwal
	DhuAlQadah
	DhuAlHijjah
)

var hijriMonthNames = [12]string{
	"محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی",
	"رجب", "شعبان", "رمضان", "شوال", "ذی‌القعده", "ذی‌الحجه",
}

// String returns the Persian name of the month, such as "محرم".
func (m HijriMonth) String() string {
	if m < Muharram || m > DhuAlHijjah {
		return "%!HijriMonth(" + strconv.Itoa(int(m)) + ")"
	}
	return hijriMonthNames[m-1]
}

// String returns the date as year/month/day, "1446/01/10".
func (h HijriDate) String() string {
	b := strconv.AppendInt(nil, int64(h.Year), 10)
	b = append(b, '/')
	b = digits.Append(b, int(h.Month), 2, false)
	b = append(b, '/')
	return string(digits.Append(b, h.Day, 2, false))
}

// synodicMonth is the mean length of a lunation in days.
const synodicMonth = 29.530588853

// hijriTable holds the start of every lunar month that overlaps the
// supported Jalali years.
type hijriTable struct {
	first            int     // the month index ((year-1)*12 + month-1) of starts[0]
	starts           []int32 // day numbers; month first+i runs to starts[i+1]-1
	obsFrom, obsLast int     // starts[obsFrom:obsLast+1] are the observed months
}

// hijri returns the table, built on first use: the observed starts, and
// predicted ones outside them whose months have 29 or 30 days.
var hijri = sync.OnceValue(func() *hijriTable {
	predict := func(n int) int {
		return int(math.Floor(hijriFitStart + float64(n-hijriFirstMonth)*synodicMonth + 0.5))
	}
	lo := hijriFirstMonth + int(math.Floor((float64(firstDay)-hijriFitStart)/synodicMonth)) - 2
	hi := hijriFirstMonth + int(math.Ceil((float64(lastDay)-hijriFitStart)/synodicMonth)) + 2
	t := &hijriTable{first: lo, starts: make([]int32, hi-lo+1)}
	t.obsFrom = hijriFirstMonth - lo
	t.obsLast = t.obsFrom + len(hijriObserved) - 1
	copy(t.starts[t.obsFrom:], hijriObserved[:])
	for i := t.obsLast + 1; i < len(t.starts); i++ {
		prev := int(t.starts[i-1])
		t.starts[i] = int32(max(prev+29, min(prev+30, predict(lo+i))))
	}
	for i := t.obsFrom - 1; i >= 0; i-- {
		next := int(t.starts[i+1])
		t.starts[i] = int32(max(next-30, min(next-29, predict(lo+i))))
	}
	return t
})

// month returns the index in starts of the month containing day number n.
func (t *hijriTable) month(n int) int {
	lo, hi := 0, len(t.starts)-1
	for lo < hi { // the last start <= n
		mid := (lo + hi + 1) / 2
		if int(t.starts[mid]) <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// predicted reports whether day day of the month at index i is outside the
// observations: the month itself is, or it is the 30th of the last observed
// month, whose length is not known yet.
func (t *hijriTable) predicted(i, day int) bool {
	return i < t.obsFrom || i > t.obsLast || i == t.obsLast && day == 30
}

// Hijri returns the lunar Hijri date of d as observed in Iran. The zero
// Date returns the zero HijriDate.
func (d Date) Hijri() HijriDate {
	if d.IsZero() {
		return HijriDate{}
	}
	t := hijri()
	n := d.epochDay()
	i := t.month(n)
	m := t.first + i
	day := n - int(t.starts[i]) + 1
	return HijriDate{Year: m/12 + 1, Month: HijriMonth(m%12 + 1), Day: day, Predicted: t.predicted(i, day)}
}

// ErrHijriDate reports a lunar date that does not exist: a month outside
// 1-12, or a day past the month's end.
var ErrHijriDate = errors.New("invalid Hijri date")

// FromHijri returns the Jalali date of a lunar Hijri date as observed in
// Iran: FromHijri(1446, Muharram, 10) is 1403/04/26. The month's length
// decides whether day 30 exists; predicted reports a date outside the
// observed months. The error wraps ErrHijriDate, or ErrOutOfRange for a
// date outside the supported years.
func FromHijri(year int, month HijriMonth, day int) (d Date, predicted bool, err error) {
	if month < Muharram || month > DhuAlHijjah || day < 1 || day > 30 {
		return Date{}, false, hijriError(year, month, day, ErrHijriDate)
	}
	t := hijri()
	i := (year-1)*12 + int(month) - 1 - t.first
	if i < 0 || i+1 >= len(t.starts) {
		return Date{}, false, hijriError(year, month, day, ErrOutOfRange)
	}
	n := int(t.starts[i]) + day - 1
	if n >= int(t.starts[i+1]) {
		return Date{}, false, hijriError(year, month, day, ErrHijriDate)
	}
	d = fromEpochDay(n)
	if d.IsZero() {
		return Date{}, false, hijriError(year, month, day, ErrOutOfRange)
	}
	return d, t.predicted(i, day), nil
}

// hijriMonthLength returns the days in the month at index i of the table.
func (t *hijriTable) monthLength(i int) int { return int(t.starts[i+1] - t.starts[i]) }

func hijriError(y int, m HijriMonth, d int, err error) error {
	return &hijriDateError{HijriDate{Year: y, Month: m, Day: d}, err}
}

// hijriDateError says which Hijri date is wrong.
type hijriDateError struct {
	date HijriDate
	err  error
}

func (e *hijriDateError) Error() string {
	return prefix + "Hijri date " + e.date.String() + ": " + e.err.Error()
}

func (e *hijriDateError) Unwrap() error { return e.err }
