package calendar

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// found is what a test expects FindAll to report: the span's text, the date
// and precision, and the stated weekday and clock, if any.
type found struct {
	span    string
	date    string
	prec    Precision
	weekday time.Weekday // noWeekday if none is stated
	clock   string       // "" if none is stated
}

func TestFindAll(t *testing.T) {
	for _, c := range []struct {
		text string
		want []found
	}{
		{"جلسه شورا در تاریخ ۱۴۰۳/۰۲/۱۰ برگزار شد و جلسه بعد ۱۴۰۳/۰۵/۱۰ است.", []found{
			{"۱۴۰۳/۰۲/۱۰", "1403/02/10", PrecisionDay, noWeekday, ""},
			{"۱۴۰۳/۰۵/۱۰", "1403/05/10", PrecisionDay, noWeekday, ""},
		}},
		{"تفاهم‌نامه روز سه‌شنبه ۱۵ خرداد ۱۴۰۳ ساعت ۱۰:۳۰ امضا شد.", []found{
			{"سه‌شنبه ۱۵ خرداد ۱۴۰۳ ساعت ۱۰:۳۰", "1403/03/15", PrecisionDay, time.Tuesday, "10:30"},
		}},
		{"به‌روزرسانی: 31 اردیبهشت 1404 - 14:11\nکد خبر 76036", []found{
			{"31 اردیبهشت 1404 - 14:11", "1404/02/31", PrecisionDay, noWeekday, "14:11"},
		}},
		{"این طرح از آذرماه سال ۱۴۰۲ آغاز شد و تا پایان سال ۱۴۰۳ ادامه دارد.", []found{
			{"آذرماه سال ۱۴۰۲", "1402/09/01", PrecisionMonth, noWeekday, ""},
			{"سال ۱۴۰۳", "1403/01/01", PrecisionYear, noWeekday, ""},
		}},
		{"مصوبه مورخ 20/06/97 و نامه 1397/6/26 دوشنبه", []found{
			{"20/06/97", "1397/06/20", PrecisionDay, noWeekday, ""},
			{"1397/6/26 دوشنبه", "1397/06/26", PrecisionDay, time.Monday, ""},
		}},
		{"نشست (یکشنبه، ۱ فروردین ۱۴۰۰) لغو شد", []found{
			{"یکشنبه، ۱ فروردین ۱۴۰۰", "1400/01/01", PrecisionDay, time.Sunday, ""},
		}},
		{"از 1403/01/15 تا 1403/02/15 و از ۱۵ مهر ۱۴۰۲ تا ۱۵ آبان ۱۴۰۲", []found{
			{"1403/01/15", "1403/01/15", PrecisionDay, noWeekday, ""},
			{"1403/02/15", "1403/02/15", PrecisionDay, noWeekday, ""},
			{"۱۵ مهر ۱۴۰۲", "1402/07/15", PrecisionDay, noWeekday, ""},
			{"۱۵ آبان ۱۴۰۲", "1402/08/15", PrecisionDay, noWeekday, ""},
		}},
		{"ساعت ۹ صبح روز شنبه ۱۲ دی ۱۴۰۲", []found{
			{"ساعت ۹ صبح روز شنبه ۱۲ دی ۱۴۰۲", "1402/10/12", PrecisionDay, time.Saturday, "09:00"},
		}},
		{"بازدید در ۱۲ حمل ۱۴۰۳ انجام شد", []found{
			{"۱۲ حمل ۱۴۰۳", "1403/01/12", PrecisionDay, noWeekday, ""},
		}},
		{"نوروز ۱۴۰۳ (۱ فروردین ۱۴۰۳ ه.ش) مصادف با ۲۰ مارس ۲۰۲۴ بود", []found{
			{"۱ فروردین ۱۴۰۳ ه.ش", "1403/01/01", PrecisionDay, noWeekday, ""},
			{"۲۰ مارس ۲۰۲۴", "1403/01/01", PrecisionDay, noWeekday, ""}, // a Gregorian date
		}},
		{"عاشورای ۱۰ محرم ۱۴۴۶ ه.ق و نامه 1446/01/10 ه.ق", []found{
			{"۱۰ محرم ۱۴۴۶ ه.ق", "1403/04/26", PrecisionDay, noWeekday, ""},
			{"1446/01/10 ه.ق", "1403/04/26", PrecisionDay, noWeekday, ""},
		}},
		{"کد خبر: ۱۲۳۴ | ۲۹ اسفند ۱۴۰۲ و بازدید ۱۳۹۸ ۲۳ آذر ۱۴۰۲", []found{
			{"۲۹ اسفند ۱۴۰۲", "1402/12/29", PrecisionDay, noWeekday, ""},
			{"۲۳ آذر ۱۴۰۲", "1402/09/23", PrecisionDay, noWeekday, ""},
		}},
		{"جمعه ۱۳ رجب ۱۴۴۵ - ۵ بهمن ۱۴۰۲", []found{ // 13 Rajab 1445 was 1402/11/05
			{"جمعه ۱۳ رجب ۱۴۴۵", "1402/11/05", PrecisionDay, time.Friday, ""},
			{"۵ بهمن ۱۴۰۲", "1402/11/05", PrecisionDay, noWeekday, ""},
		}},
		{"از 1403/01/15-1403/01/20 و ۱۴۰۳/۰۱/۱۵-۱۴۰۳/۰۱/۲۰", []found{
			{"1403/01/15", "1403/01/15", PrecisionDay, noWeekday, ""},
			{"1403/01/20", "1403/01/20", PrecisionDay, noWeekday, ""},
			{"۱۴۰۳/۰۱/۱۵", "1403/01/15", PrecisionDay, noWeekday, ""},
			{"۱۴۰۳/۰۱/۲۰", "1403/01/20", PrecisionDay, noWeekday, ""},
		}},
		{"کودتای ۲۸ مرداد ۳۲ و طی سال‌های ۱۳۹۸ تا ۱۴۰۲ و در سال ۹۸", []found{
			{"۲۸ مرداد ۳۲", "1332/05/28", PrecisionDay, noWeekday, ""},
			{"سال‌های ۱۳۹۸", "1398/01/01", PrecisionYear, noWeekday, ""},
			{"سال ۹۸", "1398/01/01", PrecisionYear, noWeekday, ""},
		}},
		{"جلسه ۱۴۰۳/۰۱/۱۵ ساعت ۱۰ و ۳۰ دقیقه برگزار شد", []found{
			{"۱۴۰۳/۰۱/۱۵ ساعت ۱۰ و ۳۰ دقیقه", "1403/01/15", PrecisionDay, noWeekday, "10:30"},
		}},
		{"چهارشنبه / ۲۰ اسفند / ۱۴۰۴ - 11 March, 2026\nمتن", []found{
			{"چهارشنبه / ۲۰ اسفند / ۱۴۰۴ - 11 March, 2026", "1404/12/20", PrecisionDay, time.Wednesday, ""},
		}},
		{"چهارشنبه ۲۰ اسفند ۱۴۰۴ - 12 March, 2026", []found{ // the Gregorian date is a day later
			{"چهارشنبه ۲۰ اسفند ۱۴۰۴", "1404/12/20", PrecisionDay, time.Wednesday, ""},
			{"12 March, 2026", "1404/12/21", PrecisionDay, noWeekday, ""},
		}},
		{"یکشنبه ۲ فروردین ۱۴۰۰", []found{ // a wrong weekday is reported, not dropped
			{"یکشنبه ۲ فروردین ۱۴۰۰", "1400/01/02", PrecisionDay, time.Sunday, ""},
		}},
		{"تاریخ انتشار: ۱۴۰۴ / ۰۹ / ۲۳ و نسبت ۱ / ۲ / ۳", []found{
			{"۱۴۰۴ / ۰۹ / ۲۳", "1404/09/23", PrecisionDay, noWeekday, ""},
		}},
		{"در سال ۱۴۰۲ اسفند ۱۵ درصد رشد داشت", []found{ // 15 is a percentage
			{"سال ۱۴۰۲", "1402/01/01", PrecisionYear, noWeekday, ""},
		}},
		{"گزارش ۱۴۰۲ اسفند ۱۵ منتشر شد", []found{
			{"۱۴۰۲ اسفند ۱۵", "1402/12/15", PrecisionDay, noWeekday, ""},
		}},
		{"تاریخ:\u200f۱۴۰۲/۰۷/۱۲\u200f", []found{
			{"۱۴۰۲/۰۷/۱۲", "1402/07/12", PrecisionDay, noWeekday, ""},
		}},
	} {
		t.Run(c.text, func(t *testing.T) {
			got := FindAll(c.text)
			require.Len(t, got, len(c.want), "%+v", got)
			for i, w := range c.want {
				m := got[i]
				assert.Equal(t, w.span, c.text[m.Start:m.End])
				assert.Equal(t, w.date, m.Date.String())
				assert.Equal(t, w.prec, m.Precision)
				assert.Equal(t, w.weekday != noWeekday, m.HasWeekday)
				if w.weekday != noWeekday {
					assert.Equal(t, w.weekday, m.Weekday)
				}
				assert.Equal(t, w.clock != "", m.HasClock)
				if w.clock != "" {
					assert.Equal(t, w.clock, m.Clock.String())
				}
				checkMatchParsesBack(t, c.text, m)
			}
		})
	}
}

func TestFindAllReportsWeekdayMismatch(t *testing.T) {
	got := FindAll("جلسه یکشنبه ۲ فروردین ۱۴۰۰ و دوشنبه ۲ فروردین ۱۴۰۰")
	require.Len(t, got, 2)
	assert.False(t, got[0].WeekdayAgrees(), "1400/01/02 was a Monday")
	assert.True(t, got[1].WeekdayAgrees())
}

func TestFindAllSkipsNonDates(t *testing.T) {
	for _, text := range []string{
		"کد خبر 13909",
		"کد :\n76036",
		"IMG_7675",
		"در حال حاضر 278 هزار نفر از جامعه هدف",
		"1 + 7 =",
		"تلفن: 021-88776655",
		"همراه 0912-123-4567",
		"مناطق 1،2،5،8باهمکاری شهرداری",
		"مبلغ 1.500.000 ریال",
		"بودجه ۱۴۰۰ میلیارد تومان",
		"به میزان ۱۴۰۰ تن",
		"هر 3 ماه يكبار",
		"نسخه 1.2.3 و نشانی 10.10.10.10",
		"news/1403/01/15/2",
		"سال ۲۰۲۴ میلادی",
		"2024-03-20",
		"ماه رمضان سال ۱۴۴۵",
		"نسخه ۱۲.۱۰.۵ منتشر شد",
		"https://example.ir/1403/01/15/slug",
		"برای ۳ سال ۱۲ ماه",
		"مهر و موم شد",
		"مدیر کل",
		"۱۲ دی",
		"۳۲ مهر",
		"۳۲ مهر ۱۴۰۲",
		"جلسه ۳۰ اسفند ۱۴۰۴ برگزار شد",
		"۲۲:۱۵",
		"جمعه",
		"ساعت ۱۰",
		"1403/13/01",
		"a1403/01/15",
		"1403/01/15b",
		"۱۴۰۳ نفر",
		"12/12/12/12",
		"1 / 2 / 3",
		"۱۴۰۲ - ۰۵ - ۱۲",
		"جدی ترین دغدغه",
	} {
		assert.Empty(t, FindAll(text), "%q", text)
	}
}

// seedMentions are the dates each seed text mentions: byte spans, the date,
// and the weekday and clock time stated with it.
var seedMentions = map[string][]struct {
	start, end int
	date       string
	weekday    time.Weekday
	clock      string
}{
	"000_717e97df14c363de.txt": {
		{28, 61, "1399/05/24", time.Friday, ""},
		{74, 84, "1395/02/14", noWeekday, ""},
	},
	"001_204bda64ebd5ca8f.txt": {
		{33, 55, "1397/06/26", time.Monday, ""},
		{465, 496, "1397/06/20", time.Tuesday, ""},
		{6104, 6147, "1398/03/26", time.Sunday, "18:26:05"},
	},
	"002_981d53ce0be6f1b5.txt": {},
	"003_45c60646b459ad0d.txt": {
		{50, 87, "1393/06/07", time.Friday, "22:15"},
	},
	"004_99c522e51496ca7f.txt": {
		{165, 197, "1404/02/31", noWeekday, "14:11"},
	},
}

func TestFindAllSeeds(t *testing.T) {
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(paths) == 0 {
		t.Skip("../shared/seeds is not here; the seed texts are needed for this test")
	}
	for _, path := range paths {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			want, ok := seedMentions[name]
			require.True(t, ok, "no expected mentions for %s", name)
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			text := string(b)
			got := FindAll(text)
			require.Len(t, got, len(want))
			for i, w := range want {
				m := got[i]
				assert.Equal(t, w.start, m.Start)
				assert.Equal(t, w.end, m.End)
				assert.Equal(t, w.date, m.Date.String())
				assert.Equal(t, w.weekday != noWeekday, m.HasWeekday)
				if w.weekday != noWeekday {
					assert.Equal(t, w.weekday, m.Weekday)
					assert.True(t, m.WeekdayAgrees())
				}
				if w.clock != "" {
					assert.Equal(t, w.clock, m.Clock.String())
				}
				checkMatchParsesBack(t, text, m)
			}
		})
	}
}

func TestFindAllStopsEarly(t *testing.T) {
	text := strings.Repeat("۱۴۰۳/۰۱/۱۵ و ", 5)
	n := 0
	var p Parser
	for range p.All(text) {
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
	assert.Len(t, FindAll(text), 5)
	assert.Nil(t, FindAll("بدون تاریخ"))
}

func TestFindAllUsesThePivot(t *testing.T) {
	got := Parser{Pivot: 1300}.FindAll("مورخ 20/06/97")
	require.Len(t, got, 1)
	assert.Equal(t, "1297/06/20", got[0].Date.String())
}

// checkMatchParsesBack checks that a Match's span reads back, on its own,
// as the same date with the same weekday and clock.
func checkMatchParsesBack(t *testing.T, text string, m Match) {
	t.Helper()
	span := text[m.Start:m.End]
	back, err := ParseMatch(span)
	if !assert.NoError(t, err, "span %q", span) {
		return
	}
	assert.Equal(t, m.Date, back.Date, "span %q", span)
	assert.Equal(t, m.Precision, back.Precision, "span %q", span)
	assert.Equal(t, m.HasWeekday, back.HasWeekday, "span %q", span)
	assert.Equal(t, m.Weekday, back.Weekday, "span %q", span)
	assert.Equal(t, m.HasClock, back.HasClock, "span %q", span)
	assert.Equal(t, m.Clock, back.Clock, "span %q", span)
	assert.Equal(t, 0, back.Start, "span %q", span)
	assert.Equal(t, len(span), back.End, "span %q", span)
}
