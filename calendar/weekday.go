package calendar

import (
	"strconv"
	"time"
)

var persianWeekdays = [7]string{
	time.Saturday:  "شنبه",
	time.Sunday:    "یکشنبه",
	time.Monday:    "دوشنبه",
	time.Tuesday:   "سه\u200cشنبه",
	time.Wednesday: "چهارشنبه",
	time.Thursday:  "پنجشنبه",
	time.Friday:    "جمعه",
}

// WeekdayName returns the Persian name of a day of the week, such as
// "شنبه" for time.Saturday and "سه\u200cشنبه" (with a zero-width non-joiner) for
// time.Tuesday.
func WeekdayName(w time.Weekday) string {
	if w < time.Sunday || w > time.Saturday {
		return "%!Weekday(" + strconv.Itoa(int(w)) + ")"
	}
	return persianWeekdays[w]
}

// weekdayIndex returns the position of w in the Iranian week: 0 for Saturday
// through 6 for Friday.
func weekdayIndex(w time.Weekday) int { return (int(w) + 1) % 7 }
