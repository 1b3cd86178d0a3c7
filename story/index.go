package story

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// Options tunes the index; the zero value works (tuned defaults).
type Options struct {
	// Threshold is the least similarity (0–1) for an article to join an
	// existing story; 0 means the default.
	Threshold float64
	// Window bounds how far apart in publication time two articles of one
	// story may be; 0 means the default (7 days). Articles with unknown
	// dates are not limited by it.
	Window time.Duration
	// CopyThreshold is the least estimated overlap (0–1) for an article to
	// be a copy of an earlier one; 0 means the default (0.5).
	CopyThreshold float64
}

// Defaults, tuned on ECB+ and AllSides (see the package tests).
const (
	DefaultThreshold     = 0.225
	DefaultWindow        = 7 * 24 * time.Hour
	DefaultCopyThreshold = 0.5
)

// withDefaults fills in the zero fields of o.
func (o Options) withDefaults() Options {
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.Window <= 0 {
		o.Window = DefaultWindow
	}
	if o.CopyThreshold <= 0 {
		o.CopyThreshold = DefaultCopyThreshold
	}
	return o
}

// Assignment is what Add decided for one article.
type Assignment struct {
	Story       string  // the story id
	NewStory    bool    // the article started it
	DuplicateOf string  // id of the earlier article it copies, "" when none
	Overlap     float64 // estimated share of its text found in DuplicateOf
	Similarity  float64 // similarity to the story it joined (1 for a new story)
}

// Index assigns articles to stories as they arrive and finds copies. It
// keeps, per article, its TF-IDF vector and MinHash signature; per story,
// its centroid; and an inverted index from terms to the stories whose
// centroids weigh them most, so that an article is compared with a few
// candidate stories rather than with all of them.
//
// An Index is not safe for concurrent use.
type Index struct {
	opt   Options
	vocab *vocab
	feat  *featurizer
	df    []uint32 // document frequency by term id
	docs  int      // documents counted in df

	arts    []*article
	byID    map[string]int32
	stories []*story
	storyID map[string]int32
	lsh     *lsh

	// Stories whose last article is older than cutoff move from active to
	// archive: a dated article later than cutoff+Window cannot join them,
	// so the common case searches only the active postings.
	active, archive postings
	maxSeen         int64 // latest publication time seen (Unix ns); 0 before any
	cutoff          int64 // stories last seen before it are archived

	// Scratch space for candidate searches, stamped so that it needs no
	// clearing between articles.
	gen      uint32
	stamp    []uint32  // by story
	partial  []float64 // by story
	artStamp []uint32  // by article
}

// article is what the index keeps of one article.
type article struct {
	ID, Outlet, Title string
	Lead              string // first sentence, when the article has no title
	Lang              string // ISO 639-1, given or guessed; "" when unknown
	Pub               int64  // publication time, Unix ns; 0 when unknown
	Story             int32
	DupOf             int32 // index of the article it copies; -1 when none
	Overlap           float32
	Vec               vector // unit TF-IDF vector
	Sig               sketch // MinHash signature; nil for texts too short to compare
	Shingles          int32  // distinct shingles behind Sig
}

// NewIndex returns an empty index.
func NewIndex(opt Options) *Index {
	v := newVocab()
	return &Index{
		opt:     opt.withDefaults(),
		vocab:   v,
		feat:    newFeaturizer(v),
		byID:    map[string]int32{},
		storyID: map[string]int32{},
		lsh:     newLSH(),
	}
}

// Len returns the number of articles indexed.
func (x *Index) Len() int { return len(x.arts) }

// Add assigns a to a story and records it, setting a.Story, a.DuplicateOf
// and a.Overlap. A copy of an earlier article joins that article's story;
// any other article joins the most similar candidate story when the
// similarity reaches Options.Threshold, and otherwise starts a story of its
// own. An article already in the index (same ID) keeps its story; its
// features are replaced by those of its new text. An article with no ID
// is given the one parallax.ArticleID derives from its URL or content.
//
// Add is AddBatch of one article.
func (x *Index) Add(a *parallax.Article) Assignment {
	return x.AddBatch([]*parallax.Article{a})[0]
}

// AddBatch adds a batch in a canonical order (publication time, unknown
// last, then ID), so that the result does not depend on the order the
// batch arrived in, and returns the assignments in the input order.
//
// It works in two passes. The document frequencies of the whole batch are
// counted first, so the first articles of a batch are weighed as well as
// the last. The first pass then assigns each article as Add describes,
// but starts a story rather than join one unless the similarity clears
// the threshold by a margin: early in a batch, centroids are immature and
// a loose match is often a different event. The second pass splits the
// stories the batch started that hold two events, merges each story the
// batch started into the most similar other story while their centroid
// similarity reaches the threshold (plus mergeMargin), most similar pairs
// first, and last pairs the batch's stories of one or two articles with
// each other at a fraction of the threshold (see pairSmall).
func (x *Index) AddBatch(as []*parallax.Article) []Assignment {
	order := make([]int, len(as))
	for i := range order {
		order[i] = i
		ensureID(as[i])
	}
	slices.SortStableFunc(order, func(i, j int) int { return compareArticles(as[i], as[j]) })

	// Features and document frequencies of the whole batch.
	fes := make([]features, len(as))
	counted := make([]bool, len(as))
	seen := map[string]bool{}
	for _, i := range order {
		a := as[i]
		fes[i] = x.feat.extract(a)
		if _, known := x.byID[a.ID]; !known && !seen[a.ID] {
			x.countDF(fes[i].raw.ids, 1)
			counted[i] = true
		}
		seen[a.ID] = true
	}

	// First pass: copies, strict joins, new stories.
	firstNew := int32(len(x.stories))
	placed := make([]int32, len(as))
	for _, i := range order {
		a := as[i]
		if k, ok := x.byID[a.ID]; ok && !counted[i] {
			x.update(k, a, fes[i])
			placed[i] = k
			continue
		}
		placed[i] = x.insert(a, fes[i])
	}

	// Second pass: split the new stories that hold two events, merge
	// those that are one, and pair the small pieces left.
	x.splitNew(firstNew)
	x.mergeNew(firstNew)
	x.pairSmall(firstNew)

	out := make([]Assignment, len(as))
	for i, a := range as {
		out[i] = x.assign(a, placed[i], firstNew)
	}
	return out
}

// ensureID gives an article with no id the one the store would give it.
func ensureID(a *parallax.Article) {
	if a.ID == "" {
		a.ID = parallax.ArticleID("", a.URL, a.ContentHash())
	}
}

// compareArticles orders articles by publication time, unknown last, then
// by id.
func compareArticles(a, b *parallax.Article) int {
	switch az, bz := a.Published.IsZero(), b.Published.IsZero(); {
	case az && !bz:
		return 1
	case !az && bz:
		return -1
	case !az && !bz:
		if c := orderTime(a.Published).Compare(orderTime(b.Published)); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.ID, b.ID)
}

// orderTime is the time a batch orders an article by. A time of exactly
// midnight is almost always a date given without a time of day ("2026-03-10"
// in a feed or a dateline): the article came out some time that day, so it
// is ordered at the day's end, after the articles of the same day whose
// time is known. Otherwise a reprint dated by day alone would pass for the
// original of the agency text it copies, timed at 14:05 the same day.
func orderTime(t time.Time) time.Time {
	if dayOnly(t.UnixNano()) {
		return t.Add(day - time.Nanosecond)
	}
	return t
}

const day = 24 * time.Hour

// dayOnly says whether a publication time (Unix ns) is a UTC midnight,
// which is how a date without a time of day is read.
func dayOnly(ns int64) bool { return ns%int64(day) == 0 }

// countDF adds d to the document frequency of each term.
func (x *Index) countDF(ids []uint32, d int) {
	if n := len(x.vocab.terms); len(x.df) < n {
		x.df = append(x.df, make([]uint32, n-len(x.df))...)
	}
	for _, id := range ids {
		x.df[id] = uint32(int(x.df[id]) + d)
	}
	x.docs += d
}

// weigh turns raw term frequencies into a unit TF-IDF vector with the
// document frequencies as they stand.
func (x *Index) weigh(r raw) vector {
	v := vector{IDs: slices.Clone(r.ids), W: make([]float32, len(r.ids))}
	n := float64(x.docs + 1)
	var norm float64
	for i, id := range r.ids {
		w := float64(r.tf[i]) * (math.Log(n/float64(x.df[id]+1)) + 1)
		v.W[i] = float32(w)
		norm += w * w
	}
	if norm > 0 {
		v.scale(1 / math.Sqrt(norm))
	}
	return v
}

// publication returns a's publication time in Unix ns, 0 when unknown.
func publication(a *parallax.Article) int64 {
	if a.Published.IsZero() {
		return 0
	}
	if ns := a.Published.UnixNano(); ns != 0 {
		return ns
	}
	return 1 // the epoch itself: still a known date
}

// insert adds a new article and returns its index.
func (x *Index) insert(a *parallax.Article, fe features) int32 {
	art := &article{
		ID: a.ID, Outlet: a.Outlet, Title: a.Title, Lead: fe.lead, Lang: fe.lang,
		Pub:   publication(a),
		DupOf: -1,
		Vec:   x.weigh(fe.raw),
	}
	art.Sig, art.Shingles = fe.sig, int32(fe.shingles)
	i := int32(len(x.arts))
	x.arts = append(x.arts, art)
	x.byID[a.ID] = i
	x.see(art.Pub)

	if art.Sig != nil {
		if orig, overlap := x.findOriginal(i); orig >= 0 {
			art.DupOf, art.Overlap = orig, float32(overlap)
			art.Story = x.arts[orig].Story
			x.join(art.Story, i)
		}
		x.lsh.insert(i, art.Sig)
	}
	if art.DupOf < 0 {
		if best := x.bestStory(art, x.opt.Threshold); best >= 0 {
			art.Story = best
			x.join(best, i)
		} else {
			art.Story = x.newStory(i)
		}
	}
	return i
}

// assign reports where article i ended up and copies the decision onto a.
func (x *Index) assign(a *parallax.Article, i, firstNew int32) Assignment {
	art := x.arts[i]
	s := x.stories[art.Story]
	as := Assignment{Story: s.ID}
	if art.Story >= firstNew && s.Members[0] == i {
		as.NewStory, as.Similarity = true, 1
	} else {
		as.Similarity = x.similarity(art, s)
	}
	if art.DupOf >= 0 {
		as.DuplicateOf = x.arts[art.DupOf].ID
		as.Overlap = float64(art.Overlap)
	}
	a.Story, a.DuplicateOf, a.Overlap = as.Story, as.DuplicateOf, as.Overlap
	return as
}

// update replaces the features of article i, which keeps its story.
func (x *Index) update(i int32, a *parallax.Article, fe features) {
	art := x.arts[i]
	x.countDF(art.Vec.IDs, -1)
	x.countDF(fe.raw.ids, 1)
	x.unjoin(art.Story, i)
	art.Outlet, art.Title, art.Lead, art.Lang = a.Outlet, a.Title, fe.lead, fe.lang
	art.Pub = publication(a)
	art.Vec = x.weigh(fe.raw)
	x.see(art.Pub)

	if art.Sig != nil {
		x.lsh.remove(i, art.Sig)
	}
	art.Sig, art.Shingles, art.DupOf, art.Overlap = nil, 0, -1, 0
	if fe.sig != nil {
		art.Sig, art.Shingles = fe.sig, int32(fe.shingles)
		// Still a copy only of an article of its own story.
		if orig, overlap := x.findOriginal(i); orig >= 0 && x.arts[orig].Story == art.Story {
			art.DupOf, art.Overlap = orig, float32(overlap)
		}
		x.lsh.insert(i, art.Sig)
	}
	x.rejoin(art.Story, i)
}

// see notes a publication time, and archives the stories a stream has
// left behind once it has moved on by a quarter of the window.
func (x *Index) see(pub int64) {
	if pub == 0 || pub <= x.maxSeen {
		return
	}
	x.maxSeen = pub
	w := int64(x.opt.Window)
	if cut := pub - w - w/2; cut-x.cutoff >= w/4 {
		x.archiveBefore(cut)
	}
}

// storyID derives a story's id from the id of the article that started it.
func storyIDFor(articleID string) string {
	sum := sha256.Sum256([]byte(articleID))
	return "s" + hex.EncodeToString(sum[:6])
}
