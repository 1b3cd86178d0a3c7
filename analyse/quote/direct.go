package quote

import (
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// direct finds the speaker of every quoted part: in the frame after its
// closing mark ("…," Varela said / said Karel Dunst), in its clause before
// the opening mark (Varela called the vote "…"), through "according to",
// or from the quotation it continues. Quoted terms and titles are
// dropped.
func (d *doc) direct() []cand {
	n := len(d.parts)
	attrs := make([]*attr, n)
	after := make([]bool, n) // attributed by the frame after it
	partial := make([]bool, n)
	var topic *attr // the speaker of an interview's "On her first priority:" lead-ins
	topicPara := -1 // the paragraph of the last topic line
	for i := range d.parts {
		if d.introduced(d.parts[i]) {
			if a, p := d.beforeAttr(d.parts[i]); a != nil {
				attrs[i], partial[i] = a, p
				continue
			}
		}
		if a := d.afterAttr(d.parts[i]); a != nil {
			attrs[i], after[i] = a, true
			continue
		}
		if a, p := d.beforeAttr(d.parts[i]); a != nil {
			attrs[i], partial[i] = a, p
			continue
		}
		if attrs[i] = d.accordingIn(d.parts[i]); attrs[i] != nil {
			continue
		}
		// a paragraph ending in a colon introduces the quotation below it
		if oi := d.tokAt(d.parts[i].open); oi > 0 && d.para[oi-1] != d.para[oi] && d.toks[oi-1].text == ":" {
			attrs[i], _ = d.clauseAttr(oi - 1)
			if attrs[i] == nil && d.topicLeadIn(oi-1) {
				para := d.para[oi-1]
				if topicPara >= 0 && !d.interviewSince(topicPara, para) {
					topic = nil // the interview's run was broken: "Her challenger, Tom Reyes, has a different view."
				}
				if a := d.topicSpeaker(oi - 1); a != nil {
					topic = a
				}
				attrs[i], topicPara = topic, para
			}
		}
	}
	own := make([]bool, n)
	for i := range attrs {
		own[i] = attrs[i] != nil
	}
	d.shareChains(attrs)
	d.inherit(attrs, after)
	d.shareChains(attrs)
	d.inheritParagraph(attrs)
	d.shareChains(attrs)
	var out []cand
	for i, p := range d.parts {
		if !d.isStatement(p, own[i]) {
			continue
		}
		q := parallax.Quote{Text: d.text[p.cs:p.ce], Kind: parallax.Direct, Span: parallax.Span{Start: p.cs, End: p.ce}}
		out = append(out, cand{q: q, a: attrs[i]})
	}
	return out
}

// shareChains gives the parts of one quotation running over paragraphs
// the attribution any of them has.
func (d *doc) shareChains(attrs []*attr) {
	for i := 0; i < len(d.parts); {
		j := i
		for j+1 < len(d.parts) && d.parts[j].continues {
			j++
		}
		var a *attr
		for k := i; k <= j && a == nil; k++ {
			a = attrs[k]
		}
		for k := i; k <= j; k++ {
			if attrs[k] == nil {
				attrs[k] = a
			}
		}
		i = j + 1
	}
}

// inherit gives an unattributed part the speaker of the quotation before
// it in the same paragraph, or else of the next one there when that one
// is attributed after its closing mark ("…. …," she said).
func (d *doc) inherit(attrs []*attr, after []bool) {
	for i := range d.parts {
		if attrs[i] != nil {
			continue
		}
		if i > 0 && attrs[i-1] != nil && d.parts[i-1].para == d.parts[i].para {
			attrs[i] = attrs[i-1]
			continue
		}
		if i+1 < len(d.parts) && attrs[i+1] != nil && after[i+1] && d.parts[i+1].para == d.parts[i].para {
			attrs[i] = attrs[i+1]
		}
	}
}

// isStatement decides whether a quoted part is speech. A part with a
// speaker in its own frame is, unless it is one word (a term); two words
// need a speaker of their own; a title of a work or a quoted term is not.
func (d *doc) isStatement(p part, own bool) bool {
	oi := d.tokAt(p.open)
	words, caps := 0, 0
	for k := oi + 1; k < len(d.toks) && d.toks[k].s < p.ce; k++ {
		if d.toks[k].word {
			words++
			if d.toks[k].cap {
				caps++
			}
		}
	}
	if words == 0 {
		return false
	}
	if oi > 0 && d.toks[oi-1].word && workNouns[d.toks[oi-1].low] && (!own || caps == words) {
		return false // a title, a name, a term
	}
	if words == 1 {
		return false // one word in quote marks is a term, not a statement
	}
	if words <= 2 && !own {
		return false
	}
	last := d.text[p.ce-1]
	sentence := last == '.' || last == '!' || last == '?'
	if !own && caps == words && words <= 8 && !sentence {
		return false // Title Case: a work, an operation, a slogan's name
	}
	return true
}

// afterAttr reads the frame after a part's closing mark: "…," Varela said
// / "…," said Karel Dunst, the party's spokesman / », a déclaré X.
func (d *doc) afterAttr(p part) *attr {
	if p.close < 0 {
		return nil
	}
	ci := d.tokAt(p.close)
	k := ci + 1
	for k < len(d.toks) && (d.toks[k].text == "," || d.toks[k].text == "—" || d.toks[k].text == "–" || d.toks[k].text == "-") {
		k++
	}
	if k >= len(d.toks) || d.para[k] != d.para[ci] || d.toks[k].quote == 'o' {
		return nil
	}
	hi := k
	for hi < len(d.toks) && hi < k+maxReach && d.para[hi] == d.para[ci] && !d.sentenceEnd(hi) && d.toks[hi].quote != 'o' {
		hi++
	}
	if d.lx != englishWords {
		if a := d.langFrame(k, hi); a != nil {
			return a
		}
	}
	// French: », a déclaré X / », avait-il expliqué
	c := k
	if d.lx == englishWords && (d.toks[c].low == "a" || d.toks[c].low == "avait") && c+1 < hi && cues[d.toks[c+1].low] != 0 {
		c++
	}
	// inverted: said Karel Dunst
	if cl := d.cueClass(c); cl == cueSpeech || cl == cuePartial {
		if e, ok := d.rightNP(c+1, hi); ok {
			return d.makeAttr(c, c+1, d.appositiveTo(e, hi), hi, true)
		}
	}
	last := d.text[p.ce-1]
	closedInside := last == '.' || last == '!' || last == '?'
	for c := k; c < hi && c < k+12; c++ {
		cl := d.cueClass(c)
		if cl != cueSpeech && cl != cuePartial && !(cl == cueThat && d.endsFrame(c+1, hi)) {
			continue
		}
		s, e, ok := d.subject(c, k)
		if !ok || s != k || d.negated(c, k) {
			return nil
		}
		if c+1 < hi && (d.toks[c+1].low == "that" || d.lx != englishWords && d.lx.that[d.toks[c+1].low]) {
			return nil // a new reported statement, not this quote's frame
		}
		if closedInside && d.toks[k].cap && hi-c > 4 && !hasComma(d.toks[c+1:min(hi, c+3)]) && !d.adjunctAt(c+1) {
			return nil // a new sentence that reports something else
		}
		return d.makeAttr(c, s, e, hi, true)
	}
	return nil
}

// introduces reports whether the cue at k introduces the quotation
// opening at oi with nothing but a colon, or a comma before a quotation
// that opens with a capital, between: He concluded, "The …". A verb that reports a statement only with a "that"
// clause (conclude, agree, maintain) reports a quotation it frames so,
// or ends the frame of ("…," he concluded.).
func (d *doc) introduces(k, oi int) bool {
	if oi != k+2 || oi+1 >= len(d.toks) {
		return false
	}
	// After a comma only a quotation that opens a sentence: "hopes, 'one
	// day soon,' to return" is a phrase of the writer's clause.
	return d.toks[k+1].text == ":" || d.toks[k+1].text == "," && (d.toks[oi+1].cap || isNumber(d.toks[oi+1].text))
}

// beforeAttr reads the clause before a part's opening mark for a cue with
// a speaker: Varela called the vote "…"; she told reporters, adding that
// "…". partial is set when the cue governs the quote directly.
func (d *doc) beforeAttr(p part) (*attr, bool) {
	return d.clauseAttr(d.tokAt(p.open))
}

// clauseAttr reads the clause that ends before token oi (an opening
// mark, or a colon that introduces the next paragraph).
func (d *doc) clauseAttr(oi int) (*attr, bool) {
	lo := d.sentenceFrom(oi)
	for k := oi - 1; k >= lo; k-- {
		if d.inq[k] || d.toks[k].quote != 0 {
			continue
		}
		cl := d.cueClass(k)
		if cl == 0 || d.negated(k, lo) {
			continue
		}
		if cl == cueThat && !d.thatFollows(k, oi) && !d.introduces(k, oi) {
			continue
		}
		if s, e, ok := d.subject(k, lo); ok && !d.inq[s] {
			return d.makeAttr(k, s, e, oi, false), cl == cuePartial || oi-k <= 3
		}
		if k-1 >= lo && (d.toks[k-1].low == "and" || d.toks[k-1].low == "but" || d.lx.conj[d.toks[k-1].low]) {
			if e, ok := d.subjectNP(lo, k-1); ok {
				return d.makeAttr(k, lo, e, oi, false), cl == cuePartial
			}
		}
	}
	return nil, false
}

// accordingIn finds "according to X" in the sentence of a part.
func (d *doc) accordingIn(p part) *attr {
	oi := d.tokAt(p.open)
	lo := d.sentenceFrom(oi)
	hi := oi
	for hi < len(d.toks) && hi < oi+maxReach && d.para[hi] == d.para[oi] && !d.sentenceEnd(hi) {
		hi++
	}
	for k := lo; k+1 < hi; k++ {
		if d.inq[k] {
			continue
		}
		n := d.accordingAt(k, hi)
		if n == 0 || d.ownReporting(k+n) {
			continue
		}
		if e, ok := d.rightNP(k+n, hi); ok {
			return d.makeAccording(k, n, e, hi)
		}
	}
	return nil
}

// makeAccording builds the attribution of the n-word "according to" at
// k with the speaker phrase ending at e.
func (d *doc) makeAccording(k, n, e, hi int) *attr {
	d.used[k] = true
	sp := parallax.Span{Start: d.toks[k].s, End: d.toks[k+n-1].e}
	return &attr{m: d.readMention(k+n, e), cue: sp, cueTok: k}
}

// thatFollows reports whether "that" follows the cue at k within a few
// words, before any punctuation and before hi.
func (d *doc) thatFollows(k, hi int) bool {
	for j := k + 1; j < hi && j <= k+6; j++ {
		if d.toks[j].low == "that" || d.toks[j].low == "que" || d.lx.that[d.toks[j].low] {
			return true
		}
		if !d.toks[j].word && !(d.lx.code == "de" && j == k+1 && d.toks[j].text == ",") {
			return false // German sets the clause off by a comma: "sagte, dass"
		}
	}
	return false
}

// hasComma reports whether toks hold a comma.
func hasComma(toks []token) bool {
	for _, t := range toks {
		if t.text == "," {
			return true
		}
	}
	return false
}

// wordCount counts the words of s.
func wordCount(s string) int { return len(strings.Fields(s)) }

// introduced reports whether a part follows "that" or a colon, or a cue
// within three words: its clause introduces it, and the words after it
// belong to another statement.
func (d *doc) introduced(p part) bool {
	oi := d.tokAt(p.open)
	for k := oi - 1; k >= 0 && k >= oi-3; k-- {
		t := d.toks[k]
		if t.low == "that" || d.lx != englishWords && d.lx.that[t.low] || t.text == ":" && k == oi-1 || t.word && d.cueClass(k) != 0 {
			return true
		}
		if !t.word && t.text != ":" && t.text != "," {
			return false
		}
	}
	return false
}

// inheritParagraph gives an unattributed quotation that opens a
// paragraph the speaker of the quotation in the paragraph just before:
// consecutive quote paragraphs of one speaker often name them once. A
// quoted heading (no final punctuation) inherits nothing.
func (d *doc) inheritParagraph(attrs []*attr) {
	for i := 1; i < len(d.parts); i++ {
		p, prev := d.parts[i], d.parts[i-1]
		if attrs[i] != nil || attrs[i-1] == nil || prev.para != p.para-1 || prev.continues {
			continue
		}
		oi := d.tokAt(p.open)
		if oi > 0 && d.para[oi-1] == d.para[oi] {
			continue // the paragraph does not open with it
		}
		last := strings.TrimRight(d.text[:d.paraEnd(p.para)], "\"”»“' ")
		if last == "" || !strings.ContainsAny(last[len(last)-1:], ".!?") {
			continue
		}
		attrs[i] = attrs[i-1]
	}
}

// paraEnd returns the offset where paragraph i's text ends, trailing
// spaces trimmed.
func (d *doc) paraEnd(i int) int {
	end := len(d.text)
	if i+1 < len(d.paraStarts) {
		end = d.paraStarts[i+1]
	}
	for end > 0 && (d.text[end-1] == ' ' || d.text[end-1] == '\n' || d.text[end-1] == '\r' || d.text[end-1] == '\t') {
		end--
	}
	return end
}

// adjunctWords open a phrase that qualifies a cue rather than a statement:
// "said in a statement", "said on Monday", "told reporters".
var adjunctWords = set("in", "on", "at", "during", "after", "before", "to", "from",
	"via", "with", "outside", "inside", "later", "earlier", "yesterday", "today",
	"tonight", "last", "this", "late", "afterwards", "then", "again", "recently",
	"reporters", "journalists", "told")

// adjunctAt reports whether token k opens an adjunct of a cue.
func (d *doc) adjunctAt(k int) bool {
	return k < len(d.toks) && d.lx.adjunctWords[d.toks[k].low]
}

// topicLeadIn reports whether the paragraph ending at the colon c is an
// interview's topic line, "On her first priority:" or "On Pier 9:",
// which gives the quotation below it to the one interviewed.
func (d *doc) topicLeadIn(c int) bool {
	s := c
	for s > 0 && d.para[s-1] == d.para[c] {
		s--
	}
	return d.lx == englishWords && d.toks[s].low == "on" && c-s <= 10
}

// interviewSince reports whether every paragraph strictly between
// paragraphs from and to opens with a quotation mark or is a topic line:
// the answers of one interview, no one else's paragraph between.
func (d *doc) interviewSince(from, to int) bool {
	for p := from + 1; p < to; p++ {
		start := d.tokAt(d.paraStarts[p])
		if start >= len(d.toks) {
			return false
		}
		if d.toks[start].quote == 0 && !d.topicParagraph(start) {
			return false
		}
	}
	return true
}

// topicParagraph reports whether the paragraph opening at token s is a
// topic line: "On …" ending with a colon.
func (d *doc) topicParagraph(s int) bool {
	e := s
	for e+1 < len(d.toks) && d.para[e+1] == d.para[s] {
		e++
	}
	return d.toks[e].text == ":" && d.topicLeadIn(e)
}

// topicSpeaker returns the attribution a topic line's possessive gives
// ("On her first priority:" is hers), nil when it has none.
func (d *doc) topicSpeaker(c int) *attr {
	for k := c - 1; k >= 0 && d.para[k] == d.para[c]; k-- {
		g, ok := possessiveGender[d.toks[k].low]
		if !ok || g == 'o' {
			continue
		}
		pronoun := "they"
		switch g {
		case 'm':
			pronoun = "he"
		case 'f':
			pronoun = "she"
		}
		m := mention{span: parallax.Span{Start: d.toks[k].s, End: d.toks[k].e}, text: d.toks[k].text, kind: kPronoun, gender: g, name: pronoun}
		return &attr{m: m, cueTok: c}
	}
	return nil
}
