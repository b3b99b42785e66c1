package main

import (
	"fmt"
	"os"
	"testing"

	"github.com/daftar-go/daftar/bench"
)

// The normalize package's targets: absolute throughput of String and Key,
// and String's speed-up over each JavaScript peer.
const (
	minStringMBps         = 250
	minKeyMBps            = 250
	minOverVirastar       = 100
	minOverPersianToolsJS = 7
)

// throughput is the best run of one normalize benchmark.
type throughput struct {
	mbps   float64 // 1e6 bytes of input per second
	allocs int64   // allocations per call
}

// printNormalize measures the normalize benchmarks count times each, and
// the JavaScript peers through node/speed.js, and prints the second table.
// Without the seed texts it prints why it skips the table.
func printNormalize(count int) {
	fmt.Println()
	text, err := bench.Corpus()
	if err != nil { // most often bench.ErrNoSeeds
		fmt.Printf("normalize: skipped: %v\n", err)
		return
	}
	fmt.Printf("normalize: the %d seed texts of %s joined and repeated to %d bytes; "+
		"MB = 10^6 bytes of input; best of %d runs\n\n", seedCount(), bench.SeedDir, len(text), count)

	best := make([]throughput, len(bench.Throughputs))
	for round := 1; round <= count; round++ {
		fmt.Fprintf(os.Stderr, "normalize round %d of %d\n", round, count)
		for i, t := range bench.Throughputs {
			r := testing.Benchmark(t.Bench)
			if r.N == 0 || r.T <= 0 {
				continue
			}
			mbps := float64(r.Bytes) * float64(r.N) / r.T.Seconds() / 1e6
			if mbps > best[i].mbps {
				best[i] = throughput{mbps, r.AllocsPerOp()}
			}
		}
	}
	byOp := map[string]throughput{}
	for i, t := range bench.Throughputs {
		byOp[t.Op] = best[i]
	}

	fmt.Fprintln(os.Stderr, "node speed.js")
	js, jsErr := bench.RunNodeSpeed(count)
	if jsErr == nil && js.Bytes != len(text) {
		jsErr = fmt.Errorf("speed.js timed %d bytes, not the %d of the Go corpus", js.Bytes, len(text))
	}

	str, key := byOp["String"], byOp["Key"]
	fmt.Println("| measure | value | allocs/op | target | met? |")
	fmt.Println("| --- | ---: | ---: | --- | --- |")
	fmt.Printf("| daftar String MB/s | %.1f | %d | ≥ %d MB/s | %s |\n",
		str.mbps, str.allocs, minStringMBps, met(str.mbps, minStringMBps, "%.1f MB/s"))
	fmt.Printf("| daftar Key MB/s | %.1f | %d | ≥ %d MB/s | %s |\n",
		key.mbps, key.allocs, minKeyMBps, met(key.mbps, minKeyMBps, "%.1f MB/s"))
	if jsErr != nil {
		fmt.Println("| virastar cleanup MB/s | — | — | — | — |")
		fmt.Println("| persian-tools normalizeText MB/s | — | — | — | — |")
		fmt.Printf("| String/virastar | — | — | ≥ %dx | not measured |\n", minOverVirastar)
		fmt.Printf("| String/persian-tools | — | — | ≥ %dx | not measured |\n", minOverPersianToolsJS)
	} else {
		overV, overPT := str.mbps/js.Virastar, str.mbps/js.PersianTools
		fmt.Printf("| virastar cleanup MB/s | %.2f | — | — | — |\n", js.Virastar)
		fmt.Printf("| persian-tools normalizeText MB/s | %.2f | — | — | — |\n", js.PersianTools)
		fmt.Printf("| String/virastar | %.1fx | — | ≥ %dx | %s |\n",
			overV, minOverVirastar, met(overV, minOverVirastar, "%.1fx"))
		fmt.Printf("| String/persian-tools | %.1fx | — | ≥ %dx | %s |\n",
			overPT, minOverPersianToolsJS, met(overPT, minOverPersianToolsJS, "%.1fx"))
	}
	fmt.Println()
	fmt.Println("Calls measured:")
	for _, t := range bench.Throughputs {
		fmt.Printf("- daftar %s: `%s`\n", t.Op, t.Call)
	}
	fmt.Println("- virastar " + bench.NodePeerVersion("virastar") + ": `new Virastar().cleanup(text)`")
	fmt.Println("- persian-tools " + bench.NodePeerVersion("@persian-tools/persian-tools") + ": `normalizeText(text)`")
	if jsErr != nil {
		fmt.Printf("\nJavaScript peers not measured: %v\n", jsErr)
	} else {
		fmt.Printf("- node %s, each peer timed after one warm-up call\n", js.Node)
	}
}

// met returns "yes" when got reaches floor, else "no: " and got.
func met(got float64, floor int, format string) string {
	if got >= float64(floor) {
		return "yes"
	}
	return "no: " + fmt.Sprintf(format, got)
}

// seedCount returns the number of seed texts, for the table's heading.
func seedCount() int {
	seeds, err := bench.LoadSeeds(bench.SeedDir)
	if err != nil {
		return 0
	}
	return len(seeds)
}
