package quote

import (
	"sort"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// Matching thresholds for two wordings of one statement. Containment is
// the weighted share of the shorter wording's words found in the other,
// which tolerates a cut, a split and an ellipsis; a changed word or a
// paraphrase lowers it a little.
const (
	// sameSpeakerContainment and sameSpeakerShared apply when both
	// wordings have the same speaker.
	sameSpeakerContainment = 0.5
	sameSpeakerShared      = 2
	// unknownContainment and unknownShared apply when a speaker is
	// unknown on either side.
	unknownContainment = 0.75
	unknownShared      = 4
)

// member is one article's wording of a statement while grouping.
type member struct {
	ai, qi  int // article position in story order, quote index
	q       *parallax.Quote
	bag     bag
	speaker int // index in the speaker set; -1 when unknown
}

// Group lines up the quotes of a story's articles: the same statement
// reported by several outlets becomes one StoryQuote with each outlet's
// wording; the same speaker under different names becomes one Speaker.
// Articles come with their Quotes, Entities, Published, Outlet,
// DuplicateOf set.
//
// Statements match when their speakers are the same (or one is unknown,
// with a stricter threshold) and their words overlap (stems, numbers and
// names weigh more). A copy (DuplicateOf set) contributes its wording like
// any article; reconciliation counts its independence later. An article
// whose statement is split in two parts gives one Wording per part,
// consecutive. StoryQuotes are ordered by speaker (the order of the
// returned Speakers: most articles first; unknown speakers last), then by
// Date, then by where they first appear; Speakers by the number of
// articles quoting them, then by name.
func Group(articles []*parallax.Article) ([]parallax.StoryQuote, []parallax.Speaker) {
	arts := storyOrder(articles)
	set := buildSpeakers(arts)
	order := set.order()
	var ms []member
	stems := map[string]string{}
	described := map[string]int{} // unnamed sources' speaker numbers, after the set's
	for ai, a := range arts {
		for qi := range a.Quotes {
			m := member{ai: ai, qi: qi, q: &a.Quotes[qi], speaker: -1}
			if si, ok := set.quote[quoteKey(ai, qi)]; ok {
				m.speaker = si
			} else if key := describedSpeaker(m.q); key != "" {
				// "officials", "a firefighter": no one named, but no one
				// else either, so their words join only theirs (or an
				// unknown speaker's), as a named speaker's do
				if _, ok := described[key]; !ok {
					described[key] = len(set.sp) + len(described)
				}
				m.speaker = described[key]
			}
			m.bag = newBag(m.q.Text, stems)
			if m.bag.total > 0 {
				ms = append(ms, m)
			}
		}
	}
	groups := acrossLanguages(newGrouper(ms).run(), arts)
	out := make([]parallax.StoryQuote, 0, len(groups))
	rank := make([]int, len(groups))
	for gi, g := range groups {
		out = append(out, storyQuote(g, arts, set))
		rank[gi] = len(order)
		if si := groupSpeaker(g); si >= 0 && si < len(set.sp) {
			rank[gi] = order[si]
		}
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool {
		i, j := idx[x], idx[y]
		if rank[i] != rank[j] {
			return rank[i] < rank[j]
		}
		if !out[i].Date.Equal(out[j].Date) {
			if out[i].Date.IsZero() || out[j].Date.IsZero() {
				return !out[i].Date.IsZero()
			}
			return out[i].Date.Before(out[j].Date)
		}
		return false
	})
	sorted := make([]parallax.StoryQuote, len(out))
	for i, k := range idx {
		sorted[i] = out[k]
	}
	return sorted, set.sorted(order)
}

// storyOrder returns the articles earliest published first (undated
// last), then by id.
func storyOrder(articles []*parallax.Article) []*parallax.Article {
	arts := make([]*parallax.Article, 0, len(articles))
	for _, a := range articles {
		if a != nil {
			arts = append(arts, a)
		}
	}
	sort.SliceStable(arts, func(i, j int) bool {
		a, b := arts[i], arts[j]
		if a.Published.IsZero() != b.Published.IsZero() {
			return !a.Published.IsZero()
		}
		if !a.Published.Equal(b.Published) {
			return a.Published.Before(b.Published)
		}
		return a.ID < b.ID
	})
	return arts
}

// describedSpeaker returns, for a statement of people its article
// describes but does not name (an unknown speaker written as "officials",
// "a firefighter"), the words that describe them, lower case without a
// leading article; "" for any other statement.
func describedSpeaker(q *parallax.Quote) string {
	words := strings.Fields(strings.ToLower(q.Unnamed()))
	if len(words) > 0 && (words[0] == "a" || words[0] == "an" || words[0] == "the") {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// groupSpeaker returns the known speaker of a group, -1 when none: an
// index in the speaker set, or past its end one of the unnamed sources
// Group numbers.
func groupSpeaker(g []member) int {
	for _, m := range g {
		if m.speaker >= 0 {
			return m.speaker
		}
	}
	return -1
}

// storyQuote builds the StoryQuote of a group of wordings.
func storyQuote(g []member, arts []*parallax.Article, set *speakerSet) parallax.StoryQuote {
	sort.SliceStable(g, func(i, j int) bool {
		if g[i].ai != g[j].ai {
			return g[i].ai < g[j].ai
		}
		return g[i].q.Span.Start < g[j].q.Span.Start
	})
	sq := parallax.StoryQuote{Speaker: parallax.UnknownSpeaker, Kind: parallax.Indirect}
	if si := groupSpeaker(g); si >= 0 && si < len(set.sp) {
		sq.Speaker = set.sp[si].Name
	}
	var best *member
	var date time.Time
	for i := range g {
		m := &g[i]
		a := arts[m.ai]
		if m.q.Kind == parallax.Direct {
			sq.Kind = parallax.Direct
		}
		sq.Articles = appendID(sq.Articles, a.ID)
		if !nested(g, i) {
			sq.Wordings = append(sq.Wordings, parallax.Wording{Article: a.ID, Text: m.q.Text, Span: m.q.Span})
		}
		if !a.Published.IsZero() && (date.IsZero() || a.Published.Before(date)) {
			date = a.Published
		}
		if best == nil || moreComplete(m, best) {
			best = m
		}
	}
	sq.Text = best.q.Text
	sq.Date = date
	return sq
}

// nested says whether g[i] lies inside another wording of the same
// article in g: the quoted words of a reported statement that the
// statement already shows, which would otherwise be listed twice.
func nested(g []member, i int) bool {
	sp := g[i].q.Span
	for j := range g {
		o := g[j].q.Span
		if j != i && g[j].ai == g[i].ai && o.Start <= sp.Start && sp.End <= o.End && o != sp {
			return true
		}
	}
	return false
}

// moreComplete reports whether wording a is more complete than b: one
// that holds the other (a reported statement around a partial quote),
// else direct before indirect, then more words.
func moreComplete(a, b *member) bool {
	if strings.Contains(a.q.Text, b.q.Text) != strings.Contains(b.q.Text, a.q.Text) {
		return strings.Contains(a.q.Text, b.q.Text)
	}
	ad, bd := a.q.Kind == parallax.Direct, b.q.Kind == parallax.Direct
	if ad != bd {
		return ad
	}
	return a.bag.n > b.bag.n
}

// appendID appends id unless it is already last or present.
func appendID(ids []string, id string) []string {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// order ranks the speakers: most articles first, then by name.
func (s *speakerSet) order() []int {
	idx := make([]int, len(s.sp))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool {
		a, b := s.sp[idx[x]], s.sp[idx[y]]
		if len(a.Articles) != len(b.Articles) {
			return len(a.Articles) > len(b.Articles)
		}
		return a.Name < b.Name
	})
	rank := make([]int, len(s.sp))
	for r, i := range idx {
		rank[i] = r
	}
	return rank
}

// sorted returns the speakers in rank order.
func (s *speakerSet) sorted(rank []int) []parallax.Speaker {
	out := make([]parallax.Speaker, len(s.sp))
	for i, r := range rank {
		out[r] = s.sp[i]
	}
	return out
}
