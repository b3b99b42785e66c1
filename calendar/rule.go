package calendar

import (
	"errors"
	"strconv"
	"time"
)

// A Rule is a recurrence rule, RFC 5545's RRULE evaluated in Jalali months
// and years as RFC 7529 defines for RSCALE=PERSIAN: "every three months"
// from 1 Farvardin lands on 1 Tir, 1 Mehr and 1 Dey, where a Gregorian rule
// would drift to 31 Khordad, 30 Shahrivar and 30 Azar.
//
// Build one with ParseRule, from RRULE text or a Persian phrase such as
// «هر سه ماه یک بار», or as a literal:
//
//	calendar.Rule{Freq: calendar.Monthly, Interval: 3, Skip: calendar.SkipBackward}
//
// The zero Rule has no frequency: its only occurrence is the start date.
// All, Between and After evaluate a rule from a start date (RFC 5545's
// DTSTART), which is always the first occurrence.
type Rule struct {
	// Freq is the period the rule repeats in: Daily, Weekly, Monthly or
	// Yearly (FREQ).
	Freq Frequency

	// Interval is how many periods apart occurrences are (INTERVAL); 0
	// means 1.
	Interval int

	// Count, if positive, is the number of occurrences, the start date
	// included (COUNT). Count and Until exclude each other.
	Count int

	// Until, if not the zero Date, is the last day an occurrence may fall
	// on (UNTIL, inclusive).
	Until Date

	// ByDay lists weekdays (BYDAY); in monthly and yearly rules a weekday
	// may have an ordinal: the first Saturday, the last Friday.
	ByDay []WeekdayNum

	// ByMonthDay lists days of the month (BYMONTHDAY), 1 to 31, or -1
	// (the last day) to -31.
	ByMonthDay []int

	// ByMonth lists the months the rule is limited to (BYMONTH).
	ByMonth []Month

	// BySetPos picks occurrences by position within each period
	// (BYSETPOS): 1 is the first, -1 the last.
	BySetPos []int

	// WeekStart is the first day of the week (WKST), which decides how
	// weekly rules with an interval group their days. The zero value is
	// Saturday, the Iranian week start.
	WeekStart WeekStart

	// Skip says what happens to an occurrence on a day the month does not
	// have, such as the 31st in Mehr or 30 Esfand in a common year (SKIP):
	// SkipOmit (the zero value, as in RRULE text) drops it, SkipBackward
	// moves it to the month's last day and SkipForward to the next
	// month's first day. A negative ByMonthDay past the month's start
	// (-31 in a 30-day month) names no day at all and is dropped under
	// every Skip: RFC 7529 leaves that case open.
	Skip Skip
}

// Frequency is the period a Rule repeats in.
type Frequency uint8

// The frequencies of a Rule.
const (
	Daily Frequency = iota + 1
	Weekly
	Monthly
	Yearly
)

var frequencyNames = [...]string{Daily: "DAILY", Weekly: "WEEKLY", Monthly: "MONTHLY", Yearly: "YEARLY"}

// String returns the RRULE name of the frequency: "DAILY", "WEEKLY",
// "MONTHLY" or "YEARLY".
func (f Frequency) String() string {
	if f >= Daily && f <= Yearly {
		return frequencyNames[f]
	}
	return "%!Frequency(" + strconv.Itoa(int(f)) + ")"
}

// Skip is what a Rule does with an occurrence on a day that does not exist
// in its month (RFC 7529 SKIP).
type Skip uint8

// The SKIP behaviours.
const (
	SkipOmit     Skip = iota // leave the occurrence out (the RRULE default)
	SkipBackward             // move it to the last day of the month
	SkipForward              // move it to the first day of the next month
)

var skipNames = [...]string{SkipOmit: "OMIT", SkipBackward: "BACKWARD", SkipForward: "FORWARD"}

// String returns the RRULE name: "OMIT", "BACKWARD" or "FORWARD".
func (s Skip) String() string {
	if int(s) < len(skipNames) {
		return skipNames[s]
	}
	return "%!Skip(" + strconv.Itoa(int(s)) + ")"
}

// A WeekdayNum is a weekday in a Rule's ByDay, with an optional ordinal: N
// = 0 means every such weekday of the period, N = 1 the first, N = -1 the
// last.
type WeekdayNum struct {
	N       int
	Weekday time.Weekday
}

// A WeekStart is the day a Rule's weeks start on. The zero value is
// Saturday.
type WeekStart uint8

// WeekStartOn returns the WeekStart for weeks that start on w.
func WeekStartOn(w time.Weekday) WeekStart { return WeekStart((int(w) + 1) % 7) }

// Weekday returns the day the week starts on.
func (s WeekStart) Weekday() time.Weekday { return time.Weekday((int(s) + 6) % 7) }

// ErrInvalidRule is wrapped by every error about a Rule: text that is not
// a rule, and rules whose parts contradict each other.
var ErrInvalidRule = errors.New("invalid recurrence rule")

// A RuleError reports what is wrong with a rule, and where in its text if
// it came from text.
type RuleError struct {
	Input  string // the text, if the rule was parsed
	Offset int    // the byte offset in Input of the wrong part
	Part   string // the rule part at fault, such as "INTERVAL"
	Reason string
}

// Error returns a message such as
// `calendar: rule "FREQ=MONTHLY;INTERVAL=0": INTERVAL: must be at least 1`.
func (e *RuleError) Error() string {
	b := append([]byte(prefix), "rule "...)
	if e.Input != "" {
		b = strconv.AppendQuote(b, e.Input)
		b = append(b, " at byte "...)
		b = strconv.AppendInt(b, int64(e.Offset), 10)
		b = append(b, ": "...)
	}
	if e.Part != "" {
		b = append(append(b, e.Part...), ": "...)
	}
	return string(append(b, e.Reason...))
}

// Unwrap returns ErrInvalidRule.
func (e *RuleError) Unwrap() error { return ErrInvalidRule }

// Validate reports whether the rule's parts fit together as RFC 5545 and
// RFC 7529 require: COUNT and UNTIL exclude each other, ordinals in BYDAY
// need a monthly or yearly rule, BYMONTHDAY does not go with a weekly one,
// BYSETPOS needs another BY part, and every value is in its range. The
// error is a *RuleError. All, Between and After yield nothing for an
// invalid rule.
func (r Rule) Validate() error {
	fail := func(part, reason string) error { return &RuleError{Part: part, Reason: reason} }
	switch {
	case r.Freq == 0:
		if r.Interval != 0 || r.Count != 0 || !r.Until.IsZero() || len(r.ByDay) > 0 ||
			len(r.ByMonthDay) > 0 || len(r.ByMonth) > 0 || len(r.BySetPos) > 0 {
			return fail("FREQ", "a rule with parts needs a frequency")
		}
	case r.Freq > Yearly:
		return fail("FREQ", "unknown frequency "+strconv.Itoa(int(r.Freq)))
	}
	if r.Interval < 0 {
		return fail("INTERVAL", "must be at least 1")
	}
	if r.Count < 0 {
		return fail("COUNT", "must be at least 1")
	}
	if r.Count > 0 && !r.Until.IsZero() {
		return fail("COUNT", "COUNT and UNTIL exclude each other")
	}
	if r.Skip > SkipForward {
		return fail("SKIP", "unknown value "+strconv.Itoa(int(r.Skip)))
	}
	if r.WeekStart > 6 {
		return fail("WKST", "unknown weekday")
	}
	for _, wd := range r.ByDay {
		switch {
		case wd.Weekday < time.Sunday || wd.Weekday > time.Saturday:
			return fail("BYDAY", "unknown weekday "+strconv.Itoa(int(wd.Weekday)))
		case wd.N != 0 && r.Freq != Monthly && r.Freq != Yearly:
			return fail("BYDAY", "an ordinal weekday ("+wd.String()+") needs FREQ=MONTHLY or YEARLY")
		case wd.N < -53 || wd.N > 53 || r.Freq == Monthly && (wd.N < -5 || wd.N > 5):
			return fail("BYDAY", "ordinal out of range in "+wd.String())
		}
	}
	if len(r.ByMonthDay) > 0 && r.Freq == Weekly {
		return fail("BYMONTHDAY", "not allowed with FREQ=WEEKLY")
	}
	for _, md := range r.ByMonthDay {
		if md == 0 || md < -31 || md > 31 {
			return fail("BYMONTHDAY", strconv.Itoa(md)+" is not in 1..31 or -31..-1")
		}
	}
	for _, m := range r.ByMonth {
		if m < Farvardin || m > Esfand {
			return fail("BYMONTH", strconv.Itoa(int(m))+" is not in 1..12")
		}
	}
	if len(r.BySetPos) > 0 && len(r.ByDay) == 0 && len(r.ByMonthDay) == 0 && len(r.ByMonth) == 0 {
		return fail("BYSETPOS", "needs another BY part to choose from")
	}
	for _, p := range r.BySetPos {
		if p == 0 || p < -366 || p > 366 {
			return fail("BYSETPOS", strconv.Itoa(p)+" is not in 1..366 or -366..-1")
		}
	}
	return nil
}

// interval returns the interval, 1 for the zero value.
func (r Rule) interval() int {
	if r.Interval == 0 {
		return 1
	}
	return r.Interval
}

var rruleDays = [7]string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}

// String returns the weekday with its ordinal as RRULE writes it: "1SA",
// "-1FR", "MO".
func (w WeekdayNum) String() string {
	s := ""
	if w.N != 0 {
		s = strconv.Itoa(w.N)
	}
	if w.Weekday < time.Sunday || w.Weekday > time.Saturday {
		return s + "%!Weekday(" + strconv.Itoa(int(w.Weekday)) + ")"
	}
	return s + rruleDays[w.Weekday]
}

// String returns the rule as canonical RRULE text, without the "RRULE:"
// name: RSCALE=PERSIAN first, then the parts in a fixed order, leaving out
// those at their defaults (INTERVAL=1, SKIP=OMIT; WKST=SA except in weekly
// rules, where it is always written). UNTIL is written as a Gregorian date,
// as iCalendar requires. ParseRule reads it back to an equal Rule.
func (r Rule) String() string {
	b := make([]byte, 0, 64)
	b = append(b, "RSCALE=PERSIAN"...)
	if r.Freq != 0 {
		b = append(b, ";FREQ="...)
		b = append(b, r.Freq.String()...)
	}
	if r.Interval > 1 {
		b = append(b, ";INTERVAL="...)
		b = strconv.AppendInt(b, int64(r.Interval), 10)
	}
	if r.Count > 0 {
		b = append(b, ";COUNT="...)
		b = strconv.AppendInt(b, int64(r.Count), 10)
	}
	if !r.Until.IsZero() {
		b = append(b, ";UNTIL="...)
		b = r.Until.In(time.UTC).AppendFormat(b, "20060102")
	}
	if len(r.ByMonth) > 0 {
		b = append(b, ";BYMONTH="...)
		for i, m := range r.ByMonth {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(m), 10)
		}
	}
	b = appendInts(b, ";BYMONTHDAY=", r.ByMonthDay)
	if len(r.ByDay) > 0 {
		b = append(b, ";BYDAY="...)
		for i, w := range r.ByDay {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, w.String()...)
		}
	}
	b = appendInts(b, ";BYSETPOS=", r.BySetPos)
	if r.Freq == Weekly || r.WeekStart != 0 {
		b = append(b, ";WKST="...)
		b = append(b, rruleDays[r.WeekStart.Weekday()%7]...)
	}
	if r.Skip != SkipOmit {
		b = append(b, ";SKIP="...)
		b = append(b, r.Skip.String()...)
	}
	return string(b)
}

func appendInts(b []byte, name string, v []int) []byte {
	if len(v) == 0 {
		return b
	}
	b = append(b, name...)
	for i, x := range v {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(x), 10)
	}
	return b
}
