package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"
)

// machineLine describes where the benchmarks ran: platform, CPU model, Go
// version and GOMAXPROCS.
func machineLine() string {
	return fmt.Sprintf("machine: %s/%s, CPU %s (%d logical CPUs), %s, GOMAXPROCS=%d",
		runtime.GOOS, runtime.GOARCH, cpuModel(), runtime.NumCPU(),
		runtime.Version(), runtime.GOMAXPROCS(0))
}

// cpuModel returns the first "model name" of /proc/cpuinfo, or "unknown"
// where that file is missing or has none (other systems, some ARM kernels).
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		key, value, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(key) == "model name" {
			return strings.TrimSpace(value)
		}
	}
	return "unknown"
}
