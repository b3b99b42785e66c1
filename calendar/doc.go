// Package calendar implements the Jalali (Solar Hijri) civil calendar used in
// Iran: a Date value type that agrees with the astronomical Iranian calendar on
// every day from 1 Farvardin 1178 to 30 Esfand 3000, arithmetic that never
// moves a date silently, formatting, and parsing.
//
// # Correctness
//
// A Jalali year starts on Nowruz, the day of the vernal equinox if it falls
// before apparent noon at 52.5°E (Tehran standard meridian), else the next day.
// The common 33-year arithmetic rule, (25y+11) mod 33 < 8, reproduces this for
// 1178–1501, including the whole table published by the Calendar Center of the
// University of Tehran (1206–1498). From 1502 on the rule and astronomy part:
// the rule makes 1502 a leap year, astronomy makes 1503 one. The package applies
// the 78 corrections that keep it on the astronomical calendar up to 3000 (the
// list ICU's Persian calendar uses), so 1502/12/29 is followed by 1503/01/01
// (2124-03-20), not by a 30 Esfand that libraries using the bare rule
// (go-persian-calendar, jalaali-js) produce.
//
// Astronomy decides some far years by minutes: the 2124 equinox comes about
// three minutes before apparent noon in Tehran, and the growing uncertainty
// of ΔT (the drift of Earth's rotation) reaches tens of minutes by the 3000s.
// The tests compare every year with an equinox computed from Meeus's
// algorithms and require agreement wherever the equinox is farther from noon
// than that uncertainty; the few closer calls follow the published list.
// The supported range is MinYear–MaxYear; outside it there is no published or
// verified calendar, and the package reports ErrOutOfRange rather than guess.
//
// # Dates
//
// A Date is a comparable value holding a year, month and day. The zero Date
// means "no date": IsZero reports it, it formats as the empty string and it
// marshals to empty text. New validates and never normalizes: New(1404,
// Esfand, 30) is an error, because 1404 is not a leap year. Arithmetic clamps
// where a month is shorter (1403/06/31 plus one month is 1403/07/30) and
// returns the zero Date when a result leaves the supported range.
//
// # Text
//
// String, MarshalText and JSON use the form 1403/01/15: ASCII digits, zero
// padded, slashes. Slashes are deliberate: 1403-01-15 is detected as a
// Gregorian ISO date by many JSON and spreadsheet consumers. Format writes the
// other common forms (۱۵ فروردین ۱۴۰۳, with weekday, Persian digits).
//
// Parse reads one date in any of the ways Iranian text writes them: numbers
// in either order and with two-digit years (9/3/1400, 20/06/97), month names
// in Persian, Dari and English spellings, ordinal days (یکم خرداد ماه ۱۳۹۸),
// with a weekday, a time of day, separators, era markers and stray invisible
// marks, in any digit set. ParseMatch also returns the weekday and time the
// text states and whether it names a day, only a month or only a year;
// ParseTime returns the instant. Invalid dates are errors, never adjusted,
// and a *ParseError says which part of the text is wrong.
//
// FindAll, and Parser.All without allocating, find every date mentioned in
// free text such as a news item, with byte offsets, and flag a stated weekday
// that contradicts its date. Numbers that only look like dates (news codes,
// quantities, phone numbers, file names) are left alone.
//
// # Recurrence and workdays
//
// A Rule is an RFC 5545 recurrence rule evaluated in Jalali months, as RFC
// 7529 defines for RSCALE=PERSIAN: every three months from 1 Farvardin is 1
// Tir, 1 Mehr and 1 Dey. ParseRule reads RRULE text or a Persian phrase
// (هر سه ماه یکبار, اولین شنبه هر ماه); All, Between and After list the
// occurrences. IranWorkdays is the working calendar of Iran's offices: the
// Friday weekend and the official holidays, the lunar ones on the Hijri
// months as observed in Iran (Date.Hijri, FromHijri); Workdays.Adjusted
// moves a rule's occurrences off days off.
//
// # Time zones
//
// Civil dates in Iran are reckoned in Asia/Tehran. Tehran returns that
// location, loaded once; In and Today use it when given a nil location. The
// package does not import time/tzdata; programs that may run without a system
// time zone database should import it (cmd/daftar does), or Tehran falls back
// to a fixed +03:30 zone, which is exact for every instant since 2022-09-21.
package calendar

//go:generate go run gen_tables.go
//go:generate go run gen_hijri.go
