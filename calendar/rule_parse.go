package calendar

import (
	"strconv"
	"strings"
	"time"
)

// ParseRule reads a recurrence rule from RRULE text or from a Persian
// phrase.
//
// RRULE text is RFC 5545's, with or without the "RRULE:" name, parts in any
// order and names in any case: "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1".
// RSCALE=PERSIAN is assumed when absent; another RSCALE is an error. SKIP is
// OMIT unless given, as RFC 7529 says. UNTIL is a Gregorian date (20250320),
// or a date-time (in UTC if it ends in Z, taken in Tehran), as iCalendar
// writes it; a Jalali 1403/12/30 is accepted too. BYWEEKNO, BYYEARDAY and
// the time-of-day parts are not supported and are errors.
//
// A Persian phrase names a review cycle: روزانه, هفتگی, هر هفته, هر دو هفته
// یک بار, ماهانه, هر ماه, هر سه ماه یکبار, سه ماه یک بار, فصلی, شش ماه یکبار,
// سالانه, هر سال, هر دوشنبه, اولین شنبه هر ماه, آخرین روز هر ماه, روز ۱۵ هر
// ماه, and the like, in any digits and spellings. A phrase means that a
// review must happen in every period, so its rule has SKIP=BACKWARD: a
// monthly review from 31 Shahrivar falls on 30 Mehr.
//
// The error is a *RuleError wrapping ErrInvalidRule.
func ParseRule(s string) (Rule, error) {
	text := strings.TrimSpace(s)
	if len(text) >= 6 && strings.EqualFold(text[:6], "RRULE:") {
		return parseRRule(s, len(s)-len(strings.TrimLeft(s, " \t\r\n"))+6)
	}
	if strings.Contains(text, "=") {
		return parseRRule(s, len(s)-len(strings.TrimLeft(s, " \t\r\n")))
	}
	return parsePhrase(s)
}

// parseRRule reads the parts of RRULE text s that start at byte from.
func parseRRule(s string, from int) (Rule, error) {
	var r Rule
	seen := map[string]bool{}
	fail := func(at int, part, reason string) (Rule, error) {
		return Rule{}, &RuleError{Input: s, Offset: at, Part: part, Reason: reason}
	}
	end := len(strings.TrimRight(s, " \t\r\n"))
	if from >= end {
		return fail(from, "", "empty rule")
	}
	for at := from; at <= end; {
		next := strings.IndexByte(s[at:end], ';')
		if next < 0 {
			next = end - at
		}
		part := s[at : at+next]
		valueAt := at
		eq := strings.IndexByte(part, '=')
		if part == "" {
			if at+next == end {
				break // a trailing ;
			}
			return fail(at, "", "empty part")
		}
		if eq <= 0 {
			return fail(at, "", "expected NAME=VALUE, got "+strconv.Quote(part))
		}
		name, value := strings.ToUpper(part[:eq]), part[eq+1:]
		valueAt += eq + 1
		if seen[name] {
			return fail(at, name, "given twice")
		}
		seen[name] = true
		if err := r.setPart(name, value); err != "" {
			if !knownParts[name] || err == notSupported {
				valueAt = at
			}
			return fail(valueAt, name, err)
		}
		at += next + 1
	}
	if !seen["FREQ"] {
		return fail(from, "FREQ", "missing")
	}
	if err := r.Validate(); err != nil {
		e := err.(*RuleError)
		e.Input = s
		e.Offset = partOffset(s, from, e.Part)
		return Rule{}, e
	}
	return r, nil
}

// partOffset returns where part NAME= starts in s, or from.
func partOffset(s string, from int, name string) int {
	upper := strings.ToUpper(s)
	for i := from; ; {
		j := strings.Index(upper[i:], name+"=")
		if j < 0 {
			return from
		}
		if k := i + j; k == from || upper[k-1] == ';' || upper[k-1] == ':' {
			return k
		}
		i += j + 1
	}
}

// knownParts are the RRULE parts this package reads.
var knownParts = map[string]bool{
	"FREQ": true, "INTERVAL": true, "COUNT": true, "UNTIL": true, "BYDAY": true,
	"BYMONTHDAY": true, "BYMONTH": true, "BYSETPOS": true, "WKST": true, "SKIP": true, "RSCALE": true,
}

const notSupported = "not supported"

// setPart sets the rule part name to value, or returns why it cannot.
func (r *Rule) setPart(name, value string) string {
	switch name {
	case "FREQ":
		for f := Daily; f <= Yearly; f++ {
			if strings.EqualFold(value, f.String()) {
				r.Freq = f
				return ""
			}
		}
		switch strings.ToUpper(value) {
		case "HOURLY", "MINUTELY", "SECONDLY":
			return value + " is not supported: rules here are for dates"
		}
		return "unknown frequency " + strconv.Quote(value)
	case "INTERVAL":
		n, err := strconv.Atoi(value)
		if err != nil || n < 1 {
			return "must be a whole number of at least 1"
		}
		r.Interval = n
	case "COUNT":
		n, err := strconv.Atoi(value)
		if err != nil || n < 1 {
			return "must be a whole number of at least 1"
		}
		r.Count = n
	case "UNTIL":
		d, ok := parseUntil(value)
		if !ok {
			return strconv.Quote(value) + " is not a date such as 20250320, 20250320T000000Z or 1403/12/30 in the supported years"
		}
		r.Until = d
	case "BYDAY":
		for _, item := range strings.Split(value, ",") {
			w, ok := parseWeekdayNum(item)
			if !ok {
				return strconv.Quote(item) + " is not a weekday such as MO, 1SA or -1FR"
			}
			r.ByDay = append(r.ByDay, w)
		}
	case "BYMONTHDAY":
		v, ok := parseInts(value)
		if !ok {
			return "expected comma-separated numbers"
		}
		r.ByMonthDay = v
	case "BYMONTH":
		v, ok := parseInts(value)
		if !ok {
			return "expected comma-separated month numbers (leap months, 5L, do not exist in this calendar)"
		}
		for _, m := range v {
			r.ByMonth = append(r.ByMonth, Month(m))
		}
	case "BYSETPOS":
		v, ok := parseInts(value)
		if !ok {
			return "expected comma-separated numbers"
		}
		r.BySetPos = v
	case "WKST":
		w, ok := parseWeekdayNum(value)
		if !ok || w.N != 0 {
			return strconv.Quote(value) + " is not a weekday such as SA or MO"
		}
		r.WeekStart = WeekStartOn(w.Weekday)
	case "SKIP":
		for k := SkipOmit; k <= SkipForward; k++ {
			if strings.EqualFold(value, k.String()) {
				r.Skip = k
				return ""
			}
		}
		return "expected OMIT, BACKWARD or FORWARD"
	case "RSCALE":
		if !strings.EqualFold(value, "PERSIAN") {
			return strconv.Quote(value) + " is not supported: this package evaluates RSCALE=PERSIAN"
		}
	case "BYWEEKNO", "BYYEARDAY", "BYHOUR", "BYMINUTE", "BYSECOND":
		return notSupported
	default:
		return "unknown rule part"
	}
	return ""
}

// parseUntil reads an UNTIL value: a Gregorian date or date-time, or a
// Jalali date with slashes.
func parseUntil(v string) (Date, bool) {
	if strings.Contains(v, "/") {
		d, err := parseNumeric(v, "/")
		return d, err == nil
	}
	var t time.Time
	var err error
	switch {
	case len(v) == 8:
		t, err = time.Parse("20060102", v)
	case len(v) == 16 && v[15] == 'Z':
		t, err = time.Parse("20060102T150405Z", v)
		t = t.In(Tehran())
	case len(v) == 15:
		t, err = time.Parse("20060102T150405", v)
	default:
		return Date{}, false
	}
	if err != nil {
		return Date{}, false
	}
	d := FromTime(t)
	return d, !d.IsZero()
}

// parseWeekdayNum reads MO, 1SA, +2TU or -1FR.
func parseWeekdayNum(s string) (WeekdayNum, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 2 {
		return WeekdayNum{}, false
	}
	day := strings.ToUpper(s[len(s)-2:])
	var w WeekdayNum
	found := false
	for i, name := range rruleDays {
		if day == name {
			w.Weekday, found = time.Weekday(i), true
		}
	}
	if !found {
		return WeekdayNum{}, false
	}
	if n := s[:len(s)-2]; n != "" {
		v, err := strconv.Atoi(n)
		if err != nil || v == 0 {
			return WeekdayNum{}, false
		}
		w.N = v
	}
	return w, true
}

// parseInts reads comma-separated integers.
func parseInts(s string) ([]int, bool) {
	var out []int
	for _, item := range strings.Split(s, ",") {
		v, err := strconv.Atoi(strings.TrimSpace(item))
		if err != nil {
			return nil, false
		}
		out = append(out, v)
	}
	return out, true
}
