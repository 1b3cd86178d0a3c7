package quote

import (
	"slices"
	"sort"

	parallax "github.com/parallax-news/parallax"
)

// entIndex finds the entities that overlap a speaker phrase without
// reading them all: a long article has thousands, and reading each of
// them for every speaker took time quadratic in its length.
type entIndex struct {
	ents    []parallax.Entity
	byStart []int // indices into ents, by Span.Start
	longest int   // the longest entity span, in bytes
}

// newEntIndex indexes ents.
func newEntIndex(ents []parallax.Entity) entIndex {
	x := entIndex{ents: ents, byStart: make([]int, len(ents))}
	for i, e := range ents {
		x.byStart[i] = i
		x.longest = max(x.longest, e.Span.End-e.Span.Start)
	}
	sort.SliceStable(x.byStart, func(i, j int) bool {
		return ents[x.byStart[i]].Span.Start < ents[x.byStart[j]].Span.Start
	})
	return x
}

// overlapping returns the indices of the entities overlapping sp, in the
// order of ents.
func (x entIndex) overlapping(sp parallax.Span) []int {
	// an entity that ends after sp.Start starts after sp.Start-longest
	from := sort.Search(len(x.byStart), func(i int) bool {
		return x.ents[x.byStart[i]].Span.Start > sp.Start-x.longest
	})
	var out []int
	for _, i := range x.byStart[from:] {
		e := x.ents[i].Span
		if e.Start >= sp.End {
			break
		}
		if sp.Start < e.End {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}
