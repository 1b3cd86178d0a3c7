// Package entity recognises people, organisations, locations and other
// named entities (CoNLL-2003 types PER, ORG, LOC, MISC) in tokenised text
// with an averaged structured perceptron, and resolves them: within an
// article (Resolve, which Find calls: canonical ids, short forms, titles
// as roles, demonyms) and across the articles of a story (Story,
// StoryIDs). It sits in the analyse stage; the story stage's output feeds
// Story.
package entity

import (
	"io"
	"sync"

	"github.com/parallax-news/parallax/internal/perceptron"
)

// Model is a trained entity tagger.
type Model struct {
	p *perceptron.Model
}

// TrainOptions control training. The zero value trains for 10 epochs with
// seed 1.
type TrainOptions struct {
	Epochs   int
	Seed     uint64
	Progress func(epoch, errors int)
}

// Train fits a tagger to sentences with IOB2 tags for the given number of
// epochs, with the default seed.
func Train(sentences []Sentence, epochs int) *Model {
	return TrainWith(sentences, TrainOptions{Epochs: epochs})
}

// TrainWith fits a tagger with explicit options.
func TrainWith(sentences []Sentence, opts TrainOptions) *Model {
	data := make([]perceptron.Sequence, 0, len(sentences))
	for _, s := range sentences {
		data = append(data, perceptron.Sequence{Features: Features(s.Tokens), Labels: s.Tags})
	}
	return &Model{p: perceptron.Train(data, perceptron.Options{Epochs: opts.Epochs, Seed: opts.Seed, Progress: opts.Progress})}
}

// Tag returns IOB2 tags (B-PER, I-ORG, O, …) for the tokens of a sentence.
// It is safe for concurrent use.
func (m *Model) Tag(tokens []string) []string {
	if len(tokens) == 0 {
		return nil
	}
	t := taggers.Get().(*tagger)
	defer taggers.Put(t)
	t.s.build(tokens)
	d := &t.d
	d.Reset(m.p)
	for i := range tokens {
		d.Next()
		lo, hi := t.s.features(i)
		for k := lo; k < hi; k++ {
			d.Add(t.s.feature(k))
		}
	}
	best := d.Decode()
	out := make([]string, len(best))
	for i, l := range best {
		out[i] = m.p.Labels[l]
	}
	return IOB2(out)
}

// tagger is the scratch space of one Tag call, pooled so that tagging
// allocates little.
type tagger struct {
	s featureBuf
	d perceptron.Decoder
}

var taggers = sync.Pool{New: func() any { return new(tagger) }}

// Save writes the model in compressed binary form, dropping features whose
// weights are all below prune in magnitude.
func (m *Model) Save(w io.Writer, prune float32) error { return m.p.Save(w, prune) }

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	p, err := perceptron.Load(r)
	if err != nil {
		return nil, err
	}
	return &Model{p: p}, nil
}
