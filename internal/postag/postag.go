// Package postag tags English words with their part of speech (26 tags
// folded from the Penn Treebank's: NN, NNP, VBD, …; see Coarse) with an
// averaged perceptron trained on the second column of CoNLL-2003
// English.
//
// The tags are features for the taggers that need a little syntax: a
// reporting verb is a verb whatever its word, and a source is the noun
// phrase before it. (A chunker trained on the third column added nothing
// to the attribution tagger's figures on held-out training articles, and
// a parser is more than any of them needs and far slower.)
//
// The trained model is embedded (model/postag.bin.gz, described by
// model/manifest.json) and reproduced byte for byte by
// `parallax train pos`. A Tagger is safe for concurrent use.
package postag

import (
	"strings"
	"sync"

	"github.com/parallax-news/parallax/internal/perceptron"
	"github.com/parallax-news/parallax/internal/wordform"
)

// beam is how many of the best tags of a word decoding carries to the
// next: on CoNLL-2003 eng.testa 2 give the accuracy of all of them at a
// third of the speed.
const beam = 2

// Tagger is a trained part-of-speech tagger.
type Tagger struct {
	m *perceptron.Model
}

// Tag appends the part of speech of each word of one sentence to dst and
// returns it.
func (t *Tagger) Tag(sentence []string, dst []string) []string {
	if len(sentence) == 0 {
		return dst
	}
	sc := scratches.Get().(*scratch)
	defer scratches.Put(sc)
	sc.words.set(sentence)
	sc.d.Reset(t.m)
	sc.d.SetBeam(beam)
	emit := func(f []byte) { sc.d.Add(f) }
	for i := range sentence {
		sc.d.Next()
		sc.buf = sc.buf[:0]
		features(&sc.words, i, emit, &sc.buf)
	}
	for _, l := range sc.d.Decode() {
		dst = append(dst, t.m.Labels[l])
	}
	return dst
}

type scratch struct {
	d     perceptron.Decoder
	words words
	buf   []byte
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// quoteNorm writes quotation marks and dashes as the training data does.
var quoteNorm = strings.NewReplacer("“", `"`, "”", `"`, "«", `"`, "»", `"`, "„", `"`, "‘", "'", "’", "'", "—", "--", "–", "--")

// normalize appends the words as the model reads them to dst:
// typographic marks as ASCII, digits as 0.
func normalize(words []string, dst []string) []string {
	for _, w := range words {
		if !wordform.IsASCII(w) {
			w = quoteNorm.Replace(w)
		}
		dst = append(dst, wordform.NormDigits(w))
	}
	return dst
}
