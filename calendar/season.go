package calendar

import "strconv"

// A Season is a quarter of the Jalali year; each holds three whole months.
type Season int

// The seasons, in calendar order from Nowruz.
const (
	Spring Season = 1 + iota // بهار: Farvardin, Ordibehesht, Khordad
	Summer                   // تابستان: Tir, Mordad, Shahrivar
	Autumn                   // پاییز: Mehr, Aban, Azar
	Winter                   // زمستان: Dey, Bahman, Esfand
)

var persianSeasons = [4]string{"بهار", "تابستان", "پاییز", "زمستان"}

var englishSeasons = [4]string{"Spring", "Summer", "Autumn", "Winter"}

// String returns the Persian name of the season, such as "بهار".
func (s Season) String() string {
	if s < Spring || s > Winter {
		return "%!Season(" + strconv.Itoa(int(s)) + ")"
	}
	return persianSeasons[s-1]
}

// English returns the English name of the season, such as "Spring".
func (s Season) English() string {
	if s < Spring || s > Winter {
		return "%!Season(" + strconv.Itoa(int(s)) + ")"
	}
	return englishSeasons[s-1]
}

// FirstMonth returns the month the season starts with.
func (s Season) FirstMonth() Month { return Month(3*(int(s)-1) + 1) }

// Season returns the season of d, or 0 for the zero Date.
func (d Date) Season() Season { return d.Month().Season() }
