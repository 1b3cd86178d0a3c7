package story

import (
	"cmp"
	"math"
	"slices"
	"strconv"
)

// story is what the index keeps of one story.
type story struct {
	ID      string
	Lang    string  // language of the article that started it
	Members []int32 // article indexes in order of joining
	// Cent is the sum of the members' unit vectors, truncated to the
	// heaviest centroidTerms terms.
	Cent        vector
	First, Last int64 // publication span of the dated members, Unix ns; 0 when none
	Archived    bool  // its postings are in the archive
	// Posted are the terms entered for it in the postings it lives in;
	// terms that have since left its centroid stay there, harmless.
	Posted []uint32

	norm float64 // of Cent; recomputed, not saved
}

// postings is an inverted index from term ids to story indexes.
type postings struct {
	Lists [][]int32
}

func (p *postings) add(term uint32, s int32) {
	if int(term) >= len(p.Lists) {
		p.Lists = append(p.Lists, make([][]int32, int(term)+1-len(p.Lists))...)
	}
	p.Lists[term] = append(p.Lists[term], s)
}

func (p *postings) list(term uint32) []int32 {
	if int(term) >= len(p.Lists) {
		return nil
	}
	return p.Lists[term]
}

// where returns the postings story s lives in.
func (x *Index) where(s *story) *postings {
	if s.Archived {
		return &x.archive
	}
	return &x.active
}

// newStory starts a story with article i.
func (x *Index) newStory(i int32) int32 {
	s := &story{ID: storyIDFor(x.arts[i].ID), Lang: x.arts[i].Lang}
	// Two articles with the same id cannot both start stories, but an id
	// is all a story id is made of: keep ids distinct whatever happens.
	for n := 1; ; n++ {
		if _, taken := x.storyID[s.ID]; !taken {
			break
		}
		s.ID = storyIDFor(x.arts[i].ID + "#" + strconv.Itoa(n))
	}
	si := int32(len(x.stories))
	x.stories = append(x.stories, s)
	x.storyID[s.ID] = si
	x.stamp = append(x.stamp, 0)
	x.partial = append(x.partial, 0)
	x.join(si, i)
	return si
}

// join adds article i to story si: its vector to the centroid, its date to
// the span, and the centroid's new heavy terms to the postings. A copy
// adds nothing to the centroid: it is the same source again, and counting
// it would pull the story towards the wording of one wire text.
func (x *Index) join(si, i int32) {
	s, art := x.stories[si], x.arts[i]
	s.Members = append(s.Members, i)
	if art.DupOf < 0 {
		s.Cent = plus(s.Cent, art.Vec, 1).truncate(centroidTerms)
		s.norm = s.Cent.norm()
	}
	if art.Pub != 0 {
		if s.First == 0 || art.Pub < s.First {
			s.First = art.Pub
		}
		if art.Pub > s.Last {
			s.Last = art.Pub
		}
	}
	x.post(si)
}

// unjoin takes article i's vector out of story si's centroid (its member
// list is left as is: the article is about to rejoin with new features).
func (x *Index) unjoin(si, i int32) {
	s := x.stories[si]
	if x.arts[i].DupOf >= 0 {
		return
	}
	vec := x.arts[i].Vec
	s.Cent = plus(s.Cent, vec, -1)
	s.norm = s.Cent.norm()
}

// rejoin adds the new vector of article i, already a member of si, back to
// the centroid and recomputes the story's span.
func (x *Index) rejoin(si, i int32) {
	s := x.stories[si]
	if x.arts[i].DupOf < 0 {
		s.Cent = plus(s.Cent, x.arts[i].Vec, 1).truncate(centroidTerms)
		s.norm = s.Cent.norm()
	}
	s.First, s.Last = 0, 0
	for _, m := range s.Members {
		if p := x.arts[m].Pub; p != 0 {
			if s.First == 0 || p < s.First {
				s.First = p
			}
			s.Last = max(s.Last, p)
		}
	}
	x.post(si)
}

// post enters the heavy centroid terms of story si that are not yet in its
// postings. A story an old article has brought back within the cutoff
// moves to the active postings.
func (x *Index) post(si int32) {
	s := x.stories[si]
	if s.Archived && s.Last >= x.cutoff {
		s.Archived, s.Posted = false, nil
	}
	p := x.where(s)
	top := s.Cent.top(indexTerms)
	merged := make([]uint32, 0, len(s.Posted)+len(top))
	i, j := 0, 0
	for i < len(s.Posted) || j < len(top) {
		switch {
		case j == len(top) || (i < len(s.Posted) && s.Posted[i] < top[j]):
			merged = append(merged, s.Posted[i])
			i++
		case i == len(s.Posted) || top[j] < s.Posted[i]:
			p.add(top[j], si)
			merged = append(merged, top[j])
			j++
		default:
			merged = append(merged, top[j])
			i++
			j++
		}
	}
	s.Posted = merged
}

// archiveBefore moves the stories last seen before cut to the archive and
// rebuilds the active postings from the stories left, dropping the terms
// that have left their centroids.
func (x *Index) archiveBefore(cut int64) {
	x.cutoff = cut
	x.active = postings{Lists: make([][]int32, len(x.active.Lists))}
	for si, s := range x.stories {
		if s.Archived {
			continue
		}
		if s.Last != 0 && s.Last < cut {
			s.Archived = true
		}
		s.Posted = s.Cent.top(indexTerms)
		p := x.where(s)
		for _, t := range s.Posted {
			p.add(t, int32(si))
		}
	}
}

// candidates returns the stories that share heavy terms with v, those
// sharing the most weight first, at most maxCandidates of them. Archived
// stories are searched only when withArchive is set.
func (x *Index) candidates(v vector, withArchive bool) []int32 {
	x.gen++
	var found []int32
	ranked := x.queryOf(v)
	gather := func(ps *postings) {
		for _, p := range ranked {
			w := float64(v.W[p])
			for _, si := range ps.list(v.IDs[p]) {
				if len(x.stories[si].Members) == 0 {
					continue // merged into another
				}
				if x.stamp[si] != x.gen {
					x.stamp[si] = x.gen
					x.partial[si] = 0
					found = append(found, si)
				}
				x.partial[si] += w
			}
		}
	}
	gather(&x.active)
	if withArchive {
		gather(&x.archive)
	}
	slices.SortFunc(found, func(a, b int32) int {
		if c := cmp.Compare(x.partial[b], x.partial[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if len(found) > maxCandidates {
		found = found[:maxCandidates]
	}
	return found
}

// queryOf returns the positions in v of the terms to look up: the
// heaviest, and the heaviest of those written alike in every language
// (names, numbers, dates), which find the stories of other languages.
func (x *Index) queryOf(v vector) []int {
	q := v.heaviest(queryTerms)
	if len(q) == len(v.IDs) {
		return q
	}
	in := make(map[int]bool, len(q))
	for _, p := range q {
		in[p] = true
	}
	var free []int
	for p, id := range v.IDs {
		if !in[p] && x.languageFree(id) {
			free = append(free, p)
		}
	}
	slices.SortFunc(free, func(i, j int) int {
		if v.W[i] != v.W[j] {
			return cmp.Compare(v.W[j], v.W[i])
		}
		return i - j
	})
	return append(q, free[:min(len(free), queryFree)]...)
}

// languageFree reports whether a term is written alike in every language.
func (x *Index) languageFree(id uint32) bool { return x.vocab.terms[id].Kind != kindWord }

// bestStory returns the story most similar to art, or -1 when none
// reaches threshold.
func (x *Index) bestStory(art *article, threshold float64) int32 {
	withArchive := art.Pub == 0 || art.Pub < x.cutoff+int64(x.opt.Window)
	best, bestSim := int32(-1), 0.0
	for _, si := range x.candidates(art.Vec, withArchive) {
		if sim := x.similarity(art, x.stories[si]); sim > bestSim || (sim == bestSim && best >= 0 && si < best) {
			best, bestSim = si, sim
		}
	}
	if bestSim < threshold {
		return -1
	}
	return best
}

// similarity is the cosine of art's vector and s's centroid, decayed by
// the time between them. Across languages, where stemmed words cannot
// match, it is the cosine of the language-free terms alone.
func (x *Index) similarity(art *article, s *story) float64 {
	f := x.timeFactor(art.Pub, art.Vec, s)
	if f == 0 || s.norm == 0 {
		return 0
	}
	if art.Lang != "" && s.Lang != "" && art.Lang != s.Lang {
		return min(1, crossLingual*x.freeCosine(art.Vec, s.Cent)) * f
	}
	return dot(art.Vec, s.Cent) / s.norm * f
}

// sharesFree reports whether a and b share at least n language-free
// terms.
func (x *Index) sharesFree(a, b vector, n int) bool {
	i, j := 0, 0
	for n > 0 && i < len(a.IDs) && j < len(b.IDs) {
		switch {
		case a.IDs[i] < b.IDs[j]:
			i++
		case b.IDs[j] < a.IDs[i]:
			j++
		default:
			if x.languageFree(a.IDs[i]) {
				n--
			}
			i++
			j++
		}
	}
	return n <= 0
}

// freeCosine is the cosine of a and b restricted to language-free terms.
func (x *Index) freeCosine(a, b vector) float64 {
	var d, na, nb float64
	i, j := 0, 0
	for i < len(a.IDs) || j < len(b.IDs) {
		switch {
		case j == len(b.IDs) || (i < len(a.IDs) && a.IDs[i] < b.IDs[j]):
			if x.languageFree(a.IDs[i]) {
				na += float64(a.W[i]) * float64(a.W[i])
			}
			i++
		case i == len(a.IDs) || b.IDs[j] < a.IDs[i]:
			if x.languageFree(b.IDs[j]) {
				nb += float64(b.W[j]) * float64(b.W[j])
			}
			j++
		default:
			if x.languageFree(a.IDs[i]) {
				wa, wb := float64(a.W[i]), float64(b.W[j])
				d += wa * wb
				na += wa * wa
				nb += wb * wb
			}
			i++
			j++
		}
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return d / math.Sqrt(na*nb)
}

// timeFactor is 1 when either date is unknown or the article falls in the
// story's span, decays with the gap outside it (see decay), and is 0 when
// the story would then span more than the window.
func (x *Index) timeFactor(pub int64, v vector, s *story) float64 {
	if pub == 0 || s.First == 0 {
		return 1
	}
	if max(pub, s.Last)-min(pub, s.First) > int64(x.opt.Window) {
		return 0
	}
	var gap int64
	switch {
	case pub < s.First:
		gap = s.First - pub
	case pub > s.Last:
		gap = pub - s.Last
	}
	return x.decay(gap, v, s.Cent)
}

// decay is what a similarity keeps across a gap in publication time
// between an article or story and another story, whose vectors are a and
// b: it halves every cycleHalfLife, unless the two share sharedDetail or
// more language-free terms, the names, figures and dates that tell one
// event from the next, when it halves only every halfLife. A report a day
// or more after a story that shares its words but not its particulars is
// most often the next development on the subject (the inquiry voted, then
// its judge named); a late report of the same event repeats its names and
// figures.
func (x *Index) decay(gap int64, a, b vector) float64 {
	if gap <= 0 {
		return 1
	}
	hl := cycleHalfLife
	if x.sharesFree(a, b, sharedDetail) {
		hl = halfLife
	}
	return math.Exp2(-float64(gap) / float64(hl))
}

// findOriginal returns the earlier article that article i copies, and the
// estimated share of i's shingles found in it, or -1. A copy of a copy
// points at the first original when it overlaps that enough.
func (x *Index) findOriginal(i int32) (int32, float64) {
	art := x.arts[i]
	x.gen++
	for len(x.artStamp) < len(x.arts) {
		x.artStamp = append(x.artStamp, 0)
	}
	best, bestC := int32(-1), 0.0
	x.lsh.candidates(art.Sig, func(c int32, _ int) {
		if c == i || x.artStamp[c] == x.gen {
			return
		}
		x.artStamp[c] = x.gen
		if !x.earlier(c, i) {
			return
		}
		o := x.arts[c]
		cont := containment(jaccard(art.Sig, o.Sig), int(art.Shingles), int(o.Shingles))
		if cont >= x.opt.CopyThreshold && (best < 0 || cont > bestC || (cont == bestC && x.earlier(c, best))) {
			best, bestC = c, cont
		}
	})
	if best < 0 {
		return -1, 0
	}
	if root := x.arts[best].DupOf; root >= 0 {
		o := x.arts[root]
		if cont := containment(jaccard(art.Sig, o.Sig), int(art.Shingles), int(o.Shingles)); cont >= x.opt.CopyThreshold {
			return root, cont
		}
	}
	return best, bestC
}

// earlier reports whether article a came before article b: by publication
// time when both are known, by insertion order otherwise.
func (x *Index) earlier(a, b int32) bool {
	pa, pb := x.arts[a].Pub, x.arts[b].Pub
	if pa != 0 && pb != 0 && pa != pb && !sameDay(pa, pb) {
		return pa < pb
	}
	return a < b
}

// sameDay says whether one of two publication times is a date without a
// time of day (see orderTime) and the other falls on that day: neither is
// known to be earlier, so insertion order, which puts the timed one first,
// decides.
func sameDay(pa, pb int64) bool {
	in := func(d, t int64) bool { return dayOnly(d) && t >= d && t < d+int64(day) }
	return in(pa, pb) || in(pb, pa)
}
