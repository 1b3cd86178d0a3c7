package reconcile

import (
	"cmp"
	"math"
	"slices"
	"sort"

	parallax "github.com/parallax-news/parallax"
)

// Story lines up what the articles of story s report and fills in
// s.Facts, s.Unique and s.Coverage. articles are the story's articles
// with their analysis (Quantities, Times, Entities, Quotes, Sentences,
// DuplicateOf, Outlet, Published); s.Quotes and s.Speakers may already be
// filled by quote.Group (use them for quote facts when present).
//
// Story is a pure function of its inputs: the same story and articles, in
// any order, give the same facts in the same order.
func Story(s *parallax.Story, articles []*parallax.Article) {
	st := newStory(articles)
	var facts []parallax.Fact
	facts = append(facts, st.quantityFacts()...)
	facts = append(facts, st.dateFacts()...)
	quotes := st.quoteFacts(s.Quotes)
	facts = append(facts, quotes...)
	facts = append(facts, without(st.claimFacts(), quotes)...)
	facts = append(facts, st.stanceFacts()...)
	sortFacts(facts)
	s.Facts = facts
	s.Unique = st.unique(facts)
	s.Coverage = st.coverage(facts, s.Unique)
}

// story is the reconciler's view of one story: its articles in a canonical
// order, their sentences tokenised, and the word statistics of the story.
type story struct {
	docs        []*doc
	byID        map[string]*doc
	outlets     map[string]*doc // outlet name (folded) → its first article
	df          map[string]int  // sentences of the story containing each word
	nsent       int
	ids         map[string]int32 // interned context words
	outletNames []string         // the outlets' names, folded
	words       []string         // by id
}

// doc is one article with what the reconciler derives from it.
type doc struct {
	index  int // position in the story's canonical order
	a      *parallax.Article
	group  string // its independent source: the root of its copy chain
	sents  []sent
	relays map[int]string // sentence → the source it relays, once found
}

// sent is one sentence of an article, tokenised.
type sent struct {
	span  parallax.Span
	words []word
}

func newStory(articles []*parallax.Article) *story {
	as := slices.DeleteFunc(slices.Clone(articles), func(a *parallax.Article) bool { return a == nil })
	slices.SortFunc(as, func(a, b *parallax.Article) int {
		if c := a.Published.Compare(b.Published); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	st := &story{byID: map[string]*doc{}, outlets: map[string]*doc{}, df: map[string]int{}, ids: map[string]int32{}}
	for _, a := range as {
		if st.byID[a.ID] != nil {
			continue
		}
		d := &doc{a: a, index: len(st.docs)}
		st.docs = append(st.docs, d)
		st.byID[a.ID] = d
		if k := fold(a.Outlet); k != "" && st.outlets[k] == nil {
			st.outlets[k] = d
		}
	}
	for _, d := range st.docs {
		if f := fold(d.a.Outlet); f != "" && !slices.Contains(st.outletNames, f) {
			st.outletNames = append(st.outletNames, f)
		}
	}
	for _, d := range st.docs {
		d.group = st.root(d.a)
		d.sents = tokenise(d.a)
		for _, s := range d.sents {
			seen := map[string]bool{}
			for _, w := range s.words {
				if !seen[w.norm] {
					seen[w.norm] = true
					st.df[w.norm]++
				}
			}
			st.nsent++
		}
	}
	return st
}

// root follows a's DuplicateOf chain to the text it copies: copies of one
// text are one source.
func (st *story) root(a *parallax.Article) string {
	id, dup := a.ID, a.DuplicateOf
	for n := 0; dup != "" && n < 32; n++ { // a bound, in case of a cycle
		id = dup
		d := st.byID[id]
		if d == nil {
			break // the original is outside the story: still one source
		}
		dup = d.a.DuplicateOf
	}
	return id
}

// tokenise splits a's text into its sentences' words; an article without
// sentence spans is read as one sentence.
func tokenise(a *parallax.Article) []sent {
	spans := a.Sentences
	if len(spans) == 0 {
		spans = []parallax.Span{{Start: 0, End: len(a.Text)}}
	}
	out := make([]sent, 0, len(spans))
	for _, sp := range spans {
		sp.Start, sp.End = max(sp.Start, 0), min(sp.End, len(a.Text))
		if sp.Start >= sp.End {
			continue
		}
		out = append(out, sent{span: sp, words: words(a.Text, sp.Start, sp.End)})
	}
	return out
}

// sentenceAt returns the index of the sentence of d holding offset off, or
// -1.
func (d *doc) sentenceAt(off int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].span.End > off })
	if i < len(d.sents) && d.sents[i].span.Start <= off {
		return i
	}
	return -1
}

// idf weighs a word by how rare it is among the story's sentences: the
// story's own vocabulary ("Kessaria" in a story about Kessaria) says little
// about which figure is which.
func (st *story) idf(norm string) float64 {
	return math.Log(1 + float64(st.nsent)/float64(1+st.df[norm]))
}

// countGroups counts the independent sources among the given groups.
func countGroups(groups []string) int {
	seen := map[string]bool{}
	for _, g := range groups {
		seen[g] = true
	}
	return len(seen)
}

// sortFacts orders facts for a reader: disagreements first, then what the
// sources agree on, then single-source facts; within each, the facts with
// the most sources first.
func sortFacts(fs []parallax.Fact) {
	rank := map[string]int{parallax.Differ: 0, parallax.Agree: 1, parallax.Single: 2}
	slices.SortStableFunc(fs, func(a, b parallax.Fact) int {
		if c := cmp.Compare(rank[a.Status], rank[b.Status]); c != 0 {
			return c
		}
		if c := cmp.Compare(factSources(b), factSources(a)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
}

// factSources is the number of independent sources behind a fact.
func factSources(f parallax.Fact) int {
	n := 0
	for _, v := range f.Values {
		n += v.Sources
	}
	return n
}

// without drops the facts of fs whose wordings all lie within the wordings
// of facts of other: a negation found inside a statement already compared
// as a quote is the same finding.
func without(fs, other []parallax.Fact) []parallax.Fact {
	out := fs[:0]
	for _, f := range fs {
		if !covered(f, other) {
			out = append(out, f)
		}
	}
	return out
}

func covered(f parallax.Fact, other []parallax.Fact) bool {
	for _, v := range f.Values {
		for _, w := range v.Wordings {
			if !within(w, other) {
				return false
			}
		}
	}
	return true
}

func within(w parallax.Wording, fs []parallax.Fact) bool {
	for _, f := range fs {
		for _, v := range f.Values {
			for _, o := range v.Wordings {
				if o.Article == w.Article && o.Span.Start <= w.Span.Start && w.Span.End <= o.Span.End {
					return true
				}
			}
		}
	}
	return false
}
