package calendar

import (
	"sync"
	"time"
)

// A wordKind is what a word means to a date; the value that goes with it
// (a month, a weekday, a day) is in token.val.
type wordKind uint8

const (
	wNone        wordKind = iota
	wMonth                // a Persian month name; val is the Month
	wMonthMah             // a month name with ماه joined to it (مردادماه)
	wDariMonth            // a Dari (zodiac) month name; val is the Month
	wGregMonth            // a Gregorian month name, English or Persian; val 1-12
	wWeekday              // a weekday name; val is the time.Weekday
	wWeekdayHead          // یک دو سه چهار پنج: a weekday when شنبه follows; val is it
	wOrdinal              // an ordinal day (یکم, اول, بیست‌ویکم); val 1-31
	wTens                 // بیست, سی: the head of a two-word ordinal; val 20 or 30
	wAnd                  // و
	wAm                   // ام, the ordinal suffix written apart (سی ام)
	wMah                  // ماه
	wSal                  // سال
	wSaat                 // ساعت
	wDated                // مورخ, مورخه
	wRooz                 // روز, between a time of day and the date
	wHeh                  // ه, the first letter of ه.ش and ه.ق
	wShin                 // ش, as in ه.ش
	wQaf                  // ق, as in ه.ق and ق.ظ
	wBeh                  // ب, as in ب.ظ
	wZah                  // ظ, as in ب.ظ
	wHijri                // هجری
	wSolar                // شمسی, خورشیدی
	wLunar                // قمری
	wGregorian            // میلادی
	wMim                  // م, the abbreviation of میلادی
	wMorning              // صبح, قبل‌ازظهر, am: before noon
	wAfternoon            // عصر, شب, بعدازظهر, pm: after noon
	wCount                // a unit or count word (هزار, نفر, درصد): the number before it is not a date
	wHijriMonth           // a lunar Hijri month name; val is the HijriMonth
	wHijriHead            // ربیع, جمادی, ذی: the first word of a two-word month; val is its first month
	wHijriTail            // الاول, الثانی, القعده, ...: the second word; val is added to the head's
	wEquals               // برابر, مطابق: "the same as", before a parallel date
	wWith                 // با
	wMinute               // دقیقه
)

// maxWordBytes bounds the folded words the lexer looks up; no word in the
// table is longer.
const maxWordBytes = 32

type wordInfo struct {
	kind wordKind
	val  int
}

// lookupWord returns what the folded word b means.
func lookupWord(b []byte) (wordKind, int) {
	index := wordIndex()
	for h := wordHash(b); ; h++ {
		slot := &index[h&(wordIndexSize-1)]
		if slot.key == "" {
			return wNone, 0
		}
		if slot.key == string(b) {
			return slot.kind, slot.val
		}
	}
}

// wordIndexSize is the size of the open-addressing table over dateWords,
// a power of two at least four times the number of words so that a word
// not in the table usually costs one probe.
const wordIndexSize = 1024

type wordSlot struct {
	key string
	wordInfo
}

// wordIndex is dateWords as an open-addressing hash table, built on first
// use: for the few hundred short keys here it is several times faster than
// the map, which matters because FindAll looks up every word of a text.
var wordIndex = sync.OnceValue(func() *[wordIndexSize]wordSlot {
	var index [wordIndexSize]wordSlot
	for key, info := range dateWords {
		h := wordHash([]byte(key))
		for index[h&(wordIndexSize-1)].key != "" {
			h++
		}
		index[h&(wordIndexSize-1)] = wordSlot{key, info}
	}
	return &index
})

// wordHash is FNV-1a.
func wordHash(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// dateWords holds every word date text uses, in folded form (see foldLetter;
// invisible marks removed). A test checks that each key is folded.
var dateWords = map[string]wordInfo{
	// Persian month names, with the common spellings: no madda (ابان, اذر),
	// the old امرداد, and ماه joined on.
	"فروردین": {wMonth, 1}, "اردیبهشت": {wMonth, 2}, "خرداد": {wMonth, 3},
	"تیر": {wMonth, 4}, "مرداد": {wMonth, 5}, "امرداد": {wMonth, 5},
	"شهریور": {wMonth, 6}, "مهر": {wMonth, 7}, "ابان": {wMonth, 8},
	"اذر": {wMonth, 9}, "دی": {wMonth, 10}, "بهمن": {wMonth, 11},
	"اسفند":      {wMonth, 12},
	"فروردینماه": {wMonthMah, 1}, "اردیبهشتماه": {wMonthMah, 2}, "خردادماه": {wMonthMah, 3},
	"تیرماه": {wMonthMah, 4}, "مردادماه": {wMonthMah, 5}, "امردادماه": {wMonthMah, 5},
	"شهریورماه": {wMonthMah, 6}, "مهرماه": {wMonthMah, 7}, "ابانماه": {wMonthMah, 8},
	"اذرماه": {wMonthMah, 9}, "دیماه": {wMonthMah, 10}, "بهمنماه": {wMonthMah, 11},
	"اسفندماه": {wMonthMah, 12},

	// The English transliterations that Format's English layouts write,
	// with the usual variants.
	"farvardin": {wMonth, 1}, "ordibehesht": {wMonth, 2}, "khordad": {wMonth, 3},
	"tir": {wMonth, 4}, "mordad": {wMonth, 5}, "amordad": {wMonth, 5},
	"shahrivar": {wMonth, 6}, "shahrivar​": {wMonth, 6}, "mehr": {wMonth, 7},
	"aban": {wMonth, 8}, "azar": {wMonth, 9}, "dey": {wMonth, 10}, "dei": {wMonth, 10},
	"bahman": {wMonth, 11}, "esfand": {wMonth, 12}, "esfund": {wMonth, 12},

	// Dari month names (Afghanistan), which share the Jalali months.
	"حمل": {wDariMonth, 1}, "ثور": {wDariMonth, 2}, "جوزا": {wDariMonth, 3},
	"جوزای": {wDariMonth, 3}, "جوزاء": {wDariMonth, 3},
	"سرطان": {wDariMonth, 4}, "اسد": {wDariMonth, 5}, "سنبله": {wDariMonth, 6},
	"میزان": {wDariMonth, 7}, "عقرب": {wDariMonth, 8}, "قوس": {wDariMonth, 9},
	"جدی": {wDariMonth, 10}, "دلو": {wDariMonth, 11}, "حوت": {wDariMonth, 12},

	// Gregorian months, for the Gregorian date news items print next to
	// the Jalali one, in English and in Persian.
	"january": {wGregMonth, 1}, "february": {wGregMonth, 2}, "march": {wGregMonth, 3},
	"april": {wGregMonth, 4}, "may": {wGregMonth, 5}, "june": {wGregMonth, 6},
	"july": {wGregMonth, 7}, "august": {wGregMonth, 8}, "september": {wGregMonth, 9},
	"october": {wGregMonth, 10}, "november": {wGregMonth, 11}, "december": {wGregMonth, 12},
	"jan": {wGregMonth, 1}, "feb": {wGregMonth, 2}, "mar": {wGregMonth, 3},
	"apr": {wGregMonth, 4}, "jun": {wGregMonth, 6}, "jul": {wGregMonth, 7},
	"aug": {wGregMonth, 8}, "sep": {wGregMonth, 9}, "sept": {wGregMonth, 9},
	"oct": {wGregMonth, 10}, "nov": {wGregMonth, 11}, "dec": {wGregMonth, 12},
	"ژانویه": {wGregMonth, 1}, "فوریه": {wGregMonth, 2},
	"مارس": {wGregMonth, 3}, "اوریل": {wGregMonth, 4}, "مه": {wGregMonth, 5},
	"می": {wGregMonth, 5}, "ژوین": {wGregMonth, 6}, "ژوییه": {wGregMonth, 7},
	"جولای": {wGregMonth, 7}, "اوت": {wGregMonth, 8}, "اگوست": {wGregMonth, 8},
	"سپتامبر": {wGregMonth, 9}, "اکتبر": {wGregMonth, 10}, "نوامبر": {wGregMonth, 11},
	"دسامبر": {wGregMonth, 12},
	// The Gregorian months as Afghan (Dari) text writes them.
	"جنوری": {wGregMonth, 1}, "فبروری": {wGregMonth, 2}, "مارچ": {wGregMonth, 3},
	"اپریل": {wGregMonth, 4}, "جون": {wGregMonth, 6}, "اگست": {wGregMonth, 8},
	"سپتمبر": {wGregMonth, 9}, "اکتوبر": {wGregMonth, 10}, "نومبر": {wGregMonth, 11},
	"دسمبر": {wGregMonth, 12},

	// The lunar Hijri months, for the Hijri date printed next to a Jalali
	// one and for Hijri dates on their own.
	"محرم": {wHijriMonth, 1}, "صفر": {wHijriMonth, 2},
	"ربیعالاول": {wHijriMonth, 3}, "ربیعالثانی": {wHijriMonth, 4}, "ربیعالاخر": {wHijriMonth, 4},
	"جمادیالاول": {wHijriMonth, 5}, "جمادیالاولی": {wHijriMonth, 5},
	"جمادیالثانی": {wHijriMonth, 6}, "جمادیالثانیه": {wHijriMonth, 6}, "جمادیالاخر": {wHijriMonth, 6},
	"رجب": {wHijriMonth, 7}, "شعبان": {wHijriMonth, 8}, "رمضان": {wHijriMonth, 9},
	"شوال": {wHijriMonth, 10}, "ذیالقعده": {wHijriMonth, 11}, "ذیقعده": {wHijriMonth, 11},
	"ذیالحجه": {wHijriMonth, 12}, "ذیحجه": {wHijriMonth, 12},
	"ربیع": {wHijriHead, 3}, "جمادی": {wHijriHead, 5}, "ذی": {wHijriHead, 11},
	"الاول": {wHijriTail, 0}, "الاولی": {wHijriTail, 0}, "الثانی": {wHijriTail, 1},
	"الثانیه": {wHijriTail, 1}, "الاخر": {wHijriTail, 1}, "القعده": {wHijriTail, 0}, "الحجه": {wHijriTail, 1},

	// Weekdays, joined or with the number written apart (سه شنبه).
	"شنبه": {wWeekday, int(time.Saturday)}, "یکشنبه": {wWeekday, int(time.Sunday)},
	"دوشنبه": {wWeekday, int(time.Monday)}, "سهشنبه": {wWeekday, int(time.Tuesday)},
	"سشنبه":    {wWeekday, int(time.Tuesday)},
	"چهارشنبه": {wWeekday, int(time.Wednesday)}, "پنجشنبه": {wWeekday, int(time.Thursday)},
	"جمعه": {wWeekday, int(time.Friday)}, "ادینه": {wWeekday, int(time.Friday)},
	"saturday": {wWeekday, int(time.Saturday)}, "sunday": {wWeekday, int(time.Sunday)},
	"monday": {wWeekday, int(time.Monday)}, "tuesday": {wWeekday, int(time.Tuesday)},
	"wednesday": {wWeekday, int(time.Wednesday)}, "thursday": {wWeekday, int(time.Thursday)},
	"friday": {wWeekday, int(time.Friday)},
	"یک":     {wWeekdayHead, int(time.Sunday)}, "دو": {wWeekdayHead, int(time.Monday)},
	"سه": {wWeekdayHead, int(time.Tuesday)}, "چهار": {wWeekdayHead, int(time.Wednesday)},
	"پنج": {wWeekdayHead, int(time.Thursday)},

	// Ordinal days.
	"یکم": {wOrdinal, 1}, "اول": {wOrdinal, 1}, "دوم": {wOrdinal, 2}, "سوم": {wOrdinal, 3},
	"چهارم": {wOrdinal, 4}, "پنجم": {wOrdinal, 5}, "ششم": {wOrdinal, 6}, "هفتم": {wOrdinal, 7},
	"هشتم": {wOrdinal, 8}, "نهم": {wOrdinal, 9}, "دهم": {wOrdinal, 10}, "یازدهم": {wOrdinal, 11},
	"دوازدهم": {wOrdinal, 12}, "سیزدهم": {wOrdinal, 13}, "چهاردهم": {wOrdinal, 14},
	"پانزدهم": {wOrdinal, 15}, "شانزدهم": {wOrdinal, 16}, "هفدهم": {wOrdinal, 17},
	"هجدهم": {wOrdinal, 18}, "هیجدهم": {wOrdinal, 18}, "نوزدهم": {wOrdinal, 19},
	"بیستم": {wOrdinal, 20}, "بیستویکم": {wOrdinal, 21}, "بیستودوم": {wOrdinal, 22},
	"بیستوسوم": {wOrdinal, 23}, "بیستوچهارم": {wOrdinal, 24}, "بیستوپنجم": {wOrdinal, 25},
	"بیستوششم": {wOrdinal, 26}, "بیستوهفتم": {wOrdinal, 27}, "بیستوهشتم": {wOrdinal, 28},
	"بیستونهم": {wOrdinal, 29}, "سیام": {wOrdinal, 30}, "سیویکم": {wOrdinal, 31},
	"بیست": {wTens, 20}, "سی": {wTens, 30}, "و": {wAnd, 0}, "ام": {wAm, 0},

	// Words around dates.
	"ماه": {wMah, 0}, "سال": {wSal, 0}, "ساعت": {wSaat, 0},
	"مورخ": {wDated, 0}, "مورخه": {wDated, 0}, "روز": {wRooz, 0},
	"سالهای": {wSal, 0}, "سالها": {wSal, 0},
	"برابر": {wEquals, 0}, "مطابق": {wEquals, 0}, "با": {wWith, 0}, "دقیقه": {wMinute, 0},

	// Era markers and their parts.
	"ه": {wHeh, 0}, "ش": {wShin, 0}, "ق": {wQaf, 0}, "هجری": {wHijri, 0},
	"شمسی": {wSolar, 0}, "خورشیدی": {wSolar, 0}, "هش": {wSolar, 0},
	"قمری": {wLunar, 0}, "هق": {wLunar, 0},
	"میلادی": {wGregorian, 0}, "م": {wMim, 0},

	// Parts of the day.
	"ب": {wBeh, 0}, "ظ": {wZah, 0}, "صبح": {wMorning, 0}, "قبلازظهر": {wMorning, 0},
	"am": {wMorning, 0}, "عصر": {wAfternoon, 0}, "شب": {wAfternoon, 0},
	"بعدازظهر": {wAfternoon, 0}, "بعدظهر": {wAfternoon, 0}, "pm": {wAfternoon, 0},

	// Units and counts: a number before one of these is a quantity.
	"هزار": {wCount, 0}, "میلیون": {wCount, 0}, "میلیارد": {wCount, 0},
	"نفر": {wCount, 0}, "درصد": {wCount, 0}, "تومان": {wCount, 0}, "ریال": {wCount, 0},
	"دلار": {wCount, 0}, "یورو": {wCount, 0}, "مورد": {wCount, 0}, "عدد": {wCount, 0},
	"متر": {wCount, 0}, "کیلومتر": {wCount, 0}, "تن": {wCount, 0}, "هکتار": {wCount, 0},
	"خانوار": {wCount, 0}, "دستگاه": {wCount, 0}, "واحد": {wCount, 0}, "رای": {wCount, 0},
}
