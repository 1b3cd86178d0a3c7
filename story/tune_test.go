package story_test

import (
	"os"
	"testing"
	"time"

	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/story"
)

// TestTune sweeps the threshold over both data sets; run with
// PARALLAX_TUNE=1 while tuning.
func TestTune(t *testing.T) {
	if os.Getenv("PARALLAX_TUNE") == "" {
		t.Skip("set PARALLAX_TUNE=1 to sweep thresholds")
	}
	ecb, err := eval.LoadECBPlus(benchDir(t, "ecbplus"))
	if err != nil {
		t.Fatal(err)
	}
	as, err := eval.LoadAllSides(benchDir(t, "allsides"))
	if err != nil {
		t.Fatal(err)
	}
	for _, hl := range []float64{12, 24, 48, 72, 120} {
	*story.HalfLife = time.Duration(hl * float64(time.Hour))
	t.Logf("half-life %v", *story.HalfLife)
	for _, th := range []float64{0.15, 0.2, 0.25, 0.3} {
		opt := story.Options{Threshold: th}
		e, _, _ := eval.EvalCluster(ecb, clusterWith(opt))
		es, _, _ := eval.EvalCluster(ecb, clusterStream(opt))
		a, _, _ := eval.EvalCluster(as, clusterWith(opt))
		t.Logf("th %.3f  ecb B3 batch %.3f (P %.3f R %.3f) stream %.3f  | allsides pairF1 %.3f (P %.3f R %.3f) B3 %.3f", th, e.B3F1, e.B3P, e.B3R, es.B3F1, a.PairF1, a.PairP, a.PairR, a.B3F1)
	}
	}
}
