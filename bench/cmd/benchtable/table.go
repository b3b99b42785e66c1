package main

import (
	"fmt"

	"github.com/daftar-go/daftar/bench"
)

// printTable writes one row per pair of daftar and a peer, and one for an
// operation without peers. Targets are checked on the first peer's row (ptime
// where it has an equivalent, the peer the targets were set against).
func printTable(best map[*bench.Side]result) {
	fmt.Println("| operation | daftar ns/op | allocs | peer ns/op | allocs | speed-up (peer/daftar) | target | met? |")
	fmt.Println("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |")
	for i := range bench.Comparisons {
		c := &bench.Comparisons[i]
		d := best[&c.Daftar]
		t, hasTarget := targets[c.Op]
		if len(c.Peers) == 0 {
			row(c.Op+" (no peer)", d, "—", "—", "—", t, hasTarget, 0)
			continue
		}
		for j := range c.Peers {
			p := &c.Peers[j]
			r := best[p]
			speedup := r.ns / d.ns
			row(c.Op+" vs "+p.Lib, d, fmt.Sprintf("%.1f", r.ns), fmt.Sprint(r.allocs),
				fmt.Sprintf("%.2fx", speedup), t, hasTarget && j == 0, speedup)
		}
	}
	fmt.Println()
	fmt.Println("Calls measured:")
	for _, c := range bench.Comparisons {
		line := "- " + c.Op + ": `" + c.Daftar.Call + "`"
		for _, p := range c.Peers {
			line += ", " + p.Lib + " `" + p.Call + "`"
		}
		fmt.Println(line)
	}
}

// row prints one line of the table; the target is shown and checked only
// when checked is set, with ratio the peer's time over daftar's.
func row(op string, d result, peerNs, peerAllocs, speedup string, t target, checked bool, ratio float64) {
	goal, met := "—", "—"
	if checked {
		goal, met = t.String(), t.check(d, ratio)
	}
	fmt.Printf("| %s | %.1f | %d | %s | %s | %s | %s | %s |\n",
		op, d.ns, d.allocs, peerNs, peerAllocs, speedup, goal, met)
}
