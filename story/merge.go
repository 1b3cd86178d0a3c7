package story

import (
	"cmp"
	"math"
	"slices"
)

// maxMergeRounds bounds the merge pass of a batch; each round merges every
// story at most once, so a handful of rounds settles even big batches.
const maxMergeRounds = 16

// mergeNew merges the stories started at or after firstNew into the most
// similar other story, most similar pairs first, while the similarity of
// their centroids reaches the threshold. Of two stories merged, the older
// one (lower index) stays; the other is left empty.
func (x *Index) mergeNew(firstNew int32) {
	type pair struct {
		a, b int32 // a started in this batch; b the best partner
		sim  float64
	}
	for round := 0; round < maxMergeRounds; round++ {
		var pairs []pair
		for si := firstNew; si < int32(len(x.stories)); si++ {
			if b, sim := x.bestPartner(si); b >= 0 {
				pairs = append(pairs, pair{si, b, sim})
			}
		}
		if len(pairs) == 0 {
			return
		}
		slices.SortFunc(pairs, func(p, q pair) int {
			if c := cmp.Compare(q.sim, p.sim); c != 0 {
				return c
			}
			if c := cmp.Compare(p.a, q.a); c != 0 {
				return c
			}
			return cmp.Compare(p.b, q.b)
		})
		used := map[int32]bool{}
		for _, p := range pairs {
			if used[p.a] || used[p.b] {
				continue
			}
			used[p.a], used[p.b] = true, true
			x.merge(min(p.a, p.b), max(p.a, p.b))
		}
	}
}

// bestPartner returns the live story most similar to story si, and the
// similarity, or -1 when none reaches the threshold.
func (x *Index) bestPartner(si int32) (int32, float64) {
	s := x.stories[si]
	if len(s.Members) == 0 {
		return -1, 0
	}
	withArchive := s.First == 0 || s.First < x.cutoff+int64(x.opt.Window)
	best, bestSim := int32(-1), 0.0
	for _, c := range x.candidates(s.Cent, withArchive) {
		if c == si || len(x.stories[c].Members) == 0 {
			continue
		}
		if sim := x.storySimilarity(s, x.stories[c]); sim > bestSim || (sim == bestSim && best >= 0 && c < best) {
			best, bestSim = c, sim
		}
	}
	if bestSim < x.opt.Threshold+mergeMargin {
		return -1, bestSim
	}
	return best, bestSim
}

// mergeMargin is how much more than the threshold two stories' centroids
// must share to merge: centroids are smoother than single articles, so
// their similarities run higher.
var mergeMargin = 0.3

// storySimilarity is the cosine of two centroids (of their language-free
// terms across languages), decayed by the time between their spans.
func (x *Index) storySimilarity(a, b *story) float64 {
	f := x.spanFactor(a, b)
	if f == 0 || a.norm == 0 || b.norm == 0 {
		return 0
	}
	if a.Lang != "" && b.Lang != "" && a.Lang != b.Lang {
		return min(1, crossLingual*x.freeCosine(a.Cent, b.Cent)) * f
	}
	return dot(a.Cent, b.Cent) / (a.norm * b.norm) * f
}

// spanFactor is timeFactor for two stories: 1 when either has no date,
// 0 when together they would span more than the window, and halved every
// halfLife of the gap between their spans.
func (x *Index) spanFactor(a, b *story) float64 {
	if a.First == 0 || b.First == 0 {
		return 1
	}
	if max(a.Last, b.Last)-min(a.First, b.First) > int64(x.opt.Window) {
		return 0
	}
	gap := max(0, max(a.First, b.First)-min(a.Last, b.Last))
	return math.Exp2(-float64(gap) / float64(halfLife))
}

// merge moves every article of story src into story dst and leaves src
// empty.
func (x *Index) merge(dst, src int32) {
	d, s := x.stories[dst], x.stories[src]
	for _, m := range s.Members {
		x.arts[m].Story = dst
	}
	d.Members = append(d.Members, s.Members...)
	d.Cent = plus(d.Cent, s.Cent, 1).truncate(centroidTerms)
	d.norm = d.Cent.norm()
	if s.First != 0 {
		if d.First == 0 || s.First < d.First {
			d.First = s.First
		}
		d.Last = max(d.Last, s.Last)
	}
	s.Members, s.Cent, s.norm, s.First, s.Last = nil, vector{}, 0, 0, 0
	x.post(dst)
}
