package eval

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// ClusterDoc is one article of a clustering data set with its gold labels.
type ClusterDoc struct {
	// Article is what the clusterer sees: an opaque ID, Title, Text,
	// Published (zero if unknown), Language "en", Outlet and URL if known.
	// Nothing in it names the gold cluster.
	Article *parallax.Article
	Gold    string // gold cluster (story or ECB+ sub-topic)
	Topic   string // coarser gold cluster (ECB+ topic); "" when the data set has none
	// Name is where the document came from in the data set (a file name, a
	// story id and side), for reading results. It may encode the answer,
	// so it stays on the eval side and is never given to a clusterer.
	Name string
}

// ClusterFunc assigns a cluster label to each doc, in the same order. Only
// the equality of labels matters.
type ClusterFunc func(docs []ClusterDoc) []string

// ClusterRow is one line of a clustering results table.
type ClusterRow struct {
	Level      string // what gold is scored against: "sub-topic", "topic", "story"
	Method     string // the clusterer or baseline that made the prediction
	Score      ClusterScore
	DocsPerSec float64 // 0 when not measured (baselines)
}

// shuffleSeed fixes the document order of every loaded data set, so runs
// are comparable while the order carries no trace of the gold clusters.
const shuffleSeed = 20140526

// shuffleDocs puts docs in a fixed pseudo-random order and gives each
// article an opaque sequential id in that order. Data sets are stored
// sorted by cluster; an online clusterer fed them in that order would be
// told the answer by the order itself.
func shuffleDocs(docs []ClusterDoc) {
	r := rand.New(rand.NewPCG(shuffleSeed, shuffleSeed))
	r.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	width := len(strconv.Itoa(len(docs)))
	for i := range docs {
		docs[i].Article.ID = fmt.Sprintf("d%0*d", width, i+1)
	}
}

// EvalCluster runs f over docs and scores its labels against the gold
// clusters (sub) and, when the docs carry topics, against the topics
// (topic; the zero score otherwise). Only f is timed. It panics when f
// returns the wrong number of labels.
func EvalCluster(docs []ClusterDoc, f ClusterFunc) (sub, topic ClusterScore, elapsed time.Duration) {
	start := time.Now()
	pred := f(docs)
	elapsed = time.Since(start)
	if len(pred) != len(docs) {
		panic(fmt.Sprintf("eval: clusterer returned %d labels for %d docs", len(pred), len(docs)))
	}

	gold := make([]string, len(docs))
	topics := make([]string, len(docs))
	hasTopic := false
	for i, d := range docs {
		gold[i], topics[i] = d.Gold, d.Topic
		hasTopic = hasTopic || d.Topic != ""
	}
	sub = ScoreClusters(gold, pred)
	if hasTopic {
		topic = ScoreClusters(topics, pred)
	}
	return sub, topic, elapsed
}

// DocsPerSec is n documents over elapsed, or 0 when nothing was timed.
func DocsPerSec(n int, elapsed time.Duration) float64 {
	if elapsed <= 0 {
		return 0
	}
	return float64(n) / elapsed.Seconds()
}

// Singletons is the baseline that puts every document in a cluster of its
// own: perfect precision, and the recall of doing nothing.
func Singletons(docs []ClusterDoc) []string {
	pred := make([]string, len(docs))
	for i := range docs {
		pred[i] = strconv.Itoa(i)
	}
	return pred
}

// GoldTopics is the oracle baseline that clusters by the gold topic. At
// sub-topic level it shows what a clusterer scores that finds topics
// perfectly but never splits two similar events of a topic.
func GoldTopics(docs []ClusterDoc) []string {
	pred := make([]string, len(docs))
	for i, d := range docs {
		pred[i] = d.Topic
	}
	return pred
}

// WriteClusterTable prints rows as an aligned table under the data set's
// name: cluster counts, pairwise and B-cubed precision, recall and F1, and
// speed.
func WriteClusterTable(w io.Writer, name string, rows []ClusterRow) {
	if name != "" {
		fmt.Fprintln(w, name)
	}
	table := [][]string{{"level", "method", "docs", "gold", "pred",
		"pair P", "pair R", "pair F1", "B3 P", "B3 R", "B3 F1", "docs/s"}}
	for _, r := range rows {
		s := r.Score
		speed := "-"
		if r.DocsPerSec > 0 {
			speed = fmt.Sprintf("%.0f", r.DocsPerSec)
		}
		table = append(table, []string{
			r.Level, r.Method,
			strconv.Itoa(s.Docs), strconv.Itoa(s.GoldClusters), strconv.Itoa(s.PredClusters),
			fmt.Sprintf("%.3f", s.PairP), fmt.Sprintf("%.3f", s.PairR), fmt.Sprintf("%.3f", s.PairF1),
			fmt.Sprintf("%.3f", s.B3P), fmt.Sprintf("%.3f", s.B3R), fmt.Sprintf("%.3f", s.B3F1),
			speed,
		})
	}
	writeTable(w, table)
}
