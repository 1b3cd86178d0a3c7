package story_test

import (
	"os"
	"path/filepath"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/story"
)

// benchDir locates a data set of the public evaluation data, or skips.
func benchDir(t *testing.T, name string) string {
	t.Helper()
	root := os.Getenv("PARALLAX_BENCH")
	if root == "" {
		root = filepath.Join("..", "..", "shared", "bench")
	}
	dir := filepath.Join(root, name)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("evaluation data %s absent: %v", dir, err)
	}
	return dir
}

// clusterWith returns a clusterer that adds all docs in one batch.
func clusterWith(opt story.Options) eval.ClusterFunc {
	return func(docs []eval.ClusterDoc) []string {
		as := make([]*parallax.Article, len(docs))
		for i, d := range docs {
			a := *d.Article
			as[i] = &a
		}
		x := story.NewIndex(opt)
		out := make([]string, len(docs))
		for i, a := range x.AddBatch(as) {
			out[i] = a.Story
		}
		return out
	}
}

// clusterStream adds docs one at a time, in the order given.
func clusterStream(opt story.Options) eval.ClusterFunc {
	return func(docs []eval.ClusterDoc) []string {
		x := story.NewIndex(opt)
		out := make([]string, len(docs))
		for i, d := range docs {
			a := *d.Article
			out[i] = x.Add(&a).Story
		}
		return out
	}
}

// The scores the defaults reach, less a margin: a change that loses more
// than the margin fails. The goals are 0.90 for both; AllSides
// reaches 0.919 and is held to its goal.
const (
	minECBSubTopicB3F1 = 0.88
	minAllSidesPairF1  = 0.90
)

func TestECBPlus(t *testing.T) {
	docs, err := eval.LoadECBPlus(benchDir(t, "ecbplus"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []struct {
		name string
		f    eval.ClusterFunc
	}{{"batch", clusterWith(story.Options{})}, {"stream", clusterStream(story.Options{})}} {
		sub, topic, el := eval.EvalCluster(docs, m.f)
		t.Logf("ecb+ %s sub-topic: pred %d gold %d pair P %.3f R %.3f F1 %.3f  B3 P %.3f R %.3f F1 %.3f (%v)", m.name, sub.PredClusters, sub.GoldClusters, sub.PairP, sub.PairR, sub.PairF1, sub.B3P, sub.B3R, sub.B3F1, el)
		t.Logf("ecb+ %s topic:     pred %d gold %d pair P %.3f R %.3f F1 %.3f  B3 P %.3f R %.3f F1 %.3f", m.name, topic.PredClusters, topic.GoldClusters, topic.PairP, topic.PairR, topic.PairF1, topic.B3P, topic.B3R, topic.B3F1)
		if m.name == "batch" && sub.B3F1 < minECBSubTopicB3F1 {
			t.Errorf("ECB+ sub-topic B-cubed F1 %.3f, want ≥ %.2f", sub.B3F1, minECBSubTopicB3F1)
		}
		if topic.B3P < 0.99 {
			t.Errorf("ECB+ %s: topic-level B-cubed precision %.3f: stories mix topics", m.name, topic.B3P)
		}
	}
}

func TestAllSides(t *testing.T) {
	docs, err := eval.LoadAllSides(benchDir(t, "allsides"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []struct {
		name string
		f    eval.ClusterFunc
	}{{"batch", clusterWith(story.Options{})}, {"stream", clusterStream(story.Options{})}} {
		sub, _, el := eval.EvalCluster(docs, m.f)
		t.Logf("allsides %s: pred %d gold %d pair P %.3f R %.3f F1 %.3f  B3 P %.3f R %.3f F1 %.3f (%v)", m.name, sub.PredClusters, sub.GoldClusters, sub.PairP, sub.PairR, sub.PairF1, sub.B3P, sub.B3R, sub.B3F1, el)
		if m.name == "batch" && sub.PairF1 < minAllSidesPairF1 {
			t.Errorf("AllSides pairwise F1 %.3f, want ≥ %.2f", sub.PairF1, minAllSidesPairF1)
		}
	}
}
