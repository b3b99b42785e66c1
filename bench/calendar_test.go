package bench

import "testing"

// compare runs the comparison of op with one sub-benchmark per library, so
// that go test -bench . prints BenchmarkFromTime/daftar beside
// BenchmarkFromTime/ptime.
func compare(b *testing.B, op string) {
	c, ok := Lookup(op)
	if !ok {
		b.Fatalf("no comparison named %q", op)
	}
	b.Run(c.Daftar.Lib, c.Daftar.Bench)
	for _, p := range c.Peers {
		b.Run(p.Lib, p.Bench)
	}
}

func BenchmarkFromTime(b *testing.B)    { compare(b, "FromTime") }
func BenchmarkIn(b *testing.B)          { compare(b, "In") }
func BenchmarkString(b *testing.B)      { compare(b, "String") }
func BenchmarkAddMonths(b *testing.B)   { compare(b, "AddMonths") }
func BenchmarkAddDays(b *testing.B)     { compare(b, "AddDays") }
func BenchmarkTehran(b *testing.B)      { compare(b, "Tehran") }
func BenchmarkParse(b *testing.B)       { compare(b, "Parse") }
func BenchmarkParseText(b *testing.B)   { compare(b, "ParseText") }
func BenchmarkRuleMonthly(b *testing.B) { compare(b, "RuleMonthly") }
func BenchmarkRuleWeekly(b *testing.B)  { compare(b, "RuleWeekly") }
func BenchmarkIsWorkday(b *testing.B)   { compare(b, "IsWorkday") }

// TestEveryComparisonIsBenchmarked keeps the list above in step with
// Comparisons.
func TestEveryComparisonIsBenchmarked(t *testing.T) {
	want := map[string]bool{
		"FromTime": true, "In": true, "String": true, "AddMonths": true,
		"AddDays": true, "Tehran": true, "Parse": true, "ParseText": true,
		"RuleMonthly": true, "RuleWeekly": true, "IsWorkday": true,
	}
	for _, c := range Comparisons {
		if !want[c.Op] {
			t.Errorf("comparison %s has no Benchmark%s", c.Op, c.Op)
		}
		delete(want, c.Op)
	}
	for op := range want {
		t.Errorf("Benchmark%s names no comparison", op)
	}
}
