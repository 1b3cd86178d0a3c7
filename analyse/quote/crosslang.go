package quote

import (
	"slices"
	"strings"
	"unicode"

	parallax "github.com/parallax-news/parallax"
)

// Statements across languages. A French and an English article quoting
// the same minister share no stems, so Group's word overlap never lines
// them up. What survives a translation is kept as anchors: numbers
// ("5 000" and "5,000" are both 5000, "5,5" in French is 5.5), and long
// words read by their first letters without accents — the cognates that
// carry most statements across these languages ("Assemblée"/"Assembly",
// "défendu"/"defended", "conséquences"/"consequences").
//
// Some anchors say nothing about which statement a wording is: the
// speaker's own names, and the place and institution names that most of
// the story's articles write (a story about Kessaria has "Kessaria" in
// nearly every quote). Those are dropped before wordings are compared.
//
// Two groups of wordings become one statement when their speaker is the
// same known speaker, their articles are in different languages (no
// language on both sides, read by primary subtag: "en-GB" is "en"), and
// they share two anchors or more that make at least half of the smaller
// wording's anchors; a word's anchor also matches its cognate, spelt
// with one letter changed ("peuple"/"people"). One shared word, or one shared number, is not
// enough: a minister says "Kessaria" or "5,000" in many statements, and
// a missed merge costs less than two statements shown as one. Each must
// be the other's only best match among that speaker's statements, so a
// quote that could go to two statements goes to neither — unless those
// two are the same statement in a third language: wordings in three
// languages or more that all match one another, and nothing else as
// well, are one statement. Two statements
// of one language never meet here (the grouper kept them apart).

// anchorPrefix is how many letters of a word make its anchor, and the
// shortest word that gives one.
const anchorPrefix = 6

// anchors returns the anchors of a wording in the language lang, by key:
// "#" and the number for numbers, the folded first letters for words.
func anchors(text, lang string) map[string]bool {
	out := map[string]bool{}
	for _, f := range anchorFields(text, lang) {
		if k := anchorKey(f); k != "" {
			out[k] = true
		}
	}
	return out
}

// anchorKey returns the anchor of a field from anchorFields, "" when it
// is too short to tell statements apart.
func anchorKey(f string) string {
	r := []rune(f)
	switch {
	case f[0] == '#':
		return f
	case len(r) >= anchorPrefix:
		return fold(string(r[:anchorPrefix]))
	}
	return ""
}

// italianElisions are the Italian words written elided before a vowel
// ("dell'esercito"), beside the French elisions ("l'Assemblée", "qu'il").
// An English "'s" is no elision, so "Varela's" keeps its name.
var italianElisions = set("dell", "all", "nell", "sull", "dall", "un", "quest", "quell")

// anchorFields splits text into words and numbers: numbers come back
// read ("#5000", "#5.5"), words without an elided article before them
// ("l'Assemblée" → "Assemblée") or a possessive after them.
func anchorFields(text, lang string) []string {
	r := []rune(text)
	st := numberStyleOf(lang)
	var out []string
	for i := 0; i < len(r); {
		switch {
		case unicode.IsDigit(r[i]):
			n, j := st.read(r, i)
			out = append(out, "#"+n)
			i = j
		case unicode.IsLetter(r[i]):
			j := i
			for j < len(r) && (unicode.IsLetter(r[j]) || unicode.IsDigit(r[j]) || isApostrophe(r[j])) {
				j++
			}
			if w := bareWord(string(r[i:j])); w != "" {
				out = append(out, w)
			}
			i = j
		default:
			i++
		}
	}
	return out
}

// isApostrophe reports whether r is written as an apostrophe.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// bareWord drops an elided article before a word and a possessive after
// it.
func bareWord(w string) string {
	if i := strings.IndexAny(w, "'’"); i > 0 && (elisions[strings.ToLower(w[:i])+"'"] || italianElisions[strings.ToLower(w[:i])]) {
		w = w[i:]
	}
	w = strings.TrimLeft(w, "'’")
	for _, s := range []string{"'s", "’s", "'", "’"} {
		w = strings.TrimSuffix(w, s)
	}
	return w
}

// numberStyle is how a language writes numbers: the mark between groups
// of thousands and the decimal mark. English writes "5,000" and "5.5";
// French, Spanish and German "5 000" or "5.000" and "5,5".
type numberStyle struct{ thousands, decimal rune }

// numberStyleOf returns the number style of a language code.
func numberStyleOf(lang string) numberStyle {
	switch primaryLang(lang) {
	case "", "en":
		return numberStyle{thousands: ',', decimal: '.'}
	}
	return numberStyle{thousands: '.', decimal: ','}
}

// groupMark reports whether r separates groups of thousands: the
// style's mark, or a space (the French and the SI way).
func (st numberStyle) groupMark(r rune) bool {
	return r == st.thousands || r == ' ' || r == '\u00a0' || r == '\u202f'
}

// read reads the number written at r[i:]: digits, groups of three after
// a first group of three digits at most ("5 000", "12,500", not "2019,
// 300" nor "2019 300"), and decimals after the decimal mark. It returns
// the number with its groups joined and its decimals after a dot
// ("5000", "5.5"), and where it ends.
func (st numberStyle) read(r []rune, i int) (string, int) {
	j := digitsEnd(r, i)
	whole, first := string(r[i:j]), j-i
	for first <= 3 && j+4 <= len(r) && st.groupMark(r[j]) && digitsEnd(r, j+1) == j+4 {
		whole += string(r[j+1 : j+4])
		j += 4
	}
	if j+1 < len(r) && r[j] == st.decimal && unicode.IsDigit(r[j+1]) {
		e := digitsEnd(r, j+1)
		frac := strings.TrimRight(string(r[j+1:e]), "0")
		j = e
		if frac != "" {
			return whole + "." + frac, j
		}
	}
	return whole, j
}

// digitsEnd returns where the run of digits at r[i:] ends.
func digitsEnd(r []rune, i int) int {
	for i < len(r) && unicode.IsDigit(r[i]) {
		i++
	}
	return i
}

// primaryLang returns the primary subtag of a language code, in lower
// case: "en-GB" and "en_us" are "en".
func primaryLang(lang string) string {
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return strings.ToLower(strings.TrimSpace(lang))
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
	// Each anchor of the bigger side matches once: "people" and "peuple"
	// on one side do not both match one "people".
	used := map[string]bool{}
	keys := make([]string, 0, len(small))
	for k := range small {
		keys = append(keys, k)
	}
	slices.Sort(keys) // which cognate an anchor takes must not follow map order
	shared := 0
	for _, k := range keys {
		if big[k] && !used[k] {
			used[k] = true
			shared++
		}
	}
	for _, k := range keys {
		if big[k] {
			continue
		}
		if c := cognateIn(k, big, used); c != "" {
			used[c] = true
			shared++
		}
	}
	return shared, shared >= 2 && 2*shared >= len(small)
}

// cognateIn returns a cognate of a word anchor among anchors not yet
// used — one whose letters differ from it in one place only, as
// translations spell the same root ("peuple"/"people") — or "".
func cognateIn(k string, anchors, used map[string]bool) string {
	if k[0] == '#' {
		return "" // numbers match exactly or not at all
	}
	kr := []rune(k)
	cands := make([]string, 0, len(anchors))
	for a := range anchors {
		cands = append(cands, a)
	}
	slices.Sort(cands)
	for _, a := range cands {
		ar := []rune(a)
		if used[a] || a[0] == '#' || len(ar) != len(kr) {
			continue
		}
		diff := 0
		for i := range kr {
			if kr[i] != ar[i] {
				diff++
			}
		}
		if diff == 1 {
			return a
		}
	}
	return ""
}

// crossGroup is a group of wordings read for a match across languages.
type crossGroup struct {
	speaker int
	langs   map[string]bool
	anchors []map[string]bool // per wording, the uninformative ones dropped
}

// acrossLanguages joins the groups that report one statement in
// different languages, by the rule above; groups keep their order, a
// joined group the place of its first part.
func acrossLanguages(groups [][]member, arts []*parallax.Article) [][]member {
	if !manyLanguages(arts) {
		return groups
	}
	common := commonNames(arts)
	cg := make([]crossGroup, len(groups))
	for i, g := range groups {
		cg[i] = crossGroup{speaker: groupSpeaker(g), langs: map[string]bool{}}
		if cg[i].speaker < 0 {
			continue
		}
		own := speakerAnchors(g)
		for _, m := range g {
			lang := arts[m.ai].Language
			if l := primaryLang(lang); l != "" {
				cg[i].langs[l] = true
			}
			a := anchors(m.q.Text, lang)
			for k := range a {
				if common[k] || own[k] {
					delete(a, k)
				}
			}
			cg[i].anchors = append(cg[i].anchors, a)
		}
	}
	best, top := bestAcross(cg)
	var pairs [][2]int
	for i, j := range best {
		if j >= 0 && best[j] == i && i < j {
			pairs = append(pairs, [2]int{i, j})
		}
	}
	pairs = append(pairs, cliques(cg, top)...)
	return joinPairs(groups, pairs)
}

// cliques returns the pairs to join where a group's best matches tie but
// are one statement in every language: the group and its tied matches
// are all in different languages and all match one another, and none of
// them has a best match outside them ("about 1,500 advisers" in English,
// Italian and Portuguese).
func cliques(cg []crossGroup, top [][]int) [][2]int {
	var pairs [][2]int
	for i, t := range top {
		if len(t) < 2 {
			continue
		}
		members := append([]int{i}, t...)
		ok := true
		for x, a := range members {
			for _, b := range members[x+1:] {
				if overlaps(cg[a].langs, cg[b].langs) || groupsMatch(cg[a], cg[b]) == 0 {
					ok = false
				}
			}
			for _, c := range top[a] {
				if !slices.Contains(members, c) {
					ok = false
				}
			}
		}
		if ok {
			for _, j := range t {
				pairs = append(pairs, [2]int{i, j})
			}
		}
	}
	return pairs
}

// joinPairs joins the groups of each pair (and so of chains of pairs);
// groups keep their order, a joined group the place of its first part.
func joinPairs(groups [][]member, pairs [][2]int) [][]member {
	parent := make([]int, len(groups))
	for i := range parent {
		parent[i] = i
	}
	var root func(int) int
	root = func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	for _, p := range pairs {
		a, b := root(p[0]), root(p[1])
		if a > b {
			a, b = b, a
		}
		parent[b] = a
	}
	out := make([][]member, 0, len(groups))
	at := make([]int, len(groups))
	for i, g := range groups {
		if r := root(i); r != i {
			out[at[r]] = append(out[at[r]], g...)
			continue
		}
		at[i] = len(out)
		out = append(out, g)
	}
	return out
}

// speakerAnchors returns the anchors of the names the group's wordings
// give their speaker: "Varela" is in the speaker's statements in every
// language and tells none of them apart.
func speakerAnchors(g []member) map[string]bool {
	out := map[string]bool{}
	for _, m := range g {
		for _, w := range strings.Fields(m.q.Speaker) {
			if k := anchorKey(bareWord(strings.Trim(w, ".,;:"))); k != "" && k[0] != '#' {
				out[k] = true
			}
		}
	}
	return out
}

// commonNames returns the anchors of the names (words written with a
// capital) that occur in more than half of the articles: the story's
// places and institutions, which its statements in every language share.
func commonNames(arts []*parallax.Article) map[string]bool {
	count := map[string]int{}
	named := map[string]bool{}
	n := 0
	for _, a := range arts {
		if a.Text == "" {
			continue
		}
		n++
		for k, capital := range wordAnchors(a.Text, a.Language) {
			count[k]++
			named[k] = named[k] || capital
		}
	}
	out := map[string]bool{}
	for k, c := range count {
		if named[k] && 2*c > n {
			out[k] = true
		}
	}
	return out
}

// wordAnchors returns the word anchors of a text, each with whether the
// text writes it with a capital somewhere.
func wordAnchors(text, lang string) map[string]bool {
	out := map[string]bool{}
	for _, f := range anchorFields(text, lang) {
		if k := anchorKey(f); k != "" && k[0] != '#' {
			out[k] = out[k] || unicode.IsUpper([]rune(f)[0])
		}
	}
	return out
}

// bestAcross returns, for each group, the one group in other languages
// with the same speaker that it matches best; -1 when none, or when two
// match equally well. top lists, for each group, every group that
// matches it with the best score.
func bestAcross(cg []crossGroup) (best []int, top [][]int) {
	best = make([]int, len(cg))
	score := make([]int, len(cg))
	tied := make([]bool, len(cg))
	top = make([][]int, len(cg))
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
			top[i] = append(top[i][:0], j)
		case s == score[i]:
			tied[i] = true
			top[i] = append(top[i], j)
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
	return best, top
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

// manyLanguages reports whether the articles are in two languages or
// more, read by primary subtag.
func manyLanguages(arts []*parallax.Article) bool {
	first := ""
	for _, a := range arts {
		l := primaryLang(a.Language)
		switch {
		case l == "":
		case first == "":
			first = l
		case l != first:
			return true
		}
	}
	return false
}
