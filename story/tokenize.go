package story

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or number of a text.
type token struct {
	norm  string // lower-cased, apostrophes dropped; numbers in plain form ("5000", "4.5")
	num   bool   // a number
	start bool   // at the start of a sentence, where capitals say nothing
	caps  uint8  // capsNone, capsInitial or capsAll
	gap   bool   // punctuation other than a space separates it from the previous token
}

// Capitalisation of a token.
const (
	capsNone    = iota
	capsInitial // "Varela"
	capsAll     // "NATO", "BDU"
)

// tokenizer splits text into tokens. It keeps its buffers between texts so
// that tokenising a stream allocates little.
type tokenizer struct {
	toks []token
	buf  []byte
	lang string // ISO 639-1 code of the text being split: decides "5 000"
}

// split tokenises text, appending to t.toks (reset it first for a new text).
// Sentence starts are the text's start, line breaks, and what follows
// sentence-final punctuation, a colon or an opening quote.
func (t *tokenizer) split(text string) {
	start, gap := true, false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r):
			i = t.word(text, i, start, gap)
			start, gap = false, false
		case r >= '0' && r <= '9':
			i = t.number(text, i, start, gap)
			start, gap = false, false
		default:
			if endsSentence(r) {
				start = true
			}
			if !unicode.IsSpace(r) || r == '\n' {
				gap = true
			}
			i += n
		}
	}
}

// endsSentence reports whether r makes the next word a sentence start.
func endsSentence(r rune) bool {
	switch r {
	case '.', '!', '?', '…', ':', '\n', '"', '“', '„', '«', '(', '[', '‘', '¡', '¿', '•', '|':
		return true
	}
	return false
}

// isApostrophe reports the characters used as apostrophes inside words.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// word reads a word starting at i: letters, digits and marks, with inner
// apostrophes. French and Italian elisions ("l'Assemblée") keep only the
// word after the apostrophe; English possessives drop the "'s".
func (t *tokenizer) word(text string, i int, start, gap bool) int {
	b := t.buf[:0]
	upper, lower, letters := 0, 0, 0
	firstUpper, dotted := false, false
	elided := -1 // length of b at the last apostrophe
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if unicode.IsUpper(r) {
				upper++
				if letters == 0 || elided == len(b) {
					firstUpper = true
				}
			} else if unicode.IsLower(r) {
				lower++
			}
			if unicode.IsLetter(r) {
				letters++
			}
			b = utf8.AppendRune(b, unicode.ToLower(r))
			j += n
			continue
		case isApostrophe(r) && j+n < len(text):
			next, _ := utf8.DecodeRuneInString(text[j+n:])
			if unicode.IsLetter(next) {
				if len(b) <= 3 && elidable(string(b)) {
					// l'Assemblée → assemblée: the capital of the word counts.
					b = b[:0]
					upper, lower, letters, firstUpper = 0, 0, 0, false
					elided = 0
				} else {
					elided = len(b)
					b = append(b, '\'')
				}
				j += n
				continue
			}
		case r == '.' && upper == letters && (letters == 1 || dotted) && j+n+1 < len(text):
			// Dotted initialisms: U.S., U.N.
			if k := j + n; isASCIIUpper(text[k]) && text[k+1] == '.' {
				j, dotted = k, true
				continue
			}
		}
		break
	}
	// Drop English possessives and contractions after the apostrophe.
	if k := strings.LastIndexByte(string(b), '\''); k >= 0 {
		if suffix := string(b[k+1:]); suffix == "s" || suffix == "t" || suffix == "ll" || suffix == "re" || suffix == "ve" || suffix == "d" {
			b = b[:k]
		}
		b = dropByte(b, '\'')
	}
	t.buf = b
	if len(b) == 0 {
		return j
	}
	caps := uint8(capsNone)
	switch {
	case upper >= 2 && lower == 0:
		caps = capsAll
	case firstUpper:
		caps = capsInitial
	}
	t.toks = append(t.toks, token{norm: string(b), start: start, caps: caps, gap: gap})
	return j
}

func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// elidable reports the short words that French and Italian elide before a
// vowel ("l'", "d'", "qu'", "dell'").
func elidable(s string) bool {
	switch s {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "all", "dell", "nell", "sull", "un":
		return true
	}
	return false
}

func dropByte(b []byte, c byte) []byte {
	out := b[:0]
	for _, x := range b {
		if x != c {
			out = append(out, x)
		}
	}
	return out
}

// number reads a number starting at i and writes it in one form whatever
// the separators: "5,000", "5.000" and "5 000" are "5000"; "4.5" and
// "4,5" are "4.5". A separator followed by exactly three digits groups
// thousands; otherwise it is the decimal point. Ordinal suffixes ("18th",
// "1er") are dropped; other letters make the token a word ("3D", "G7").
func (t *tokenizer) number(text string, i int, start, gap bool) int {
	b := t.buf[:0]
	j, groups := digits(text, i)
	b = append(b, text[i:j]...)
	decimal := false
	for j < len(text) {
		c := text[j]
		if c != ',' && c != '.' {
			break
		}
		k, n := digits(text, j+1)
		if n == 0 {
			break
		}
		if n == 3 && !decimal {
			b = append(b, text[j+1:k]...)
			j = k
			continue
		}
		if decimal {
			break
		}
		decimal = true
		b = append(b, '.')
		b = append(b, text[j+1:k]...)
		j = k
	}
	// Thousands grouped by spaces: "5 000", always with no-break spaces,
	// with plain spaces only outside English, where "in 2014 300 troops"
	// would be a real risk.
	for !decimal && groups <= 3 {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !(r == '\u00a0' || r == '\u202f' || r == '\u2009' || (r == ' ' && t.lang != "en" && t.lang != "")) {
			break
		}
		k, m := digits(text, j+n)
		if m != 3 || (k < len(text) && (text[k] == ',' || text[k] == '.') && k+1 < len(text) && isDigit(text[k+1])) {
			break
		}
		b = append(b, text[j+n:k]...)
		j, groups = k, 3
	}
	// Trailing letters: an ordinal suffix or part of a word.
	if j < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[j:]); unicode.IsLetter(r) {
			k := j
			for k < len(text) {
				r, n := utf8.DecodeRuneInString(text[k:])
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break
				}
				k += n
			}
			suffix := strings.ToLower(text[j:k])
			if sc, ok := scales[suffix]; ok {
				t.buf = b
				t.toks = append(t.toks, token{norm: trimZeros(string(b)) + sc, num: true, start: start, gap: gap})
				return k
			}
			if !ordinalSuffix(suffix) {
				t.buf = b
				t.toks = append(t.toks, token{norm: strings.ToLower(text[i:k]), start: start, gap: gap})
				return k
			}
			j = k
		}
	}
	t.buf = b
	t.toks = append(t.toks, token{norm: trimZeros(string(b)), num: true, start: start, gap: gap})
	return j
}

// digits returns the end of the run of ASCII digits at i and its length.
func digits(s string, i int) (end, n int) {
	end = i
	for end < len(s) && isDigit(s[end]) {
		end++
	}
	return end, end - i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func ordinalSuffix(s string) bool {
	switch s {
	case "st", "nd", "rd", "th", "er", "re", "e", "eme", "ème", "ter", "o", "a", "º", "ª":
		return true
	}
	return false
}

// trimZeros drops a decimal part of zeros ("5.0" is "5") and leading zeros.
func trimZeros(s string) string {
	if k := strings.IndexByte(s, '.'); k >= 0 {
		frac := strings.TrimRight(s[k+1:], "0")
		if frac == "" {
			s = s[:k]
		} else {
			s = s[:k+1] + frac
		}
	}
	for len(s) > 1 && s[0] == '0' && s[1] != '.' {
		s = s[1:]
	}
	return s
}
