package reconcile

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
)

// quoteFacts turns each statement several sources carry into a fact: agree
// when their wordings match once cuts and ellipses are set aside, differ
// when a word is changed ("completed" → "fulfilled") or a negation comes
// or goes. A translation is compared only for negation: its other words
// are the translator's.
func (st *story) quoteFacts(qs []parallax.StoryQuote) []parallax.Fact {
	var out []parallax.Fact
	for _, q := range qs {
		if len(q.Wordings) < 2 {
			continue
		}
		ws := slices.Clone(q.Wordings)
		groups := make([]string, len(ws))
		for i, w := range ws {
			groups[i] = st.wordingGroup(w)
		}
		f := parallax.Fact{Kind: parallax.FactQuote, Key: q.Speaker + ": " + clip(q.Text, 60)}
		f.Values = quoteValues(st, ws, groups)
		switch {
		case countGroups(groups) < 2:
			f.Status = parallax.Single
		default:
			f.Status = parallax.Agree
			if note, ok := st.changedWords(ws, groups); ok {
				f.Status, f.Note = parallax.Differ, note
			}
		}
		out = append(out, f)
	}
	return append(out, st.speakerFacts(qs)...)
}

// wordingGroup is the independent source of a wording: its article's,
// or the relayed outlet's when its sentence relays one ("told Atlas
// Press").
func (st *story) wordingGroup(w parallax.Wording) string {
	d := st.byID[w.Article]
	if d == nil {
		return w.Article
	}
	m := &mention{d: d, span: w.Span, sent: d.sentenceAt(w.Span.Start)}
	if m.sent < 0 {
		return d.group
	}
	st.source(m)
	return m.group
}

// quoteValues groups the wordings of a statement by their words.
func quoteValues(st *story, ws []parallax.Wording, groups []string) []parallax.FactValue {
	var out []parallax.FactValue
	idx := map[string]int{}
	var vg [][]string
	for i, w := range ws {
		key := strings.Join(quoteTokens(w.Text), " ")
		k, ok := idx[key]
		if !ok {
			k = len(out)
			idx[key] = k
			out = append(out, parallax.FactValue{Value: key, Text: w.Text})
			vg = append(vg, nil)
		}
		v := &out[k]
		if !slices.Contains(v.Articles, w.Article) {
			v.Articles = append(v.Articles, w.Article)
		}
		v.Wordings = append(v.Wordings, w)
		vg[k] = append(vg[k], groups[i])
	}
	for k := range out {
		out[k].Sources = countGroups(vg[k])
	}
	slices.SortStableFunc(out, func(a, b parallax.FactValue) int { return b.Sources - a.Sources })
	return out
}

// changedWords compares the wordings of different sources pairwise and
// describes the first changed words it finds.
func (st *story) changedWords(ws []parallax.Wording, groups []string) (string, bool) {
	direct := make([]bool, len(ws))
	for i, w := range ws {
		direct[i] = st.direct(w)
	}
	for i := range ws {
		for j := i + 1; j < len(ws); j++ {
			// Reported speech is the reporter's wording: only the words in
			// quote marks are compared.
			if groups[i] == groups[j] || !direct[i] || !direct[j] {
				continue
			}
			translated := st.translated(ws[i].Article) || st.translated(ws[j].Article)
			if sub, ok := substitution(quoteTokens(ws[i].Text), quoteTokens(ws[j].Text), translated); ok {
				return fmt.Sprintf("%s (%s) → %s (%s)", sub[0], st.outlet(ws[i].Article), sub[1], st.outlet(ws[j].Article)), true
			}
		}
	}
	return "", false
}

// direct reports whether a wording stands in quote marks in its article.
func (st *story) direct(w parallax.Wording) bool {
	d := st.byID[w.Article]
	if d == nil || w.Span.Start <= 0 || w.Span.Start >= w.Span.End || w.Span.End > len(d.a.Text) {
		return false
	}
	return inQuote(d.a.Text, w.Span.Start+1)
}

// translated reports whether an article is a translation or in another
// language than English: its wording of a statement is the translator's.
func (st *story) translated(id string) bool {
	d := st.byID[id]
	if d == nil {
		return false
	}
	_, ok := d.a.Extra["translated_from"]
	return ok || d.a.Language != "" && d.a.Language != "en"
}

func (st *story) outlet(id string) string {
	if d := st.byID[id]; d != nil {
		return d.a.Outlet
	}
	return id
}

// substitution aligns two wordings word by word (longest common
// subsequence) and returns the first run of words one replaces in the
// other between shared words: `"completed"`, `"fulfilled"`. A cut at
// either end or a dropped passage is not a substitution. Two wordings
// sharing little are paraphrases, compared only for negation; so are
// translations.
func substitution(a, b []string, translated bool) ([2]string, bool) {
	if len(a) == 0 || len(b) == 0 {
		return [2]string{}, false
	}
	if translated {
		// Only a negation that comes or goes, and only between wordings of
		// about the same length: a cut may drop a negation.
		long, short := max(len(a), len(b)), min(len(a), len(b))
		if negated(a) != negated(b) && float64(long) <= 1.5*float64(short) {
			return [2]string{quoted(a), quoted(b)}, true
		}
		return [2]string{}, false
	}
	pairs := lcs(a, b)
	if float64(len(pairs)) < 0.5*float64(min(len(a), len(b))) {
		return [2]string{}, false // a paraphrase: too little in common
	}
	// Compare the stretch both wordings cover, so that a cut is not a change.
	first, last := pairs[0], pairs[len(pairs)-1]
	if sa, sb := a[first[0]:last[0]+1], b[first[1]:last[1]+1]; negated(sa) != negated(sb) {
		return [2]string{quoted(sa), quoted(sb)}, true
	}
	var subs [][2]string
	for k := 1; k < len(pairs); k++ {
		p, q := pairs[k-1], pairs[k]
		if q[0]-p[0] > 1 && q[1]-p[1] > 1 {
			subs = append(subs, [2]string{quoted(a[p[0]+1 : q[0]]), quoted(b[p[1]+1 : q[1]])})
		}
	}
	if len(subs) == 0 || len(subs) > 2 {
		return [2]string{}, false // nothing changed, or a paraphrase
	}
	for _, sub := range subs {
		if meaningful(sub) {
			return sub, true
		}
	}
	return [2]string{}, false // "the" for "this", "I'm" for "I am": the same words
}

// meaningful reports whether a change of words may change what is said:
// a content word comes or goes, beyond contractions, function words,
// inflections ("want", "wanted") and numbers written in words ("11th",
// "eleventh"). Negations are set aside
// here: whether one comes or goes is decided over the whole wording, so
// that "I didn't feel we were" and "I feel we weren't" say the same.
func meaningful(sub [2]string) bool {
	norm := func(q string) string {
		var out []string
		for _, w := range strings.Fields(strings.Trim(q, `"`)) {
			w = contractions.Replace(w)
			for _, x := range strings.Fields(w) {
				if n, ok := numerals[x]; ok {
					x = n
				}
				x = ordinalDigits(x) // "31st", "31": one date
				if m, ok := monthAbbrev[x]; ok {
					x = m // "Aug." for "August"
				}
				if !stopwords[x] && !negations[x] && x != "there" {
					out = append(out, stem(x)) // "want", "wanted": one word
				}
			}
		}
		return strings.Join(out, " ")
	}
	a, b := norm(sub[0]), norm(sub[1])
	return a != b && !spelling(a, b) && !acronym(sub[0], sub[1]) && !acronym(sub[1], sub[0])
}

// ordinalDigits writes an ordinal in digits as its number: "31st" → "31".
func ordinalDigits(w string) string {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(w, suf); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			return n
		}
	}
	return w
}

// monthAbbrev spells out the abbreviated months: a quote's "Aug. 31" is
// another source's "August 31".
var monthAbbrev = map[string]string{"jan": "january", "feb": "february", "mar": "march", "apr": "april",
	"jun": "june", "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
	"nov": "november", "dec": "december"}

// acronym reports whether short is one word made of the initials of the
// words of long: "IE" and "Internet Explorer", "WHO" and "World Health
// Organization" (function words may be skipped: "Bank of England", "BoE").
func acronym(short, long string) bool {
	s := strings.Fields(strings.Trim(short, `"`))
	l := strings.Fields(strings.Trim(long, `"`))
	if len(s) != 1 || len(l) < 2 {
		return false
	}
	var all, content strings.Builder
	for _, w := range l {
		all.WriteByte(w[0])
		if !stopwords[w] {
			content.WriteByte(w[0])
		}
	}
	return len(s[0]) >= 2 && !stopwords[s[0]] && (s[0] == all.String() || s[0] == content.String())
}

var contractions = strings.NewReplacer("won't", "will", "can't", "can", "n't", "", "'m", " am", "'re", " are", "'s", " is",
	"'ve", " have", "'ll", " will", "'d", " would")

// numerals maps numbers written in words to digits.
var numerals = func() map[string]string {
	m := map[string]string{}
	cardinal := strings.Fields(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen
		fifteen sixteen seventeen eighteen nineteen twenty`)
	ordinal := strings.Fields(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
		thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth`)
	suffix := func(n int) string {
		switch {
		case n%10 == 1 && n != 11:
			return "st"
		case n%10 == 2 && n != 12:
			return "nd"
		case n%10 == 3 && n != 13:
			return "rd"
		}
		return "th"
	}
	for i := range cardinal {
		m[cardinal[i]] = strconv.Itoa(i + 1)
		m[ordinal[i]] = strconv.Itoa(i+1) + suffix(i+1)
	}
	return m
}()

// spelling reports whether two words are one word spelt two ways: a
// letter dropped ("neighbourhood", "neighborhood") or s for z
// ("organise", "organize").
func spelling(a, b string) bool {
	if strings.Contains(a, " ") || strings.Contains(b, " ") || min(len(a), len(b)) < 5 || !editDistance1(a, b) {
		return false
	}
	if len(a) != len(b) {
		return true
	}
	for i := range len(a) {
		if a[i] != b[i] {
			return a[i] == 's' && b[i] == 'z' || a[i] == 'z' && b[i] == 's'
		}
	}
	return true
}

// lcs returns the index pairs of a longest common subsequence of a and b.
func lcs(a, b []string) [][2]int {
	n, m := len(a), len(b)
	t := make([][]int, n+1)
	for i := range t {
		t[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			out = append(out, [2]int{i, j})
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}

// negated reports whether a wording holds an odd number of negations.
func negated(ws []string) bool {
	n := 0
	for _, w := range ws {
		if negations[w] || quoteNegations[w] || strings.HasSuffix(w, "n't") {
			n++
		}
	}
	return n%2 == 1
}

// quoteNegations are negations of the languages quotes are translated
// from, so that a translation keeps its polarity.
var quoteNegations = setOf(`pas jamais nicht kein keine nie nunca`)

// quoteTokens lower-cases a wording and splits it into words, dropping
// punctuation and ellipses.
// Curly apostrophes are read as straight ones, and an apostrophe that
// opens or closes a token is a quote mark ("'locked down'"), not a letter.
//
// Words in square brackets are the editor's, not the speaker's ("strengthen
// [the Act]", "[Chinese] President Xi"): they are left out.
func quoteTokens(s string) []string {
	s = bracketRe.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(strings.ToLower(s), "’", "'")
	toks := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	out := toks[:0]
	for _, t := range toks {
		if t = strings.Trim(t, "'"); t != "" {
			out = append(out, t)
		}
	}
	return unrepeated(out)
}

// unrepeated drops a run of words said twice in a row ("we will not, we
// will not stand by"): speakers repeat themselves for emphasis, and an
// outlet that keeps one of them changes nothing of what was said.
func unrepeated(ws []string) []string {
	for n := 4; n >= 1; n-- {
		for i := 0; i+2*n <= len(ws); i++ {
			if slices.Equal(ws[i:i+n], ws[i+n:i+2*n]) {
				ws = append(ws[:i+n], ws[i+2*n:]...)
				i--
			}
		}
	}
	return ws
}

// bracketRe finds an editor's insertion in a quote.
var bracketRe = regexp.MustCompile(`\[[^\[\]]*\]`)

func quoted(ws []string) string { return `"` + strings.Join(ws, " ") + `"` }

// clip shortens s to about n bytes at a word boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n], ' '); i > 0 {
		return s[:i] + "…"
	}
	return s[:n] + "…"
}

// speakerFacts finds the words different sources put in different mouths:
// two statements grouped under different speakers whose direct wordings
// are the same words (at least four, nearly all shared). Each is a quote
// fact that differs on who said it.
func (st *story) speakerFacts(qs []parallax.StoryQuote) []parallax.Fact {
	type direct struct {
		q     int
		w     parallax.Wording
		toks  []string
		group string
	}
	var ds []direct
	byShingle := map[string][]int{}
	for qi, q := range qs {
		if q.Speaker == "" || q.Speaker == parallax.UnknownSpeaker {
			continue
		}
		for _, w := range st.directParts(q.Wordings) {
			toks := quoteTokens(w.Text)
			if len(toks) < 4 {
				continue
			}
			k := len(ds)
			ds = append(ds, direct{q: qi, w: w, toks: toks, group: st.wordingGroup(w)})
			for i := 0; i+3 <= len(toks); i++ {
				sh := strings.Join(toks[i:i+3], " ")
				if l := byShingle[sh]; len(l) == 0 || l[len(l)-1] != k {
					byShingle[sh] = append(byShingle[sh], k)
				}
			}
		}
	}
	done := map[[2]int]bool{}
	var out []parallax.Fact
	for i, a := range ds {
		seen := map[int]bool{}
		for k := 0; k+3 <= len(a.toks); k++ {
			for _, j := range byShingle[strings.Join(a.toks[k:k+3], " ")] {
				b := ds[j]
				pair := [2]int{min(a.q, b.q), max(a.q, b.q)}
				if j <= i || seen[j] || done[pair] || a.group == b.group || !differentPeople(qs[a.q].Speaker, qs[b.q].Speaker) {
					continue
				}
				seen[j] = true
				if n := len(lcs(a.toks, b.toks)); float64(n) < 0.8*float64(min(len(a.toks), len(b.toks))) {
					continue
				}
				if sharedContent(a.toks, b.toks) < 3 || !st.surelyOthers(qs[a.q].Speaker, qs[b.q].Speaker, a.w, b.w) {
					continue
				}
				done[pair] = true
				out = st.mergeSpeakerFact(out, st.speakerFact(qs[a.q], qs[b.q], a.w, b.w))
			}
		}
	}
	return out
}

// directParts returns the words in quote marks of wordings: a wording in
// quote marks whole, or the quoted stretches of reported speech ("thanked
// Veltrava for \"eleven years of solidarity\"").
func (st *story) directParts(ws []parallax.Wording) []parallax.Wording {
	var out []parallax.Wording
	for _, w := range ws {
		if st.direct(w) {
			out = append(out, w)
			continue
		}
		if w.Span.End-w.Span.Start != len(w.Text) {
			continue // the text is not the span's: offsets would be wrong
		}
		for _, loc := range quotedRe.FindAllStringSubmatchIndex(w.Text, -1) {
			i, j := loc[2], loc[3]
			out = append(out, parallax.Wording{Article: w.Article, Text: w.Text[i:j],
				Span: parallax.Span{Start: w.Span.Start + i, End: w.Span.Start + j}})
		}
	}
	return out
}

// quotedRe finds a stretch in quote marks.
var quotedRe = regexp.MustCompile(`["“«]\s*([^"“”«»]+?)\s*["”»]`)

// mergeSpeakerFact adds a who-said fact, or joins it to one already found
// that shares a speaker and a wording: words put in three mouths are one
// finding, not three.
func (st *story) mergeSpeakerFact(fs []parallax.Fact, f parallax.Fact) []parallax.Fact {
	for i := range fs {
		shared := false
		for _, v := range f.Values {
			for _, u := range fs[i].Values {
				shared = shared || v.Value == u.Value && v.Wordings[0] == u.Wordings[0]
			}
		}
		if !shared {
			continue
		}
		for _, v := range f.Values {
			if !slices.ContainsFunc(fs[i].Values, func(u parallax.FactValue) bool { return u.Value == v.Value }) {
				fs[i].Values = append(fs[i].Values, v)
				fs[i].Note += fmt.Sprintf(", and to %s (%s)", v.Value, st.outlet(v.Wordings[0].Article))
			}
		}
		return fs
	}
	return append(fs, f)
}

// differentPeople reports whether two speakers are surely different
// people: one named in full, the other named or one person by office,
// sharing no name ("W. Mark Felt" and "Mark Felt", "Tara Reid" and "Reid's
// rep", "Hefner" and "Heffner" are one). A role or an institution
// ("police", "a statement", "Authorities") may be anyone's channel.
func differentPeople(a, b string) bool {
	if pressName(a) || pressName(b) {
		return false // an outlet relays; it is no one's mouth
	}
	if documentName(a) || documentName(b) {
		return false // "updated guidance", "the report": someone's words in writing
	}
	na, nb := nameTokens(a), nameTokens(b)
	if len(na) < len(nb) {
		a, b, na, nb = b, a, nb, na
	}
	switch {
	case len(na) < 2:
		return false // neither is named in full
	case len(nb) == 0:
		return person(b) // "a spokesman for the prime minister", not "police"
	}
	for _, x := range na {
		for _, y := range nb {
			if x == y || len(x) >= 4 && len(y) >= 4 && editDistance1(x, y) {
				return false
			}
		}
	}
	return true
}

// nameTokens returns the capitalised words of a speaker, folded: "A.J."
// → "aj"; "Reid's" → "reid".
func nameTokens(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.ToLower(strings.ReplaceAll(w, ".", ""))
		if w != "" && !titles[w] && !stopwords[w] && !roles[w] {
			out = append(out, w)
		}
	}
	return out
}

// pressName reports whether a speaker reads as an outlet: "Anchorage
// Daily News", "the Sierra Post".
func pressName(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 0 && pressWords[strings.Trim(f[len(f)-1], ".,")]
}

// documentName reports whether a speaker reads as a document: "Updated
// CDC guidance", "the agency's report". A document carries its authors'
// words, and another source may quote them from the author's mouth.
func documentName(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 0 && documentWords[strings.Trim(f[len(f)-1], ".,")]
}

var documentWords = setOf(`guidance guidelines statement report order memo document letter study filing complaint lawsuit ruling release data figures survey poll proposal bill`)

var pressWords = setOf(`news times post herald journal tribune telegraph gazette daily magazine radio television tv press agency wire`)

// person reports whether an unnamed speaker is one person: "a spokesman
// for the prime minister", not "police" or "a statement".
func person(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if persons[w] {
			return true
		}
	}
	return false
}

var persons = setOf(`spokesman spokeswoman spokesperson minister president premier chancellor aide adviser secretary ambassador mayor governor`)

// roles are capitalised words of a speaker that name no one: "Authorities".
var roles = setOf(`authorities officials police gov governor sen rep secretary minister spokesman spokeswoman`)

// editDistance1 reports whether two words differ by at most one letter
// added, dropped or changed.
func editDistance1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+min(1, len(a)-i):] == b[i+min(1, len(b)-i):]
	}
	return a[i:] == b[i+1:]
}

// speakerFact is the fact that two sources attribute the same words to
// different speakers.
func (st *story) speakerFact(qa, qb parallax.StoryQuote, wa, wb parallax.Wording) parallax.Fact {
	f := parallax.Fact{Kind: parallax.FactQuote, Status: parallax.Differ,
		Key: "who said " + strconv.Quote(clip(shorter(wa.Text, wb.Text), 60))}
	for _, p := range []struct {
		q parallax.StoryQuote
		w parallax.Wording
	}{{qa, wa}, {qb, wb}} {
		f.Values = append(f.Values, parallax.FactValue{Value: p.q.Speaker, Text: p.w.Text, Articles: []string{p.w.Article},
			Wordings: []parallax.Wording{p.w}, Sources: 1, Attributed: p.q.Speaker})
	}
	f.Note = fmt.Sprintf("the same words attributed to %s (%s) and to %s (%s)",
		qa.Speaker, st.outlet(wa.Article), qb.Speaker, st.outlet(wb.Article))
	return f
}

func shorter(a, b string) string {
	if len(b) < len(a) {
		return b
	}
	return a
}
