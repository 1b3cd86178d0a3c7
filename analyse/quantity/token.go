package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  = iota // letters, with inner apostrophes and dots ("Kessaria's", "U.S.")
	tNum          // digits with inner "," or "." ("5,000", "5.2")
	tPunct        // any other single character
)

// token is one word, number or punctuation mark of a sentence.
type token struct {
	s, e  int    // byte offsets in the article text
	kind  int    // tWord, tNum or tPunct
	text  string // as written
	low   string // lower case, for words
	space bool   // whitespace (or the sentence start) precedes it
	cap   bool   // a word that starts with an upper-case letter
}

// tokenize splits text[start:end] into tokens with offsets into text. It is
// one linear pass: every byte is looked at once or twice. spaceGroups lets
// a plain space group thousands ("5 000"), as continental languages write.
func tokenize(text string, start, end int, toks []token, spaceGroups bool) []token {
	space := true
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case r >= '0' && r <= '9':
			j := scanNumber(text, i, end, spaceGroups)
			toks = append(toks, token{s: i, e: j, kind: tNum, text: text[i:j], space: space})
		case unicode.IsLetter(r):
			j := scanWord(text, i, end)
			w := text[i:j]
			toks = append(toks, token{s: i, e: j, kind: tWord, text: w, low: lower(w), space: space, cap: unicode.IsUpper(r)})
		default:
			toks = append(toks, token{s: i, e: i + n, kind: tPunct, text: text[i : i+n], space: space})
		}
		space = false
		i = toks[len(toks)-1].e
	}
	return toks
}

// scanNumber returns the end of the digit run at i; "," and "." join digits
// only when a digit follows them, so "5,000." ends before the full stop.
// With spaceGroups a plain space joins a group of one to three digits to
// the next three ("12 000", not "2019 300").
func scanNumber(text string, i, end int, spaceGroups bool) int {
	j := i
	group := 0 // digits since the last separator
	for j < end {
		c := text[j]
		if c >= '0' && c <= '9' {
			j++
			group++
			continue
		}
		if (c == ',' || c == '.') && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9' {
			j++
			group = 0
			continue
		}
		if n := groupSpace(text, j, end); n > 0 {
			j += n
			group = 0
			continue
		}
		if c == ' ' && spaceGroups && group >= 1 && group <= 3 && groupSpace(text, j, end) == 0 && threeDigits(text, j+1, end) {
			j++
			group = 0
			continue
		}
		break
	}
	return j
}

// threeDigits reports whether exactly three digits start at k.
func threeDigits(text string, k, end int) bool {
	for d := 0; d < 3; d++ {
		if k+d >= end || text[k+d] < '0' || text[k+d] > '9' {
			return false
		}
	}
	return k+3 >= end || text[k+3] < '0' || text[k+3] > '9'
}

// groupSpace returns the width of a no-break or thin space that separates
// thousands ("5 000" as French and some English outlets write it): one
// followed by exactly three digits. It returns 0 otherwise.
func groupSpace(text string, j, end int) int {
	n := 0
	switch {
	case strings.HasPrefix(text[j:end], "\u00a0"):
		n = 2
	case strings.HasPrefix(text[j:end], "\u202f"), strings.HasPrefix(text[j:end], "\u2009"):
		n = 3
	default:
		return 0
	}
	k := j + n
	for d := 0; d < 3; d++ {
		if k+d >= end || text[k+d] < '0' || text[k+d] > '9' {
			return 0
		}
	}
	if k+3 < end && text[k+3] >= '0' && text[k+3] <= '9' {
		return 0
	}
	return n
}

// scanWord returns the end of the word at i. Apostrophes and dots stay
// inside a word when a letter follows them ("Kessaria's", "U.S"), and a dot
// that closes an abbreviation with inner dots is kept ("U.S.", "p.m.").
func scanWord(text string, i, end int) int {
	j := i
	dotted := false
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsLetter(r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' || r == '.' {
			if j+n < end {
				r2, _ := utf8.DecodeRuneInString(text[j+n : end])
				if unicode.IsLetter(r2) {
					dotted = dotted || r == '.'
					j += n
					continue
				}
			}
			if r == '.' && dotted {
				j += n
			}
		}
		break
	}
	return j
}

// lower lower-cases ASCII words without allocating when they already are,
// and normalises the typographic apostrophe.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ReplaceAll(strings.ToLower(w), "’", "'")
		}
	}
	return w
}
