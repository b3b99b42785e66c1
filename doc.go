// Package daftar is the root of a library for Jalali-dated governance
// records: the meetings, memoranda of understanding and resolutions that
// Iranian agencies hold, sign and follow up. The root package holds no code;
// the work is done by its packages.
//
// # Packages
//
//   - calendar: Jalali civil dates that agree with the astronomical Iranian
//     calendar on every day from 1178 to 3000 AP; arithmetic that never moves
//     a date silently; formatting, parsing, and conversion to and from
//     time.Time, SQL and go-persian-calendar.
//   - normalize: Persian text normalization as golang.org/x/text
//     transformers (letters, digits, ZWNJ, punctuation, spacing) and keys
//     for matching names and phrases.
//   - cmd/daftar: the command-line tool; "daftar date" converts between the
//     Jalali and Gregorian calendars, "daftar normalize" cleans text.
//
// Date parsing in free text, records, exports, recurrence and workdays are
// being built in that order; the overview grows with them.
//
// # A worked story
//
// A medical university and a city's municipality sign a memorandum on
// 1395/02/14 and agree to review it every three months. The signing date is
// read from the news item, its reviews are computed in Jalali months, so that
// a review due at the end of Shahrivar does not slide into Mehr:
//
//	signed, err := calendar.Parse("۱۳۹۵/۰۲/۱۴")
//	if err != nil { ... }
//	for k := 1; k <= 4; k++ {
//		fmt.Println(signed.AddMonths(3 * k)) // 1395/05/14, 1395/08/14, ...
//	}
//
// See the calendar package's examples for runnable versions.
package daftar
