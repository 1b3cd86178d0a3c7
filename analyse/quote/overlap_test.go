package quote

import (
	"math/rand/v2"
	"slices"
	"testing"

	parallax "github.com/parallax-news/parallax"
)

func TestOverlappingEveryEntity(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	ents := make([]parallax.Entity, 300)
	for i := range ents {
		s := rng.IntN(5000)
		ents[i].Span = parallax.Span{Start: s, End: s + rng.IntN(40)}
	}
	ents[7].Span = parallax.Span{Start: 100, End: 900} // a long one, out of order
	x := newEntIndex(ents)
	for range 2000 {
		s := rng.IntN(5100)
		sp := parallax.Span{Start: s, End: s + 1 + rng.IntN(60)}
		var want []int
		for i, e := range ents {
			if e.Span.Start < sp.End && sp.Start < e.Span.End {
				want = append(want, i)
			}
		}
		if got := x.overlapping(sp); !slices.Equal(got, want) {
			t.Fatalf("overlapping(%v) = %v, want %v", sp, got, want)
		}
	}
}
