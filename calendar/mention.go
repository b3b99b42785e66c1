package calendar

// mention reads a mention that starts at token i.
func (r *reader) mention(i int) (mention, bool) {
	var m mention
	m.start = r.at(i)
	p := i
	for k := 0; k < 2; k++ {
		if !m.hasClock {
			if c, j, ok := r.clock(p); ok {
				m.clock, m.hasClock = c, true
				p = r.gap(j)
				if r.word(p, wRooz) { // ساعت ۱۰ صبح روز ...
					p = r.gap(p + 1)
				}
				continue
			}
		}
		if !m.hasWd {
			if w, j, ok := r.weekday(p); ok {
				m.wd, m.hasWd = w, true
				p = r.gap(j)
				if r.word(p, wDated) {
					p = r.gap(p + 1)
				}
				continue
			}
		}
		break
	}
	end, ok := r.core(p, &m)
	if !ok {
		return m, false
	}
	m.next = r.suffixes(end, &m)
	m.end = r.tok(m.next - 1).end
	ok = r.resolve(&m)
	m.invalid = !ok
	return m, ok
}

// core reads the date itself, trying each form in turn. It returns the
// index of the token after it.
func (r *reader) core(p int, m *mention) (int, bool) {
	for form := 0; form < 7; form++ {
		c := *m
		var end int
		var ok bool
		// A switch rather than a table of methods: c stays on the stack.
		switch form {
		case 0:
			end, ok = r.numeric(p, &c)
		case 1:
			end, ok = r.yearFirst(p, &c)
		case 2:
			end, ok = r.named(p, &c)
		case 3:
			end, ok = r.monthYear(p, &c)
		case 4:
			end, ok = r.yearOnly(p, &c)
		case 5:
			end, ok = r.hijriNamed(p, &c)
		case 6:
			end, ok = r.gregorianNamed(p, &c)
		}
		if ok {
			*m = c
			return end, true
		}
	}
	return p, false
}

// suffixes reads what may follow the date: a weekday, a clock time and the
// same day in the Gregorian calendar, each at most once. It returns the
// index of the token after the mention.
func (r *reader) suffixes(end int, m *mention) int {
	gregorian := false
	for k := 0; k < 3; k++ {
		g := r.gap(end)
		if !m.hasWd {
			if w, j, ok := r.weekday(g); ok {
				m.wd, m.hasWd, end = w, true, j
				continue
			}
		}
		if !m.hasClock {
			if c, j, ok := r.clock(g); ok {
				m.clock, m.hasClock, end = c, true, j
				continue
			}
		}
		if !gregorian && m.prec == PrecisionDay {
			if j, ok := r.parallel(g, m); ok {
				gregorian, end = true, j
				continue
			}
		}
		break
	}
	return end
}
