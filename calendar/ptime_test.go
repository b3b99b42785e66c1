package calendar

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	ptime "github.com/yaa110/go-persian-calendar"
)

// TestAgreesWithPtime compares every day of 1178-1501 with go-persian-calendar
// in both directions.
func TestAgreesWithPtime(t *testing.T) {
	first := Must(New(MinYear, Farvardin, 1))
	for d := first; d.Year() <= 1501; d = d.AddDays(1) {
		g := d.In(time.UTC)
		py, pm, pd := ptime.New(g).Date()
		if !assert.Equal(t, [3]int{d.Year(), int(d.Month()), d.Day()}, [3]int{py, int(pm), pd}, "ptime.New(%v)", g) {
			t.FailNow()
		}
		back := ptime.Date(d.Year(), ptime.Month(d.Month()), d.Day(), 0, 0, 0, 0, time.UTC).Time()
		if !assert.Equal(t, g, back, "ptime.Date(%v)", d) {
			t.FailNow()
		}
	}
}

// TestDisagreesWithPtimeFrom1502 pins the documented difference: ptime keeps
// the bare 33-year rule, so it makes 1502 leap and is a day behind from
// 2124-03-20, which astronomy makes 1 Farvardin 1503.
func TestDisagreesWithPtimeFrom1502(t *testing.T) {
	g := time.Date(2124, time.March, 20, 0, 0, 0, 0, time.UTC)
	py, pm, pd := ptime.New(g).Date()
	assert.Equal(t, [3]int{1502, 12, 30}, [3]int{py, int(pm), pd}, "ptime's label for 2124-03-20")
	assert.Equal(t, Must(New(1503, Farvardin, 1)), FromTime(g))

	_, err := New(1502, Esfand, 30)
	assert.ErrorIs(t, err, ErrInvalidDate, "1502 is not leap in the astronomical calendar")

	// The two agree on the instant of every day until then, and disagree on
	// the label of the days from then until ptime's next leap day catches up.
	last := FromTime(g.AddDate(0, 0, -1))
	require.Equal(t, Must(New(1502, Esfand, 29)), last)
	disagree := 0
	for d := FromTime(g); d.Year() == 1503; d = d.AddDays(1) {
		py, pm, pd := ptime.New(d.In(time.UTC)).Date()
		if [3]int{py, int(pm), pd} != [3]int{d.Year(), int(d.Month()), d.Day()} {
			disagree++
		}
	}
	assert.Equal(t, 366, disagree, "ptime is a day behind through all of 1503, which astronomy makes leap")
}

func TestPtimeInterop(t *testing.T) {
	d := Must(New(1403, Farvardin, 15))
	p := d.Ptime(nil)
	py, pm, pd := p.Date()
	assert.Equal(t, [3]int{1403, 1, 15}, [3]int{py, int(pm), pd})
	assert.Equal(t, Tehran(), p.Location())
	assert.Equal(t, d, FromPtime(p))

	// After 1502 the instant is what counts, not ptime's label.
	late := Must(New(1503, Farvardin, 1))
	assert.Equal(t, late, FromPtime(late.Ptime(time.UTC)))

	assert.True(t, FromPtime(ptime.Time{}).IsZero())
	assert.Equal(t, ptime.Time{}, Date{}.Ptime(nil))
}
