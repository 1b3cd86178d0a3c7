package quote

// The shape of a tagged statement: where a tagged content segment
// starts and ends as a statement, and what it must look like to be one.
// The tagger's boundaries come from local features; these checks read the
// words around them as the rules do.

import (
	"strings"
	"unicode"

	parallax "github.com/parallax-news/parallax"
)

// prepBefore reports whether the word just before a statement starting
// at off, after its cue (ending at cueEnd), is a preposition: the
// statement is then its object, not a clause.
func (d *doc) prepBefore(off, cueEnd int) bool {
	k := d.tokAt(off)
	return k > 0 && d.toks[k-1].s >= cueEnd && clausePreps[d.toks[k-1].low]
}

// cutAtStart reports whether a statement standing before its cue
// starts after a word of its own clause ("For [the first time …]",
// "who [had taken over …]", "is under [serious consideration …]"): such
// a statement opens its sentence, or follows a comma or a conjunction.
func (d *doc) cutAtStart(sp parallax.Span) bool {
	k := d.tokAt(sp.Start)
	return k > 0 && !d.sentenceStart(k) && d.toks[k-1].word && !openers[d.toks[k-1].low]
}

// fromSentenceStart extends q back to its sentence's start, false when
// the words before it, or its own "that", report or introduce it
// ("Expressing certainty that [X], he said"; "a quote [that will be
// lost], he said").
func (d *doc) fromSentenceStart(q parallax.Quote) (parallax.Quote, bool) {
	k := d.tokAt(q.Span.Start)
	s := k
	for s > 0 && d.para[s-1] == d.para[k] && d.sentOf(d.toks[s-1].s) == d.sentOf(q.Span.Start) {
		s--
	}
	s = d.skipDateline(s, k)
	for j := s; j <= k; j++ {
		if d.toks[j].low == "that" || d.cueClass(j) != 0 || d.toks[j].quote != 0 {
			return q, false
		}
	}
	if clausePreps[d.toks[k-1].low] && !d.clauseAfterComma(k, d.tokAt(q.Span.End)) {
		return q, false // "By [the time police arrived], Owen said, …": a phrase, no clause after it
	}
	q.Span.Start = d.toks[s].s
	q.Text = d.text[q.Span.Start:q.Span.End]
	return q, true
}

// clauseAfterComma reports whether toks[k:e] hold a comma followed by a
// word: "[the first time in its history], its elections will …".
func (d *doc) clauseAfterComma(k, e int) bool {
	for j := k; j+1 < e; j++ {
		if d.toks[j].text == "," && d.toks[j+1].word {
			return true
		}
	}
	return false
}

// openers may stand before a statement that precedes its cue: "But the
// goal was …, Owen said".
var openers = set("and", "but", "so", "yet")

// nameBefore gives back to a reported statement the name that opens it
// when the tagger left it out before an appositive: in "said Orozco, a
// known gang member, was suspected" and "Orozco, 27, a known gang
// member, was suspected …, Peavy said" the statement starts at
// "Orozco", not at "a known gang member".
func (d *doc) nameBefore(q parallax.Quote, cueEnd int) parallax.Quote {
	k := d.tokAt(q.Span.Start)
	if k < 2 || d.toks[k-1].text != "," {
		return q
	}
	if q.Span.End <= cueEnd {
		// a statement before its cue: "Orozco, 27, a known gang member,
		// was suspected …, Peavy said" — back over the name and its
		// appositives to the sentence's start
		s := k - 1
		for s > 0 && k-s <= 8 && !d.sentenceEnd(s-1) && d.para[s-1] == d.para[k] {
			if t := d.toks[s-1]; t.word && !t.cap && !isNumber(t.text) {
				return q
			}
			s--
		}
		if s == k-1 || !d.sentenceStart(s) || !d.toks[s].cap {
			return q
		}
		q.Span.Start = d.toks[s].s
		q.Text = d.text[q.Span.Start:q.Span.End]
		return q
	}
	s := k - 1
	for s > 0 && d.toks[s-1].cap && d.toks[s-1].word && d.toks[s-1].s >= cueEnd && k-s <= 4 {
		s--
	}
	if s == k-1 || strings.TrimSpace(d.text[cueEnd:d.toks[s].s]) != "" {
		return q
	}
	q.Span.Start = d.toks[s].s
	q.Text = d.text[q.Span.Start:q.Span.End]
	return q
}

// titleCase reports whether a quotation reads as the title of a work or
// a name: two words or more of over three letters, all capitalised ("The
// Notorious Bettie Page"; not "We did it").
func titleCase(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		r := []rune(strings.Trim(w, ".,;:!?"))
		if len(r) <= 3 {
			continue
		}
		if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
		n++
	}
	return n >= 2
}

// nextTo reports whether a reported statement stands next to its cue and
// speaker, as reported speech does: after the cue with at most six words
// between besides "that" ("said in a statement on Monday that …"),
// or before the speaker and cue with only punctuation between ("…, X
// said").
func (d *doc) nextTo(sp parallax.Span, at *attr) bool {
	lo, hi := at.cue.Start, at.cue.End
	if at.m.text != "" && at.m.span.End > at.m.span.Start {
		lo, hi = min(lo, at.m.span.Start), max(hi, at.m.span.End)
	}
	if sp.Start >= hi {
		// words between the cue (or a speaker after it) and the statement
		n := 0
		for k := d.tokAt(hi); k < len(d.toks) && d.toks[k].s < sp.Start; k++ {
			if d.toks[k].word && d.toks[k].low != "that" {
				n++
			}
		}
		return n <= 6
	}
	if sp.End <= lo {
		for k := d.tokAt(sp.End); k < len(d.toks) && d.toks[k].s < lo; k++ {
			if d.toks[k].word {
				return false
			}
		}
		return true
	}
	return false
}

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
// edge punctuation). after is the cue's reporting word when the segment
// follows its cue, -1 when it stands before it.
func (d *doc) taggedQuote(seg parallax.Span, after int) (parallax.Quote, bool) {
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
	for e < len(d.toks) && d.toks[e].s == d.toks[e-1].e && unitMarks[d.toks[e].text] {
		e++ // "Turnout was 31%": the sign is the number's
	}
	for _, p := range d.parts {
		if p.close < 0 || p.cs >= p.ce {
			continue
		}
		if d.toks[s].s <= p.open && p.close < d.toks[e-1].e && d.outsideWords(s, e, p) == 0 {
			sp := parallax.Span{Start: p.cs, End: p.ce}
			if len(strings.Fields(d.text[sp.Start:sp.End])) < 2 && !d.uttered(p, after) {
				return parallax.Quote{}, false // a word in quote marks is a term
			}
			return parallax.Quote{Text: d.text[sp.Start:sp.End], Kind: parallax.Direct, Span: sp}, true
		}
	}
	if after >= 0 {
		if t := d.addresseeThat(s, e, !takesAddressee(d.toks[after].low)); t > s {
			s = t // "complained to the ministry that …": the addressee is not said
		}
		if t := d.timeAdjunct(s, e); t > s {
			s = t // "admitted on Saturday what …": when, not what
		}
		if d.toks[s].low == "that" && e-s > 1 {
			s++
		}
	} else if d.toks[s].low == "that" && e-s > 1 && !d.sentenceStart(s) {
		s++ // "… boasted that he would win, the judge added"; not "That building is …"
	}
	// `told a rally that "…", thousands answered`: a quotation that
	// opens the statement and closes before a comma ends it
	if d.toks[s].quote == 'o' {
		for k := s + 1; k+1 < e; k++ {
			if d.toks[k].quote == 'c' && d.toks[k+1].text == "," {
				e = k + 1
				break
			}
		}
	}
	for s < e && !d.toks[s].word && d.toks[s].quote == 0 {
		s++
	}
	if s >= e {
		return parallax.Quote{}, false
	}
	if (d.toks[s].low == "and" || d.toks[s].low == "but") && words(d.toks[s+1:e]) >= 3 {
		s++ // "… and the 23 suspects surrendered": the second of two statements
	}
	if fragmentStarts[d.toks[s].low] || d.cutsToken(seg) {
		return parallax.Quote{}, false // "then run malicious code", "53 p.m.": a piece of a statement
	}
	if finiteVerbs[d.toks[s].low] && (after < 0 || d.toks[s-1].text != ",") {
		// "what officials said were the bulk of …", "Customers, including
		// retailers, [have had …], the company said": the subject is cut
		// off; in "The park, she said, is full" it stands before the cue
		return parallax.Quote{}, false
	}
	if d.commaAdjunct(s, e, after >= 0) {
		return parallax.Quote{}, false // "the site reports, [barely making the deadline]": an adjunct, no clause
	}
	if words(d.toks[s:e]) < 3 || !d.clauseEdges(s, e) {
		return parallax.Quote{}, false // "which", "the figure", "the WBO was": no statement
	}
	sp := parallax.Span{Start: d.toks[s].s, End: d.toks[e-1].e}
	return parallax.Quote{Text: d.text[sp.Start:sp.End], Kind: parallax.Indirect, Span: sp}, true
}

// unitMarks follow a number with no space: "31%", "40°".
var unitMarks = set("%", "°", "‰")

// uttered reports whether the quotation p follows its cue at after and a
// comma or colon, as a reply does: `Priebus said, "Probably."` is a
// statement of one word, `called it "unworkable"` a term.
func (d *doc) uttered(p part, after int) bool {
	k := d.tokAt(p.open)
	return after >= 0 && k == after+2 && (d.toks[k-1].text == "," || d.toks[k-1].text == ":")
}

// clauseEdges reports whether toks[s:e] starts and ends as a reported
// statement does: not with a relative pronoun or a preposition ("which
// credits …", "about her calling"), not cut after a function word ("the
// WBO was", "a list of"), and not a name alone ("DA spokesman Gregg
// Miliote"), which the tagger's content boundaries sometimes give.
func (d *doc) clauseEdges(s, e int) bool {
	first, last := d.toks[s].low, d.toks[e-1]
	if d.lx.relatives[first] || clausePreps[first] && !((first == "about" || first == "over") && d.countAt(s+1)) {
		return false // ("about 350 mechanics would leave" is a count; "after a prosecutor objected" is not)
	}
	if last.word && (determiners[last.low] || clausePreps[last.low] || boundaries[last.low] && last.low != "it") {
		return false
	}
	for k := s; k < e; k++ {
		if t := d.toks[k]; t.word && !t.cap && !isNumber(t.text) {
			return true
		}
	}
	return false
}

// commaAdjunct reports whether toks[s:e], set off from their cue by a
// comma (after it when the statement follows the cue), are a phrase
// without a verb or a quotation: the tagger's content then is an
// adjunct of the sentence ("Fighting accusations of …, the chancellor
// said"; "the site reports, barely making the deadline"), not what was
// said. A verb's object ("acknowledged the reality of climate change")
// follows it with no comma.
func (d *doc) commaAdjunct(s, e int, after bool) bool {
	set := after && s > 0 && d.toks[s-1].text == "," || !after && e < len(d.toks) && d.toks[e].text == ","
	if !set || words(d.toks[s:e]) > 10 || d.hasVerb(s, e) {
		return false
	}
	for k := s; k < e; k++ {
		if d.toks[k].quote != 0 {
			return false
		}
	}
	return true
}

// hasVerb reports whether toks[s:e] hold a word that reads as a finite
// verb: an auxiliary or modal, a past form in -ed, a negation in n't, or
// the word after a subject pronoun ("he expects", "they come").
func (d *doc) hasVerb(s, e int) bool {
	for k := s; k < e; k++ {
		l := d.toks[k].low
		if finiteVerbs[l] || modals[l] || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "n't") || strings.HasSuffix(l, "n’t") {
			return true
		}
		if k > s && subjectPronouns[d.toks[k-1].low] && d.toks[k].word || contractedVerb(l) {
			return true
		}
	}
	return false
}

// contractedVerb reports whether w is a subject pronoun with its verb
// contracted: "he's", "they’re", "I'd".
func contractedVerb(w string) bool {
	i := strings.IndexAny(w, "'’")
	return i > 0 && subjectPronouns[w[:i]] && i < len(w)-1
}

// subjectPronouns are followed by their verb.
var subjectPronouns = set("i", "you", "he", "she", "it", "we", "they", "who")

// finiteVerbs are the auxiliaries and modals that a reported clause
// does not open in English: its subject comes first.
var finiteVerbs = set("is", "are", "was", "were", "has", "have", "had", "will", "would",
	"can", "could", "should", "may", "might", "must", "shall", "does", "did")

// topicPreps end a cue whose object is a topic ("complained about").
var topicPreps = set("about", "for", "of", "with", "on", "to", "in", "over", "at")

// fragmentStarts open the second half of a clause, not a statement.
var fragmentStarts = set("then", "so", "while", "because", "when", "although", "though", "if", "until", "unless", "whereas", "or", "nor", "yet", "also", "too", "even")

// cutsToken reports whether sp starts or ends inside a word or a number
// of the text ("6:53 p.m." cut after its colon, "$6.5 million" before
// its point).
func (d *doc) cutsToken(sp parallax.Span) bool {
	t := d.text
	inWord := func(i int) bool { return i >= 0 && i < len(t) && (isAlnum(t[i]) || t[i] >= 0x80) }
	joins := func(i int) bool { return i >= 0 && i < len(t) && (t[i] == '.' || t[i] == ':' || t[i] == ',') }
	if inWord(sp.Start-1) && inWord(sp.Start) || joins(sp.Start-1) && inWord(sp.Start-2) && isDigit(t, sp.Start) {
		return true
	}
	return inWord(sp.End-1) && inWord(sp.End) || joins(sp.End) && isDigit(t, sp.End+1) && isDigit(t, sp.End-1)
}

func isAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

func isDigit(t string, i int) bool { return i >= 0 && i < len(t) && t[i] >= '0' && t[i] <= '9' }

// countAt reports whether token k is a number, written in digits or
// letters.
func (d *doc) countAt(k int) bool {
	return k < len(d.toks) && (isNumber(d.toks[k].text) || numberWords[d.toks[k].low])
}

// clausePreps are prepositions, which open a phrase, not a clause, and do
// not end one.
var clausePreps = set("of", "in", "at", "for", "with", "instead", "about", "on", "by", "from", "into", "over", "during", "than", "to", "as", "after", "before", "since")

// addresseeThat returns the "that" after a short addressee opening the
// content toks[s:e] ("the ministry that …", "reporters that …", "him
// that …"), or s when there is none; after a verb that takes no
// addressee (none) only a time word ("said today that …") or the rest
// of a cue phrase the tagger cut ("[said in the] Rose Garden
// announcement that …").
func (d *doc) addresseeThat(s, e int, none bool) int {
	first := d.toks[s]
	if none && !determiners[first.low] && !addressees[first.low] && !first.cap && !timeWords[first.low] {
		return s // after a verb that takes one, any short addressee: "warned deputies that"
	}
	for k := s + 1; k < e && k <= s+4; k++ {
		switch t := d.toks[k]; {
		case t.low == "that":
			if none && !timeWords[first.low] && !documentHeads[d.toks[k-1].low] {
				return s // "said the idea that … is wrong" keeps its subject; "said in a … announcement that" does not
			}
			if k+1 < e && (auxiliaries[d.toks[k+1].low] || modals[d.toks[k+1].low]) {
				return s // "a new resolution that would revoke …": a relative clause
			}
			return k
		case !t.word || d.cueClass(k) != 0:
			return s // "the Mexican government understands that …": a clause
		}
	}
	return s
}

// takesAddressee reports whether a reporting verb takes an addressee
// before its "that" ("told reporters that", "assured investors that");
// "said the idea that …" and "denied the claim that …" have none.
func takesAddressee(verb string) bool {
	if tellVerbs[verb] {
		return true
	}
	for _, v := range addresseeStems {
		if strings.HasPrefix(verb, v) {
			return true
		}
	}
	return false
}

// timeWords may stand between a cue and its "that": "is reporting today
// that …".
var timeWords = set("today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// timeAdjunct returns the end of a time adjunct opening the content
// toks[s:e] right after its cue ("on Saturday", "yesterday"), when words
// follow it; s when there is none.
func (d *doc) timeAdjunct(s, e int) int {
	k := s
	if k < e && (d.toks[k].low == "on" || d.toks[k].low == "late" || d.toks[k].low == "early") {
		k++
	}
	if k >= e || !timeWords[d.toks[k].low] || words(d.toks[k+1:e]) < 3 {
		return s
	}
	if n := d.toks[k+1]; k == s && !(determiners[n.low] || pronouns[n.low] != 0 || n.low == "that" || n.low == "what" || n.cap) {
		return s // "said today marks the start …": the time word is the subject
	}
	return k + 1
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
