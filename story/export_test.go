package story

import (
	"slices"
	"strconv"

	parallax "github.com/parallax-news/parallax"
)

// Tuning knobs, for the sweeps in tune_test.go.
var (
	HalfLife      = &halfLife
	CycleHalfLife = &cycleHalfLife
	SharedDetail  = &sharedDetail
	TitleTF       = &titleTF
	Boost         = &boost
	MergeMargin   = &mergeMargin
	SplitRatio    = &splitRatio
	CentroidTerms = &centroidTerms
	SplitGap      = &splitGap
	SplitHalfLife = &splitHalfLife
)

// Terms returns the features of an article as "kind:text" strings, kinds
// numbered as in features.go, sorted.
func Terms(a *parallax.Article) []string {
	f := newFeaturizer(newVocab())
	fe := f.extract(a)
	var out []string
	for _, id := range fe.raw.ids {
		t := f.vocab.terms[id]
		out = append(out, strconv.Itoa(int(t.Kind))+":"+t.Text)
	}
	slices.Sort(out)
	return out
}
