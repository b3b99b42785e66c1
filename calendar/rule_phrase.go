package calendar

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/daftar-go/daftar/internal/digits"
)

// parsePhrase reads a Persian recurrence phrase (see ParseRule).
func parsePhrase(s string) (Rule, error) {
	words, until, untilAt := phraseWords(s)
	r, ok := phraseRule(words)
	if !ok {
		return Rule{}, &RuleError{Input: s, Reason: "not RRULE text, nor a Persian phrase such as «هر سه ماه یک بار», «ماهانه» or «اولین شنبه هر ماه»"}
	}
	r.Skip = SkipBackward
	if until != "" {
		d, err := Parse(until)
		if err != nil {
			return Rule{}, &RuleError{Input: s, Offset: untilAt, Part: "UNTIL", Reason: "«" + until + "» is not a date"}
		}
		r.Until = d
	}
	return r, nil
}

// phraseWords splits a phrase into folded words, with ASCII digits, and
// splits off a closing «تا <date>», which it returns with its offset.
func phraseWords(s string) (words []string, until string, untilAt int) {
	if i := strings.Index(s, " تا "); i >= 0 {
		untilAt = i + len(" تا ")
		until = strings.TrimSpace(s[untilAt:])
		untilAt += len(s[untilAt:]) - len(strings.TrimLeft(s[untilAt:], " "))
		s = s[:i]
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if v, size := digits.At(s, i); size > 0 {
			b.WriteByte(byte('0' + v))
			i += size
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\u200c' || unicode.IsSpace(r) || unicode.IsPunct(r) && r != '/' && r != '-':
			b.WriteByte(' ')
		case isInvisible(r):
		default:
			b.WriteRune(unicode.ToLower(foldLetter(r)))
		}
	}
	return joinSuffixes(strings.Fields(b.String())), until, untilAt
}

// joinSuffixes joins ای and ها, written apart with a ZWNJ, to their words:
// هفته‌ای, دوشنبه‌ها.
func joinSuffixes(w []string) []string {
	out := w[:0]
	for _, x := range w {
		if len(out) > 0 && (x == "ای" || x == "ها" || x == "های") {
			out[len(out)-1] += x
			continue
		}
		out = append(out, x)
	}
	return out
}

// phraseUnits are the periods a phrase counts in, with the frequency and
// the multiple of it one unit is.
var phraseUnits = map[string]struct {
	freq Frequency
	mult int
}{
	"روز": {Daily, 1}, "هفته": {Weekly, 1}, "ماه": {Monthly, 1},
	"فصل": {Monthly, 3}, "سال": {Yearly, 1},
	"روزی": {Daily, 1}, "هفتهای": {Weekly, 1}, "ماهی": {Monthly, 1}, "سالی": {Yearly, 1},
	"روزه": {Daily, 1}, "ماهه": {Monthly, 1}, "ساله": {Yearly, 1},
}

// phraseAdverbs are one-word cycles: روزانه, هفتگی, ماهانه, فصلی, سالانه.
var phraseAdverbs = map[string]struct {
	freq Frequency
	mult int
}{
	"روزانه": {Daily, 1}, "هفتگی": {Weekly, 1}, "ماهانه": {Monthly, 1}, "ماهیانه": {Monthly, 1},
	"فصلی": {Monthly, 3}, "سهماهه": {Monthly, 3}, "ششماهه": {Monthly, 6},
	"سالانه": {Yearly, 1}, "سالیانه": {Yearly, 1},
}

// phraseNumbers are the number words a phrase may count with.
var phraseNumbers = map[string]int{
	"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7,
	"هشت": 8, "نه": 9, "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14,
	"پانزده": 15, "پونزده": 15, "شانزده": 16, "هفده": 17, "هجده": 18, "هیجده": 18,
	"نوزده": 19, "بیست": 20, "سی": 30,
}

// phraseOrdinals are ordinal adjectives: اولین … پنجمین, آخرین.
var phraseOrdinals = map[string]int{
	"اولین": 1, "نخستین": 1, "دومین": 2, "سومین": 3, "چهارمین": 4, "پنجمین": 5, "اخرین": -1,
	"اول": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "اخر": -1,
}

// phraseRule reads the folded words of a phrase.
func phraseRule(w []string) (Rule, bool) {
	w = trimOnce(w)
	if len(w) == 0 {
		return Rule{}, false
	}
	// یک بار در ماه, یکبار در هفته
	if len(w) == 2 && w[0] == "در" {
		if u, ok := phraseUnits[w[1]]; ok {
			return everyN(u.freq, u.mult), true
		}
	}
	// روزانه, ماهانه, فصلی ...
	if a, ok := phraseAdverbs[w[0]]; ok && len(w) == 1 {
		return everyN(a.freq, a.mult), true
	}
	// ... هر ماه / هر سال at the end: a day within each month or year.
	if len(w) >= 3 && w[len(w)-2] == "هر" {
		if u, ok := phraseUnits[w[len(w)-1]]; ok && (u.freq == Monthly && u.mult == 1 || u.freq == Yearly) {
			return dayOfPeriod(w[:len(w)-2], u.freq)
		}
	}
	if w[0] == "هر" {
		w = w[1:]
		if days, ok := phraseWeekdays(w); ok { // هر دوشنبه و چهارشنبه
			return Rule{Freq: Weekly, ByDay: days}, true
		}
	}
	if days, ok := phraseWeekdays(w); ok && strings.HasSuffix(w[len(w)-1], "ها") { // دوشنبه‌ها
		return Rule{Freq: Weekly, ByDay: days}, true
	}
	// [N] unit: هر سه ماه, سه ماه, ماهی (یک بار was trimmed).
	n := 1
	if len(w) == 2 {
		v, ok := phraseNumber(w[0])
		if !ok {
			return Rule{}, false
		}
		n, w = v, w[1:]
	}
	if len(w) != 1 {
		return Rule{}, false
	}
	if u, ok := phraseUnits[w[0]]; ok {
		return everyN(u.freq, u.mult*n), true
	}
	if a, ok := phraseAdverbs[w[0]]; ok && n == 1 {
		return everyN(a.freq, a.mult), true
	}
	return Rule{}, false
}

// trimOnce drops «یک بار», «یکبار», «بار» or «یک دفعه» from the end, or
// from the start before «در»: یک بار در ماه.
func trimOnce(w []string) []string {
	switch {
	case len(w) >= 3 && w[0] == "یک" && (w[1] == "بار" || w[1] == "دفعه") && w[2] == "در":
		return w[2:]
	case len(w) >= 2 && (w[0] == "یکبار" || w[0] == "یکدفعه") && w[1] == "در":
		return w[1:]
	}
	n := len(w)
	switch {
	case n >= 2 && w[n-2] == "یک" && (w[n-1] == "بار" || w[n-1] == "دفعه"):
		return w[:n-2]
	case n >= 1 && (w[n-1] == "یکبار" || w[n-1] == "یکدفعه" || w[n-1] == "بار"):
		return w[:n-1]
	}
	return w
}

// everyN returns the rule for every n periods of freq.
func everyN(freq Frequency, n int) Rule {
	r := Rule{Freq: freq}
	if n > 1 {
		r.Interval = n
	}
	return r
}

// phraseNumber reads a count in digits or words.
func phraseNumber(s string) (int, bool) {
	if v, ok := phraseNumbers[s]; ok {
		return v, true
	}
	v, err := strconv.Atoi(s)
	return v, err == nil && v > 0 && v < 1000
}

// phraseWeekdays reads one or more weekdays joined by و: دوشنبه, سه شنبه,
// دوشنبه‌ها و چهارشنبه‌ها.
func phraseWeekdays(w []string) ([]WeekdayNum, bool) {
	var out []WeekdayNum
	for i := 0; i < len(w); {
		if len(out) > 0 {
			if w[i] != "و" || i+1 == len(w) {
				return nil, false
			}
			i++
		}
		d, n, ok := phraseWeekday(w[i:])
		if !ok {
			return nil, false
		}
		out = append(out, WeekdayNum{Weekday: d})
		i += n
	}
	return out, len(out) > 0
}

// phraseWeekday reads a weekday at the start of w (one word, or two when
// the number is written apart: سه شنبه) and says how many words it took.
func phraseWeekday(w []string) (time.Weekday, int, bool) {
	if len(w) == 0 {
		return 0, 0, false
	}
	one := strings.TrimSuffix(w[0], "ها")
	if k, v := lookupWord([]byte(one)); k == wWeekday {
		return time.Weekday(v), 1, true
	}
	if len(w) >= 2 {
		two := strings.TrimSuffix(w[1], "ها")
		if k, v := lookupWord([]byte(w[0])); k == wWeekdayHead && two == "شنبه" {
			return time.Weekday(v), 2, true
		}
	}
	return 0, 0, false
}

// dayOfPeriod reads what comes before «هر ماه» or «هر سال»: اولین شنبه,
// شنبه اول, آخرین روز, روز اول, روز ۱۵, پانزدهم, ۱۵ام.
func dayOfPeriod(w []string, freq Frequency) (Rule, bool) {
	r := Rule{Freq: freq}
	switch len(w) {
	case 1:
		if md, ok := phraseDayNumber(w[0]); ok { // پانزدهم, ۱۵ام, اول
			r.ByMonthDay = []int{md}
			return r.inYear(), true
		}
	case 2:
		if w[0] == "روز" { // روز ۱۵, روز اول, روز آخر
			if md, ok := phraseDayNumber(w[1]); ok {
				r.ByMonthDay = []int{md}
				return r.inYear(), true
			}
		}
		if n, ok := phraseOrdinals[w[0]]; ok && w[1] == "روز" { // آخرین روز
			r.ByMonthDay = []int{n}
			return r.inYear(), true
		}
	}
	if len(w) >= 2 {
		// اولین سه شنبه, آخرین جمعه
		if n, ok := phraseOrdinals[w[0]]; ok {
			if d, k, ok := phraseWeekday(w[1:]); ok && k == len(w)-1 {
				r.ByDay = []WeekdayNum{{N: n, Weekday: d}}
				return r, true
			}
		}
		// سه شنبه اول, جمعه آخر
		if n, ok := phraseOrdinals[w[len(w)-1]]; ok {
			if d, k, ok := phraseWeekday(w[:len(w)-1]); ok && k == len(w)-1 {
				r.ByDay = []WeekdayNum{{N: n, Weekday: d}}
				return r, true
			}
		}
	}
	return Rule{}, false
}

// inYear makes a yearly «روز آخر هر سال» mean the last day of Esfand.
func (r Rule) inYear() Rule {
	if r.Freq == Yearly {
		if r.ByMonthDay[0] < 0 {
			r.ByMonth = []Month{Esfand}
		} else {
			r.ByMonth = []Month{Farvardin}
		}
	}
	return r
}

// phraseDayNumber reads a day of the month: 15, ۱۵ام, پانزدهم, اول, آخر.
func phraseDayNumber(s string) (int, bool) {
	if n, ok := phraseOrdinals[s]; ok && (n == 1 || n == -1) {
		return n, true
	}
	if k, v := lookupWord([]byte(s)); k == wOrdinal {
		return v, true
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "ام"), "م")
	v, err := strconv.Atoi(s)
	return v, err == nil && v >= 1 && v <= 31
}
