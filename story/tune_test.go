package story_test

import (
	"hash/fnv"
	"math/rand/v2"
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

// TestTuneCycle sweeps the fast decay and the shared details that lift it
// (cycleHalfLife, sharedDetail) on AllSides and on ECB+ with each
// sub-topic's articles spread over 3 and 4 days: the fast decay must not
// cut real events that run over several days.
func TestTuneCycle(t *testing.T) {
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
	e3, e4 := spread(ecb, 3), spread(ecb, 4)
	ch0, sd0 := *story.CycleHalfLife, *story.SharedDetail
	defer func() { *story.CycleHalfLife, *story.SharedDetail = ch0, sd0 }()
	for _, ch := range []int{24, 30, 36} {
		*story.CycleHalfLife = time.Duration(ch) * time.Hour
		for _, sd := range []int{0, 6, 8, 10} {
			*story.SharedDetail = sd
			a, _, _ := eval.EvalCluster(as, clusterWith(story.Options{}))
			r3, _, _ := eval.EvalCluster(e3, clusterWith(story.Options{}))
			r4, _, _ := eval.EvalCluster(e4, clusterWith(story.Options{}))
			t.Logf("cycle %dh shared %d  allsides pairF1 %.3f (P %.3f R %.3f) | ecb+ over 3 days B3 %.3f, 4 days %.3f", ch, sd, a.PairF1, a.PairP, a.PairR, r3.B3F1, r4.B3F1)
		}
	}
}

// spread dates ECB+ (which has none): each sub-topic at a day of 2024
// drawn from its name, its articles at random times over the days after.
func spread(docs []eval.ClusterDoc, days int) []eval.ClusterDoc {
	r := rand.New(rand.NewPCG(7, uint64(days)))
	out := make([]eval.ClusterDoc, len(docs))
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, d := range docs {
		a := *d.Article
		h := fnv.New32a()
		h.Write([]byte(d.Gold))
		start := base.Add(time.Duration(h.Sum32()%365) * 24 * time.Hour)
		a.Published = start.Add(time.Duration(r.Int64N(int64(days) * int64(24*time.Hour))))
		d.Article = &a
		out[i] = d
	}
	return out
}
