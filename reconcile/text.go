package reconcile

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token of a sentence: its normalised form (a concept such as
// "@leave" for the verbs of leaving, or a light stem), where it stands, and
// which clause of the sentence it belongs to.
type word struct {
	norm       string
	raw        string
	start, end int // byte offsets in the article text
	pos        int // index among the sentence's tokens
	comma      int // clause index, counting commas, semicolons and dashes
	semi       int // clause index, counting semicolons, colons and dashes only
	capital    bool
}

// words tokenises text[start:end] into words, dropping punctuation but
// numbering the clauses it separates.
func words(text string, start, end int) []word {
	var out []word
	comma, semi := 0, 0
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '-' {
					j += n2
					continue
				}
				// Keep inner apostrophes and digit separators: "Kessaria's", "5,000".
				if (r2 == '\'' || r2 == '’' || r2 == ',' || r2 == '.') && j+n2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) && r2 != ',' && r2 != '.' || unicode.IsDigit(r3) && r2 != '\'' && r2 != '’' {
						j += n2
						continue
					}
				}
				break
			}
			raw := text[i:j]
			out = append(out, word{norm: normalise(raw), raw: raw, start: i, end: j,
				pos: len(out), comma: comma, semi: semi, capital: unicode.IsUpper(r)})
			i = j
			continue
		case r == ',':
			comma++
		case r == ';' || r == ':' || r == '—' || r == '–' || r == '(' || r == ')':
			comma++
			semi++
		}
		i += n
	}
	return out
}

// normalise maps a token to what it is compared by: a concept for the verbs
// and nouns news reports figures with, a light stem otherwise.
func normalise(raw string) string {
	w := strings.ToLower(raw)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if c, ok := concepts[w]; ok {
		return c
	}
	if stopwords[w] {
		return w
	}
	return stem(w)
}

// stem strips the commonest English inflections, so that "troops" and
// "troop", "offered" and "offer" meet.
func stem(w string) string {
	switch n := len(w); {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		return w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ed"):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:n-1]
	}
	return w
}

// isContent reports whether a normalised word says something about what a
// figure measures: not a function word, not a number.
func isContent(norm string) bool {
	if len(norm) < 2 || stopwords[norm] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(norm)
	return !unicode.IsDigit(r) && !numberWords[norm]
}

// concepts groups the words news reports use for one happening, so that
// "withdraw", "pull out" and "bring home" compare as one. The groups are
// generic news vocabulary, not any one story's.
var concepts = func() map[string]string {
	groups := map[string]string{
		"@leave":  "withdraw withdraws withdrew withdrawn withdrawing withdrawal leave leaves leaving left depart departs departed departure pull pulled pulling exit exits quit home return returns returned flee flees fled fleeing displaced evacuated evacuate evacuation",
		"@stay":   "remain remains remained remaining stay stays stayed staying stationed based keep keeps kept",
		"@say":    "say says said announce announces announced announcement tell tells told declare declares declared state stated statement add added",
		"@strike": "strike strikes striking striker strikers walkout walked stoppage stoppages",
		"@offer":  "offer offers offered propose proposes proposed proposal",
		"@demand": "demand demands demanding demanded want wants wanted seek seeks seeking",
		"@kill":   "kill kills killed dead die died death deaths lose lost casualties casualty fatalities",
		"@gather": "rally rallies rallied gather gathers gathered protest protests protested demonstrate demonstrated march marched crowd crowds",
		"@wait":   "wait waits waiting waited anchor anchored queue queued queuing",
		"@peak":   "peak height maximum highest",
		"@vote":   "vote votes voted voting ballot",
		"@first":  "first initial",
		"@rise":   "rise rises raise increase increases hike",
		"@cost":   "cost costs costing",
		"@serve":  "serve serves serving served deployed deploy deployment",
		"@flood":  "burst bursts overflow overflows overflowed overflowing flood floods flooded flooding inundated",
	}
	m := map[string]string{}
	for c, ws := range groups {
		for _, w := range strings.Fields(ws) {
			m[w] = c
		}
	}
	return m
}()

var stopwords = setOf(`a an the and or but nor of to in on at by for from with within without into onto
over under about around after before since until than then that this these those there here
is are was were be been being am has have had do does did will would shall should can could may might must
it its it's he she they them their his her him we our us you your i me my who whom whose which what when where why how
as if so not no also only just more most less fewer some any all each every other such own same
up down out off again further once very too much many few several per while during between among against
mr mrs ms dr st one because although though yet still even already longer ever`)

var numberWords = setOf(`zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million billion trillion dozen dozens hundreds thousands half percent per cent`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// negations are the words that turn a predicate around.
var negations = setOf(`not no never non nor without cannot n't`)

// predicateNegations are the negations that turn a predicate around: "not
// binding", "never ratified". "No" and "without" negate nouns ("no
// family"), not predicates.
var predicateNegations = setOf(`not never cannot`)
