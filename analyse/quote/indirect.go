package quote

import (
	"github.com/parallax-news/parallax/internal/postag"
	"strings"
	"unicode"

	parallax "github.com/parallax-news/parallax"
)

// indirect finds reported speech sentence by sentence: "X said (that) …",
// "…, X said.", "…, said X.", "according to X, …", "X's statement read
// …". A statement that is only a quotation with a few words around it is
// left to the direct finder.
func (d *doc) indirect() []cand {
	var out []cand
	for _, sr := range d.sentenceTokens() {
		a, b := sr[0], sr[1]
		var last *attr // the latest attribution of the sentence, for "…, adding that"
		for k := a; k < b; k++ {
			if d.used[k] {
				if at := d.attrAt[k]; at != nil {
					last = at
				}
				continue
			}
			if d.inq[k] || !d.toks[k].word {
				continue
			}
			lo, hi := reach(k, a, b)
			if n := d.accordingAt(k, hi); n > 0 {
				if c, ok := d.according(k, n, lo, hi); ok {
					out = append(out, c)
					last = c.a
				}
				continue
			}
			cl := d.cueClass(k)
			if cl == cuePartial && isAsk(d.toks[k].low) && d.questionFollows(k, hi) {
				cl = cueSpeech // "asked why it had taken so long"
			}
			if cl == 0 || cl == cuePartial || d.lx == englishWords && isFrench(d.toks[k].low) || d.negated(k, lo) {
				continue
			}
			if cl == cueThat && !d.thatFollows(k, hi) {
				continue
			}
			if actionVerbs[d.toks[k].low] && !d.thatFollows(k, hi) && !d.introducesQuote(k+1, hi) {
				continue // "responded to the call", "continued to fight"
			}
			if d.objectOnly(k, hi) {
				continue // "added six rebounds", "is adding to his wins", "denied him"
			}
			c, ok := d.reported(k, lo, hi, last)
			if !ok || !c.a.m.canSpeak() && !d.listedSpeaker(c.a.m.head) {
				continue
			}
			d.used[k] = true
			last = c.a
			d.cutBefore(out, c.a, lo)
			if d.mostlyQuoted(c.q.Span) {
				continue
			}
			out = append(out, c)
		}
	}
	return out
}

// listedSpeaker reports whether a head noun is an institution or a
// speakers' noun of a language other than English, whose endings the
// English ones of canSpeak do not read: "de regering", "de stichting".
func (d *doc) listedSpeaker(head string) bool {
	return d.lx != englishWords && (d.lx.isOrgHead(head) || d.lx.orgWords[head] || d.lx.speakerNouns[head])
}

// maxReach bounds how far from its cue, in tokens either way, a
// reported statement and its speaker are read. News sentences stay well
// under it (the longest of PolNeAR's 34,000 are about 220 tokens), so it
// changes nothing there; text the sentence splitter cannot split (many
// kilobytes without a full stop) is read a window at a time instead of
// whole for every cue, which took time quadratic in its length.
const maxReach = 250

// reach returns the tokens of the sentence [a, b) read for the cue at k.
func reach(k, a, b int) (int, int) {
	return max(a, k-maxReach), min(b, k+maxReach)
}

// reported reads the attribution of the cue at k in the sentence of
// tokens [a, b): the speaker, and the statement after the cue or, for a
// trailing attribution, before it.
func (d *doc) reported(k, a, b int, last *attr) (cand, bool) {
	end := b
	for end > a && !d.toks[end-1].word && d.toks[end-1].quote == 0 {
		end-- // the full stop
	}
	at, cueEnd, stmtEnd := d.reporter(k, a, b, end, last)
	if at == nil {
		return cand{}, false
	}
	trailing := stmtEnd >= 0
	least := 4 // words of a statement before its attribution
	if d.endsSentence(cueEnd, end) {
		least = 3 // "Turnout was 31%, the returning officer announced."
	}
	var start int
	if trailing {
		start, end = d.skipDateline(a, stmtEnd), stmtEnd
	} else {
		start, end = d.forward(k, cueEnd, end)
	}
	for start < end && !d.toks[start].word && d.toks[start].quote == 0 {
		start++ // ", in such a configuration, …"
	}
	n := 0
	if start < end {
		n = words(d.toks[start:end])
	}
	if n < 3 || trailing && (n < least || n < 4 && isPrep(d.toks[start].low)) {
		return cand{}, false // three words are a statement, but not "In the end, she said."
	}
	if !trailing && d.adjunctAt(start) && n <= 5 && !d.thatFollows(start-1, end) {
		return cand{}, false // "said in a statement." states nothing
	}
	if !trailing && d.lx == englishWords && (d.toks[start].low == "about" || d.toks[start].low == "of") && !d.countAt(start+1) {
		return cand{}, false // "writes about her calling": a topic, not a statement ("about 350" is a count)
	}
	if !trailing && d.lx == englishWords && clauseTellers[d.toks[k].low] && !d.tellsStatement(start, end) {
		return cand{}, false // "told us her story over coffee": what was told, not a statement
	}
	sp := parallax.Span{Start: d.toks[start].s, End: d.toks[end-1].e}
	q := parallax.Quote{Text: d.text[sp.Start:sp.End], Kind: parallax.Indirect, Span: sp}
	return cand{q: q, a: at}, true
}

// tellsStatement reports whether the English words [start, end), after
// a telling verb and its addressee, are a statement: after "that" or a
// colon, a question word or "to" ("told them to leave"), a quotation, or
// a clause with a verb ("told reporters the bridge would reopen") — not
// only an object ("told us her story over coffee", "told the committee
// about the funds").
func (d *doc) tellsStatement(start, end int) bool {
	if start > 0 && (d.toks[start-1].low == "that" || d.toks[start-1].text == ":") {
		return true
	}
	first := d.toks[start].low
	if first == "not" && start+1 < end {
		first = d.toks[start+1].low // "told Megyn not to worry"
	}
	return d.toks[start].quote != 0 || tellOpeners[first] || d.hasVerb(start, end) || d.simpleVerb(start, end)
}

// simpleVerb reports whether toks[start:end] hold a finite verb that
// hasVerb does not see, by its part of speech in context (internal/postag):
// "the bridge reopens", "the economy grew", not "a tale of two parties";
// or "cannot".
func (d *doc) simpleVerb(start, end int) bool {
	from := max(0, start-8)
	for from < start && d.para[from] != d.para[start] {
		from++
	}
	words := make([]string, 0, end-from)
	for k := from; k < end; k++ {
		if d.toks[k].low == "cannot" && k >= start {
			return true
		}
		words = append(words, d.toks[k].text)
	}
	tags := postag.MustDefault().Tag(words, nil)
	for k := start; k < end; k++ {
		switch tags[k-from] {
		case "VBZ", "VBD", "VBP", "MD":
			return true
		}
	}
	return false
}

// clauseTellers are the telling verbs whose object, after the addressee,
// is a statement only as a clause: "told us her story" is none, where
// "warned of the risk" and "urged people not to" are warnings.
var clauseTellers = set("told", "tells", "telling", "tell", "informed", "informs", "informing",
	"assured", "assures", "reminded")

// endsSentence reports whether the attribution whose cue phrase ends at
// cueEnd ends its sentence (end): the statement before it may then be
// short ("Turnout was 31%, the returning officer announced."), where
// three words before an attribution the sentence goes on after are a
// phrase ("In his state, Christie said, offenders are …").
func (d *doc) endsSentence(cueEnd, end int) bool {
	return cueEnd >= end
}

// trailingStatement reports whether the words before the comma at
// comma, from a, are enough for a statement the attribution follows.
func (d *doc) trailingStatement(a, comma, cueEnd, end int) bool {
	least := 4
	if d.endsSentence(cueEnd, end) {
		least = 3
	}
	return words(d.toks[d.skipDateline(a, comma):comma]) >= least
}

// tellOpeners open what a telling verb reports besides a clause: an
// indirect question or an instruction.
var tellOpeners = set("what", "which", "how", "why", "when", "where", "who", "whether", "if", "to")

// reporter finds who the cue at k reports: its subject, the name after it
// ("…, said X."), the speaker of the sentence's earlier cue ("…, adding
// that"), the subject of a coordinated verb ("X disputes … and says"),
// or a document ("a letter … informing them"). It returns the end of the
// cue phrase and, for a trailing attribution, the end of the statement
// before it (-1 otherwise).
func (d *doc) reporter(k, a, b, end int, last *attr) (*attr, int, int) {
	_, cueEnd := d.cueSpan(k, b)
	if s, e, ok := d.subject(k, a); ok {
		at := d.makeAttr(k, s, e, b, false)
		if s > a && d.toks[s-1].text == "," && d.trailingStatement(a, s-1, cueEnd, end) && !d.thatFollows(k, b) && !d.introducesQuote(cueEnd, end) && (end-cueEnd <= 8 || d.commaIn(cueEnd, min(end, cueEnd+4)) || cueEnd < end && d.toks[cueEnd].text == ";") && !d.sceneSetting(k, d.skipDateline(a, s-1), s-1, cueEnd, end) {
			return at, cueEnd, s - 1 // "…, Varela said on Saturday."
		}
		return at, cueEnd, -1
	}
	w := d.toks[k].low
	switch {
	case k > a && d.toks[k-1].text == ",":
		if e, ok := d.rightNP(k+1, b); ok && !isParticiple(w) && !tellVerbs[w] && !d.thatFollows(k, b) && d.endsFrame(e, end) {
			e = d.appositiveTo(e, end)
			return d.makeAttr(k, k+1, e, b, false), e, k - 1 // "…, said X."
		}
		if !isParticiple(w) {
			return nil, 0, -1
		}
		sp, _ := d.cueSpan(k, b)
		if last != nil {
			return &attr{m: last.m, cue: sp, cueTok: k}, cueEnd, -1
		}
		if cs := d.clauseStart(a, k); cs < k {
			// "Clinton released a statement on Monday, saying …"
			if e, ok := d.clauseSubject(cs, k); ok {
				return &attr{m: d.readMention(cs, e), cue: sp, cueTok: k}, cueEnd, -1
			}
		}
	case k > a && (d.toks[k-1].low == "and" || d.toks[k-1].low == "but" || d.lx.conj[d.toks[k-1].low]):
		if e, ok := d.subjectNP(a, k-1); ok {
			return d.makeAttr(k, a, e, b, false), cueEnd, -1
		}
	case d.lx.inverts:
		// "Am Montag sagte Zeller, …", "Dijo el ministro que …"
		s := d.afterAdjuncts(k+1, b) // "Dijo ayer el ministro que …"
		if e, ok := d.rightNP(s, b); ok && (e >= end || d.toks[e].text == "," || d.lx.that[d.toks[e].low]) {
			return d.makeAttr(k, s, e, b, false), e, -1
		}
		if d.lx.dropsSubject && d.unwrittenSubject(k, b) && d.thatFollows(k, b) && !d.impersonal(k) {
			return d.impliedAttr(k, b, false), cueEnd, -1 // "Añadió que …"
		}
	case isParticiple(w):
		// "a letter on Monday informing them that …"
		if j := d.documentBefore(k); j >= a {
			if s, e, ok := d.leftNP(j+1, a); ok {
				return d.makeAttr(k, s, e, b, false), cueEnd, -1
			}
		}
	}
	return nil, 0, -1
}

// clauseLeads open a clause that sets the scene of a sentence rather
// than stating something: "When asked about the deadline, X said …",
// "If the talks fail, X warned …" — the statement is whatever follows
// the cue, even a word ("Asked who leads the party, he said Ryan.").
// phraseLeads open a phrase that may set the scene ("In an interview
// with the Gazette, X said …", "After the vote, X said …") or start a
// statement ("As many as 40 people died, police said"): it sets the
// scene when a statement of its own follows the cue.
var (
	clauseLeads = set("when", "while", "if", "although", "though", "unless", "asked", "speaking",
		"answering", "responding", "addressing", "questioned", "interviewed", "pressed", "writing")
	phraseLeads = set("in", "at", "during", "despite", "amid", "following", "after", "before", "as",
		"since", "until", "once", "because")
)

// sceneSetting reports whether the English words [i, end), all that
// stands before the speaker of the cue at k, set the scene of the
// sentence (see clauseLeads) instead of being its statement. A comma
// among them ends the scene before a main clause: "When she saw him, her
// eyes widened, he said" states both.
func (d *doc) sceneSetting(k, i, end, cueEnd, stmtEnd int) bool {
	if d.lx != englishWords || i >= end || d.commaIn(i, end) {
		return false
	}
	w := d.toks[i].low
	switch {
	case clauseLeads[w]:
		return d.wordAfter(cueEnd, stmtEnd)
	case phraseLeads[w]:
		return d.statementAfter(k, cueEnd, stmtEnd)
	}
	return false
}

// wordAfter reports whether the cue phrase ending at cueEnd is followed,
// before end, by a word of its own — an answer ("he said Ryan"), not
// the sentence's end or a participle after a comma.
func (d *doc) wordAfter(cueEnd, end int) bool {
	return cueEnd < end && d.toks[cueEnd].word && !d.adjunctAt(cueEnd)
}

// statementAfter reports whether a statement follows the cue at k
// (its phrase ending at cueEnd), read as forward reads it, and not only
// an adjunct ("said on Monday") or a participle after a comma ("said,
// adding that …", which is a statement of its own).
func (d *doc) statementAfter(k, cueEnd, end int) bool {
	if cueEnd >= end || d.toks[cueEnd].text == "," {
		return false
	}
	start, e := d.forward(k, cueEnd, end)
	for start < e && !d.toks[start].word && d.toks[start].quote == 0 {
		start++
	}
	if start >= e {
		return false
	}
	n := words(d.toks[start:e])
	return n >= 3 && !(d.adjunctAt(start) && n <= 5)
}

// forward returns the statement after a cue phrase ending at cueEnd: past
// adjuncts to "that" ("said on Saturday that"), to the end of the
// sentence, a semicolon, the end of a quotation it opens with, or a
// trailing "…, she said".
func (d *doc) forward(k, cueEnd, end int) (int, int) {
	start := cueEnd
	// an object ("promised a resolution that …") is the statement itself
	object := cueEnd < end && d.lx.determiners[d.toks[cueEnd].low] && d.toks[cueEnd].low != "that" && !tellVerbs[d.toks[k].low]
	if object && d.lx != englishWords && d.thatFollows(cueEnd, min(end, cueEnd+6)) {
		object = false // "dijo el martes que …": an adjunct, then the statement
	}
	from := cueEnd
	if c := d.germanClauseComma(cueEnd, end); c > cueEnd {
		from, start, object = c, c, false
	}
	for j := from; j < end && j <= from+8 && !object; j++ {
		if _, subject := d.lx.pronouns[d.toks[j].low]; subject && d.lx == englishWords {
			break // "said she could not promise that": the clause has begun
		}
		if d.toks[j].low == "that" || d.toks[j].low == "que" || d.lx.that[d.toks[j].low] {
			start = j + 1
			if j+1 < end && pronounThat[d.toks[j+1].low] {
				start = j // "said that is unlikely": "that" is the subject
			}
			break
		}
		if !d.toks[j].word && !(d.lx.code == "de" && j == from && d.toks[j].text == ",") {
			break
		}
	}
	for j := start; j < end; j++ {
		if d.toks[j].text == ";" && !d.inq[j] {
			end = j
			break
		}
	}
	if start < end && d.toks[start].quote == 'o' {
		for j := start + 1; j < end; j++ {
			if d.toks[j].quote == 'c' {
				end = j + 1
				break
			}
		}
	}
	for j := start; j+2 < end; j++ {
		if d.toks[j].text == "," && !d.inq[j] {
			if _, ok := d.lx.pronouns[d.toks[j+1].low]; ok && d.cueClass(j+2) == cueSpeech {
				end = j
				break
			}
		}
	}
	return start, end
}

// germanClauseComma returns the comma that opens a German reported
// clause after the cue's adjuncts or addressee ("sagte am Montag in
// Berlin, Deutschland werde helfen", "sagte der Lumiraer Zeitung, …"):
// a few words with no verb between the cue and it. cueEnd when none.
func (d *doc) germanClauseComma(cueEnd, end int) int {
	if d.lx.code != "de" {
		return cueEnd
	}
	for j := cueEnd; j < end && j <= cueEnd+6; j++ {
		t := d.toks[j]
		if t.text == "," {
			return j
		}
		if !t.word || d.lx.that[t.low] || d.lx.aux[t.low] || d.lx.passiveAux[t.low] || d.lx.cues[t.low] != 0 || d.lx.conj[t.low] {
			return cueEnd
		}
	}
	return cueEnd
}

// according reads "according to X" at k: the statement is the rest of the
// sentence, before or after the phrase.
func (d *doc) according(k, n, a, b int) (cand, bool) {
	if d.ownReporting(k + n) {
		return cand{}, false
	}
	e, ok := d.rightNP(k+n, b)
	if !ok {
		// whatever "according to" names is a source: "exit polls"
		if e = d.simpleRight(k+n, b); e == k+n {
			return cand{}, false
		}
	}
	end := b
	for end > a && !d.toks[end-1].word && d.toks[end-1].quote == 0 {
		end--
	}
	// "In addition, according to the department, …": the statement
	// follows when only a few words come before the phrase
	lead := d.skipDateline(a, k)
	after := k == a || k == a+1 && !d.toks[a].word || words(d.toks[lead:k]) < 3 && e < end && d.toks[e].text == ","
	if !after {
		e = d.appositiveTo(e, end)
	}
	at := d.makeAccording(k, n, e, b)
	var start int
	if after {
		start = e
		if c := d.sourceComma(e, end); c > e {
			start = c // "Selon une étude qui a été publiée dimanche, …"
		}
		if start < end && d.toks[start].text == "," {
			start++
		}
	} else {
		start, end = d.skipDateline(a, k), k
		if end > start && d.toks[end-1].text == "," {
			end--
		}
	}
	if start >= end || words(d.toks[start:end]) < 3 {
		return cand{}, false
	}
	sp := parallax.Span{Start: d.toks[start].s, End: d.toks[end-1].e}
	return cand{q: parallax.Quote{Text: d.text[sp.Start:sp.End], Kind: parallax.Indirect, Span: sp}, a: at}, true
}

// sourceComma returns the comma that ends the description of a source
// named at the head of a sentence in a language other than English:
// "Selon une étude qui a été publiée dimanche, 58 % …", "Selon un
// sondage réalisé par l'institut Civitas, …". e when the phrase ends
// at e or no comma comes within a few words.
func (d *doc) sourceComma(e, end int) int {
	if d.lx == englishWords || e >= end || d.toks[e].text == "," {
		return e
	}
	for j := e; j < end && j <= e+10; j++ {
		t := d.toks[j]
		if d.inq[j] || t.quote != 0 || d.isStop(j) {
			return e
		}
		if t.text == "," {
			return j
		}
	}
	return e
}

// firstPersonPossessives open the phrases by which an outlet cites its
// own reporting: "according to our information", "selon nos
// informations", "según nuestras fuentes", "nach unseren Informationen".
var firstPersonPossessives = map[string]bool{
	"our": true, "my": true, "nos": true, "notre": true, "mes": true, "mon": true, "ma": true,
	"nuestra": true, "nuestras": true, "nuestro": true, "nuestros": true, "mi": true, "mis": true,
	"unser": true, "unsere": true, "unseren": true, "unserer": true, "meinen": true, "meiner": true,
}

// ownReporting reports whether the phrase at k names the outlet's own
// reporting, which attributes the statement to no one but the article.
func (d *doc) ownReporting(k int) bool {
	return k < len(d.toks) && firstPersonPossessives[d.toks[k].low]
}

// mostlyQuoted reports whether a reported statement is a quotation with
// few words of its own (fewer than five outside the quote marks): the
// direct part stands for it.
func (d *doc) mostlyQuoted(sp parallax.Span) bool {
	in, out := 0, 0
	for k := d.tokAt(sp.Start); k < len(d.toks) && d.toks[k].s < sp.End; k++ {
		switch {
		case !d.toks[k].word:
		case d.inq[k]:
			in++
		default:
			out++
		}
	}
	return in > 0 && out < 5
}

// skipDateline moves a statement's start past a wire dateline:
// "ORSENBURG, Oct 18 (Meridian Wire) - ".
func (d *doc) skipDateline(a, end int) int {
	if a >= end || !isUpperWord(d.toks[a].text) {
		return a
	}
	for j := a + 1; j < end && j <= a+15; j++ {
		if t := d.toks[j].text; t == "-" || t == "—" || t == "–" {
			return j + 1
		}
	}
	return a
}

// sentenceTokens returns the token ranges of the sentences: the given
// sentence spans, or the paragraphs when there are none.
func (d *doc) sentenceTokens() [][2]int {
	spans := d.sents
	if len(spans) == 0 {
		for i, s := range d.paraStarts {
			e := len(d.text)
			if i+1 < len(d.paraStarts) {
				e = d.paraStarts[i+1]
			}
			spans = append(spans, parallax.Span{Start: s, End: e})
		}
	}
	out := make([][2]int, 0, len(spans))
	k := 0
	for _, sp := range spans {
		for k < len(d.toks) && d.toks[k].s < sp.Start {
			k++
		}
		a := k
		for k < len(d.toks) && d.toks[k].e <= sp.End {
			k++
		}
		if k > a {
			out = append(out, [2]int{a, k})
		}
	}
	return out
}

// isUpperWord reports whether w is in capitals and longer than two
// letters: a dateline's place.
func isUpperWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n > 2
}

// isParticiple reports whether w is an -ing form.
func isParticiple(w string) bool {
	return len(w) > 4 && w[len(w)-3:] == "ing"
}

// words counts the word tokens of toks.
func words(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.word {
			n++
		}
	}
	return n
}

// commaIn reports whether tokens [i, j) hold a comma.
func (d *doc) commaIn(i, j int) bool {
	return i < j && hasComma(d.toks[i:j])
}

// isAsk reports whether w is a form of "ask".
func isAsk(w string) bool { return w == "ask" || w == "asks" || w == "asked" || w == "asking" }

// questionFollows reports whether a question word follows the cue at k
// closely: "asked why", "asked whether".
func (d *doc) questionFollows(k, hi int) bool {
	for j := k + 1; j < hi && j <= k+5; j++ {
		switch d.toks[j].low {
		case "why", "whether", "if", "how", "what", "when", "who", "where", "which":
			return true
		}
		if !d.toks[j].word {
			return false
		}
	}
	return false
}

// cutBefore ends the statements of the sentence starting at token a where
// a later attribution in them begins: "X said A, but Y warned that B"
// gives X the statement A alone; "…, and warned that" likewise.
func (d *doc) cutBefore(out []cand, at *attr, a int) {
	for i := len(out) - 1; i >= 0; i-- {
		c := &out[i]
		if c.q.Span.Start < d.toks[a].s {
			break
		}
		cut := at.cue.Start
		if c.q.Span.Start < at.m.span.Start && at.m.span.End <= at.cue.Start {
			cut = at.m.span.Start // the later speaker opens the cut
		}
		if c.q.Span.Start >= cut || c.q.Span.End <= cut {
			continue
		}
		end := cut
		for {
			trimmed := strings.TrimRight(d.text[c.q.Span.Start:end], " ,;")
			trimmed = strings.TrimSuffix(strings.TrimSuffix(trimmed, " and"), " but")
			if len(trimmed) == end-c.q.Span.Start {
				break
			}
			end = c.q.Span.Start + len(trimmed)
		}
		if wordCount(d.text[c.q.Span.Start:end]) >= 3 {
			c.q.Span.End = end
			c.q.Text = d.text[c.q.Span.Start:end]
		}
	}
}

// clauseStart returns where the main clause of the sentence [a, …) starts:
// after a leading adjunct closed by a comma ("On Monday, Clinton …"),
// when that comma comes before k.
func (d *doc) clauseStart(a, k int) int {
	for j := a; j < k && j < a+6; j++ {
		if d.toks[j].text == "," {
			if j+1 < k {
				return j + 1
			}
			break
		}
	}
	return a
}

// introducesQuote reports whether the cue's phrase ending at token i goes
// on to a colon or an opening quote mark: what follows is the statement.
func (d *doc) introducesQuote(i, end int) bool {
	for j := i; j < end && j <= i+3; j++ {
		if d.toks[j].text == ":" || d.toks[j].quote == 'o' {
			return true
		}
	}
	return false
}

// actionVerbs are reporting verbs that more often report an action than
// speech ("responded to the call", "continued to fight", "declared a
// state of emergency"): they need a "that" clause or a quotation.
var actionVerbs = set("respond", "responded", "responds", "reply", "replied", "replies",
	"continue", "continued", "continues", "object", "objected", "objects",
	"charge", "charged", "charges", "advise", "advised", "advises",
	"declare", "declared", "declares") // "declared a state of emergency"

// endsFrame reports whether a speaker phrase after an inverted cue ending
// at token e closes its clause ("…, said Varela." / "…, said Varela on
// Monday"), rather than being the object of a verb that goes on
// ("…, lamented the lack of funds and urged …").
func (d *doc) endsFrame(e, end int) bool {
	if e >= end {
		return true
	}
	t := d.toks[e]
	return !t.word && t.quote == 0 || d.adjunctAt(e)
}

// appositiveTo widens a speaker phrase after an inverted cue, ending at
// token e, to the end of its frame at hi when what follows a comma or a
// bracket only describes the speaker: "said Adam Segal, the author of
// a book on hacking, who studies cyber issues at the council." It keeps
// e when another cue, a quote mark or a semicolon follows ("said X,
// adding that …").
func (d *doc) appositiveTo(e, hi int) int {
	if e >= hi || hi-e > 40 || d.toks[e].text != "," && d.toks[e].text != "(" {
		return e
	}
	if e+1 >= hi {
		return e
	}
	if n := d.toks[e+1]; isParticiple(n.low) || n.low == "and" || n.low == "or" || !n.cap && strings.HasSuffix(n.low, "ed") {
		return e // "said Ms. Acosta, referring to …"
	}
	if n := d.toks[e+1].low; d.lx != englishWords && (d.lx.adjunctWords[n] || d.lx.cueAdjuncts[n] || d.lx.objectPreps[n] || d.lx.boundaries[n]) {
		return e // "a déclaré X, à l'annonce du résultat": the cue's adjunct
	}
	for j := e; j < hi; j++ {
		t := d.toks[j]
		if t.quote != 0 || t.text == ";" || t.text == ":" || t.word && !t.cap && cues[t.low] != 0 && d.cueClass(j) != 0 {
			return e
		}
		if _, ok := pronouns[t.low]; ok || clauseWords[t.low] {
			return e // "said Mr. Sperling, but she has …": a new clause
		}
	}
	end := hi
	for end > e && !d.toks[end-1].word && d.toks[end-1].text != ")" {
		end--
	}
	if end <= e+1 {
		return e
	}
	return end
}

// clauseWords open a new clause, not a description of a speaker.
var clauseWords = set("but", "while", "although", "though", "because", "since", "as", "so", "yet")

// pronounThat verbs after "that" make it a pronoun, the subject of the statement.
var pronounThat = set("is", "was", "will", "would", "has", "had", "could", "can", "may", "might", "should", "does", "did", "wasn't", "isn't", "won't")

// objectOnly reports whether the cue at k takes a plain object rather
// than a statement: "added" before a number or "to" ("added six
// rebounds", "adding to his wins"), a non-telling verb before an object
// pronoun that ends the clause ("denied him, and …").
func (d *doc) objectOnly(k, b int) bool {
	if k+1 >= b {
		return false
	}
	w, next := d.toks[k].low, d.toks[k+1]
	if strings.HasPrefix(w, "add") && (next.low == "to" || isNumber(next.text) || numberWords[next.low]) {
		return true
	}
	if tellVerbs[w] || !objectPronouns[next.low] {
		return false
	}
	return k+2 >= b || !d.toks[k+2].word || d.toks[k+2].low == "and"
}

// objectPronouns are pronouns in the object case.
var objectPronouns = set("him", "her", "them", "me", "us")

// numberWords are counts written in letters.
var numberWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "another", "a", "an", "one")

// clauseSubject returns the end of the subject that opens the clause at
// cs, before k: a pronoun ("She compared …, saying"), a name
// (subjectNP), or a definite description up to its verb ("The retired
// surgeon has given no details, saying …").
func (d *doc) clauseSubject(cs, k int) (int, bool) {
	if _, ok := pronouns[d.toks[cs].low]; ok && d.toks[cs].low != "it" {
		return cs + 1, true
	}
	if e, ok := d.subjectNP(cs, k); ok {
		return e, true
	}
	if !determiners[d.toks[cs].low] {
		return 0, false
	}
	e := cs + 1
	for e < k && e-cs < 5 && d.toks[e].word && !auxiliaries[d.toks[e].low] && !boundaries[d.toks[e].low] && !strings.HasSuffix(d.toks[e].low, "ed") {
		e++
	}
	if e > cs+1 && e < k && d.validNP(cs, e) {
		return e, true
	}
	return 0, false
}
