package perceptron

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// referencePredict is the straightforward decoder: features scored from
// the index map, Viterbi over transitions read in place. Decoder must give
// the same labels, ties included.
func referencePredict(m *Model, features [][]string) []int {
	L := len(m.Labels)
	n := len(features)
	delta := make([]float64, n*L)
	back := make([]int, n*L)
	for p := range n {
		scores := make([]float64, L)
		for _, name := range features[p] {
			if id, ok := m.index[name]; ok {
				for l := range L {
					scores[l] += float64(m.w[int(id)*L+l])
				}
			}
		}
		for cur := range L {
			if p == 0 {
				delta[cur] = scores[cur] + float64(m.trans[cur])
				back[cur] = -1
				continue
			}
			bestV, bestP := 0.0, -1
			for prev := range L {
				v := delta[(p-1)*L+prev] + float64(m.trans[(prev+1)*L+cur])
				if bestP < 0 || v > bestV {
					bestV, bestP = v, prev
				}
			}
			delta[p*L+cur] = bestV + scores[cur]
			back[p*L+cur] = bestP
		}
	}
	path := make([]int, n)
	if n == 0 {
		return path
	}
	last := 0
	for l := 1; l < L; l++ {
		if delta[(n-1)*L+l] > delta[(n-1)*L+last] {
			last = l
		}
	}
	for p := n - 1; p >= 0; p-- {
		path[p] = last
		last = back[p*L+last]
	}
	return path
}

// randomModel has small integer weights, so that ties are common.
func randomModel(rng *rand.Rand, L, features int) *Model {
	m := &Model{index: map[string]int32{}}
	for l := range L {
		m.Labels = append(m.Labels, fmt.Sprint("L", l))
	}
	for i := range features {
		m.index[fmt.Sprint("f", i)] = int32(i)
	}
	m.w = make([]float32, features*L)
	for i := range m.w {
		m.w[i] = float32(rng.IntN(5) - 2)
	}
	m.trans = make([]float32, (L+1)*L)
	for i := range m.trans {
		m.trans[i] = float32(rng.IntN(3)-1) / 2
	}
	m.prepare()
	return m
}

func TestDecoderMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var d Decoder
	for trial := range 300 {
		L := 1 + rng.IntN(13)
		m := randomModel(rng, L, 1+rng.IntN(200))
		n := rng.IntN(12)
		feats := make([][]string, n)
		d.Reset(m)
		for p := range feats {
			d.Next()
			for range rng.IntN(8) {
				// Some names the model lacks.
				name := fmt.Sprint("f", rng.IntN(260))
				feats[p] = append(feats[p], name)
				d.Add([]byte(name))
			}
		}
		want := referencePredict(m, feats)
		got := d.Decode()
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("trial %d (L=%d, n=%d): Decode=%v, reference %v", trial, L, n, got, want)
		}
	}
}

func TestTableLookup(t *testing.T) {
	index := map[string]int32{"": 0, "a": 1, "ab": 2, "w=Kessaria": 3}
	for i := range 1000 {
		index[fmt.Sprint("x", i)] = int32(4 + i)
	}
	for _, pieces := range []bool{false, true} {
		tb := newTable(index, pieces)
		for name, id := range index {
			if got := tb.find(tb.hash([]byte(name))); got != id {
				t.Errorf("pieces %v: find(%q)=%d, want %d", pieces, name, got, id)
			}
			if got := tb.find(tb.hashString(name)); got != id {
				t.Errorf("pieces %v: find(hashString(%q))=%d, want %d", pieces, name, got, id)
			}
		}
		for _, name := range []string{"b", "a ", "x1000", "w=kessaria", "x-1"} {
			if got := tb.find(tb.hash([]byte(name))); got != -1 {
				t.Errorf("pieces %v: find(%q)=%d, want -1", pieces, name, got)
			}
		}
	}
}

// A name hashed from its pieces hashes as the name does, however it is
// cut, pieces longer than the table of powers included.
func TestHashPieces(t *testing.T) {
	long := strings.Repeat("Kessaria|", 12)
	for _, parts := range [][]string{
		{}, {""}, {"w=", "said"}, {"w-1|w=", "he", "|", "said"}, {"", "a", "", "b"},
		{long, "|", long}, {"\xff\x00", "é"},
	} {
		var h Hash
		for _, p := range parts {
			h = h.Then(PieceOf(p))
		}
		name := strings.Join(parts, "")
		if want := Hash(hashBytes(0, name)); h != want {
			t.Errorf("%q by pieces: %d, want %d", parts, h, want)
		}
		if h != Hash(0).Then(PieceOf(name)) {
			t.Errorf("%q: pieces and whole piece differ", parts)
		}
	}
	if a, b := Hash(0).Then(PieceOf("ab")), Hash(0).Then(PieceOf("ba")); a == b {
		t.Errorf(`"ab" and "ba" share hash %d`, a)
	}
}

// A mulMod of numbers near the prime stays below it.
func TestMulModReduces(t *testing.T) {
	for _, c := range [][3]uint64{
		{prime61 - 1, prime61 - 1, 1}, {prime61 - 1, 2, prime61 - 2}, {0, prime61 - 1, 0}, {1 << 60, 2, 1},
	} {
		if got := mulMod(c[0], c[1]); got != c[2] {
			t.Errorf("mulMod(%d, %d)=%d, want %d", c[0], c[1], got, c[2])
		}
	}
}

// A model whose table could not be built decodes from its index map.
func TestDecoderWithoutTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	m := randomModel(rng, 5, 50)
	m.table = nil
	var d Decoder
	d.Reset(m)
	var feats [][]string
	for p := range 6 {
		d.Next()
		feats = append(feats, nil)
		for k := range 5 {
			name := fmt.Sprint("f", (p*7+k*13)%70)
			feats[p] = append(feats[p], name)
			d.AddString(name)
		}
	}
	if got, want := d.Decode(), referencePredict(m, feats); !slices.Equal(got, want) {
		t.Errorf("Decode=%v, reference %v", got, want)
	}
}

// A beam as wide as the labels is exact Viterbi; a narrow one still
// scores no better than the exact path and mostly finds it.
func TestDecoderBeam(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var d Decoder
	same := 0
	const trials = 300
	for trial := range trials {
		L := 2 + rng.IntN(30)
		m := randomModel(rng, L, 1+rng.IntN(200))
		n := 1 + rng.IntN(12)
		feats := make([][]string, n)
		for p := range feats {
			for range rng.IntN(8) {
				feats[p] = append(feats[p], fmt.Sprint("f", rng.IntN(260)))
			}
		}
		decode := func(beam int) []int {
			d.Reset(m)
			d.SetBeam(beam)
			for _, f := range feats {
				d.Next()
				for _, name := range f {
					d.AddString(name)
				}
			}
			return slices.Clone(d.Decode())
		}
		want := referencePredict(m, feats)
		if got := decode(L); !slices.Equal(got, want) {
			t.Fatalf("trial %d: beam %d (all labels) gave %v, exact %v", trial, L, got, want)
		}
		got := decode(2)
		if s, best := pathScore(m, feats, got), pathScore(m, feats, want); s > best+1e-9 {
			t.Fatalf("trial %d: beam path scores %v, above the exact best %v", trial, s, best)
		}
		if slices.Equal(got, want) {
			same++
		}
	}
	d.SetBeam(0)
	if same < trials/2 {
		t.Errorf("a beam of 2 found the exact path %d times of %d", same, trials)
	}
}

// pathScore is the score of labels under m.
func pathScore(m *Model, feats [][]string, labels []int) float64 {
	L := len(m.Labels)
	s := 0.0
	prev := -1
	for p, l := range labels {
		for _, name := range feats[p] {
			if id, ok := m.index[name]; ok {
				s += float64(m.w[int(id)*L+l])
			}
		}
		s += float64(m.trans[(prev+1)*L+l])
		prev = l
	}
	return s
}

func TestBILOU(t *testing.T) {
	for _, c := range []struct {
		prev, cur string
		want      bool
	}{
		{"", "B-X", true}, {"", "U-X", true}, {"", "O", true}, {"", "I-X", false}, {"", "L-X", false},
		{"B-X", "I-X", true}, {"B-X", "L-X", true}, {"I-X", "L-X", true}, {"I-X", "I-X", true},
		{"B-X", "L-Y", false}, {"I-X", "I-Y", false}, {"B-X", "O", false}, {"I-X", "B-X", false},
		{"B-X", "", false}, {"I-X", "", false}, {"L-X", "", true}, {"U-X", "", true}, {"O", "", true},
		{"L-X", "B-Y", true}, {"U-X", "U-X", true}, {"O", "L-X", false}, {"L-X", "I-X", false},
	} {
		if got := BILOU(c.prev, c.cur); got != c.want {
			t.Errorf("BILOU(%q, %q) = %v, want %v", c.prev, c.cur, got, c.want)
		}
	}
}

// A restricted model decodes the best of the label sequences it allows,
// found here by trying them all.
func TestRestrictedDecodeIsBestAllowed(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	labels := []string{"B-X", "I-X", "L-X", "O", "U-X", "B-Y", "L-Y", "U-Y"}
	var d Decoder
	for trial := range 200 {
		m := randomModel(rng, len(labels), 40)
		for i := range m.trans {
			m.trans[i] = float32(rng.IntN(9) - 4) // tempt it into invalid steps
		}
		m.prepare()
		m.Labels = labels
		m.Restrict(BILOU)
		n := 1 + rng.IntN(4)
		d.Reset(m)
		em := make([][]float64, n)
		for p := range n {
			d.Next()
			em[p] = make([]float64, len(labels))
			for range rng.IntN(6) {
				id := rng.IntN(40)
				d.Add([]byte(fmt.Sprint("f", id)))
				for l := range labels {
					em[p][l] += float64(m.w[id*len(labels)+l])
				}
			}
		}
		score := func(path []int) (float64, bool) {
			s, prev := 0.0, ""
			for p, l := range path {
				if !BILOU(prev, labels[l]) {
					return 0, false
				}
				from := 0
				if p > 0 {
					from = path[p-1] + 1
				}
				s += em[p][l] + float64(m.trans[from*len(labels)+l])
				prev = labels[l]
			}
			return s, BILOU(prev, "")
		}
		got := slices.Clone(d.Decode())
		gotScore, ok := score(got)
		if !ok {
			t.Fatalf("trial %d: decoded %v, which BILOU does not allow", trial, got)
		}
		best := math.Inf(-1)
		path := make([]int, n)
		var try func(p int)
		try = func(p int) {
			if p == n {
				if s, ok := score(path); ok && s > best {
					best = s
				}
				return
			}
			for l := range labels {
				path[p] = l
				try(p + 1)
			}
		}
		try(0)
		if gotScore != best {
			t.Fatalf("trial %d: decoded %v scoring %v, best allowed scores %v", trial, got, gotScore, best)
		}
	}
}

// BenchmarkDecode decodes paragraph-sized sequences with a model of the
// attribution tagger's shape (13 BILOU labels, restricted) and about as
// many features per position as it adds.
func BenchmarkDecode(b *testing.B) {
	rng := rand.New(rand.NewPCG(7, 8))
	labels := []string{"B-CON", "B-CUE", "B-SRC", "I-CON", "I-CUE", "I-SRC", "L-CON", "L-CUE", "L-SRC", "O", "U-CON", "U-CUE", "U-SRC"}
	m := randomModel(rng, len(labels), 20000)
	m.Labels = labels
	m.Restrict(BILOU)
	const n, perPos = 60, 70
	names := make([][]byte, n*perPos)
	for i := range names {
		names[i] = fmt.Appendf(nil, "f%d", rng.IntN(24000))
	}
	var d Decoder
	b.ReportAllocs()
	for b.Loop() {
		d.Reset(m)
		for p := range n {
			d.Next()
			for _, name := range names[p*perPos : (p+1)*perPos] {
				d.Add(name)
			}
		}
		d.Decode()
	}
}

// A restriction no sequence of the length meets leaves decoding
// unrestricted instead of returning a sequence it does not allow.
func TestRestrictWithNoAllowedPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	noRepeat := func(prev, cur string) bool { return prev == "" || cur == "" || prev != cur }
	for _, c := range []struct {
		labels []string
		n      int
		allow  func(prev, cur string) bool
	}{
		{[]string{"L-X"}, 2, BILOU}, {[]string{"I-X"}, 1, BILOU}, {[]string{"B-X", "L-X"}, 1, BILOU},
		{[]string{"B-X", "L-X"}, 3, BILOU}, {[]string{"A"}, 2, noRepeat},
	} {
		m := randomModel(rng, len(c.labels), 5)
		m.Labels = c.labels
		decode := func() []int {
			var d Decoder
			d.Reset(m)
			for range c.n {
				d.Next()
				d.Add([]byte("f1"))
			}
			return slices.Clone(d.Decode())
		}
		want := decode()
		m.Restrict(c.allow)
		if got := decode(); !slices.Equal(got, want) {
			t.Errorf("labels %v, length %d: decoded %v, want the unrestricted %v", c.labels, c.n, got, want)
		}
	}
}

// Features added by id, as a second model reads those a first has
// looked up (IDs, IDsOf), decode as the same features added by name,
// mixed with names, with a table and without one.
func TestDecoderAddID(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for trial := range 100 {
		first := randomModel(rng, 3, 1+rng.IntN(120))
		second := permuted(rng, randomModel(rng, 1+rng.IntN(13), 1+rng.IntN(200)))
		if trial%3 == 0 {
			second.table = nil
		}
		if trial%5 == 0 {
			first.table = nil
		}
		toSecond := second.IDsOf(first)
		var d1, d2 Decoder
		d1.Reset(first)
		n := 1 + rng.IntN(10)
		feats := make([][]string, n)
		for p := range feats {
			d1.Next()
			for range rng.IntN(8) {
				name := fmt.Sprint("f", rng.IntN(260))
				feats[p] = append(feats[p], name)
				d1.AddString(name)
			}
		}
		d1.Decode()
		ids := d1.IDs()
		d2.Reset(second)
		k := 0
		for p := range feats {
			d2.Next()
			for _, name := range feats[p] {
				if id := ids[k]; id >= 0 && rng.IntN(4) > 0 {
					d2.AddID(toSecond[id])
				} else {
					d2.AddString(name)
				}
				k++
			}
		}
		if got, want := d2.Decode(), referencePredict(second, feats); !slices.Equal(got, want) {
			t.Fatalf("trial %d: Decode=%v, reference %v", trial, got, want)
		}
	}
}

// permuted returns m with its features' ids shuffled, so that a feature's
// id differs from one model to another.
func permuted(rng *rand.Rand, m *Model) *Model {
	L := len(m.Labels)
	perm := rng.Perm(len(m.index))
	w := make([]float32, len(m.w))
	for name, id := range m.index {
		to := int32(perm[id])
		copy(w[int(to)*L:int(to+1)*L], m.w[int(id)*L:int(id+1)*L])
		m.index[name] = to
	}
	m.w = w
	m.prepare()
	return m
}

// Features added after a Decode are looked up by the next one, by hash
// or by name, mixed with features added by id.
func TestDecoderAddAfterDecode(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for trial := range 200 {
		m := randomModel(rng, 1+rng.IntN(13), 1+rng.IntN(200))
		if trial%2 == 0 {
			m.table = nil
		}
		var d Decoder
		d.Reset(m)
		n := 1 + rng.IntN(8)
		feats := make([][]string, n)
		for p := range feats {
			d.Next()
			for range rng.IntN(6) {
				name := fmt.Sprint("f", rng.IntN(260))
				feats[p] = append(feats[p], name)
				if id, ok := m.index[name]; ok && rng.IntN(3) == 0 {
					d.AddID(id)
				} else {
					d.AddString(name)
				}
			}
			if rng.IntN(3) == 0 {
				d.Decode()
			}
		}
		if got, want := d.Decode(), referencePredict(m, feats); !slices.Equal(got, want) {
			t.Fatalf("trial %d: Decode=%v, reference %v", trial, got, want)
		}
	}
}
