package reconcile

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// fact turns a group of aligned mentions into a fact with its verdict. It
// returns false for a group not worth a fact: one article's figure of a
// kind that says little on its own (a duration).
func (st *story) fact(kind string, g []*mention, compatible compatFunc) (parallax.Fact, bool) {
	f := parallax.Fact{Kind: kind, Key: st.key(g)}
	groups := make([]string, len(g))
	for i, m := range g {
		groups[i] = m.group
	}
	n := countGroups(groups)
	if n == 1 && len(g) == 1 && g[0].bucket == "duration" {
		return f, false
	}
	f.Values = values(g)
	var notes []string
	switch {
	case n == 1:
		f.Status = parallax.Single
	default:
		f.Status = parallax.Agree
		if a, b, ok := conflict(g, compatible); ok {
			f.Status = parallax.Differ
			notes = append(notes, differNote(a, b))
		} else if tol := tolerances(g); tol != "" {
			notes = append(notes, "compatible within the stated approximation: "+tol)
		}
	}
	notes = append(notes, relayNotes(g)...)
	f.Note = strings.Join(notes, "; ")
	return f, true
}

// conflict returns two mentions of different sources whose values cannot
// both be true, preferring the pair that is most alike in context.
func conflict(g []*mention, compatible compatFunc) (*mention, *mention, bool) {
	var a, b *mention
	best := -1.0
	for i, x := range g {
		for _, y := range g[i+1:] {
			if x.group == y.group || compatible(x, y) {
				continue
			}
			if s := x.vec.cosine(y.vec); s > best {
				a, b, best = x, y, s
			}
		}
	}
	return a, b, a != nil
}

// differNote says which two values disagree and which tolerance did not
// cover them.
func differNote(a, b *mention) string {
	if revision(a, b) {
		if b.d.a.Published.Before(a.d.a.Published) {
			a, b = b, a
		}
		return fmt.Sprintf("revised: %s (%s, %s) → %s (%s, %s)", a.label, a.d.a.Outlet, a.d.a.Published.Format("2006-01-02"),
			b.label, b.d.a.Outlet, b.d.a.Published.Format("2006-01-02"))
	}
	note := fmt.Sprintf("%s (%s) vs %s (%s)", a.label, a.d.a.Outlet, b.label, b.d.a.Outlet)
	if gap := a.gap(b); gap != "" {
		return gap + ": " + note
	}
	for _, m := range []*mention{a, b} {
		if m.tol != "" {
			note += "; " + m.tol
		}
	}
	return note
}

// gap describes a difference of dates: "one day apart".
func (m *mention) gap(o *mention) string {
	if m.bucket == "" || !strings.HasPrefix(m.bucket, "date") {
		return ""
	}
	switch d := int(o.low - m.low); {
	case d == 1 || d == -1:
		return "one day apart (a minor difference)"
	case d != 0:
		return fmt.Sprintf("%d days apart", max(d, -d))
	}
	return ""
}

// tolerances lists the approximations that made figures compatible.
func tolerances(g []*mention) string {
	var ts []string
	exact := false
	for _, m := range g {
		if m.tol == "" {
			exact = true
		} else if !slices.Contains(ts, m.tol) {
			ts = append(ts, m.tol)
		}
	}
	if len(ts) == 0 || !exact && len(ts) < 2 {
		return ""
	}
	return strings.Join(ts, ", ") + " (half the rounding step, at most 5%)"
}

// relayNotes say which articles relay which source.
func relayNotes(g []*mention) []string {
	var notes []string
	for _, m := range g {
		if m.via == "" {
			continue
		}
		n := fmt.Sprintf("%s relays %s", m.d.a.Outlet, m.via)
		if !slices.Contains(notes, n) {
			notes = append(notes, n)
		}
	}
	return notes
}

// values groups the mentions of a fact by value, most sources first.
func values(g []*mention) []parallax.FactValue {
	var labels []string
	by := map[string][]*mention{}
	for _, m := range g {
		if by[m.label] == nil {
			labels = append(labels, m.label)
		}
		by[m.label] = append(by[m.label], m)
	}
	out := make([]parallax.FactValue, 0, len(labels))
	for _, l := range labels {
		ms := by[l]
		v := parallax.FactValue{Value: l, Text: ms[0].text}
		var groups []string
		for i, m := range ms {
			if !slices.Contains(v.Articles, m.d.a.ID) {
				v.Articles = append(v.Articles, m.d.a.ID)
			}
			v.Wordings = append(v.Wordings, parallax.Wording{Article: m.d.a.ID, Text: m.text, Span: m.span})
			groups = append(groups, m.group)
			if i == 0 {
				v.Attributed, v.Via = m.by, m.via
			} else {
				v.Attributed = common(v.Attributed, m.by)
				v.Via = common(v.Via, m.via)
			}
		}
		v.Sources = countGroups(groups)
		out = append(out, v)
	}
	slices.SortStableFunc(out, func(a, b parallax.FactValue) int {
		return cmp.Compare(b.Sources, a.Sources)
	})
	return out
}

// common keeps a value's attribution or relay only when all its sources
// share it.
func common(a, b string) string {
	if a == b {
		return a
	}
	return ""
}

// key names a fact readably from what is counted and the words its
// sources share most, each as its sentence writes it with the word that
// qualifies it: "troops — first contingent, Camp Halvard".
func (st *story) key(g []*mention) string {
	head := ""
	for _, m := range g {
		if m.counted != "" {
			head = strings.ToLower(m.counted)
			break
		}
	}
	if head == "" {
		head = g[0].bucket
	}
	sum := map[string]float64{}
	for _, m := range g {
		for i, id := range m.vec.ids {
			if t := st.words[id]; t != "@say" && !hedges[t] {
				sum[t] += m.vec.w[i]
			}
		}
	}
	terms := make([]string, 0, len(sum))
	for t := range sum {
		terms = append(terms, t)
	}
	slices.SortFunc(terms, func(a, b string) int {
		if c := cmp.Compare(sum[b], sum[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	var shown []string
	for _, t := range terms {
		if len(shown) == 2 {
			break
		}
		w := phrase(g, t, head)
		if w == "" || stem(strings.ToLower(w)) == stem(head) || containsPhrase(shown, w) {
			continue
		}
		shown = append(shown, w)
	}
	if len(shown) == 0 {
		return head
	}
	return head + " — " + strings.Join(shown, ", ")
}

// hedges qualify a figure's value, not what it measures.
var hedges = setOf(`roughly nearly almost around approximately estimat least some about`)

// containsPhrase reports whether a phrase is already shown, or holds one
// that is.
func containsPhrase(shown []string, p string) bool {
	for i, s := range shown {
		if strings.Contains(s, p) {
			return true
		}
		if strings.Contains(p, s) {
			shown[i] = p
			return true
		}
	}
	return false
}

// phrase returns how the first mention with a context word writes it,
// with what qualifies it: a name whole ("Camp Halvard"), a noun with its
// modifier ("first contingent").
func phrase(g []*mention, norm, head string) string {
	for _, m := range g {
		ws := m.d.sents[m.sent].words
		for i, w := range ws {
			if w.norm != norm {
				continue
			}
			if w.capital && w.pos > 0 {
				lo, hi := i, i
				for lo > 0 && ws[lo-1].capital && ws[lo-1].pos > 0 && ws[lo-1].comma == w.comma && i-lo < 2 && !stopwords[strings.ToLower(ws[lo-1].raw)] {
					lo--
				}
				for hi+1 < len(ws) && ws[hi+1].capital && ws[hi+1].comma == w.comma && hi-i < 2 {
					hi++
				}
				return m.d.a.Text[ws[lo].start:ws[hi].end]
			}
			out := strings.ToLower(w.raw)
			if i > 0 && ws[i-1].comma == w.comma && !ws[i-1].capital && isContent(ws[i-1].norm) && qualifier(ws[i-1]) && len(ws[i-1].raw) >= 4 && ws[i-1].norm != stem(head) {
				out = strings.ToLower(ws[i-1].raw) + " " + out
			}
			return out
		}
	}
	return ""
}

// qualifier reports whether a word may qualify the noun after it: an
// adjective or a noun, not a verb form.
func qualifier(w word) bool {
	r := strings.ToLower(w.raw)
	return (w.norm == "@first" || !strings.HasPrefix(w.norm, "@")) && !strings.HasSuffix(r, "ed") && !strings.HasSuffix(r, "ing") && !strings.HasSuffix(r, "ly")
}

// display returns how the first mention with a context word writes it.
func display(g []*mention, norm string) string {
	for _, m := range g {
		for _, w := range m.d.sents[m.sent].words {
			if w.norm == norm {
				if w.capital && w.pos > 0 {
					return w.raw
				}
				return strings.ToLower(w.raw)
			}
		}
	}
	return ""
}
