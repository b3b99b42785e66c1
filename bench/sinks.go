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
)
