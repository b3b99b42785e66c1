package calendar

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	_ sql.Scanner   = (*Date)(nil)
	_ driver.Valuer = Date{}
)

func TestValueIsTheGregorianDay(t *testing.T) {
	v, err := Must(New(1403, Farvardin, 1)).Value()
	require.NoError(t, err)
	assert.Equal(t, time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), v)
	assert.True(t, driver.IsValue(v))

	v, err = Date{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v, "the zero Date is NULL")
}

func TestScan(t *testing.T) {
	want := Must(New(1403, Farvardin, 1))
	tehranLate := time.Date(2024, 3, 20, 23, 59, 0, 0, Tehran())
	for _, c := range []struct {
		name string
		src  any
		want Date
	}{
		{"nil", nil, Date{}},
		{"empty text", "", Date{}},
		{"empty bytes", []byte{}, Date{}},
		{"time UTC midnight", time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), want},
		{"time in Tehran", tehranLate, want},
		{"jalali text", "1403/01/01", want},
		{"jalali bytes", []byte("1403/01/01"), want},
		{"persian digits", "۱۴۰۳/۰۱/۰۱", want},
		{"gregorian text", "2024-03-20", want},
		{"gregorian bytes", []byte("2024-03-20"), want},
		{"gregorian datetime", "2024-03-20 23:59:59", want},
		{"rfc3339", "2024-03-20T23:59:59+03:30", want},
		{"rfc3339 utc", "2024-03-20T00:00:00Z", want},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Must(New(1390, Dey, 9))
			require.NoError(t, d.Scan(c.src))
			assert.Equal(t, c.want, d)
		})
	}
}

func TestScanRejects(t *testing.T) {
	for _, c := range []struct {
		name string
		src  any
		want error
	}{
		{"int", int64(20240320), errors.ErrUnsupported},
		{"float", 1403.0115, errors.ErrUnsupported},
		{"bool", true, errors.ErrUnsupported},
		{"gregorian year 1403", "1403-01-15", ErrOutOfRange},
		{"invalid jalali", "1404/12/30", ErrInvalidDate},
		{"invalid gregorian", "2024-02-30", ErrSyntax},
		{"garbage", "yesterday", ErrSyntax},
		{"time out of range", time.Date(1700, 1, 1, 0, 0, 0, 0, time.UTC), ErrOutOfRange},
		{"zero time", time.Time{}, ErrOutOfRange},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Must(New(1390, Dey, 9))
			err := d.Scan(c.src)
			require.Error(t, err)
			assert.ErrorIs(t, err, c.want)
			var se *ScanError
			require.True(t, errors.As(err, &se))
			assert.Equal(t, c.src, se.Value)
			assert.Contains(t, err.Error(), "calendar: scanning ")
			assert.Equal(t, Must(New(1390, Dey, 9)), d, "unchanged")
		})
	}
}

func TestSQLRoundTrip(t *testing.T) {
	for d := Must(New(MinYear, Farvardin, 1)); !d.IsZero(); d = d.AddDays(997) {
		v, err := d.Value()
		require.NoError(t, err)
		var back Date
		require.NoError(t, back.Scan(v))
		require.Equal(t, d, back)
		require.NoError(t, back.Scan(v.(time.Time).Format(time.DateOnly)))
		require.Equal(t, d, back)
	}
}
