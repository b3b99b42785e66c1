// Package normalize cleans Persian text the way careful Persian typography
// wants it, and makes keys for matching names and phrases.
//
// Records copied from news items and letters arrive with Arabic ي and ك,
// missing or misplaced zero-width non-joiners (همکاریهای, خدمترسانی, کتاب ها),
// kashida, presentation forms, ASCII digits, straight quotes, stray bidi
// marks and broken spacing. String fixes them:
//
//	normalize.String("ويراستار به شما كمك مي كند .") // "ویراستار به شما کمک می‌کند."
//
// and Key folds what is left of spelling variation for comparison:
//
//	normalize.Key("شهرداري ساري") == normalize.Key("شهرداری  ساری") // true
//
// # Rules
//
// A Normalizer applies a set of Rules and writes digits in one Direction;
// Typography, used by String, Bytes, Append and NewReader, applies Default,
// every rule, with Persian digits. The rules follow the default profile of
// virastar, the reference Persian typography tool, and the facts gathered in
// the project's design notes: see each rule's documentation. Text that is
// not Persian is protected: URLs, e-mail addresses, markdown link targets
// and HTML tags pass untouched, and a word with two Latin letters in a row
// keeps its ASCII digits and punctuation.
//
// The rules work one line at a time and are idempotent:
// String(String(s)) == String(s). Lines longer than 64 KiB, far longer than
// any paragraph, are cut at a sentence end or a space (between two letters
// if there is none), the same way on every path, so rules do not see across
// those cuts; only for such lines can a second pass, which may cut them
// elsewhere, change the text again.
//
// # Streaming
//
// Normalizer.Transformer returns a golang.org/x/text/transform.Transformer,
// so normalization composes with transform.Chain and streams through
// transform.NewReader and transform.NewWriter with memory bounded by the
// longest segment. For any input and any buffer sizes the streaming output
// is the same as String's. Normalizers are values and safe for concurrent
// use; a Transformer keeps state and belongs to one stream.
//
// # Invalid input
//
// Every byte that is not part of valid UTF-8 becomes U+FFFD, so the output
// is always valid UTF-8. CR LF and lone CR become LF.
//
// # Where the default profile differs from virastar
//
// These are deliberate, each a bug or a risk in virastar's behaviour:
//
//   - A number that mixes Persian and Arabic-Indic digits (۱۲۳٤٥٦) keeps
//     them as written: Unicode treats the two sets as characters of their
//     own, so the mix may be deliberate. Key folds both.
//   - Numbers touching a Latin letter keep their digits (A4, v1.2, x86).
//   - Single quotes pair only as quotation marks, never across apostrophes
//     (don't ... won't).
//   - -- and --- next to a Latin letter or digit stay (command-line flags),
//     as do runs of four or more (markdown rules).
//   - The personal suffixes (ام ای ایم اند مان تان شان ...) join only to a
//     word ending in ه (کرده ایم → کرده‌ایم), and مان تان شان also to the
//     plural های (کتاب‌های شان → کتاب‌های‌شان); after other words they are as
//     often words of their own (ای خدا, در شان). بی does not join next to another
//     بی (بی بی سی).
//   - تر stays a word of its own in تر و خشک, تر و تازه and تر و تمیز, where
//     it means wet or fresh.
//   - تر and ترین join without ZWNJ to بیش, کم, به, مه and که (بیشتر, کمتر);
//     no ZWNJ is ever written after a letter that does not join (ا د ذ ر ز
//     ژ و), so بندر ها becomes بندرها.
//   - A day-first date is reordered only when it is a valid day and month
//     with a four-digit year, so phone numbers and codes keep their order.
//   - A space is not added after . or : between Latin letters or digits
//     (example.com, e.g, 3:1), and not between two dots.
//   - Brackets pair by nesting, and a pair with nothing inside is left alone.
//   - A ] and a ( written apart stay apart ([متن] (ج)): joined, they would
//     make a markdown link, and the next pass would protect its target.
//   - &amp;, &lt;, &gt; and &nbsp; are not decoded (a second pass would
//     decode what the first produced); numeric entities for control
//     characters stay encoded.
//   - Presentation forms map to the letters Unicode decomposes them to; the
//     ZWNJ that an initial or final form may imply is not guessed.
//   - No space is added after a mark at the end of a line (virastar writes
//     "شود.» " before a line break), nor after a mark, a closing bracket or
//     an ellipsis before a closing HTML tag (خجلت!</p>), and a time keeps
//     all its colons tight (18:26:05).
//   - No-break spaces at the start and the end of a line go, as spaces do.
//   - An ellipsis and the dots next to it become one ellipsis (و…. → و…),
//     as a run of dots does.
//   - One final line break is kept; whitespace-only input becomes empty.
//
// Like virastar, the Letters rule writes ۀ (heh with yeh above) as ه and a
// hamza above (هٔ), the form the ezafe rule writes, so that one spelling
// remains.
package normalize

//go:generate go run gen_tables.go
