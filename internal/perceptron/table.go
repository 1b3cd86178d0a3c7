package perceptron

import (
	"hash/maphash"
)

// table maps feature names to ids for decoding, faster than a Go map for
// the short keys and frequent misses of tagging: open addressing over
// the names' 64-bit hashes (maphash's, or Hash's below 2⁶¹ for a model
// that hashes pieces), each slot holding a full hash beside its id, so
// that a lookup reads a few adjacent slots (linear probing, at most half
// full) and never the name. Two names of a model never share a hash
// (newTable refuses such a model), and a name the model lacks matches one
// of its hashes with probability about 2⁻⁶⁴ per slot read (n/2⁶¹ for a
// name of n bytes hashed from pieces, about 2⁻⁵⁵ for the longest):
// lookups are exact in practice.
type table struct {
	seed maphash.Seed
	// pieces says the names' hashes are Hash's (see HashPieces), not
	// maphash's.
	pieces bool
	// slots has a power-of-two length, at most half of it used; an
	// empty slot has id 0, a used one its feature's id plus one.
	slots []slot
	mask  uint64
}

type slot struct {
	hash uint64
	id   uint32
}

// newTable indexes the features of index, whose ids must run from 0 to
// len(index)-1, hashing them by pieces or with maphash, or returns nil
// when two of its names share a hash.
func newTable(index map[string]int32, pieces bool) *table {
	size := 2
	for size < 2*len(index) {
		size *= 2
	}
	t := &table{seed: maphash.MakeSeed(), pieces: pieces, slots: make([]slot, size), mask: uint64(size - 1)}
	for name, id := range index {
		h := t.hashString(name)
		i := t.first(h)
		for ; t.slots[i].id != 0; i = (i + 1) & t.mask {
			if t.slots[i].hash == h {
				return nil
			}
		}
		t.slots[i] = slot{hash: h, id: uint32(id) + 1}
	}
	return t
}

func (t *table) hash(name []byte) uint64 {
	if t.pieces {
		return hashBytes(0, name)
	}
	return maphash.Bytes(t.seed, name)
}

func (t *table) hashString(name string) uint64 {
	if t.pieces {
		return hashBytes(0, name)
	}
	return maphash.String(t.seed, name)
}

// first returns the slot a lookup of h starts at. Hashes of pieces of
// names that differ in their last byte differ by little: multiplying
// (and folding the high bits the product spreads them to down) scatters
// them over the table, where their low bits would crowd them into
// neighbouring slots.
func (t *table) first(h uint64) uint64 {
	h *= 0x9e3779b97f4a7c15
	return (h ^ h>>32) & t.mask
}

// find returns the id of the feature whose name hashes to h, or -1.
func (t *table) find(h uint64) int32 {
	for i := t.first(h); ; i = (i + 1) & t.mask {
		s := t.slots[i]
		switch {
		case s.id == 0:
			return -1
		case s.hash == h:
			return int32(s.id - 1)
		}
	}
}
