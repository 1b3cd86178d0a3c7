package quote

import (
	"strings"
	"unicode"

	parallax "github.com/parallax-news/parallax"
)

// Statements across languages. A French and an English article quoting
// the same minister share no stems, so Group's word overlap never lines
// them up. What survives a translation is kept as anchors: numbers
// ("5 000" and "5,000" are both 5000), and long words read by their first
// letters without accents — names and the cognates that carry most
// statements across these languages ("Kessaria"/"kessarien",
// "Assemblée"/"Assembly", "regrettable", "conséquences"/"consequences").
//
// Two groups of wordings become one statement when their speaker is the
// same known speaker, their articles are in different languages (no
// language on both sides), and they share anchors: two or more that make
// at least half of the smaller wording's anchors, or a single one between
// short wordings — a number, with two anchors at most on the smaller
// side, or any anchor, with two at most on each ("regrettable mais pas
// inattendu", "regrettable but not unexpected"). Each must be the
// other's only best match among that speaker's statements, so a quote
// that could go to two statements goes to neither. Two statements of one
// speaker that share no anchor never meet, nor do two statements of one
// language (the grouper kept them apart).

// anchorPrefix is how many letters of a word make its anchor, and the
// shortest word that gives one.
const anchorPrefix = 6

// anchors returns the anchors of a wording, by key.
func anchors(text string) map[string]bool {
	out := map[string]bool{}
	for _, f := range anchorFields(text) {
		r := []rune(f)
		switch {
		case unicode.IsDigit(r[0]):
			out["#"+digitsOf(f)] = true
		case len(r) >= anchorPrefix:
			out[fold(string(r[:anchorPrefix]))] = true
		}
	}
	return out
}

// anchorFields splits text into words and numbers; digit groups split by
// a space ("5 000", French style) are one number, and an elided article
// is dropped ("l'Assemblée" → "Assemblée").
func anchorFields(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != ',' && r != '.' && r != '\u00a0' && r != '\u202f'
	}) {
		if i := strings.IndexAny(f, "'’"); i > 0 && i <= 6 {
			f = f[i:]
		}
		f = strings.Trim(f, "'’,.\u00a0\u202f")
		if f == "" {
			continue
		}
		if n := len(out); n > 0 && isDigits(out[n-1]) && len(f) == 3 && isDigits(f) {
			out[n-1] += f // "5 000": one number written in groups
			continue
		}
		out = append(out, f)
	}
	return out
}

// isDigits reports whether s is written in digits and separators only.
func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' && r != '\u00a0' && r != '\u202f' {
			return false
		}
	}
	return s != ""
}

// digitsOf keeps the digits of a number: "5,000", "5.000" and "5 000"
// are one.
func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// accents maps accented Latin letters to their base letter.
var accents = map[rune]string{
	'à': "a", 'â': "a", 'ä': "a", 'á': "a", 'ã': "a", 'å': "a", 'ç': "c", 'é': "e", 'è': "e",
	'ê': "e", 'ë': "e", 'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ñ': "n", 'ó': "o", 'ò': "o",
	'ô': "o", 'ö': "o", 'õ': "o", 'ú': "u", 'ù': "u", 'û': "u", 'ü': "u", 'ý': "y", 'ÿ': "y",
	'ß': "ss", 'œ': "oe", 'æ': "ae",
}

// fold lower-cases s and strips its accents.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if a, ok := accents[r]; ok {
			b.WriteString(a)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// anchorsMatch reports how many anchors two wordings share, and whether
// that makes them one statement (the rule above).
func anchorsMatch(a, b map[string]bool) (int, bool) {
	small, big := a, b
	if len(b) < len(a) {
		small, big = b, a
	}
	shared, number := 0, false
	for k := range small {
		if big[k] {
			shared++
			number = number || k[0] == '#'
		}
	}
	switch {
	case shared >= 2:
		return shared, 2*shared >= len(small)
	case shared == 1:
		return shared, number && len(small) <= 2 || len(big) <= 2
	}
	return 0, false
}

// crossGroup is a group of wordings read for a match across languages.
type crossGroup struct {
	speaker int
	langs   map[string]bool
	anchors []map[string]bool // per wording
}

// acrossLanguages joins the groups that report one statement in
// different languages, by the rule above; groups keep their order, a
// joined group the place of its first part.
func acrossLanguages(groups [][]member, arts []*parallax.Article) [][]member {
	if !manyLanguages(arts) {
		return groups
	}
	cg := make([]crossGroup, len(groups))
	for i, g := range groups {
		cg[i] = crossGroup{speaker: groupSpeaker(g), langs: map[string]bool{}}
		for _, m := range g {
			if l := arts[m.ai].Language; l != "" {
				cg[i].langs[l] = true
			}
			if cg[i].speaker >= 0 {
				cg[i].anchors = append(cg[i].anchors, anchors(m.q.Text))
			}
		}
	}
	best := bestAcross(cg)
	parent := make([]int, len(groups))
	for i := range parent {
		parent[i] = i
	}
	for i, j := range best {
		if j < 0 || best[j] != i || i > j {
			continue
		}
		parent[j] = i // each group has one best, so no chains form
	}
	out := make([][]member, 0, len(groups))
	at := make([]int, len(groups))
	for i, g := range groups {
		if parent[i] != i {
			out[at[parent[i]]] = append(out[at[parent[i]]], g...)
			continue
		}
		at[i] = len(out)
		out = append(out, g)
	}
	return out
}

// bestAcross returns, for each group, the one group in other languages
// with the same speaker that it matches best; -1 when none, or when two
// match equally well.
func bestAcross(cg []crossGroup) []int {
	best := make([]int, len(cg))
	score := make([]int, len(cg))
	tied := make([]bool, len(cg))
	for i := range best {
		best[i] = -1
	}
	bySpeaker := map[int][]int{}
	for i, g := range cg {
		if g.speaker >= 0 && len(g.langs) > 0 {
			bySpeaker[g.speaker] = append(bySpeaker[g.speaker], i)
		}
	}
	offer := func(i, j, s int) {
		switch {
		case s > score[i]:
			best[i], score[i], tied[i] = j, s, false
		case s == score[i]:
			tied[i] = true
		}
	}
	for _, idx := range bySpeaker {
		for x, i := range idx {
			for _, j := range idx[x+1:] {
				if overlaps(cg[i].langs, cg[j].langs) {
					continue
				}
				if s := groupsMatch(cg[i], cg[j]); s > 0 {
					offer(i, j, s)
					offer(j, i, s)
				}
			}
		}
	}
	for i := range best {
		if tied[i] {
			best[i] = -1
		}
	}
	return best
}

// groupsMatch returns the most anchors a wording of one group shares
// with a wording of the other when that makes them one statement, else 0.
func groupsMatch(a, b crossGroup) int {
	best := 0
	for _, x := range a.anchors {
		for _, y := range b.anchors {
			if s, ok := anchorsMatch(x, y); ok && s > best {
				best = s
			}
		}
	}
	return best
}

// overlaps reports whether two language sets share a language.
func overlaps(a, b map[string]bool) bool {
	for l := range a {
		if b[l] {
			return true
		}
	}
	return false
}

// manyLanguages reports whether the articles are in two languages or more.
func manyLanguages(arts []*parallax.Article) bool {
	first := ""
	for _, a := range arts {
		switch {
		case a.Language == "":
		case first == "":
			first = a.Language
		case a.Language != first:
			return true
		}
	}
	return false
}
