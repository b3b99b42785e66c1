package calendar

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every key of dateWords must be in the folded form the lexer looks up,
// or it can never match.
func TestDateWordsAreFolded(t *testing.T) {
	for key, info := range dateWords {
		tok := lex(key, 0)
		if assert.Equal(t, kWord, tok.kind, "%q", key) {
			assert.Equal(t, len(key), tok.end, "%q is one word", key)
			assert.Equal(t, info.kind, tok.word, "%q", key)
			assert.Equal(t, info.val, tok.val, "%q", key)
		}
		assert.LessOrEqual(t, len(key), maxWordBytes, "%q", key)
	}
}

func TestLexFoldsSpellings(t *testing.T) {
	for _, c := range []struct {
		in   string
		kind wordKind
		val  int
	}{
		{"شهريور", wMonth, 6}, {"آبان", wMonth, 8}, {"ابان", wMonth, 8}, {"اَذر", wMonth, 9},
		{"دی\u200cماه", wMonthMah, 10}, {"يكشنبه", wWeekday, 0}, {"سه\u200cشنبه", wWeekday, 2},
		{"هـ", wHeh, 0}, {"ه\u200d", wHeh, 0}, {"MARCH", wGregMonth, 3}, {"فـــروردین", wMonth, 1},
	} {
		tok := lex(c.in, 0)
		assert.Equal(t, c.kind, tok.word, "%q", c.in)
		assert.Equal(t, c.val, tok.val, "%q", c.in)
		assert.Equal(t, len(c.in), tok.end, "%q", c.in)
	}
}
