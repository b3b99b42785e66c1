package normalize

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type goldenCase struct {
	Group    string `json:"group"`
	Category string `json:"category"`
	Input    string `json:"input"`
	Expected string `json:"expected"`
	Source   string `json:"source"`
}

func readGolden(t *testing.T) []goldenCase {
	t.Helper()
	f, err := os.Open("../../shared/golden/normalize-examples.jsonl")
	if err != nil {
		t.Skip("../shared/golden is not here:", err)
	}
	defer f.Close()
	var cases []goldenCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c goldenCase
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c))
		cases = append(cases, c)
	}
	require.NoError(t, sc.Err())
	return cases
}

// goldenConflicts are the cases of the shared golden file that contradict
// others in it, with what String gives and the rule that does leave the
// input unchanged.
var goldenConflicts = map[string]struct {
	want string
	rule Rules
}{
	// An "unchanged" case from shekar's repeated-letter test: its point is
	// that repeated digits are not collapsed. Typography also writes Persian
	// digits, as the typography cases 0123456789 and 12:34 require.
	"5555": {"۵۵۵۵", RepeatedMarks},
}

func TestSharedGolden(t *testing.T) {
	cases := readGolden(t)
	require.NotEmpty(t, cases)
	for i, c := range cases {
		want := c.Expected
		if c.Group == "unchanged" {
			want = c.Input
		}
		if conflict, ok := goldenConflicts[c.Input]; ok {
			assert.Equal(t, c.Input, New(conflict.rule, ToPersian).String(c.Input), "case %d under %v alone", i, conflict.rule)
			want = conflict.want
		}
		assert.Equal(t, want, String(c.Input), "case %d (%s/%s) from %s", i, c.Group, c.Category, c.Source)
	}
}
