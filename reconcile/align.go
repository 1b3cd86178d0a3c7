package reconcile

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// mention is one article's statement of a figure or a date, ready to be
// lined up with the other articles'.
type mention struct {
	d       *doc
	sent    int
	span    parallax.Span
	text    string // as written
	bucket  string // only mentions of one bucket are compared: the unit, or the event of a date
	counted string

	// low and high bound the value the wording allows, for the verdict;
	// label is the value normalised for display.
	low, high float64
	label     string
	fig       float64 // the figure as stated, for "the same figure"
	tol       string  // the tolerance that widened the bounds, for the Note
	weekday   string  // the weekday a date was resolved from, when only one was named

	vec   vector
	when  string   // a date stated in the figure's own clause
	caps  []string // capitalised modifiers ("Veltravan")
	names []string // proper names of the figure's clause ("Hansbrough")
	via   string   // the outlet or agency relayed
	by    string   // who the value is attributed to
	group string   // independent source, after relays
	// origin is the outlet of the text it comes from (a copy's original).
	origin string

	// revised is whether the figure replaces an earlier one ("the number
	// of missing fell to 18").
	revised bool
	// dense is whether its sentence lists many figures (a box score, a
	// table): side by side they measure different things, and a figure of
	// one is not another's rival. part is whether it counts only some
	// ("two other victims", "three more"); anchor is the event a duration
	// is counted from or to ("five months after the conviction").
	dense bool
	part  bool
	// moot is whether the figure is no value to contradict: denied ("none
	// has offered more than eight years") or one of two counts its
	// sentence gives of one thing ("shot three co-workers, killing two";
	// "played 11 seasons and coached for seven"), either of which another
	// source's figure may be.
	moot   bool
	anchor string
	// of is the noun a figure written as a modifier qualifies ("line" in
	// "the 20-yard line", "quake" in "a 6.1-magnitude quake").
	of string
	// quals are the figures written as modifiers elsewhere in its clause,
	// as digits: "7-year" in "a seven-year deal worth $140 million".
	quals []string
	// holder is whose figure it is, by a possessive ("Varela's 23
	// points"); subject the person or organisation its clause names before
	// it; besides the possessives of its sentence that are not its own
	// ("passing Brandt's mark"). All folded last names.
	holder, subject string
	besides         []string
	// measure is the outcome counted nearest the figure ("injure" for "12
	// people were injured"); anyMeasure whether its sentence names one.
	measure    string
	anyMeasure bool
	// whole is whether the figure is the whole its sentence takes a part
	// of ("five of Kell United's first eight points"), or is given as a
	// share of another ("2.44 million, 88 percent of eligible voters").
	whole bool
	// moment is "peak" or "now" when its sentence gives the figure at a
	// moment other than a date; period what an amount is given for
	// ("decade" in "over the next decade", "season" in "per season").
	moment, period string
}

// Alignment thresholds: a pair of mentions is linked when its context
// similarity reaches minAgree (compatible values) or minDiffer
// (incompatible ones, and at most maxRatio apart); a merge of two groups
// also needs their mean similarity to reach minMean.
type thresholds struct {
	minAgree, minDiffer, minMean, maxRatio, bonus float64
	// minSame and same are the least similarity and the bonus of a pair
	// giving the very same figure; minMutual the least similarity of an
	// incompatible pair in which each is the other's closest match.
	minSame, same, minMutual float64
}

var quantityThresholds = thresholds{minAgree: 0.22, minDiffer: 0.40, minMean: 0.12, maxRatio: 1.6, bonus: 0.15,
	minSame: 0.05, same: 0.3, minMutual: 0.25}

// compatFunc says whether two mentions' values can both be true.
type compatFunc func(a, b *mention) bool

// cluster groups mentions that state the same thing: within a bucket,
// pairs are linked strongest first; a group holds at most one mention per
// article, and never two mentions whose own clauses date them differently.
func cluster(ms []*mention, th thresholds, compatible compatFunc) [][]*mention {
	byBucket := map[string][]int{}
	for i, m := range ms {
		byBucket[m.bucket] = append(byBucket[m.bucket], i)
	}
	// Score every pair of a bucket once, and note each mention's best match
	// in every other article.
	type cand struct {
		i, j int
		sim  float64
	}
	total := 0
	for _, idx := range byBucket {
		total += len(idx) * (len(idx) - 1) / 2
	}
	cands := make([]cand, 0, total)
	ndocs := 0
	for _, m := range ms {
		ndocs = max(ndocs, m.d.index+1)
	}
	best := make([]float64, len(ms)*ndocs) // [mention][article] → best similarity
	for _, idx := range byBucket {
		for x, i := range idx {
			for _, j := range idx[x+1:] {
				a, b := ms[i], ms[j]
				if a.d == b.d || blocked(a, b) {
					continue
				}
				sim := similarity(a, b)
				cands = append(cands, cand{i, j, sim})
				ki, kj := i*ndocs+b.d.index, j*ndocs+a.d.index
				best[ki], best[kj] = max(best[ki], sim), max(best[kj], sim)
			}
		}
	}
	// Figures of a list ("548 rushing yards, 28 receptions and 258
	// receiving yards") are many measures side by side.
	type place struct {
		d      *doc
		sent   int
		bucket string
	}
	perSentence := map[place]int{}
	for _, m := range ms {
		perSentence[place{m.d, m.sent, m.bucket}]++
	}
	listed := func(m *mention) bool { return perSentence[place{m.d, m.sent, m.bucket}] > 2 }
	pairs := make([]pair, 0, len(cands)/2)
	for _, c := range cands {
		a, b := ms[c.i], ms[c.j]
		switch {
		case compatible(a, b) && a.fig == b.fig && a.fig != 0:
			// The same figure in the same unit is strong evidence of the
			// same measure.
			if c.sim >= th.minSame {
				pairs = append(pairs, pair{int32(c.i), int32(c.j), c.sim + th.same})
			}
		case compatible(a, b):
			if c.sim >= th.minAgree && !vacuous(a, b, th) {
				pairs = append(pairs, pair{int32(c.i), int32(c.j), c.sim + th.bonus})
			}
		case ratio(a, b) > maxRatio(a, b, th), disjoint(a.names, b.names):
			// Far apart, or about different people ("Hansbrough scored
			// 20", "Vaughn finished with 16"): not one measure.
		case unrivalled(a, b):
			// A figure of a list, a part, or a span from another event.
		case a.bucket == "duration" && c.sim < durationDiffer:
			// Stories give durations of many things ("30 years after",
			// "served four months"): a disagreement needs close context.
		case c.sim >= th.minDiffer, revision(a, b) && c.sim >= th.minMutual,
			// Each the other's closest match in its article; not for
			// durations, which stories give of many things.
			a.bucket != "duration" && !listed(a) && !listed(b) && c.sim >= th.minMutual &&
				c.sim == best[c.i*ndocs+b.d.index] && c.sim == best[c.j*ndocs+a.d.index]:
			pairs = append(pairs, pair{int32(c.i), int32(c.j), c.sim})
		}
	}
	slices.SortFunc(pairs, func(p, q pair) int {
		if c := cmp.Compare(q.score, p.score); c != 0 {
			return c
		}
		if c := cmp.Compare(p.i, q.i); c != 0 {
			return c
		}
		return cmp.Compare(p.j, q.j)
	})

	// Union the groups, checking each merge against every member.
	group := make([]int, len(ms))
	members := make([][]int, len(ms))
	for i := range ms {
		group[i], members[i] = i, []int{i}
	}
	for _, p := range pairs {
		gi, gj := group[p.i], group[p.j]
		if gi == gj || !mergeable(ms, members[gi], members[gj], th, compatible) {
			continue
		}
		if len(members[gi]) < len(members[gj]) {
			gi, gj = gj, gi
		}
		for _, k := range members[gj] {
			group[k] = gi
		}
		members[gi] = append(members[gi], members[gj]...)
		members[gj] = nil
	}
	var out [][]*mention
	for _, mem := range members {
		if len(mem) == 0 {
			continue
		}
		slices.Sort(mem)
		c := make([]*mention, len(mem))
		for k, i := range mem {
			c[k] = ms[i]
		}
		out = append(out, c)
	}
	return out
}

// unrivalled reports whether two incompatible figures cannot be rival
// values of one measure: one stands in a list of figures, counts a part,
// is denied or one of two counts of its sentence, or is a span from a
// different event.
func unrivalled(a, b *mention) bool {
	return a.dense || b.dense || a.part || b.part || a.moot || b.moot || a.anchor != b.anchor || a.of != b.of ||
		a.whole || b.whole || otherHolder(a, b) || otherHolder(b, a) || otherMoment(a, b) || otherPeriod(a, b)
}

// maxRatio is how far apart two incompatible figures may be and still
// measure one thing: further for an outlet revising its own figure ("the
// number of missing fell to 18" after "31 people missing").
func maxRatio(a, b *mention, th thresholds) float64 {
	if revision(a, b) {
		return 3 * th.maxRatio
	}
	return th.maxRatio
}

// vacuous reports whether two compatible figures agree only because one
// is an open bound far from the other ("deficits above $1.3 trillion" and
// "$5 trillion in new spending", "more than 50 percent" and "90 per
// cent"): neither source confirms the other.
func vacuous(a, b *mention, th thresholds) bool {
	return a.fig != b.fig && figRatio(a, b) > th.maxRatio
}

// figRatio is how far apart two figures are as stated (the number of "up
// to 80 percent", not the middle of its bounds), as a factor ≥ 1.
func figRatio(a, b *mention) float64 {
	x, y := a.fig, b.fig
	if x <= 0 || y <= 0 {
		return ratio(a, b)
	}
	return math.Max(x, y) / math.Min(x, y)
}

// revision reports whether one of two figures revises the other: an
// outlet's later article gives a count as a change ("the number of
// missing fell to 18"). The figures are of different days by nature.
func revision(a, b *mention) bool {
	if !a.revised && !b.revised || !sameOutlet(a.origin, b.origin) {
		return false
	}
	later, earlier := a, b
	if later.d.a.Published.Before(earlier.d.a.Published) {
		later, earlier = earlier, later
	}
	return later.revised && later.d.a.Published.After(earlier.d.a.Published)
}

// pair is a link between two mentions, with its strength.
type pair struct {
	i, j  int32
	score float64
}

// mergeable reports whether two groups of mentions can be one: no article
// twice, no pair blocked, and similar enough on average.
func mergeable(ms []*mention, a, b []int, th thresholds, compatible compatFunc) bool {
	total, n := 0.0, 0
	for _, i := range a {
		for _, j := range b {
			x, y := ms[i], ms[j]
			if x.d == y.d || blocked(x, y) {
				return false
			}
			// No chain of compatible figures may join two that are far
			// apart: "10 killed" and "612 killed" through "more than a dozen".
			sim := similarity(x, y)
			if !compatible(x, y) && (ratio(x, y) > maxRatio(x, y, th) || disjoint(x.names, y.names) || unrivalled(x, y)) {
				return false
			}
			if compatible(x, y) && vacuous(x, y, th) {
				return false
			}
			total += sim
			n++
		}
	}
	return n > 0 && total/float64(n) >= th.minMean
}

// durationDiffer is the least similarity of two durations that disagree.
const durationDiffer = 0.55

// sameDay is what two figures dated to the same day in their own clauses
// gain in similarity: the date is part of what they measure.
const sameDay = 0.15

// similarity is how alike two mentions' contexts are.
func similarity(a, b *mention) float64 {
	sim := a.vec.cosine(b.vec)
	if a.when != "" && a.when == b.when {
		sim += sameDay
	}
	return sim
}

// blocked reports whether two mentions cannot be one measure: their own
// clauses date them differently ("on Tuesday morning" and "by Wednesday"),
// or they qualify it with different proper names ("Veltravan troops" and
// "Kessarian troops") or different figures ("a seven-year deal worth
// $140 million", "an eight-year deal worth $184 million").
func blocked(a, b *mention) bool {
	if a.when != "" && b.when != "" && a.when != b.when && !revision(a, b) {
		return true
	}
	return disjoint(a.caps, b.caps) || disjoint(a.quals, b.quals) || otherMeasure(a, b) ||
		a.holder != "" && b.holder != "" && !sameName(a.holder, b.holder)
}

// disjoint reports whether two lists of names are both given and share
// none.
func disjoint(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if sameName(x, y) {
				return false
			}
		}
	}
	return true
}

// sameName reports whether two lower-cased names are one: equal, or one
// the other with an ending ("veltrava", "veltravan").
func sameName(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return x == y || len(x) >= 4 && strings.HasPrefix(y, x) && len(y)-len(x) <= 3
}

// clauseNames returns the proper names of the clause holding span in
// sentence s of d: who or what a figure is about ("Hansbrough", "Ty
// Lawson"). Function words, dates, titles and the outlets' own names ("told
// the Sierra Post") are left out.
func (st *story) clauseNames(d *doc, s int, span parallax.Span) []string {
	ws := d.sents[s].words
	clause := -1
	for _, w := range ws {
		if w.end > span.Start && w.start < span.End {
			clause = w.comma
			break
		}
	}
	// Where the sentence names an outlet of the story ("told the Sierra
	// Post"), those words name no one the figure is about.
	sp := d.sents[s].span
	lower := strings.ToLower(d.a.Text[sp.Start:sp.End])
	var press [][2]int
	for _, o := range st.outletNames {
		for from := 0; ; {
			i := strings.Index(lower[from:], o)
			if i < 0 {
				break
			}
			press = append(press, [2]int{sp.Start + from + i, sp.Start + from + i + len(o)})
			from += i + len(o)
		}
	}
	var out []string
	for _, w := range ws {
		if w.comma != clause || !w.capital || w.start >= span.Start && w.end <= span.End || inRanges(press, w.start) {
			continue
		}
		l := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w.raw), "'s"), "’s")
		if stopwords[l] || calendarWords[l] || titles[l] {
			continue
		}
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		out = apposed(ws, clause, press)
	}
	return out
}

// apposed returns the name a clause without one stands in apposition to:
// "Russell" in "Russell, a 20-year veteran", "Qeshm" in "Qeshm, located
// 700 miles southeast".
func apposed(ws []word, clause int, press [][2]int) []string {
	for i, w := range ws {
		if w.comma != clause {
			continue
		}
		if i == 0 || ws[i-1].comma != clause-1 {
			return nil
		}
		p := ws[i-1]
		l := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(p.raw), "'s"), "’s")
		if !p.capital || p.pos == 0 || stopwords[l] || calendarWords[l] || titles[l] || inRanges(press, p.start) {
			return nil
		}
		return []string{l}
	}
	return nil
}

// ratio is how far apart two figures are, as a factor ≥ 1.
func ratio(a, b *mention) float64 {
	x, y := mid(a), mid(b)
	if x <= 0 || y <= 0 {
		return math.Inf(1)
	}
	return math.Max(x, y) / math.Min(x, y)
}

func mid(m *mention) float64 {
	if math.IsInf(m.high, 1) {
		return m.low
	}
	return (m.low + m.high) / 2
}

// vector is a sparse weighted bag of context words (ids of the story's
// interned words), sorted by id, with its Euclidean norm.
type vector struct {
	ids  []int32
	w    []float64
	norm float64
}

// vector interns the words of a weighted bag and sorts it.
func (st *story) vector(weights map[string]float64) vector {
	v := vector{ids: make([]int32, 0, len(weights))}
	// Words in sorted order: new words get their ids, and so the sums
	// below their order, the same way on every run.
	for _, t := range slices.Sorted(maps.Keys(weights)) {
		id, ok := st.ids[t]
		if !ok {
			id = int32(len(st.words))
			st.ids[t] = id
			st.words = append(st.words, t)
		}
		v.ids = append(v.ids, id)
	}
	slices.Sort(v.ids)
	v.w = make([]float64, len(v.ids))
	for i, id := range v.ids {
		v.w[i] = weights[st.words[id]]
		v.norm += v.w[i] * v.w[i]
	}
	v.norm = math.Sqrt(v.norm)
	return v
}

// cosine is the cosine similarity of two vectors, 0 when either is empty.
func (v vector) cosine(u vector) float64 {
	if v.norm == 0 || u.norm == 0 {
		return 0
	}
	dot := 0.0
	for i, j := 0, 0; i < len(v.ids) && j < len(u.ids); {
		switch a, b := v.ids[i], u.ids[j]; {
		case a == b:
			dot += v.w[i] * u.w[j]
			i++
			j++
		case a < b:
			i++
		default:
			j++
		}
	}
	return dot / (v.norm * u.norm)
}

// shared counts the words two vectors have in common.
func (v vector) shared(u vector) int {
	n := 0
	for i, j := 0, 0; i < len(v.ids) && j < len(u.ids); {
		switch a, b := v.ids[i], u.ids[j]; {
		case a == b:
			n++
			i++
			j++
		case a < b:
			i++
		default:
			j++
		}
	}
	return n
}

// context builds the context vector of the span [start, end) of sentence
// s of d: the content words of the sentence, weighted by how rare they are
// in the story, by nearness, and most of all by sharing the span's clause.
// Words in skip (the counted noun, the number) are left out.
func (st *story) context(d *doc, s int, start, end int, skip func(w word) bool) vector {
	ws := d.sents[s].words
	first, last := -1, -1
	for i, w := range ws {
		if w.end > start && w.start < end {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return vector{}
	}
	weights := map[string]float64{}
	for i, w := range ws {
		if !isContent(w.norm) || skip != nil && skip(w) {
			continue
		}
		dist := 0
		if i < first {
			dist = first - i
		} else if i > last {
			dist = i - last
		}
		place := 0.2
		switch {
		case w.comma == ws[first].comma || w.comma == ws[last].comma:
			place = 1
		case w.semi == ws[first].semi:
			place = 0.5
		}
		wt := place * st.idf(w.norm) / (1 + float64(dist)/5)
		if wt > weights[w.norm] {
			weights[w.norm] = wt
		}
	}
	return st.vector(weights)
}

// inRanges reports whether off lies in one of the ranges.
func inRanges(rs [][2]int, off int) bool {
	for _, r := range rs {
		if r[0] <= off && off < r[1] {
			return true
		}
	}
	return false
}
