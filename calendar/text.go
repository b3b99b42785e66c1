package calendar

// String returns d in the canonical form "1403/01/15": ASCII digits, zero
// padded, slashes. The zero Date returns "".
func (d Date) String() string {
	if d.ymd == 0 {
		return ""
	}
	var buf [10]byte
	return string(d.appendNumeric(buf[:0]))
}

// AppendText implements encoding.TextAppender: it appends the form String
// returns. It never fails and does not allocate when b has room.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.ymd == 0 {
		return b, nil
	}
	return d.appendNumeric(b), nil
}

// MarshalText implements encoding.TextMarshaler, so encoding/json writes a
// Date as "1403/01/15" and the zero Date as "".
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, 10))
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the form
// MarshalText writes, 1403/01/15, with one- or two-digit month and day in
// ASCII, Persian or Arabic-Indic digits, and the empty text, which gives the
// zero Date. It rejects dashes: 1403-01-15 is read as a Gregorian ISO date by
// too many programs to be safe in stored data (use Parse for free text). On
// error d is unchanged and the error is a *ParseError.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := parseNumeric(string(text), "/")
	if err != nil {
		return err
	}
	*d = v
	return nil
}
