package textclean

import "strings"

// findTitle returns the index of the title, or -1: the first heading-like
// line before the body that is neither a site name nor a menu. Lines well
// above the body (navigation) are passed over when a candidate stands
// within titleReach paragraphs of it, and a deck below the title loses to
// the title by coming second. bodyStart is the index of the first kept
// paragraph, -1 when none is.
func findTitle(ps []*para, bodyStart int) int {
	limit := bodyStart
	if limit < 0 {
		limit = min(len(ps), 10)
	}
	fallback := -1
	for i := max(0, limit-maxTitleSearch); i < limit; i++ {
		p := ps[i]
		if !p.titleLike() || p.isSiteName(ps, i) {
			continue
		}
		nearBody := bodyStart < 0 || bodyStart-i <= titleReach
		// Two-word lines and runs of capitalised words without a function
		// word are menus or section names unless the body follows closely.
		if (p.words <= 2 || p.caps == p.words && p.stop == 0 && p.words <= 6) && bodyStart-i > 3 {
			continue
		}
		// A short line in title case above a longer candidate is the
		// outlet's name or a section label ("Il Corriere della Valle").
		if p.words <= 4 && p.titleCase() && longerFollows(ps, i+1, limit) {
			continue
		}
		if nearBody {
			return i
		}
		if fallback < 0 {
			fallback = i
		}
	}
	return fallback
}

// titleCase reports whether every word of the paragraph that is not a
// stop word starts with a capital.
func (p *para) titleCase() bool {
	for _, t := range p.toks {
		if t.word && !t.upper && t.stop == 0 {
			return false
		}
	}
	return true
}

// longerFollows reports whether a title candidate of five words or more
// lies in ps[from:to].
func longerFollows(ps []*para, from, to int) bool {
	for _, q := range ps[from:to] {
		if q.words >= 5 && q.titleLike() {
			return true
		}
	}
	return false
}

// maxTitleSearch bounds how far above the body a title is looked for.
const maxTitleSearch = 40

// titleReach is how many paragraphs above the body the headline is looked
// for first: room for a deck, a byline, date lines and a share bar.
const titleReach = 12

// bylineWords open a byline, which is not a title.
var bylineWords = setOf(`by von par por di door от`)

// titleLike: a heading-like line with no final period, capitalised, not
// recognised as anything else, and not a byline or date line.
func (p *para) titleLike() bool {
	if p.kind != kindNone && p.kind != kindRepeated || p.rep > 2 {
		return false
	}
	return p.words >= 2 && p.words <= 30 && p.runes >= 10 && p.runes <= 250 &&
		p.startsUpper && !endsWith(p.text, '.') && !bylineWords[p.toks[0].low] && !p.hasDate()
}

// isSiteName: a short line whose text recurs inside another paragraph (a
// copyright notice, "Support The Courier"), as an outlet's name does.
func (p *para) isSiteName(ps []*para, i int) bool {
	if p.words > 5 {
		return false
	}
	if p.rep > 2 || p.rep > 1 && p.titleCase() {
		return true
	}
	for j, q := range ps {
		if j != i && q.runes > p.runes && strings.Contains(q.low, p.low) {
			return true
		}
	}
	return false
}
