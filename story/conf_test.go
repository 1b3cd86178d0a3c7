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

func TestConfusion(t *testing.T) {
	if os.Getenv("PARALLAX_TUNE") == "" {
		t.Skip()
	}
	docs, _ := eval.LoadECBPlus(benchDir(t, "ecbplus"))
	as := make([]*parallax.Article, len(docs))
	for i := range as {
		a := *docs[i].Article
		as[i] = &a
	}
	*story.SeedMargin = 0
	*story.MergeMargin = 0.3
	x := story.NewIndex(story.Options{})
	res := x.AddBatch(as)
	byTopic := map[string]map[string]map[string]int{} // topic → pred → gold → n
	for i, d := range docs {
		if byTopic[d.Topic] == nil {
			byTopic[d.Topic] = map[string]map[string]int{}
		}
		if byTopic[d.Topic][res[i].Story] == nil {
			byTopic[d.Topic][res[i].Story] = map[string]int{}
		}
		byTopic[d.Topic][res[i].Story][d.Gold]++
	}
	var topics []string
	for k := range byTopic {
		topics = append(topics, k)
	}
	sort.Strings(topics)
	for _, tp := range topics {
		line := tp + ":"
		for _, g := range byTopic[tp] {
			line += fmt.Sprintf(" [ecb %d plus %d]", g[tp+"ecb"], g[tp+"ecbplus"])
		}
		fmt.Println(line)
	}
}

func TestTopicPairs(t *testing.T) {
	if os.Getenv("PARALLAX_TUNE") == "" {
		t.Skip()
	}
	docs, _ := eval.LoadECBPlus(benchDir(t, "ecbplus"))
	as := make([]*parallax.Article, len(docs))
	for i := range as {
		a := *docs[i].Article
		as[i] = &a
	}
	x := story.NewIndex(story.Options{})
	x.AddBatch(as)
	for _, tp := range []string{"2", "25", "10", "9", "27", "28", "35", "3", "12"} {
		var within, cross []float64
		for i := range docs {
			for j := i + 1; j < len(docs); j++ {
				if docs[i].Topic != tp || docs[j].Topic != tp {
					continue
				}
				c := x.DebugCos(as[i].ID, as[j].ID)
				if docs[i].Gold == docs[j].Gold {
					within = append(within, c)
				} else {
					cross = append(cross, c)
				}
			}
		}
		sort.Float64s(within)
		sort.Float64s(cross)
		fmt.Printf("topic %s within median %.2f q25 %.2f | cross median %.2f q75 %.2f max %.2f\n", tp, within[len(within)/2], within[len(within)/4], cross[len(cross)/2], cross[3*len(cross)/4], cross[len(cross)-1])
	}
	for i, d := range docs {
		if d.Topic == "2" && i%3 == 0 {
			fmt.Printf("%s %q\n   %s\n", d.Gold, as[i].Title, x.DebugTerms(as[i].ID, 20))
		}
	}
}
