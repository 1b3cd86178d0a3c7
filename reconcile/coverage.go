package reconcile

import (
	"cmp"
	"slices"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// maxUnique bounds the unique details listed per article: the point is
// what stands out, not every sentence.
const maxUnique = 3

// unique lists the details only one outlet reports: the sentences of its
// single-source figures, in a story that has more than one source.
func (st *story) unique(facts []parallax.Fact) []parallax.Unique {
	groups := map[string]bool{}
	for _, d := range st.docs {
		groups[d.group] = true
	}
	if len(groups) < 2 {
		return nil
	}
	per := map[string]int{}
	seen := map[[2]int]bool{}
	var out []parallax.Unique
	for _, f := range facts {
		if f.Status != parallax.Single || f.Kind != parallax.FactQuantity || len(f.Values) == 0 || len(f.Values[0].Wordings) == 0 {
			continue
		}
		w := f.Values[0].Wordings[0]
		d := st.byID[w.Article]
		if d == nil || per[d.a.ID] >= maxUnique || f.Values[0].Via != "" {
			continue
		}
		s := d.sentenceAt(w.Span.Start)
		if s < 0 || seen[[2]int{st.index(d), s}] {
			continue
		}
		seen[[2]int{st.index(d), s}] = true
		sp := d.sents[s].span
		out = append(out, parallax.Unique{Article: d.a.ID, Text: strings.TrimSpace(d.a.Text[sp.Start:sp.End]), Span: sp})
		per[d.a.ID]++
	}
	slices.SortStableFunc(out, func(a, b parallax.Unique) int {
		if c := cmp.Compare(st.index(st.byID[a.Article]), st.index(st.byID[b.Article])); c != 0 {
			return c
		}
		return cmp.Compare(a.Span.Start, b.Span.Start)
	})
	return out
}

// index is the position of d in the story's canonical order.
func (st *story) index(d *doc) int {
	return d.index
}

// coverage sums up each outlet's part in the story: the multi-source facts
// it reports, its unique details, and the facts most other outlets report
// that it leaves out.
func (st *story) coverage(facts []parallax.Fact, uniq []parallax.Unique) []parallax.Coverage {
	var outlets []string
	arts := map[string][]string{}
	for _, d := range st.docs {
		o := d.a.Outlet
		if arts[o] == nil {
			outlets = append(outlets, o)
		}
		arts[o] = append(arts[o], d.a.ID)
	}
	slices.Sort(outlets)
	// Which outlets report each multi-source fact.
	var multi []map[string]bool
	var keys []string
	for _, f := range facts {
		if f.Status == parallax.Single {
			continue
		}
		by := map[string]bool{}
		for _, v := range f.Values {
			for _, id := range v.Articles {
				if d := st.byID[id]; d != nil {
					by[d.a.Outlet] = true
				}
			}
		}
		multi = append(multi, by)
		keys = append(keys, f.Key)
	}
	out := make([]parallax.Coverage, 0, len(outlets))
	for _, o := range outlets {
		c := parallax.Coverage{Outlet: o, Articles: arts[o]}
		for k, by := range multi {
			if by[o] {
				c.Facts++
			} else if others := len(by); others*2 > len(outlets)-1 && !slices.Contains(c.Missing, keys[k]) {
				c.Missing = append(c.Missing, keys[k])
			}
		}
		if len(multi) > 0 {
			c.Share = float64(c.Facts) / float64(len(multi))
		}
		for _, u := range uniq {
			if slices.Contains(arts[o], u.Article) {
				c.Unique++
			}
		}
		out = append(out, c)
	}
	return out
}
