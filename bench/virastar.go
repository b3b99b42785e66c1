package bench

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/daftar-go/daftar/normalize"
)

// SplitSentences cuts text into the sentences the differential harness
// compares. The rule is deliberately simple: cut at every line break (\n,
// \r\n or \r), and after every . ! ? or ؟ that is followed by a space or a
// tab, unless it falls inside «…» opened earlier on the same line; drop the
// white space at both ends of each piece, and drop the pieces left empty. A
// run of marks such as "!!" or "..." is cut after its last mark only, and a
// mark followed by a quote or a bracket is not cut. Not cutting inside
// guillemets keeps a quotation whole: virastar spaces a lone » unlike one
// that closes a «, so cutting there would make differences of its own.
func SplitSentences(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	for line := range strings.SplitSeq(text, "\n") {
		start, quoted := 0, 0
		for i, r := range line {
			switch r {
			case '«':
				quoted++
				continue
			case '»':
				quoted = max(0, quoted-1)
				continue
			case '.', '!', '?', '؟':
				if quoted > 0 {
					continue
				}
			default:
				continue
			}
			next := i + utf8.RuneLen(r)
			if next < len(line) && (line[next] == ' ' || line[next] == '\t') {
				add(line[start:next])
				start = next
			}
		}
		add(line[start:])
	}
	return out
}

// VirastarFunc cleans up each text as virastar would, returning the results
// in order. RunVirastar is the real one; tests may pass another.
type VirastarFunc func(texts []string) ([]string, error)

// RunVirastar runs every text through virastar's default cleanup, in one
// node process running node/diff.js.
func RunVirastar(texts []string) ([]string, error) {
	node, err := NodeReady()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(node, filepath.Join(NodeDir, "diff.js"))
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	type request struct {
		ID   int    `json:"id"`
		Text string `json:"text"`
	}
	written := make(chan error, 1)
	go func() {
		w := bufio.NewWriter(stdin)
		enc := json.NewEncoder(w)
		var err error
		for i, t := range texts {
			if err = enc.Encode(request{i, t}); err != nil {
				break
			}
		}
		if err == nil {
			err = w.Flush()
		}
		stdin.Close()
		written <- err
	}()
	out := make([]string, 0, len(texts))
	dec := json.NewDecoder(stdout)
	var readErr error
	for {
		var resp struct {
			ID       int    `json:"id"`
			Virastar string `json:"virastar"`
		}
		if err := dec.Decode(&resp); err != nil {
			if !errors.Is(err, io.EOF) {
				readErr = fmt.Errorf("reading diff.js output: %v", err)
			}
			break
		}
		if resp.ID != len(out) {
			readErr = fmt.Errorf("diff.js answered id %d, want %d", resp.ID, len(out))
			break
		}
		out = append(out, resp.Virastar)
	}
	if readErr != nil {
		io.Copy(io.Discard, stdout)
	}
	werr := <-written
	if err := cmd.Wait(); err != nil {
		return nil, fmt.Errorf("node diff.js: %v", err)
	}
	if readErr != nil {
		return nil, readErr
	}
	if werr != nil {
		return nil, fmt.Errorf("writing to diff.js: %v", werr)
	}
	if len(out) != len(texts) {
		return nil, fmt.Errorf("diff.js answered %d of %d texts", len(out), len(texts))
	}
	return out, nil
}

// NodePeerVersion returns the version of the JavaScript package pkg
// installed in NodeDir/node_modules or, when it is not installed, the one
// NodeDir/package.json pins; "?" when neither can be read.
func NodePeerVersion(pkg string) string {
	var p struct {
		Version      string
		Dependencies map[string]string
	}
	b, err := os.ReadFile(filepath.Join(NodeDir, "node_modules", pkg, "package.json"))
	if err == nil && json.Unmarshal(b, &p) == nil && p.Version != "" {
		return p.Version
	}
	b, err = os.ReadFile(filepath.Join(NodeDir, "package.json"))
	if err == nil && json.Unmarshal(b, &p) == nil && p.Dependencies[pkg] != "" {
		return p.Dependencies[pkg]
	}
	return "?"
}

// A Sentence is one sentence, or one line, of a seed text.
type Sentence struct {
	Seed  string // the seed file's name
	N     int    // the sentence's (or line's) number in the seed, from 1
	Input string // the sentence; empty for a line of a whole seed's output
}

// A Difference is a sentence, or a line of a whole seed's output, on which
// virastar and normalize.String disagree.
type Difference struct {
	Sentence
	Virastar string // virastar's cleanup
	Daftar   string // normalize.String
	At       int    // the index, in runes, of the first rune that differs
	Class    string // a guess at what differs, such as "ZWNJ" or "digits+spacing"
}

// A DiffReport is the result of comparing virastar and normalize.String
// sentence by sentence, and then on each whole seed.
type DiffReport struct {
	Sentences   int // the number of sentences compared
	Identical   int // how many of them both normalize alike
	Differences []Difference

	// The whole seeds are compared too, line by line of the two outputs:
	// cutting a text into sentences and trimming them can hide differences
	// (at line ends, say) or make some (a quotation cut in two).
	Seeds         int      // the number of seeds
	SeedsDiffer   []string // the seeds normalized differently
	Lines         int      // the number of lines compared
	LineDiffs     []Difference
	LineCountDiff []string // seeds whose outputs differ in line count, described
	Versions      string   // the peer compared, such as "virastar 0.22.1"
}

// CompareWithVirastar splits every seed into sentences, runs them, and the
// whole seeds, through virastar (in one call) and through normalize.String,
// and returns where the two differ.
func CompareWithVirastar(seeds []Seed, virastar VirastarFunc) (DiffReport, error) {
	var sentences []Sentence
	var texts []string
	for _, s := range seeds {
		for i, t := range SplitSentences(s.Text) {
			sentences = append(sentences, Sentence{s.Name, i + 1, t})
			texts = append(texts, t)
		}
	}
	for _, s := range seeds {
		texts = append(texts, s.Text)
	}
	outs, err := virastar(texts)
	if err != nil {
		return DiffReport{}, err
	}
	if len(outs) != len(texts) {
		return DiffReport{}, fmt.Errorf("virastar returned %d results for %d texts", len(outs), len(texts))
	}
	r := DiffReport{Sentences: len(sentences), Seeds: len(seeds)}
	for i, s := range sentences {
		if d, ok := differ(s, outs[i], normalize.String(s.Input)); ok {
			r.Differences = append(r.Differences, d)
		} else {
			r.Identical++
		}
	}
	for i, s := range seeds {
		r.compareWhole(s.Name, outs[len(sentences)+i], normalize.String(s.Text))
	}
	return r, nil
}

// compareWhole compares the outputs v of virastar and d of daftar for a
// whole seed, line by line.
func (r *DiffReport) compareWhole(seed, v, d string) {
	if v == d {
		return
	}
	r.SeedsDiffer = append(r.SeedsDiffer, seed)
	vl, dl := strings.Split(v, "\n"), strings.Split(d, "\n")
	if len(vl) != len(dl) {
		r.LineCountDiff = append(r.LineCountDiff, fmt.Sprintf(
			"%s: virastar writes %d lines, daftar %d; only the first %d are compared",
			seed, len(vl), len(dl), min(len(vl), len(dl))))
	}
	for i := range min(len(vl), len(dl)) {
		r.Lines++
		if diff, ok := differ(Sentence{Seed: seed, N: i + 1}, vl[i], dl[i]); ok {
			r.LineDiffs = append(r.LineDiffs, diff)
		}
	}
}

// differ returns the difference between virastar's output v and daftar's
// d for s, and whether there is one.
func differ(s Sentence, v, d string) (Difference, bool) {
	if v == d {
		return Difference{}, false
	}
	return Difference{Sentence: s, Virastar: v, Daftar: d,
		At: firstDifference(v, d), Class: Classify(v, d)}, true
}

// firstDifference returns the index in runes of the first rune where a and
// b differ, or the length of the shorter when one is a prefix of the other.
func firstDifference(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		a, b = a[sa:], b[sb:]
		n++
	}
	return n
}
