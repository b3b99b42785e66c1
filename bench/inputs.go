package bench

import (
	"strconv"
	"time"

	"github.com/daftar-go/daftar/calendar"
	ptime "github.com/yaa110/go-persian-calendar"
)

// inputCount is the number of benchmark inputs. It is a power of two so that
// a benchmark picks the next input with a mask, not a division.
const inputCount = 64

const inputMask = inputCount - 1

// inputs holds the values the benchmarks work on, index by index the same
// day in every representation.
type inputs struct {
	// Dates are days spread over 1300–1500, among them month ends:
	// 31 Shahrivar, where AddMonths(1) clamps, and 30 Esfand of leap years.
	Dates [inputCount]calendar.Date
	// Instants fall within Dates[i] in Tehran, up to 20 hours after its
	// first instant.
	Instants [inputCount]time.Time
	// Ptimes are the first instant of Dates[i] in Tehran (midnight, or
	// 01:00 where daylight saving time skipped midnight) as ptime values.
	Ptimes [inputCount]ptime.Time
	// Texts are Dates[i] written as "1403/01/15".
	Texts [inputCount]string
	// Prose are Dates[i] as a news item's dateline writes them, with the
	// weekday, Persian digits and a time: "چهارشنبه ۱۵ فروردین ۱۴۰۳ - ۱۲:۴۷".
	Prose [inputCount]string
}

// in holds the inputs of every benchmark, built once.
var in = newInputs()

func newInputs() inputs {
	var s inputs
	loc := calendar.Tehran()
	// A step of 1151 days (not a multiple of 7, nor of a month or year
	// length) from 1300/01/01 visits every weekday and most months and
	// ends inside 1500; every eighth input is replaced by a month end.
	start := calendar.Must(calendar.New(1300, calendar.Farvardin, 1))
	for i := range inputCount {
		d := start.AddDays(i * 1151)
		if i%8 == 3 {
			d = monthEnd(d)
		}
		s.Dates[i] = d
		tod := time.Duration(i*7919%72000) * time.Second
		s.Instants[i] = d.In(loc).Add(tod)
		s.Ptimes[i] = ptime.New(d.In(loc))
		s.Texts[i] = d.String()
		s.Prose[i] = d.Format(calendar.Full|calendar.PersianDigits) + " - ۱۲:۴۷"
	}
	return s
}

// monthEnd returns the last day of the sixth month of d's year, or of the
// twelfth when the year is leap, so that the inputs include both kinds of
// day that AddMonths clamps.
func monthEnd(d calendar.Date) calendar.Date {
	m := calendar.Shahrivar
	if calendar.IsLeap(d.Year()) {
		m = calendar.Esfand
	}
	return calendar.Must(calendar.New(d.Year(), m, calendar.DaysIn(d.Year(), m)))
}

// InputSummary describes the benchmark inputs in one line, for reports.
func InputSummary() string {
	return strconv.Itoa(inputCount) + " dates from " + in.Dates[0].String() +
		" to " + in.Dates[inputCount-1].String() + ", taken in turn"
}
