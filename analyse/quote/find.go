package quote

import (
	"sort"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// doc is one article's text prepared for the finders: its tokens with
// their paragraphs, which of them lie inside quote marks, and the quoted
// parts.
type doc struct {
	text       string
	toks       []token
	para       []int  // paragraph index of each token
	inq        []bool // token inside a quotation's content
	parts      []part
	paraStarts []int
	sents      []parallax.Span
	ents       []parallax.Entity
	used       []bool // cue tokens already taken by an attribution
	attrAt     map[int]*attr
	lx         *lexicon // the words of the text's language
}

// attr is an attribution found for a statement: who (as written) and the
// cue.
type attr struct {
	m      mention
	cue    parallax.Span
	cueTok int
	// statement is set when the cue says the speaker spoke through a
	// document ("said in a statement"), so "the statement" can find it.
	statement bool
}

// cand is a statement found, before its speaker is resolved.
type cand struct {
	q parallax.Quote
	a *attr // nil: no speaker found
}

// Find returns the attributions of an article's text, in order of offsets.
// sentences are byte spans of text's sentences (analyse/sentence.Split);
// entities are the article's named entities (may be nil) with byte spans.
//
// A direct quotation broken by its attribution ("…," he said, "…") or
// running over paragraphs is returned as consecutive Quotes, one per part
// between quote marks, sharing speaker and cue, so that every Text is
// text[Span.Start:Span.End] without quote marks. A reported statement that
// contains quoted words is returned as one indirect Quote (its Text keeps
// the marks) when it says more than the quoted words, and as the direct
// part alone otherwise. Short quoted terms (one or two words) that no
// reporting verb governs, and titles of works, are not statements.
func Find(text string, sentences []parallax.Span, entities []parallax.Entity) []parallax.Quote {
	return FindLang(text, sentences, entities, "")
}

// FindLang is Find for a text in the language lang (an ISO 639-1 code, as
// in Article.Language). French ("fr"), Spanish ("es"), Italian ("it"),
// Portuguese ("pt"), German ("de") and Dutch ("nl")
// are read with their own reporting verbs, articles, titles and pronouns
// («…», a déclaré la ministre de la Défense Ana Varela / dijo él /
// „…“, sagte Verteidigungsministerin Anna Zeller); any other code, and "",
// reads the text as English, as Find does.
func FindLang(text string, sentences []parallax.Span, entities []parallax.Entity, lang string) []parallax.Quote {
	if len(text) == 0 {
		return nil
	}
	d := newDoc(text, sentences, entities, lexiconFor(lang))
	return d.resolve(byOffset(append(d.direct(), d.indirect()...)))
}

// newDoc tokenises text once and marks paragraphs and quoted tokens.
func newDoc(text string, sentences []parallax.Span, entities []parallax.Entity, lx *lexicon) *doc {
	d := &doc{text: text, sents: sentences, ents: entities, attrAt: map[int]*attr{}, lx: lx}
	var marks map[int]byte
	d.parts, marks = pairMarks(text)
	d.toks = tokenize(text, 0, len(text), marks, make([]token, 0, len(text)/5))
	switch lx {
	case french:
		d.toks = splitFrench(text, d.toks)
	case italian:
		d.toks = splitElided(text, d.toks, italianLeadElisions, false)
	}
	d.paraStarts = []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			j := i
			for j < len(text) && (text[j] == '\n' || text[j] == '\r' || text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if j < len(text) {
				d.paraStarts = append(d.paraStarts, j)
			}
			i = j - 1
		}
	}
	d.para = make([]int, len(d.toks))
	d.inq = make([]bool, len(d.toks))
	d.used = make([]bool, len(d.toks))
	p := 0
	for i, t := range d.toks {
		for p+1 < len(d.paraStarts) && d.paraStarts[p+1] <= t.s {
			p++
		}
		d.para[i] = p
	}
	for i := range d.parts {
		pt := &d.parts[i]
		pt.para = d.paraOf(pt.open)
		end := pt.close
		if end < 0 {
			end = pt.ce
		}
		for k := d.tokAt(pt.openEnd); k < len(d.toks) && d.toks[k].s < end; k++ {
			d.inq[k] = true
		}
	}
	return d
}

// paraOf returns the index of the paragraph holding offset off.
func (d *doc) paraOf(off int) int {
	return sort.SearchInts(d.paraStarts, off+1) - 1
}

// tokAt returns the index of the first token that starts at or after off.
func (d *doc) tokAt(off int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].s >= off })
}

// sentenceEnd reports whether token k ends a sentence outside quotes.
func (d *doc) sentenceEnd(k int) bool {
	t := d.toks[k]
	return !d.inq[k] && t.quote == 0 && (t.text == "." || t.text == "!" || t.text == "?" || t.text == ";")
}

// cueClass returns the class of token k as a reporting verb, 0 if none.
func (d *doc) cueClass(k int) int {
	t := d.toks[k]
	if !t.word || t.cap && k > 0 && !d.sentenceStart(k) {
		return 0
	}
	if d.lx != englishWords {
		return d.langCueClass(k)
	}
	if isParticiple(t.low) && k > 0 {
		// "…, adding that", "is demanding", "a letter … informing them
		// that": not "a motion demanding"
		if p := d.toks[k-1].low; p != "," && p != "is" && p != "was" && p != "are" && p != "were" && p != "been" && p != "be" && d.documentBefore(k) < 0 {
			return 0
		}
	}
	if t.low == "accused" && k+1 < len(d.toks) && d.toks[k+1].low == "of" {
		return 0 // "the woman accused of killing": a participle, no speech
	}
	if d.nounForm(k) {
		return 0 // "Beijing's demands", "anti-government protests", "claims of"
	}
	if d.particle(k) != "" {
		return cueSpeech // "pointed out", "called for", "called on"
	}
	if d.passive(k) {
		return 0 // "the 30 days demanded by deputies", "the result was announced"
	}
	if (t.low == "read" || t.low == "reads") && k > 0 && documentHeads[base(d.toks[k-1].low)] {
		return cueSpeech // "the statement read", "X's letter reads"
	}
	return cues[t.low]
}

// sentenceFrom returns the first token of the sentence of token k, outside
// quotes, not further back than maxReach tokens nor out of k's paragraph.
func (d *doc) sentenceFrom(k int) int {
	lo := k
	for lo-1 >= 0 && lo > k-maxReach && d.para[lo-1] == d.para[k] && !d.sentenceEnd(lo-1) {
		lo--
	}
	return lo
}

// sentenceStart reports whether token k opens a sentence or paragraph.
func (d *doc) sentenceStart(k int) bool {
	if k == 0 || d.para[k-1] != d.para[k] {
		return true
	}
	p := d.toks[k-1]
	return p.text == "." || p.text == "!" || p.text == "?" || p.quote != 0
}

// negated reports whether the cue at k is negated or refused: "did not
// say", "declined to comment".
func (d *doc) negated(k, lo int) bool {
	if d.lx != englishWords {
		return d.langNegated(k, lo)
	}
	for j := k - 1; j >= lo && j >= k-3; j-- {
		l := d.toks[j].low
		if negators[l] {
			return true
		}
		if !auxiliaries[l] && l != "to" && l != "did" && l != "does" && l != "do" {
			break
		}
	}
	return false
}

// subject finds the speaker phrase of the cue at k: to its left, past
// auxiliaries ("has also said"), not before lo. It returns the start and
// end token of the phrase.
func (d *doc) subject(k, lo int) (int, int, bool) {
	j := k
	for j-1 >= lo {
		l := d.toks[j-1].low
		if !d.skipsToCue(l, k) {
			break
		}
		j--
	}
	if j-1 >= lo && j == k && objectGender[d.toks[j-1].low] != 0 && d.lx == englishWords {
		return j - 1, j, true // "heard him say …": he speaks
	}
	s, e, ok := d.leftNP(j, lo)
	if !ok {
		return d.subjectBeforeWho(j, lo) // "A fire official who was not authorized to speak said"
	}
	for e > s && (d.toks[e-1].text == "," || d.toks[e-1].low == "who" || d.toks[e-1].low == "which") {
		e--
	}
	s = d.jointSubject(s, lo)
	if s > lo && d.toks[s-1].low == "what" {
		return 0, 0, false // "you know what they say": no one in particular
	}
	if d.lx == englishWords && j == k && d.pluralCount(s, e) && strings.HasSuffix(d.toks[k].low, "s") && !strings.HasSuffix(d.toks[k].low, "ss") {
		return 0, 0, false // "the two lengthy investigative reports": a noun, not "reports" agreeing with them
	}
	return s, e, e > s
}

// subjectBeforeWho returns the noun phrase that opens the sentence and
// a relative clause running, without commas, up to the cue at j: "A fire
// official who was not authorized to speak publicly said". False when
// there is none.
func (d *doc) subjectBeforeWho(j, lo int) (int, int, bool) {
	if d.lx != englishWords {
		return 0, 0, false
	}
	if l := d.toks[j].low; strings.HasSuffix(l, "s") && l != "says" && j > 0 && d.toks[j-1].word && !d.lx.isAdverb(d.toks[j-1].low) {
		return 0, 0, false // "who filed domestic violence reports": a noun in the clause, no cue
	}
	for w := j - 1; w > lo && j-w <= 12; w-- {
		switch {
		case d.isStop(w) || d.toks[w].text == ",":
			return 0, 0, false
		case d.toks[w].low == "who" && d.toks[w-1].word:
			s, e, ok := d.simpleLeft(w, lo)
			if ok && (d.sentenceStart(s) || d.afterOpener(s)) {
				return s, e, true
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// pluralCount reports whether the phrase toks[s:e] counts more than one
// ("the two", "three of them"), a subject whose verb has no -s.
func (d *doc) pluralCount(s, e int) bool {
	for k := s; k < e && k <= s+1; k++ {
		l := d.toks[k].low
		more := numberWords[l] && l != "one" && l != "a" && l != "an" && l != "another"
		if more || l == "several" || l == "many" || l == "both" {
			return true
		}
	}
	return false
}

// cueSpan returns the cue written at k: the verb, with the addressee of
// a telling verb ("told reporters", "told the Gazette").
func (d *doc) cueSpan(k, hi int) (parallax.Span, int) {
	if d.lx != englishWords {
		return d.langCueSpan(k, hi)
	}
	end := k + 1
	if d.particle(k) != "" && k+1 < hi {
		end = k + 2
	}
	if tellVerbs[d.toks[k].low] {
		subject := false
		for j := k + 1; j < hi && j <= k+4; j++ {
			t := d.toks[j]
			if !t.word || t.low == "that" || boundaries[t.low] || t.low == "at" || t.low == "in" || t.low == "after" || t.low == "during" || t.low == "on" || cues[t.low] != 0 {
				break
			}
			if j > k+1 && (pronouns[t.low] != 0 || contractedVerb(t.low)) {
				subject = true // "told the Post he’s", "told her he": the statement's subject
				break
			}
			if determiners[t.low] && j > k+1 {
				break
			}
			end = j + 1
		}
		if end > k+1 && determiners[d.toks[end-1].low] && !subject {
			end-- // "told his audience" has no "his" alone, "told her he" has
		}
	}
	return parallax.Span{Start: d.toks[k].s, End: d.toks[end-1].e}, end
}

// mentionsStatement reports whether a document noun follows the cue at k
// closely: "said in a statement".
func (d *doc) mentionsStatement(k, hi int) bool {
	for j := k + 1; j < hi && j <= k+5; j++ {
		if d.lx.documentHeads[d.toks[j].low] {
			return true
		}
		if !d.toks[j].word {
			break
		}
	}
	return d.opensWithDocument(k)
}

// opensWithDocument reports whether the sentence of the cue at k opens
// with the document it is said in: "In a memo to council members, City
// Manager Philip Osterhout said …" — "the memo said" is then his.
func (d *doc) opensWithDocument(k int) bool {
	if d.lx != englishWords {
		return false
	}
	s := k
	for s > 0 && !d.sentenceStart(s) {
		s--
	}
	// "In a memo", "In her resignation letter": the writer's own
	// document, the sentence's first cue its writer's
	if s+2 >= k || d.toks[s].low != "in" || !d.lx.determiners[d.toks[s+1].low] && possessiveGender[d.toks[s+1].low] == 0 {
		return false
	}
	doc := false
	for j := s + 2; j < k && j <= s+4; j++ {
		doc = doc || d.lx.documentHeads[d.toks[j].low]
	}
	for j := s + 1; j < k; j++ {
		if d.cueClass(j) != 0 {
			return false
		}
	}
	return doc
}

// makeAttr builds the attribution of the cue at k with the speaker phrase
// toks[s:e].
// markUsed keeps the indirect finder from reading the cue again.
func (d *doc) makeAttr(k, s, e, hi int, markUsed bool) *attr {
	sp, _ := d.cueSpan(k, hi)
	a := &attr{m: d.readMention(s, e), cue: sp, cueTok: k, statement: d.mentionsStatement(k, hi)}
	if a.m.kind == kPronoun && d.pluralVerb(k) {
		a.m.gender = 'p' // "sagten sie": "sie" is they, not she
	}
	if w := d.relativeBefore(k); w >= e {
		// "leaders who say …": the speaker is written "who" and
		// resolved to the phrase it stands for
		a.m.span = parallax.Span{Start: d.toks[w].s, End: d.toks[w].e}
		a.m.text = d.toks[w].text
	}
	if markUsed {
		d.used[k] = true
		d.attrAt[k] = a
	}
	return a
}

// nounForm reports whether an -s form at k reads as a plural noun: after a
// possessive or a determiner, or before "of", "for" or "from".
func (d *doc) nounForm(k int) bool {
	w := d.toks[k].low
	if len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || w == "says" || w == "speaks" {
		return false
	}
	if k > 0 {
		p := d.toks[k-1].low
		if strings.HasSuffix(p, "'s") || p == "the" || p == "a" || p == "his" || p == "her" || p == "their" || p == "its" || p == "our" || p == "these" || p == "those" || p == "such" || p == "new" || p == "many" {
			return true
		}
	}
	if k+1 < len(d.toks) {
		n := d.toks[k+1].low
		return n == "of" || n == "for" || n == "from"
	}
	return false
}

// documentBefore returns the index of a document noun ("letter",
// "statement") within four words before token k, -1 when none.
func (d *doc) documentBefore(k int) int {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if !d.toks[j].word {
			return -1
		}
		if documentHeads[d.toks[j].low] {
			return j
		}
	}
	return -1
}

// particles make a phrasal reporting verb of a verb that is none alone.
var particles = map[string]string{
	"point": "out", "points": "out", "pointed": "out", "pointing": "out",
	"call": "for", "calls": "for", "called": "for", "calling": "for",
}

// particle returns the particle that follows the verb at k to make a
// phrasal cue ("out" in "pointed out", "for" or "on" after "called"),
// "" when none.
func (d *doc) particle(k int) string {
	p, ok := particles[d.toks[k].low]
	if !ok || k+1 >= len(d.toks) {
		return ""
	}
	next := d.toks[k+1].low
	if next == p || p == "for" && next == "on" {
		return next
	}
	return ""
}

// passive reports whether the -ed cue at k is passive: followed by "by",
// or after a form of "be" ("was announced", "has been reported").
func (d *doc) passive(k int) bool {
	w := d.toks[k].low
	if !(len(w) > 3 && w[len(w)-2:] == "ed" || w == "told" || w == "said" || w == "written") {
		return false
	}
	if k+1 < len(d.toks) && d.toks[k+1].low == "by" {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch d.toks[j].low {
		case "was", "were", "been", "being", "is", "are", "be":
			return true
		}
		if !auxiliaries[d.toks[j].low] && !isAdverb(d.toks[j].low) {
			return false
		}
	}
	return false
}

// relativeBefore returns the index of a restrictive relative pronoun
// ("voters who say", no comma before it) just before the cue at k, past
// auxiliaries and adverbs; -1 when none.
func (d *doc) relativeBefore(k int) int {
	j := k - 1
	for j >= 0 && (auxiliaries[d.toks[j].low] || isAdverb(d.toks[j].low)) {
		j--
	}
	if j > 0 && (d.toks[j].low == "who" || d.toks[j].low == "which") && d.toks[j-1].text != "," {
		return j // restrictive only: "Castor, who had asked" keeps Castor
	}
	return -1
}

// skipsToCue reports whether the word l may stand between a speaker and
// the cue at k: an auxiliary or an adverb ("has also said", "a
// également déclaré"), not a negation.
func (d *doc) skipsToCue(l string, k int) bool {
	if d.lx == englishWords {
		return (auxiliaries[l] || isAdverb(l) || frenchAux[l] && isFrench(d.toks[k].low)) && !negators[l]
	}
	return (d.lx.aux[l] || d.lx.adverbs[l] || d.lx.objectPronouns[l]) && !d.lx.negators[l]
}

// objectPronounAt reports whether the article-like word at j is an
// object pronoun before a verb ("Ana Varela le répète", "Elle la
// défend", "Le ministère l'a indiqué"): a subject stands just before it
// — a pronoun, a name, or a speaker's noun — not a preposition, a verb
// or a sentence start ("l'annonce", "a suivi l'annonce", "sur la
// menace").
func (d *doc) objectPronounAt(j int) bool {
	if !d.lx.objectPronouns[d.toks[j].low] || d.sentenceStart(j) {
		return false
	}
	p := d.toks[j-1]
	if _, ok := d.lx.pronouns[p.low]; ok {
		return true
	}
	if !p.word || d.lx.stopCaps[p.low] || d.lx.determiners[p.low] {
		return false
	}
	return p.cap || d.lx.isRoleHead(p.low) || d.lx.isOrgHead(p.low) || d.lx.documentHeads[p.low] || d.lx.speakerNouns[p.low]
}

// langCueClass is cueClass for a language other than English: a word
// after an article is a noun ("l'annonce", "la declaración"); a
// participle reports only after an auxiliary ("a déclaré", not "le
// départ, annoncé en octobre"); a passive reports no speaker.
func (d *doc) langCueClass(k int) int {
	t := d.toks[k]
	cl := d.lx.cues[t.low]
	if d.particleAt(k, d.lx.unsaid) > k {
		return 0 // "sagte das Treffen ab", "zei zijn baan op"
	}
	if p := d.separableAt(k); cl == 0 && p > k {
		// "teilte mit, dass …", "kondigde aan dat …" report; "„…“, teilte
		// die Stadt mit" frames a quotation, "kondigde maatregelen aan"
		// neither
		cl = cuePartial
		if n := p + 1; n < len(d.toks) && (d.toks[n].text == "," || d.toks[n].text == ":" || d.lx.that[d.toks[n].low]) {
			cl = cueSpeech
		}
	}
	if cl == 0 || k > 0 && d.lx.determiners[d.toks[k-1].low] && !d.objectPronounAt(k-1) {
		return 0
	}
	if k+1 < len(d.toks) && d.lx.agentPreps[d.toks[k+1].low] {
		return 0 // "annoncé par la ministre"
	}
	if !d.lx.participles[t.low] {
		return cl
	}
	for j := k - 1; j >= 0 && j >= k-4 && d.toks[j].word; j-- {
		l := d.toks[j].low
		switch {
		case d.lx.passiveAux[l]:
			return 0
		case d.lx.aux[l]:
			return cl
		}
	}
	if d.lx.verbSecond {
		return d.germanFinal(k, cl)
	}
	return 0
}

// separableAt returns the particle that closes the clause of the
// separable verb at k ("mit" in "teilte die Stadt mit,", "weten" in
// "liet de minister weten dat"), -1 when none.
func (d *doc) separableAt(k int) int {
	return d.particleAt(k, d.lx.separable)
}

// particleAt returns the particle of table that closes the clause of the
// verb at k, -1 when none.
func (d *doc) particleAt(k int, table map[string]map[string]bool) int {
	ps := table[d.toks[k].low]
	if ps == nil {
		return -1
	}
	for j := k + 1; j < len(d.toks) && j <= k+8 && d.toks[j].word && !d.inq[j]; j++ {
		if d.lx.that[d.toks[j].low] {
			return -1
		}
		if ps[d.toks[j].low] && (j+1 == len(d.toks) || !d.toks[j+1].word || d.lx.that[d.toks[j+1].low]) {
			return j
		}
	}
	return -1
}

// germanFinal reads a German or Dutch participle that closes its clause
// after an auxiliary further back: "Zeller hat am Montag gesagt, …", "de
// premier heeft maandag gezegd dat …".
func (d *doc) germanFinal(k, cl int) int {
	for j := k - 1; j >= 0 && j >= k-10 && !d.sentenceEnd(j) && d.toks[j].text != ","; j-- {
		if d.lx.passiveAux[d.toks[j].low] {
			return 0
		}
		if d.lx.aux[d.toks[j].low] {
			return cl
		}
	}
	return 0
}

// langNegated is negated for a language other than English: a negation
// among the few words before the cue, past auxiliaries, adverbs and
// pronouns ("n'a pas dit", "no dijo", "hat nicht gesagt").
func (d *doc) langNegated(k, lo int) bool {
	if d.lx.verbSecond {
		// "sagte nicht", "zei niet", "zei maandag niet": the negation
		// follows the verb, past a time or an adverb
		for j := k + 1; j < len(d.toks) && j <= k+3 && d.toks[j].word; j++ {
			l := d.toks[j].low
			if d.lx.negators[l] {
				return true
			}
			if !d.lx.adverbs[l] && !d.lx.timeWords[l] {
				break
			}
		}
	}
	for j := k - 1; j >= lo && j >= k-4; j-- {
		l := d.toks[j].low
		if d.lx.negators[l] {
			return true
		}
		if _, ok := d.lx.pronouns[l]; !ok && !d.lx.aux[l] && !d.lx.adverbs[l] {
			break
		}
	}
	return false
}

// langCueSpan is cueSpan for a language other than English: the verb,
// with the addressee that a preposition or a dative opens right after
// it ("a déclaré à la presse", "dijo a los periodistas", "sagte dem
// Sender").
func (d *doc) langCueSpan(k, hi int) (parallax.Span, int) {
	end := d.addresseeEnd(k, hi)
	if p := d.separableAt(k); p == k+1 && p < hi {
		end = p + 1 // "teilte mit", "kondigde aan"
	}
	return parallax.Span{Start: d.toks[k].s, End: d.toks[end-1].e}, end
}
