package attribution

import (
	"fmt"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/perceptron"
)

// Doc is a training document: a text, its gold attributions and the
// hints Find will be given for it (see hintRoles), with byte offsets.
type Doc struct {
	Text         string
	Attributions []Attribution
	Hints        []Attribution
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
//
// Features are held as ids of one perceptron.Dict, not as strings: the
// four perceptrons are trained from the same encoding, and training
// needs a third of the memory.
func Train(docs []Doc, opts TrainOptions) *Model {
	if opts.Epochs <= 0 {
		opts.Epochs = DefaultEpochs
	}
	dict := perceptron.NewDict()
	items := trainingItems(docs, dict)
	first := perceptron.TrainEncoded(dict, encoded(items, func(*item) bool { return true }), opts.perceptron("first"))
	// Jackknife: each fold's first-pass tags come from a model trained on
	// the other folds.
	for k := range folds {
		m := perceptron.TrainEncoded(dict, encoded(items, func(it *item) bool { return it.doc%folds != k }), opts.perceptron(fmt.Sprintf("fold %d", k+1)))
		for _, it := range items {
			if it.doc%folds == k {
				it.tags = m.PredictEncoded(it.features)
			}
		}
	}
	stacked := make([]perceptron.Encoded, len(items))
	var fs featureSet
	for i, it := range items {
		stacked[i] = perceptron.Encoded{Features: it.stackFeatures(dict, &fs), Labels: it.labels}
	}
	return newModel(first, perceptron.TrainEncoded(dict, stacked, opts.perceptron("second")))
}

// item is a training paragraph.
type item struct {
	doc int // index of its document, which picks its fold
	p   *paragraph
	// The ids of each token's first-pass features, and of the share of
	// them the second pass sees.
	features, kept [][]int32
	labels         []string
	tags           []string // first-pass tags from the fold that did not see it
}

func trainingItems(docs []Doc, dict *perceptron.Dict) []*item {
	var items []*item
	var toks []token
	var fs featureSet
	var hints []byte
	for i, d := range docs {
		hints = hintRoles(len(d.Text), d.Hints, hints)
		for _, pr := range paragraphs(d.Text) {
			toks = tokenize(d.Text, pr[0], pr[1], toks[:0])
			if len(toks) == 0 {
				continue
			}
			p := newParagraph(append([]token(nil), toks...), hints)
			it := &item{doc: i, p: p, labels: goldLabels(p.toks, d.Attributions)}
			it.encode(dict, &fs)
			p.parts = nil // rebuilt when stacked (stackFeatures): the training set, kept whole, holds none
			items = append(items, it)
		}
	}
	return items
}

// encode sets the ids of the item's first-pass features and of their
// second-pass share.
func (it *item) encode(dict *perceptron.Dict, fs *featureSet) {
	n := len(it.p.toks)
	all, _ := it.p.features(fs)
	it.features, it.kept = make([][]int32, n), make([][]int32, n)
	for i := range n {
		ids := dict.Encode(all[i], make([]int32, 0, len(all[i])))
		lo, _ := fs.features(i, n)
		var kept []int32
		for k, id := range ids {
			if fs.keep[lo+k] {
				kept = append(kept, id)
			}
		}
		it.features[i], it.kept[i] = ids, kept
	}
}

// stackFeatures returns the ids of the second pass's features of each
// token: the kept first-pass ones, then those built on the first pass's
// tags, in the order Find adds them.
func (it *item) stackFeatures(dict *perceptron.Dict, fs *featureSet) [][]int32 {
	n := len(it.p.toks)
	it.p.markParts()
	defer func() { it.p.parts = nil }()
	it.p.buildStack(it.tags, fs)
	stack, _ := fs.strings(n)
	out := make([][]int32, n)
	for i := range n {
		ids := append(make([]int32, 0, len(it.kept[i])+len(stack[i])), it.kept[i]...)
		out[i] = dict.Encode(stack[i], ids)
	}
	return out
}

// encoded returns the encoded sequences of the items keep selects.
func encoded(items []*item, keep func(*item) bool) []perceptron.Encoded {
	var out []perceptron.Encoded
	for _, it := range items {
		if keep(it) {
			out = append(out, perceptron.Encoded{Features: it.features, Labels: it.labels})
		}
	}
	return out
}

// perceptron returns the options of one of the perceptrons trained.
func (o TrainOptions) perceptron(stage string) perceptron.Options {
	po := perceptron.Options{Epochs: o.Epochs, Seed: o.Seed, Allowed: perceptron.BILOU}
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
