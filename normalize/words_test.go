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

// isSuffix spells the suffixes out: it must accept those of the lists and
// no other word.
func TestIsSuffix(t *testing.T) {
	n := 0
	for _, list := range [][][]byte{pluralSuffixes, comparativeSuffixes, personalSuffixes} {
		for _, w := range list {
			n++
			if !isSuffix(w) {
				t.Errorf("isSuffix(%q) = false", w)
			}
		}
	}
	if n != 22 {
		t.Errorf("%d suffixes in the lists, isSuffix knows 22", n)
	}
	for _, w := range []string{"", "ه", "هاي", "ترینها", "شا", "امان", "های "} {
		if isSuffix([]byte(w)) {
			t.Errorf("isSuffix(%q) = true", w)
		}
	}
}
