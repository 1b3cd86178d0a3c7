package postag

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"sync"

	"github.com/parallax-news/parallax/internal/perceptron"
)

const magic = "PXPOST1\n"

// Save writes the tagger: a header and its perceptron, compressed,
// dropping features whose weights are all below prune in magnitude.
func (t *Tagger) Save(w io.Writer, prune float32) error {
	if err := perceptron.SaveAll(w, magic, prune, t.m); err != nil {
		return fmt.Errorf("save part-of-speech model: %w", err)
	}
	return nil
}

// Load reads a tagger written by Save.
func Load(r io.Reader) (*Tagger, error) {
	ps, err := perceptron.LoadAll(r, magic, 1)
	if err != nil {
		return nil, fmt.Errorf("read part-of-speech model: %w", err)
	}
	return &Tagger{m: ps[0]}, nil
}

// The shipped model; see model/manifest.json for how it was trained.
//
//go:embed model/postag.bin.gz
var defaultModel []byte

// DefaultSHA256 is the sha256 of the embedded model file, as recorded in
// model/manifest.json.
const DefaultSHA256 = "5af4fe999e50c65afdb8929de48d8e47501ac173922d3e566d409cd5cb8e2041"

var loadDefault = sync.OnceValues(func() (*Tagger, error) {
	return Load(bytes.NewReader(defaultModel))
})

// Default returns the embedded tagger trained on CoNLL-2003 English,
// decoded once.
func Default() (*Tagger, error) { return loadDefault() }

// MustDefault is Default for the taggers whose features it makes: it
// panics when the embedded model cannot be read, which this package's
// tests rule out, so that is a broken build.
func MustDefault() *Tagger {
	t, err := loadDefault()
	if err != nil {
		panic(fmt.Sprintf("postag: %v", err))
	}
	return t
}
