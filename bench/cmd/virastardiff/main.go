// Command virastardiff compares daftar's normalize.String with virastar's
// default cleanup, sentence by sentence over the seed texts, and writes a
// Markdown report to stdout:
//
//	cd bench && go run ./cmd/virastardiff [-seeds DIR] > /tmp/virastardiff.md
//
// It needs node and the JavaScript peers (cd bench/node && npm ci); all the
// sentences go through one node process running node/diff.js. The report
// quotes the seed texts, so keep it out of the repository. Without the
// seeds or the peers the command says so and exits 0; it exits 1 when the
// comparison itself fails.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/daftar-go/daftar/bench"
)

func main() {
	flag.StringVar(&bench.SeedDir, "seeds", bench.SeedDir, "read the seed texts from `DIR`")
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	seeds, err := bench.LoadSeeds(bench.SeedDir)
	if errors.Is(err, bench.ErrNoSeeds) {
		fmt.Fprintf(os.Stderr, "virastardiff: skipped: %v\n", err)
		return
	}
	if err != nil {
		fail(err)
	}
	if _, err := bench.NodeReady(); err != nil {
		fmt.Fprintf(os.Stderr, "virastardiff: skipped: %v\n", err)
		return
	}
	r, err := bench.CompareWithVirastar(seeds, bench.RunVirastar)
	if err != nil {
		fail(err)
	}
	r.Versions = "virastar " + bench.NodePeerVersion("virastar")
	if err := r.WriteMarkdown(os.Stdout); err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "virastardiff: %s\n", r.Summary())
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "virastardiff: %v\n", err)
	os.Exit(1)
}
