// Package perceptron implements an averaged structured perceptron for
// sequence labelling with first-order Viterbi decoding.
//
// Features are strings interned to dense ids during training; each feature
// owns one weight per label, and a label-to-label transition matrix (with a
// start row) scores adjacent labels. Training visits sequences in an order
// shuffled by a fixed seed, so the same data and options give the same model.
//
// Predict takes features as strings; a Decoder takes them one by one as
// bytes, so that a tagger can build each feature in a reused buffer and
// tag without allocating, or as hashes built from the pieces of their
// names (Hash, HashPieces), so that it need not write them out.
// All look features up in a hash table built when the model is trained
// or loaded, and give the same labels.
package perceptron

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
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
	// Allowed, if set, restricts decoding during training, and the
	// model's afterwards, to the label sequences it permits (see
	// Model.Restrict). Save does not record it: a loaded model decodes
	// every sequence until Restrict is called again.
	Allowed func(prev, cur string) bool
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
	// For decoding: the index as a table, and trans as viterbi takes it,
	// widened once (decoding adds in float64).
	table   *table
	trans64 []float64
	// allowed, when set by Restrict, holds the steps decoding may take.
	allowed *steps
	// fromDict maps the ids of the Dict a model was trained from to its
	// own (-1: unused), for PredictEncoded; nil for a loaded model.
	fromDict []int32
}

// prepare builds what decoding uses from index and trans.
func (m *Model) prepare() {
	m.table = newTable(m.index, false)
	wide := make([]float64, len(m.trans))
	for i, v := range m.trans {
		wide[i] = float64(v)
	}
	m.trans64 = byCurrent(nil, wide, len(m.Labels))
}

// Restrict limits decoding (Predict, PredictEncoded, a Decoder) to the
// label sequences whose every step allowed permits: allowed(prev, cur)
// for each pair of adjacent labels, with prev "" at the start and cur ""
// at the end. BILOU says which: a chunk's inside follows its beginning,
// never an outside. Call it before decoding, not during.
func (m *Model) Restrict(allowed func(prev, cur string) bool) {
	m.allowed = allowedSteps(m.Labels, allowed)
}

// steps are the label sequences decoding may take: from lists, for each
// label, the labels it may follow; start says whether it may open a
// sequence, end lists the labels that may close one.
type steps struct {
	from  [][]int32
	start []bool
	end   []int32
}

// allowedSteps returns the steps allowed permits between labels; nil
// for a nil allowed.
func allowedSteps(labels []string, allowed func(prev, cur string) bool) *steps {
	if allowed == nil {
		return nil
	}
	st := &steps{from: make([][]int32, len(labels)), start: make([]bool, len(labels))}
	for cur, c := range labels {
		st.start[cur] = allowed("", c)
		for prev, p := range labels {
			if allowed(p, c) {
				st.from[cur] = append(st.from[cur], int32(prev))
			}
		}
		if allowed(c, "") {
			st.end = append(st.end, int32(cur))
		}
	}
	if len(st.end) == 0 {
		for l := range labels {
			st.end = append(st.end, int32(l)) // nothing may end: let anything
		}
	}
	return st
}

// BILOU permits the transitions of BILOU chunk labels (B-X, I-X, L-X,
// U-X and O) for Restrict: a chunk's inside or last label only after
// its beginning or inside, of the same kind; anything else only where no
// chunk is open.
func BILOU(prev, cur string) bool {
	open := strings.HasPrefix(prev, "B-") || strings.HasPrefix(prev, "I-")
	if strings.HasPrefix(cur, "I-") || strings.HasPrefix(cur, "L-") {
		return open && prev[2:] == cur[2:]
	}
	return !open
}

// HashPieces makes the Decoders of every model of ms take features by
// the hashes of their pieces (Decoder.AddHash) as well as by name, and
// reports whether they can: all or none, not when two names of one model
// share such a hash, which is vanishingly rare (see Hash) and leaves
// every model as it was. Call it before decoding, not during.
func HashPieces(ms ...*Model) bool {
	tables := make([]*table, len(ms))
	for i, m := range ms {
		if tables[i] = newTable(m.index, true); tables[i] == nil {
			return false
		}
	}
	for i, m := range ms {
		m.table = tables[i]
	}
	return true
}

// IDsOf returns, for each feature id of from, the id of the same feature
// in m, -1 where m lacks it: what a Decoder of m takes in AddID when it
// reads features a Decoder of from has looked up (see Decoder.IDs).
func (m *Model) IDsOf(from *Model) []int32 {
	out := make([]int32, len(from.index))
	for name, id := range from.index {
		mine, ok := m.index[name]
		if !ok {
			mine = -1
		}
		out[id] = mine
	}
	return out
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
	d := NewDict()
	enc := make([]Encoded, len(data))
	for i, s := range data {
		enc[i] = Encoded{Features: d.EncodeAll(s.Features), Labels: s.Labels}
	}
	return TrainEncoded(d, enc, opts)
}

// Dict interns feature names as dense ids in the order they are first
// seen, so that a large training set can be held as ids rather than
// strings, and several models trained from one encoding.
type Dict struct {
	index map[string]int32
	names []string
}

// NewDict returns an empty Dict.
func NewDict() *Dict { return &Dict{index: map[string]int32{}} }

// Encode appends the ids of names to dst, interning new names.
func (d *Dict) Encode(names []string, dst []int32) []int32 {
	for _, name := range names {
		id, ok := d.index[name]
		if !ok {
			id = int32(len(d.names))
			d.index[name] = id
			d.names = append(d.names, name)
		}
		dst = append(dst, id)
	}
	return dst
}

// EncodeAll encodes the features of every position of a sequence.
func (d *Dict) EncodeAll(features [][]string) [][]int32 {
	out := make([][]int32, len(features))
	for p, f := range features {
		out[p] = d.Encode(f, make([]int32, 0, len(f)))
	}
	return out
}

// Encoded is a training sequence whose features are ids of a Dict.
type Encoded struct {
	Features [][]int32
	Labels   []string
}

// TrainEncoded fits a model to data encoded with dict. The model holds only
// the features data uses, numbered in the order data first uses them,
// so it is the model Train would fit to the same sequences as strings.
func TrainEncoded(dict *Dict, data []Encoded, opts Options) *Model {
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
	allowed := allowedSteps(t.labels, opts.Allowed)
	// The model's own ids, in data order, so they are deterministic.
	type seq struct {
		feats [][]int32
		gold  []int
	}
	local := make([]int32, len(dict.names))
	for i := range local {
		local[i] = -1
	}
	seqs := make([]seq, len(data))
	for i, s := range data {
		fs := make([][]int32, len(s.Features))
		for p, f := range s.Features {
			ids := make([]int32, len(f))
			for k, g := range f {
				if local[g] < 0 {
					local[g] = int32(len(t.index))
					t.index[dict.names[g]] = local[g]
				}
				ids[k] = local[g]
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
	var d decoder
	t.c = 1
	for epoch := range opts.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, i := range order {
			s := seqs[i]
			em := d.emissions(len(s.feats), t.L)
			for p, ids := range s.feats {
				scores := em[p*t.L : (p+1)*t.L]
				for _, id := range ids {
					row := t.w[int(id)*t.L : int(id+1)*t.L]
					for l, v := range row {
						scores[l] += v
					}
				}
			}
			d.trans = byCurrent(d.trans, t.tw, t.L)
			pred := d.viterbi(len(s.feats), t.L, d.trans, allowed)
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
	m := &Model{Labels: t.labels, index: t.index, allowed: allowed}
	m.w = make([]float32, len(t.w))
	for i := range t.w {
		m.w[i] = float32(t.w[i] - t.u[i]/t.c)
	}
	m.trans = make([]float32, len(t.tw))
	for i := range t.tw {
		m.trans[i] = float32(t.tw[i] - t.tu[i]/t.c)
	}
	m.prepare()
	m.fromDict = local
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

// PredictEncoded is Predict for features encoded with the Dict the model
// was trained from by TrainEncoded: it gives the labels Predict gives for
// the same features as strings. Ids the model's training data never
// used, or that the Dict gained later, count for nothing. It panics on a
// model not trained by TrainEncoded (a loaded one).
func (m *Model) PredictEncoded(features [][]int32) []string {
	if m.fromDict == nil {
		panic("perceptron: PredictEncoded on a model not trained from a Dict")
	}
	L := len(m.Labels)
	if L == 0 || len(features) == 0 {
		return make([]string, len(features))
	}
	var d decoder
	em := d.emissions(len(features), L)
	for p, f := range features {
		scores := em[p*L : (p+1)*L]
		for _, g := range f {
			if g < 0 || int(g) >= len(m.fromDict) || m.fromDict[g] < 0 {
				continue
			}
			id := int(m.fromDict[g])
			for l, v := range m.w[id*L : (id+1)*L] {
				scores[l] += float64(v)
			}
		}
	}
	out := make([]string, len(features))
	for i, l := range d.viterbi(len(features), L, m.trans64, m.allowed) {
		out[i] = m.Labels[l]
	}
	return out
}

// Predict returns the best label sequence for the given features.
func (m *Model) Predict(features [][]string) []string {
	if len(m.Labels) == 0 {
		return make([]string, len(features))
	}
	var d Decoder
	d.Reset(m)
	for _, f := range features {
		d.Next()
		for _, name := range f {
			d.AddString(name)
		}
	}
	best := d.Decode()
	out := make([]string, len(best))
	for i, l := range best {
		out[i] = m.Labels[l]
	}
	return out
}

// decoder holds the scratch space of Viterbi decoding, reused from one
// sequence to the next.
type decoder struct {
	trans []float64 // training's transitions, as viterbi takes them
	em    []float64 // emission scores, L per position
	delta []float64
	back  []int32
	path  []int
	// beam, when between 0 and the number of labels, keeps only that
	// many best previous labels at each step; top holds them.
	beam int
	top  []int
}

// emissions returns d's emission scores for n positions of L labels,
// zeroed, for the caller to fill before viterbi.
func (d *decoder) emissions(n, L int) []float64 {
	d.em = slices.Grow(d.em[:0], n*L)[:n*L]
	clear(d.em)
	return d.em
}

// byCurrent appends to dst[:0] the transition scores trans
// ((prev+1)*L+cur, prev = -1 at the start) in the order viterbi reads
// them: the start's L, then for each label the scores of moving to it
// from each label, so that its inner loop reads them in a row.
func byCurrent(dst, trans []float64, L int) []float64 {
	dst = append(dst[:0], trans[:L]...)
	for cur := range L {
		for prev := range L {
			dst = append(dst, trans[(prev+1)*L+cur])
		}
	}
	return dst
}

// beamStep is one step of viterbi that considers only the beam's best
// previous labels: with many labels (parts of speech) nearly all the
// paths through the others lose anyway.
func (d *decoder) beamStep(p, L int, trans []float64) {
	prevDelta := d.delta[(p-1)*L : p*L]
	d.top = d.top[:0]
	for l, v := range prevDelta {
		if len(d.top) < d.beam {
			d.top = append(d.top, l)
		} else if v <= prevDelta[d.top[len(d.top)-1]] {
			continue
		} else {
			d.top[len(d.top)-1] = l
		}
		// Keep top sorted by score, best first, ties by label.
		for k := len(d.top) - 1; k > 0 && prevDelta[d.top[k]] > prevDelta[d.top[k-1]]; k-- {
			d.top[k], d.top[k-1] = d.top[k-1], d.top[k]
		}
	}
	scores := d.em[p*L : (p+1)*L]
	delta, back := d.delta[p*L:(p+1)*L], d.back[p*L:(p+1)*L]
	for cur := range L {
		into := trans[(cur+1)*L : (cur+2)*L]
		bestP := d.top[0]
		bestV := prevDelta[bestP] + into[bestP]
		for _, prev := range d.top[1:] {
			if v := prevDelta[prev] + into[prev]; v > bestV || (v == bestV && prev < bestP) {
				bestV, bestP = v, prev
			}
		}
		delta[cur] = bestV + scores[cur]
		back[cur] = int32(bestP)
	}
}

// restrictedStep is one step of viterbi that moves to each label only
// from the labels st allows before it: with BILOU labels, a fraction of
// all pairs. A label that may follow none is out of reach.
func (d *decoder) restrictedStep(p, L int, trans []float64, st *steps) {
	prevDelta := d.delta[(p-1)*L : p*L]
	scores := d.em[p*L : (p+1)*L]
	delta, back := d.delta[p*L:(p+1)*L], d.back[p*L:(p+1)*L]
	for cur, from := range st.from[:L] {
		if len(from) == 0 {
			delta[cur], back[cur] = math.Inf(-1), 0
			continue
		}
		into := trans[(cur+1)*L : (cur+2)*L]
		bestP := from[0]
		bestV := prevDelta[bestP] + into[bestP]
		for _, prev := range from[1:] {
			if v := prevDelta[prev] + into[prev]; v > bestV {
				bestV, bestP = v, prev
			}
		}
		delta[cur] = bestV + scores[cur]
		back[cur] = bestP
	}
}

// viterbi finds the best path through the emission scores in d.em; trans
// holds the transition scores as byCurrent orders them, allowed the
// transitions it may take (nil: all; see Model.Restrict; when none of
// the allowed sequences has n labels, all are). The path is d's, valid
// until the next call.
func (d *decoder) viterbi(n, L int, trans []float64, allowed *steps) []int {
	if n == 0 {
		return nil
	}
	d.delta = slices.Grow(d.delta[:0], n*L)[:n*L]
	d.back = slices.Grow(d.back[:0], n*L)[:n*L]
	for cur := range L {
		d.delta[cur] = d.em[cur] + trans[cur]
		d.back[cur] = -1
		if allowed != nil && !allowed.start[cur] {
			d.delta[cur] = math.Inf(-1)
		}
	}
	for p := 1; p < n; p++ {
		if allowed != nil {
			d.restrictedStep(p, L, trans, allowed)
			continue
		}
		if d.beam > 0 && d.beam < L {
			d.beamStep(p, L, trans)
			continue
		}
		prevDelta := d.delta[(p-1)*L : p*L]
		scores := d.em[p*L : (p+1)*L]
		delta, back := d.delta[p*L:(p+1)*L], d.back[p*L:(p+1)*L]
		for cur := range L {
			into := trans[(cur+1)*L : (cur+2)*L]
			into = into[:len(prevDelta)]
			// Ties go to the first best previous label.
			bestV, bestP := prevDelta[0]+into[0], 0
			for prev := 1; prev < len(prevDelta); prev++ {
				if v := prevDelta[prev] + into[prev]; v > bestV {
					bestV, bestP = v, prev
				}
			}
			delta[cur] = bestV + scores[cur]
			back[cur] = int32(bestP)
		}
	}
	d.path = slices.Grow(d.path[:0], n)[:n]
	last := 0
	if allowed != nil {
		last = int(allowed.end[0])
		for _, l := range allowed.end {
			if d.delta[(n-1)*L+int(l)] > d.delta[(n-1)*L+last] {
				last = int(l)
			}
		}
		if math.IsInf(d.delta[(n-1)*L+last], -1) {
			// no sequence of this length is allowed ("L-X" alone):
			// the best of all, rather than none
			return d.viterbi(n, L, trans, nil)
		}
	}
	for l := 1; l < L && allowed == nil; l++ {
		if d.delta[(n-1)*L+l] > d.delta[(n-1)*L+last] {
			last = l
		}
	}
	for p := n - 1; p >= 0; p-- {
		d.path[p] = last
		last = int(d.back[p*L+last])
	}
	return d.path
}
