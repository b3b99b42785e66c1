package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/daftar-go/daftar/calendar"
)

func runFind(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("find", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "write one JSON object per mention (JSON Lines) instead of a table")
	pivot := fs.Int("pivot", calendar.DefaultPivot, "read two-digit years as the year ending in them within `year`-50 … year+49")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: daftar find [flags] [file]")
		fmt.Fprintln(stderr)
		fmt.Fprintln(stderr, "Finds the dates mentioned in Persian text from file (or standard input) and")
		fmt.Fprintln(stderr, "prints each with its line, byte span in the line, Jalali and Gregorian date,")
		fmt.Fprintln(stderr, "the weekday and time of day stated with it, and a warning when the stated")
		fmt.Fprintln(stderr, "weekday is not the date's weekday.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	in, status := input("find", fs, stderr)
	if in == nil {
		return status
	}
	defer in.Close()
	var out mentionWriter = newMentionTable(stdout)
	if *asJSON {
		out = mentionJSON{json.NewEncoder(stdout)}
	}
	p := calendar.Parser{Pivot: *pivot}
	err := eachLine(in, func(n int, line string) error {
		for m := range p.All(line) {
			if err := out.write(describe(n, line, m)); err != nil {
				return err
			}
		}
		return nil
	})
	if ferr := out.flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(stderr, "daftar find: %v\n", err)
		return 1
	}
	return 0
}

// eachLine calls f with each line of r, numbered from 1, without its line
// ending. Lines may be of any length.
func eachLine(r io.Reader, f func(n int, line string) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
			if ferr := f(n, line); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// A mention is one found date as daftar find reports it.
type mention struct {
	Line      int    `json:"line"`
	Start     int    `json:"start"` // byte offsets in the line
	End       int    `json:"end"`
	Text      string `json:"text"`
	Jalali    string `json:"jalali"`
	Gregorian string `json:"gregorian"` // a day, or first/last day of a month or year
	Precision string `json:"precision"`
	Calendar  string `json:"calendar,omitempty"` // the calendar the text used, if not Jalali
	Weekday   string `json:"weekday,omitempty"`  // as stated in the text
	Time      string `json:"time,omitempty"`
	Warning   string `json:"warning,omitempty"`
}

// describe turns a Match in line n into what daftar find prints.
func describe(n int, line string, m calendar.Match) mention {
	d := mention{
		Line: n, Start: m.Start, End: m.End, Text: line[m.Start:m.End],
		Precision: m.Precision.String(),
	}
	first, last := m.Date, m.Date
	switch m.Precision {
	case calendar.PrecisionDay:
		d.Jalali = m.Date.String()
	case calendar.PrecisionMonth:
		d.Jalali = fmt.Sprintf("%d/%02d", m.Date.Year(), int(m.Date.Month()))
		last = m.Date.EndOfMonth()
	case calendar.PrecisionYear:
		d.Jalali = fmt.Sprint(m.Date.Year())
		last = m.Date.EndOfYear()
	}
	if m.Calendar != calendar.Jalali {
		d.Calendar = m.Calendar.String()
	}
	d.Gregorian = gregorian(first)
	if last != first {
		d.Gregorian += "/" + gregorian(last)
	}
	if m.HasWeekday {
		d.Weekday = m.Weekday.String()
		if !m.WeekdayAgrees() {
			d.Warning = fmt.Sprintf("the text says %s (%s), but %s is a %s (%s)",
				m.Weekday, calendar.WeekdayName(m.Weekday), m.Date, m.Date.Weekday(), calendar.WeekdayName(m.Date.Weekday()))
		}
	}
	if m.HasClock {
		d.Time = m.Clock.String()
	}
	return d
}

func gregorian(d calendar.Date) string { return d.In(time.UTC).Format(time.DateOnly) }

// A mentionWriter writes found mentions in one format.
type mentionWriter interface {
	write(mention) error
	flush() error
}

// mentionTable writes an aligned table, with a warning under the text of a
// mention whose weekday is wrong.
type mentionTable struct {
	w      *tabwriter.Writer
	header bool
}

func newMentionTable(w io.Writer) *mentionTable {
	return &mentionTable{w: tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)}
}

func (t *mentionTable) write(m mention) error {
	if !t.header {
		t.header = true
		fmt.Fprintln(t.w, "LINE\tSPAN\tJALALI\tGREGORIAN\tWEEKDAY\tTIME\tTEXT")
	}
	text := m.Text
	if m.Calendar != "" {
		text += "  (" + m.Calendar + ")"
	}
	fmt.Fprintf(t.w, "%d\t%d-%d\t%s\t%s\t%s\t%s\t%s\n",
		m.Line, m.Start, m.End, m.Jalali, m.Gregorian, dash(m.Weekday), dash(m.Time), text)
	if m.Warning != "" {
		fmt.Fprintf(t.w, "\t\t\t\t\t\twarning: %s\n", m.Warning)
	}
	return nil
}

func (t *mentionTable) flush() error { return t.w.Flush() }

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// mentionJSON writes JSON Lines.
type mentionJSON struct{ enc *json.Encoder }

func (j mentionJSON) write(m mention) error { return j.enc.Encode(m) }
func (j mentionJSON) flush() error          { return nil }
