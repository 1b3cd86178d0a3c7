package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of the text, with its offsets.
type token struct {
	s, e  int
	text  string
	low   string // lower case, apostrophes normalised to '
	word  bool   // letters or digits, not punctuation
	cap   bool   // a word that starts with an upper-case letter
	quote byte   // for a quote mark: 'o' opening, 'c' closing; 0 otherwise
}

// abbrevs keep their full stop: "Mr.", "Gen.", "St.".
var abbrevs = set("mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "gov",
	"sen", "rep", "st", "prof", "rev", "maj", "adm", "jr", "sr", "no", "m", "mme",
	"cpl", "pte", "brig", "supt", "insp", "det", "hon", "messrs")

// tokenize splits text[start:end] into tokens, appending to toks. Quote
// marks are told apart by the marks table the caller passes (nil when
// unknown): a mark's position maps to 'o' or 'c'.
func tokenize(text string, start, end int, marks map[int]byte, toks []token) []token {
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(text, i, end)
			w := text[i:j]
			toks = append(toks, token{s: i, e: j, text: w, low: lowerWord(w), word: true, cap: unicode.IsUpper(r) || elidedCap(w)})
			i = j
		default:
			if r == '\'' && marks[i] != 0 && doubleApostrophe(text, i) {
				n = 2 // one quote mark written ''
			}
			t := token{s: i, e: i + n, text: text[i : i+n], low: text[i : i+n]}
			if marks != nil {
				t.quote = marks[i]
			}
			toks = append(toks, t)
			i += n
		}
	}
	return toks
}

// scanWord returns the end of the word at i: letters and digits joined by
// inner apostrophes, hyphens, and "." or "," between digits; a final "."
// is kept for an abbreviation or an initial.
func scanWord(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += n
			continue
		}
		if (r == '\'' || r == '’') && j > i && (text[j-1] == 's' || text[j-1] == 'S') && (j+n == end || !unicode.IsLetter(nextRune(text, j+n)) && nextRune(text, j+n) != '\'') {
			j += n // a plural possessive: "Dockworkers' Union"
			break
		}
		if (r == '\'' || r == '’' || r == '-' || r == '.' || r == ',') && j+n < end {
			next, _ := utf8.DecodeRuneInString(text[j+n:])
			joins := unicode.IsLetter(next) || unicode.IsDigit(next)
			if r == ',' || r == '.' {
				prev, _ := utf8.DecodeLastRuneInString(text[:j])
				joins = unicode.IsDigit(prev) && unicode.IsDigit(next) || r == '.' && unicode.IsLetter(next) && (isInitials(text[i:j]) || unicode.IsLower(next) && unicode.IsLetter(prev))
			}
			if joins {
				j += n
				continue
			}
		}
		break
	}
	if j < end && text[j] == '.' && (abbrevs[strings.ToLower(text[i:j])] || isInitials(text[i:j])) {
		j++
	}
	return j
}

// isInitials reports whether w is one capital letter or letters joined by
// dots ("U.S"), or capitals joined by hyphens ("D-N" in "Rep. Maria
// Ocampo, D-N.M.", a party and a state), so that a following "." belongs
// to it.
func isInitials(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	if n == len(w) {
		return true
	}
	if strings.Contains(w, ".") && len(w) <= 8 {
		return true
	}
	for part := range strings.SplitSeq(w, "-") {
		if r, n := utf8.DecodeRuneInString(part); n != len(part) || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// lowerWord lower-cases w and writes apostrophes as '.
func lowerWord(w string) string {
	w = strings.ToLower(w)
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// base strips a possessive ending: "Kessaria's" → "kessaria".
func base(low string) string {
	if strings.HasSuffix(low, "'s") {
		return low[:len(low)-2]
	}
	return low
}

// nextRune returns the rune at i.
func nextRune(text string, i int) rune {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r
}

// elidedCap reports whether a French elided article leads a capitalised
// word: "l'Assemblée", "d'Orsenburg".
func elidedCap(w string) bool {
	if len(w) < 3 || (w[0] != 'l' && w[0] != 'd') {
		return false
	}
	rest := w[1:]
	switch {
	case rest[0] == '\'':
		rest = rest[1:]
	case len(rest) > 3 && rest[:3] == "’":
		rest = rest[3:]
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// elisions are the French words that elide before a vowel: "l'", "qu'".
var elisions = set("l'", "d'", "qu'", "n'", "s'", "j'", "c'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'")

// clitics are subject pronouns joined to a verb that comes first:
// "dit-il", "a-t-elle", "avait-il".
var clitics = set("il", "elle", "ils", "elles", "on")

// splitFrench splits the French tokens that join two words: an elided
// article or conjunction ("l'Assemblée" → "l'" "Assemblée", "qu'il" →
// "qu'" "il") and an inverted subject pronoun ("avait-il" → "avait"
// "il", "a-t-elle" → "a" "elle"), so that each is read as itself.
func splitFrench(text string, toks []token) []token {
	return splitElided(text, toks, elisions, true)
}

// splitElided splits the tokens that lead with one of the elided words
// given ("l'", "dell'") and, with clitics, the French inverted subject
// pronouns.
func splitElided(text string, toks []token, elided map[string]bool, withClitics bool) []token {
	out := make([]token, 0, len(toks)+len(toks)/8)
	for _, t := range toks {
		if !t.word {
			out = append(out, t)
			continue
		}
		if a, ok := elisionEnd(t, elided); ok {
			out = append(out, word(text, t.s, a), word(text, a, t.e))
			continue
		}
		if v, p, ok := cliticAt(t); ok && withClitics {
			out = append(out, word(text, t.s, v), word(text, p, t.e))
			continue
		}
		out = append(out, t)
	}
	return out
}

// elisionEnd returns the offset just after the apostrophe of an elided
// word that leads t, when the word goes on after it.
func elisionEnd(t token, elided map[string]bool) (int, bool) {
	i := strings.IndexAny(t.text, "'’")
	if i <= 0 {
		return 0, false
	}
	_, n := utf8.DecodeRuneInString(t.text[i:])
	if i+n >= len(t.text) || !elided[lowerWord(t.text[:i+n])] {
		return 0, false
	}
	return t.s + i + n, unicode.IsLetter(nextRune(t.text, i+n))
}

// cliticAt returns where the verb of "verb-(t-)pronoun" ends and its
// pronoun starts.
func cliticAt(t token) (int, int, bool) {
	i := strings.LastIndexByte(t.text, '-')
	if i <= 0 || !clitics[strings.ToLower(t.text[i+1:])] {
		return 0, 0, false
	}
	v := i
	if strings.HasSuffix(strings.ToLower(t.text[:i]), "-t") {
		v = i - 2
	}
	if v <= 0 {
		return 0, 0, false
	}
	return t.s + v, t.s + i + 1, true
}

// word builds the word token text[s:e].
func word(text string, s, e int) token {
	w := text[s:e]
	r, _ := utf8.DecodeRuneInString(w)
	return token{s: s, e: e, text: w, low: lowerWord(w), word: true, cap: unicode.IsUpper(r)}
}
