package quote

import (
	"slices"
	"sort"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// FindWith is FindLang reading, besides its own rules, the attributions a
// trained tagger found in the text (analyse/attribution, which reads
// English). The tagger's attributions of speech — a reporting verb or
// "according to" in the cue, a source and a content written — are taken
// first, their speakers resolved as the rules resolve theirs: on PolNeAR
// they find a fifth more of the speech attributions than the rules, as
// precisely. The rules' statements then fill in where no tagged one
// stands (those of other languages, speakers left to a pronoun or a
// quotation before, headlines in quotes). Beliefs and findings the
// tagger reports ("X believes", "a poll shows") are not statements and
// are left out.
func FindWith(text string, sentences []parallax.Span, entities []parallax.Entity, lang string, tagged []parallax.Attribution) []parallax.Quote {
	if len(text) == 0 {
		return nil
	}
	d := newDoc(text, sentences, entities, lexiconFor(lang))
	own := d.direct()
	own = append(own, d.indirect()...)
	var cands []cand
	var taken []taggedAttribution
	kept := make([]bool, len(own))
	for _, a := range tagged {
		cs := d.taggedCands(a, own)
		if len(cs) == 0 {
			continue
		}
		taken = append(taken, taggedAttribution{a, cs[0].a})
		for _, c := range cs {
			// A quotation inside a reported statement: the rules'
			// direct part, with the tagged speaker and cue; the
			// statement itself only when it says more than the
			// quotation, as the rules decide.
			var parts int
			for i, o := range own {
				if o.q.Kind == parallax.Direct && c.q.Kind == parallax.Indirect && within(o.q.Span, c.q.Span) {
					kept[i] = true
					o.a = c.a
					cands = append(cands, o)
					parts++
				}
			}
			if parts == 0 || !d.mostlyQuoted(c.q.Span) {
				cands = append(cands, c)
			}
		}
	}
	for i, c := range own {
		if kept[i] {
			continue
		}
		if c, ok := merge(c, taken); ok {
			cands = append(cands, c)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].q.Span.Start != cands[j].q.Span.Start {
			return cands[i].q.Span.Start < cands[j].q.Span.Start
		}
		return cands[i].q.Span.End > cands[j].q.Span.End
	})
	return d.resolve(cands)
}

// taggedCands returns the statements of a tagged attribution, one per
// segment of its content (a quotation broken by its cue is two, as the
// rules return it), sharing one speaker and cue; none when it is not one
// of speech or lacks a part.
func (d *doc) taggedCands(a parallax.Attribution, own []cand) []cand {
	if len(a.Cue) == 0 || len(a.Content) == 0 {
		return nil
	}
	k, ke := d.tokRange(a.Cue[0])
	class := d.speechClass(k, ke)
	if class == 0 {
		return nil
	}
	at := d.taggedAttr(a, k)
	if at == nil {
		return nil
	}
	if r := d.ruleAttr(k, ke, own); r != nil {
		if r.cue.Start >= at.cue.Start && r.cue.Start < at.cue.End && r.cue.End > at.cue.End {
			// the rules' cue phrase is the fuller one: "told a news
			// conference", "said in a statement"
			at.cue.End = r.cue.End
		}
		if r.m.text != "" && r.m.span != at.m.span && within(r.m.span, at.m.span) && strings.Contains(d.text[at.m.span.Start:r.m.span.Start], ",") {
			// the tagged source took in a phrase before the speaker:
			// "(home of the 3rd Mountain Brigade), the local council"
			at.m = r.m
		}
	}
	var out []cand
	direct := false
	for _, seg := range a.Content {
		if seg.Start < at.cue.End && at.cue.Start < seg.End {
			seg.Start = max(seg.Start, at.cue.End) // the content starts after its cue
		}
		q, ok := d.taggedQuote(seg)
		switch {
		case !ok:
			continue
		case q.Kind == parallax.Direct:
			direct = true
		case class == cuePartial && !strings.ContainsAny(q.Text, "\"“”«»„"):
			continue // "welcomed the decision": no statement without a quotation
		case strings.HasPrefix(q.Text, "to ") && !d.promises(k, ke):
			continue // "continued to make a difference", "sought to calm": an intention at most
		case d.sentOf(q.Span.Start) != d.sentOf(at.cue.Start) || d.sentOf(q.Span.End-1) != d.sentOf(at.cue.Start) || strings.Contains(q.Text, "\n"):
			continue // reported speech stays in its cue's sentence
		}
		out = append(out, cand{q: q, a: at})
	}
	if direct {
		// `"…," she said after announcing the result`: the words
		// after the cue are not part of the quotation
		out = slices.DeleteFunc(out, func(c cand) bool { return c.q.Kind != parallax.Direct })
	}
	return out
}

// speechClass returns how the cue tokens [k, ke) report: cueSpeech when
// one of them is a verb of saying (as the rules read it: not negated,
// not passive, not a noun) or "according"; cuePartial
// when one is a verb that reports speech only with a quotation ("called
// the vote …"); 0 otherwise (beliefs and findings, "did not say").
func (d *doc) speechClass(k, ke int) int {
	class := 0
	for j := k; j < ke; j++ {
		if negators[d.toks[j].low] {
			return 0
		}
	}
	if k > 0 && d.toks[k-1].low == "to" || d.toks[k].low == "to" {
		return 0 // "plans to announce", "is unlikely to tell": not said yet
	}
	for j := k; j < ke; j++ {
		low := d.toks[j].low
		c := d.cueClass(j)
		switch {
		case low == "according":
			c = cueSpeech
		case c == cueSpeech && d.negated(j, max(0, k-3)):
			return 0
		}
		if c == cueSpeech {
			return cueSpeech
		}
		if c == cuePartial {
			class = cuePartial
		}
	}
	return class
}

// promises reports whether the cue tokens [k, ke) hold a verb whose
// infinitive is what was said: "promised to reverse the rules".
func (d *doc) promises(k, ke int) bool {
	for j := k; j < ke; j++ {
		for _, v := range []string{"promis", "pledg", "vow", "threat", "swor", "swear"} {
			if strings.HasPrefix(d.toks[j].low, v) {
				return true
			}
		}
	}
	return false
}

// ruleAttr returns the rules' attribution of a cue among the tokens
// [k, ke), nil when the rules read none there.
func (d *doc) ruleAttr(k, ke int, own []cand) *attr {
	for _, o := range own {
		if o.a != nil && o.a.cueTok >= k && o.a.cueTok < ke {
			return o.a
		}
	}
	return nil
}

// taggedAttr reads the tagged attribution's speaker and cue: the source
// without edge punctuation, a relative pronoun followed back to the noun
// it stands for ("the ministers who called …"); nil when the source is
// the outlet itself (we, us) or cannot speak (a happening).
func (d *doc) taggedAttr(a parallax.Attribution, k int) *attr {
	var s, e int
	if len(a.Source) > 0 {
		s, e = d.tokRange(a.Source[0])
	} else if s, e = d.subjectOf(k); s >= e {
		return nil
	}
	for s < e && !d.toks[s].word {
		s++
	}
	for e > s && !d.toks[e-1].word {
		e--
	}
	if s >= e || e-s == 1 && firstPerson[d.toks[s].low] || strings.Contains(d.text[d.toks[s].s:d.toks[e-1].e], "\n") {
		return nil // the outlet speaking, or a source run over a line
	}
	var m mention
	if low := d.toks[s].low; e-s == 1 && (low == "who" || low == "which" || low == "that") {
		lo := s
		for lo > 0 && s-lo < 2*maxNP && d.para[lo-1] == d.para[s] {
			lo--
		}
		ns, ne, ok := d.leftNP(s, lo)
		if !ok || ns >= ne {
			return nil
		}
		m = d.readMention(ns, ne)
		m.span = parallax.Span{Start: d.toks[s].s, End: d.toks[s].e}
		m.text = d.toks[s].text
	} else {
		m = d.readMention(s, e)
	}
	if !m.canSpeak() {
		return nil
	}
	cue := parallax.Span{Start: a.Cue[0].Start, End: a.Cue[len(a.Cue)-1].End}
	if len(a.Cue) > 1 && strings.Contains(d.text[cue.Start:cue.End], "\n") {
		cue = a.Cue[0]
	}
	return &attr{m: m, cue: cue, cueTok: k, statement: d.mentionsStatement(k, len(d.toks))}
}

// subjectOf finds, as the rules find it, the speaker of the cue at k
// that the tagger left without one: the noun phrase before it in its
// sentence. An empty range when there is none.
func (d *doc) subjectOf(k int) (s, e int) {
	lo := k
	for lo > 0 && d.para[lo-1] == d.para[k] && !d.sentenceEnd(lo-1) {
		lo--
	}
	if s, e, ok := d.subject(k, lo); ok {
		return s, e
	}
	return 0, 0
}

// firstPerson are the pronouns by which the outlet or its reader speaks.
var firstPerson = set("i", "we", "us", "me", "you")

// tokRange returns the tokens [s, e) lying within sp.
func (d *doc) tokRange(sp parallax.Span) (s, e int) {
	s = d.tokAt(sp.Start)
	e = s
	for e < len(d.toks) && d.toks[e].e <= sp.End {
		e++
	}
	return s, e
}

// taggedQuote makes a statement of a tagged content segment: direct when
// the segment is a quotation between its marks (Text without them, as
// the rules give it), indirect otherwise (without a leading "that" and
// edge punctuation).
func (d *doc) taggedQuote(seg parallax.Span) (parallax.Quote, bool) {
	s, e := d.tokRange(seg)
	for s < e && !d.toks[s].word && d.toks[s].quote == 0 {
		s++
	}
	for e > s && !d.toks[e-1].word && d.toks[e-1].quote == 0 {
		e--
	}
	if s >= e {
		return parallax.Quote{}, false
	}
	for _, p := range d.parts {
		if p.close < 0 || p.cs >= p.ce {
			continue
		}
		if d.toks[s].s <= p.open && p.close < d.toks[e-1].e && d.outsideWords(s, e, p) == 0 {
			sp := parallax.Span{Start: p.cs, End: p.ce}
			return parallax.Quote{Text: d.text[sp.Start:sp.End], Kind: parallax.Direct, Span: sp}, true
		}
	}
	if t := d.addresseeThat(s, e); t > s {
		s = t // "complained to the ministry that …": the addressee is not said
	}
	if d.toks[s].low == "that" && e-s > 1 {
		s++
	}
	// `told a rally that "…", thousands answered`: a quotation closed
	// before a comma ends the statement
	for k := s; k+1 < e; k++ {
		if d.toks[k].quote == 'c' && d.toks[k+1].text == "," && k > s {
			e = k + 1
			break
		}
	}
	for s < e && !d.toks[s].word && d.toks[s].quote == 0 {
		s++
	}
	if s >= e {
		return parallax.Quote{}, false
	}
	if words(d.toks[s:e]) < 3 {
		return parallax.Quote{}, false // "which", "the figure": no statement
	}
	sp := parallax.Span{Start: d.toks[s].s, End: d.toks[e-1].e}
	return parallax.Quote{Text: d.text[sp.Start:sp.End], Kind: parallax.Indirect, Span: sp}, true
}

// addresseeThat returns the "that" after a short addressee opening the
// content toks[s:e] ("the ministry that …", "reporters that …", "him
// that …"), or s when there is none.
func (d *doc) addresseeThat(s, e int) int {
	first := d.toks[s]
	if !determiners[first.low] && !addressees[first.low] && !first.cap {
		return s
	}
	for k := s + 1; k < e && k <= s+4; k++ {
		switch t := d.toks[k]; {
		case t.low == "that":
			return k
		case !t.word:
			return s
		}
	}
	return s
}

// addressees are the object pronouns and nouns a statement is told to.
var addressees = set("him", "her", "them", "us", "me", "you", "reporters", "journalists", "lawmakers", "supporters")

// outsideWords counts the words of toks[s:e] outside the quoted part p.
func (d *doc) outsideWords(s, e int, p part) int {
	n := 0
	for k := s; k < e; k++ {
		if t := d.toks[k]; t.word && (t.s < p.open || t.s > p.close) {
			n++
		}
	}
	return n
}

// taggedAttribution is a tagged attribution taken, with the speaker and
// cue read for it.
type taggedAttribution struct {
	parallax.Attribution
	at *attr
}

// merge decides the fate of a statement the rules found among the tagged
// ones taken: none where it stands on one of theirs (its content overlaps
// their content or source, its speaker their content); theirs where it
// shares their cue but says something they missed (the second part of
// a quotation broken by its cue); its own otherwise.
func merge(c cand, tagged []taggedAttribution) (cand, bool) {
	var shared *attr
	for _, a := range tagged {
		if overlapsAny(c.q.Span, a.Content) || overlapsAny(c.q.Span, a.Source) {
			return c, false
		}
		if c.a != nil && overlapsAny(c.a.m.span, a.Content) {
			return c, false
		}
		if c.a != nil && overlapsAny(c.a.cue, a.Cue) {
			shared = a.at
		}
	}
	if shared != nil {
		c.a = shared
	}
	return c, true
}

// within reports whether sp lies inside outer.
func within(sp, outer parallax.Span) bool {
	return outer.Start <= sp.Start && sp.End <= outer.End
}

func overlapsAny(sp parallax.Span, spans []parallax.Span) bool {
	for _, s := range spans {
		if sp.Start < s.End && s.Start < sp.End {
			return true
		}
	}
	return false
}
