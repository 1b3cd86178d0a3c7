package story

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"math"
)

// snapshotMagic starts every snapshot; snapshotVersion changes whenever
// the encoding or the meaning of a saved field does.
const (
	snapshotMagic   = "parallax-story-index\n"
	snapshotVersion = 1
)

// snapshot is the saved state of an Index. The maps, the LSH buckets and
// the scratch space are rebuilt from it on load; the postings are saved as
// they are, stale entries included, so that a reloaded index goes on
// exactly as the saved one would have.
type snapshot struct {
	Version         int
	Options         Options
	Terms           []term
	DF              []uint32
	Docs            int
	Articles        []*article
	Stories         []*story
	Active, Archive [][]int32
	MaxSeen, Cutoff int64
}

// MarshalBinary snapshots the whole index — features, centroids, document
// frequencies, postings and stories — so that a store can keep it and the
// next run can go on without re-reading every article.
func (x *Index) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(snapshotMagic)
	s := snapshot{
		Version: snapshotVersion, Options: x.opt,
		Terms: x.vocab.terms, DF: x.df, Docs: x.docs,
		Articles: x.arts, Stories: x.stories,
		Active: x.active.Lists, Archive: x.archive.Lists,
		MaxSeen: x.maxSeen, Cutoff: x.cutoff,
	}
	if err := gob.NewEncoder(&buf).Encode(&s); err != nil {
		return nil, fmt.Errorf("encode story index: %w", err)
	}
	return buf.Bytes(), nil
}

// UnmarshalBinary replaces the index with a snapshot made by
// MarshalBinary. The index keeps its own options unless it has none (a
// zero Index), in which case it takes those of the snapshot.
func (x *Index) UnmarshalBinary(data []byte) error {
	if !bytes.HasPrefix(data, []byte(snapshotMagic)) {
		return errors.New("decode story index: not a story index snapshot")
	}
	var s snapshot
	if err := gob.NewDecoder(bytes.NewReader(data[len(snapshotMagic):])).Decode(&s); err != nil {
		return fmt.Errorf("decode story index: %w", err)
	}
	if s.Version != snapshotVersion {
		return fmt.Errorf("decode story index: version %d, want %d", s.Version, snapshotVersion)
	}
	if err := s.check(); err != nil {
		return fmt.Errorf("decode story index: %w", err)
	}

	opt := x.opt
	if opt == (Options{}) {
		opt = s.Options
	}
	*x = *NewIndex(opt)
	for _, t := range s.Terms {
		x.vocab.id(t.Kind, t.Text)
	}
	x.df, x.docs = s.DF, s.Docs
	x.arts, x.stories = s.Articles, s.Stories
	x.active.Lists, x.archive.Lists = s.Active, s.Archive
	x.maxSeen, x.cutoff = s.MaxSeen, s.Cutoff
	for i, a := range x.arts {
		x.byID[a.ID] = int32(i)
		if a.Sig != nil {
			x.lsh.insert(int32(i), a.Sig)
		}
	}
	for si, st := range x.stories {
		x.storyID[st.ID] = int32(si)
		st.norm = st.Cent.norm()
	}
	x.stamp = make([]uint32, len(x.stories))
	x.partial = make([]float64, len(x.stories))
	return nil
}

// check rejects a snapshot whose indexes point outside it, so that a
// corrupt one fails here rather than panicking later.
func (s *snapshot) check() error {
	nt, na, ns := len(s.Terms), int32(len(s.Articles)), int32(len(s.Stories))
	if len(s.DF) > nt {
		return errors.New("more document frequencies than terms")
	}
	for _, a := range s.Articles {
		if a == nil || a.Story < 0 || a.Story >= ns || a.DupOf >= na || len(a.Vec.IDs) != len(a.Vec.W) ||
			(a.Sig != nil && len(a.Sig) != numHashes) || !termsIn(a.Vec.IDs, nt) {
			return errors.New("article out of range")
		}
	}
	for _, st := range s.Stories {
		if st == nil || len(st.Cent.IDs) != len(st.Cent.W) || !termsIn(st.Cent.IDs, nt) || !termsIn(st.Posted, nt) {
			return errors.New("story out of range")
		}
		for _, m := range st.Members {
			if m < 0 || m >= na {
				return errors.New("story member out of range")
			}
		}
	}
	for _, lists := range [][][]int32{s.Active, s.Archive} {
		for _, l := range lists {
			for _, si := range l {
				if si < 0 || si >= ns {
					return errors.New("posting out of range")
				}
			}
		}
	}
	return nil
}

func termsIn(ids []uint32, n int) bool {
	for _, id := range ids {
		if int(id) >= n {
			return false
		}
	}
	return true
}

// GobEncode writes a vector compactly, as the gaps between its ids in
// varints and its weights' bits: half the size of gob's own encoding,
// and vectors are most of a snapshot.
func (v vector) GobEncode() ([]byte, error) {
	b := binary.AppendUvarint(nil, uint64(len(v.IDs)))
	prev := uint32(0)
	for _, id := range v.IDs {
		b = binary.AppendUvarint(b, uint64(id-prev))
		prev = id
	}
	for _, w := range v.W {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(w))
	}
	return b, nil
}

// GobDecode reads what GobEncode wrote.
func (v *vector) GobDecode(b []byte) error {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return errors.New("bad vector length")
	}
	b = b[k:]
	v.IDs, v.W = make([]uint32, n), make([]float32, n)
	prev := uint64(0)
	for i := range v.IDs {
		d, k := binary.Uvarint(b)
		if k <= 0 || prev+d > math.MaxUint32 || (i > 0 && d == 0) {
			return errors.New("bad vector id")
		}
		prev += d
		v.IDs[i], b = uint32(prev), b[k:]
	}
	if len(b) != 4*int(n) {
		return errors.New("bad vector weights")
	}
	for i := range v.W {
		v.W[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return nil
}

// GobEncode writes a signature as its raw bytes: its values are uniformly
// spread, so varints would only make them longer.
func (s sketch) GobEncode() ([]byte, error) {
	b := make([]byte, 0, 2*len(s))
	for _, v := range s {
		b = binary.LittleEndian.AppendUint16(b, v)
	}
	return b, nil
}

// GobDecode reads what GobEncode wrote.
func (s *sketch) GobDecode(b []byte) error {
	if len(b)%2 != 0 {
		return errors.New("bad signature")
	}
	if len(b) == 0 {
		*s = nil
		return nil
	}
	*s = make(sketch, len(b)/2)
	for i := range *s {
		(*s)[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return nil
}
