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
