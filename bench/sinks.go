package bench

import (
	"time"

	"github.com/daftar-go/daftar/calendar"
	ptime "github.com/yaa110/go-persian-calendar"
)

// Each benchmark stores its last result in a sink, a package variable the
// compiler cannot prove unused, so the measured calls are not optimized away.
var (
	sinkDate  calendar.Date
	sinkPtime ptime.Time
	sinkTime  time.Time
	sinkText  string
	sinkLoc   *time.Location
	sinkInt   int
	sinkErr   error
	sinkBool  bool
)

// Results returns the values the benchmarks last stored in their sinks. It
// exists so the sinks are read somewhere: a value that is only ever written
// is one a future compiler, or a linter, may treat as dead.
func Results() []any {
	return []any{sinkDate, sinkPtime, sinkTime, sinkText, sinkLoc, sinkInt, sinkErr, sinkBool}
}
