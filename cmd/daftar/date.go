package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/daftar-go/daftar/calendar"
)

func runDate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("date", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cal := fs.String("calendar", "", "read the date as `jalali` or gregorian (default: slashes are Jalali, dashes Gregorian ISO)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: daftar date [-calendar jalali|gregorian] [today | 1403/01/15 | 2024-03-20]")
		fmt.Fprintln(stderr)
		fmt.Fprintln(stderr, "Prints the date in both calendars, its weekday and its season.")
		fmt.Fprintln(stderr, "Dates in Persian or Arabic-Indic digits are read too.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(stderr, "daftar date: want one date, got %d arguments\n", fs.NArg())
		return 2
	}
	text := "today"
	if fs.NArg() == 1 {
		text = strings.TrimSpace(fs.Arg(0))
	}
	d, err := readDate(text, *cal)
	if err != nil {
		fmt.Fprintf(stderr, "daftar date: %v\n", err)
		return 1
	}
	printDate(stdout, d)
	return 0
}

// readDate reads today, a Jalali date or a Gregorian ISO date. Without an
// explicit calendar, text with dashes is Gregorian ISO and anything else is
// Jalali.
func readDate(text, cal string) (calendar.Date, error) {
	if text == "today" {
		return calendar.Today(nil), nil
	}
	switch cal {
	case "":
		if strings.Contains(text, "-") && !strings.Contains(text, "/") {
			return readGregorian(text)
		}
		return calendar.Parse(text)
	case "jalali", "j":
		return calendar.Parse(text)
	case "gregorian", "g":
		return readGregorian(strings.ReplaceAll(text, "/", "-"))
	}
	return calendar.Date{}, fmt.Errorf("unknown calendar %q: want jalali or gregorian", cal)
}

func readGregorian(text string) (calendar.Date, error) {
	t, err := time.Parse("2006-1-2", text)
	if err != nil {
		return calendar.Date{}, fmt.Errorf("%q is not a Gregorian date yyyy-mm-dd", text)
	}
	d := calendar.FromTime(t)
	if d.IsZero() {
		return d, fmt.Errorf("%s is outside the supported Jalali years %d-%d", text, calendar.MinYear, calendar.MaxYear)
	}
	return d, nil
}

func printDate(w io.Writer, d calendar.Date) {
	g := d.In(time.UTC)
	fmt.Fprintf(w, "Jalali     %s  %s\n", d, d.Format(calendar.Long|calendar.PersianDigits))
	fmt.Fprintf(w, "Gregorian  %s  %s\n", g.Format(time.DateOnly), g.Format("2 January 2006"))
	fmt.Fprintf(w, "Weekday    %s  %s\n", calendar.WeekdayName(d.Weekday()), d.Weekday())
	fmt.Fprintf(w, "Season     %s  %s\n", d.Season(), d.Season().English())
	fmt.Fprintf(w, "Week       %d of %d\n", d.Week(), d.EndOfYear().Week())
}
