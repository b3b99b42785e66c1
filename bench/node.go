package bench

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
)

// NodeDir holds the JavaScript peers of the normalize package and the
// scripts that run them, relative to the bench directory.
var NodeDir = "node"

// NodeInstallHint tells how to install the JavaScript peers.
const NodeInstallHint = "to install them, with Node.js and npm: cd bench/node && npm ci"

// ErrNoNode reports that node or the peers' node_modules is missing.
var ErrNoNode = errors.New("the JavaScript peers are not installed")

// nodePackages are the peers, which must be in NodeDir/node_modules.
var nodePackages = []string{"virastar", "@persian-tools/persian-tools"}

// NodeReady returns the path of the node executable, or an error wrapping
// ErrNoNode, with NodeInstallHint, when node or a peer is missing.
func NodeReady() (string, error) {
	node, err := exec.LookPath("node")
	if err != nil {
		return "", fmt.Errorf("%w: node is not on PATH; %s", ErrNoNode, NodeInstallHint)
	}
	for _, p := range nodePackages {
		if _, err := os.Stat(filepath.Join(NodeDir, "node_modules", p, "package.json")); err != nil {
			return "", fmt.Errorf("%w: %s is missing from %s/node_modules; %s", ErrNoNode, p, NodeDir, NodeInstallHint)
		}
	}
	return node, nil
}

// NodeSpeed is what node/speed.js prints: the throughput of each
// JavaScript peer on the seed corpus, the fastest of Runs runs.
type NodeSpeed struct {
	Virastar     float64 `json:"virastar_cleanup_MBps"`            // new Virastar().cleanup(text)
	PersianTools float64 `json:"persian_tools_normalizeText_MBps"` // normalizeText(text)
	Bytes        int     `json:"bytes"`                            // the corpus size
	Runs         int     `json:"runs"`
	Node         string  `json:"node"` // node's version, such as "v20.20.2"
}

// RunNodeSpeed runs node/speed.js on the seed texts of SeedDir, runs times
// for each peer, and returns what it measured.
func RunNodeSpeed(runs int) (NodeSpeed, error) {
	node, err := NodeReady()
	if err != nil {
		return NodeSpeed{}, err
	}
	cmd := exec.Command(node, filepath.Join(NodeDir, "speed.js"), SeedDir, strconv.Itoa(runs))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return NodeSpeed{}, fmt.Errorf("node speed.js: %v: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	var s NodeSpeed
	if err := json.Unmarshal(out, &s); err != nil {
		return NodeSpeed{}, fmt.Errorf("node speed.js printed %q: %v", out, err)
	}
	return s, nil
}
