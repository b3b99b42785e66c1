package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"

	"github.com/daftar-go/daftar/normalize"
)

func runNormalize(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	digits := fs.String("digits", "persian", "write `persian` or latin digits, or keep them as they are (keep)")
	without := fs.String("without", "", "`rules` to turn off, comma-separated (e.g. Affixes,Quotes)")
	only := fs.String("only", "", "apply only these `rules`, comma-separated (default: all)")
	key := fs.Bool("key", false, "print the matching key of each line instead of the normalized text")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: daftar normalize [flags] [file]")
		fmt.Fprintln(stderr)
		fmt.Fprintln(stderr, "Normalizes Persian text from file (or standard input) to standard output,")
		fmt.Fprintln(stderr, "streaming: letters, digits, punctuation, quotation marks, ZWNJ and spacing.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
		fmt.Fprintln(stderr)
		fmt.Fprintf(stderr, "rules: %v\n", normalize.Default)
	}
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	n, err := normalizer(*digits, *only, *without)
	if err != nil {
		fmt.Fprintf(stderr, "daftar normalize: %v\n", err)
		return 2
	}
	in, status := input("normalize", fs, stderr)
	if in == nil {
		return status
	}
	defer in.Close()
	if *key {
		err = writeKeys(stdout, in)
	} else {
		_, err = io.Copy(stdout, n.NewReader(in))
	}
	if err != nil {
		fmt.Fprintf(stderr, "daftar normalize: %v\n", err)
		return 1
	}
	return 0
}

// normalizer builds the Normalizer the flags ask for.
func normalizer(digits, only, without string) (normalize.Normalizer, error) {
	rules := normalize.Default
	if only != "" {
		r, err := normalize.ParseRules(only)
		if err != nil {
			return normalize.Normalizer{}, err
		}
		rules = r
	}
	off, err := normalize.ParseRules(without)
	if err != nil {
		return normalize.Normalizer{}, err
	}
	rules &^= off
	dir := normalize.ToPersian
	switch digits {
	case "persian":
	case "latin":
		dir = normalize.ToLatin
	case "keep":
		rules &^= normalize.Digits
	default:
		return normalize.Normalizer{}, fmt.Errorf("-digits %q: want persian, latin or keep", digits)
	}
	return normalize.New(rules, dir), nil
}

// writeKeys writes the key of each line of in.
func writeKeys(w io.Writer, in io.Reader) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	bw := bufio.NewWriter(w)
	for sc.Scan() {
		bw.Write(normalize.AppendKey(nil, sc.Bytes()))
		bw.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return bw.Flush()
}
