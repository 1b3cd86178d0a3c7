package attribution_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/attribution"
	"github.com/parallax-news/parallax/eval"
)

func TestZZDebug(t *testing.T) {
	if os.Getenv("PARALLAX_DEBUG") == "" {
		t.Skip()
	}
	train := loadDocs(t, "train")
	tr, ho := train[:700], train[700:]
	m := attribution.Train(trainingDocs(tr), attribution.TrainOptions{Epochs: 5})
	txt := func(text string, ss []parallax.Span) string {
		var b []string
		for _, s := range ss {
			b = append(b, text[s.Start:s.End])
		}
		return strings.ReplaceAll(strings.Join(b, " || "), "\n", " ")
	}
	role := os.Getenv("PARALLAX_DEBUG")
	n := 0
	for _, d := range ho[40:70] {
		pred := m.Find(d.Text)
		get := func(a eval.Attribution) []parallax.Span {
			switch role {
			case "source":
				return a.Source
			case "cue":
				return a.Cue
			}
			return a.Content
		}
		gs := map[string]bool{}
		for _, a := range d.Gold {
			if s := get(eval.NormalizeAttribution(d.Text, a)); len(s) > 0 {
				gs[fmt.Sprint(s)] = true
			}
		}
		ps := map[string]bool{}
		for _, a := range pred {
			if s := get(eval.NormalizeAttribution(d.Text, eval.Attribution(a))); len(s) > 0 {
				ps[fmt.Sprint(s)] = true
				if !gs[fmt.Sprint(s)] && n < 200 {
					n++
					fmt.Printf("FP %s\n", txt(d.Text, s))
				}
			}
		}
		for _, a := range d.Gold {
			if s := get(eval.NormalizeAttribution(d.Text, a)); len(s) > 0 && !ps[fmt.Sprint(s)] && n < 200 {
				n++
				fmt.Printf("FN %s   [cue %s]\n", txt(d.Text, s), txt(d.Text, a.Cue))
			}
		}
	}
}
