package calendar

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// holidays1403 are the official holidays of 1403 as the official calendar
// (Calendar Center, University of Tehran) prints them. 13 Farvardin was
// also 21 Ramadan 1445.
var holidays1403 = []string{
	"1403/01/01", "1403/01/02", "1403/01/03", "1403/01/04", "1403/01/12", "1403/01/13",
	"1403/01/22", "1403/01/23", "1403/02/15", "1403/03/14", "1403/03/15", "1403/03/28",
	"1403/04/05", "1403/04/25", "1403/04/26", "1403/06/04", "1403/06/12", "1403/06/14",
	"1403/06/22", "1403/06/31", "1403/09/15", "1403/10/25", "1403/11/09", "1403/11/22",
	"1403/11/26", "1403/12/29",
}

func TestOfficialHolidays1403(t *testing.T) {
	var got []string
	for h := range OfficialHolidays(1403) {
		got = append(got, h.Date.String())
		assert.NotEmpty(t, h.Name)
		assert.False(t, h.Predicted, "1403's lunar months are observed")
		assert.False(t, h.Added)
	}
	assert.Equal(t, holidays1403, got)

	ashura := Must(New(1403, Tir, 26))
	h, ok := IranWorkdays().Holiday(ashura)
	require.True(t, ok)
	assert.Equal(t, "عاشورای حسینی", h.Name)
	assert.True(t, h.Lunar)
	assert.Equal(t, HijriDate{Year: 1446, Month: Muharram, Day: 10}, ashura.Hijri())
	d, predicted, err := FromHijri(1446, Muharram, 10)
	require.NoError(t, err)
	assert.Equal(t, ashura, d)
	assert.False(t, predicted)
	assert.Equal(t, "2024-07-16", ashura.In(time.UTC).Format(time.DateOnly))

	h, ok = IranWorkdays().Holiday(Must(New(1403, Farvardin, 13)))
	require.True(t, ok)
	assert.Equal(t, "روز طبیعت؛ شهادت امام علی", h.Name, "two holidays on one day")
}

func TestIranWorkdays1403(t *testing.T) {
	w := IranWorkdays()
	off := map[string]bool{}
	for _, s := range holidays1403 {
		off[s] = true
	}
	workdays := 0
	for d := Must(New(1403, Farvardin, 1)); d.Year() == 1403; d = d.AddDays(1) {
		want := d.Weekday() != time.Friday && !off[d.String()]
		require.Equal(t, want, w.IsWorkday(d), "%v (%v)", d, d.Weekday())
		if want {
			workdays++
		}
	}
	// 366 days less 52 Fridays and the holidays that are not on a Friday.
	fridays := 0
	for _, s := range holidays1403 {
		if Must(Parse(s)).Weekday() == time.Friday {
			fridays++
		}
	}
	assert.Equal(t, 366-52-(len(holidays1403)-fridays), workdays)
}

func TestHijriConversions(t *testing.T) {
	// Every observed month start converts both ways.
	start := time.Date(2008, 12, 29, 0, 0, 0, 0, time.UTC)
	d := FromTime(start)
	assert.Equal(t, HijriDate{Year: 1430, Month: Muharram, Day: 1}, d.Hijri())
	assert.Equal(t, HijriDate{Year: 1447, Month: Shawwal, Day: 1}, FromTime(time.Date(2026, 3, 21, 0, 0, 0, 0, time.UTC)).Hijri())
	// Round trips and month lengths of 29 or 30 days, at both ends of the
	// range, where months are predicted.
	for _, span := range [][2]int{{MinYear, 1250}, {2950, MaxYear}} {
		prev := Must(New(span[0], Farvardin, 1)).Hijri()
		for d := Must(New(span[0], Farvardin, 2)); !d.IsZero() && d.Year() <= span[1]; d = d.AddDays(1) {
			h := d.Hijri()
			if h.Day == 1 {
				require.Contains(t, []int{29, 30}, prev.Day, "month before %v", h)
				require.Equal(t, int(prev.Month)%12+1, int(h.Month))
			} else {
				require.Equal(t, prev.Day+1, h.Day, "%v", d)
			}
			back, _, err := FromHijri(h.Year, h.Month, h.Day)
			require.NoError(t, err)
			require.Equal(t, d, back)
			prev = h
		}
	}
	_, _, err := FromHijri(1446, Safar, 31)
	assert.ErrorIs(t, err, ErrHijriDate)
	_, _, err = FromHijri(1446, 13, 1)
	assert.ErrorIs(t, err, ErrHijriDate)
	_, _, err = FromHijri(9000, Muharram, 1)
	assert.ErrorIs(t, err, ErrOutOfRange)
	assert.Contains(t, err.Error(), "Hijri date 9000/01/01")
	assert.True(t, errors.Is(err, ErrOutOfRange))
	assert.Equal(t, HijriDate{}, Date{}.Hijri())
	assert.Equal(t, "محرم", Muharram.String())
	assert.Equal(t, "%!HijriMonth(13)", HijriMonth(13).String())
}

func TestHijriPredictions(t *testing.T) {
	// Past the observed months, dates are predicted and marked.
	d := Must(New(1406, Farvardin, 1))
	assert.True(t, d.Hijri().Predicted)
	assert.False(t, Must(New(1404, Farvardin, 1)).Hijri().Predicted)
	// The last observed month, 1447/10, has 29 certain days; the 30th is
	// a prediction.
	d29, predicted, err := FromHijri(1447, Shawwal, 29)
	require.NoError(t, err)
	assert.False(t, predicted)
	assert.False(t, d29.Hijri().Predicted)
	var lunarPredicted int
	for h := range OfficialHolidays(1406) {
		if h.Lunar {
			assert.True(t, h.Predicted, "%v %s", h.Date, h.Name)
			lunarPredicted++
		}
	}
	assert.GreaterOrEqual(t, lunarPredicted, 17)
	// Predictions stay within a day of the observations they were fitted
	// to: predict each observed start from the fit alone.
	for i, obs := range hijriObserved {
		fit := hijriFitStart + float64(i)*synodicMonth
		assert.InDelta(t, float64(obs), fit, 1.0, "month %d", hijriFirstMonth+i)
	}
}

func TestWorkdaysChanges(t *testing.T) {
	w := IranWorkdays()
	smog := Must(New(1403, Azar, 1)) // a Thursday: a workday
	require.True(t, w.IsWorkday(smog))
	closed := w.WithHoliday(smog, "تعطیلی به دلیل آلودگی هوا")
	assert.False(t, closed.IsWorkday(smog))
	assert.True(t, w.IsWorkday(smog), "the original is unchanged")
	h, ok := closed.Holiday(smog)
	require.True(t, ok)
	assert.Equal(t, Holiday{Date: smog, Name: "تعطیلی به دلیل آلودگی هوا", Added: true}, h)

	ashura := Must(New(1403, Tir, 26))
	moved := closed.WithoutHoliday(ashura)
	assert.True(t, moved.IsWorkday(ashura))
	_, ok = moved.Holiday(ashura)
	assert.False(t, ok)
	assert.False(t, moved.IsWorkday(smog), "earlier changes stay")
	assert.False(t, moved.WithHoliday(ashura, "عاشورا").IsWorkday(ashura), "a later change replaces an earlier one on the same day")

	friday := Must(New(1403, Azar, 2))
	assert.False(t, moved.WithoutHoliday(friday).IsWorkday(friday), "the weekend stays")
	assert.Equal(t, "weekend Friday; official holidays of Iran; 2 changes", moved.String())
	assert.Equal(t, "no weekend", Workdays{}.String())
	assert.Equal(t, w, w.WithHoliday(Date{}, "none"), "the zero Date changes nothing")
}

func TestWorkdaysWeekends(t *testing.T) {
	thu := Must(New(1403, Azar, 1))
	assert.True(t, IranWorkdays().IsWorkday(thu))
	assert.False(t, IranWorkdays().WithWeekend(ThursdayFridayWeekend).IsWorkday(thu))
	sat := Must(New(1403, Azar, 3))
	assert.False(t, IranWorkdays().WithWeekend(FridaySaturdayWeekend).IsWorkday(sat))
	assert.Equal(t, ThursdayFridayWeekend, WeekendOf(time.Thursday, time.Friday, 9))
	assert.True(t, FridayWeekend.Has(time.Friday))
	assert.False(t, FridayWeekend.Has(time.Weekday(-1)))
	assert.Equal(t, FridaySaturdayWeekend, IranWorkdays().WithWeekend(FridaySaturdayWeekend).Weekend())

	var zero Workdays
	assert.True(t, zero.IsWorkday(Must(New(1403, Farvardin, 1))), "the zero Workdays works every day")
	assert.False(t, zero.IsWorkday(Date{}))
	all := Workdays{}.WithWeekend(0x7f)
	assert.True(t, all.Next(thu).IsZero(), "no workday at all")
}

func TestWorkdaysArithmetic(t *testing.T) {
	w := IranWorkdays()
	// Nowruz 1403 began on a Wednesday: 01 to 04 are holidays, so the
	// first workday is Sunday 1403/01/05.
	nowruz := Must(New(1403, Farvardin, 1))
	assert.Equal(t, "1403/01/05", w.Next(nowruz).String())
	assert.Equal(t, "1402/12/28", w.Previous(nowruz).String(), "1402/12/29 is a holiday")
	assert.Equal(t, "1403/01/05", w.Adjust(nowruz, AdjustNext).String())
	assert.Equal(t, "1402/12/28", w.Adjust(nowruz, AdjustPrevious).String())
	assert.Equal(t, nowruz, w.Adjust(nowruz, AdjustNone))
	work := Must(New(1403, Farvardin, 5))
	assert.Equal(t, work, w.Adjust(work, AdjustNext))

	// Ten workdays after 1403/01/05: 06 07 08 09 11 14 15 16 18 19 (10 and
	// 17 are Fridays, 12 and 13 holidays).
	assert.Equal(t, "1403/01/19", w.AddWorkdays(work, 10).String())
	assert.Equal(t, work, w.AddWorkdays(w.AddWorkdays(work, 10), -10))
	assert.Equal(t, work, w.AddWorkdays(work, 0))
	assert.True(t, w.AddWorkdays(Must(New(MaxYear, Esfand, 20)), 100).IsZero())
}

func TestWorkdaysAdjustRule(t *testing.T) {
	// Monthly on the 13th from 1403/01/13: 13 Farvardin is a holiday, so
	// the first review moves to the 14th; the others are workdays.
	r := Rule{Freq: Monthly, Count: 6}
	w := IranWorkdays()
	var got []string
	for d := range w.Adjusted(r.All(Must(New(1403, Farvardin, 13))), AdjustNext) {
		got = append(got, d.String())
		assert.True(t, w.IsWorkday(d))
	}
	assert.Equal(t, []string{"1403/01/14", "1403/02/13", "1403/03/13", "1403/04/13", "1403/05/13", "1403/06/13"}, got)

	// Two occurrences that move to the same workday give one.
	daily := Rule{Freq: Daily, Count: 4}
	got = got[:0]
	for d := range w.Adjusted(daily.All(Must(New(1403, Farvardin, 1))), AdjustNext) {
		got = append(got, d.String())
	}
	assert.Equal(t, []string{"1403/01/05"}, got)
}

func TestWorkdaysHolidaysRange(t *testing.T) {
	w := IranWorkdays().WithHoliday(Must(New(1403, Farvardin, 20)), "closure")
	var names []string
	for h := range w.Holidays(Must(New(1403, Farvardin, 10)), Must(New(1403, Farvardin, 25))) {
		names = append(names, h.Date.String()+" "+h.Name)
	}
	assert.Equal(t, []string{
		"1403/01/12 روز جمهوری اسلامی", "1403/01/13 روز طبیعت؛ شهادت امام علی",
		"1403/01/20 closure", "1403/01/22 عید سعید فطر", "1403/01/23 تعطیل به مناسبت عید سعید فطر",
	}, names)
	assert.Empty(t, slices.Collect(OfficialHolidays(MaxYear+1)))
	_, ok := Workdays{}.Holiday(Must(New(1403, Farvardin, 1)))
	assert.False(t, ok, "the zero Workdays has no holidays")
}

func TestIsWorkdayDoesNotAllocate(t *testing.T) {
	w := IranWorkdays()
	d := Must(New(1403, Tir, 26))
	var sink bool
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink = w.IsWorkday(d) }))
	_ = sink
}
