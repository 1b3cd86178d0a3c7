package eval_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
)

// clusterDocs builds docs from "gold/topic:title" entries.
func clusterDocs(entries ...string) []eval.ClusterDoc {
	docs := make([]eval.ClusterDoc, len(entries))
	for i, e := range entries {
		labels, title, _ := strings.Cut(e, ":")
		gold, topic, _ := strings.Cut(labels, "/")
		docs[i] = eval.ClusterDoc{Article: &parallax.Article{Title: title}, Gold: gold, Topic: topic}
	}
	return docs
}

// byFirstWord clusters docs by the first word of their title: a trivial
// clusterer that is right about topics and blind to sub-topics.
func byFirstWord(docs []eval.ClusterDoc) []string {
	pred := make([]string, len(docs))
	for i, d := range docs {
		pred[i], _, _ = strings.Cut(d.Article.Title, " ")
	}
	return pred
}

func TestEvalCluster(t *testing.T) {
	docs := clusterDocs(
		"quake1/quake:Quake hits coastal town",
		"quake1/quake:Quake damage counted",
		"quake2/quake:Quake shakes mountain villages",
		"vote1/vote:Vote count delayed",
		"vote1/vote:Vote turnout record",
	)
	sub, topic, elapsed := eval.EvalCluster(docs, byFirstWord)
	if elapsed <= 0 {
		t.Errorf("elapsed = %v, want > 0", elapsed)
	}
	// Topic level is perfect; at sub-topic level the quake merge costs
	// precision: pairs 1 (quake1) + 1 (vote1) right of 3 + 1 predicted.
	if topic.PairF1 != 1 || topic.B3F1 != 1 {
		t.Errorf("topic level = %+v, want perfect", topic)
	}
	if got, want := sub.PairP, 2.0/4; got != want {
		t.Errorf("sub-topic PairP = %v, want %v", got, want)
	}
	if got, want := sub.PairR, 1.0; got != want {
		t.Errorf("sub-topic PairR = %v, want %v", got, want)
	}
	if got, want := sub.GoldClusters, 3; got != want {
		t.Errorf("sub-topic GoldClusters = %d, want %d", got, want)
	}
}

func TestEvalClusterNoTopics(t *testing.T) {
	docs := clusterDocs("s1:Alpha one", "s1:Alpha two", "s2:Beta one")
	sub, topic, _ := eval.EvalCluster(docs, byFirstWord)
	if sub.B3F1 != 1 {
		t.Errorf("story level B3F1 = %v, want 1", sub.B3F1)
	}
	if topic != (eval.ClusterScore{}) {
		t.Errorf("topic level = %+v, want zero without topics", topic)
	}
}

func TestEvalClusterWrongLabelCountPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("no panic for a clusterer returning too few labels")
		}
	}()
	eval.EvalCluster(clusterDocs("a:x", "a:y"), func([]eval.ClusterDoc) []string { return []string{"1"} })
}

func TestBaselines(t *testing.T) {
	docs := clusterDocs("q1/q:a", "q1/q:b", "q2/q:c", "v1/v:d")
	tests := []struct {
		name           string
		f              eval.ClusterFunc
		pred           int
		pairP, pairR   float64
		wantTopicExact bool
	}{
		{name: "singletons", f: eval.Singletons, pred: 4, pairP: 1, pairR: 0},
		// Clustering by gold topic merges q1 and q2: 1 right pair of 3.
		{name: "gold topics", f: eval.GoldTopics, pred: 2, pairP: 1.0 / 3, pairR: 1, wantTopicExact: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub, topic, _ := eval.EvalCluster(docs, tt.f)
			if sub.PredClusters != tt.pred || sub.PairP != tt.pairP || sub.PairR != tt.pairR {
				t.Errorf("sub = %d pred, P %v R %v; want %d, %v, %v", sub.PredClusters, sub.PairP, sub.PairR, tt.pred, tt.pairP, tt.pairR)
			}
			if tt.wantTopicExact && topic.B3F1 != 1 {
				t.Errorf("topic B3F1 = %v, want 1", topic.B3F1)
			}
		})
	}
}

func TestDocsPerSec(t *testing.T) {
	if got := eval.DocsPerSec(500, 2*time.Second); got != 250 {
		t.Errorf("DocsPerSec(500, 2s) = %v, want 250", got)
	}
	if got := eval.DocsPerSec(500, 0); got != 0 {
		t.Errorf("DocsPerSec(500, 0) = %v, want 0", got)
	}
}

func TestWriteClusterTable(t *testing.T) {
	var b bytes.Buffer
	eval.WriteClusterTable(&b, "ECB+ (test)", []eval.ClusterRow{
		{Level: "sub-topic", Method: "parallax", DocsPerSec: 1234.4,
			Score: eval.ClusterScore{Docs: 772, GoldClusters: 66, PredClusters: 80, PairP: 0.9, PairR: 0.8, PairF1: 0.847, B3P: 0.95, B3R: 0.85, B3F1: 0.897}},
		{Level: "sub-topic", Method: "singletons",
			Score: eval.ClusterScore{Docs: 772, GoldClusters: 66, PredClusters: 772, PairP: 1, B3P: 1, B3R: 0.1, B3F1: 0.18}},
	})
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want 4 (name, header, 2 rows):\n%s", len(lines), b.String())
	}
	if lines[0] != "ECB+ (test)" {
		t.Errorf("first line = %q, want the data set name", lines[0])
	}
	for _, want := range []string{"pair F1", "B3 F1", "docs/s"} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("header %q lacks %q", lines[1], want)
		}
	}
	for _, want := range []string{"parallax", "772", "80", "0.847", "0.897", "1234"} {
		if !strings.Contains(lines[2], want) {
			t.Errorf("row %q lacks %q", lines[2], want)
		}
	}
	// Columns align: every line of the table is the same width.
	if len(lines[1]) != len(lines[2]) || len(lines[2]) != len(lines[3]) {
		t.Errorf("rows not aligned:\n%s", b.String())
	}
	if !strings.HasSuffix(lines[3], "-") {
		t.Errorf("unmeasured speed shown as %q, want -", lines[3])
	}
}
