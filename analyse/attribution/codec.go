package attribution

import (
	"fmt"
	"io"

	"github.com/parallax-news/parallax/internal/perceptron"
)

const magic = "PXATTR1\n"

// Save writes the model: a header and the two perceptrons, each
// compressed, dropping features whose weights are all below prune in
// magnitude.
func (m *Model) Save(w io.Writer, prune float32) error {
	if err := perceptron.SaveAll(w, magic, prune, m.first, m.second); err != nil {
		return fmt.Errorf("save attribution model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	ps, err := perceptron.LoadAll(r, magic, 2)
	if err != nil {
		return nil, fmt.Errorf("read attribution model: %w", err)
	}
	return newModel(ps[0], ps[1]), nil
}
