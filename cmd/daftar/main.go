// Command daftar works with Jalali-dated governance records from the command
// line. Each job is a subcommand:
//
//	daftar date [-calendar jalali|gregorian] [today | 1403/01/15 | 2024-03-20]
//	daftar normalize [-digits persian|latin|keep] [-only rules] [-without rules] [-key] [file]
//	daftar find [-json] [-pivot year] [file]
//	daftar next [-from date] [-n count] [-adjust next|previous|none] [-weekend days] rule
//
// Run "daftar help" for the list of subcommands and "daftar <command> -h"
// for the flags of one.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	// Embed the time zone database so Asia/Tehran has its full history on
	// machines without one.
	_ "time/tzdata"
)

// A command is one subcommand of daftar.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var commands = map[string]command{
	"date":      {"convert a Jalali or Gregorian date (or today) and show both", runDate},
	"normalize": {"normalize Persian text (letters, digits, ZWNJ, punctuation, spacing)", runNormalize},
	"find":      {"find the dates mentioned in Persian text, with spans and weekday checks", runFind},
	"next":      {"show the next occurrences of a recurrence rule, moved off weekends and holidays", runNext},
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status: 0 on
// success, 1 when the input was rejected, 2 on a usage error.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		usage(stdout)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "daftar: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return cmd.run(args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: daftar <command> [arguments]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-10s %s\n", name, commands[name].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, `Run "daftar <command> -h" for the flags of a command.`)
}

// parseFlags parses a command's arguments. It reports false, with the exit
// status, when the command should stop: 0 after -h, 2 after a usage error,
// which the flag set has printed.
func parseFlags(fs *flag.FlagSet, args []string) (status int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, false
		}
		return 2, false
	}
	return 0, true
}

// input opens the file a command names as its one argument, or returns
// standard input when there is none. On a problem it prints it and returns
// nil with the exit status: 2 for more than one argument, 1 for a file that
// does not open.
func input(cmd string, fs *flag.FlagSet, stderr io.Writer) (io.ReadCloser, int) {
	switch fs.NArg() {
	case 0:
		return io.NopCloser(os.Stdin), 0
	case 1:
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			fmt.Fprintf(stderr, "daftar %s: %v\n", cmd, err)
			return nil, 1
		}
		return f, 0
	}
	fmt.Fprintf(stderr, "daftar %s: want at most one file, got %d\n", cmd, fs.NArg())
	return nil, 2
}
