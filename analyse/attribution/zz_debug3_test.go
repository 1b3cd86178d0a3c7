package attribution_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/analyse/attribution"
	"github.com/parallax-news/parallax/eval"
)

func TestZZPairs(t *testing.T) {
	which := os.Getenv("PARALLAX_PAIRS")
	if which == "" {
		t.Skip()
	}
	train := loadDocs(t, "train")
	ho := train[700:]
	f, _ := os.Open("/tmp/e15.bin.gz")
	m, _ := attribution.Load(f)
	n := 0
	for _, d := range ho {
		for _, pa := range m.Find(d.Text) {
			pn := eval.NormalizeAttribution(d.Text, eval.Attribution(pa))
			if len(pn.Content) == 0 {
				continue
			}
			for _, g := range d.Gold {
				gn := eval.NormalizeAttribution(d.Text, g)
				if len(gn.Content) == 0 {
					continue
				}
				ps, pe := pn.Content[0].Start, pn.Content[len(pn.Content)-1].End
				gs, ge := gn.Content[0].Start, gn.Content[len(gn.Content)-1].End
				ok := (which == "start" && pe == ge && ps != gs) || (which == "end" && ps == gs && pe != ge)
				if ok && n < 50 {
					n++
					lo, hi := min(ps, gs), max(pe, ge)
					ctx := d.Text[max(0, lo-60):min(len(d.Text), hi+20)]
					fmt.Printf("P[%s]\nG[%s]\n  ctx: %s\n", strings.ReplaceAll(d.Text[ps:pe], "\n", " "), strings.ReplaceAll(d.Text[gs:ge], "\n", " "), strings.ReplaceAll(ctx, "\n", " "))
				}
			}
		}
	}
}
