package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/daftar-go/daftar/calendar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or writes it there with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create it")
	assert.Equal(t, string(want), got)
}

func runArgs(args ...string) (stdout, stderr string, status int) {
	var out, errOut bytes.Buffer
	status = run(args, &out, &errOut)
	return out.String(), errOut.String(), status
}

func TestDate(t *testing.T) {
	for _, c := range []struct {
		golden string
		args   []string
	}{
		{"date-jalali.golden", []string{"date", "1403/01/15"}},
		{"date-jalali.golden", []string{"date", "۱۴۰۳/۰۱/۱۵"}},
		{"date-jalali.golden", []string{"date", "2024-04-03"}},
		{"date-jalali.golden", []string{"date", "-calendar", "gregorian", "2024/4/3"}},
		{"date-jalali.golden", []string{"date", "-calendar", "jalali", "1403-01-15"}},
		{"date-leap.golden", []string{"date", "2025-03-20"}},
		{"date-astronomical.golden", []string{"date", "2124-03-20"}},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			out, errOut, status := runArgs(c.args...)
			require.Equal(t, 0, status, errOut)
			assert.Empty(t, errOut)
			golden(t, c.golden, out)
		})
	}
}

func TestDateToday(t *testing.T) {
	out, _, status := runArgs("date")
	require.Equal(t, 0, status)
	today := calendar.Today(nil)
	if today != calendar.Today(nil) {
		t.Skip("midnight passed during the test")
	}
	assert.True(t, strings.HasPrefix(out, "Jalali     "+today.String()), out)
	same, _, _ := runArgs("date", "today")
	assert.Equal(t, out, same)
}

func TestDateRejects(t *testing.T) {
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"date", "1404/12/30"}, 1, "day 30 is past the end of Esfand 1404 (29 days)"},
		{[]string{"date", "1403/13/01"}, 1, "month 13 is not in 1-12"},
		{[]string{"date", "2024-02-30"}, 1, `"2024-02-30" is not a Gregorian date yyyy-mm-dd`},
		{[]string{"date", "1500-01-01"}, 1, "1500-01-01 is outside the supported Jalali years 1178-3000"},
		{[]string{"date", "tomorrow"}, 1, "malformed date"},
		{[]string{"date", "-calendar", "hijri", "1446/01/10"}, 1, `unknown calendar "hijri"`},
		{[]string{"date", "1403/01/01", "1403/01/02"}, 2, "want one date, got 2 arguments"},
		{[]string{"date", "-nope"}, 2, "flag provided but not defined: -nope"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{nil, 2, "usage: daftar <command>"},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			out, errOut, status := runArgs(c.args...)
			assert.Equal(t, c.status, status)
			assert.Empty(t, out)
			assert.Contains(t, errOut, c.stderr)
		})
	}
}

func TestHelp(t *testing.T) {
	out, _, status := runArgs("help")
	assert.Equal(t, 0, status)
	golden(t, "help.golden", out)

	_, errOut, status := runArgs("date", "-h")
	assert.Equal(t, 0, status)
	assert.Contains(t, errOut, "usage: daftar date")
}

func TestNormalize(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	require.NoError(t, os.WriteFile(in, []byte("جلسه كارگروه ها  در سالن شهرداري تشكيل شد .\r\n\r\n\r\nتاریخ 1403/01/15\n"), 0o644))
	for _, c := range []struct {
		golden string
		args   []string
	}{
		{"normalize.golden", []string{"normalize", in}},
		{"normalize-latin.golden", []string{"normalize", "-digits", "latin", in}},
		{"normalize-keep.golden", []string{"normalize", "-digits", "keep", "-without", "Affixes,LineBreaks", in}},
		{"normalize-only.golden", []string{"normalize", "-only", "Letters", in}},
		{"normalize-key.golden", []string{"normalize", "-key", in}},
	} {
		t.Run(strings.Join(c.args[:len(c.args)-1], " "), func(t *testing.T) {
			out, errOut, status := runArgs(c.args...)
			require.Equal(t, 0, status, errOut)
			golden(t, c.golden, out)
		})
	}
}

func TestNormalizeRejects(t *testing.T) {
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"normalize", "-without", "Colors"}, 2, `unknown normalization rule "Colors"`},
		{[]string{"normalize", "-digits", "roman"}, 2, `-digits "roman": want persian, latin or keep`},
		{[]string{"normalize", "a", "b"}, 2, "want at most one file, got 2"},
		{[]string{"normalize", "/nonexistent/file"}, 1, "no such file"},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			_, errOut, status := runArgs(c.args...)
			assert.Equal(t, c.status, status)
			assert.Contains(t, errOut, c.stderr)
		})
	}
}

// findInput is a made-up agency page with the date forms daftar find must
// report, the non-dates it must skip, and a weekday that is wrong.
const findInput = "کد خبر 13909 | IMG_7675\n" +
	"۲۲:۱۵ - جمعه ۰۷ شهریور ۱۳۹۳\n" +
	"جلسه کارگروه روز سه شنبه مورخ 20/06/97 در سالن اجتماعات برگزار شد.\r\n" +
	"در این جلسه ۲۷۸ هزار نفر از خدمات بهره‌مند شدند و 1 + 7 = 8.\n" +
	"نشست بعدی یکشنبه ۲ فروردین ۱۴۰۰ ساعت ۱۰:۳۰ است؛ بازبینی در آذرماه سال ۱۴۰۲ و گزارش سال ۱۴۰۳.\n" +
	"\n" +
	"بروزرسانی: 31 اردیبهشت 1404 - 14:11\n" +
	"مراسم ۱۰ محرم ۱۴۴۶ و نشست ۲۰ مارس ۲۰۲۴ برگزار شد."

func TestFind(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "page.txt")
	require.NoError(t, os.WriteFile(in, []byte(findInput), 0o644))
	for _, c := range []struct {
		golden string
		args   []string
	}{
		{"find.golden", []string{"find", in}},
		{"find-json.golden", []string{"find", "-json", in}},
		{"find-pivot.golden", []string{"find", "-pivot", "1300", in}},
	} {
		t.Run(strings.Join(c.args[:len(c.args)-1], " "), func(t *testing.T) {
			out, errOut, status := runArgs(c.args...)
			require.Equal(t, 0, status, errOut)
			assert.Empty(t, errOut)
			golden(t, c.golden, out)
		})
	}
}

func TestFindRejects(t *testing.T) {
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"find", "a", "b"}, 2, "want at most one file, got 2"},
		{[]string{"find", "/nonexistent/file"}, 1, "no such file"},
		{[]string{"find", "-pivot", "x"}, 2, "invalid value"},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			_, errOut, status := runArgs(c.args...)
			assert.Equal(t, c.status, status)
			assert.Contains(t, errOut, c.stderr)
		})
	}
}

func TestNext(t *testing.T) {
	for _, c := range []struct {
		golden string
		args   []string
	}{
		{"next-quarterly.golden", []string{"next", "-from", "1403/01/13", "-n", "8", "هر", "سه", "ماه", "یکبار"}},
		{"next-rrule.golden", []string{"next", "-from", "۱۴۰۵/۰۱/۰۱", "-n", "4", "-adjust", "none", "FREQ=MONTHLY;BYMONTHDAY=6"}},
		{"next-previous.golden", []string{"next", "-from", "1403/01/01", "-n", "5", "-adjust", "previous", "-weekend", "thursday-friday", "هفتگی"}},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			out, errOut, status := runArgs(c.args...)
			require.Equal(t, 0, status, errOut)
			assert.Empty(t, errOut)
			golden(t, c.golden, out)
		})
	}
}

func TestNextRejects(t *testing.T) {
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"next"}, 2, "want a rule"},
		{[]string{"next", "-n", "0", "ماهانه"}, 2, "want at least 1"},
		{[]string{"next", "-adjust", "sideways", "ماهانه"}, 2, "want next, previous or none"},
		{[]string{"next", "-weekend", "sunday", "ماهانه"}, 2, "want friday"},
		{[]string{"next", "FREQ=MONTHLY;COUNT=2;UNTIL=20250101"}, 1, "COUNT and UNTIL exclude each other"},
		{[]string{"next", "-from", "1404/12/30", "ماهانه"}, 1, "day 30 is past the end of Esfand 1404"},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			_, errOut, status := runArgs(c.args...)
			assert.Equal(t, c.status, status)
			assert.Contains(t, errOut, c.stderr)
		})
	}
}
