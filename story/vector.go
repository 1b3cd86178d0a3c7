package story

import (
	"cmp"
	"math"
	"slices"
)

// vector is a sparse vector: term ids in increasing order and their
// weights.
type vector struct {
	IDs []uint32
	W   []float32
}

func (v vector) scale(f float64) {
	for i := range v.W {
		v.W[i] = float32(float64(v.W[i]) * f)
	}
}

func (v vector) norm() float64 {
	var n float64
	for _, w := range v.W {
		n += float64(w) * float64(w)
	}
	return math.Sqrt(n)
}

// dot is the inner product of two vectors, by merging their ids.
func dot(a, b vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a.IDs) && j < len(b.IDs) {
		switch x, y := a.IDs[i], b.IDs[j]; {
		case x < y:
			i++
		case x > y:
			j++
		default:
			s += float64(a.W[i]) * float64(b.W[j])
			i++
			j++
		}
	}
	return s
}

// plus returns a + f·b, dropping terms whose weight falls to zero or below.
func plus(a, b vector, f float64) vector {
	out := vector{IDs: make([]uint32, 0, len(a.IDs)+len(b.IDs)), W: make([]float32, 0, len(a.IDs)+len(b.IDs))}
	put := func(id uint32, w float64) {
		if w > 1e-9 {
			out.IDs = append(out.IDs, id)
			out.W = append(out.W, float32(w))
		}
	}
	i, j := 0, 0
	for i < len(a.IDs) || j < len(b.IDs) {
		switch {
		case j == len(b.IDs) || (i < len(a.IDs) && a.IDs[i] < b.IDs[j]):
			put(a.IDs[i], float64(a.W[i]))
			i++
		case i == len(a.IDs) || b.IDs[j] < a.IDs[i]:
			put(b.IDs[j], f*float64(b.W[j]))
			j++
		default:
			put(a.IDs[i], float64(a.W[i])+f*float64(b.W[j]))
			i++
			j++
		}
	}
	return out
}

// rank returns the positions of v's weights, heaviest first; ties go to
// the lower term id so that the order never depends on anything else.
func (v vector) rank() []int {
	pos := make([]int, len(v.IDs))
	for i := range pos {
		pos[i] = i
	}
	slices.SortFunc(pos, func(i, j int) int {
		if c := cmp.Compare(v.W[j], v.W[i]); c != 0 {
			return c
		}
		return cmp.Compare(v.IDs[i], v.IDs[j])
	})
	return pos
}

// top returns the ids of the n heaviest terms of v, in increasing id order.
func (v vector) top(n int) []uint32 {
	if len(v.IDs) <= n {
		return slices.Clone(v.IDs)
	}
	pos := v.rank()[:n]
	ids := make([]uint32, n)
	for k, p := range pos {
		ids[k] = v.IDs[p]
	}
	slices.Sort(ids)
	return ids
}

// truncate keeps the n heaviest terms of v.
func (v vector) truncate(n int) vector {
	if len(v.IDs) <= n {
		return v
	}
	pos := v.rank()[:n]
	slices.Sort(pos)
	out := vector{IDs: make([]uint32, n), W: make([]float32, n)}
	for k, p := range pos {
		out.IDs[k], out.W[k] = v.IDs[p], v.W[p]
	}
	return out
}
