package story

import (
	"fmt"
	"os"
	"sort"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
)

func TestZZDiag(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	docs, err := eval.LoadAllSides("../../shared/bench/allsides")
	if err != nil {
		t.Fatal(err)
	}
	as := make([]*parallax.Article, len(docs))
	for i, d := range docs {
		a := *d.Article
		as[i] = &a
	}
	x := NewIndex(Options{})
	res := x.AddBatch(as)
	// per predicted cluster, gold composition
	byPred := map[string][]int{}
	for i, r := range res {
		byPred[r.Story] = append(byPred[r.Story], i)
	}
	gapHist := map[int]int{}
	var keys []string
	for k := range byPred {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	shown := 0
	for _, k := range keys {
		m := byPred[k]
		golds := map[string][]int{}
		for _, i := range m {
			golds[docs[i].Gold] = append(golds[docs[i].Gold], i)
		}
		if len(golds) < 2 {
			continue
		}
		// pairwise false merges by day gap
		for a := range m {
			for b := a + 1; b < len(m); b++ {
				i, j := m[a], m[b]
				if docs[i].Gold != docs[j].Gold {
					g := as[i].Published.Sub(as[j].Published).Hours() / 24
					if g < 0 {
						g = -g
					}
					gapHist[int(g+0.5)]++
				}
			}
		}
		if shown < 25 {
			shown++
			fmt.Println("=== cluster", k, len(m))
			for g, ms := range golds {
				fmt.Printf("  gold %s n=%d %s | %s\n", g, len(ms), as[ms[0]].Published.Format("01-02"), as[ms[0]].Title)
			}
		}
	}
	fmt.Println("false pairs by day gap", gapHist)
}
