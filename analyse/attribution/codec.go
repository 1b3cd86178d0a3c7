package attribution

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/parallax-news/parallax/internal/perceptron"
)

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
