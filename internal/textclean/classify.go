package textclean

// class is a paragraph's class in jusText's scheme.
type class uint8

const (
	bad      class = iota // boilerplate
	short                 // too short to judge alone: takes its class from its neighbours
	nearGood              // prose-like but not conclusive: kept unless between bad paragraphs
	good                  // article prose
)

func (c class) String() string {
	return [...]string{"bad", "short", "neargood", "good"}[c]
}

// Thresholds of the context-free classification. Lengths are in
// characters; stop-word densities are shares of a paragraph's words. The
// densities are lower than jusText's (0.30 / 0.32) because the stop lists
// here are about a quarter of the size of jusText's: over 4,855 English
// news paragraphs of 100 characters or more (PolNeAR), 1% fall below 0.19
// and 5% below 0.29.
const (
	lengthLow  = 70
	lengthHigh = 200
	// lengthMid and lengthLede: paragraphs of plain text are shorter than
	// jusText's HTML blocks. Two or more sentences of lengthMid, or one
	// sentence of lengthLede (a news lede), dense in stop words, are prose.
	lengthMid  = 100
	lengthLede = 140
	stopLow    = 0.20
	stopHigh   = 0.25
	// stopFloor: below it not even a full sentence counts as prose.
	stopFloor = 0.08
	// maxHeadingGap is how much boilerplate (in characters) may stand
	// between a section heading and the paragraph it introduces.
	maxHeadingGap = 200
)

// classifyContextFree gives p its class from its own features (jusText's
// context-free stage, with the rules of cues.go in front).
func (p *para) classifyContextFree(lang int) class {
	switch p.kind {
	case kindNone:
	case kindDate:
		// A date line between article paragraphs (a live-blog time, a
		// timeline heading) stays; elsewhere its neighbours drop it. One
		// that recurs dates the items of a list.
		if p.rep > 1 {
			return bad
		}
		return short
	default:
		return bad
	}
	if p.cueSentence() {
		return short
	}
	d := 1.0 // without a stop list, length and punctuation decide
	if lang >= 0 {
		d = p.density()
	}
	// A long paragraph ending in a colon introduces a quote or a list: it
	// is a sentence too.
	sentence := p.sentence || p.size >= lengthLow && endsWith(p.text, ':')
	switch n := p.size; {
	case n < lengthLow:
		if p.sentenceLike(lang) {
			return nearGood
		}
		return short
	case !sentence && n < lengthHigh:
		// A longer line that ends without punctuation: a heading, a teaser
		// or a caption; context decides.
		return short
	case d >= stopHigh && (n > lengthHigh || sentence && (n >= lengthLede || n >= lengthMid && p.sentences() >= 2)):
		return good
	case d >= stopLow:
		return nearGood
	case sentence && p.startsUpper && d >= stopFloor && p.words >= 5:
		// Sentences thick with names ("CAMBRIDGE, Mass., Dec. 11 (UPI) —
		// Young democrats are gravitating toward Sen. Bernie Sanders,
		// I-Vt., …") are still prose.
		return nearGood
	case sentence && p.startsUpper:
		// Sparser ones take the class of their neighbours.
		return short
	}
	return bad
}

// sentenceLike: a short paragraph that reads as a complete sentence, such
// as a one-line quote ("We will not stay," he said.).
func (p *para) sentenceLike(lang int) bool {
	return p.sentence && (p.startsUpper || p.cjk > 0) && max(p.words, p.cjk/2) >= 3 && (lang < 0 || p.stop > 0)
}

// cueSentence: a sentence that talks about the page rather than the news
// ("Sign up for our newsletter to get the latest news."). It is left to
// context because prose about social media can look the same.
func (p *para) cueSentence() bool {
	if p.runes > 300 || p.words == 0 {
		return false
	}
	score := float64(p.strongCue) + 0.5*float64(p.cue-p.strongCue)
	words := float64(p.words)
	return p.strongCue >= 2 && score >= 0.1*words || score >= 1.5 && score >= 0.15*words
}

// headingLike: a short line that may be a section heading ("Troop
// movements"): no final period, no interface words, capitalised.
func (p *para) headingLike() bool {
	return p.kind == kindNone && p.rep <= 1 && p.startsUpper && p.cue == 0 &&
		p.words >= 1 && p.words <= 15 && p.runes <= 120 && !endsWith(p.text, '.')
}

func endsWith(s string, b byte) bool { return len(s) > 0 && s[len(s)-1] == b }

// revise is jusText's context-sensitive stage: headings that introduce
// good paragraphs become near-good, short paragraphs take the class of
// their nearest good or bad neighbours, and near-good ones are dropped only
// between bad ones. The text's edges count as bad. One departure: a
// near-good paragraph inside the article's span (between its first and last
// good paragraph) is kept even when widgets surround it, because a one-line
// quote between a share bar and a photo credit is still the article.
func revise(ps []*para) {
	first, last := -1, -1
	for i, p := range ps {
		p.class = p.cf
		if p.cf == good {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	seenGood := false
	for i, p := range ps {
		if p.class == short && seenGood && p.headingLike() && introducesGood(ps, i) {
			p.class = nearGood
		}
		seenGood = seenGood || p.cf == good
	}
	// Short paragraphs, then near-good ones, from the classes as they
	// stand before each step.
	n := neighbours(ps)
	next := make([]class, len(ps))
	for i, p := range ps {
		next[i] = p.class
		if p.class != short {
			continue
		}
		prev, nxt := n.prev[i], n.next[i]
		switch {
		case prev == good && nxt == good:
			next[i] = good
		case prev == bad && nxt == bad:
			next[i] = bad
		case prev == bad && n.prevNear[i] == nearGood, nxt == bad && n.nextNear[i] == nearGood:
			next[i] = good
		default:
			next[i] = bad
		}
	}
	for i, p := range ps {
		p.class = next[i]
	}
	n = neighbours(ps)
	for i, p := range ps {
		if p.class != nearGood {
			continue
		}
		inside := i > first && i < last
		if !inside && n.prev[i] == bad && n.next[i] == bad {
			next[i] = bad
		} else {
			next[i] = good
		}
	}
	for i, p := range ps {
		p.class = next[i]
	}
	reviveLede(ps)
	reviveTail(ps)
	keepSomething(ps)
}

// keepSomething keeps the near-good paragraphs of a text that has no good
// one: a news brief of two sentences is all article, and jusText's edges,
// counted as bad, would otherwise drop it whole.
func keepSomething(ps []*para) {
	for _, p := range ps {
		if p.class == good {
			return
		}
	}
	for _, p := range ps {
		if p.cf == nearGood && p.kind == kindNone {
			p.class = good
		}
	}
}

// Lede revival: how much dropped text may separate a near-good paragraph
// from the article below it for the paragraph to count as its lede.
const (
	ledeGapRunes = 300
	ledeGapParas = 5
)

// reviveLede keeps the near-good paragraphs just above the first good
// one. A news lede is often one sentence, short of a good paragraph, and
// split from the body by a photo, its caption and a share count, which
// jusText's neighbour rule would count against it.
func reviveLede(ps []*para) {
	first := -1
	for i, p := range ps {
		if p.class == good {
			first = i
			break
		}
	}
	gapRunes, gapParas := 0, 0
	for j := first - 1; j >= 0; j-- {
		q := ps[j]
		if q.cf == nearGood && q.kind == kindNone {
			q.class = good
			gapRunes, gapParas = 0, 0
			continue
		}
		gapRunes += q.runes
		gapParas++
		if gapRunes > ledeGapRunes || gapParas > ledeGapParas {
			return
		}
	}
}

// Tail revival: how much dropped text (a donation or newsletter widget)
// may separate the article's last paragraphs from the good ones above.
const (
	tailGapRunes = 300
	tailGapParas = 8
)

// reviveTail keeps the near-good paragraphs that end an article below a
// widget, which jusText's neighbour rule drops when the page's footer
// follows them. Across a gap only a paragraph of some length (lengthMid)
// is taken, so that a related-article teaser ("Is the region ready?")
// under a "Read more" line is not; near-good paragraphs right below a
// kept one follow it, and a heading just above a revived paragraph comes
// with it.
func reviveTail(ps []*para) {
	last := -1
	for i, p := range ps {
		if p.class == good {
			last = i
		}
	}
	if last < 0 {
		return
	}
	gapRunes, gapParas := 0, 0
	for j := last + 1; j < len(ps); j++ {
		q := ps[j]
		if q.kind == kindComment {
			return
		}
		if q.cf == nearGood && q.kind == kindNone && (gapParas == 0 || q.size >= lengthMid) {
			q.class = good
			if prev := ps[j-1]; gapParas > 0 && prev.class != good && prev.headingLike() {
				prev.class = good
			}
			gapRunes, gapParas = 0, 0
			continue
		}
		gapRunes += q.runes
		gapParas++
		if gapRunes > tailGapRunes || gapParas > tailGapParas {
			return
		}
	}
}

// introducesGood reports whether a good paragraph follows ps[i], with at
// most maxHeadingGap characters of recognised boilerplate (an
// "Advertisement" line, a credit) in between.
func introducesGood(ps []*para, i int) bool {
	gap := 0
	for j := i + 1; j < len(ps) && gap <= maxHeadingGap; j++ {
		switch {
		case ps[j].cf == good || ps[j].cf == nearGood:
			return true
		case ps[j].kind == kindNone || ps[j].kind == kindComment:
			return false
		}
		gap += ps[j].runes
	}
	return false
}

// neighbourClasses holds, for each paragraph, the class of its nearest
// good or bad paragraph before (prev) and after (next), skipping short and
// near-good ones, and the same skipping only short ones (prevNear,
// nextNear). Past the edges of the text the class is bad.
type neighbourClasses struct {
	prev, next, prevNear, nextNear []class
}

// neighbours computes the neighbour classes of every paragraph in two
// linear passes, so that long runs of short lines cost no more than short
// ones.
func neighbours(ps []*para) neighbourClasses {
	n := neighbourClasses{
		prev: make([]class, len(ps)), next: make([]class, len(ps)),
		prevNear: make([]class, len(ps)), nextNear: make([]class, len(ps)),
	}
	gb, gbn := bad, bad
	for i, p := range ps {
		n.prev[i], n.prevNear[i] = gb, gbn
		switch p.class {
		case good, bad:
			gb, gbn = p.class, p.class
		case nearGood:
			gbn = nearGood
		}
	}
	gb, gbn = bad, bad
	for i := len(ps) - 1; i >= 0; i-- {
		n.next[i], n.nextNear[i] = gb, gbn
		switch p := ps[i]; p.class {
		case good, bad:
			gb, gbn = p.class, p.class
		case nearGood:
			gbn = nearGood
		}
	}
	return n
}

// sentences counts the sentences of the paragraph: sentence punctuation
// followed by a space and a capital or a quote, plus the final one.
func (p *para) sentences() int {
	n := 0
	if p.sentence {
		n++
	}
	s := p.text
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			if s[i+1] == ' ' && (s[i+2] >= 'A' && s[i+2] <= 'Z' || s[i+2] == '"' || s[i+2] >= 0x80) {
				n++
			}
		}
	}
	return n
}
