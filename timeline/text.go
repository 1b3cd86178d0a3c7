package timeline

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a sentence.
type word struct {
	text   string // as written, without trailing possessive
	poss   bool   // written with a possessive 's
	cap    bool   // starts with an upper-case letter
	quoted bool   // inside quotation marks
	first  bool   // first word of the sentence (or of a quote)
	gap    bool   // punctuation or a quote mark comes before it
}

// words splits a sentence into words, keeping letters, digits and inner
// apostrophes, hyphens, dots and commas of numbers ("5,000", "U.S.").
func words(s string) []word {
	var out []word
	quoted, first, gap := false, true, false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '"' || r == '“' || r == '”' || r == '«' || r == '»' {
			quoted = !quoted
			if r == '“' || r == '«' {
				quoted = true
			} else if r == '”' || r == '»' {
				quoted = false
			}
			first, gap = true, true
			i += n
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if !unicode.IsSpace(r) {
				gap = true
			}
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += n2
				continue
			}
			// Joiners inside a word: "Kessaria's", "5,000", "U.S.", "well-known".
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == ',' {
				if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); j+n2 < len(s) && (unicode.IsLetter(r3) || unicode.IsDigit(r3)) &&
					(r2 != ',' || unicode.IsDigit(r3)) {
					j += n2
					continue
				}
			}
			break
		}
		w := word{text: s[i:j], cap: unicode.IsUpper(r), quoted: quoted, first: first, gap: gap}
		for _, suf := range []string{"'s", "’s"} {
			if strings.HasSuffix(w.text, suf) {
				w.text, w.poss = strings.TrimSuffix(w.text, suf), true
			}
		}
		out = append(out, w)
		first, gap = false, false
		i = j
	}
	return out
}

// vector is a bag of content words with weights, sorted by word, with its
// norm, so that a cosine is one merge.
type vector struct {
	terms []term
	norm  float64
}

type term struct {
	w      string
	weight float64
}

// bag returns the content-word vector of a sentence: stop words and date
// words dropped (the date is compared separately), crude suffixes cut so
// "withdraws" and "withdrawal" meet, names weighted double.
func bag(s string) vector {
	m := map[string]float64{}
	for _, w := range words(s) {
		lw := strings.ToLower(w.text)
		if stop[lw] || dateWords[lw] || (len(lw) < 3 && !isNum(lw)) {
			continue
		}
		weight := 1.0
		if w.cap && !(w.first && common[lw]) {
			weight = 2
		}
		m[stem(lw)] += weight
	}
	v := vector{terms: make([]term, 0, len(m))}
	for w, x := range m {
		v.terms = append(v.terms, term{w, x})
		v.norm += x * x
	}
	slices.SortFunc(v.terms, func(a, b term) int { return strings.Compare(a.w, b.w) })
	v.norm = math.Sqrt(v.norm)
	return v
}

func isNum(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// stem cuts common English inflections; it only has to make the forms of
// one sentence and its paraphrase meet, not be linguistically right.
func stem(w string) string {
	for _, suf := range []string{"ation", "ing", "als", "al", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// cosine is the cosine similarity of two vectors.
func cosine(a, b vector) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	dot := 0.0
	for i, j := 0, 0; i < len(a.terms) && j < len(b.terms); {
		switch c := strings.Compare(a.terms[i].w, b.terms[j].w); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			dot += a.terms[i].weight * b.terms[j].weight
			i++
			j++
		}
	}
	return dot / (a.norm * b.norm)
}

// trim shortens s to at most max bytes, cut at a word boundary with an
// ellipsis, and collapses inner whitespace.
func trim(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut <= 0 {
		cut = max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:–-") + "…"
}

var stop = set(`a an the and or but nor of to in on at by for with from into onto over under about after before
	since until than as is are was were be been being has have had having do does did will would shall should can could
	may might must not no it its it's this that these those there their they them he him his she her we our us you your
	i me my who whom whose which what when where why how all any both each few more most other some such only own same
	so too very just also then once here out up down off again further said says say told tell according per cent
	percent mr mrs ms dr one two three four five six seven eight nine ten yesterday today tomorrow week weeks month months
	year years day days last next ago earlier later morning evening afternoon night`)

// common are capitalised sentence openers that are not names.
var common = set(`after before during following despite although while when since until for from with without
	under over among between some many most several few every each another other party government officials`)

var dateWords = set(`january february march april june july august september october november december jan feb mar apr
	jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

// stripDateline removes a wire dateline that opens a sentence: "LUMIRA,
// Jan 14 (Meridian Wire) - ", "LUMIRA – ".
func stripDateline(s string) string {
	for _, dash := range []string{" - ", " – ", " — "} {
		i := strings.Index(s, dash)
		if i <= 0 || i > 60 {
			continue
		}
		head := s[:i]
		first := strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == ',' })
		if len(first) > 0 && len(first[0]) > 1 && strings.ToUpper(first[0]) == first[0] && !isNum(first[0]) {
			return strings.TrimSpace(s[i+len(dash):])
		}
	}
	return s
}
