package quote

import (
	"slices"
	"sort"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// Tagger finds the attributions of a text given hints: the attributions
// of the statements the rules found there (see Attributions).
// analyse/attribution's Model.Find is one.
type Tagger func(text string, hints []parallax.Attribution) []parallax.Attribution

// FindWith is FindLang reading, besides its own rules, the attributions a
// trained tagger finds in the text (analyse/attribution, which reads
// English), given the rules' statements as hints. The tagger's
// attributions of speech — a reporting verb or "according to" heading
// the cue, a content that reads as a statement — are taken first, their
// speakers resolved as the rules resolve theirs: on PolNeAR they find
// more of the speech attributions than the rules, and more precisely.
// The rules' statements then fill in where no tagged one stands. Beliefs
// and findings the tagger reports ("X believes", "a poll shows") are not
// statements and are left out. A nil tag makes FindWith FindLang.
func FindWith(text string, sentences []parallax.Span, entities []parallax.Entity, lang string, tag Tagger) []parallax.Quote {
	if len(text) == 0 {
		return nil
	}
	d := newDoc(text, sentences, entities, lexiconFor(lang))
	own := byOffset(append(d.direct(), d.indirect()...))
	if tag == nil {
		return d.resolve(own)
	}
	tagged := tag(text, Attributions(text, d.resolve(own)))
	return d.resolve(byOffset(d.combine(own, tagged)))
}

// byOffset sorts statements by where they start, the longer first, and
// returns them.
func byOffset(cands []cand) []cand {
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].q.Span.Start != cands[j].q.Span.Start {
			return cands[i].q.Span.Start < cands[j].q.Span.Start
		}
		return cands[i].q.Span.End > cands[j].q.Span.End
	})
	return cands
}

// combine returns the statements of the tagged attributions, then the
// rules' (own) where none of those stands, one per span: a tagged one
// before the rules' same words.
func (d *doc) combine(own []cand, tagged []parallax.Attribution) []cand {
	var cands []cand
	var taken []takenAttr
	kept := make([]bool, len(own)) // own statements already among cands
	for _, a := range tagged {
		cs := slices.DeleteFunc(d.taggedCands(a, own), func(c cand) bool {
			return slices.ContainsFunc(cands, func(o cand) bool { return o.q.Span == c.q.Span })
		})
		if len(cs) == 0 {
			continue
		}
		taken = append(taken, takenOf(cs))
		for _, c := range cs {
			cands = d.withQuotedParts(cands, c, own, kept)
		}
	}
	for i, o := range own {
		if kept[i] {
			continue
		}
		if m, ok := merge(o, taken); ok {
			cands = append(cands, m)
		}
	}
	return slices.CompactFunc(byOffset(cands), func(a, b cand) bool { return a.q.Span == b.q.Span })
}

// withQuotedParts appends tagged statement c to cands the way the rules
// give a reported statement with a quotation in it: the rules' direct
// part, with the tagged speaker and cue, and the statement itself only
// when it says more than the quotation.
func (d *doc) withQuotedParts(cands []cand, c cand, own []cand, kept []bool) []cand {
	parts := 0
	for i, o := range own {
		if o.q.Kind != parallax.Direct || c.q.Kind != parallax.Indirect || !within(o.q.Span, c.q.Span) {
			continue
		}
		parts++
		if !kept[i] {
			kept[i] = true
			o.a = c.a
			cands = append(cands, o)
		}
	}
	if parts == 0 || !d.mostlyQuoted(c.q.Span) {
		cands = append(cands, c)
	}
	return cands
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
	if k >= ke {
		return nil // a cue on no whole token
	}
	class, verb := d.speechClass(k, ke)
	if class == 0 || d.actionVerb(verb) {
		return nil
	}
	at := d.taggedAttr(a, k, ke)
	if at == nil {
		return nil
	}
	if r := d.ruleAttr(k, ke, own); r != nil {
		if r.cue.Start >= at.cue.Start && r.cue.Start < at.cue.End && r.cue.End > at.cue.End {
			// the rules' cue phrase is the fuller one: "told a news
			// conference", "said in a statement"
			at.cue.End = r.cue.End
		}
		if d.rulesSpeakerFits(r.m, at.m) && !(at.m.kind == kJoint && within(r.m.span, at.m.span)) {
			at.m = r.m // but not one of two speakers the tagger found together
		}
	}
	cue := taggedCue{class: class, verb: verb, start: k, end: ke, relative: isRelativeSource(at.m.text)}
	var out []cand
	direct := false
	for _, seg := range a.Content {
		q, ok := d.statementOf(seg, at, cue)
		if !ok || slices.ContainsFunc(out, func(c cand) bool { return c.q.Span == q.Span }) {
			continue
		}
		direct = direct || q.Kind == parallax.Direct
		out = append(out, cand{q: q, a: at})
	}
	if direct {
		// `"…," she said after announcing the result`: the words
		// after the cue are not part of the quotation
		out = slices.DeleteFunc(out, func(c cand) bool { return c.q.Kind != parallax.Direct })
	}
	return out
}

// taggedCue is what a tagged attribution's cue says about its content.
type taggedCue struct {
	class      int // cueSpeech or cuePartial
	verb       int // the reporting word's token
	start, end int // the cue's tokens
	relative   bool
}

// statementOf makes the statement of one tagged content segment, false
// when it is none: a title in quote marks, words with no quotation
// after a verb that needs one ("welcomed the decision"), an addressee
// ("told us her story"), an intention ("continued to make"), reported
// speech away from its cue or outside its sentence, a quotation cut.
func (d *doc) statementOf(seg parallax.Span, at *attr, cue taggedCue) (parallax.Quote, bool) {
	if spansOverlap(seg, at.cue) {
		seg.Start = max(seg.Start, at.cue.End) // the content starts after its cue
	}
	// a "that" opening the content, or ending an addressee, is the cue's
	// only after it: before it "That building is …" and "A fire that
	// spread …, police said" are the statement's own words
	after := -1
	if seg.Start >= at.cue.End {
		after = cue.verb
	}
	q, ok := d.taggedQuote(seg, after)
	if !ok {
		return q, false
	}
	if q.Kind == parallax.Direct {
		return q, !titleCase(q.Text) // `a movie called "The Notorious Bettie Page"`: a title
	}
	q = d.nameBefore(q, at.cue.End)
	if q.Span.End <= at.cue.Start && d.cutAtStart(q.Span) {
		// "For [the first time …], X reported": the tagger cut the
		// statement's opening; it runs from the sentence's start
		if q, ok = d.fromSentenceStart(q); !ok {
			return q, false
		}
	}
	words := len(strings.Fields(q.Text))
	quoted := strings.ContainsAny(q.Text, "\"“”«»„")
	switch {
	case cue.class == cuePartial && (!quoted || cue.relative):
		// "welcomed the decision"; "the ministers who called us
		// "dreamers" are queuing up" gives the quotation alone
		return q, false
	case tellVerbs[d.toks[cue.verb].low] && !quoted && (words <= 4 || clauseTellers[d.toks[cue.verb].low] && !d.tellsStatement(d.tokRange(q.Span))):
		return q, false // "told the Reuters news agency": the addressee; "told us her story over coffee": an object
	case strings.HasPrefix(q.Text, "to ") && !d.promises(cue.start, cue.end):
		return q, false // "continued to make a difference", "sought to calm": an intention at most
	case d.sentOf(q.Span.Start) != d.sentOf(at.cue.Start) || d.sentOf(q.Span.End-1) != d.sentOf(at.cue.Start) || strings.Contains(q.Text, "\n"):
		return q, false // reported speech stays in its cue's sentence
	case q.Span.Start >= at.cue.End && d.prepBefore(q.Span.Start, at.cue.End):
		return q, false // "according to the magazine, for [drinking too much]", "confirmed he is in [custody]": a phrase's object
	case !d.nextTo(q.Span, at) || strings.Count(q.Text, "\"")%2 == 1:
		return q, false // away from its cue, or a quotation cut: the tagger's boundaries are off
	}
	return q, true
}

// actionVerb reports whether the reporting word at k is one the rules
// read as an action unless "that" or a quotation follows ("charged
// Saturday with murder", "responded to the call").
func (d *doc) actionVerb(k int) bool {
	return d.lx == englishWords && actionVerbs[d.toks[k].low] && !d.thatFollows(k, len(d.toks)) && !d.introducesQuote(k+1, len(d.toks))
}

// isRelativeSource reports whether a tagged source is a relative
// pronoun ("the ministers who called …").
func isRelativeSource(s string) bool {
	switch strings.ToLower(s) {
	case "who", "which", "that":
		return true
	}
	return false
}

// speechClass returns how the cue tokens [k, ke) report, and which of
// them is the reporting word: cueSpeech when one of them is a verb of
// saying (as the rules read it: not negated, not passive, not a noun,
// heading the cue's verb group) or "according"; cuePartial when one is a
// verb that reports speech only with a quotation ("called the vote …");
// 0 otherwise (beliefs and findings, "did not say", "plans to announce",
// "writes about").
func (d *doc) speechClass(k, ke int) (class, verb int) {
	for j := k; j < ke; j++ {
		if negators[d.toks[j].low] {
			return 0, k
		}
	}
	if k > 0 && d.toks[k-1].low == "to" || d.toks[k].low == "to" {
		return 0, k // "plans to announce", "is unlikely to tell": not said yet
	}
	if last := d.toks[ke-1].low; topicPreps[last] && !strings.HasPrefix(d.toks[k].low, "call") && d.toks[k].low != "according" {
		return 0, k // "writes about her calling", "praised for her work": a topic, not a statement
	}
	verb = k
	for j := k; j < ke; j++ {
		low := d.toks[j].low
		c := d.cueClass(j)
		switch {
		case low == "according":
			c = cueSpeech
		case c == cueSpeech && d.negated(j, max(0, k-3)):
			return 0, k
		}
		if c == cueSpeech && strings.HasPrefix(low, "continu") {
			c = cuePartial // "continued to make", "continued her work": a quotation or nothing
		}
		if c != 0 && !d.verbGroup(k, j) {
			return 0, k // "officers charged over …": the cue is not the verb's
		}
		if c == cueSpeech {
			return cueSpeech, j
		}
		if c == cuePartial && class == 0 {
			class, verb = cuePartial, j
		}
	}
	return class, verb
}

// rulesSpeakerFits reports whether the rules' reading of a cue's speaker
// (ours) is to be preferred to the tagged one: when it stands between
// the tagged source and the cue ("Speaking at a rally in Novi, Michigan,
// Trump says"), when it goes on past the tagged source (cut inside an
// appositive or a relative clause), when the tagged source is its tail
// ("the government in Orsenburg", tagged "Orsenburg"), and when the
// tagged source took in a phrase before it ("home of the 3rd Mountain
// Brigade, the local council").
func (d *doc) rulesSpeakerFits(ours, tagged mention) bool {
	if ours.text == "" || ours.span == tagged.span {
		return false
	}
	switch {
	case ours.span.Start >= tagged.span.End:
		return true
	case ours.span.Start == tagged.span.Start && ours.span.End > tagged.span.End:
		return true // the tagged source was cut: "Hanne Roth, whose husband, a sergeant"
	case ours.span.End == tagged.span.End && ours.span.Start < tagged.span.Start:
		return true
	case within(ours.span, tagged.span) && strings.Contains(d.text[tagged.span.Start:ours.span.Start], ","):
		return true
	}
	return false
}

// verbGroup reports whether the cue tokens [k, j) before its reporting
// word are auxiliaries and adverbs ("has also said", "would later
// tell"), as a verb group's are.
func (d *doc) verbGroup(k, j int) bool {
	for i := k; i < j; i++ {
		if l := d.toks[i].low; !auxiliaries[l] && !modals[l] && !floatingQuantifiers[l] && !strings.HasSuffix(l, "ly") {
			return false
		}
	}
	return true
}

// modals, and the forms of "be" and "do" that auxiliaries leaves out.
var modals = set("can", "could", "should", "may", "might", "must", "shall", "be", "been", "being", "did", "does", "do")

// promises reports whether the cue tokens [k, ke) hold a verb whose
// infinitive is what was said: "promised to reverse the rules".
func (d *doc) promises(k, ke int) bool {
	for j := k; j < ke; j++ {
		for _, v := range promiseStems {
			if strings.HasPrefix(d.toks[j].low, v) {
				return true
			}
		}
	}
	return false
}

// promiseStems begin the verbs of promising and threatening.
var promiseStems = []string{"promis", "pledg", "vow", "threat", "swor", "swear"}

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
func (d *doc) taggedAttr(a parallax.Attribution, k, ke int) *attr {
	var s, e int
	if len(a.Source) > 0 {
		s, e = d.tokRange(a.Source[0])
	} else if s, e = d.subjectOf(k); s >= e {
		return nil
	}
	for s < e && !d.toks[s].word {
		s++
	}
	if s > 0 && s < e && sourcePreps[d.toks[s-1].low] && d.toks[k].low != "according" {
		// "damaged by [fire], says", "on condition of [anonymity] said":
		// a preposition's object is not the subject; the rules' reading
		if s, e = d.subjectOf(k); s >= e || s > 0 && sourcePreps[d.toks[s-1].low] {
			return nil
		}
	}
	for e > s && !d.toks[e-1].word && !(d.toks[e-1].text == ")" && strings.Contains(d.text[d.toks[s].s:d.toks[e-1].s], "(")) {
		e-- // "the Brennick Dockworkers' Union (BDU)" keeps its bracket
	}
	e = d.clauseCut(s, e)
	if s >= e || e-s == 1 && firstPerson[d.toks[s].low] || strings.Contains(d.text[d.toks[s].s:d.toks[e-1].e], "\n") {
		return nil // the outlet speaking, or a source run over a line
	}
	if finiteVerbs[d.toks[e-1].low] && !d.toks[e-1].cap {
		return nil // "according to [the Courier and was]": a source run into the next clause
	}
	var m mention
	if e-s == 1 && isRelativeSource(d.toks[s].low) {
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
	if !m.canSpeak() || d.functionWordsOnly(s, e) {
		return nil // "The" alone: the tagger's source was cut
	}
	cue := parallax.Span{Start: d.toks[k].s, End: d.toks[ke-1].e}
	if n := len(a.Cue); n > 1 {
		// "said … in a statement": one cue over its pieces, within a line
		if k2, ke2 := d.tokRange(a.Cue[n-1]); k2 >= ke && ke2 > k2 && !strings.Contains(d.text[cue.Start:d.toks[ke2-1].e], "\n") {
			cue.End = d.toks[ke2-1].e
		}
	}
	return &attr{m: m, cue: cue, cueTok: k, statement: d.mentionsStatement(k, len(d.toks))}
}

// clauseCut returns the end of the tagged source toks[s:e] cut before a
// conjunction that opens a clause: the tagger ran "said Mayor Odile Quint
// as she unveiled a plan" into the clause after the name.
func (d *doc) clauseCut(s, e int) int {
	if d.lx != englishWords {
		return e
	}
	for k := s + 1; k < e; k++ {
		l := d.toks[k].low
		if l == "as" && (k+1 >= e || d.lx.pronouns[d.toks[k+1].low] == 0) {
			continue // "as she unveiled"; not "identified herself as Gray's cousin"
		}
		if clauseOpeners[l] && !d.toks[k].cap { // not "Life After Hate"
			for k > s && !d.toks[k-1].word {
				k--
			}
			return k
		}
	}
	return e
}

// clauseOpeners are the conjunctions that open a clause after a name.
var clauseOpeners = set("as", "while", "when", "because", "although", "though", "whereas", "unless", "until", "once", "after", "before", "if", "since")

// sourcePreps, before a tagged source, make it a preposition's object;
// they are not also conjunctions ("after the minister announced …" has
// a subject after it).
var sourcePreps = set("of", "in", "at", "with", "on", "by", "from", "into", "over", "during", "about", "for", "to")

// functionWordsOnly reports whether toks[s:e] holds no word but
// determiners and numbers.
func (d *doc) functionWordsOnly(s, e int) bool {
	for k := s; k < e; k++ {
		if t := d.toks[k]; t.word && !determiners[t.low] && (!isNumber(t.text) || ageNoun(t.low)) && !numberWords[t.low] {
			return false
		}
	}
	return true
}

// subjectOf finds, as the rules find it, the speaker of the cue at k
// that the tagger left without one: the noun phrase before it in its
// sentence. An empty range when there is none.
func (d *doc) subjectOf(k int) (s, e int) {
	if s, e, ok := d.subject(k, d.sentenceFrom(k)); ok {
		return s, e
	}
	return 0, 0
}

// firstPerson are the pronouns by which the outlet or its reader speaks.
var firstPerson = set("i", "we", "us", "me", "you")

// addresseeStems begin the verbs, besides tellVerbs, that take an
// addressee.
var addresseeStems = []string{"promis", "pledg", "vow", "threat", "convinc", "persuad", "notif", "advis", "reassur", "remind", "show", "teach", "taught", "complain", "warn", "assur", "caution", "brief", "alert"}

// takenAttr is where a tagged attribution taken stands: its statements'
// spans, its speaker's and its cue's, with the speaker and cue read.
type takenAttr struct {
	content     []parallax.Span
	source, cue parallax.Span
	at          *attr
}

// takenOf returns where the statements cs of one tagged attribution
// stand.
func takenOf(cs []cand) takenAttr {
	t := takenAttr{at: cs[0].a, cue: cs[0].a.cue}
	if cs[0].a.m.text != "" {
		t.source = cs[0].a.m.span
	}
	for _, c := range cs {
		t.content = append(t.content, c.q.Span)
	}
	return t
}

// merge decides the fate of a statement the rules found among the tagged
// ones taken: none where it stands on one of theirs (its content overlaps
// their statements or speaker, its speaker their statements); theirs
// where it shares their cue but says something they missed (the second
// part of a quotation broken by its cue); its own otherwise.
func merge(c cand, taken []takenAttr) (cand, bool) {
	var shared *attr
	for _, t := range taken {
		if overlapsAny(c.q.Span, t.content) || spansOverlap(c.q.Span, t.source) {
			return c, false
		}
		if c.a != nil && overlapsAny(c.a.m.span, t.content) {
			return c, false
		}
		if c.a != nil && spansOverlap(c.a.cue, t.cue) {
			shared = t.at
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

// overlapsAny reports whether sp overlaps one of spans.
func overlapsAny(sp parallax.Span, spans []parallax.Span) bool {
	return slices.ContainsFunc(spans, func(s parallax.Span) bool { return spansOverlap(sp, s) })
}

// spansOverlap reports whether two spans share a byte.
func spansOverlap(a, b parallax.Span) bool { return a.Start < b.End && b.Start < a.End }
