package calendar

import "strconv"

// A Month is a month of the Jalali year, from Farvardin (1) to Esfand (12).
type Month int

// The months of the Jalali year. The first six have 31 days, the next five
// 30, and Esfand 29, or 30 in a leap year.
const (
	Farvardin Month = 1 + iota
	Ordibehesht
	Khordad
	Tir
	Mordad
	Shahrivar
	Mehr
	Aban
	Azar
	Dey
	Bahman
	Esfand
)

var persianMonths = [12]string{
	"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
	"مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
}

// The zodiac month names used in Afghanistan (Dari) for the same months.
var dariMonths = [12]string{
	"حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله",
	"میزان", "عقرب", "قوس", "جدی", "دلو", "حوت",
}

var englishMonths = [12]string{
	"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
	"Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
}

// String returns the Persian name of the month, such as "فروردین". A value
// outside 1–12 returns "%!Month(13)", as time.Month does.
func (m Month) String() string { return m.name(&persianMonths) }

// Dari returns the name used for the month in Afghanistan, such as "حمل" for
// Farvardin.
func (m Month) Dari() string { return m.name(&dariMonths) }

// English returns the usual English transliteration of the month's name,
// such as "Farvardin".
func (m Month) English() string { return m.name(&englishMonths) }

func (m Month) name(names *[12]string) string {
	if m < Farvardin || m > Esfand {
		return "%!Month(" + strconv.Itoa(int(m)) + ")"
	}
	return names[m-1]
}

// Season returns the season the month belongs to: Farvardin–Khordad are
// spring, Tir–Shahrivar summer, Mehr–Azar autumn, Dey–Esfand winter. It
// returns 0 for a value outside 1–12.
func (m Month) Season() Season {
	if m < Farvardin || m > Esfand {
		return 0
	}
	return Season((m-1)/3 + 1)
}

// monthStart returns the number of days in the year before the first day of m.
func monthStart(m Month) int {
	if m <= Mehr {
		return 31 * int(m-1)
	}
	return 186 + 30*int(m-Mehr)
}
