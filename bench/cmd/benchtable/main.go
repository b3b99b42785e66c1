// Command benchtable runs the comparisons of package bench in one process
// and prints them as Markdown tables, with the project's targets:
//
//	cd bench && go run ./cmd/benchtable [-count N] [-seeds DIR]
//
// The first table is the calendar package against its Go peers. The second,
// "normalize", gives the throughput of normalize.String and normalize.Key on
// a corpus built from the seed texts, and that of the JavaScript peers
// virastar and persian-tools, which node/speed.js measures when node and
// bench/node/node_modules are there (cd bench/node && npm ci). Without the
// seed texts the second table is skipped, with a message.
//
// Each benchmark runs N times, in N rounds over all of them so that a burst
// of load on the machine spoils one round rather than one operation, and the
// fastest run counts. The command reports; it exits 0 even when a target is
// missed.
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"testing"

	"github.com/daftar-go/daftar/bench"
)

// result is the best run of one benchmark.
type result struct {
	ns     float64 // nanoseconds per operation
	allocs int64   // allocations per operation
}

func main() {
	count := flag.Int("count", 3, "run each benchmark `N` times and keep the fastest")
	flag.StringVar(&bench.SeedDir, "seeds", bench.SeedDir, "read the seed texts from `DIR`")
	flag.Parse()
	if *count < 1 || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	fmt.Println(machineLine())
	fmt.Printf("inputs: %s; best of %d runs\n\n", bench.InputSummary(), *count)
	best := measureAll(*count)
	printTable(best)
	printNormalize(*count)
}

// measureAll runs every benchmark of bench.Comparisons count times and
// returns the fastest run of each side.
func measureAll(count int) map[*bench.Side]result {
	var sides []*bench.Side
	for i := range bench.Comparisons {
		c := &bench.Comparisons[i]
		sides = append(sides, &c.Daftar)
		for j := range c.Peers {
			sides = append(sides, &c.Peers[j])
		}
	}
	best := make(map[*bench.Side]result)
	for _, s := range sides {
		best[s] = result{ns: math.Inf(1)}
	}
	for round := 1; round <= count; round++ {
		fmt.Fprintf(os.Stderr, "round %d of %d\n", round, count)
		for _, s := range sides {
			r := testing.Benchmark(s.Bench)
			ns := float64(r.T.Nanoseconds()) / float64(r.N)
			if ns < best[s].ns {
				best[s] = result{ns, r.AllocsPerOp()}
			}
		}
	}
	return best
}
