package story

import "slices"

// Copy detection: MinHash signatures over word shingles, and LSH banding to
// find the earlier articles whose signatures agree in at least one band.
const (
	shingleSize = 5   // words per shingle
	numHashes   = 128 // MinHash values per signature
	bandRows    = 4   // values per LSH band: 32 bands find pairs from Jaccard about 0.3 up
	numBands    = numHashes / bandRows
	minShingles = 8 // shorter texts are not compared: too few shingles to tell a copy
)

// hashCoef are the multipliers and offsets of the numHashes hash functions
// h_i(x) = a_i·x + b_i mod 2^64, drawn once from a fixed seed so that
// signatures are comparable across runs and snapshots.
var hashCoef = func() (c [numHashes][2]uint64) {
	s := uint64(0x9e3779b97f4a7c15)
	for i := range c {
		c[i][0] = splitmix(&s) | 1
		c[i][1] = splitmix(&s)
	}
	return c
}()

func splitmix(s *uint64) uint64 {
	*s += 0x9e3779b97f4a7c15
	z := *s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// hashString is 64-bit FNV-1a.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// shingle returns the distinct hashes of the shingleSize-word windows of
// toks, sorted. Every token counts, stop words included: copies are told by
// their exact wording.
func (f *featurizer) shingle(toks []token) []uint64 {
	if len(toks) < shingleSize {
		return nil
	}
	hs := f.shingles[:0]
	for _, t := range toks {
		hs = append(hs, hashString(t.norm))
	}
	n := len(toks) - shingleSize + 1
	for i := 0; i < n; i++ {
		h := uint64(0x243f6a8885a308d3)
		for _, x := range hs[i : i+shingleSize] {
			h = (h ^ x) * 0x100000001b3
			h ^= h >> 29
		}
		hs[i] = h
	}
	hs = hs[:n]
	slices.Sort(hs)
	hs = slices.Compact(hs)
	f.shingles = hs
	return hs
}

// sketch is a MinHash signature: the numHashes minima, each cut to its
// top 16 bits. Two different shingle sets then agree by chance on a value
// once in 65,536, which moves no estimate that matters, for half the
// memory.
type sketch []uint16

// signature is the MinHash signature of a set of shingle hashes.
func signature(shingles []uint64) sketch {
	sig := make(sketch, numHashes)
	var mins [numHashes]uint64
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	for _, x := range shingles {
		for i := range mins {
			if v := hashCoef[i][0]*x + hashCoef[i][1]; v < mins[i] {
				mins[i] = v
			}
		}
	}
	for i, m := range mins {
		sig[i] = uint16(m >> 48)
	}
	return sig
}

// bandKey is the LSH bucket key of band b of sig.
func bandKey(sig sketch, b int) uint64 {
	h := uint64(b+1) * 0x9e3779b97f4a7c15
	for _, v := range sig[b*bandRows : (b+1)*bandRows] {
		h = (h ^ uint64(v)) * 0xbf58476d1ce4e5b9
		h ^= h >> 31
	}
	return h
}

// jaccard estimates the Jaccard similarity of two shingle sets from their
// signatures.
func jaccard(a, b sketch) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// containment estimates the share of a's shingles found in b, from their
// Jaccard similarity j and set sizes: |A∩B| = j(|A|+|B|)/(1+j).
func containment(j float64, na, nb int) float64 {
	if na == 0 {
		return 0
	}
	c := j * float64(na+nb) / ((1 + j) * float64(na))
	return min(c, 1)
}

// lsh finds articles whose signatures share a band. Each bucket is a
// linked list through next, so that 32 entries per article cost no
// allocation: heads maps a band key to the last article entered, and
// next[article*numBands+band] to the one before (-1 ends the list).
type lsh struct {
	heads map[uint64]int32
	next  []int32
}

func newLSH() *lsh { return &lsh{heads: map[uint64]int32{}} }

// grow makes room for article ids below n.
func (l *lsh) grow(n int) {
	for len(l.next) < n*numBands {
		l.next = append(l.next, -1)
	}
}

// insert enters article art with signature sig.
func (l *lsh) insert(art int32, sig sketch) {
	l.grow(int(art) + 1)
	for b := 0; b < numBands; b++ {
		k := bandKey(sig, b)
		prev, ok := l.heads[k]
		if !ok {
			prev = -1
		}
		l.next[int(art)*numBands+b] = prev
		l.heads[k] = art
	}
}

// candidates calls fn for every article sharing a band with sig, once per
// band it shares.
func (l *lsh) candidates(sig sketch, fn func(art int32, band int)) {
	for b := 0; b < numBands; b++ {
		k := bandKey(sig, b)
		art, ok := l.heads[k]
		if !ok {
			continue
		}
		for art >= 0 {
			fn(art, b)
			art = l.next[int(art)*numBands+b]
		}
	}
}

// remove takes article art, entered with signature sig, out of its
// buckets, before it is entered again with a new signature.
func (l *lsh) remove(art int32, sig sketch) {
	for b := 0; b < numBands; b++ {
		k := bandKey(sig, b)
		at := int(art)*numBands + b
		head, ok := l.heads[k]
		switch {
		case !ok:
			continue
		case head == art:
			if l.next[at] < 0 {
				delete(l.heads, k)
			} else {
				l.heads[k] = l.next[at]
			}
		default:
			for prev := head; prev >= 0; prev = l.next[int(prev)*numBands+b] {
				if p := int(prev)*numBands + b; l.next[p] == art {
					l.next[p] = l.next[at]
					break
				}
			}
		}
		l.next[at] = -1
	}
}
