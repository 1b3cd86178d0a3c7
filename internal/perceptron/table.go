package perceptron

import (
	"hash/maphash"
	"math"
)

// table maps feature names to ids for decoding, faster than a Go map for
// the short keys and frequent misses of tagging: open addressing over
// hashes of the names kept in small slots, so that a miss rarely reads
// more than a slot or two; a slot whose hash matches is confirmed against
// the name itself, so lookups are exact.
type table struct {
	seed maphash.Seed
	// slots holds, per feature, the high half of its name's hash (the
	// low half picks the slot) above its id plus one; 0 marks an empty
	// slot. Its length is a power of two, at most half of it used.
	slots []uint64
	mask  uint64
	// Feature id's name is names[ends[id]:ends[id+1]].
	names []byte
	ends  []uint32
}

// newTable indexes the features of index, whose ids must run from 0 to
// len(index)-1, or returns nil when their names are too long in all for
// the offsets in ends.
func newTable(index map[string]int32) *table {
	byID := make([]string, len(index))
	total := 0
	for name, id := range index {
		byID[id] = name
		total += len(name)
	}
	if total > math.MaxUint32 {
		return nil
	}
	size := 2
	for size < 2*len(index) {
		size *= 2
	}
	t := &table{seed: maphash.MakeSeed(), slots: make([]uint64, size), mask: uint64(size - 1),
		names: make([]byte, 0, total), ends: make([]uint32, 1, len(index)+1)}
	for id, name := range byID {
		t.names = append(t.names, name...)
		t.ends = append(t.ends, uint32(len(t.names)))
		h := maphash.String(t.seed, name)
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = h&^0xffffffff | uint64(id+1)
	}
	return t
}

func (t *table) hash(name []byte) uint64       { return maphash.Bytes(t.seed, name) }
func (t *table) hashString(name string) uint64 { return maphash.String(t.seed, name) }

// find returns the id of the feature name whose hash is h, or -1.
func (t *table) find(h uint64, name []byte) int32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if s>>32 == h>>32 {
			id := uint32(s) - 1
			if string(t.names[t.ends[id]:t.ends[id+1]]) == string(name) {
				return int32(id)
			}
		}
	}
}
