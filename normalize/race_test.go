//go:build race

package normalize

// raceEnabled: the race detector makes sync.Pool drop items on purpose, so
// allocation counts are not meaningful under it.
const raceEnabled = true
