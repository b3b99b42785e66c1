package calendar

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzSeeds are the inputs of the table tests plus a few hostile ones.
var fuzzSeeds = []string{
	"1403/01/15", "1403/1/5", "1403-01-15", "۱۴۰۳/۰۱/۱۵", "١٤٠٣/٠١/٠٥", "1404/12/30",
	"1403/13/01", "1403/07/31", "3000/12/30", "1178/01/01", "1177/12/29", "3001/01/01",
	"2024-03-20", "2024-03-20 10:30:00", "2024-03-20T00:00:00Z", "", "/", "//", "1403//",
	"\xdb", "\xdb\xb1\xdb", "99999999999999999999/1/1", "1403/01/15\x00",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			checkParseError(t, s, d, err)
			return
		}
		if d.IsZero() {
			t.Fatalf("Parse(%q) gave the zero Date without an error", s)
		}
		back, err := Parse(d.String())
		if err != nil || back != d {
			t.Fatalf("Parse(%q) = %v, which does not round-trip: %v, %v", s, d, back, err)
		}
	})
}

func FuzzUnmarshalText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := Must(New(1400, Tir, 1))
		if err := d.UnmarshalText(b); err != nil {
			checkParseError(t, string(b), Date{}, err)
			if d != Must(New(1400, Tir, 1)) {
				t.Fatalf("UnmarshalText(%q) failed but changed the Date to %v", b, d)
			}
			return
		}
		text, err := d.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Date
		if err := back.UnmarshalText(text); err != nil || back != d {
			t.Fatalf("UnmarshalText(%q) = %v, which does not round-trip through %q: %v", b, d, text, err)
		}
	})
}

func FuzzScan(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, int64(0), uint8(0))
	}
	f.Add("", int64(1710892800), uint8(2))
	f.Add("", int64(-5e12), uint8(2))
	f.Fuzz(func(t *testing.T, s string, unix int64, kind uint8) {
		var src any
		switch kind % 4 {
		case 0:
			src = s
		case 1:
			src = []byte(s)
		case 2:
			src = time.Unix(unix, 0).In(Tehran())
		default:
			src = unix
		}
		d := Must(New(1400, Tir, 1))
		if err := d.Scan(src); err != nil {
			var se *ScanError
			if !errors.As(err, &se) {
				t.Fatalf("Scan(%#v) returned %T, not *ScanError: %v", src, err, err)
			}
			if d != Must(New(1400, Tir, 1)) {
				t.Fatalf("Scan(%#v) failed but changed the Date to %v", src, d)
			}
			return
		}
		v, err := d.Value()
		if err != nil {
			t.Fatal(err)
		}
		var back Date
		if err := back.Scan(v); err != nil || back != d {
			t.Fatalf("Scan(%#v) = %v, which does not round-trip through Value %v: %v", src, d, v, err)
		}
	})
}

func checkParseError(t *testing.T, s string, d Date, err error) {
	t.Helper()
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error for %q is %T, not *ParseError: %v", s, err, err)
	}
	if !d.IsZero() {
		t.Fatalf("failed parse of %q returned %v", s, d)
	}
	if pe.Input != s || pe.Offset < 0 || pe.Offset > len(s) {
		t.Fatalf("ParseError for %q has Input %q Offset %d", s, pe.Input, pe.Offset)
	}
	if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrInvalidDate) && !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("error for %q wraps no sentinel: %v", s, err)
	}
	if !utf8.ValidString(err.Error()) {
		t.Fatalf("error message for %q is not valid UTF-8: %q", s, err.Error())
	}
}

// findSeeds are texts for FuzzFindAll: the table inputs, and the seed
// texts when they are here.
func findSeeds() []string {
	out := append([]string(nil), fuzzSeeds...)
	for _, c := range textForms {
		out = append(out, c.in, "پیش از "+c.in+" و پس از آن")
	}
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			out = append(out, string(b))
		}
	}
	return out
}

func FuzzParseMatch(f *testing.F) {
	for _, s := range findSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMatch(s)
		if err != nil {
			checkParseError(t, s, m.Date, err)
			return
		}
		if m.Date.IsZero() || m.Start < 0 || m.Start > m.End || m.End > len(s) {
			t.Fatalf("ParseMatch(%q) = %+v", s, m)
		}
		if d, err := Parse(s); err != nil || d != m.Date {
			t.Fatalf("Parse(%q) = %v, %v; ParseMatch gave %v", s, d, err, m.Date)
		}
		if back, err := Parse(m.Date.String()); err != nil || back != m.Date {
			t.Fatalf("Parse(%q) = %v, %v", m.Date.String(), back, err)
		}
	})
}

func FuzzFindAll(f *testing.F) {
	for _, s := range findSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, m := range FindAll(text) {
			if m.Start < last || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("FindAll(%q): match %+v after offset %d", text, m, last)
			}
			last = m.End
			span := text[m.Start:m.End]
			back, err := ParseMatch(span)
			if err != nil {
				t.Fatalf("FindAll(%q) found %q, which does not parse: %v", text, span, err)
			}
			if back.Date != m.Date || back.Precision != m.Precision ||
				back.HasWeekday != m.HasWeekday || back.Weekday != m.Weekday ||
				back.HasClock != m.HasClock || back.Clock != m.Clock {
				t.Fatalf("FindAll(%q) found %q as %+v; it parses as %+v", text, span, m, back)
			}
		}
	})
}

func FuzzParseRule(f *testing.F) {
	for _, c := range ruleVectors {
		f.Add(c.rule)
	}
	for _, c := range persianPhrases {
		f.Add(c.phrase)
	}
	f.Add("FREQ=YEARLY;BYDAY=-53SU,53MO;BYSETPOS=-366,366;BYMONTH=12;WKST=FR")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRule(s)
		if err != nil {
			var re *RuleError
			if !errors.As(err, &re) || !errors.Is(err, ErrInvalidRule) || re.Offset < 0 || re.Offset > len(s) {
				t.Fatalf("ParseRule(%q): %T %v", s, err, err)
			}
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("ParseRule(%q) gave an invalid rule: %v", s, err)
		}
		back, err := ParseRule(r.String())
		if err != nil || !r.Equal(back) {
			t.Fatalf("ParseRule(%q) = %v, which reads back as %v, %v", s, r, back, err)
		}
		_ = r.Persian()
		// A few occurrences, in order.
		start := Must(New(1403, Esfand, 30))
		var last Date
		n := 0
		for d := range r.All(start) {
			if !last.IsZero() && !d.After(last) {
				t.Fatalf("%v from %v: %v after %v", r, start, d, last)
			}
			last = d
			if n++; n == 50 {
				break
			}
		}
	})
}
