package attribution

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/perceptron"
)

// Attribution is one attribution relation found in a text: byte spans of
// its source ("the senator"), cue ("said") and content (what was said or
// thought). A part may be split — a quote broken by its cue has two
// content segments — or absent (a cue with no named source).
type Attribution struct {
	Source  []parallax.Span
	Cue     []parallax.Span
	Content []parallax.Span
}

// Doc is a training document: a text and its gold attributions, with
// byte offsets.
type Doc struct {
	Text         string
	Attributions []Attribution
}

// Model is a trained attribution tagger: two perceptrons, stacked. The
// first tags tokens from lexical, quotation and sentence features; the
// second sees the same features and, around each token, the first's tags
// and where its cues are, so it can place sources and content relative
// to the cue they belong to.
type Model struct {
	first, second *perceptron.Model
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

// Token labels: BILOU over the three roles.
const (
	roleSource  = "SRC"
	roleCue     = "CUE"
	roleContent = "CON"
	outside     = "O"
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
	type item struct {
		doc  int
		p    *paragraph
		seq  perceptron.Sequence
		keep [][]string // the second pass's share of the features
		tags []string   // first-pass tags from the fold that did not see it
	}
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
			items = append(items, &item{doc: i, p: p, keep: keep, seq: perceptron.Sequence{Features: all, Labels: goldLabels(p.toks, d.Attributions)}})
		}
	}
	popts := func(stage string) perceptron.Options {
		o := perceptron.Options{Epochs: opts.Epochs, Seed: opts.Seed}
		if opts.Progress != nil {
			o.Progress = func(epoch, errors int) { opts.Progress(stage, epoch, errors) }
		}
		return o
	}
	seqs := func(keep func(*item) bool) []perceptron.Sequence {
		var out []perceptron.Sequence
		for _, it := range items {
			if keep(it) {
				out = append(out, it.seq)
			}
		}
		return out
	}
	first := perceptron.Train(seqs(func(*item) bool { return true }), popts("first"))
	for k := range folds {
		m := perceptron.Train(seqs(func(it *item) bool { return it.doc%folds != k }), popts(fmt.Sprintf("fold %d", k+1)))
		for _, it := range items {
			if it.doc%folds == k {
				it.tags = m.Predict(it.seq.Features)
			}
		}
	}
	var stacked []perceptron.Sequence
	for _, it := range items {
		stacked = append(stacked, perceptron.Sequence{Features: it.p.stackFeatures(it.keep, it.tags, &featureSet{}), Labels: it.seq.Labels})
	}
	return &Model{first: first, second: perceptron.Train(stacked, popts("second"))}
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

// Find returns the attributions of text, in order of their cues.
func (m *Model) Find(text string) []Attribution {
	var out []Attribution
	var toks []token
	var first, second featureSet // reused from paragraph to paragraph
	// A quotation left open at the end of a paragraph goes on in the next
	// one when that opens with a quote mark: content found there before
	// any cue is the open attribution's (last, an index into out).
	last, open := -1, false
	for _, pr := range paragraphs(text) {
		toks = tokenize(text, pr[0], pr[1], toks[:0])
		if len(toks) == 0 {
			continue
		}
		p := newParagraph(toks)
		continues := open && p.quote[0] == "open" && last >= 0
		open = p.quote[len(toks)-1] == "in" || p.quote[len(toks)-1] == "open"
		f, keep := p.features(&first)
		tags := m.first.Predict(f)
		if allOutside(tags) {
			// Nothing for the second pass to place: it learnt to see
			// attributions through the first pass's tags.
			last = -1
			continue
		}
		tags = m.second.Predict(p.stackFeatures(keep, tags, &second))
		found, lead := group(p, tags)
		if continues && len(lead) > 0 {
			out[last].Content = append(out[last].Content, lead...)
		} else {
			last = -1
		}
		out = append(out, found...)
		for i := len(out) - 1; i >= len(out)-len(found); i-- {
			if len(out[i].Content) > 0 {
				last = i
				break
			}
		}
	}
	return out
}

func allOutside(tags []string) bool {
	for _, t := range tags {
		if t != outside {
			return false
		}
	}
	return true
}

const magic = "PXATTR1\n"

// Save writes the model: a header and the two perceptrons, each
// compressed, dropping features whose weights are all below prune in
// magnitude.
func (m *Model) Save(w io.Writer, prune float32) error {
	var parts [2]bytes.Buffer
	for i, p := range []*perceptron.Model{m.first, m.second} {
		if err := p.Save(&parts[i], prune); err != nil {
			return fmt.Errorf("save attribution model: %w", err)
		}
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	for _, b := range parts {
		var n [binary.MaxVarintLen64]byte
		bw.Write(n[:binary.PutUvarint(n[:], uint64(b.Len()))])
		bw.Write(b.Bytes())
	}
	return bw.Flush()
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("read attribution model: not an attribution model")
	}
	var ps [2]*perceptron.Model
	for i := range ps {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 1<<30 {
			return nil, errors.New("read attribution model: bad part length")
		}
		if ps[i], err = perceptron.Load(io.LimitReader(br, int64(n))); err != nil {
			return nil, fmt.Errorf("read attribution model: %w", err)
		}
	}
	return &Model{first: ps[0], second: ps[1]}, nil
}

// Training defaults of the shipped model.
const (
	DefaultEpochs         = 15
	Prune         float32 = 16
)
