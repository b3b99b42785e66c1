package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/daftar-go/daftar/calendar"
)

func runNext(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("next", flag.ContinueOnError)
	fs.SetOutput(stderr)
	from := fs.String("from", "today", "the start `date` (the rule's first occurrence), Jalali in any form Parse reads")
	count := fs.Int("n", 6, "how many occurrences to show")
	adjust := fs.String("adjust", "next", "move occurrences on days off to the `next` or previous workday, or none")
	weekend := fs.String("weekend", "friday", "the weekend: friday, thursday-friday or friday-saturday")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: daftar next [flags] rule")
		fmt.Fprintln(stderr)
		fmt.Fprintln(stderr, "Shows the next occurrences of a recurrence rule, RRULE text or a Persian")
		fmt.Fprintln(stderr, "phrase such as «هر سه ماه یکبار», moved off Iran's weekends and official")
		fmt.Fprintln(stderr, "holidays, with the name of the holiday each one was moved from.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "daftar next: want a rule, such as «ماهانه» or FREQ=MONTHLY;INTERVAL=3")
		return 2
	}
	if *count < 1 {
		fmt.Fprintf(stderr, "daftar next: -n %d: want at least 1\n", *count)
		return 2
	}
	rule, err := calendar.ParseRule(strings.Join(fs.Args(), " "))
	if err != nil {
		fmt.Fprintf(stderr, "daftar next: %v\n", err)
		return 1
	}
	start := calendar.Today(nil)
	if *from != "today" {
		if start, err = calendar.Parse(*from); err != nil {
			fmt.Fprintf(stderr, "daftar next: -from: %v\n", err)
			return 1
		}
	}
	var policy calendar.Adjustment
	switch *adjust {
	case "next":
		policy = calendar.AdjustNext
	case "previous":
		policy = calendar.AdjustPrevious
	case "none":
		policy = calendar.AdjustNone
	default:
		fmt.Fprintf(stderr, "daftar next: -adjust %q: want next, previous or none\n", *adjust)
		return 2
	}
	w := calendar.IranWorkdays()
	switch *weekend {
	case "friday":
	case "thursday-friday":
		w = w.WithWeekend(calendar.ThursdayFridayWeekend)
	case "friday-saturday":
		w = w.WithWeekend(calendar.FridaySaturdayWeekend)
	default:
		fmt.Fprintf(stderr, "daftar next: -weekend %q: want friday, thursday-friday or friday-saturday\n", *weekend)
		return 2
	}

	fmt.Fprintf(stdout, "%s\n%s\n\n", rule.Persian(), rule)
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tJALALI\tGREGORIAN\tWEEKDAY\tNOTE")
	n := 0
	var last calendar.Date
	for d := range rule.All(start) {
		moved := w.Adjust(d, policy)
		if moved == last {
			continue // two occurrences moved to one day
		}
		last = moved
		n++
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", n, moved, moved.In(time.UTC).Format(time.DateOnly),
			calendar.WeekdayName(moved.Weekday()), dash(note(w, d, moved)))
		if n == *count {
			break
		}
	}
	if err := tw.Flush(); err != nil {
		fmt.Fprintf(stderr, "daftar next: %v\n", err)
		return 1
	}
	return 0
}

// note says why an occurrence moved, or that it stays on a day off.
func note(w calendar.Workdays, d, moved calendar.Date) string {
	why := ""
	if h, ok := w.Holiday(d); ok {
		why = h.Name
		if h.Predicted {
			why += " (predicted)"
		}
	} else if !w.IsWorkday(d) {
		why = "weekend, " + calendar.WeekdayName(d.Weekday())
	}
	switch {
	case why == "":
		return ""
	case moved == d:
		return "day off: " + why
	}
	return "moved from " + d.String() + ": " + why
}
