package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
)

// typeNames maps the CoNLL-2003 chunk types to the names in the output.
var typeNames = map[string]string{
	"PER":  "PERSON",
	"ORG":  "ORGANIZATION",
	"LOC":  "LOCATION",
	"MISC": "MISC",
}

// Find returns the named entities in the given sentences of text, in order
// of their offsets, tagged with the Default model and resolved within the
// text (see Resolve). It returns an error only when that model cannot be
// loaded.
func Find(text string, sentences []parallax.Span) ([]parallax.Entity, error) {
	out, err := tag(text, sentences)
	if err != nil || out == nil {
		return nil, err
	}
	return Resolve(text, out), nil
}

// tag returns the tagger's mentions in the sentences of text, unresolved.
func tag(text string, sentences []parallax.Span) ([]parallax.Entity, error) {
	m, err := Default()
	if err != nil {
		return nil, err
	}
	var out []parallax.Entity
	var toks []token
	var words []string
	for _, s := range sentences {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		toks = tokenize(text, s.Start, s.End, toks[:0])
		if len(toks) == 0 {
			continue
		}
		words = words[:0]
		for _, t := range toks {
			words = append(words, t.word)
		}
		for _, c := range Chunks(m.Tag(words)) {
			typ, ok := typeNames[c.Type]
			if !ok {
				continue
			}
			span := parallax.Span{Start: toks[c.Start].start, End: toks[c.End-1].end}
			out = append(out, parallax.Entity{Text: text[span.Start:span.End], Type: typ, Span: span})
		}
	}
	return out, nil
}

// token is a word token of a sentence: its form as the tagger sees it and
// its byte offsets in the text.
type token struct {
	word       string
	start, end int
}

// tokenize appends the word tokens of text[start:end] to toks, split the
// way CoNLL-2003 is: punctuation apart from words ("Iraq's" → "Iraq" "'s",
// "(AP)," → "(" "AP" ")" ","), abbreviations whole ("U.S.", "Mr.").
func tokenize(text string, start, end int, toks []token) []token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < end {
			r, n := utf8.DecodeRuneInString(text[j:end])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		toks = splitWord(text, i, j, toks)
		i = j
	}
	return toks
}

// splitWord appends the tokens of the whitespace-free text[i:j].
func splitWord(text string, i, j int, toks []token) []token {
	// Dashes separate tokens wherever they stand.
	for k := i; k < j; {
		r, n := utf8.DecodeRuneInString(text[k:j])
		if r == '—' || r == '–' || (r == '-' && k+1 < j && text[k+1] == '-') {
			if r == '-' {
				n = 2
			}
			toks = splitWord(text, i, k, toks)
			toks = append(toks, token{"--", k, k + n})
			return splitWord(text, k+n, j, toks)
		}
		k += n
	}
	// Leading punctuation, one token each.
	for i < j {
		r, n := utf8.DecodeRuneInString(text[i:j])
		if !isOpening(r) {
			break
		}
		toks = append(toks, token{normalize(text[i : i+n]), i, i + n})
		i += n
	}
	if i >= j {
		return toks
	}
	// Trailing punctuation, collected from the end.
	var tail []token
	for i < j {
		r, n := utf8.DecodeLastRuneInString(text[i:j])
		if r == '.' {
			if keepsPeriod(text[i:j]) {
				break
			}
		} else if !isClosing(r) {
			break
		}
		tail = append(tail, token{normalize(text[j-n : j]), j - n, j})
		j -= n
	}
	// Clitics: "'s", "n't", "'re", …
	if i < j {
		if c := clitic(text[i:j]); c > 0 && c < j-i {
			toks = append(toks, token{normalize(text[i : j-c]), i, j - c})
			toks = append(toks, token{normalize(text[j-c : j]), j - c, j})
		} else {
			toks = append(toks, token{normalize(text[i:j]), i, j})
		}
	}
	for k := len(tail) - 1; k >= 0; k-- {
		toks = append(toks, tail[k])
	}
	return toks
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '`':
		return true
	}
	return false
}

func isClosing(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', ',', ';', ':', '!', '?', '…':
		return true
	}
	return false
}

// abbreviations keep their final period as part of the word.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"gen": true, "col": true, "lt": true, "maj": true, "capt": true, "sgt": true, "gov": true, "sen": true,
	"rep": true, "rev": true, "inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "no": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "vs": true, "etc": true, "mt": true, "ft": true,
}

// keepsPeriod reports whether w, which ends in a period, is an
// abbreviation that keeps it: "U.S.", "Mr.", an initial "J.".
func keepsPeriod(w string) bool {
	stem := strings.TrimSuffix(w, ".")
	if stem == "" || strings.HasSuffix(stem, ".") {
		return false
	}
	if strings.Contains(stem, ".") {
		// "U.S.", "a.m.": letters with periods between them.
		for _, r := range stem {
			if r != '.' && !unicode.IsLetter(r) {
				return false
			}
		}
		return true
	}
	if utf8.RuneCountInString(stem) == 1 {
		r, _ := utf8.DecodeRuneInString(stem)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(stem)]
}

// clitics are the clitic endings split off a word, each with an ASCII
// and a typographic apostrophe.
var clitics = func() []string {
	var out []string
	for _, c := range []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"} {
		out = append(out, c, strings.Replace(c, "'", "’", 1))
	}
	return out
}()

// clitic returns the byte length of a clitic ending w ("'s", "n't"), or 0.
func clitic(w string) int {
	for _, form := range clitics {
		if n := len(form); len(w) > n && strings.EqualFold(w[len(w)-n:], form) {
			return n
		}
	}
	return 0
}

// quoteNorm maps typographic quotes to the ASCII forms of the training
// data.
var quoteNorm = strings.NewReplacer("“", `"`, "”", `"`, "«", `"`, "»", `"`, "‘", "'", "’", "'")

// normalize maps typographic quotes to the ASCII forms of the training data.
func normalize(w string) string {
	if !strings.ContainsAny(w, "“”‘’«»") {
		return w
	}
	return quoteNorm.Replace(w)
}
