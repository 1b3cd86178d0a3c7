package story_test

import (
	"fmt"
	"os"
	"sort"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/story"
)

func TestDebugErrors(t *testing.T) {
	if os.Getenv("PARALLAX_DEBUG") == "" {
		t.Skip()
	}
	var docs []eval.ClusterDoc
	if os.Getenv("PARALLAX_DEBUG") == "ecb" {
		docs, _ = eval.LoadECBPlus(benchDir(t, "ecbplus"))
	} else {
		docs, _ = eval.LoadAllSides(benchDir(t, "allsides"))
	}
	as := make([]*parallax.Article, len(docs))
	for i := range as {
		a := *docs[i].Article
		as[i] = &a
	}
	x := story.NewIndex(story.Options{})
	res := x.AddBatch(as)
	byPred := map[string][]int{}
	for i, r := range res {
		byPred[r.Story] = append(byPred[r.Story], i)
	}
	var keys []string
	for k := range byPred {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	mixed, split := 0, 0
	for _, k := range keys {
		m := byPred[k]
		golds := map[string]bool{}
		for _, i := range m {
			golds[docs[i].Gold] = true
		}
		if len(golds) > 1 && mixed < 25 {
			mixed++
			fmt.Println("MIXED", k)
			for _, i := range m {
				fmt.Printf("   %-10s %s %.2f dup=%s | %s\n", docs[i].Gold, as[i].Published.Format("2006-01-02"), res[i].Similarity, res[i].DuplicateOf, as[i].Title)
			}
		}
	}
	byGold := map[string][]int{}
	for i := range docs {
		byGold[docs[i].Gold] = append(byGold[docs[i].Gold], i)
	}
	keys = keys[:0]
	for k := range byGold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		m := byGold[k]
		preds := map[string]bool{}
		for _, i := range m {
			preds[res[i].Story] = true
		}
		if len(preds) > 1 && split < 25 {
			split++
			fmt.Println("SPLIT", k)
			for _, i := range m {
				fmt.Printf("   %s %s %.2f %v | %s\n", res[i].Story, as[i].Published.Format("2006-01-02"), res[i].Similarity, res[i].NewStory, as[i].Title)
			}
		}
	}
}
