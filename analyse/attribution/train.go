package attribution

import (
	"fmt"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/perceptron"
)

// Doc is a training document: a text and its gold attributions, with
// byte offsets.
type Doc struct {
	Text         string
	Attributions []Attribution
}

// TrainOptions control training. The zero value trains for DefaultEpochs
// with seed 1.
type TrainOptions struct {
	Epochs int
	Seed   uint64
	// Progress, if set, is called after every epoch of each of the four
	// perceptrons trained (stage "first", "fold 1", "fold 2", "second")
	// with the number of mislabelled tokens in it.
	Progress func(stage string, epoch, errors int)
}

// Training defaults of the shipped model.
const (
	DefaultEpochs         = 15
	Prune         float32 = 16
)

// folds is the number of parts the training documents are cut into so
// that the second perceptron learns from first-pass tags on documents the
// first pass did not see (jackknifing), as it will meet them.
const folds = 2

// Train fits a tagger to the documents, one sequence per paragraph. The
// same documents and options give the same model.
func Train(docs []Doc, opts TrainOptions) *Model {
	if opts.Epochs <= 0 {
		opts.Epochs = DefaultEpochs
	}
	items := trainingItems(docs)
	first := perceptron.Train(sequences(items, func(*item) bool { return true }), opts.perceptron("first"))
	// Jackknife: each fold's first-pass tags come from a model trained on
	// the other folds.
	for k := range folds {
		m := perceptron.Train(sequences(items, func(it *item) bool { return it.doc%folds != k }), opts.perceptron(fmt.Sprintf("fold %d", k+1)))
		for _, it := range items {
			if it.doc%folds == k {
				it.tags = m.Predict(it.seq.Features)
			}
		}
	}
	stacked := make([]perceptron.Sequence, len(items))
	for i, it := range items {
		stacked[i] = perceptron.Sequence{Features: it.p.stackFeatures(it.keep, it.tags, &featureSet{}), Labels: it.seq.Labels}
	}
	return &Model{first: first, second: perceptron.Train(stacked, opts.perceptron("second"))}
}

// item is a training paragraph.
type item struct {
	doc  int // index of its document, which picks its fold
	p    *paragraph
	seq  perceptron.Sequence
	keep [][]string // the second pass's share of the features
	tags []string   // first-pass tags from the fold that did not see it
}

func trainingItems(docs []Doc) []*item {
	var items []*item
	var toks []token
	for i, d := range docs {
		for _, pr := range paragraphs(d.Text) {
			toks = tokenize(d.Text, pr[0], pr[1], toks[:0])
			if len(toks) == 0 {
				continue
			}
			p := newParagraph(append([]token(nil), toks...))
			all, keep := p.features(&featureSet{})
			items = append(items, &item{doc: i, p: p, keep: keep,
				seq: perceptron.Sequence{Features: all, Labels: goldLabels(p.toks, d.Attributions)}})
		}
	}
	return items
}

func sequences(items []*item, keep func(*item) bool) []perceptron.Sequence {
	var out []perceptron.Sequence
	for _, it := range items {
		if keep(it) {
			out = append(out, it.seq)
		}
	}
	return out
}

// perceptron returns the options of one of the perceptrons trained.
func (o TrainOptions) perceptron(stage string) perceptron.Options {
	po := perceptron.Options{Epochs: o.Epochs, Seed: o.Seed}
	if o.Progress != nil {
		po.Progress = func(epoch, errors int) { o.Progress(stage, epoch, errors) }
	}
	return po
}

// goldLabels labels each token by the gold part it overlaps, BILOU: the
// first token of a segment is B-, the last L-, those between I-, and the
// token of a one-token segment U-.
func goldLabels(toks []token, gold []Attribution) []string {
	labels := make([]string, len(toks))
	for i := range labels {
		labels[i] = outside
	}
	if len(toks) == 0 {
		return labels
	}
	lo, hi := toks[0].start, toks[len(toks)-1].end
	for _, a := range gold {
		for _, part := range []struct {
			role  string
			spans []parallax.Span
		}{{roleSource, a.Source}, {roleCue, a.Cue}, {roleContent, a.Content}} {
			for _, s := range part.spans {
				if s.End <= lo || s.Start >= hi {
					continue
				}
				first, last := -1, -1
				for i, t := range toks {
					if t.end <= s.Start || t.start >= s.End {
						continue
					}
					if first < 0 {
						first = i
					}
					last = i
				}
				for i := first; i >= 0 && i <= last; i++ {
					labels[i] = "I-" + part.role
				}
				switch {
				case first < 0:
				case first == last:
					labels[first] = "U-" + part.role
				default:
					labels[first], labels[last] = "B-"+part.role, "L-"+part.role
				}
			}
		}
	}
	return labels
}
