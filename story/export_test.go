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
	for k, p := range v.rank() {
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
)

var _ = sort.Strings
var _ parallax.Article
