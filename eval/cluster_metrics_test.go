package eval_test

import (
	"math"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/eval"
)

// labels splits "a a b" into per-document labels.
func labels(s string) []string { return strings.Fields(s) }

func TestScoreClusters(t *testing.T) {
	// The Bagga and Baldwin (1998) example: gold clusters {1-5}, {6,7},
	// {8-12}. Response A merges {6,7} with {8-12}; response B merges
	// {1-5} with {8-12}. Both have recall 1; B-cubed precision tells them
	// apart: 64/84 for A (0.76 in the paper), 7/12 for B (0.58).
	gold := "a a a a a b b c c c c c"
	tests := []struct {
		name       string
		gold, pred string
		want       eval.ClusterScore
	}{
		{
			name: "bagga-baldwin response A", gold: gold, pred: "x x x x x y y y y y y y",
			want: eval.ClusterScore{Docs: 12, GoldClusters: 3, PredClusters: 2,
				PairP: 21.0 / 31, PairR: 1, B3P: 64.0 / 84, B3R: 1},
		},
		{
			name: "bagga-baldwin response B", gold: gold, pred: "x x x x x y y x x x x x",
			want: eval.ClusterScore{Docs: 12, GoldClusters: 3, PredClusters: 2,
				PairP: 21.0 / 46, PairR: 1, B3P: 7.0 / 12, B3R: 1},
		},
		{
			name: "perfect, with other label names", gold: gold, pred: "3 3 3 3 3 1 1 2 2 2 2 2",
			want: eval.ClusterScore{Docs: 12, GoldClusters: 3, PredClusters: 3,
				PairP: 1, PairR: 1, B3P: 1, B3R: 1},
		},
		{
			// No predicted pairs: pairwise precision is 1 by definition.
			name: "all singletons", gold: gold, pred: "1 2 3 4 5 6 7 8 9 10 11 12",
			want: eval.ClusterScore{Docs: 12, GoldClusters: 3, PredClusters: 12,
				PairP: 1, PairR: 0, B3P: 1, B3R: (5*0.2 + 2*0.5 + 5*0.2) / 12},
		},
		{
			// 66 pairs predicted, 21 right; each doc's precision is the
			// share of all 12 in its gold cluster.
			name: "all in one", gold: gold, pred: "x x x x x x x x x x x x",
			want: eval.ClusterScore{Docs: 12, GoldClusters: 3, PredClusters: 1,
				PairP: 21.0 / 66, PairR: 1, B3P: (5*5.0/12 + 2*2.0/12 + 5*5.0/12) / 12, B3R: 1},
		},
		{
			// No gold pairs: pairwise recall is 1 by definition, and the
			// one predicted pair is wrong.
			name: "gold all singletons", gold: "a b c", pred: "x x y",
			want: eval.ClusterScore{Docs: 3, GoldClusters: 3, PredClusters: 2,
				PairP: 0, PairR: 1, B3P: (0.5 + 0.5 + 1) / 3, B3R: 1},
		},
		{
			name: "one split and one merge", gold: "a a a b", pred: "x x y y",
			want: eval.ClusterScore{Docs: 4, GoldClusters: 2, PredClusters: 2,
				PairP: 1.0 / 2, PairR: 1.0 / 3, B3P: (1 + 1 + 0.5 + 0.5) / 4, B3R: (2.0/3 + 2.0/3 + 1.0/3 + 1) / 4},
		},
		{name: "empty", want: eval.ClusterScore{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eval.ScoreClusters(labels(tt.gold), labels(tt.pred))
			want := tt.want
			want.PairF1 = harmonic(want.PairP, want.PairR)
			want.B3F1 = harmonic(want.B3P, want.B3R)
			if got.Docs != want.Docs || got.GoldClusters != want.GoldClusters || got.PredClusters != want.PredClusters {
				t.Fatalf("counts = %d docs %d gold %d pred, want %d %d %d",
					got.Docs, got.GoldClusters, got.PredClusters, want.Docs, want.GoldClusters, want.PredClusters)
			}
			for _, c := range []struct {
				name      string
				got, want float64
			}{
				{"PairP", got.PairP, want.PairP}, {"PairR", got.PairR, want.PairR}, {"PairF1", got.PairF1, want.PairF1},
				{"B3P", got.B3P, want.B3P}, {"B3R", got.B3R, want.B3R}, {"B3F1", got.B3F1, want.B3F1},
			} {
				if math.Abs(c.got-c.want) > 1e-12 {
					t.Errorf("%s = %.6f, want %.6f", c.name, c.got, c.want)
				}
			}
		})
	}
}

// TestScoreClustersPaperFigures checks the figures as printed in the
// B-cubed paper, independently of the fractions above.
func TestScoreClustersPaperFigures(t *testing.T) {
	gold := labels("a a a a a b b c c c c c")
	if got := eval.ScoreClusters(gold, labels("x x x x x y y y y y y y")).B3P; math.Round(got*100) != 76 {
		t.Errorf("response A B-cubed precision = %.4f, want 0.76", got)
	}
	if got := eval.ScoreClusters(gold, labels("x x x x x y y x x x x x")).B3P; math.Round(got*100) != 58 {
		t.Errorf("response B B-cubed precision = %.4f, want 0.58", got)
	}
}

func TestScoreClustersLengthMismatchPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("no panic for labels of different lengths")
		}
	}()
	eval.ScoreClusters(labels("a b"), labels("a"))
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
