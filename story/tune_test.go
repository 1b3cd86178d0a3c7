package story_test

import (
	"os"
	"testing"
	"time"

	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/story"
)

// TestTune sweeps the main tuning knobs (half-life, split ratio,
// threshold) over both data sets; run it with PARALLAX_TUNE=1 when
// changing the features or the clustering.
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
	hl0, sp0 := *story.HalfLife, *story.SplitRatio
	defer func() { *story.HalfLife, *story.SplitRatio = hl0, sp0 }()
	for _, hl := range []float64{48, 60, 72} {
		*story.HalfLife = time.Duration(hl) * time.Hour
		for _, sp := range []float64{0.6, 0.7, 0.8, 0.9} {
			*story.SplitRatio = sp
			for _, th := range []float64{0.2, 0.225, 0.25} {
				opt := story.Options{Threshold: th}
				e, _, _ := eval.EvalCluster(ecb, clusterWith(opt))
				a, _, _ := eval.EvalCluster(as, clusterWith(opt))
				t.Logf("half-life %.0fh split %.2f th %.3f  ecb B3 %.3f (P %.3f R %.3f) | allsides pairF1 %.3f (P %.3f R %.3f)", hl, sp, th, e.B3F1, e.B3P, e.B3R, a.PairF1, a.PairP, a.PairR)
			}
		}
	}
}
