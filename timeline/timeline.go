package timeline

import (
	"slices"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// Tuning of Build.
const (
	// Window widens the story's publication span on either side; dates
	// outside it are background.
	Window = 30 * 24 * time.Hour
	// SummaryLen is the most bytes of an entry's Summary.
	SummaryLen = 200
	// sameThreshold is the content-word cosine above which two sentences
	// with the same date report the same happening.
	sameThreshold = 0.2
	// shiftThreshold is the cosine above which two sentences dated one
	// day apart are taken as one happening misdated by a source.
	shiftThreshold = 0.45
	// maxCompare caps the members of a group a happening is compared
	// with, and those the central one is chosen among, so that a story
	// of thousands of articles stays linear: the earliest reports define
	// a group.
	maxCompare = 48
	// sureSame is a similarity past which no better match is sought.
	sureSame = 0.7
	// minBackground is how many independent articles must report a
	// background date for it to be kept.
	minBackground = 2
)

// happening is one dated sentence of one article.
type happening struct {
	art      *parallax.Article
	date     period
	given    period        // the date the article gives, before any merge
	span     parallax.Span // of the sentence
	sentence string
	vec      vector
}

// group is a candidate timeline entry: happenings of one date.
type group struct {
	date    period
	hs      []happening
	sources int // independent articles, set once grouping is done
}

// Build returns the timeline of a story from its articles (the story's
// articles, in any order): the dated happenings they report, in date order,
// each with the articles reporting it. See the package documentation for
// the rules. s may be nil; its FirstSeen and LastSeen widen the story's
// span when set. Build does no I/O and does not modify its arguments.
func Build(s *parallax.Story, articles []*parallax.Article) []parallax.TimelineEntry {
	originals, copies := splitCopies(articles)
	from, to, dated := span(s, articles)
	var hs []happening
	for _, a := range originals {
		ah := happenings(a)
		if dated {
			ah = dropBackground(ah, from, to)
		}
		hs = append(hs, ah...)
	}
	groups := mergeShifted(groupSame(hs))

	var out []parallax.TimelineEntry
	var kept []group
	for _, g := range groups {
		g.sources = len(articleSet(g.hs))
		if dated && !g.date.overlaps(from, to) && g.sources < minBackground {
			continue
		}
		kept = append(kept, g)
	}
	slices.SortStableFunc(kept, compareGroups)
	for _, g := range kept {
		out = append(out, entry(g, copies))
	}
	return out
}

// splitCopies separates the articles that add happenings from the copies,
// which are listed under their original instead. A copy whose original is
// not among the articles stands for it.
func splitCopies(articles []*parallax.Article) (originals []*parallax.Article, copies map[string][]*parallax.Article) {
	ids := map[string]bool{}
	for _, a := range articles {
		ids[a.ID] = true
	}
	copies = map[string][]*parallax.Article{}
	for _, a := range articles {
		if a.DuplicateOf != "" && ids[a.DuplicateOf] && a.DuplicateOf != a.ID {
			copies[a.DuplicateOf] = append(copies[a.DuplicateOf], a)
			continue
		}
		originals = append(originals, a)
	}
	// Sorting fixes the order of grouping, so the output does not depend
	// on the input order.
	slices.SortStableFunc(originals, comparePublished)
	return originals, copies
}

// happenings returns the dated sentences of one article.
func happenings(a *parallax.Article) []happening {
	type cand struct {
		p    period
		time bool
	}
	bySentence := map[parallax.Span][]cand{}
	var order []parallax.Span
	for _, e := range a.Times {
		if e.Type != "DATE" && e.Type != "TIME" {
			continue
		}
		p, ok := parsePeriod(e.Value)
		if !ok {
			continue
		}
		sp := sentenceOf(a, e.Span)
		if _, seen := bySentence[sp]; !seen {
			order = append(order, sp)
		}
		bySentence[sp] = append(bySentence[sp], cand{p, e.Type == "TIME"})
	}
	var out []happening
	for _, sp := range order {
		cs := bySentence[sp]
		hasDayDate := slices.ContainsFunc(cs, func(c cand) bool { return !c.time && c.p.gran == Day })
		var ps []period
		for _, c := range cs {
			if c.time && hasDayDate {
				continue // a bare clock time got the publication day
			}
			ps = append(ps, c.p)
		}
		text := a.Text[sp.Start:sp.End]
		v := bag(text)
		for _, p := range finest(ps) {
			out = append(out, happening{art: a, date: p, given: p, span: sp, sentence: text, vec: v})
		}
	}
	return out
}

// dropBackground drops the dates outside [from, to] of sentences that also
// give a date inside: "voted on Wednesday to revoke the 2014 Accord" is a
// happening of Wednesday, not of 2014.
func dropBackground(hs []happening, from, to time.Time) []happening {
	inside := map[parallax.Span]bool{}
	for _, h := range hs {
		if h.date.overlaps(from, to) {
			inside[h.span] = true
		}
	}
	return slices.DeleteFunc(hs, func(h happening) bool {
		return inside[h.span] && !h.date.overlaps(from, to)
	})
}

// finest drops duplicate periods and those that contain another one.
func finest(ps []period) []period {
	var out []period
	for i, p := range ps {
		drop := false
		for j, q := range ps {
			if i == j {
				continue
			}
			if p == q && j < i || p != q && p.contains(q) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, p)
		}
	}
	return out
}

// sentenceOf returns the sentence that holds sp, or the line around it
// when the article has no sentences.
func sentenceOf(a *parallax.Article, sp parallax.Span) parallax.Span {
	i, _ := slices.BinarySearchFunc(a.Sentences, sp.Start, func(s parallax.Span, off int) int {
		if s.End <= off {
			return -1
		}
		if s.Start > off {
			return 1
		}
		return 0
	})
	if i < len(a.Sentences) && a.Sentences[i].Start <= sp.Start && sp.Start < a.Sentences[i].End {
		return a.Sentences[i]
	}
	start := strings.LastIndexByte(a.Text[:sp.Start], '\n') + 1
	end := strings.IndexByte(a.Text[sp.End:], '\n')
	if end < 0 {
		end = len(a.Text)
	} else {
		end += sp.End
	}
	return parallax.Span{Start: start, End: end}
}

// groupSame puts each happening with the group of its date whose closest
// member is most similar, or starts a new group.
func groupSame(hs []happening) []*group {
	var groups []*group
	byDate := map[period][]*group{}
	for _, h := range hs {
		var best *group
		bestSim := sameThreshold
		for _, g := range byDate[h.date] {
			if sim := maxSim(h, g.hs); sim >= bestSim {
				best, bestSim = g, sim
			}
		}
		if best == nil {
			best = &group{date: h.date}
			groups = append(groups, best)
			byDate[h.date] = append(byDate[h.date], best)
		}
		best.hs = append(best.hs, h)
	}
	return groups
}

// maxSim is the highest similarity of h to one of the first maxCompare
// members of hs.
func maxSim(h happening, hs []happening) float64 {
	best := 0.0
	for _, o := range hs[:min(len(hs), maxCompare)] {
		if sim := cosine(h.vec, o.vec); sim > best {
			best = sim
			if best >= sureSame {
				break
			}
		}
	}
	return best
}

// mergeShifted merges day groups one day apart that report the same
// happening: near-duplicate sentences and no article in both. The merged
// group takes the date of the side more independent articles give, the
// earlier one on a tie. One pass in group order is enough: a happening
// misdated by a day in both directions is rare.
func mergeShifted(groups []*group) []group {
	byDay := map[time.Time][]*group{}
	for _, g := range groups {
		if g.date.gran == Day {
			byDay[g.date.start] = append(byDay[g.date.start], g)
		}
	}
	gone := map[*group]bool{}
	for _, g := range groups {
		if g.date.gran != Day || gone[g] {
			continue
		}
		for _, o := range byDay[g.date.start.AddDate(0, 0, 1)] {
			if gone[o] || gone[g] || shares(g.hs, o.hs) || groupSim(g.hs, o.hs) < shiftThreshold {
				continue
			}
			keep, lose := g, o
			if len(articleSet(o.hs)) > len(articleSet(g.hs)) {
				keep, lose = o, g
			}
			for _, h := range lose.hs {
				h.date = keep.date
				keep.hs = append(keep.hs, h)
			}
			gone[lose] = true
		}
	}
	var out []group
	for _, g := range groups {
		if !gone[g] {
			out = append(out, *g)
		}
	}
	return out
}

// shares reports whether an article reports in both lists.
func shares(a, b []happening) bool {
	ids := articleSet(a)
	for _, h := range b {
		if ids[h.art.ID] {
			return true
		}
	}
	return false
}

// groupSim is the highest similarity between a member of a and one of b,
// among the first maxCompare of each.
func groupSim(a, b []happening) float64 {
	best := 0.0
	for _, h := range a[:min(len(a), maxCompare)] {
		best = max(best, maxSim(h, b))
	}
	return best
}

func articleSet(hs []happening) map[string]bool {
	ids := map[string]bool{}
	for _, h := range hs {
		ids[h.art.ID] = true
	}
	return ids
}

// span returns the story's publication days widened by Window, and false
// when nothing is dated.
func span(s *parallax.Story, articles []*parallax.Article) (from, to time.Time, ok bool) {
	add := func(t time.Time) {
		if t.IsZero() {
			return
		}
		d := dayOf(t)
		if !ok || d.Before(from) {
			from = d
		}
		if !ok || d.After(to) {
			to = d
		}
		ok = true
	}
	for _, a := range articles {
		add(a.Published)
	}
	if s != nil {
		add(s.FirstSeen)
		add(s.LastSeen)
	}
	return from.Add(-Window), to.Add(Window), ok
}

// compareGroups orders groups by the last day they cover, finer first,
// then more articles first, then by summary for a stable output.
func compareGroups(a, b group) int {
	if c := a.date.end.Compare(b.date.end); c != 0 {
		return c
	}
	if c := a.date.rank() - b.date.rank(); c != 0 {
		return c
	}
	if c := b.sources - a.sources; c != 0 {
		return c
	}
	return strings.Compare(a.hs[0].sentence, b.hs[0].sentence)
}

// entry turns a group into a timeline entry.
func entry(g group, copies map[string][]*parallax.Article) parallax.TimelineEntry {
	c := central(g.hs)
	var arts []*parallax.Article
	seen := map[string]bool{}
	for _, h := range g.hs {
		for _, a := range append([]*parallax.Article{h.art}, copies[h.art.ID]...) {
			if !seen[a.ID] {
				seen[a.ID] = true
				arts = append(arts, a)
			}
		}
	}
	slices.SortStableFunc(arts, comparePublished)
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	return parallax.TimelineEntry{
		Date:        g.date.value(),
		Granularity: g.date.gran,
		Summary:     trim(stripDateline(c.sentence), SummaryLen),
		Actor:       actor(stripDateline(c.sentence)),
		Articles:    ids,
		Dates:       dates(g, arts, copies),
	}
}

// dates lists the dates the members of g give, each with the articles
// giving it (copies with their original, in the order of arts), most
// independent articles first, the earlier date on a tie; nil when they
// all give the same date.
func dates(g group, arts []*parallax.Article, copies map[string][]*parallax.Article) []parallax.TimelineDate {
	given := map[string]period{} // article id → its date
	sources := map[period]int{}
	for _, h := range g.hs {
		if _, ok := given[h.art.ID]; ok {
			continue
		}
		given[h.art.ID] = h.given
		sources[h.given]++
		for _, c := range copies[h.art.ID] {
			if _, ok := given[c.ID]; !ok {
				given[c.ID] = h.given
			}
		}
	}
	if len(sources) < 2 {
		return nil
	}
	ps := make([]period, 0, len(sources))
	for p := range sources {
		ps = append(ps, p)
	}
	slices.SortFunc(ps, func(a, b period) int {
		if c := sources[b] - sources[a]; c != 0 {
			return c
		}
		if c := a.start.Compare(b.start); c != 0 {
			return c
		}
		return strings.Compare(a.value(), b.value())
	})
	out := make([]parallax.TimelineDate, len(ps))
	for i, p := range ps {
		out[i].Date = p.value()
		for _, a := range arts {
			if given[a.ID] == p {
				out[i].Articles = append(out[i].Articles, a.ID)
			}
		}
	}
	return out
}

// central returns the member most similar to the others; ties go to the
// earliest published, which comes first in hs.
func central(hs []happening) happening {
	hs = hs[:min(len(hs), maxCompare)]
	best, bestScore := 0, -1.0
	for i, h := range hs {
		score := 0.0
		for j, o := range hs {
			if i != j {
				score += cosine(h.vec, o.vec)
			}
		}
		if score > bestScore+1e-9 {
			best, bestScore = i, score
		}
	}
	return hs[best]
}

// comparePublished orders articles earliest published first, unknown dates
// last, then by id.
func comparePublished(a, b *parallax.Article) int {
	switch {
	case a.Published.IsZero() && !b.Published.IsZero():
		return 1
	case !a.Published.IsZero() && b.Published.IsZero():
		return -1
	}
	if c := a.Published.Compare(b.Published); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}
