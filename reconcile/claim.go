package reconcile

import (
	"slices"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// A claim here is a predicate some source negates ("not binding",
// "non-binding") and another asserts ("the binding resolution") about the
// same topic. Only predicates that some source negates are followed, and
// only plain words (not the generic verbs of reporting and moving that
// concepts group), so that a claim is never made of "said" or "leave".

// claimMention is one sentence's use of a predicate, with its polarity.
type claimMention struct {
	d       *doc
	sent    int
	w       word
	negated bool
	subject string // the word the predicate is said of; "" for a pronoun
	topic   vector // the sentence and the one before it, predicate left out
}

// claimFacts finds the predicates sources negate and assert about one
// topic.
func (st *story) claimFacts() []parallax.Fact {
	// First the predicates some source negates, then every use of them.
	negatedPred := map[string]bool{}
	for _, d := range st.docs {
		for _, sn := range d.sents {
			for i := range sn.words {
				if pred, neg, _, ok := claimAt(sn.words, i); ok && neg {
					negatedPred[pred] = true
				}
			}
		}
	}
	byPred := map[string][]claimMention{}
	for _, d := range st.docs {
		for s, sn := range d.sents {
			for i, w := range sn.words {
				if !negatedPred[w.norm] && !strings.HasPrefix(strings.ToLower(w.raw), "non-") {
					continue
				}
				if pred, neg, subj, ok := claimAt(sn.words, i); ok && negatedPred[pred] && (neg || !hypothetical(sn.words, i)) {
					byPred[pred] = append(byPred[pred], claimMention{d: d, sent: s, w: w, negated: neg, subject: subj})
				}
			}
		}
	}
	preds := make([]string, 0, len(negatedPred))
	for p := range negatedPred {
		preds = append(preds, p)
	}
	slices.Sort(preds)
	var out []parallax.Fact
	for _, p := range preds {
		ms := byPred[p]
		for k := range ms {
			ms[k].topic = st.topic(ms[k].d, ms[k].sent, p)
		}
		if f, ok := st.claim(p, ms); ok {
			out = append(out, f)
		}
	}
	return out
}

// claimAt reads word i of a sentence as the predicate of a claim when it
// stands in one of the forms a claim takes, and returns the predicate, its
// polarity and its subject:
//
//	negated:  AUX not|never [adverb|yet|be|been] PRED   ("is not legally binding", "will not resign")
//	          AUX-n't [adverb|be|been] PRED             ("won't be known")
//	          non-PRED                                  ("a non-binding resolution")
//	asserted: AUX [adverb|be|been] PRED                 ("is binding", "will resign")
//	          the|a|an PRED NOUN                        ("the binding resolution")
//
// where AUX is a copula or a modal. The subject is the word before AUX (the
// noun after an attributive predicate); "" for a pronoun, which may stand
// for anything.
func claimAt(ws []word, i int) (pred string, neg bool, subj string, ok bool) {
	w := ws[i]
	raw := strings.ToLower(w.raw)
	if rest, found := strings.CutPrefix(raw, "non-"); found {
		if i+1 < len(ws) && isContent(ws[i+1].norm) {
			subj = ws[i+1].norm
		}
		return stem(rest), true, subj, len(rest) >= 4
	}
	if w.capital || strings.HasPrefix(w.norm, "@") || !isContent(w.norm) || len(w.norm) < 4 {
		return "", false, "", false
	}
	k := i - 1
	for n := 0; n < 2 && k >= 0 && between(strings.ToLower(ws[k].raw)); n++ {
		k--
	}
	if k < 0 {
		return "", false, "", false
	}
	at := strings.ToLower(ws[k].raw)
	switch {
	case at == "not" || at == "never":
		if k == 0 || !auxiliary[strings.ToLower(ws[k-1].raw)] {
			return "", false, "", false
		}
		k--
		neg = true
	case negatedAux(at):
		neg = true
	case auxiliary[at]:
	case (at == "the" || at == "a" || at == "an") && k == i-1 && i+1 < len(ws) && isContent(ws[i+1].norm) && !ws[i+1].capital:
		return w.norm, false, ws[i+1].norm, true
	default:
		return "", false, "", false
	}
	if k > 0 {
		if s := strings.ToLower(ws[k-1].raw); !pronouns[s] && isContent(ws[k-1].norm) {
			subj = ws[k-1].norm
		}
	}
	return w.norm, neg, subj, true
}

// hypothetical reports whether the predicate at word i is only possible
// or asked, not asserted: "actions that could harm", "whether a project is
// likely to", "so that we can expect".
func hypothetical(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch strings.ToLower(ws[k].raw) {
		case "could", "may", "might", "can", "whether", "if", "unless":
			return true
		case "which", "who", "what", "how":
			// An indirect question: "to know which Americans have (not)
			// been vaccinated" asks, whichever way it is put.
			if k > 0 && askVerbs[strings.ToLower(ws[k-1].raw)] {
				return true
			}
		}
		if ws[k].comma != ws[i].comma {
			break
		}
	}
	return false
}

// askVerbs take an indirect question: "know which", "asked who".
var askVerbs = setOf(`know knows knew knowing ask asks asked asking learn learned determine determined wonder wondered check checked track tracking see find reveal revealed disclose disclosed show showed`)

// between reports whether a word may stand between an auxiliary and its
// predicate: an adverb, "yet", "be", "been".
func between(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") || w == "yet" || w == "be" || w == "been" || w == "being" || w == "already" || w == "still"
}

// negatedAux reports whether a word is an auxiliary with its negation:
// "wasn't", "won’t", "cannot".
func negatedAux(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	return strings.HasSuffix(w, "n't") || w == "cannot"
}

var auxiliary = setOf(`is are was were be been am will would shall should can could may might must do does did has have had remains remain`)

var pronouns = setOf(`it he she they we i you this that which who`)

// topic is what a claim is about: the content words of its sentence and
// the one before it (which often names what "it" is).
func (st *story) topic(d *doc, s int, pred string) vector {
	weights := map[string]float64{}
	for k := max(0, s-1); k <= s; k++ {
		for _, w := range d.sents[k].words {
			if !isContent(w.norm) || w.norm == pred || w.norm == "@say" {
				continue
			}
			wt := st.idf(w.norm)
			if k < s {
				wt /= 2
			}
			weights[w.norm] = max(weights[w.norm], wt)
		}
	}
	return st.vector(weights)
}

// minTopic is the least topic similarity for two sentences to make the
// same claim (sharing three content words; half of it will do for long
// sentences sharing five).
const minTopic = 0.35

// claim builds the fact of one predicate from the negated mentions and the
// mentions on the same topic in other sources. It needs two independent
// sources, and a disagreement needs both polarities in different sources.
func (st *story) claim(pred string, ms []claimMention) (parallax.Fact, bool) {
	// A sentence holding both polarities is a contrast ("wasn't getting
	// attention for X, was getting attention for Y"), not a claim.
	pol := map[[2]int]int{}
	for _, m := range ms {
		k := [2]int{m.d.index, m.sent}
		if m.negated {
			pol[k] |= 1
		} else {
			pol[k] |= 2
		}
	}
	kept := ms[:0:0]
	for _, m := range ms {
		if pol[[2]int{m.d.index, m.sent}] != 3 {
			kept = append(kept, m)
		}
	}
	ms = kept
	var neg []claimMention
	for _, m := range ms {
		if m.negated {
			neg = append(neg, m)
		}
	}
	var picked []claimMention
	for _, m := range ms {
		for _, n := range neg {
			if m.d == n.d && m.sent == n.sent {
				picked = append(picked, m)
				break
			}
			sameSubject := m.subject == "" || n.subject == "" || m.subject == n.subject
			// An assertion conflicts only when its sentence as a whole reads
			// the other way: "I feel we weren't" and "I didn't feel we were"
			// say the same.
			opposite := m.negated || st.parity(m) != st.parity(n)
			cos, shared := m.topic.cosine(n.topic), st.sharedTopic(m, n)
			if sameSubject && opposite && (cos >= minTopic && shared >= 3 || cos >= minTopic/2 && shared >= 5 && st.named(m, n)) {
				picked = append(picked, m)
				break
			}
		}
	}
	groups, pos, negs := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, m := range picked {
		groups[m.d.group] = true
		if m.negated {
			negs[m.d.group] = true
		} else {
			pos[m.d.group] = true
		}
	}
	if len(groups) < 2 {
		return parallax.Fact{}, false
	}
	status := parallax.Agree
	differ := false
	for g := range pos {
		for h := range negs {
			if g != h {
				differ = true
			}
		}
	}
	if differ {
		status = parallax.Differ
	}
	f := parallax.Fact{Kind: parallax.FactClaim, Key: st.claimKey(picked), Status: status}
	quoted := 0
	for _, m := range picked {
		if inQuote(m.d.a.Text, m.w.start) {
			quoted++
		}
	}
	if quoted*2 > len(picked) {
		// Words in quote marks: the sources differ on what was said.
		f.Kind = parallax.FactQuote
	}
	for _, pol := range []bool{false, true} {
		v := parallax.FactValue{Value: picked[0].w.norm}
		if pol {
			v.Value = "not " + v.Value
		}
		srcs := map[string]bool{}
		for _, m := range picked {
			if m.negated != pol {
				continue
			}
			sp := m.d.sents[m.sent].span
			text := m.d.a.Text[sp.Start:sp.End]
			if v.Text == "" {
				v.Text = text
			}
			if !slices.Contains(v.Articles, m.d.a.ID) {
				v.Articles = append(v.Articles, m.d.a.ID)
			}
			v.Wordings = append(v.Wordings, parallax.Wording{Article: m.d.a.ID, Text: m.w.raw, Span: parallax.Span{Start: m.w.start, End: m.w.end}})
			srcs[m.d.group] = true
		}
		v.Sources = len(srcs)
		if v.Sources > 0 {
			f.Values = append(f.Values, v)
		}
	}
	slices.SortStableFunc(f.Values, func(a, b parallax.FactValue) int { return b.Sources - a.Sources })
	if differ {
		f.Note = "negated by some sources, asserted by others"
	}
	return f, true
}

// sharedTopic counts the content words two claim sentences share.
func (st *story) sharedTopic(a, b claimMention) int {
	return a.topic.shared(b.topic)
}

// claimKey names a claim by its predicate and the topic word its sentences
// share most.
func (st *story) claimKey(ms []claimMention) string {
	pred := strings.ToLower(ms[0].w.raw)
	pred = strings.TrimPrefix(pred, "non-")
	count := map[string]int{}
	for _, m := range ms {
		for _, id := range m.topic.ids {
			if t := st.words[id]; !strings.HasPrefix(t, "@") {
				count[t]++
			}
		}
	}
	best := ""
	for t, c := range count {
		if c > count[best] || c == count[best] && t < best {
			best = t
		}
	}
	if best == "" {
		return pred
	}
	return claimWord(ms, best) + ": " + pred
}

// claimWord returns how the claims' sentences write a topic word: "Arrieta".
func claimWord(ms []claimMention, norm string) string {
	for _, m := range ms {
		for _, w := range m.d.sents[m.sent].words {
			if w.norm == norm {
				if w.capital && w.pos > 0 {
					return w.raw
				}
				return strings.ToLower(w.raw)
			}
		}
	}
	return norm
}

// inQuote reports whether offset off of text lies between quote marks of
// its paragraph.
func inQuote(text string, off int) bool {
	off = min(max(off, 0), len(text))
	start := strings.LastIndex(text[:off], "\n\n") + 1
	para := text[start:off]
	straight := strings.Count(para, "\"")
	open := strings.Count(para, "“") + strings.Count(para, "«")
	closed := strings.Count(para, "”") + strings.Count(para, "»")
	return straight%2 == 1 || open > closed
}

// parity is whether a claim's sentence holds an odd number of negations.
func (st *story) parity(m claimMention) bool {
	n := 0
	for _, w := range m.d.sents[m.sent].words {
		raw := strings.ToLower(w.raw)
		if negations[raw] || negatedAux(raw) || strings.HasPrefix(raw, "non-") {
			n++
		}
	}
	return n%2 == 1
}

// named reports whether the subject one of two claims names ("Arrieta will
// resign") is named in the other's sentence too ("Arrieta told Atlas Press
// that he would not resign").
func (st *story) named(a, b claimMention) bool {
	if a.subject == "" {
		a, b = b, a
	}
	if a.subject == "" {
		return false
	}
	for _, w := range b.d.sents[b.sent].words {
		if w.norm == a.subject {
			return true
		}
	}
	return false
}
