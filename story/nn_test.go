package story_test

import (
	"os"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/story"
)

func TestNN(t *testing.T) {
	if os.Getenv("PARALLAX_TUNE") == "" {
		t.Skip()
	}
	for _, name := range []string{"ecbplus", "allsides"} {
		var docs []eval.ClusterDoc
		if name == "ecbplus" {
			docs, _ = eval.LoadECBPlus(benchDir(t, name))
		} else {
			docs, _ = eval.LoadAllSides(benchDir(t, name))
		}
		gold := map[string]string{}
		as := make([]*parallax.Article, len(docs))
		for i := range as {
			a := *docs[i].Article
			a.Published = a.Published.AddDate(0, 0, 0)
			as[i] = &a
			gold[a.ID] = docs[i].Gold
		}
		x := story.NewIndex(story.Options{})
		x.AddBatch(as)
		ids := x.DebugIDs()
		nn := x.DebugNN()
		ok := 0
		for i, j := range nn {
			if gold[ids[i]] == gold[ids[j]] {
				ok++
			}
		}
		own, other := x.DebugGoldCentroids(gold)
		worse := 0
		hist := make([]int, 10)
		for i := range own {
			if other[i] >= own[i] {
				worse++
			}
			hist[min(9, int(own[i]*10))]++
		}
		t.Logf("%s: closer to another gold centroid than own: %d/%d; own-centroid cos histogram %v", name, worse, len(own), hist)
		t.Logf("%s: nearest neighbour in the same gold cluster: %d/%d = %.3f", name, ok, len(nn), float64(ok)/float64(len(nn)))
	}
}
