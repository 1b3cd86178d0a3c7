package quote

import (
	"cmp"
	"slices"
	"sort"
)

// grouper gathers a story's wordings into statements. Each new wording is
// compared only with the wordings that can reach the thresholds, found
// through an inverted index of their words, so a story of thousands of
// quotes is not read pair by pair; the result is the one a comparison
// with every wording gives.
//
// Two wordings match only when the smaller holds at least half of its
// weight in the other (minContainment). Ordering all words of the story
// rarest first, the first word the two share is then among the smaller
// one's rarest words making up over half its weight (its prefix): were it
// later, their shared words would all lie in the rest, which weighs less
// than half. So a new wording looks its own words up among the earlier
// wordings' prefixes (where the earlier one is the smaller) and its
// prefix among all their words (where it is the smaller).
type grouper struct {
	ms      []member
	bags    []idBag
	groups  [][]member
	group   []int     // each added wording's group
	speaker []int     // each group's known speaker, -1 when none
	prefix  [][]int32 // by word id: the wordings with it in their prefix
	all     [][]int32 // by word id: the wordings with it
	seen    []int     // the wording each was last read for, plus one
}

// idBag is a bag with its words numbered by rarity in the story, rarest
// first, for quick intersection.
type idBag struct {
	ids    []int32
	w      []float64
	total  float64
	common int
	prefix int // ids[:prefix] is the prefix
}

// minContainment is the lower of the two matching thresholds.
const minContainment = min(sameSpeakerContainment, unknownContainment)

// newGrouper numbers the words of the story's wordings, rarest first.
func newGrouper(ms []member) *grouper {
	df := map[string]int{}
	for _, m := range ms {
		for k := range m.bag.w {
			df[k]++
		}
	}
	words := make([]string, 0, len(df))
	for k := range df {
		words = append(words, k)
	}
	sort.Slice(words, func(i, j int) bool {
		if df[words[i]] != df[words[j]] {
			return df[words[i]] < df[words[j]]
		}
		return words[i] < words[j]
	})
	id := make(map[string]int32, len(words))
	for i, k := range words {
		id[k] = int32(i)
	}
	gr := &grouper{ms: ms, bags: make([]idBag, len(ms)), seen: make([]int, len(ms)),
		prefix: make([][]int32, len(words)), all: make([][]int32, len(words))}
	for i, m := range ms {
		gr.bags[i] = numbered(m.bag, id)
	}
	return gr
}

// numbered returns b with its words numbered by id, in order, and its
// prefix: the fewest first words that leave less than minContainment of
// its weight.
func numbered(b bag, id map[string]int32) idBag {
	type word struct {
		id int32
		w  float64
	}
	words := make([]word, 0, len(b.w))
	for k, w := range b.w {
		words = append(words, word{id[k], w})
	}
	slices.SortFunc(words, func(x, y word) int { return cmp.Compare(x.id, y.id) })
	nb := idBag{ids: make([]int32, len(words)), w: make([]float64, len(words)), total: b.total, common: b.common, prefix: len(words)}
	rest := b.total
	for i, x := range words {
		nb.ids[i], nb.w[i] = x.id, x.w
		rest -= x.w
		if rest < minContainment*b.total && nb.prefix == len(words) {
			nb.prefix = i + 1
		}
	}
	return nb
}

// run adds the wordings in order and returns the groups.
func (gr *grouper) run() [][]member {
	for i := range gr.ms {
		gr.add(i)
	}
	return gr.groups
}

// add puts wording i in the group it matches best, or in a new group.
func (gr *grouper) add(i int) {
	m := gr.ms[i]
	g := gr.best(i)
	if g < 0 {
		g = len(gr.groups)
		gr.groups = append(gr.groups, nil)
		gr.speaker = append(gr.speaker, -1)
	}
	gr.group = append(gr.group, g)
	gr.groups[g] = append(gr.groups[g], m)
	if gr.speaker[g] < 0 {
		gr.speaker[g] = m.speaker
	}
	b := gr.bags[i]
	for _, x := range b.ids {
		gr.all[x] = append(gr.all[x], int32(i))
	}
	for _, x := range b.ids[:b.prefix] {
		gr.prefix[x] = append(gr.prefix[x], int32(i))
	}
}

// best returns the group wording i belongs to, as a comparison with every
// earlier wording would: the highest containment above the thresholds
// among groups whose speaker is compatible, the earliest group on a tie;
// -1 when none.
func (gr *grouper) best(i int) int {
	m, b := gr.ms[i], &gr.bags[i]
	best, bestScore := -1, 0.0
	try := func(j int32) {
		if gr.seen[j] == i+1 {
			return
		}
		gr.seen[j] = i + 1
		g := gr.group[j]
		gs := gr.speaker[g]
		if gs >= 0 && m.speaker >= 0 && gs != m.speaker {
			return
		}
		known := gs >= 0 && m.speaker >= 0
		c, shared := b.containment(&gr.bags[j])
		ok := known && c >= sameSpeakerContainment && shared >= sameSpeakerShared ||
			!known && c >= unknownContainment && shared >= unknownShared
		if ok && (c > bestScore || c == bestScore && g < best) {
			best, bestScore = g, c
		}
	}
	for _, x := range b.ids {
		for _, j := range gr.prefix[x] {
			try(j)
		}
	}
	for _, x := range b.ids[:b.prefix] {
		for _, j := range gr.all[x] {
			try(j)
		}
	}
	return best
}

// containment is bag.containment on numbered bags.
func (b *idBag) containment(o *idBag) (float64, int) {
	small, big := b, o
	if o.total < b.total {
		small, big = o, b
	}
	if small.total == 0 {
		return 0, 0
	}
	shared, n, common := 0.0, 0, 0
	for i, j := 0, 0; i < len(small.ids) && j < len(big.ids); {
		switch {
		case small.ids[i] < big.ids[j]:
			i++
		case small.ids[i] > big.ids[j]:
			j++
		default:
			shared += small.w[i]
			n++
			if small.w[i] == weightWord {
				common++
			}
			i++
			j++
		}
	}
	if common < min(2, small.common) || small.common == 0 && small.total < 4 {
		n = 0
	}
	return shared / small.total, n
}
