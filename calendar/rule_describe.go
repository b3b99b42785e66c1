package calendar

import (
	"slices"
	"strings"

	"github.com/daftar-go/daftar/internal/digits"
)

// Persian describes the rule in Persian, as an agency's minutes would put
// it: «هر سه ماه یک بار», «هر دوشنبه و چهارشنبه», «اولین شنبهٔ هر ماه»,
// «آخرین روز هر ماه», «سالانه، ۵ بار». The simple cycles read back with
// ParseRule; parts a phrase has no words for are listed after it.
func (r Rule) Persian() string {
	var b strings.Builder
	n := r.interval()
	switch r.Freq {
	case 0:
		return "یک بار"
	case Daily:
		b.WriteString(cycle(n, "روزانه", "روز"))
	case Weekly:
		switch {
		case len(r.ByDay) > 0 && n == 1:
			b.WriteString("هر ")
			b.WriteString(weekdayList(r.ByDay))
		case len(r.ByDay) > 0:
			b.WriteString(cycle(n, "هفتگی", "هفته"))
			b.WriteString("، ")
			b.WriteString(weekdayList(r.ByDay))
		default:
			b.WriteString(cycle(n, "هفتگی", "هفته"))
		}
	case Monthly, Yearly:
		unit, adverb := "ماه", "ماهانه"
		if r.Freq == Yearly {
			unit, adverb = "سال", "سالانه"
		} else if n == 3 {
			adverb = ""
		}
		day := r.dayWords()
		switch {
		case day != "" && n == 1:
			b.WriteString(day)
			b.WriteString(" هر ")
			b.WriteString(unit)
		case day != "":
			b.WriteString(cycle(n, adverb, unit))
			b.WriteString("، ")
			b.WriteString(day)
		default:
			b.WriteString(cycle(n, adverb, unit))
		}
		if len(r.ByMonth) > 0 && !(r.Freq == Yearly && day != "" && len(r.ByMonth) == 1 && r.isEdgeDay()) {
			b.WriteString("، در ")
			for i, m := range r.ByMonth {
				if i > 0 {
					b.WriteString(" و ")
				}
				b.WriteString(m.String())
			}
		}
	}
	if len(r.BySetPos) > 0 {
		b.WriteString("، از روزهای هر دوره: ")
		for i, p := range r.BySetPos {
			if i > 0 {
				b.WriteString(" و ")
			}
			b.WriteString(ordinalWord(p))
		}
	}
	if r.Count > 0 {
		b.WriteString("، ")
		b.Write(digits.Append(nil, r.Count, 1, true))
		b.WriteString(" بار")
	}
	if !r.Until.IsZero() {
		b.WriteString(" تا ")
		b.WriteString(r.Until.Format(Long | PersianDigits))
	}
	return b.String()
}

// cycle returns «هر n unit یک بار», or the adverb for n = 1.
func cycle(n int, adverb, unit string) string {
	if n == 1 && adverb != "" {
		return adverb
	}
	if n == 1 {
		return "هر " + unit
	}
	return "هر " + numberWord(n) + " " + unit + " یک بار"
}

// numberWord writes 2 to 12 in words and larger numbers in Persian digits.
func numberWord(n int) string {
	words := [...]string{2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش", 7: "هفت",
		8: "هشت", 9: "نه", 10: "ده", 11: "یازده", 12: "دوازده"}
	if n >= 2 && n < len(words) {
		return words[n]
	}
	return string(digits.Append(nil, n, 1, true))
}

// ordinalWord writes 1 as اولین, 2 as دومین, -1 as آخرین, and others as
// «nمین» or «nمین از آخر».
func ordinalWord(n int) string {
	words := [...]string{1: "اولین", 2: "دومین", 3: "سومین", 4: "چهارمین", 5: "پنجمین"}
	switch {
	case n == -1:
		return "آخرین"
	case n > 0 && n < len(words):
		return words[n]
	case n < 0:
		return ordinalWord(-n) + " از آخر"
	}
	return string(digits.Append(nil, n, 1, true)) + "مین"
}

// weekdayList writes the weekdays of ByDay joined by و.
func weekdayList(days []WeekdayNum) string {
	var parts []string
	for _, d := range days {
		parts = append(parts, WeekdayName(d.Weekday))
	}
	return strings.Join(parts, " و ")
}

// dayWords describes the day within a month or year: «آخرین روز»,
// «روز ۱۵», «اولین شنبهٔ», or "" for the start date's day.
func (r Rule) dayWords() string {
	var parts []string
	for _, md := range r.ByMonthDay {
		switch md {
		case 1:
			parts = append(parts, "اولین روز")
		case -1:
			parts = append(parts, "آخرین روز")
		default:
			if md > 0 {
				parts = append(parts, "روز "+string(digits.Append(nil, md, 1, true)))
			} else {
				parts = append(parts, ordinalWord(md)+" روز")
			}
		}
	}
	for _, d := range r.ByDay {
		if d.N == 0 {
			parts = append(parts, WeekdayName(d.Weekday)+"‌ها")
		} else {
			parts = append(parts, ordinalWord(d.N)+" "+WeekdayName(d.Weekday))
		}
	}
	return strings.Join(parts, " و ")
}

// isEdgeDay reports whether a yearly rule's only day is the first or last
// of the month, which «اولین/آخرین روز هر سال» already says with its
// month.
func (r Rule) isEdgeDay() bool {
	return len(r.ByDay) == 0 && len(r.ByMonthDay) == 1 &&
		(r.ByMonthDay[0] == 1 && r.ByMonth[0] == Farvardin || r.ByMonthDay[0] == -1 && r.ByMonth[0] == Esfand)
}

// Equal reports whether r and u are the same rule: the same parts, with an
// Interval of 0 the same as 1 and an empty list the same as none.
func (r Rule) Equal(u Rule) bool {
	return r.Freq == u.Freq && r.interval() == u.interval() && r.Count == u.Count &&
		r.Until == u.Until && slices.Equal(r.ByDay, u.ByDay) &&
		slices.Equal(r.ByMonthDay, u.ByMonthDay) && slices.Equal(r.ByMonth, u.ByMonth) &&
		slices.Equal(r.BySetPos, u.BySetPos) && r.WeekStart == u.WeekStart && r.Skip == u.Skip
}
