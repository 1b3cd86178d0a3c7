package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

const magic = "PXPERC1\n"

// Save writes the model as gzip-compressed binary. Features whose weights
// are all smaller than prune in magnitude are dropped; pass 0 to keep every
// feature with a non-zero weight. Features are written in sorted order, so
// the output is byte-for-byte reproducible.
func (m *Model) Save(w io.Writer, prune float32) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	L := len(m.Labels)
	names := make([]string, 0, len(m.index))
	for name, id := range m.index {
		row := m.w[int(id)*L : int(id+1)*L]
		keep := false
		for _, v := range row {
			if v != 0 && float32(math.Abs(float64(v))) >= prune {
				keep = true
				break
			}
		}
		if keep {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	bw.WriteString(magic)
	putUvarint(bw, uint64(L))
	for _, l := range m.Labels {
		putString(bw, l)
	}
	for _, v := range m.trans {
		binary.Write(bw, binary.LittleEndian, v)
	}
	putUvarint(bw, uint64(len(names)))
	prev := ""
	for _, name := range names {
		// Front coding: length of the prefix shared with the previous name.
		n := 0
		for n < len(prev) && n < len(name) && prev[n] == name[n] {
			n++
		}
		putUvarint(bw, uint64(n))
		putString(bw, name[n:])
		prev = name
	}
	// Weights column by column (label-major) compress better.
	for l := range L {
		for _, name := range names {
			v := m.w[int(m.index[name])*L+l]
			binary.Write(bw, binary.LittleEndian, v)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return zw.Close()
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("read model: not a perceptron model")
	}
	L64, err := binary.ReadUvarint(br)
	if err != nil || L64 > 1<<16 {
		return nil, errors.New("read model: bad label count")
	}
	L := int(L64)
	m := &Model{Labels: make([]string, L)}
	for i := range L {
		if m.Labels[i], err = getString(br); err != nil {
			return nil, err
		}
	}
	m.trans = make([]float32, (L+1)*L)
	if err := binary.Read(br, binary.LittleEndian, m.trans); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	n64, err := binary.ReadUvarint(br)
	if err != nil || n64 > 1<<28 {
		return nil, errors.New("read model: bad feature count")
	}
	n := int(n64)
	m.index = make(map[string]int32, n)
	prev := ""
	for i := range n {
		k, err := binary.ReadUvarint(br)
		if err != nil || int(k) > len(prev) {
			return nil, errors.New("read model: bad feature name")
		}
		rest, err := getString(br)
		if err != nil {
			return nil, err
		}
		name := prev[:k] + rest
		m.index[name] = int32(i)
		prev = name
	}
	col := make([]float32, n)
	m.w = make([]float32, n*L)
	for l := range L {
		if err := binary.Read(br, binary.LittleEndian, col); err != nil {
			return nil, fmt.Errorf("read model: %w", err)
		}
		for i, v := range col {
			m.w[i*L+l] = v
		}
	}
	m.prepare()
	return m, nil
}

func putUvarint(w *bufio.Writer, v uint64) {
	var buf [binary.MaxVarintLen64]byte
	w.Write(buf[:binary.PutUvarint(buf[:], v)])
}

func putString(w *bufio.Writer, s string) {
	putUvarint(w, uint64(len(s)))
	w.WriteString(s)
}

func getString(r *bufio.Reader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<20 {
		return "", errors.New("read model: bad string")
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return "", fmt.Errorf("read model: %w", err)
	}
	return string(b), nil
}
