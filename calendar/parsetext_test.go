package calendar

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// noWeekday marks a case that states no weekday.
const noWeekday = time.Weekday(-1)

// textForms are the written forms of DESIGN 2.4 and their variants: the
// input, the date it names, its precision, the weekday it states and the
// clock time it states ("" for none). Every real-world example here states
// a weekday that agrees with its date.
var textForms = []struct {
	in      string
	date    string
	prec    Precision
	weekday time.Weekday
	clock   string
}{
	// Numeric, year first.
	{"1395/02/14", "1395/02/14", PrecisionDay, noWeekday, ""},
	{"۱۴۰۲/۰۱/۰۳", "1402/01/03", PrecisionDay, noWeekday, ""},
	{"1390/1/16", "1390/01/16", PrecisionDay, noWeekday, ""},
	{"1403-12-30", "1403/12/30", PrecisionDay, noWeekday, ""},
	{"1403.12.30", "1403/12/30", PrecisionDay, noWeekday, ""},
	{"۱۴۰۳٫۱۲٫۳۰", "1403/12/30", PrecisionDay, noWeekday, ""},
	{"١٤٠٣/٠١/٠٥", "1403/01/05", PrecisionDay, noWeekday, ""},
	{"۱4٠3/0۱/٥", "1403/01/05", PrecisionDay, noWeekday, ""},
	{"\u200f۱۴۰۲\u200f/\u200e۰۱/۰۵\u200f", "1402/01/05", PrecisionDay, noWeekday, ""},
	{"1402/01/05 ه.ش", "1402/01/05", PrecisionDay, noWeekday, ""},
	{"۱۴۰۴ / ۰۹ / ۲۳", "1404/09/23", PrecisionDay, noWeekday, ""},
	{"23 / 9 / 1404", "1404/09/23", PrecisionDay, noWeekday, ""},

	// Numeric, day first, and two-digit years.
	{"9/3/1400", "1400/03/09", PrecisionDay, noWeekday, ""},
	{"25/2/1400", "1400/02/25", PrecisionDay, noWeekday, ""},
	{"۲۵-۰۲-۱۴۰۰", "1400/02/25", PrecisionDay, noWeekday, ""},
	{"20/06/97", "1397/06/20", PrecisionDay, noWeekday, ""},
	{"93-02-15", "1393/02/15", PrecisionDay, noWeekday, ""},
	{"۹۸/۲/۳", "1398/02/03", PrecisionDay, noWeekday, ""},
	{"03/05/12", "1403/05/12", PrecisionDay, noWeekday, ""},
	{"5/11/02", "1402/11/05", PrecisionDay, noWeekday, ""},

	// Month names, with weekday, time and separators.
	{"۲۳ آذر ۱۴۰۴ - ۲۱:۳۱", "1404/09/23", PrecisionDay, noWeekday, "21:31"},
	{"یکشنبه ۱ فروردین ۱۴۰۰ - ۱۲:۴۷", "1400/01/01", PrecisionDay, time.Sunday, "12:47"},
	{"سه شنبه ۹ مهر ۱۳۹۸ | ۱۳:۴", "1398/07/09", PrecisionDay, time.Tuesday, "13:04"},
	{"يكشنبه 26 خرداد 1398 18:26:05", "1398/03/26", PrecisionDay, time.Sunday, "18:26:05"},
	{"يكشنبه 26 خرداد 1398 \u00a0 18:26:05", "1398/03/26", PrecisionDay, time.Sunday, "18:26:05"},
	{"پنجشنبه, ۲۶ مهر ۱۳۹۷", "1397/07/26", PrecisionDay, time.Thursday, ""},
	{"پنجشنبه، ۲۶ مهر ۱۳۹۷", "1397/07/26", PrecisionDay, time.Thursday, ""},
	{"چهارشنبه / ۲۰ اسفند / ۱۴۰۴ - 11 March, 2026", "1404/12/20", PrecisionDay, time.Wednesday, ""},
	{"۲۰ اسفند ۱۴۰۴ (۱۱ مارس ۲۰۲۶)", "1404/12/20", PrecisionDay, noWeekday, ""},
	{"20 Esfand 1404, March 11, 2026", "1404/12/20", PrecisionDay, noWeekday, ""},
	{"۱۰ اسفند ۱۳۹۳ (۱۶:۵۹ب.ظ)", "1393/12/10", PrecisionDay, noWeekday, "16:59"},
	{"۱۰ اسفند ۱۳۹۳ ۴:۵۹ ب.ظ", "1393/12/10", PrecisionDay, noWeekday, "16:59"},
	{"۱۰ اسفند ۱۳۹۳ ساعت ۱۲:۳۰ ق.ظ", "1393/12/10", PrecisionDay, noWeekday, "00:30"},
	{"۱۰ اسفند ۱۳۹۳ ساعت ۱۰ صبح", "1393/12/10", PrecisionDay, noWeekday, "10:00"},
	{"شنبه 1404/09/29 ساعت 11:55", "1404/09/29", PrecisionDay, time.Saturday, "11:55"},
	{"۲۳:۴۸ - ۳۰-۰۶-۱۳۹۲", "1392/06/30", PrecisionDay, noWeekday, "23:48"},
	{"22:15 - جمعه 07 شهریور 1393", "1393/06/07", PrecisionDay, time.Friday, "22:15"},
	{"۱۳۹۹ جمعه ۲۴ مرداد", "1399/05/24", PrecisionDay, time.Friday, ""},
	{"۱۴۰۲ اسفند ۱۵", "1402/12/15", PrecisionDay, noWeekday, ""},
	{"ساعت ۱۰ صبح روز سه‌شنبه ۱۵ خرداد ۱۴۰۳", "1403/03/15", PrecisionDay, time.Tuesday, "10:00"},
	{"1397/6/26 دوشنبه", "1397/06/26", PrecisionDay, time.Monday, ""},
	{"سه شنبه مورخ 20/06/97", "1397/06/20", PrecisionDay, time.Tuesday, ""},
	{"31 اردیبهشت 1404 - 14:11", "1404/02/31", PrecisionDay, noWeekday, "14:11"},
	{"۲۳ آذر ۹۸", "1398/09/23", PrecisionDay, noWeekday, ""},

	// Ordinals, ماه, era markers.
	{"یکم خرداد ماه 1398", "1398/03/01", PrecisionDay, noWeekday, ""},
	{"اول اردیبهشت ماه 1397", "1397/02/01", PrecisionDay, noWeekday, ""},
	{"سی‌ام شهریور ۱۴۰۲", "1402/06/30", PrecisionDay, noWeekday, ""},
	{"سی ام شهریور ۱۴۰۲", "1402/06/30", PrecisionDay, noWeekday, ""},
	{"سیام شهریور ۱۴۰۲", "1402/06/30", PrecisionDay, noWeekday, ""},
	{"بیست و یکم اسفند ۱۴۰۲", "1402/12/21", PrecisionDay, noWeekday, ""},
	{"بیست‌وپنجم دی‌ماه ۱۴۰۲", "1402/10/25", PrecisionDay, noWeekday, ""},
	{"سی و یکم مرداد ۱۴۰۲", "1402/05/31", PrecisionDay, noWeekday, ""},
	{"پانزدهم مردادماه ۱۴۰۲", "1402/05/15", PrecisionDay, noWeekday, ""},
	{"۱۲ بهمن‌ماه سال ۱۳۵۷", "1357/11/12", PrecisionDay, noWeekday, ""},
	{"۱۲ بهمن ۱۴۰۲ ه.ش", "1402/11/12", PrecisionDay, noWeekday, ""},
	{"۱۲ بهمن ۱۴۰۲ هـ.ش", "1402/11/12", PrecisionDay, noWeekday, ""},
	{"۱۲ بهمن ۱۴۰۲ ه\u200d.ش", "1402/11/12", PrecisionDay, noWeekday, ""},
	{"۱۲ بهمن ۱۴۰۲ ه. ش.", "1402/11/12", PrecisionDay, noWeekday, ""},
	{"۱۲ بهمن ۱۴۰۲ هجری شمسی", "1402/11/12", PrecisionDay, noWeekday, ""},
	{"۱۲ بهمن ۱۴۰۲ شمسی", "1402/11/12", PrecisionDay, noWeekday, ""},
	{"۱۲ بهمن ۱۴۰۲ هجری خورشیدی", "1402/11/12", PrecisionDay, noWeekday, ""},

	// Spellings: Arabic letters, no madda, امرداد, weekday spacing, Dari.
	{"۱۲ شهريور ۱۴۰۲", "1402/06/12", PrecisionDay, noWeekday, ""},
	{"۱۲ ارديبهشت ۱۴۰۲", "1402/02/12", PrecisionDay, noWeekday, ""},
	{"۱۲ ابان ۱۴۰۲", "1402/08/12", PrecisionDay, noWeekday, ""},
	{"۱۲ اذر ۱۴۰۲", "1402/09/12", PrecisionDay, noWeekday, ""},
	{"۱۲ امرداد ۱۴۰۲", "1402/05/12", PrecisionDay, noWeekday, ""},
	{"۱۲ مرداد ۱۴۰۲", "1402/05/12", PrecisionDay, noWeekday, ""},
	{"سه‌شنبه ۱۵ خرداد ۱۴۰۳", "1403/03/15", PrecisionDay, time.Tuesday, ""},
	{"سهشنبه ۱۵ خرداد ۱۴۰۳", "1403/03/15", PrecisionDay, time.Tuesday, ""},
	{"پنج شنبه ۱۷ خرداد ۱۴۰۳", "1403/03/17", PrecisionDay, time.Thursday, ""},
	{"۱ حمل ۱۴۰۳", "1403/01/01", PrecisionDay, noWeekday, ""},
	{"۱۲ میزان ۱۴۰۲", "1402/07/12", PrecisionDay, noWeekday, ""},
	{"۲۹ حوت ۱۴۰۲", "1402/12/29", PrecisionDay, noWeekday, ""},
	{"Wednesday 15 Farvardin 1403", "1403/01/15", PrecisionDay, time.Wednesday, ""},
	{"15 farvardin 1403", "1403/01/15", PrecisionDay, noWeekday, ""},

	// Parallel dates, connectors and the rarer forms.
	{"پنجشنبه ۱۲ بهمن ۱۴۰۲ - ۲۰ رجب ۱۴۴۵", "1402/11/12", PrecisionDay, time.Thursday, ""},
	{"۱۲ بهمن ۱۴۰۲ ه.ش - ۲۰ رجب ۱۴۴۵ ه.ق", "1402/11/12", PrecisionDay, noWeekday, ""},
	{"۱۲ بهمن ۱۴۰۲ برابر با ۱ فوریه ۲۰۲۴", "1402/11/12", PrecisionDay, noWeekday, ""},
	{"۱۲ بهمن ۱۴۰۲ (2024-02-01)", "1402/11/12", PrecisionDay, noWeekday, ""},
	{"۱۴۰۲/۱۱/۱۲ (2024/02/01)", "1402/11/12", PrecisionDay, noWeekday, ""},
	{"۲۸ حوت ۱۴۰۲ (۱۸ مارچ ۲۰۲۴)", "1402/12/28", PrecisionDay, noWeekday, ""},
	{"۲۰ جوزای ۱۴۰۳", "1403/03/20", PrecisionDay, noWeekday, ""},
	{"پنجشنبه ۲۳ آذر ۱۴۰۲ • ۱۰:۳۰", "1402/09/23", PrecisionDay, time.Thursday, "10:30"},
	{"۱۴۰۲/۱۲/۲۸ (ه.ش)", "1402/12/28", PrecisionDay, noWeekday, ""},
	{"۱۴۰۲/۱۲/۲۸ ساعت: ۱۰:۲۷", "1402/12/28", PrecisionDay, noWeekday, "10:27"},
	{"۱۴۰۳/۰۱/۱۵ ساعت ۱۰ و ۳۰ دقیقه", "1403/01/15", PrecisionDay, noWeekday, "10:30"},
	{"۲۲ام بهمن ۱۴۰۲", "1402/11/22", PrecisionDay, noWeekday, ""},
	{"۲۲ ام بهمن ۱۴۰۲", "1402/11/22", PrecisionDay, noWeekday, ""},
	{"سشنبه ۲۳ آبان ۱۴۰۲", "1402/08/23", PrecisionDay, time.Tuesday, ""},
	{"\n1403/01/15\r\n", "1403/01/15", PrecisionDay, noWeekday, ""},

	// Month and year only, year only.
	{"آذرماه سال ۱۴۰۲", "1402/09/01", PrecisionMonth, noWeekday, ""},
	{"آذر ۱۴۰۲", "1402/09/01", PrecisionMonth, noWeekday, ""},
	{"اسفند ماه ۱۴۰۲", "1402/12/01", PrecisionMonth, noWeekday, ""},
	{"سال ۱۴۰۲", "1402/01/01", PrecisionYear, noWeekday, ""},
	{"۱۴۰۲ ه.ش", "1402/01/01", PrecisionYear, noWeekday, ""},
	{"سال ۱۳۹۸ هجری شمسی", "1398/01/01", PrecisionYear, noWeekday, ""},
	{"سال ۹۸", "1398/01/01", PrecisionYear, noWeekday, ""},
}

func TestParseOtherCalendars(t *testing.T) {
	for _, c := range []struct {
		in   string
		date string
		cal  Calendar
	}{
		{"۱۰ محرم ۱۴۴۶", "1403/04/26", LunarHijri},
		{"۱۰ محرم ۱۴۴۶ ه.ق", "1403/04/26", LunarHijri},
		{"1446/01/10 هجری قمری", "1403/04/26", LunarHijri},
		{"۲۱ رمضان ۱۴۴۵", "1403/01/13", LunarHijri},
		{"۱۸ ذی الحجه ۱۴۴۵", "1403/04/05", LunarHijri},
		{"۱۷ ربیع‌الاول ۱۴۴۶", "1403/06/31", LunarHijri},
		{"۲۰ مارس ۲۰۲۴", "1403/01/01", Gregorian},
		{"March 20, 2024", "1403/01/01", Gregorian},
		{"20 March 2024 میلادی", "1403/01/01", Gregorian},
		{"2024/03/20 م", "1403/01/01", Gregorian},
		{"2024-03-20", "2024/03/20", Jalali}, // numbers alone are Jalali: Parse's range reaches 3000
	} {
		m, err := ParseMatch(c.in)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.date, m.Date.String(), c.in)
		assert.Equal(t, c.cal, m.Calendar, c.in)
	}
	assert.Equal(t, "LunarHijri", LunarHijri.String())
	assert.Equal(t, "%!Calendar(7)", Calendar(7).String())
}

func TestEveryProblemHasAMessage(t *testing.T) {
	for p := pExpectedDate; p <= pNoSuchGregorianDay; p++ {
		assert.NotEmpty(t, problems[p], "problem %d", p)
	}
	assert.Equal(t, problems[pExpectedDate], problem(200).String())
}

func TestParseTextForms(t *testing.T) {
	for _, c := range textForms {
		t.Run(c.in, func(t *testing.T) {
			m, err := ParseMatch(c.in)
			require.NoError(t, err)
			assert.Equal(t, c.date, m.Date.String())
			assert.Equal(t, c.prec, m.Precision)
			assert.Equal(t, c.weekday != noWeekday, m.HasWeekday)
			if c.weekday != noWeekday {
				assert.Equal(t, c.weekday, m.Weekday)
				assert.True(t, m.WeekdayAgrees(), "%v is a %v", m.Date, m.Date.Weekday())
			}
			assert.Equal(t, c.clock != "", m.HasClock)
			if c.clock != "" {
				assert.Equal(t, c.clock, m.Clock.String())
			}
			assert.Equal(t, c.in[m.Start:m.End], trimSpace(c.in), "the match spans the input")

			d, err := Parse(c.in)
			require.NoError(t, err)
			assert.Equal(t, m.Date, d)
		})
	}
}

// trimSpace removes what ParseMatch leaves outside a match: white space and
// invisible marks at either end.
func trimSpace(s string) string {
	blank := func(r rune) bool { return isBlank(r) || isInvisible(r) }
	s = strings.TrimLeftFunc(s, blank)
	return strings.TrimRightFunc(s, blank)
}

func TestParseStatedWeekdayMayDisagree(t *testing.T) {
	// 1 Farvardin 1400 was a Sunday, not a Saturday: the date still
	// parses, and the Match says the two disagree.
	m, err := ParseMatch("شنبه ۱ فروردین ۱۴۰۰")
	require.NoError(t, err)
	assert.Equal(t, "1400/01/01", m.Date.String())
	assert.Equal(t, time.Saturday, m.Weekday)
	assert.False(t, m.WeekdayAgrees())
	assert.Equal(t, time.Sunday, m.Date.Weekday())
}

func TestParseTwoDigitYearsUseTheWeekday(t *testing.T) {
	// 03/05/12 reads as 1403/05/12 unless the weekday says 1412/05/03.
	yearFirst := Must(New(1403, Mordad, 12))
	dayFirst := Must(New(1412, Mordad, 3))
	require.NotEqual(t, yearFirst.Weekday(), dayFirst.Weekday())
	for _, c := range []struct {
		weekday time.Weekday
		want    Date
	}{
		{yearFirst.Weekday(), yearFirst},
		{dayFirst.Weekday(), dayFirst},
	} {
		m, err := ParseMatch(WeekdayName(c.weekday) + " 03/05/12")
		require.NoError(t, err)
		assert.Equal(t, c.want, m.Date)
		assert.True(t, m.WeekdayAgrees())
	}
}

func TestParserPivot(t *testing.T) {
	for _, c := range []struct {
		pivot int
		in    string
		want  string
	}{
		{0, "20/06/97", "1397/06/20"},
		{0, "50/01/01", "1350/01/01"},
		{0, "49/01/01", "1349/01/01"},
		{0, "29/01/01", "1429/01/01"},
		{0, "۲۸ مرداد ۳۲", "1332/05/28"},
		{0, "01/01/50", "1350/01/01"},
		{1300, "20/06/97", "1297/06/20"},
		{1300, "20/06/49", "1349/06/20"},
		{1300, "20/06/50", "1250/06/20"},
		{1300, "۲۳ آذر ۴۸", "1348/09/23"},
		{1450, "20/06/97", "1497/06/20"},
	} {
		d, err := Parser{Pivot: c.pivot}.Parse(c.in)
		require.NoError(t, err, "%d %s", c.pivot, c.in)
		assert.Equal(t, c.want, d.String(), "pivot %d: %s", c.pivot, c.in)
	}
}

func TestParseTextErrors(t *testing.T) {
	for _, c := range []struct {
		in     string
		offset int
		want   error
		detail string
	}{
		{"1404/12/30", 8, ErrInvalidDate, "day 30 is past the end of Esfand 1404 (29 days)"},
		{"1403/07/31", 8, ErrInvalidDate, "day 31 is past the end of Mehr 1403"},
		{"1403/13/01", 5, ErrInvalidDate, "month 13 is not in 1-12"},
		{"۳۲ مهر ۱۴۰۲", 0, ErrInvalidDate, "day 32 is past the end of Mehr 1402 (30 days)"},
		{"سه شنبه ۳۰ اسفند ۱۴۰۴", 14, ErrInvalidDate, "day 30 is past the end of Esfand 1404"},
		{"31/07/1403", 0, ErrInvalidDate, "day 31 is past the end of Mehr 1403"},
		{"۱۲ مهر ۳۰۰۱", 12, ErrOutOfRange, "year 3001 is outside"},
		{"۲۳ آذر", 11, ErrSyntax, "expected the year"},
		{"۱۰ صفرر ۱۴۴۶", 5, ErrSyntax, "expected a month name after the day"},
		{"46/01/10 ه.ق", 9, ErrSyntax, "not a Solar Hijri date"},
		{"۳۰ صفر ۱۴۴۲", 0, ErrInvalidDate, "no such day in Iran's lunar Hijri calendar"},
		{"۳۰ فوریه ۲۰۲۴", 0, ErrInvalidDate, "no such day in the Gregorian calendar"},
		{"۱۲ بهمن ۱۴۰۲ - ۲۵ رجب ۱۴۴۵", 25, ErrSyntax, "the lunar Hijri date is not the same day"},
		{"۱۰ فروردین ۱۴۰۳ هجری قمری", 29, ErrSyntax, "not a Solar Hijri date"},
		{"سال ۲۰۲۴ میلادی", 16, ErrSyntax, "not a Solar Hijri date"},
		{"۲۰ اسفند ۱۴۰۴ - 12 March, 2026", 27, ErrSyntax, "the Gregorian date is not the same day"},
		{"۲۵:۱۰ ۱۴۰۳/۰۱/۰۱", 0, ErrSyntax, "not a valid 24-hour time"},
		{"آذر", 6, ErrSyntax, "expected the year"},
		{"شنبه", 8, ErrSyntax, "expected a date"},
		{"1403/01/15 و 1403/01/16", 11, ErrSyntax, "unexpected text after the date"},
	} {
		checkRejected(t, c.in, c.offset, c.want, c.detail)
	}
}

// checkRejected checks that Parse rejects in with a *ParseError that wraps
// want, points at offset and says detail.
func checkRejected(t *testing.T, in string, offset int, want error, detail string) {
	t.Helper()
	t.Run(in, func(t *testing.T) {
		d, err := Parse(in)
		require.Error(t, err)
		assert.True(t, d.IsZero())
		assert.ErrorIs(t, err, want)
		var pe *ParseError
		require.True(t, errors.As(err, &pe))
		assert.Equal(t, in, pe.Input)
		assert.Equal(t, offset, pe.Offset, "%v", err)
		assert.Contains(t, err.Error(), detail)
		assert.Contains(t, err.Error(), "at byte ")
	})
}

func TestParseReadsEveryLayout(t *testing.T) {
	layouts := []Layout{Numeric, Long, Full, MonthYear, Dari, English, EnglishFull}
	for _, d := range sampleDates() {
		for _, l := range layouts {
			for _, flag := range []Layout{0, PersianDigits} {
				text := d.Format(l | flag)
				got, err := Parse(text)
				require.NoError(t, err, "%v in %v: %q", d, l|flag, text)
				want := d
				if l == MonthYear {
					want = Must(New(d.Year(), d.Month(), 1))
				}
				require.Equal(t, want, got, "%q", text)
			}
		}
	}
}

func TestParseTime(t *testing.T) {
	utc := time.UTC
	for _, c := range []struct {
		in   string
		loc  *time.Location
		want time.Time
	}{
		{"يكشنبه 26 خرداد 1398 18:26:05", utc, time.Date(2019, 6, 16, 18, 26, 5, 0, utc)},
		{"۲۳:۴۸ - ۳۰-۰۶-۱۳۹۲", utc, time.Date(2013, 9, 21, 23, 48, 0, 0, utc)},
		{"1403/01/01", utc, time.Date(2024, 3, 20, 0, 0, 0, 0, utc)},
		{"۱۰ اسفند ۱۳۹۳ (۱۶:۵۹ب.ظ)", nil, time.Date(2015, 3, 1, 16, 59, 0, 0, Tehran())},
	} {
		got, err := ParseTime(c.in, c.loc)
		require.NoError(t, err, c.in)
		assert.True(t, c.want.Equal(got), "%s: got %v, want %v", c.in, got, c.want)
		assert.Equal(t, c.want.Location().String(), got.Location().String())
	}
	_, err := ParseTime("1403/13/01", nil)
	assert.ErrorIs(t, err, ErrInvalidDate)
}

func TestPrecisionAndClockStrings(t *testing.T) {
	assert.Equal(t, "day", PrecisionDay.String())
	assert.Equal(t, "month", PrecisionMonth.String())
	assert.Equal(t, "year", PrecisionYear.String())
	assert.Equal(t, "%!Precision(9)", Precision(9).String())
	assert.Equal(t, "09:05", Clock{Hour: 9, Minute: 5}.String())
	assert.Equal(t, "18:26:05", Clock{Hour: 18, Minute: 26, Second: 5}.String())
}

// sampleDates returns dates spread over the supported range, with every
// month and the first and last days of months.
func sampleDates() []Date {
	var out []Date
	for y := MinYear; y <= MaxYear; y += 37 {
		for m := Farvardin; m <= Esfand; m++ {
			out = append(out, Must(New(y, m, 1)), Must(New(y, m, DaysIn(y, m))), Must(New(y, m, 1+y%28)))
		}
	}
	return append(out, Must(New(MaxYear, Esfand, 30)), Must(New(1403, Esfand, 30)))
}

func TestParseErrorPart(t *testing.T) {
	for _, c := range []struct{ in, part string }{
		{"۳۲ مهر ۱۴۰۲", "۳۲"},
		{"1403/13/01", "13"},
		{"12 Mehrr 1403", "Mehrr"},
		{"۲۳ آذر", ""}, // the year is missing: the error is at the end
		{"1403/01/15 و", "و"},
	} {
		_, err := Parse(c.in)
		var pe *ParseError
		require.True(t, errors.As(err, &pe), c.in)
		assert.Equal(t, c.part, pe.Part(), c.in)
		if c.part != "" {
			assert.Contains(t, err.Error(), "(\""+c.part+"\")")
		}
	}
	assert.Equal(t, "", (&ParseError{Input: "x", Offset: 9}).Part())
}
