package story

import (
	"cmp"
	"math"
	"slices"
)

// mergeNew merges the stories started at or after firstNew into the most
// similar other story, most similar pairs first, while the similarity of
// their centroids reaches the threshold. Of two stories merged, the older
// one (lower index) stays; the other is left empty.
func (x *Index) mergeNew(firstNew int32) {
	x.mergeRounds(firstNew, x.bestPartner)
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
// 0 when together they would span more than the window, and decayed with
// the gap between their spans as decay says.
func (x *Index) spanFactor(a, b *story) float64 {
	if a.First == 0 || b.First == 0 {
		return 1
	}
	if max(a.Last, b.Last)-min(a.First, b.First) > int64(x.opt.Window) {
		return 0
	}
	gap := max(0, max(a.First, b.First)-min(a.Last, b.Last))
	return x.decay(gap, a.Cent, b.Cent)
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

// splitNew bisects the stories started at or after firstNew whose members
// fall into two groups much less alike across than within (see apart): a
// single pass joins an article to the nearest story even when it opens a
// second event that the story's first articles did not yet tell apart.
// The groups are found by content (bisect) or, failing that, by a gap in
// time (timeCut): the next day's story on the same subject ("the
// committee will be created", "the committee is created") joins the
// first by its topic words, decayed only a little by the day between,
// and only the gap tells the two apart. Only stories the batch started
// are split, so no article of an earlier batch moves.
func (x *Index) splitNew(firstNew int32) {
	queue := []int32{}
	for si := firstNew; si < int32(len(x.stories)); si++ {
		queue = append(queue, si)
	}
	for pass := 0; pass < maxSplitPass && len(queue) > 0; pass++ {
		var next []int32
		for _, si := range queue {
			if b := x.bisect(si); b >= 0 {
				next = append(next, si, b)
			}
		}
		queue = next
	}
}

// bisect splits story si in two by 2-means over its members' vectors, or
// else at a gap in time (timeCut), and returns the index of the new
// story, or -1 when the halves are alike.
func (x *Index) bisect(si int32) int32 {
	s := x.stories[si]
	if len(s.Members) < 2*minSplit {
		return -1
	}
	side := x.twoMeans(s.Members)
	if side == nil {
		return -1
	}
	if ns := x.bisectBy(si, side, 1, splitRatio); ns >= 0 {
		return ns
	}
	return x.timeCut(si)
}

// timeCut splits story si at the gap in publication time, of at least
// splitGap, that leaves the two sides (at least minSplit original articles
// each) least alike for how alike they are within, their likeness across
// halved every splitHalfLife of the gap; the sides must then be apart as
// for bisect. Undated members go with the side they are more like. It
// returns the new story, or -1 when no cut leaves two stories apart.
func (x *Index) timeCut(si int32) int32 {
	s := x.stories[si]
	if splitGap <= 0 {
		return -1
	}
	type dated struct {
		k   int
		pub int64
	}
	var ds []dated
	for k, m := range s.Members {
		if p := x.arts[m].Pub; p != 0 {
			ds = append(ds, dated{k, p})
		}
	}
	if len(ds) < 2*minSplit {
		return -1
	}
	slices.SortStableFunc(ds, func(a, b dated) int { return cmp.Compare(a.pub, b.pub) })
	// Sums of the originals before each cut, and of all: the sides'
	// likeness follows from them without summing the later side anew.
	var all vector
	n := 0
	for _, d := range ds {
		if m := s.Members[d.k]; x.arts[m].DupOf < 0 {
			all, n = plus(all, x.arts[m].Vec, 1), n+1
		}
	}
	allSq := all.norm() * all.norm()
	within := func(sq float64, n int) float64 { return (sq - float64(n)) / float64(n*(n-1)) }
	// The cut whose sides are least alike for how alike they are within.
	best, bestScore, bestDecay := -1, math.Inf(1), 0.0
	var ca vector
	na := 0
	for c := 1; c < len(ds); c++ {
		if m := s.Members[ds[c-1].k]; x.arts[m].DupOf < 0 {
			ca, na = plus(ca, x.arts[m].Vec, 1), na+1
		}
		gap := ds[c].pub - ds[c-1].pub
		nb := n - na
		if gap < int64(splitGap) || na < minSplit || nb < minSplit {
			continue
		}
		caSq, caAll := ca.norm()*ca.norm(), dot(ca, all)
		across := caAll - caSq // dot(ca, cb)
		cbSq := allSq - 2*caAll + caSq
		w := min(within(caSq, na), within(cbSq, nb))
		if w <= 0 {
			continue
		}
		decay := math.Exp2(-float64(gap) / float64(splitHalfLife))
		if score := decay * across / float64(na*nb) / w; score < bestScore {
			best, bestScore, bestDecay = c, score, decay
		}
	}
	if best < 0 {
		return -1
	}
	// Undated members go with the side they are more like.
	side := make([]int, len(s.Members))
	for k := range side {
		side[k] = -1
	}
	var before, after vector
	for _, d := range ds[:best] {
		side[d.k] = 0
		before = plus(before, x.arts[s.Members[d.k]].Vec, 1)
	}
	for _, d := range ds[best:] {
		side[d.k] = 1
		after = plus(after, x.arts[s.Members[d.k]].Vec, 1)
	}
	for k, m := range s.Members {
		if side[k] < 0 {
			side[k] = 0
			if dot(x.arts[m].Vec, after)/after.norm() > dot(x.arts[m].Vec, before)/before.norm() {
				side[k] = 1
			}
		}
	}
	if side[0] != 0 {
		for k := range side {
			side[k] = 1 - side[k]
		}
	}
	return x.bisectBy(si, side, bestDecay, splitRatio)
}

// bisectBy splits story si in the two groups side gives its members, when
// they are apart with their similarity across scaled by decay, and returns
// the new story, or -1.
func (x *Index) bisectBy(si int32, side []int, decay, ratio float64) int32 {
	s := x.stories[si]
	side = slices.Clone(side)
	// A copy stays with its original.
	pos := map[int32]int{}
	for k, m := range s.Members {
		pos[m] = k
	}
	for k, m := range s.Members {
		if d := x.arts[m].DupOf; d >= 0 {
			if j, ok := pos[d]; ok {
				side[k] = side[j]
			}
		}
	}
	var a, b []int32
	var ca, cb vector
	na, nb := 0, 0 // originals, not copies
	for k, m := range s.Members {
		orig := x.arts[m].DupOf < 0
		if side[k] == side[0] {
			a, ca = append(a, m), plus(ca, x.centroidPart(m), 1)
			na += b2i(orig)
		} else {
			b, cb = append(b, m), plus(cb, x.centroidPart(m), 1)
			nb += b2i(orig)
		}
	}
	if na < minSplit || nb < minSplit || !x.apart(ca, cb, na, nb, decay, ratio) {
		return -1
	}
	// The half with the story's first article keeps it.
	s.Members, s.Cent = nil, vector{}
	s.First, s.Last = 0, 0
	for _, m := range a {
		x.join(si, m)
	}
	// The other half is a new story, named after its first original.
	first := b[slices.IndexFunc(b, func(m int32) bool { return x.arts[m].DupOf < 0 })]
	ns := x.newStory(first)
	for _, m := range b {
		x.arts[m].Story = ns
		if m != first {
			x.join(ns, m)
		}
	}
	return ns
}

// twoMeans splits members in two groups by 2-means on cosine, seeded by
// the member least like the whole and the member least like that one. It
// returns each member's group (0 or 1), or nil when it cannot seed.
func (x *Index) twoMeans(members []int32) []int {
	var all vector
	for _, m := range members {
		all = plus(all, x.arts[m].Vec, 1)
	}
	far := func(c vector) int {
		best, bs := -1, math.Inf(1)
		for k, m := range members {
			if s := dot(x.arts[m].Vec, c); s < bs {
				best, bs = k, s
			}
		}
		return best
	}
	s0 := far(all)
	s1 := far(x.arts[members[s0]].Vec)
	if s0 == s1 {
		return nil
	}
	c := [2]vector{x.arts[members[s0]].Vec, x.arts[members[s1]].Vec}
	side := make([]int, len(members))
	for round := 0; round < splitRounds; round++ {
		changed := false
		n := [2]float64{c[0].norm(), c[1].norm()}
		for k, m := range members {
			v := x.arts[m].Vec
			g := 0
			if n[0] == 0 || (n[1] > 0 && dot(v, c[1])/n[1] > dot(v, c[0])/n[0]) {
				g = 1
			}
			if g != side[k] || round == 0 {
				changed = changed || g != side[k]
				side[k] = g
			}
		}
		if !changed && round > 0 {
			break
		}
		c = [2]vector{}
		for k, m := range members {
			c[side[k]] = plus(c[side[k]], x.arts[m].Vec, 1)
		}
	}
	return side
}

// centroidPart is what article i adds to its story's centroid: its
// vector, or nothing for a copy.
func (x *Index) centroidPart(i int32) vector {
	if x.arts[i].DupOf >= 0 {
		return vector{}
	}
	return x.arts[i].Vec
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// apart reports whether two groups of na and nb unit vectors, summed in ca
// and cb, are less alike across than within: whether the mean cosine of
// pairs across the groups, scaled by decay, falls below ratio times the
// mean cosine of pairs within the less cohesive group. Comparing with the
// groups' own cohesion, not a fixed threshold, keeps small and loose
// stories whole.
func (x *Index) apart(ca, cb vector, na, nb int, decay, ratio float64) bool {
	within := func(c vector, n int) float64 {
		norm := c.norm()
		return (norm*norm - float64(n)) / float64(n*(n-1))
	}
	across := decay * dot(ca, cb) / float64(na*nb)
	return across < ratio*min(within(ca, na), within(cb, nb))
}

// pairSmall is a second, looser merge for the stories of at most
// pairSize articles that the batch leaves: two of them, both started in
// this batch and published within a news cycle of each other (or
// undated), merge when their centroids reach pairShare of the threshold
// (see pairSimilarity), most similar pairs first; a pair may pair again
// while both sides are small. Outlets that cover one event with different
// words and framing ("Senate votes to extend debt ceiling", "No one likes
// the debt deal") leave it in pieces of one or two articles whose
// likeness stays below the threshold; the time window, and the bound on
// size, keep a loose match from doing much harm. Stories of earlier
// batches are never paired, so a stream of batches of one is unchanged.
func (x *Index) pairSmall(firstNew int32) {
	x.mergeRounds(firstNew, func(si int32) (int32, float64) { return x.smallPartner(si, firstNew) })
}

// mergeRounds merges each story started at or after firstNew with the
// partner that partner names (-1: none), most similar pairs first, each
// story once a round, for up to maxMergeRounds rounds or until no pair is
// left. Of two stories merged, the older one (lower index) stays.
func (x *Index) mergeRounds(firstNew int32, partner func(si int32) (int32, float64)) {
	type pair struct {
		a, b int32 // a started in this batch; b its partner
		sim  float64
	}
	for round := 0; round < maxMergeRounds; round++ {
		var pairs []pair
		for si := firstNew; si < int32(len(x.stories)); si++ {
			if b, sim := partner(si); b >= 0 {
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

// smallPartner returns the small story of this batch most like story si,
// itself small, and the similarity, or -1 when none reaches pairShare of
// the threshold.
func (x *Index) smallPartner(si, firstNew int32) (int32, float64) {
	s := x.stories[si]
	if len(s.Members) == 0 || len(s.Members) > pairSize {
		return -1, 0
	}
	withArchive := s.First == 0 || s.First < x.cutoff+int64(x.opt.Window)
	best, bestSim := int32(-1), 0.0
	for _, c := range x.candidates(s.Cent, withArchive) {
		cs := x.stories[c]
		if c == si || c < firstNew || len(cs.Members) == 0 || len(cs.Members) > pairSize {
			continue
		}
		if sim := x.pairSimilarity(s, cs); sim > bestSim || (sim == bestSim && best >= 0 && c < best) {
			best, bestSim = c, sim
		}
	}
	if bestSim < x.opt.Threshold*pairShare {
		return -1, bestSim
	}
	return best, bestSim
}

// pairSimilarity is storySimilarity with the gap between the spans
// decayed by pairHalfLife rather than halfLife: two small stories are one
// event only when they come from one news cycle.
func (x *Index) pairSimilarity(a, b *story) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	f := 1.0
	if a.First != 0 && b.First != 0 {
		gap := max(0, max(a.First, b.First)-min(a.Last, b.Last))
		f = math.Exp2(-float64(gap) / float64(pairHalfLife))
	}
	if a.Lang != "" && b.Lang != "" && a.Lang != b.Lang {
		return min(1, crossLingual*x.freeCosine(a.Cent, b.Cent)) * f
	}
	return dot(a.Cent, b.Cent) / (a.norm * b.norm) * f
}
