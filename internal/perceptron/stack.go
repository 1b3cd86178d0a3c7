package perceptron

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// SaveAll writes several models as one file: magic, then each model as
// Save writes it (pruned below prune), prefixed by its length. Taggers
// made of several perceptrons keep them in one file this way.
func SaveAll(w io.Writer, magic string, prune float32, models ...*Model) error {
	parts := make([]bytes.Buffer, len(models))
	for i, m := range models {
		if err := m.Save(&parts[i], prune); err != nil {
			return err
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

// LoadAll reads n models written by SaveAll with the same magic.
func LoadAll(r io.Reader, magic string, n int) ([]*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	if string(head) != magic {
		return nil, errors.New("not a model of this kind")
	}
	out := make([]*Model, n)
	for i := range out {
		size, err := binary.ReadUvarint(br)
		if err != nil || size > 1<<30 {
			return nil, fmt.Errorf("part %d: bad length", i+1)
		}
		if out[i], err = Load(io.LimitReader(br, int64(size))); err != nil {
			return nil, fmt.Errorf("part %d: %w", i+1, err)
		}
	}
	return out, nil
}
