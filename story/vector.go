package story

import (
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

// kth returns the weight of v's n-th heaviest term (n ≥ 1), and how many
// terms of exactly that weight rank among the n heaviest. It selects in
// linear time on a copy of the weights: vectors are cut to their heaviest
// terms on every update, and sorting them all would dominate the cost.
func (v vector) kth(n int) (w float32, ties int) {
	ws := slices.Clone(v.W)
	lo, hi, k := 0, len(ws)-1, n-1
	for lo < hi {
		// Partition ws[lo..hi] around a middle pivot, heaviest first.
		p := ws[lo+(hi-lo)/2]
		i, j := lo, hi
		for i <= j {
			for ws[i] > p {
				i++
			}
			for ws[j] < p {
				j--
			}
			if i <= j {
				ws[i], ws[j] = ws[j], ws[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			lo, hi = k, k
		}
	}
	w = ws[k]
	above := 0
	for _, x := range v.W {
		if x > w {
			above++
		}
	}
	return w, n - above
}

// keep returns the positions of the n heaviest terms of v in increasing
// position (so increasing id) order; ties at the cut go to the lower ids.
func (v vector) keep(n int) []int {
	if len(v.IDs) <= n {
		pos := make([]int, len(v.IDs))
		for i := range pos {
			pos[i] = i
		}
		return pos
	}
	w, ties := v.kth(n)
	pos := make([]int, 0, n)
	for i, x := range v.W {
		if x > w || (x == w && ties > 0) {
			if x == w {
				ties--
			}
			pos = append(pos, i)
		}
	}
	return pos
}

// top returns the ids of the n heaviest terms of v, in increasing id order.
func (v vector) top(n int) []uint32 {
	pos := v.keep(n)
	ids := make([]uint32, len(pos))
	for k, p := range pos {
		ids[k] = v.IDs[p]
	}
	return ids
}

// truncate keeps the n heaviest terms of v.
func (v vector) truncate(n int) vector {
	if len(v.IDs) <= n {
		return v
	}
	pos := v.keep(n)
	out := vector{IDs: make([]uint32, len(pos)), W: make([]float32, len(pos))}
	for k, p := range pos {
		out.IDs[k], out.W[k] = v.IDs[p], v.W[p]
	}
	return out
}

// heaviest returns the positions of the n heaviest terms of v, heaviest
// first; ties go to the lower id.
func (v vector) heaviest(n int) []int {
	pos := v.keep(n)
	slices.SortFunc(pos, func(i, j int) int {
		if v.W[i] != v.W[j] {
			if v.W[i] > v.W[j] {
				return -1
			}
			return 1
		}
		return i - j
	})
	return pos
}
