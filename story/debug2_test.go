package story_test

import (
	"fmt"
	"os"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/story"
)

func TestDebugGold(t *testing.T) {
	gold := os.Getenv("PARALLAX_GOLD")
	if gold == "" {
		t.Skip()
	}
	docs, _ := eval.LoadAllSides(benchDir(t, "allsides"))
	if gold[0] != 's' {
		docs, _ = eval.LoadECBPlus(benchDir(t, "ecbplus"))
	}
	as := make([]*parallax.Article, len(docs))
	for i := range as {
		a := *docs[i].Article
		as[i] = &a
	}
	x := story.NewIndex(story.Options{})
	x.AddBatch(as)
	var ids []int
	for i, d := range docs {
		if d.Gold == gold {
			ids = append(ids, i)
			fmt.Printf("%s %s | %s\n   %s\n   %.300s\n", as[i].ID, as[i].Story, as[i].Title, x.DebugTerms(as[i].ID, 25), as[i].Text)
		}
	}
	for _, i := range ids {
		for _, j := range ids {
			fmt.Printf("%.2f ", x.DebugCos(as[i].ID, as[j].ID))
		}
		fmt.Println()
	}
}
