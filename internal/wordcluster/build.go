package wordcluster

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Options control Build. The zero value uses the defaults of the shipped
// clusters.
type Options struct {
	MinCount     int // words seen fewer times are not clustered (default 5)
	Contexts     int // how many of the most frequent words serve as contexts (default 1000)
	Coarse, Fine int // numbers of clusters (default 64 and 512)
	Iterations   int // k-means passes (default 15)
	Progress     func(stage string, iteration int)
}

func (o *Options) defaults() {
	if o.MinCount <= 0 {
		o.MinCount = 5
	}
	if o.Contexts <= 0 {
		o.Contexts = 1000
	}
	if o.Coarse <= 0 {
		o.Coarse = 64
	}
	if o.Fine <= 0 {
		o.Fine = 512
	}
	if o.Iterations <= 0 {
		o.Iterations = 15
	}
}

// Build clusters the words of the documents, each a list of words as
// Words returns them (a document's last word is not taken as the context
// of the next document's first).
func Build(docs [][]string, opts Options) *Clusters {
	opts.defaults()
	vocab := countWords(docs, opts.MinCount)
	ctx := contextIndex(vocab, opts.Contexts)
	vecs := contextVectors(docs, vocab, ctx)
	c := &Clusters{words: make(map[string]pair, len(vocab.words))}
	coarse := kmeans(vecs, opts.Coarse, opts.Iterations, func(it int) { progress(opts, "coarse", it) })
	fine := kmeans(vecs, opts.Fine, opts.Iterations, func(it int) { progress(opts, "fine", it) })
	for i, w := range vocab.words {
		c.words[w] = pair{coarse: fmt.Sprint("c", coarse[i]), fine: fmt.Sprint("f", fine[i])}
	}
	return c
}

func progress(o Options, stage string, it int) {
	if o.Progress != nil {
		o.Progress(stage, it)
	}
}

// vocabulary holds the words clustered, most frequent first (ties in
// byte order), with their ids.
type vocabulary struct {
	words []string
	id    map[string]int
	count []int
}

func countWords(docs [][]string, minCount int) vocabulary {
	counts := map[string]int{}
	for _, d := range docs {
		for _, w := range d {
			counts[w]++
		}
	}
	var v vocabulary
	for w, n := range counts {
		if n >= minCount {
			v.words = append(v.words, w)
		}
	}
	slices.SortFunc(v.words, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	v.id = make(map[string]int, len(v.words))
	for i, w := range v.words {
		v.id[w] = i
		v.count = append(v.count, counts[w])
	}
	return v
}

// contextIndex numbers the n most frequent words as contexts.
func contextIndex(v vocabulary, n int) map[string]int {
	ctx := make(map[string]int, n)
	for i, w := range v.words {
		if i >= n {
			break
		}
		ctx[w] = i
	}
	return ctx
}

// sparse is a vector of (dimension, value) pairs in dimension order.
type sparse struct {
	dim []int32
	val []float32
}

// contextVectors returns each word's vector of left and right context
// counts (dimensions 2c and 2c+1 for context c, and two more for any
// other word or a document edge) weighted by positive PMI and scaled to
// unit length.
func contextVectors(docs [][]string, v vocabulary, ctx map[string]int) []sparse {
	edge := len(ctx)
	counts := make([]map[int32]float64, len(v.words))
	for i := range counts {
		counts[i] = map[int32]float64{}
	}
	ctxOf := func(d []string, k int) int {
		if k < 0 || k >= len(d) {
			return edge
		}
		if c, ok := ctx[d[k]]; ok {
			return c
		}
		return edge
	}
	for _, d := range docs {
		for k, w := range d {
			id, ok := v.id[w]
			if !ok {
				continue
			}
			counts[id][int32(2*ctxOf(d, k-1))]++
			counts[id][int32(2*ctxOf(d, k+1)+1)]++
		}
	}
	// PMI needs the totals by dimension and overall.
	dimTotal := map[int32]float64{}
	total := 0.0
	for _, m := range counts {
		for d, n := range m {
			dimTotal[d] += n
			total += n
		}
	}
	vecs := make([]sparse, len(v.words))
	for i, m := range counts {
		wordTotal := 0.0
		for _, n := range m {
			wordTotal += n
		}
		dims := make([]int32, 0, len(m))
		for d := range m {
			dims = append(dims, d)
		}
		slices.Sort(dims)
		var s sparse
		norm := 0.0
		for _, d := range dims {
			pmi := math.Log(m[d] * total / (wordTotal * dimTotal[d]))
			if pmi <= 0 {
				continue
			}
			s.dim = append(s.dim, d)
			s.val = append(s.val, float32(pmi))
			norm += pmi * pmi
		}
		norm = math.Sqrt(norm)
		for k := range s.val {
			s.val[k] = float32(float64(s.val[k]) / norm)
		}
		vecs[i] = s
	}
	return vecs
}

// kmeans groups unit vectors into k clusters by cosine similarity
// (spherical k-means), starting from the first k vectors (the most
// frequent words), and returns each vector's cluster.
func kmeans(vecs []sparse, k, iterations int, progress func(int)) []int {
	if k > len(vecs) {
		k = len(vecs)
	}
	dims := 0
	for _, v := range vecs {
		for _, d := range v.dim {
			dims = max(dims, int(d)+1)
		}
	}
	centroids := make([][]float32, k)
	for c := range centroids {
		centroids[c] = make([]float32, dims)
		for j, d := range vecs[c].dim {
			centroids[c][d] = vecs[c].val[j]
		}
	}
	assign := make([]int, len(vecs))
	for it := range iterations {
		changed := 0
		for i, v := range vecs {
			best, bestSim := 0, math.Inf(-1)
			for c, cen := range centroids {
				sim := 0.0
				for j, d := range v.dim {
					sim += float64(v.val[j] * cen[d])
				}
				if sim > bestSim {
					best, bestSim = c, sim
				}
			}
			if assign[i] != best || it == 0 {
				changed++
			}
			assign[i] = best
		}
		recenter(centroids, vecs, assign)
		progress(it + 1)
		if changed == 0 {
			break
		}
	}
	return assign
}

// recenter sets each centroid to the normalised mean of its vectors; a
// cluster left empty keeps its centroid.
func recenter(centroids [][]float32, vecs []sparse, assign []int) {
	sums := make([][]float64, len(centroids))
	for c := range sums {
		sums[c] = make([]float64, len(centroids[c]))
	}
	sizes := make([]int, len(centroids))
	for i, v := range vecs {
		c := assign[i]
		sizes[c]++
		for j, d := range v.dim {
			sums[c][d] += float64(v.val[j])
		}
	}
	for c, sum := range sums {
		if sizes[c] == 0 {
			continue
		}
		norm := 0.0
		for _, x := range sum {
			norm += x * x
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			continue
		}
		for d, x := range sum {
			centroids[c][d] = float32(x / norm)
		}
	}
}
