package normalize

import "testing"

// startsLikeSuffix is a quick test that joinAt relies on to reject words:
// it must accept every suffix.
func TestStartsLikeSuffix(t *testing.T) {
	for _, list := range [][][]byte{pluralSuffixes, comparativeSuffixes, personalSuffixes} {
		for _, w := range list {
			if !startsLikeSuffix(w) {
				t.Errorf("startsLikeSuffix(%q) = false", w)
			}
		}
	}
}

// suffixKindOf spells the suffixes out: it must give each suffix of the
// lists its list's kind, and no other word a kind.
func TestSuffixKind(t *testing.T) {
	n := 0
	for kind, list := range map[suffixKind][][]byte{pluralSuffix: pluralSuffixes, comparativeSuffix: comparativeSuffixes, personalSuffix: personalSuffixes} {
		for _, w := range list {
			n++
			if got := suffixKindOf(w); got != kind {
				t.Errorf("suffixKindOf(%q) = %d, want %d", w, got, kind)
			}
		}
	}
	if n != 22 {
		t.Errorf("%d suffixes in the lists, suffixKindOf knows 22", n)
	}
	for _, w := range []string{"", "ه", "هاي", "ترینها", "شا", "امان", "های ", "می", "بی"} {
		if got := suffixKindOf([]byte(w)); got != notSuffix {
			t.Errorf("suffixKindOf(%q) = %d, want notSuffix", w, got)
		}
	}
}
