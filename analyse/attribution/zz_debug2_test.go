package attribution_test

import (
	"fmt"
	"os"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/attribution"
	"github.com/parallax-news/parallax/eval"
)

func TestZZCategories(t *testing.T) {
	if os.Getenv("PARALLAX_DEBUG2") == "" {
		t.Skip()
	}
	train := loadDocs(t, "train")
	tr, ho := train[:700], train[700:]
	m := attribution.Train(trainingDocs(tr), attribution.TrainOptions{Epochs: 5})
	for r, name := range eval.RoleNames {
		cat := map[string]int{}
		for _, d := range ho {
			pred := m.Find(d.Text)
			get := func(a eval.Attribution) []parallax.Span {
				a = eval.NormalizeAttribution(d.Text, a)
				return [][]parallax.Span{a.Source, a.Cue, a.Content}[r]
			}
			var gs, ps [][]parallax.Span
			for _, a := range d.Gold {
				if s := get(a); len(s) > 0 {
					gs = append(gs, s)
				}
			}
			for _, a := range pred {
				if s := get(eval.Attribution(a)); len(s) > 0 {
					ps = append(ps, s)
				}
			}
			classify := func(x []parallax.Span, ys [][]parallax.Span, prefix string) {
				lo, hi := x[0].Start, x[len(x)-1].End
				best := "none"
				for _, y := range ys {
					ylo, yhi := y[0].Start, y[len(y)-1].End
					switch {
					case fmt.Sprint(x) == fmt.Sprint(y):
						best = "exact"
					case lo == ylo && hi == yhi && best != "exact":
						best = "same-ends-diff-segments"
					case lo == ylo && best == "none":
						best = "same-start"
					case hi == yhi && best == "none":
						best = "same-end"
					case lo < yhi && ylo < hi && best == "none":
						best = "overlap"
					}
				}
				cat[prefix+best]++
			}
			for _, p := range ps {
				classify(p, gs, "pred:")
			}
			for _, g := range gs {
				classify(g, ps, "gold:")
			}
		}
		fmt.Println(name, cat)
	}
}
