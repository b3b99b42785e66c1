package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// normalizeLine looks for protected spans only in lines where chars saw
// what may start one; it must find every span findProtected finds.
func TestProtectedSpansFoundFromChars(t *testing.T) {
	lines := []string{
		"نشانی https://example.com/a است", "رایانامه info@site.ir است", "<b>سلام</b> و <!-- یادداشت -->",
		"[متن](https://x.ir/a_b)", "سایت www.site24.ir و WWW.SITE.IR", "نماد \uf8ff در متن",
		"&#58;//x و &lowast;www.x.com", "گفت: سلام] (متن)", "ساعت ۱۲:۳۰ و [۱۲]",
		"[۱]( AA ) و [۲]\u200c(BB) و [۳]ـ(C1) و ]\u200f(x)",
	}
	for _, s := range fuzzSeeds(t) {
		lines = append(lines, strings.Split(s, "\n")...)
	}
	e := newEngine(Default, ToPersian)
	for _, line := range lines {
		e.normalizeLine(nil, []byte(line))
		want := findProtected(nil, []byte(line))
		assert.Equal(t, len(want), len(e.spans), "line %q", line)
		if len(want) == len(e.spans) {
			for k := range want {
				assert.Equal(t, want[k], e.spans[k], "line %q", line)
			}
		}
	}
}
