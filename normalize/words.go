package normalize

// ezafe writes a final ه followed by a separate ی or ء (the ezafe) as هٔ:
// "خانه ی ما" and "خانه‌ی ما" become "خانهٔ ما". The ی must stand alone:
// "خانه یک" is unchanged.
func (e *engine) ezafe(in []rune) []rune {
	if !containsAny2(in, heh, heh) {
		return in
	}
	out := e.next()
	changed := false
	for i := 0; i < len(in); i++ {
		out = append(out, in[i])
		if in[i] != heh || i == 0 || !isWordRune(in[i-1]) || i+1 < len(in) && isWordRune(in[i+1]) {
			continue
		}
		j := i + 1
		for j < len(in) && (isSpace(in[j]) || in[j] == zwnj || in[j] == lrm) {
			j++
		}
		sep := j - (i + 1)
		if j == len(in) || !(in[j] == yeh && sep > 0 || in[j] == hamza) {
			continue
		}
		if k := j + 1; k < len(in) && !isSpace(in[k]) && in[k] != zwnj && in[k] != lrm && !isPunct(in[k]) && !isClosing(in[k]) {
			continue
		}
		out = append(out, hamzaAbove)
		i = j
		changed = true
	}
	if !changed {
		return in
	}
	return e.done(out)
}

// The suffixes the Affixes rule joins to the word before them.
var (
	// pluralSuffixes join to any word.
	pluralSuffixes = []string{"ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان"}
	// comparativeSuffixes join to any word; after the stems in
	// closedComparatives they join without a ZWNJ (بیشتر, کمتر, بهتر).
	comparativeSuffixes = []string{"تر", "تری", "ترین"}
	closedComparatives  = []string{"به", "مه", "که", "بیش", "کم"}
	// personalSuffixes join only to a word ending in ه (کرده‌ام, خانه‌اش):
	// after other words they are as often separate words (ای خدا, شان).
	personalSuffixes = []string{"ام", "ات", "اش", "ای", "اید", "ایم", "اند", "مان", "تان", "شان"}
)

// affixes joins the verbal prefixes می and نمی to the word after them and
// the suffixes above to the word before them.
func (e *engine) affixes(in []rune) []rune {
	out := e.next()
	changed := false
	for i := 0; i < len(in); {
		// Find the next word.
		if !isWordRune(in[i]) || i > 0 && (isWordRune(in[i-1]) || in[i-1] == zwnj) {
			out = append(out, in[i])
			i++
			continue
		}
		j := i
		for j < len(in) && (isWordRune(in[j]) || in[j] == zwnj) {
			j++
		}
		word := in[i:j]
		out = append(out, word...)
		i = j
		// A space run and the next word.
		k := i
		for k < len(in) && isSpace(in[k]) {
			k++
		}
		if k == i || k == len(in) || !isLetter(in[k]) {
			continue
		}
		l := k
		for l < len(in) && (isWordRune(in[l]) || in[l] == zwnj) {
			l++
		}
		nextWord := in[k:l]
		switch join := e.joinWords(word, nextWord, in[l:], out[:len(out)-len(word)]); join {
		case joinDirect:
			i = k
			changed = true
		case joinZWNJ:
			out = append(out, zwnj)
			i = k
			changed = true
		}
	}
	if !changed {
		return in
	}
	return e.done(out)
}

type joining int

const (
	joinNone joining = iota
	joinZWNJ
	joinDirect
)

// joinWords decides whether word and next, separated by spaces, are one
// word: a prefix and its verb, or a word and its suffix. rest is the text
// after next; before is the text before word.
func (e *engine) joinWords(word, next, rest, before []rune) joining {
	if len(rest) > 0 && !endsWord(rest[0]) {
		return joinNone
	}
	last := word[len(word)-1]
	if isMark(last) && len(word) > 1 {
		last = word[len(word)-2]
	}
	// Prefix: می / نمی before a verb, but not "ماه می" (May).
	if (runesEqual(word, "می") || runesEqual(word, "نمی")) && !previousWordIs(before, "ماه") {
		return joinZWNJ
	}
	switch {
	case equalsAny(next, pluralSuffixes):
	case equalsAny(next, comparativeSuffixes):
		if equalsAny(word, closedComparatives) {
			return joinDirect
		}
	case equalsAny(next, personalSuffixes):
		if last != heh || len(word) < 2 {
			return joinNone
		}
	default:
		return joinNone
	}
	if !joinsNext(last) {
		return joinDirect
	}
	return joinZWNJ
}

// endsWord reports whether r may follow a suffix: a space, punctuation, a
// bracket or quotation mark.
func endsWord(r rune) bool {
	switch r {
	case ' ', '\t', '.', ',', ';', ':', '!', '?', faComma, faSemicolon, faQuestion, ellipsis,
		'"', '\'', '(', ')', '[', ']', '{', '}', quoteL, quoteR, guillemetL, guillemetR:
		return true
	}
	return false
}

func runesEqual(rs []rune, s string) bool {
	i := 0
	for _, r := range s {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return i == len(rs)
}

func equalsAny(rs []rune, words []string) bool {
	for _, w := range words {
		if runesEqual(rs, w) {
			return true
		}
	}
	return false
}

// previousWordIs reports whether the last word of before (ignoring trailing
// spaces) is w.
func previousWordIs(before []rune, w string) bool {
	end := len(before)
	for end > 0 && isSpace(before[end-1]) {
		end--
	}
	start := end
	for start > 0 && (isWordRune(before[start-1]) || before[start-1] == zwnj) {
		start--
	}
	return runesEqual(before[start:end], w)
}

// affixesMisc writes ه‌ئی and ه‌یی at the end of a word as ه‌ای (خانه‌یی →
// خانه‌ای), in place.
func (e *engine) affixesMisc(in []rune) []rune {
	for i := 0; i+3 < len(in); i++ {
		if in[i] == heh && (in[i+1] == zwnj || in[i+1] == lrm) && (in[i+2] == yeh || in[i+2] == 0x0626) && in[i+3] == yeh &&
			i > 0 && isWordRune(in[i-1]) && (i+4 == len(in) || isSpace(in[i+4]) || in[i+4] == zwnj || isPunct(in[i+4])) {
			in[i+1], in[i+2] = zwnj, 0x0627
		}
	}
	return in
}
