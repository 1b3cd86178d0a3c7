// Package perceptron implements an averaged structured perceptron for
// sequence labelling with first-order Viterbi decoding.
//
// Features are strings interned to dense ids during training; each feature
// owns one weight per label, and a label-to-label transition matrix (with a
// start row) scores adjacent labels. Training visits sequences in an order
// shuffled by a fixed seed, so the same data and options give the same model.
package perceptron

import (
	"math/rand/v2"
	"slices"
)

// Sequence is one training example: the features of each position and its
// gold label.
type Sequence struct {
	Features [][]string
	Labels   []string
}

// Options control training. The zero value trains for 10 epochs with seed 1.
type Options struct {
	Epochs int
	Seed   uint64
	// Progress, if set, is called after every epoch with the number of
	// mislabelled positions seen during that epoch.
	Progress func(epoch, errors int)
}

// Model holds averaged weights. It is safe for concurrent use by Predict.
type Model struct {
	Labels []string
	index  map[string]int32
	// w holds len(Labels) weights per feature, feature-major.
	w []float32
	// trans[(prev+1)*L+cur]; prev = -1 is the start of the sequence.
	trans []float32
}

// NumFeatures reports the number of features with weights.
func (m *Model) NumFeatures() int { return len(m.index) }

type trainer struct {
	L          int
	w, u       []float64 // current weights and accumulated c*update
	tw, tu     []float64
	c          float64
	index      map[string]int32
	labelIndex map[string]int
	labels     []string
}

func (t *trainer) grow(n int) {
	for len(t.w) < n*t.L {
		t.w = append(t.w, 0)
		t.u = append(t.u, 0)
	}
}

// Train fits a model to data.
func Train(data []Sequence, opts Options) *Model {
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	t := &trainer{index: map[string]int32{}, labelIndex: map[string]int{}}
	for _, s := range data {
		for _, l := range s.Labels {
			if _, ok := t.labelIndex[l]; !ok {
				t.labelIndex[l] = -1
				t.labels = append(t.labels, l)
			}
		}
	}
	slices.Sort(t.labels)
	for i, l := range t.labels {
		t.labelIndex[l] = i
	}
	t.L = len(t.labels)
	// Intern features once, in data order, so ids are deterministic.
	type seq struct {
		feats [][]int32
		gold  []int
	}
	seqs := make([]seq, len(data))
	for i, s := range data {
		fs := make([][]int32, len(s.Features))
		for p, f := range s.Features {
			ids := make([]int32, 0, len(f))
			for _, name := range f {
				id, ok := t.index[name]
				if !ok {
					id = int32(len(t.index))
					t.index[name] = id
				}
				ids = append(ids, id)
			}
			fs[p] = ids
		}
		gold := make([]int, len(s.Labels))
		for p, l := range s.Labels {
			gold[p] = t.labelIndex[l]
		}
		seqs[i] = seq{fs, gold}
	}
	t.grow(len(t.index))
	t.tw = make([]float64, (t.L+1)*t.L)
	t.tu = make([]float64, (t.L+1)*t.L)
	order := make([]int, len(seqs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	d := newDecoder()
	t.c = 1
	for epoch := range opts.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, i := range order {
			s := seqs[i]
			pred := d.viterbi(len(s.feats), t.L, func(p int, scores []float64) {
				for _, id := range s.feats[p] {
					row := t.w[int(id)*t.L : int(id+1)*t.L]
					for l, v := range row {
						scores[l] += v
					}
				}
			}, func(prev, cur int) float64 { return t.tw[(prev+1)*t.L+cur] })
			for p := range pred {
				gp, pp := -1, -1
				if p > 0 {
					gp, pp = s.gold[p-1], pred[p-1]
				}
				g, q := s.gold[p], pred[p]
				if g == q && gp == pp {
					continue
				}
				if g != q {
					errs++
					for _, id := range s.feats[p] {
						t.update(int(id)*t.L+g, 1)
						t.update(int(id)*t.L+q, -1)
					}
				}
				t.updateTrans((gp+1)*t.L+g, 1)
				t.updateTrans((pp+1)*t.L+q, -1)
			}
			t.c++
		}
		if opts.Progress != nil {
			opts.Progress(epoch+1, errs)
		}
	}
	m := &Model{Labels: t.labels, index: t.index}
	m.w = make([]float32, len(t.w))
	for i := range t.w {
		m.w[i] = float32(t.w[i] - t.u[i]/t.c)
	}
	m.trans = make([]float32, len(t.tw))
	for i := range t.tw {
		m.trans[i] = float32(t.tw[i] - t.tu[i]/t.c)
	}
	return m
}

func (t *trainer) update(i int, v float64) {
	t.w[i] += v
	t.u[i] += t.c * v
}

func (t *trainer) updateTrans(i int, v float64) {
	t.tw[i] += v
	t.tu[i] += t.c * v
}

// Predict returns the best label sequence for the given features.
func (m *Model) Predict(features [][]string) []string {
	L := len(m.Labels)
	if L == 0 {
		return make([]string, len(features))
	}
	d := newDecoder()
	best := d.viterbi(len(features), L, func(p int, scores []float64) {
		for _, name := range features[p] {
			id, ok := m.index[name]
			if !ok {
				continue
			}
			row := m.w[int(id)*L : int(id+1)*L]
			for l, v := range row {
				scores[l] += float64(v)
			}
		}
	}, func(prev, cur int) float64 { return float64(m.trans[(prev+1)*L+cur]) })
	out := make([]string, len(best))
	for i, l := range best {
		out[i] = m.Labels[l]
	}
	return out
}

type decoder struct {
	scores []float64
	delta  []float64
	back   []int
}

func newDecoder() *decoder { return &decoder{} }

// viterbi finds the best path; emit adds the emission scores of position p
// to scores (zeroed beforehand), trans gives the transition score.
func (d *decoder) viterbi(n, L int, emit func(p int, scores []float64), trans func(prev, cur int) float64) []int {
	if n == 0 {
		return nil
	}
	d.scores = slices.Grow(d.scores[:0], L)[:L]
	d.delta = slices.Grow(d.delta[:0], n*L)[:n*L]
	d.back = slices.Grow(d.back[:0], n*L)[:n*L]
	for p := range n {
		clear(d.scores)
		emit(p, d.scores)
		for cur := range L {
			if p == 0 {
				d.delta[cur] = d.scores[cur] + trans(-1, cur)
				d.back[cur] = -1
				continue
			}
			bestV, bestP := 0.0, -1
			for prev := range L {
				v := d.delta[(p-1)*L+prev] + trans(prev, cur)
				if bestP < 0 || v > bestV {
					bestV, bestP = v, prev
				}
			}
			d.delta[p*L+cur] = bestV + d.scores[cur]
			d.back[p*L+cur] = bestP
		}
	}
	path := make([]int, n)
	last := 0
	for l := 1; l < L; l++ {
		if d.delta[(n-1)*L+l] > d.delta[(n-1)*L+last] {
			last = l
		}
	}
	for p := n - 1; p >= 0; p-- {
		path[p] = last
		last = d.back[p*L+last]
	}
	return path
}
