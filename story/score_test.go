package story_test

import (
	"fmt"

	"github.com/parallax-news/parallax/eval"
)

// scoreString scores a clustering against gold labels in one line.
func scoreString(gold, pred []string) string {
	s := eval.ScoreClusters(gold, pred)
	return fmt.Sprintf("gold %d pred %d pairwise P %.3f R %.3f F1 %.3f, B-cubed P %.3f R %.3f F1 %.3f",
		s.GoldClusters, s.PredClusters, s.PairP, s.PairR, s.PairF1, s.B3P, s.B3R, s.B3F1)
}
