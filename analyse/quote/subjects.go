package quote

import (
	"slices"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// What a pronoun or a quotation with no attribution may go back to
// besides the speakers and names the resolver records: people a sentence
// opens with ("The judge rejected the plea.", "A parent who saw the
// crash stood nearby."), and the speaker of the statement just before.

// addSubjects records the people a sentence opens with a description
// rather than a name, so that "he" and "she" after it find them: "The
// judge rejected that argument. “…,” he said." is the judge named
// before; "A parent who saw the crash stood nearby. “…,” she said." is
// someone the article does not name, not the woman named before her.
// English only.
func (r *resolver) addSubjects() {
	d := r.d
	if d.lx != englishWords {
		return
	}
	for k := 0; k+1 < len(d.toks); k++ {
		det := d.toks[k].low
		definite := det == "the"
		if !d.sentenceStart(k) && !d.afterOpener(k) || d.inq[k] || !definite && det != "a" && det != "an" && det != "one" || r.pronounSpeaks(k) {
			continue // "A member of the trio was shot …, he said": the subject is the content's
		}
		h := k + 1
		for h < len(d.toks) && h-k <= 4 && d.toks[h].word && !d.toks[h].cap && !strings.HasSuffix(d.toks[h].low, "'s") {
			l := d.toks[h].low
			if definite && roleHeads[l] || !definite && personHead(l) {
				break
			}
			h++
		}
		if h >= len(d.toks) || h-k > 4 || !d.toks[h].word || d.toks[h].cap {
			continue // no head
		}
		if next := h + 1; next < len(d.toks) && d.toks[next].word && !d.toks[next].cap && (roleHeads[d.toks[next].low] || agentNoun(d.toks[next].low)) {
			continue // a compound going on ("the police officer")
		}
		m := mention{kind: kRole, head: d.toks[h].low, span: parallax.Span{Start: d.toks[k].s, End: d.toks[h].e}}
		for j := k + 1; j < h; j++ {
			m.mods = append(m.mods, d.toks[j].low)
		}
		if definite {
			if p := r.byRole(m, m.span.Start); p >= 0 {
				r.addRef(p, m.span.Start, false)
			}
			continue
		}
		r.addRef(r.add(person{name: d.phrase(k, h+1), anonymous: true}), m.span.Start, false)
	}
}

// afterOpener reports whether token k follows the comma that ends a
// prepositional phrase opening its sentence: "At the district hospital,
// a resident doctor …".
func (d *doc) afterOpener(k int) bool {
	if k < 2 || d.toks[k-1].text != "," {
		return false
	}
	s := k - 2
	for s > 0 && !d.sentenceStart(s) {
		if !d.toks[s].word || k-s > 10 {
			return false // another mark, or too long for an opener
		}
		s--
	}
	return isPrep(d.toks[s].low)
}

// personHead reports whether a singular noun heading an indefinite
// subject names a person: "a parent", "one witness", "a dock worker";
// not the many nouns in -er that name things ("a disaster", "a
// freighter", "a thriller").
func personHead(w string) bool {
	if orgHeads[w] {
		return false
	}
	if listedPersonNoun(w) || peopleNouns[w] || ageNoun(w) {
		return true
	}
	for _, suf := range []string{"ist", "ian", "man", "woman", "person", "eer"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return strings.HasSuffix(w, "worker") || strings.HasSuffix(w, "keeper") || strings.HasSuffix(w, "fighter")
}

// listedPersonNoun reports whether a singular noun is listed as naming
// someone by what they do or are: "resident", "evacuee", "teacher".
func listedPersonNoun(w string) bool {
	return personNouns[w] || unnamedNouns[w] || personErNouns[w]
}

// personErNouns are common nouns in -er that name people.
var personErNouns = set("teacher", "driver", "farmer", "officer", "manager", "owner", "leader", "member",
	"player", "writer", "voter", "shopper", "passenger", "bystander", "father", "mother", "brother",
	"sister", "daughter", "lawyer", "banker", "trader", "dealer", "miner", "builder", "customer",
	"caller", "mourner", "protester", "supporter", "rider", "runner", "swimmer", "climber",
	"hiker", "villager", "islander", "commuter", "traveller", "traveler", "labourer", "laborer",
	"butcher", "cleaner", "carer", "caregiver", "lecturer", "researcher", "photographer", "reporter",
	"singer", "dancer", "painter", "gardener", "plumber", "diver", "soldier", "prisoner", "stranger",
	"teenager", "youngster", "pensioner", "homeowner", "renter", "lodger", "buyer", "seller", "grandmother",
	"grandfather", "partner", "campaigner", "volunteer", "worshipper", "spectator", "viewer", "listener")

// pronounSpeaks reports whether, in the sentence from token k, a
// pronoun reports speech ("…, he said", "said she"): the sentence's
// subject is then the reported content's, not the one "he" goes back to.
func (r *resolver) pronounSpeaks(k int) bool {
	d := r.d
	pronoun := func(j int) bool { _, ok := d.lx.pronouns[d.toks[j].low]; return ok }
	for j := k + 1; j < len(d.toks) && !d.sentenceStart(j); j++ {
		p := -1 // the pronoun
		switch {
		case pronoun(j - 1):
			p = j - 1
		case j-2 > k && pronoun(j-2) && auxiliaries[d.toks[j-1].low]: // "she has apologised"
			p = j - 2
		case j+1 < len(d.toks) && pronoun(j+1):
			p = j + 1
		}
		if p < 0 || d.inq[j] || d.lx.cues[d.toks[j].low] == 0 {
			continue
		}
		if p < j && p-1 > k && clauseJoiners[d.toks[p-1].low] && !slices.ContainsFunc(d.toks[k+1:p], func(t token) bool { return t.cap }) {
			continue // "A resident stood up when she told the council: …": the subject is hers, with no name between
		}
		return true
	}
	return false
}

// clauseJoiners open a clause whose subject the sentence's subject may be.
var clauseJoiners = set("when", "as", "and", "after", "before", "while", "then", "until", "because")

// groupSince reports whether a sentence between offsets from and to
// opens with a group ("Residents were angry.", "The protesters …"),
// whom "they" may mean rather than two people who spoke before.
func (r *resolver) groupSince(from, to int) bool {
	d := r.d
	for k := d.tokAt(from); k < len(d.toks) && d.toks[k].s < to; k++ {
		if !d.sentenceStart(k) {
			continue
		}
		h := k
		if h+1 < len(d.toks) && determiners[d.toks[h].low] {
			h++
		}
		if l := d.toks[h].low; singular(l) != l && (anonymous(l) || orgHeads[singular(l)]) {
			return true
		}
	}
	return false
}

// goesOn returns the speaker of a quotation no attribution reaches: the
// speaker of the statement before it (last, ending at lastEnd), as news
// writing goes on quoting someone ("Brill said the bridge would reopen.
// “We are on schedule.”"), when the quotation opens the sentence after
// that statement's, in its paragraph or opening the next, and no one else
// is named in between or in the sentence after it ("“…” That was the
// verdict of Tom Vale"); or the one person named in the quotation's own
// sentence when a colon opens it ("Vale was blunt: “…”"). False
// otherwise: a quotation with no speaker in reach stays unknown.
func (r *resolver) goesOn(last resolved, lastEnd int, q parallax.Quote) (resolved, bool) {
	d := r.d
	if q.Kind != parallax.Direct || d.lx != englishWords {
		return resolved{}, false
	}
	start := q.Span.Start
	if strings.HasSuffix(strings.TrimRight(d.text[:start], " \"“‘'"), ":") {
		if p := r.onlyNamed(d.sentStart(start), start); p >= 0 && !r.persons[p].anonymous {
			return resolved{name: r.nameOf(p), entity: r.persons[p].entity}, true
		}
		return resolved{}, false
	}
	if res, ok := r.afterSpeech(start); ok {
		return res, true
	}
	if res, ok := r.afterSubject(start); ok {
		return res, true
	}
	if lastEnd < 0 || last.name == "" || last.name == parallax.UnknownSpeaker || d.sentOf(start)-d.sentOf(lastEnd) > 1 {
		return resolved{}, false
	}
	if d.paraOf(start) != d.paraOf(lastEnd) && !d.quotationParagraph(start) {
		return resolved{}, false // a quoted heading, or a paragraph about something else
	}
	for _, p := range []int{r.onlyNamed(lastEnd, start), r.onlyNamed(q.Span.End, d.nextSentenceEnd(q.Span.End))} {
		if p == -2 || p >= 0 && r.nameOf(p) != last.name {
			return resolved{}, false
		}
	}
	return resolved{name: last.name, entity: last.entity}, true
}

// afterSpeech returns the speaker of a quotation paragraph that follows
// a sentence telling of someone's speech and naming no one else: "In a
// lengthy opening statement, Mr Moynihan had set out the board's case."
// then "“We were asked to modernise …”".
func (r *resolver) afterSpeech(start int) (resolved, bool) {
	d := r.d
	if !d.quotationParagraph(start) {
		return resolved{}, false
	}
	para := d.paraOf(start)
	if para == 0 {
		return resolved{}, false
	}
	from := d.sentStart(d.paraEnd(para-1) - 1)
	if d.paraOf(from) != para-1 || !r.writtenSince(from, start, func(l string) bool { return speechEvents[l] }) {
		return resolved{}, false
	}
	p := r.onlyNamed(from, start)
	if p < 0 || r.persons[p].anonymous || r.persons[p].org || !r.subjectOf(p, from) {
		return resolved{}, false // "The judge dismissed the testimony of Darren Hale": not his words
	}
	return resolved{name: r.nameOf(p), entity: r.persons[p].entity}, true
}

// subjectOf reports whether person p is the subject of the sentence
// starting at offset from: named first in it, or first after a phrase
// opening it ("In a lengthy opening statement, Mr Moynihan had …").
func (r *resolver) subjectOf(p, from int) bool {
	d := r.d
	k := d.tokAt(from)
	if r.refOpening(p, k) {
		return true
	}
	for j := k; j+1 < len(d.toks) && !d.sentenceEnd(j); j++ {
		if d.toks[j].text == "," {
			return d.afterOpener(j+1) && r.refOpening(p, j+1)
		}
	}
	return false
}

// refOpening reports whether person p is mentioned in the first words
// of the phrase at token k, a title or an honorific before the name
// ("Mr Moynihan", "Chief Executive Ana Roth").
func (r *resolver) refOpening(p, k int) bool {
	d := r.d
	if k >= len(d.toks) {
		return false
	}
	end := d.toks[min(k+3, len(d.toks)-1)].e
	for i := r.refsBefore(d.toks[k].s); i < len(r.refs) && r.refs[i].pos < end; i++ {
		if r.refs[i].p == p {
			return true
		}
	}
	return false
}

// afterSubject returns the speaker of a quotation following, in its
// paragraph, a sentence about the one person the paragraph names, opening
// with their name or a pronoun: "Then the Treasurer, Simone Adair, rose,
// armed with a chart. She held it aloft. “This line goes up …”".
func (r *resolver) afterSubject(start int) (resolved, bool) {
	d := r.d
	para := d.paraOf(start)
	from := d.paraStarts[para]
	open := d.tokAt(start) - 1 // the opening mark
	if open < 1 || d.toks[open].s <= from || !d.sentenceEnd(open-1) {
		return resolved{}, false // the paragraph's first words, or inside a sentence
	}
	p := r.onlyMentioned(from, start, func(p person) bool { return !p.org }) // "the Treasurer" tagged a body is none
	if p < 0 || r.persons[p].anonymous {
		return resolved{}, false
	}
	first := d.tokAt(d.sentStart(d.toks[open-1].s))
	g, pronoun := d.lx.pronouns[d.toks[first].low]
	named := pronoun && (g == 'm' || g == 'f') && r.nearest(d.toks[first].s, func(q person) bool { return compatible(q, g) }) == p
	if !named && !r.refAt(p, d.toks[first].s) {
		return resolved{}, false
	}
	// the subject does something a speaker does ("She held it aloft.",
	// "Lind laughed."), not "He showed no emotion." before the words of
	// someone the paragraph does not name
	for j := first + 1; j < open && j <= first+4; j++ {
		if speakerGestures[d.toks[j].low] {
			return resolved{name: r.nameOf(p), entity: r.persons[p].entity}, true
		}
	}
	return resolved{}, false
}

// speakerGestures are what someone does before speaking.
var speakerGestures = set("held", "raised", "rose", "stood", "turned", "paused", "smiled", "laughed", "shrugged",
	"sighed", "nodded", "pointed", "waved", "leaned", "grinned", "frowned", "gestured", "looked", "read",
	"replied", "continued", "added", "insisted", "countered", "conceded", "explained", "recalled", "joked")

// refAt reports whether person p is mentioned at offset pos.
func (r *resolver) refAt(p, pos int) bool {
	i := r.refsBefore(pos)
	return i < len(r.refs) && r.refs[i].pos == pos && r.refs[i].p == p
}

// speechEvents are nouns for someone's speaking at length.
var speechEvents = set("statement", "speech", "remarks", "testimony", "address", "evidence", "lecture", "sermon", "eulogy", "interview")

// onlyNamed returns the one person mentioned between offsets from and
// to, outside quotation marks: -1 when none is, -2 when several are.
func (r *resolver) onlyNamed(from, to int) int {
	return r.onlyMentioned(from, to, func(person) bool { return true })
}

// onlyMentioned returns the one person ok accepts mentioned between
// offsets from and to, outside quotation marks: -1 when none is, -2 when
// several are.
func (r *resolver) onlyMentioned(from, to int, ok func(person) bool) int {
	named := -1
	for i := r.refsBefore(max(from, 0)); i < r.refsBefore(to); i++ {
		f := r.refs[i]
		switch {
		case f.pos < from || r.d.quoted(f.pos) || f.p == named || !ok(r.persons[f.p]):
		case named >= 0:
			return -2
		default:
			named = f.p
		}
	}
	return named
}

// quotationParagraph reports whether the paragraph holding offset start
// opens with the quotation there and ends a sentence, as the next
// paragraph of a quoted speaker does, not a quoted heading.
func (d *doc) quotationParagraph(start int) bool {
	para := d.paraOf(start)
	if strings.TrimLeft(d.text[d.paraStarts[para]:start], " \"“‘'") != "" {
		return false
	}
	last := strings.TrimRight(d.text[:d.paraEnd(para)], "\"”»“' ")
	return last != "" && strings.ContainsAny(last[len(last)-1:], ".!?")
}
