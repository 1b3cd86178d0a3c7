package story_test

import (
	"os"
	"testing"
	"time"

	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/story"
)

// TestTune sweeps tuning knobs over both data sets; run with
// PARALLAX_TUNE=1 while tuning.
func TestTune(t *testing.T) {
	if os.Getenv("PARALLAX_TUNE") == "" {
		t.Skip("set PARALLAX_TUNE=1 to sweep the tuning knobs")
	}
	ecb, err := eval.LoadECBPlus(benchDir(t, "ecbplus"))
	if err != nil {
		t.Fatal(err)
	}
	as, err := eval.LoadAllSides(benchDir(t, "allsides"))
	if err != nil {
		t.Fatal(err)
	}
	*story.HalfLife = 60 * time.Hour
	b0 := *story.Boost
	defer func() { *story.Boost = b0 }()
	*story.SeedMargin = 0
	*story.MergeMargin = 1
	for _, fs := range []float64{0, 4, 5, 6} {
		*story.LinkMode = int(fs)
		for _, mm := range []float64{0} {
		for _, th := range []float64{0.15, 0.2, 0.25, 0.3, 0.35} {
			opt := story.Options{Threshold: th}
			e, _, _ := eval.EvalCluster(ecb, clusterWith(opt))
			a, _, _ := eval.EvalCluster(as, clusterWith(opt))
			t.Logf("margin %.2f merge %.2f th %.3f  ecb B3 %.3f (P %.3f R %.3f) | allsides pairF1 %.3f (P %.3f R %.3f)", fs, mm, th, e.B3F1, e.B3P, e.B3R, a.PairF1, a.PairP, a.PairR)
		}
		}
	}
}
