package normalize

import (
	"strings"
	"testing"
)

// referenceLine normalizes one line with the reference engine.
func referenceLine(rules Rules, dir Direction, line string) string {
	e := &refEngine{rules: rules, dir: dir}
	return string(e.normalizeLine(nil, []byte(line)))
}

func engineLine(rules Rules, dir Direction, line string) string {
	e := newEngine(rules, dir)
	return string(e.normalizeLine(nil, []byte(line)))
}

// referenceProfiles are the rule sets the agreement is checked under: every
// rule, each rule alone, and every rule but one.
func referenceProfiles() []Normalizer {
	ps := []Normalizer{New(Default, ToPersian), New(Default, ToLatin)}
	for r := Rules(1); r < lastRule; r <<= 1 {
		ps = append(ps, New(r, ToPersian), New(Default&^r, ToPersian))
	}
	return ps
}

func checkAgreement(t *testing.T, line string) {
	t.Helper()
	for _, p := range referenceProfiles() {
		want := referenceLine(p.rules, p.dir, line)
		if got := engineLine(p.rules, p.dir, line); got != want {
			t.Fatalf("rules %v, %v, line %q:\n engine    %q\n reference %q", p.rules, p.dir, line, got, want)
		}
	}
}

func TestReferenceAgreement(t *testing.T) {
	for _, s := range fuzzSeeds(t) {
		for _, line := range strings.Split(s, "\n") {
			checkAgreement(t, line)
		}
	}
}

func FuzzReference(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "\r\n") {
			return
		}
		checkAgreement(t, s)
	})
}
