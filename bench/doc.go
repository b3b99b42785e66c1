// Package bench measures daftar's calendar package against its peers,
// github.com/yaa110/go-persian-calendar (ptime) and, for the conversions
// between time.Time and Jalali dates, github.com/jalaali/go-jalaali.
//
// It also measures the normalize package on a corpus built from the seed
// texts (Throughputs), runs its JavaScript peers virastar and persian-tools
// through node (RunNodeSpeed, from the scripts in the node directory), and
// compares normalize.String with virastar's cleanup sentence by sentence
// (CompareWithVirastar, which cmd/virastardiff reports).
//
// The benchmark bodies are exported functions taking a *testing.B so that
// the package's own benchmarks (go test -bench .) and the command
// cmd/benchtable, which prints the results as a Markdown table, run the
// same code. Comparisons lists them, one entry per operation.
//
// It is a module of its own so that daftar itself does not depend on the
// peers it is measured against.
package bench
