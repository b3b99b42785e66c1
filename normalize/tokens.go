package normalize

// tokens applies the Digits and Punctuation rules word by word, in place:
// words are separated by spaces, and a word with two Latin letters (or
// - and _) in a row is Latin and keeps its ASCII digits and punctuation.
func (e *engine) tokens(in []rune) []rune {
	for i := 0; i < len(in); {
		for i < len(in) && isSpace(in[i]) {
			i++
		}
		j := i
		for j < len(in) && !isSpace(in[j]) {
			j++
		}
		e.token(in[i:j])
		i = j
	}
	return in
}

func (e *engine) token(w []rune) {
	latin := isLatinWord(w)
	if e.rules&Digits != 0 {
		if e.dir == ToLatin {
			latinDigits(w)
		} else if !latin {
			persianDigits(w)
		}
	}
	if e.rules&Punctuation != 0 && !latin {
		for i, r := range w {
			switch r {
			case ',':
				if !(i > 0 && isDigit(w[i-1]) && i+1 < len(w) && isDigit(w[i+1])) {
					w[i] = faComma
				}
			case ';':
				w[i] = faSemicolon
			case '?':
				w[i] = faQuestion
			}
		}
	}
}

// isLatinWord reports whether w holds two ASCII letters, hyphens or
// underscores in a row.
func isLatinWord(w []rune) bool {
	for i := 1; i < len(w); i++ {
		if isLatinish(w[i]) && isLatinish(w[i-1]) {
			return true
		}
	}
	return false
}

func isLatinish(r rune) bool { return isASCIILetter(r) || r == '-' || r == '_' }

// numberEnd returns the end of the number starting at w[i]: digits, with
// single separators (. , : / - ٫ ٬) between digits.
func numberEnd(w []rune, i int) int {
	j := i
	for j < len(w) {
		if isDigit(w[j]) {
			j++
			continue
		}
		if j > i && j+1 < len(w) && isDigit(w[j+1]) && isNumberSeparator(w[j]) {
			j++
			continue
		}
		break
	}
	return j
}

func isNumberSeparator(r rune) bool {
	switch r {
	case '.', ',', ':', '/', '-', faDecimal, faThousands:
		return true
	}
	return false
}

// persianDigits writes the ASCII digits of every number in w that does not
// touch a Latin letter as Persian digits, its decimal point and thousands
// commas as ٫ and ٬, and a % right after it as ٪.
func persianDigits(w []rune) {
	for i := 0; i < len(w); {
		if !isDigit(w[i]) {
			i++
			continue
		}
		j := numberEnd(w, i)
		touchesLatin := touchesLatin(w, i-1, -1) || touchesLatin(w, j, 1)
		if !touchesLatin {
			for k := i; k < j; k++ {
				switch r := w[k]; {
				case r >= '0' && r <= '9':
					w[k] = r - '0' + 0x06F0
				case r == '.':
					w[k] = faDecimal
				case r == ',':
					w[k] = faThousands
				}
			}
			if j < len(w) && w[j] == '%' {
				w[j] = faPercent
			}
		}
		i = j
	}
}

// latinDigits writes every Persian or Arabic-Indic digit in w as ASCII, the
// separators between them as . and , and a ٪ after a number as %.
func latinDigits(w []rune) {
	for i, r := range w {
		switch {
		case r >= 0x06F0 && r <= 0x06F9:
			w[i] = r - 0x06F0 + '0'
		case r >= 0x0660 && r <= 0x0669:
			w[i] = r - 0x0660 + '0'
		case (r == faDecimal || r == faThousands) && i > 0 && isDigit(w[i-1]) && i+1 < len(w) && isDigit(w[i+1]):
			if r == faDecimal {
				w[i] = '.'
			} else {
				w[i] = ','
			}
		case r == faPercent && i > 0 && isDigit(w[i-1]):
			w[i] = '%'
		}
	}
}

// dates writes a day-first date (D/M/YYYY or D-M-YYYY, day 1-31, month 1-12)
// year first with slashes, in place: 23/10/1355 becomes 1355/10/23.
func (e *engine) dates(in []rune) []rune {
	for i := 0; i < len(in); i++ {
		if !isDigit(in[i]) || i > 0 && (isDigit(in[i-1]) || isNumberSeparator(in[i-1]) && i > 1 && isDigit(in[i-2])) {
			continue
		}
		d1 := runLenDigits(in, i)
		if d1 > 2 || i+d1 >= len(in) || in[i+d1] != '/' && in[i+d1] != '-' {
			continue
		}
		sep, m := in[i+d1], i+d1+1
		d2 := runLenDigits(in, m)
		if d2 == 0 || d2 > 2 || m+d2 >= len(in) || in[m+d2] != sep {
			continue
		}
		y := m + d2 + 1
		d3 := runLenDigits(in, y)
		end := y + d3
		if d3 != 4 || end < len(in) && (isNumberSeparator(in[end]) && end+1 < len(in) && isDigit(in[end+1])) {
			continue
		}
		day, month := value(in[i:i+d1]), value(in[m:m+d2])
		if day < 1 || day > 31 || month < 1 || month > 12 {
			continue
		}
		var buf [10]rune
		n := copy(buf[:], in[y:end])
		buf[n] = '/'
		n++
		n += copy(buf[n:], in[m:m+d2])
		buf[n] = '/'
		n++
		n += copy(buf[n:], in[i:i+d1])
		copy(in[i:end], buf[:n])
		i = end - 1
	}
	return in
}

func runLenDigits(in []rune, i int) int {
	j := i
	for j < len(in) && isDigit(in[j]) {
		j++
	}
	return j - i
}

func value(ds []rune) int {
	v := 0
	for _, r := range ds {
		v = v*10 + digitValue(r)
	}
	return v
}

// touchesLatin reports whether w[k], or the rune past it in direction step
// if w[k] is a number separator, is a Latin letter or a protected span: a
// number there is part of a Latin word (A4, v1.2, x.5).
func touchesLatin(w []rune, k, step int) bool {
	if k < 0 || k >= len(w) {
		return false
	}
	if isNumberSeparator(w[k]) {
		k += step
		if k < 0 || k >= len(w) {
			return false
		}
	}
	return isASCIILetter(w[k]) || w[k] == placeholder
}
