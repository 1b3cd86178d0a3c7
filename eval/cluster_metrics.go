package eval

// ClusterScore is how a predicted clustering compares with the gold one.
//
// Pairwise scores look at every unordered pair of documents: a pair is
// positive when both documents share a cluster. Precision is the share of
// pairs put together by the prediction that the gold also puts together;
// recall the share of gold pairs the prediction puts together.
//
// B-cubed scores (Bagga and Baldwin 1998) look at each document: its
// precision is the share of its predicted cluster that is in its gold
// cluster, its recall the share of its gold cluster that is in its
// predicted cluster; both are averaged over documents.
//
// Edge cases: with no predicted pairs (all singletons) pairwise precision
// is 1, as nothing wrong was put together; with no gold pairs pairwise
// recall is 1, as nothing was missed. An F1 whose precision and recall are
// both 0 is 0. With no documents every score is 0.
type ClusterScore struct {
	Docs         int // documents scored
	GoldClusters int // distinct gold labels
	PredClusters int // distinct predicted labels

	PairP, PairR, PairF1 float64 // pairwise precision, recall, F1
	B3P, B3R, B3F1       float64 // B-cubed precision, recall, F1
}

// ScoreClusters scores predicted cluster labels against gold ones, one
// label of each per document, in the same order. Labels are compared only
// for equality within each side, so the two sides need not share names.
// It panics when the slices differ in length, a caller's bug.
//
// It runs in time linear in the number of documents: every score is
// computed from the contingency table of (predicted, gold) label counts.
func ScoreClusters(gold, pred []string) ClusterScore {
	if len(gold) != len(pred) {
		panic("eval: ScoreClusters: gold and pred differ in length")
	}
	s := ClusterScore{Docs: len(gold)}
	if s.Docs == 0 {
		return s
	}

	// Count documents per gold label, per predicted label and per cell.
	type cell struct{ pred, gold string }
	goldSize := map[string]int{}
	predSize := map[string]int{}
	cells := map[cell]int{}
	for i := range gold {
		goldSize[gold[i]]++
		predSize[pred[i]]++
		cells[cell{pred[i], gold[i]}]++
	}
	s.GoldClusters, s.PredClusters = len(goldSize), len(predSize)

	// Pairwise: same-cluster pairs on each side and on both.
	var both, predPairs, goldPairs float64
	for _, n := range cells {
		both += pairs(n)
	}
	for _, n := range predSize {
		predPairs += pairs(n)
	}
	for _, n := range goldSize {
		goldPairs += pairs(n)
	}
	s.PairP, s.PairR = ratioOr1(both, predPairs), ratioOr1(both, goldPairs)
	s.PairF1 = f1(s.PairP, s.PairR)

	// B-cubed: the n documents of a cell each score n/|pred| and n/|gold|.
	var p, r float64
	for c, n := range cells {
		fn := float64(n)
		p += fn * fn / float64(predSize[c.pred])
		r += fn * fn / float64(goldSize[c.gold])
	}
	docs := float64(s.Docs)
	s.B3P, s.B3R = p/docs, r/docs
	s.B3F1 = f1(s.B3P, s.B3R)
	return s
}

// pairs is n choose 2.
func pairs(n int) float64 { return float64(n) * float64(n-1) / 2 }

// ratioOr1 is a/b, or 1 when b is 0 (an empty set of claims has no errors).
func ratioOr1(a, b float64) float64 {
	if b == 0 {
		return 1
	}
	return a / b
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
