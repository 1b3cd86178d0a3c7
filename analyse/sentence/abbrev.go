package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// continues reports whether the full stop at i, followed by whitespace and
// a possible sentence start at k, belongs to an abbreviation that does not
// end the sentence.
func continues(text string, i, k int) bool {
	tok := tokenBefore(text, i)
	if tok == "" {
		return false
	}
	switch {
	case neverEnds[tok]:
		return true
	case beforeNumber[tok]:
		return isDigitAt(text, k)
	case mayEnd[tok] || isInitialism(tok) || isInitial(tok):
		// "the U.S. Army" goes on, "in the U.S. The" ends.
		return !startsSentence(text, k)
	case isDayNumber(tok):
		// German and French ordinals: "am 3. Oktober", "le 1. Mai" is rare
		// but "am 3. Oktober" is everyday news.
		return months[wordAt(text, k)]
	}
	return false
}

// tokenBefore returns the word (letters, digits and inner full stops) that
// ends just before the full stop at i, or "" when that word is glued to
// something else ("example.com/a.b", "\"absurd\"") and so cannot be an
// abbreviation.
func tokenBefore(text string, i int) string {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if r != '.' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if !unicode.IsSpace(r) && !isOpener(r) && r != '-' && r != '–' && r != '—' {
				return ""
			}
			break
		}
		j -= size
	}
	return text[j:i]
}

// isInitialism reports whether tok is dotted single letters, such as
// "U.S", "a.m" or "J.R.R" (the final full stop is not part of tok).
func isInitialism(tok string) bool {
	letters := 0
	for i, r := range tok {
		// Letters and dots must alternate, starting with a letter.
		even := letters == 0 || tok[i-1] == '.'
		switch {
		case r == '.' && !even:
		case r != '.' && even && unicode.IsLetter(r):
			letters++
		default:
			return false
		}
	}
	return letters >= 2 && tok[len(tok)-1] != '.'
}

// isInitial reports whether tok is one upper-case letter, as in
// "John F. Kennedy".
func isInitial(tok string) bool {
	r, size := utf8.DecodeRuneInString(tok)
	return size == len(tok) && unicode.IsUpper(r)
}

// isDayNumber reports whether tok is a one- or two-digit number.
func isDayNumber(tok string) bool {
	if len(tok) == 0 || len(tok) > 2 {
		return false
	}
	for i := 0; i < len(tok); i++ {
		if tok[i] < '0' || tok[i] > '9' {
			return false
		}
	}
	return true
}

func isDigitAt(text string, k int) bool {
	return k < len(text) && '0' <= text[k] && text[k] <= '9'
}

// startsSentence reports whether what begins at k looks like the start of
// a new sentence rather than the rest of a name: an opening quote or a
// common sentence opener.
func startsSentence(text string, k int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:])
	if isOpener(r) {
		return true
	}
	w := wordAt(text, k)
	if isInitial(w) && strings.HasPrefix(text[k+len(w):], ".") {
		return false // "W. A. Nandana Jayasekara": "A." is an initial, not the article
	}
	return starters[w]
}

// wordAt returns the run of letters starting at k.
func wordAt(text string, k int) string {
	j := k
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return text[k:j]
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// neverEnds lists abbreviations that always lead into more of the same
// sentence: titles before names, and Latin, German and French connectives.
var neverEnds = set(
	// English titles, military and political ranks.
	"Mr", "Mrs", "Ms", "Messrs", "Dr", "Drs", "Prof", "Profs", "Rev", "Hon",
	"Gen", "Brig", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt",
	"Cpl", "Pvt", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Supt",
	"Insp", "Det", "Amb", "Gens", "Lt.Col", "Lt.Gen", "Maj.Gen", "Brig.Gen",
	// French and German titles.
	"M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Hr", "Hrn", "Fr", "Dres",
	// Spanish and Portuguese titles.
	"Sra", "Srta", "Sres", "Dña", "Dª", "Sto", "Sta",
	// Connectives and hedges.
	"vs", "v", "e.g", "i.e", "cf", "viz", "approx", "ca", "resp", "incl",
	"z.B", "d.h", "u.a", "o.ä", "u.U", "bzw", "vgl", "sog", "ggf", "evtl",
	"inkl", "zzgl", "bspw", "p.ex", "env", "av", "apr",
)

// beforeNumber lists abbreviations that continue the sentence only when a
// number follows: "No. 10" but "said no. The".
var beforeNumber = set(
	"No", "Nos", "no", "Nr", "Nrn", "nº", "Vol", "vol", "Vols", "p", "pp",
	"Art", "art", "Fig", "fig", "Figs", "Ch", "ch", "Sec", "Sect", "sec",
	"Para", "para", "Abs", "Bd", "Tab", "Ziff", "Kap", "Bl",
)

// mayEnd lists abbreviations that often end a sentence as well as sit
// inside one; the next word decides.
var mayEnd = set(
	// Company forms and name suffixes.
	"Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc", "Pty", "Jr", "Sr",
	"Esq", "Ph.D", "al",
	// Places.
	"St", "Ste", "Ave", "Blvd", "Rd", "Mt", "Ft", "Dept", "Univ", "Assn",
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill",
	"Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss",
	"Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
	"Vt", "Wash", "Wis", "Wyo",
	// Months, in their news-style short forms.
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
	"Nov", "Dec",
	// German and French months shortened the same way.
	"Febr", "Okt", "Dez", "janv", "févr", "avr", "juil", "sept", "oct", "nov",
	"déc",
)

// months lists month names that follow an ordinal day in German ("am 3.
// Oktober").
var months = set(
	"Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli",
	"August", "September", "Oktober", "November", "Dezember",
	"Jan", "Feb", "Febr", "Apr", "Aug", "Sept", "Okt", "Nov", "Dez",
)

// starters lists words that commonly open a sentence in news text. After
// an abbreviation that may end a sentence, one of these means it did.
var starters = set(
	// English.
	"A", "An", "The", "This", "That", "These", "Those", "There", "Here",
	"He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its",
	"Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "Nor",
	"In", "On", "At", "By", "For", "From", "With", "Without", "After",
	"Before", "During", "Since", "Until", "Under", "Over", "About", "As",
	"When", "While", "If", "Although", "Though", "Because", "However",
	"Meanwhile", "Still", "Then", "Now", "Later", "Earlier", "Today",
	"Yesterday", "Tomorrow", "Last", "Next", "What", "Who", "Why", "How",
	"Where", "Which", "Some", "Many", "Most", "Several", "Few", "All",
	"Both", "Each", "Every", "No", "Not", "None", "One", "Two", "Three",
	"Such", "Other", "Others", "Another", "Officials", "Police", "Critics",
	"Analysts", "Shares", "Also", "Instead", "Even", "Only", "Asked",
	"According", "Despite", "Nearly", "More", "Less", "Much",
	// French.
	"Le", "La", "Les", "Un", "Une", "Des", "Il", "Elle", "Ils", "Elles",
	"Nous", "Vous", "Je", "On", "Ce", "Cette", "Ces", "Mais", "Et", "Dans",
	"En", "Au", "Aux", "Selon", "Pour", "Depuis", "Lors",
	// German.
	"Der", "Die", "Das", "Den", "Dem", "Ein", "Eine", "Er", "Sie", "Es",
	"Wir", "Ich", "Ihr", "Im", "Am", "Auch", "Doch", "Aber", "Nach", "Laut",
	"Dies", "Diese", "Dieser", "Damit", "Dann", "Zudem",
	// Spanish and Italian.
	"El", "Los", "Las", "Lo", "Una", "Pero", "Según", "Gli", "Ma",
	// Russian.
	"Это", "Он", "Она", "Они", "Мы", "Но", "По", "Как", "При", "После",
)
