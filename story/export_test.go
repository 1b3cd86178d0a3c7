package story

import (
	"fmt"
	"sort"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// DebugTerms lists the heaviest terms of the article with the given id.
func (x *Index) DebugTerms(id string, n int) string {
	i, ok := x.byID[id]
	if !ok {
		return ""
	}
	v := x.arts[i].Vec
	var parts []string
	for k, p := range v.heaviest(len(v.IDs)) {
		if k == n {
			break
		}
		t := x.vocab.terms[v.IDs[p]]
		parts = append(parts, fmt.Sprintf("%d:%s=%.2f", t.Kind, t.Text, v.W[p]))
	}
	return strings.Join(parts, " ")
}

// DebugCos is the cosine of two indexed articles' vectors.
func (x *Index) DebugCos(a, b string) float64 {
	return dot(x.arts[x.byID[a]].Vec, x.arts[x.byID[b]].Vec)
}

// Tuning knobs for the sweeps in tune_test.go.
var (
	HalfLife = &halfLife
	TitleTF  = &titleTF
	Boost    = &boost
	LinkMode = &linkMode
	SeedMargin = &seedMargin
	MergeMargin = &mergeMargin
)

var _ = sort.Strings
var _ parallax.Article

// DebugStory explains the similarity of an article to a story.
func (x *Index) DebugStory(artID, storyID string) string {
	art := x.arts[x.byID[artID]]
	si := x.storyID[storyID]
	s := x.stories[si]
	cands := x.candidates(art.Vec, true)
	found := false
	for _, c := range cands {
		if c == si {
			found = true
		}
	}
	return fmt.Sprintf("sim %.3f free %.3f cos %.3f time %.3f candidate %v", x.similarity(art, s), x.freeCosine(art.Vec, s.Cent), dot(art.Vec, s.Cent)/s.norm, x.timeFactor(art.Pub, s), found)
}

// DebugFree lists the heaviest language-free terms of an article and the
// indexed terms of a story.
func (x *Index) DebugFree(artID, storyID string) string {
	v := x.arts[x.byID[artID]].Vec
	var parts []string
	for _, p := range x.queryOf(v) {
		parts = append(parts, x.vocab.terms[v.IDs[p]].Text)
	}
	s := x.stories[x.storyID[storyID]]
	var posted []string
	for _, id := range s.Cent.top(indexTerms) {
		posted = append(posted, x.vocab.terms[id].Text)
	}
	return "query: " + strings.Join(parts, ", ") + "\nposted: " + strings.Join(posted, ", ")
}

// DebugNN returns, for each indexed article, the index of its nearest
// neighbour by cosine.
func (x *Index) DebugNN() []int {
	out := make([]int, len(x.arts))
	for i, a := range x.arts {
		best, bs := -1, -1.0
		for j, b := range x.arts {
			if i != j {
				if c := dot(a.Vec, b.Vec); c > bs {
					best, bs = j, c
				}
			}
		}
		out[i] = best
	}
	return out
}

// DebugIDs lists the article ids in index order.
func (x *Index) DebugIDs() []string {
	var ids []string
	for _, a := range x.arts {
		ids = append(ids, a.ID)
	}
	return ids
}

// DebugGoldCentroids reports, per gold cluster, the mean cosine of its
// members to their own centroid (leave-one-out) and to the nearest other
// gold centroid.
func (x *Index) DebugGoldCentroids(gold map[string]string) (own, other []float64) {
	cents := map[string]vector{}
	for _, a := range x.arts {
		cents[gold[a.ID]] = plus(cents[gold[a.ID]], a.Vec, 1)
	}
	for _, a := range x.arts {
		g := gold[a.ID]
		c := plus(cents[g], a.Vec, -1)
		if n := c.norm(); n > 0 {
			own = append(own, dot(a.Vec, c)/n)
		} else {
			own = append(own, 0)
		}
		best := 0.0
		for h, oc := range cents {
			if h != g {
				best = max(best, dot(a.Vec, oc)/oc.norm())
			}
		}
		other = append(other, best)
	}
	return own, other
}
