package normalize

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

// Cases for the default profile beyond the shared golden file: the facts of
// DESIGN section 3 and the pitfalls of the peers.
func TestTypography(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		// Letters.
		{"arabic yeh and kaf", "شهرداري ساري كرج", "شهرداری ساری کرج"},
		{"alef maksura and yeh barree", "مصطفى ے", "مصطفی ی"},
		{"heh goal and ae", "ہہ ە", "هه ه"},
		{"heh with yeh above", "خانۀ ما", "خانهٔ ما"},
		{"heh with madda", "خانهٓ ما", "خانهٔ ما"},
		{"heh with madda after a gap", "خانه ٓ ما و خانهـٓ", "خانهٔ ما و خانهٔ"},
		{"hamza forms kept", "جزء مسئول رئیس مؤسسه أحمد إسلام", "جزء مسئول رئیس مؤسسه أحمد إسلام"},
		{"presentation forms", "ﻻ ﯽ ﯼ ﺂ ﺑﺎ", "لا ی ی آ با"},
		{"presentation ligature", "ﷲ", "الله"},
		{"teh marbuta kept", "مدرسة", "مدرسة"},
		// Digits.
		{"digits in persian text", "کد خبر 13909", "کد خبر ۱۳۹۰۹"},
		{"latin word keeps digits", "IMG_7675 و COVID-19 و A4", "IMG_7675 و COVID-19 و A4"},
		{"url keeps digits", "نشانی https://example.com/a/12?x=3 است", "نشانی https://example.com/a/12?x=3 است"},
		{"www keeps digits", "سایت www.site24.ir است", "سایت www.site24.ir است"},
		{"email keeps digits", "رایانامه info2@site.ir است", "رایانامه info2@site.ir است"},
		{"date kept in order", "تاریخ 1403/01/15 است", "تاریخ ۱۴۰۳/۰۱/۱۵ است"},
		{"decimal separator", "نرخ 12.5 درصد", "نرخ ۱۲٫۵ درصد"},
		{"persian decimal kept", "عدد ۳٫۱۴", "عدد ۳٫۱۴"},
		{"thousands separator", "مبلغ 1,234,567 ریال", "مبلغ ۱٬۲۳۴٬۵۶۷ ریال"},
		{"percent", "50% تخفیف", "۵۰٪ تخفیف"},
		{"arabic-indic digits", "١٢٣ و ٤٫٥", "۱۲۳ و ۴٫۵"},
		{"mixed persian and arabic-indic digits kept", "۱۲۳٤٥٦", "۱۲۳٤٥٦"},
		{"format verbs keep their digits", "نسخه \"%1$s\" و %d مورد", "نسخه «%1$s» و %d مورد"},
		{"time", "ساعت 12 : 30", "ساعت ۱۲:۳۰"},
		{"time in persian digits", "ساعت ۱۲: ۳۰ و ٢: ٣٠", "ساعت ۱۲:۳۰ و ۲:۳۰"},
		{"day-first date reordered", "روز 23/10/1355", "روز ۱۳۵۵/۱۰/۲۳"},
		{"not a date", "تلفن 021-88776655", "تلفن ۰۲۱-۸۸۷۷۶۶۵۵"},
		{"month out of range is not a date", "12-34-5678", "۱۲-۳۴-۵۶۷۸"},
		// Punctuation and quotation marks.
		{"comma and question", "سلام ،خوبی ؟", "سلام، خوبی؟"},
		{"colon", "او گفت:سلام", "او گفت: سلام"},
		{"latin sentence keeps marks", "Hello, world? Yes; ok.", "Hello, world? Yes; ok."},
		{"double quotes", `او گفت "سلام"`, "او گفت «سلام»"},
		{"curly quotes", "“سلام”", "«سلام»"},
		{"apostrophes are not quotes", "don't won't", "don't won't"},
		{"doubled single quotes", "''تست''", "«تست»"},
		{"backticks", "`تست` و ``کد``", "«تست» و «کد»"},
		{"unpaired quote", `یک " تنها`, `یک " تنها`},
		{"ellipsis", "صبر کن ... بعد", "صبر کن… بعد"},
		{"repeated marks", "واقعا؟؟!!", "واقعا؟!"},
		{"repeated marks before a markdown image", "چرا!?[A]", "چرا؟![A]"},
		{"dashes", "الف -- ب --- ج", "الف – ب — ج"},
		{"command-line flag", "--help", "--help"},
		// Spacing.
		{"brackets", "این( یک آزمون )است", "این (یک آزمون) است"},
		{"honorific", "علی (ع) و امام خمینی ( ره)", "علی(ع) و امام خمینی(ره)"},
		{"citation", "منبع [12] است", "منبع[۱۲] است"},
		{"spaces", "یک    دو\t\tسه", "یک دو سه"},
		{"markdown link", "[متن](https://x.ir/a_b)", "[متن](https://x.ir/a_b)"},
		{"markdown link target with spaces, or after what vanishes", "[1]( AA ) و [2]\u200c(BB) و [3]ـ(C1)", "[۱]( AA ) و[۲](BB) و[۳](C1)"},
		{"bracket and parenthesis written apart stay apart", "[1] (AB) و [متن]  (ج) و چرا! [متن]", "[۱] (AB) و [متن] (ج) و چرا! [متن]"},
		{"no space before a closing tag", "<p>خجلت ! </p> (سلام)</b> صبر…</i>", "<p>خجلت!</p> (سلام)</b> صبر…</i>"},
		{"space before an opening tag", "سلام،<b>دنیا</b>", "سلام، <b>دنیا</b>"},
		{"trailing no-break spaces", "\u00a0سلام.\u00a0 \u00a0\nدو\u00a0", "سلام. \nدو"},
		{"inner no-break space kept", "۱۰\u00a0درصد", "۱۰\u00a0درصد"},
		// ZWNJ.
		{"prefix mi", "می کند و نمی رود", "می‌کند و نمی‌رود"},
		{"prefix bi", "بی دلیل و بی بی سی", "بی‌دلیل و بی بی سی"},
		{"may is not a prefix", "ماه می سال", "ماه می سال"},
		{"nouns with mi", "میز و میلاد و میلیون و میوه", "میز و میلاد و میلیون و میوه"},
		{"plural", "کتاب ها و کتاب های من", "کتاب‌ها و کتاب‌های من"},
		{"no zwnj after non-joining letter", "بندر ها و دیوار ها", "بندرها و دیوارها"},
		{"comparative", "زیبا تر و درست تری", "زیباتر و درست‌تری"},
		{"closed comparatives", "بیش تر و کم ترین و به تر", "بیشتر و کمترین و بهتر"},
		{"words ending in ter", "دکتر دختر دفتر چتر کامپیوتر", "دکتر دختر دفتر چتر کامپیوتر"},
		{"personal suffix after heh", "کرده ایم و رفته اند", "کرده‌ایم و رفته‌اند"},
		{"personal suffix needs heh", "ای خدا و در شان او", "ای خدا و در شان او"},
		{"personal suffix tan after heh", "خانه تان و نامه ی تان", "خانه‌تان و نامهٔ‌تان"},
		{"personal suffix after plural", "خواب های تان و کتاب های شان", "خواب‌های‌تان و کتاب‌های‌شان"},
		{"wet is not a comparative", "دنیا تر و خشک و میوه تر و تازه", "دنیا تر و خشک و میوه تر و تازه"},
		{"comparative before and", "بزرگ تر و بهتر", "بزرگ‌تر و بهتر"},
		{"redundant zwnj", "کتاب\u200c \u200cها\u200c\u200c", "کتاب‌ها"},
		{"zwnj after non-joining letter", "ارز\u200cها", "ارزها"},
		{"soft hyphen between letters", "حرف\u00adها", "حرف‌ها"},
		{"rlm between letters", "سلام\u200fخوب", "سلام‌خوب"},
		{"bidi controls removed", "\u202bمتن\u202c و \u200eمتن", "متن و متن"},
		{"ezafe", "خانه ی ما و نامه‌ی او", "خانهٔ ما و نامهٔ او"},
		{"not an ezafe", "خانه یک", "خانه یک"},
		{"suffix after an ezafe", "نامه ی ام و خانه\u200cی تان", "نامهٔ\u200cام و خانهٔ\u200cتان"},
		{"ezafe before a quotation or bracket", "نامه ی\"الف\" و خانه ی(ما)", "نامهٔ «الف» و خانهٔ (ما)"},
		{"heh and hamza", "بهانهء ممکن و بهانه ء دیگر", "بهانهٔ ممکن و بهانهٔ دیگر"},
		{"kashida", "ســلام", "سلام"},
		{"entities", "&quot;سلام&quot; و &#1740;", "«سلام» و ی"},
		{"amp is not decoded", "a &amp; b", "a &amp; b"},
		// Lines.
		{"blank lines", "\n\nیک\n\n\n\nدو\n", "یک\n\nدو\n"},
		{"crlf", "یک\r\nدو\rسه", "یک\nدو\nسه"},
		{"leading spaces", "   یک\n   دو", "یک\nدو"},
		{"invalid utf-8", "a\xffb\xdb", "a\ufffdb\ufffd"},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, String(c.in))
		})
	}
}

func TestRulesAlone(t *testing.T) {
	in := "كتاب ها  12 \"x\" ..."
	for _, c := range []struct {
		rules Rules
		dir   Direction
		want  string
	}{
		{0, ToPersian, in},
		{Letters, ToPersian, "کتاب ها  12 \"x\" ..."},
		{Digits, ToPersian, "كتاب ها  ۱۲ \"x\" ..."},
		{Quotes, ToPersian, "كتاب ها  12 «x» ..."},
		{Ellipsis, ToPersian, "كتاب ها  12 \"x\"…"},
		{Spacing, ToPersian, "كتاب ها 12 \"x\"..."},
		{Affixes, ToPersian, "كتاب‌ها  12 \"x\" ..."},
		{Default &^ Digits, ToPersian, "کتاب‌ها 12 «x»…"},
		{Default, ToLatin, "کتاب‌ها 12 «x»…"},
	} {
		assert.Equal(t, c.want, New(c.rules, c.dir).String(in), "%v %v", c.rules, c.dir)
	}
	assert.Equal(t, "1403/01/15 و 12.5", New(Digits, ToLatin).String("۱۴۰۳/۰۱/۱۵ و ١٢٫٥"))
}

func TestRulesNames(t *testing.T) {
	assert.Equal(t, "Letters|Digits", (Letters | Digits).String())
	assert.Equal(t, "0", Rules(0).String())
	assert.Equal(t, "Letters|Rules(0x80000000)", (Letters | 1<<31).String())
	r, err := ParseRules("letters, Digits|spacing")
	require.NoError(t, err)
	assert.Equal(t, Letters|Digits|Spacing, r)
	r, err = ParseRules("Default")
	require.NoError(t, err)
	assert.Equal(t, Default, r)
	r, err = ParseRules(Default.String())
	require.NoError(t, err)
	assert.Equal(t, Default, r)
	_, err = ParseRules("Letters,Bogus")
	assert.True(t, errors.Is(err, ErrUnknownRule))
	assert.Contains(t, err.Error(), `"Bogus"`)
	assert.Equal(t, Default, New(Default|1<<31, ToLatin).Rules(), "unknown bits are dropped")
	assert.Equal(t, ToLatin, New(Default, ToLatin).Direction())
	assert.Equal(t, "ToPersian", ToPersian.String())
	assert.Equal(t, "ToLatin", ToLatin.String())
}

func TestKey(t *testing.T) {
	for _, group := range [][]string{
		{"شهرداري ساري", "شهرداری ساری", " شهرداری   ساری ", "شهرداری\nساری"},
		{"همکاریهای", "همکاری‌های", "همکاری های"},
		{"مسئول", "مسیول"[:0] + "مسئول"},
		{"۱۴۰۳/۰۱/۱۵", "1403/01/15", "١٤٠٣/٠١/١٥"},
		{"بِسْمِ", "بسم"},
		{"آب", "اب"},
		{"Tehran", "TEHRAN", "tehran"},
	} {
		for _, s := range group[1:] {
			assert.Equal(t, Key(group[0]), Key(s), "%q and %q", group[0], s)
		}
	}
	for _, pair := range [][2]string{
		{"کتاب", "کتب"}, {"شهرداری ساری", "شهرداری بابل"}, {"میز", "می‌ز"[:0] + "مز"}, {"1403", "1404"},
	} {
		assert.NotEqual(t, Key(pair[0]), Key(pair[1]), "%q and %q", pair[0], pair[1])
	}
	assert.Equal(t, "", Key("  \n\t "))
	assert.Equal(t, "hello world", Key("  Hello   World  "))
	assert.Equal(t, Key("کتاب ها"), string(AppendKey(nil, []byte("کتاب ها"))))
}

func TestDigitHelpers(t *testing.T) {
	assert.Equal(t, "1403/01/15", LatinDigits("۱۴۰۳/۰۱/۱۵"))
	assert.Equal(t, "1403 و 12", LatinDigits("١٤٠٣ و ۱۲"))
	assert.Equal(t, "۱۴۰۳/۰۱/۱۵", PersianDigits("1403/01/15"))
	assert.Equal(t, "۱۲۳ و ۴۵", PersianDigits("١٢٣ و 45"))
	assert.Equal(t, "x=۱", string(AppendPersianDigits([]byte("x="), "1")))
	assert.Equal(t, "x=1", string(AppendLatinDigits([]byte("x="), "۱")))
	plain := "متن بی عدد"
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = LatinDigits(plain) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = PersianDigits(plain) }))
	assert.Equal(t, "bad\xff1", LatinDigits("bad\xff۱")[:4]+"1")
}

func TestStringDoesNotAllocateOnNormalText(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop items; allocation counts mean nothing under it")
	}
	normal := String(strings.Repeat("ویراستار به شما کمک می‌کند تا متون فارسی زیباتر بنویسید. کتاب‌ها ۱۲ «نقل» (پرانتز)\n", 20))
	require.Equal(t, normal, String(normal))
	assert.Zero(t, testing.AllocsPerRun(50, func() { sinkString = String(normal) }))
	for _, text := range seedTextsOrNil() {
		n := String(text)
		assert.Zero(t, testing.AllocsPerRun(10, func() { sinkString = String(n) }))
	}
}

func TestStreamingAtEveryBufferSize(t *testing.T) {
	texts := seedTextsOrNil()
	texts = append(texts, "یک\r\nدو  سه\n\n\n\"چهار\" ... پنج\r"+strings.Repeat("کتاب ها و دفتر ها، ", 300)+"\n")
	for _, text := range texts {
		want := String(text)
		for size := 1; size <= 64; size++ {
			require.Equal(t, want, viaReader(t, Typography, text, size), "reads of %d bytes", size)
			require.Equal(t, want, viaWriter(t, Typography, text, size), "writes of %d bytes", size)
		}
	}
}

func TestLongLinesAreCutAtTheSamePlaces(t *testing.T) {
	// Lines longer than a segment, with and without spaces or sentence ends.
	for _, text := range []string{
		strings.Repeat("کتاب ها. ", 2*maxSegment/15),
		strings.Repeat("کتاب‌ها", maxSegment/6),
		strings.Repeat("a", 2*maxSegment+17) + "\n" + strings.Repeat("ي", maxSegment),
		strings.Repeat("\"x\" ", maxSegment/3),
		strings.Repeat("خانه ها  ", maxSegment/14) + "\n\n  \n" + strings.Repeat("ab ", maxSegment/2),
		// Invalid bytes grow threefold as U+FFFD: a line short enough not to
		// be cut may come out long enough to be cut, and the second pass
		// must not cut it where the rules look across.
		strings.Repeat("\xd6", maxSegment/3-1) + "1,T",
	} {
		want := String(text)
		require.True(t, utf8.ValidString(want))
		if again := String(want); again != want {
			t.Fatalf("not idempotent: %s", firstDifference(want, again))
		}
		// Key folds each segment apart, without the spaces and line
		// breaks String writes between them.
		if k, fold := Key(text), keyByRunes(want); k != fold {
			t.Fatalf("Key is not the fold of String: %s", firstDifference(fold, k))
		}
		for _, size := range []int{1, 7, 4096, 5000, maxSegment + 1} {
			if got := viaReader(t, Typography, text, size); got != want {
				t.Fatalf("reads of %d bytes: %s", size, firstDifference(want, got))
			}
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	inputs := []string{"كتاب ها 12", "می كنند .", "\"نقل\" (پرانتز )", strings.Repeat("جلسه ي شوراي اداري ، ", 50)}
	want := make([]string, len(inputs))
	for i, s := range inputs {
		want[i] = String(s)
	}
	n := New(Default, ToLatin)
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			defer func() { done <- true }()
			for k := 0; k < 200; k++ {
				i := (g + k) % len(inputs)
				if got := String(inputs[i]); got != want[i] {
					t.Errorf("String(%q) = %q concurrently, want %q", inputs[i], got, want[i])
					return
				}
				_ = n.String(inputs[i])
				_ = Key(inputs[i])
			}
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
}

func TestStreamingMemoryIsBounded(t *testing.T) {
	// A text of one long line, no line break anywhere: the streamer holds at
	// most one segment of input and its output at a time.
	line := strings.Repeat("كتاب ها ", 1<<20/15)
	tr, ok := Typography.Transformer().(*streamer)
	require.True(t, ok)
	var out strings.Builder
	dst := make([]byte, 4096)
	src := []byte(line)
	for len(src) > 0 {
		n := min(len(src), 4096)
		nDst, nSrc, err := tr.Transform(dst, src[:n], n == len(src))
		out.Write(dst[:nDst])
		if err != nil && err != transform.ErrShortDst {
			require.NoError(t, err)
		}
		src = src[nSrc:]
		assert.LessOrEqual(t, cap(tr.line), 2*(maxSegment+2), "held input")
		assert.LessOrEqual(t, cap(tr.out), 4*(maxSegment+2), "held output")
	}
	for {
		nDst, _, err := tr.Transform(dst, nil, true)
		out.Write(dst[:nDst])
		if err == nil {
			break
		}
		require.ErrorIs(t, err, transform.ErrShortDst)
	}
	assert.Equal(t, String(line), out.String())
}
