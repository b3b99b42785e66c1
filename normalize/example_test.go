package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"

	"github.com/daftar-go/daftar/normalize"
)

// A line of a news item, typed with an Arabic keyboard layout and no ZWNJ.
func Example() {
	fmt.Println(normalize.String("جلسه كارگروه تفاهم نامه در سالن جلسات شهرداري ساري تشكيل شد ."))
	// Output: جلسه کارگروه تفاهم نامه در سالن جلسات شهرداری ساری تشکیل شد.
}

func ExampleString() {
	fmt.Println(normalize.String(`او گفت :"اعضاي كارگروه ها 3 بار جلسه داشته اند ."`))
	// Output: او گفت: «اعضای کارگروه‌ها ۳ بار جلسه داشته‌اند.»
}

func ExampleKey() {
	a := normalize.Key("شهرداري ساري")
	b := normalize.Key("شهرداری  ساری")
	c := normalize.Key("همکاریهای")
	d := normalize.Key("همکاری های")
	fmt.Println(a == b, c == d)
	fmt.Println(normalize.Key("دانشگاه علوم پزشكي مازندران - ۱۴۰۳"))
	// Output:
	// true true
	// دانشگاه علوم پزشکی مازندران - 1403
}

func ExampleAppendKey() {
	buf := normalize.AppendKey(nil, []byte("اداره كل بهزيستي"))
	fmt.Println(string(buf))
	// Output: اداره کل بهزیستی
}

func ExampleBytes() {
	fmt.Println(string(normalize.Bytes([]byte("مدير كل"))))
	// Output: مدیر کل
}

func ExampleAppend() {
	out := normalize.Append([]byte("عنوان: "), []byte("تفاهم نامه هاي اجرايي"))
	fmt.Println(string(out))
	// Output: عنوان: تفاهم نامه‌های اجرایی
}

func ExampleNew() {
	// Only letters and digits, with ASCII digits, for a database column.
	n := normalize.New(normalize.Letters|normalize.Digits, normalize.ToLatin)
	fmt.Println(n.String("شماره ۱۳۹۵ كميته  ها"))
	// Output: شماره 1395 کمیته  ها
}

func ExampleNormalizer_String() {
	withoutAffixes := normalize.New(normalize.Default&^normalize.Affixes, normalize.ToPersian)
	fmt.Println(withoutAffixes.String("كميته ها تشكيل مي شوند"))
	// Output: کمیته ها تشکیل می شوند
}

func ExampleNormalizer_NewReader() {
	r := normalize.Typography.NewReader(strings.NewReader("سطر اول\r\n\r\n\r\nسطر دوم با كاف عربي\r\n"))
	io.Copy(os.Stdout, r)
	// Output:
	// سطر اول
	//
	// سطر دوم با کاف عربی
}

func ExampleNormalizer_NewWriter() {
	w := normalize.Typography.NewWriter(os.Stdout)
	fmt.Fprint(w, "مصوبه شماره 12 ")
	fmt.Fprint(w, "شوراي اداري\n")
	w.Close()
	// Output: مصوبه شماره ۱۲ شورای اداری
}

func ExampleNormalizer_Transformer() {
	// Normalization composes with other transformers.
	t := transform.Chain(normalize.Typography.Transformer(), normalize.New(normalize.Digits, normalize.ToLatin).Transformer())
	s, _, _ := transform.String(t, "جلسه 12 كارگروه")
	fmt.Println(s)
	// Output: جلسه 12 کارگروه
}

func ExampleNormalizer_Rules() {
	fmt.Println(normalize.Typography.Rules() == normalize.Default, normalize.Typography.Direction())
	// Output: true ToPersian
}

func ExampleNewReader() {
	io.Copy(os.Stdout, normalize.NewReader(strings.NewReader("تشكيل 3 كميته\n")))
	// Output: تشکیل ۳ کمیته
}

func ExampleParseRules() {
	rules, err := normalize.ParseRules("letters, digits")
	fmt.Println(rules, err)
	_, err = normalize.ParseRules("Letters,Colors")
	fmt.Println(err)
	// Output:
	// Letters|Digits <nil>
	// normalize: unknown normalization rule "Colors" (rules: Letters, Digits, Punctuation, Quotes, Dashes, Ellipsis, RepeatedMarks, Spacing, Affixes, Ezafe, Kashida, Diacritics, ZWNJ, Bidi, Dates, Entities, LineBreaks)
}

func ExampleRules_String() {
	fmt.Println(normalize.Letters | normalize.ZWNJ)
	// Output: Letters|ZWNJ
}

func ExampleDirection_String() {
	fmt.Println(normalize.ToLatin)
	// Output: ToLatin
}

func ExampleLatinDigits() {
	fmt.Println(normalize.LatinDigits("۱۴۰۳/۰۶/۳۱ و ١٤٠٤"))
	// Output: 1403/06/31 و 1404
}

func ExampleAppendLatinDigits() {
	fmt.Println(string(normalize.AppendLatinDigits([]byte("code="), "۷۶۰۳۶")))
	// Output: code=76036
}

func ExamplePersianDigits() {
	fmt.Println(normalize.PersianDigits("1403/06/31"))
	// Output: ۱۴۰۳/۰۶/۳۱
}

func ExampleAppendPersianDigits() {
	fmt.Println(string(normalize.AppendPersianDigits([]byte("شماره "), "12")))
	// Output: شماره ۱۲
}

func ExampleNormalizer_Append() {
	lettersOnly := normalize.New(normalize.Letters, normalize.ToPersian)
	fmt.Println(string(lettersOnly.Append([]byte("نهاد: "), []byte("كميته امداد"))))
	// Output: نهاد: کمیته امداد
}

func ExampleNormalizer_Bytes() {
	latin := normalize.New(normalize.Default, normalize.ToLatin)
	fmt.Println(string(latin.Bytes([]byte("جلسه ۱۲ كارگروه"))))
	// Output: جلسه 12 کارگروه
}

func ExampleNormalizer_Direction() {
	fmt.Println(normalize.New(normalize.Digits, normalize.ToLatin).Direction())
	// Output: ToLatin
}
