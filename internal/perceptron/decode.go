package perceptron

// Decoder labels sequences whose features are given one by one, as bytes
// or strings, without allocating once its scratch space has grown: the
// way to tag many sequences fast. Features are summed in the order they
// are added, as Predict does, so both give the same labels. The zero
// value is ready for Reset; a Decoder is not safe for concurrent use, but
// any number of Decoders may share a Model.
//
// Features added by name are looked up when Decode is called, all of a
// sequence together: reads of the table that do not wait on one another
// let the processor overlap the cache misses that looking features up
// one at a time would wait for in turn. Features added by id (AddID)
// need no looking up.
type Decoder struct {
	m *Model
	// The features added: their hashes, or with a model that has no
	// table their names end to end and where each ends; how many were
	// added; and where each position's features end.
	n      int32
	names  []byte
	ends   []int32
	hashes []uint64
	pos    []int32
	ids    []int32 // the features' ids, -1 for those the model lacks, pending before lookup
	// looked counts the ids looked up so far, hashAt and nameAt the
	// hashes and names they used: features may be added after a Decode.
	looked, hashAt, nameAt int
	d                      decoder
	sink                   uint64 // keeps the reads that warm the cache from being removed
}

// Reset starts a new sequence to be labelled by m.
func (d *Decoder) Reset(m *Model) {
	d.m = m
	d.names, d.ends, d.hashes, d.pos = d.names[:0], d.ends[:0], d.hashes[:0], d.pos[:0]
	d.ids = d.ids[:0]
	d.n, d.looked, d.hashAt, d.nameAt = 0, 0, 0, 0
}

// Next starts the next position of the sequence; features added after it
// are that position's.
func (d *Decoder) Next() {
	if len(d.pos) > 0 {
		d.pos[len(d.pos)-1] = d.n
	}
	d.pos = append(d.pos, d.n)
}

// Add adds feature name to the current position; features the model has
// no weights for count for nothing.
func (d *Decoder) Add(name []byte) {
	d.n++
	d.ids = append(d.ids, pending)
	if d.m.table != nil {
		d.hashes = append(d.hashes, d.m.table.hash(name))
		return
	}
	d.names = append(d.names, name...)
	d.ends = append(d.ends, int32(len(d.names)))
}

// AddString is Add for a string.
func (d *Decoder) AddString(name string) {
	d.n++
	d.ids = append(d.ids, pending)
	if d.m.table != nil {
		d.hashes = append(d.hashes, d.m.table.hashString(name))
		return
	}
	d.names = append(d.names, name...)
	d.ends = append(d.ends, int32(len(d.names)))
}

// AddHash adds the feature whose name hashes to h, for a model whose
// table hashes pieces (see HashPieces): a tagger that keeps the
// pieces its names are made of adds them so, saving Add's writing out
// and hashing of the name.
func (d *Decoder) AddHash(h Hash) {
	d.mustHashPieces()
	d.n++
	d.ids = append(d.ids, pending)
	d.hashes = append(d.hashes, uint64(h))
}

// AddHashes adds the features whose names hash to hs, as AddHash does.
func (d *Decoder) AddHashes(hs []Hash) {
	d.mustHashPieces()
	d.n += int32(len(hs))
	for _, h := range hs {
		d.ids = append(d.ids, pending)
		d.hashes = append(d.hashes, uint64(h))
	}
}

// mustHashPieces panics unless d's model takes hashes of pieces: any
// other model would miss every feature, silently.
func (d *Decoder) mustHashPieces() {
	if d.m.table == nil || !d.m.table.pieces {
		panic("perceptron: AddHash on a model not made to hash pieces (see HashPieces)")
	}
}

// AddID adds the feature of the model with id id (-1: one it lacks;
// any id below that counts as -1), as IDs and Model.IDsOf give them,
// saving Add's look-up: a tagger whose second model reads the features
// of its first adds them so.
func (d *Decoder) AddID(id int32) {
	d.n++
	d.ids = append(d.ids, max(id, -1))
}

// IDs returns the ids of the features added since Reset, in the order
// added, -1 for those the model lacks; the slice is d's, valid until the
// next Add or Reset.
func (d *Decoder) IDs() []int32 {
	if d.m != nil {
		d.lookup()
	}
	return d.ids
}

// SetBeam makes Decode consider, at each position, only the k best
// labels of the one before (k <= 0: all of them, exact Viterbi). For a
// model with many labels a small beam is several times faster and
// almost always finds the same path. The beam stays set across Reset.
func (d *Decoder) SetBeam(k int) { d.d.beam = k }

// Decode returns the best labels of the positions since Reset, as indices
// into the model's Labels. The slice is d's, valid until its next Decode.
func (d *Decoder) Decode() []int {
	L := len(d.m.Labels)
	n := len(d.pos)
	if L == 0 || n == 0 {
		return nil
	}
	d.pos[n-1] = d.n
	d.lookup()
	// Emission scores, feature by feature in the order added.
	em := d.d.emissions(n, L)
	w, k := d.m.w, int32(0)
	for p, end := range d.pos {
		scores := em[p*L : (p+1)*L]
		for _, id := range d.ids[k:end] {
			if id < 0 {
				continue
			}
			row := w[int(id)*L : int(id+1)*L]
			sc := scores[:len(row)] // no bounds checks in the loop
			for l, v := range row {
				sc[l] += float64(v)
			}
		}
		k = end
	}
	return d.d.viterbi(n, L, d.m.trans64, d.m.allowed)
}

// pending marks, in ids, a feature Add has yet to look up.
const pending = -2

// lookup sets the ids of the features Add added since the last lookup,
// in order: the hashes or names it kept are theirs.
func (d *Decoder) lookup() {
	if d.m.table == nil {
		d.lookupNames() // a model with no table (see newTable)
	} else {
		d.lookupHashes()
	}
	d.looked, d.hashAt, d.nameAt = len(d.ids), len(d.hashes), len(d.ends)
}

// lookupNames is lookup for a model with no table, by name.
func (d *Decoder) lookupNames() {
	ids := d.ids[d.looked:]
	k := d.nameAt
	for i, id := range ids {
		if id != pending {
			continue
		}
		start := int32(0)
		if k > 0 {
			start = d.ends[k-1]
		}
		id, ok := d.m.index[string(d.names[start:d.ends[k]])]
		if !ok {
			id = -1
		}
		ids[i] = id
		k++
	}
}

// lookupHashes is lookup by hash, in the model's table.
func (d *Decoder) lookupHashes() {
	ids, t := d.ids[d.looked:], d.m.table
	// First read every feature's first slot, then probe: the reads of
	// the first loop do not wait on one another.
	hashes := d.hashes[d.hashAt:]
	var sink uint64
	for _, h := range hashes {
		sink += t.slots[t.first(h)].hash
	}
	k := 0
	for i, id := range ids {
		if id == pending {
			ids[i] = t.find(hashes[k])
			k++
		}
	}
	// Then the weight rows, likewise.
	L := len(d.m.Labels)
	var wsink float32
	for _, id := range ids {
		if id >= 0 {
			wsink += d.m.w[int(id)*L]
		}
	}
	d.sink = sink + uint64(wsink)
}
