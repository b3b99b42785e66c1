package normalize

// Key returns a key for matching and deduplication: s after Typography, then
// folded. Placeholder; see key.go.
func Key(s string) string { return String(s) }
