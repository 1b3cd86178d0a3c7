package reconcile

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

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
		f := parallax.Fact{Kind: parallax.FactQuote, Key: "quote: " + q.Speaker + ": " + clip(q.Text, 60)}
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
	return subs[0], true
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
func quoteTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

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
		for _, w := range q.Wordings {
			toks := quoteTokens(w.Text)
			if len(toks) < 4 || !st.direct(w) {
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
				if j <= i || seen[j] || done[pair] || a.group == b.group || qs[a.q].Speaker == qs[b.q].Speaker {
					continue
				}
				seen[j] = true
				if n := len(lcs(a.toks, b.toks)); float64(n) < 0.8*float64(min(len(a.toks), len(b.toks))) {
					continue
				}
				done[pair] = true
				out = append(out, st.speakerFact(qs[a.q], qs[b.q], a.w, b.w))
			}
		}
	}
	return out
}

// speakerFact is the fact that two sources attribute the same words to
// different speakers.
func (st *story) speakerFact(qa, qb parallax.StoryQuote, wa, wb parallax.Wording) parallax.Fact {
	f := parallax.Fact{Kind: parallax.FactQuote, Status: parallax.Differ,
		Key: "quote: who said " + strconv.Quote(clip(shorter(wa.Text, wb.Text), 60))}
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
