package main

import (
	"fmt"
	"strings"
)

// A target is the goal set for one operation: a ceiling on daftar's time,
// a floor on its speed-up over ptime and an exact allocation count, each
// checked only when set.
type target struct {
	maxNs      float64 // 0: no ceiling
	minSpeedup float64 // 0: no floor
	allocs     int64   // -1: any count
}

// targets are the project's goals, by operation. Operations missing here
// are reported without one.
var targets = map[string]target{
	"FromTime":    {maxNs: 11, minSpeedup: 4, allocs: -1},
	"In":          {maxNs: 15, allocs: -1},
	"String":      {maxNs: 30, minSpeedup: 2.5, allocs: 1},
	"AddMonths":   {minSpeedup: 4, allocs: -1},
	"Tehran":      {maxNs: 5, allocs: -1},
	"Parse":       {maxNs: 80, allocs: 0},
	"ParseText":   {maxNs: 400, allocs: 0},
	"RuleMonthly": {maxNs: 30, allocs: 0},
	"RuleWeekly":  {maxNs: 30, allocs: 0},
	"IsWorkday":   {maxNs: 10, allocs: 0},
}

// String writes t as the table's target cell, such as "≤ 11 ns, ≥ 4x".
func (t target) String() string {
	var parts []string
	if t.maxNs > 0 {
		parts = append(parts, fmt.Sprintf("≤ %g ns", t.maxNs))
	}
	if t.allocs >= 0 {
		parts = append(parts, allocText(t.allocs))
	}
	if t.minSpeedup > 0 {
		parts = append(parts, fmt.Sprintf("≥ %gx", t.minSpeedup))
	}
	return strings.Join(parts, ", ")
}

// check returns "yes" when daftar's result d meets t, given the speed-up
// over ptime (0 when unknown), and otherwise "no" with what missed.
func (t target) check(d result, speedup float64) string {
	var misses []string
	if t.maxNs > 0 && d.ns > t.maxNs {
		misses = append(misses, fmt.Sprintf("%.1f ns", d.ns))
	}
	if t.allocs >= 0 && d.allocs != t.allocs {
		misses = append(misses, allocText(d.allocs))
	}
	if t.minSpeedup > 0 && speedup < t.minSpeedup {
		misses = append(misses, fmt.Sprintf("%.2fx", speedup))
	}
	if len(misses) == 0 {
		return "yes"
	}
	return "no: " + strings.Join(misses, ", ")
}

// allocText writes an allocation count: "1 alloc", "0 allocs".
func allocText(n int64) string {
	if n == 1 {
		return "1 alloc"
	}
	return fmt.Sprintf("%d allocs", n)
}
