package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/firstname"
)

// Resolve gives each mention of an article its canonical ID and Role and
// returns them, in order. text is the article's text and ents the mentions
// the tagger found in it.
//
// Within the article one name is one thing: every mention of a name gets
// the type most of its mentions have, unless its own words ("Camp
// Halvard", "Harrowgate Terminals", "Lumira Accord") or the gazetteers
// decide it; a lone word the tagger calls a person that names no person of
// the article ("Brennick" beside "Port of Brennick") takes its other
// readings. Short forms take the id of the one full name they belong to
// ("Varela", "Ms Varela" → "person:ana-varela"; "Harrowgate" →
// "organization:harrowgate-terminals"; "BDU" → the Brennick Dockworkers'
// Union); a short form that fits two full names keeps its own id. A
// demonym keeps the type MISC but takes its country's id ("Iraqi" →
// "location:iraq"), also for invented places when the article names the
// place ("Veltravan" beside "Veltrava"), so that country-level actors group.
//
// Titles become the person's Role: "US Defense Secretary" before "Mark
// Esper", an apposition on either side ("the mayor of Tessin, Mr Anton
// Greve", "Henrik Alsop, chief executive of Harrowgate Terminals"), or the
// honorific alone ("Mr") when nothing else is written. Text and Span stay
// as tagged except where the tagger took a title, a leading function word
// or a possessive into the name: the span is then narrowed to the name.
// Mentions that are only part of another person's title ("Harbour" in
// "Harbour master Colm Breda") are dropped.
func Resolve(text string, ents []parallax.Entity) []parallax.Entity {
	r := &resolver{text: text, names: map[string]*name{}, w: loadWorld()}
	var detached []parallax.Entity
	for _, e := range ents {
		if !validSpan(text, e) {
			// Offsets that do not fit the text: no context to read.
			e.ID = ID(e.Type, e.Text)
			detached = append(detached, e)
			continue
		}
		if m, ok := r.clean(e); ok {
			r.mentions = append(r.mentions, m)
		}
	}
	r.withFirstNames()
	r.joinOfPhrases()
	r.narrowToPeople()
	r.dropHeadings()
	r.group()
	r.decideTypes()
	r.link()
	r.readRoles()
	out := make([]parallax.Entity, 0, len(r.mentions)+len(detached))
	for _, m := range r.mentions {
		if !m.drop {
			out = append(out, m.e)
		}
	}
	if len(detached) > 0 {
		out = append(out, detached...)
		slices.SortStableFunc(out, func(a, b parallax.Entity) int { return a.Span.Start - b.Span.Start })
	}
	return out
}

// validSpan reports whether e's span lies in text and reads e's text.
func validSpan(text string, e parallax.Entity) bool {
	s := e.Span
	return s.Start >= 0 && s.Start < s.End && s.End <= len(text) && text[s.Start:s.End] == e.Text
}

// A mention is one entity of the article as the resolver works on it.
type mention struct {
	e    parallax.Entity
	n    *name
	drop bool
}

// A name is every mention of the article written with the same words.
type name struct {
	key     string   // folded, lower-cased words
	words   []string // as first written
	votes   map[string]int
	typ     string
	strong  bool   // the type comes from the name's words or a gazetteer
	country string // for a demonym, the country; for a place, its country when known
	place   bool   // a country or a place a demonym is made from
	demonym bool
	id      string
}

type resolver struct {
	text     string
	w        *world
	mentions []*mention
	names    map[string]*name
	order    []*name // names in order of first mention
}

// clean narrows a mention to the name proper: no leading function word
// ("À Orsenburg"), French elision ("l'Assemblée"), title ("Gen. Piet
// Lorrin") or possessive. It reports false when nothing is left.
func (r *resolver) clean(e parallax.Entity) (*mention, bool) {
	m := &mention{e: e}
	fs := fieldsIndex(e.Text)
	for len(fs) > 1 && leadingStops[strings.ToLower(e.Text[fs[0][0]:fs[0][1]])] {
		fs = fs[1:]
	}
	if len(fs) == 1 && leadingStops[strings.ToLower(e.Text[fs[0][0]:fs[0][1]])] {
		return nil, false
	}
	if e.Type == "PERSON" {
		i := 0
		for i < len(fs)-1 && (honorifics[strings.ToLower(e.Text[fs[i][0]:fs[i][1]])] || isHead(e.Text[fs[i][0]:fs[i][1]])) {
			i++
		}
		// The title is read back from the text before the name.
		fs = fs[i:]
	}
	if len(fs) == 0 {
		return nil, false
	}
	start, end := fs[0][0], fs[len(fs)-1][1]
	if first := e.Text[start:end]; len(first) > 2 {
		for _, p := range []string{"l'", "d'", "l’", "d’", "L'", "D'"} {
			if rest, ok := strings.CutPrefix(first, p); ok && isCap(rest) {
				start += len(p)
			}
		}
	}
	if t := trimPossessive(e.Text[start:end]); t != e.Text[start:end] {
		end = start + len(t)
	}
	m.e.Text = e.Text[start:end]
	m.e.Span = parallax.Span{Start: e.Span.Start + start, End: e.Span.Start + end}
	if strings.TrimFunc(m.e.Text, func(r rune) bool { return !unicode.IsLetter(r) }) == "" || partyTag(m.e.Text) {
		return nil, false
	}
	return m, true
}

// withFirstNames widens each person's name that opens with a surname's
// particle over the capitalised word just before it: the tagger reads
// "Ó Duibhir" and may leave an unfamiliar first name ("Fiachra") out. A
// title, an honorific, a day or a month there stays what it is, and so
// does a word after a preposition ("On Tuesday Di Maio") or one another
// mention holds.
func (r *resolver) withFirstNames() {
	prevEnd := 0
	for i, m := range r.mentions {
		if m.e.Type == "PERSON" {
			if start, ok := r.firstNameBefore(m.e); ok && start >= prevEnd {
				m.e.Text = r.text[start:m.e.Span.End]
				m.e.Span.Start = start
			}
			for start := r.initialBefore(m.e.Span.Start); start >= 0 && start >= prevEnd; start = r.initialBefore(start) {
				m.e.Text = r.text[start:m.e.Span.End]
				m.e.Span.Start = start // "W. A. Nandana Jayasekara", the tagger starting at "A."
			}
			if end, ok := r.surnameAfter(m.e); ok && (i+1 == len(r.mentions) || r.mentions[i+1].e.Span.Start >= end) {
				m.e.Text = r.text[m.e.Span.Start:end]
				m.e.Span.End = end // "Karen du Plessis-Nkosi", the tagger stopping at "du"
			}
		}
		prevEnd = max(prevEnd, m.e.Span.End)
	}
}

// initialBefore returns where an initial ("W.") written right before
// offset start begins, -1 when there is none: a name's first initials
// are its own, not the title's before them.
func (r *resolver) initialBefore(start int) int {
	if start < 4 || r.text[start-1] != ' ' || r.text[start-2] != '.' {
		return -1
	}
	c, size := utf8.DecodeLastRuneInString(r.text[:start-2])
	i := start - 2 - size
	if !unicode.IsUpper(c) || i > 0 && r.text[i-1] != ' ' {
		return -1
	}
	return i
}

// surnameAfter returns where a surname opening with a lower-case particle
// right after e ends: " du Plessis-Nkosi", " de Vries".
func (r *resolver) surnameAfter(e parallax.Entity) (int, bool) {
	rest := r.text[e.Span.End:]
	particle, after, ok := strings.Cut(strings.TrimPrefix(rest, " "), " ")
	if !ok || !strings.HasPrefix(rest, " ") || !firstname.Particle(particle) || particle != strings.ToLower(particle) {
		return 0, false
	}
	n := 0
	for n < len(after) {
		c, size := utf8.DecodeRuneInString(after[n:])
		if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' {
			break
		}
		n += size
	}
	if n == 0 || !isCap(after) {
		return 0, false
	}
	return e.Span.End + 1 + len(particle) + 1 + n, true
}

// firstNameBefore returns where the capitalised word right before e
// starts when e opens with a surname's particle and that word can be
// its first name.
func (r *resolver) firstNameBefore(e parallax.Entity) (int, bool) {
	first, _, _ := strings.Cut(e.Text, " ")
	if !firstname.Particle(first) || e.Span.Start < 2 || r.text[e.Span.Start-1] != ' ' {
		return 0, false
	}
	start := e.Span.Start - 1
	for start > 0 {
		c, size := utf8.DecodeLastRuneInString(r.text[:start])
		if !unicode.IsLetter(c) && c != '-' {
			break
		}
		start -= size
	}
	prev := r.text[start : e.Span.Start-1]
	low := strings.ToLower(prev)
	if prev == "" || !isCap(prev) || honorifics[low] || isHead(prev) || titleModifiers[low] || leadingStops[low] || determiners[low] || calendarWords[low] {
		return 0, false
	}
	before := strings.Fields(r.text[max(0, start-20):start])
	if len(before) > 0 && leadingStops[strings.ToLower(before[len(before)-1])] {
		return 0, false // "On Tuesday Di Maio told reporters"
	}
	return start, true
}

// calendarWords are the days and months, capitalised as names are.
var calendarWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december`)

// partyTag reports whether s is a US politician's party and state as
// news writes them after the name ("D-Calif.", "R-Ohio", "I-Vt."), which
// a tagger may take for a name; "D-Day" and "I-Pace" are none.
func partyTag(s string) bool {
	party, state, ok := strings.Cut(s, "-")
	return ok && len(party) == 1 && strings.Contains("DRI", party) &&
		usStates[strings.ToLower(strings.ReplaceAll(state, ".", ""))]
}

// usStates are the US states as news abbreviates them after a party
// (AP style and postal codes, dots removed, lower case) or writes them
// whole when short.
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn
miss mo mont neb nev nh nj nm ny nc nd okla ore pa ri sc sd tenn tex vt va wash wva wis wyo
alaska hawaii idaho iowa maine ohio texas utah dc
al ak az ar ca co ct de fl hi id il in ia ks ma me mi mn ms mt ne nv oh ok or tn tx ut wa wv wi wy`) {
		m[w] = true
	}
	return m
}()

// group gathers the mentions by name and counts the tagger's votes.
func (r *resolver) group() {
	for _, m := range r.mentions {
		key := nameKey(m.e.Text)
		n := r.names[key]
		if n == nil {
			n = &name{key: key, words: strings.Fields(m.e.Text), votes: map[string]int{}}
			r.names[key] = n
			r.order = append(r.order, n)
		}
		n.votes[m.e.Type]++
		if len(n.words) == 1 && afterLocative(r.text, m.e.Span.Start) {
			n.votes["LOCATION"]++
		}
		m.n = n
	}
}

// locatives are words after which a lone name is a place ("the capital,
// Kelmar", "near Tessin").
var locatives = wordSet("in near outside inside across around towards toward capital city town village port province region")

// afterLocative reports whether the word before offset i is a locative.
func afterLocative(text string, i int) bool {
	ws := contextWords(text, max(0, i-24), i)
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	// "the capital, Kelmar" ends in a comma; "in, Tessin" does not occur.
	return locatives[strings.ToLower(w.text)] && (!w.punctAfter || w.commaAfter) && !w.sentenceEnds
}

// joinOfPhrases joins a lone head word the tagger took as a name of its
// own to the name after "of": "Port" + "of" + "Brennick" is the Port of
// Brennick, "University" + "of" + "Lumira" the University of Lumira —
// a place or an organisation by its head.
func (r *resolver) joinOfPhrases() {
	for i := 0; i+1 < len(r.mentions); i++ {
		m, next := r.mentions[i], r.mentions[i+1]
		head := strings.ToLower(m.e.Text)
		if strings.Contains(m.e.Text, " ") || !placeHeads[head] && !orgHeads[head] {
			continue
		}
		if next.e.Span.Start < m.e.Span.End || r.text[m.e.Span.End:next.e.Span.Start] != " of " || next.e.Type == "PERSON" {
			continue
		}
		m.e.Span.End = next.e.Span.End
		m.e.Text = r.text[m.e.Span.Start:m.e.Span.End]
		m.e.Type = "LOCATION"
		if orgHeads[head] {
			m.e.Type = "ORGANIZATION"
		}
		next.drop = true
	}
	kept := r.mentions[:0]
	for _, m := range r.mentions {
		if !m.drop {
			kept = append(kept, m)
		}
	}
	r.mentions = kept
}

// narrowToPeople narrows a mention that runs into a person's full name
// the article writes elsewhere ("Défense Ana Varela") to that name.
func (r *resolver) narrowToPeople() {
	people := map[string]bool{}
	for _, m := range r.mentions {
		if m.e.Type == "PERSON" && len(strings.Fields(m.e.Text)) > 1 {
			people[nameKey(m.e.Text)] = true
		}
	}
	for _, m := range r.mentions {
		fs := fieldsIndex(m.e.Text)
		for i := 1; i+1 < len(fs); i++ {
			if firstname.Particle(m.e.Text[fs[i][0]:fs[i][1]]) {
				break // "Fiachra Ó Duibhir" is whole, though "Ó Duibhir" names him too
			}
			if people[nameKey(m.e.Text[fs[i][0]:])] || i == 1 && r.titleThenName(m.e, fs) {
				m.e.Span.Start += fs[i][0]
				m.e.Text = m.e.Text[fs[i][0]:]
				m.e.Type = "PERSON"
				break
			}
		}
	}
}

// titleThenName reports whether a mention (its words at fs) is the last
// word of a title's domain run into a person's name: "Defence Ana Varela"
// in "Minister of Defence Ana Varela" — after a title head and "of" or
// "for", a title word, then two or three words that name no
// organisation, place or thing ("General Dynamics Land" names a company:
// no domain before it).
func (r *resolver) titleThenName(e parallax.Entity, fs [][2]int) bool {
	first := strings.ToLower(e.Text[fs[0][0]:fs[0][1]])
	if !titleModifiers[first] && !titleHeads[first] || len(fs) < 3 || len(fs) > 4 {
		return false
	}
	ws := contextWords(r.text, max(0, e.Span.Start-60), e.Span.Start)
	n := len(ws)
	if n < 2 || !isHead(ws[n-2].text) {
		return false
	}
	if of := strings.ToLower(ws[n-1].text); of != "of" && of != "for" {
		return false
	}
	rest := strings.Fields(e.Text[fs[1][0]:])
	return wordsType(rest) == "" && !allTitleWords(rest)
}

// dropHeadings drops names found only in a heading line ("What Happens
// Now") that the body never repeats and that are made of words the text
// also writes in lower case: the tagger takes title-case headings for
// names.
func (r *resolver) dropHeadings() {
	count := map[string]int{}
	for _, m := range r.mentions {
		count[nameKey(m.e.Text)]++
	}
	var lower []string // the words the text writes in lower case, sorted; read when needed
	for _, m := range r.mentions {
		if count[nameKey(m.e.Text)] > 1 || !inHeading(r.text, m.e.Span) {
			continue
		}
		if lower == nil {
			lower = lowerCaseWords(r.text)
		}
		for _, w := range strings.Fields(m.e.Text) {
			if _, ok := slices.BinarySearch(lower, strings.ToLower(w)); ok {
				m.drop = true
				break
			}
		}
	}
	kept := r.mentions[:0]
	for _, m := range r.mentions {
		if !m.drop {
			kept = append(kept, m)
		}
	}
	r.mentions = kept
}

// lowerCaseWords returns the words text writes in lower case, sorted.
func lowerCaseWords(text string) []string {
	out := []string{}
	for _, w := range contextWords(text, 0, len(text)) {
		if strings.ToLower(w.text) == w.text {
			out = append(out, w.text)
		}
	}
	slices.Sort(out)
	return out
}

// inHeading reports whether span lies in a short line with no sentence
// punctuation: a heading.
func inHeading(text string, span parallax.Span) bool {
	start := strings.LastIndexByte(text[:span.Start], '\n') + 1
	end := strings.IndexByte(text[span.End:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += span.End
	}
	line := strings.TrimSpace(text[start:end])
	return len(line) < 80 && !strings.ContainsAny(line, ".,;:!?\"“”") && len(strings.Fields(line)) <= 8
}

// nameKey is the form under which mentions of a name are grouped: lower
// case, diacritics folded, spaces normalised, no leading "the".
func nameKey(s string) string {
	return strings.ReplaceAll(Slug(s), "-", " ")
}

// decideTypes sets each name's type: from its words or the gazetteers
// when they decide it, demonyms from the places they are made from, and
// otherwise the tagger's votes.
func (r *resolver) decideTypes() {
	for _, n := range r.order {
		r.knownType(n)
	}
	for _, m := range r.mentions {
		if !m.n.strong && apposedBody(r.text, m.e.Span.End) {
			m.n.typ, m.n.strong = "ORGANIZATION", true // "Loomwise, the San Francisco startup that …"
		}
	}
	for _, n := range r.order {
		r.derivedDemonym(n)
	}
	for _, n := range r.order {
		r.pluralDemonym(n)
	}
	r.vote()
}

// knownType sets the type of a name its words or a gazetteer decide.
func (r *resolver) knownType(n *name) {
	text := strings.Join(n.words, " ")
	switch {
	case len(n.words) > 1 && wordsType(n.words) != "":
		n.typ, n.strong = wordsType(n.words), true
	default:
		if c, ok := r.w.country(text); ok {
			n.typ, n.strong, n.place, n.country = "LOCATION", true, true, c
		} else if c, ok := r.w.cities[strings.ToLower(text)]; ok {
			n.typ, n.strong, n.country = "LOCATION", true, c
		} else if c, ok := r.w.demonymCountry(firstPart(text)); ok && isCap(text) {
			n.typ, n.strong, n.demonym, n.country = "MISC", true, true, c
		} else if hasClass(strings.ToLower(text), gazOrg) {
			n.typ, n.strong = "ORGANIZATION", true
		} else if len(n.words) >= 2 && len(n.words) <= 3 && firstname.Known(n.words[0]) && isCap(n.words[1]) {
			// "Ruth Abeyta": a first name before a capitalised word
			// outvotes one reading of the tagger.
			n.votes["PERSON"] += 2
		}
	}
}

// apposedBody reports whether the apposition right after a name at end
// describes a body: ", the San Francisco startup that …", ", a Lagos
// lender,". Its head is the last word before a clause, a phrase or a
// mark.
func apposedBody(text string, end int) bool {
	rest, ok := strings.CutPrefix(text[end:], ", ")
	if !ok {
		return false
	}
	head := ""
	for i, w := range strings.Fields(rest[:min(len(rest), 160)]) {
		bare := strings.TrimRight(w, ",;:.—)")
		lw := strings.ToLower(bare)
		if i == 0 {
			if lw != "the" && lw != "a" && lw != "an" {
				return false
			}
			continue
		}
		if apposedStops[lw] {
			break
		}
		head = lw
		if bare != w {
			break
		}
	}
	return bodyNouns[head]
}

// apposedStops end the head of an apposition.
var apposedStops = wordSet("that which who whose where with based in of for from at on by and to")

// bodyNouns head an apposition describing a business or another body.
var bodyNouns = wordSet(`startup start-up company firm maker carmaker automaker retailer chain airline carrier
bank lender insurer conglomerate subsidiary brand manufacturer producer publisher broadcaster
supplier distributor agency charity club team union party network newspaper outlet provider
platform developer operator miner group`)

// firstPart returns the part of a hyphenated word before its first hyphen
// ("Veltravan-built" → "Veltravan").
func firstPart(s string) string {
	if i := strings.IndexByte(s, '-'); i > 0 && !strings.Contains(s, " ") {
		return s[:i]
	}
	return s
}

// hasClass reports whether a lower-cased phrase is in the gazetteer class.
func hasClass(phrase, class string) bool {
	for _, c := range loadGazetteer().phrases[phrase] {
		if c == class {
			return true
		}
	}
	return false
}

// wordsType returns the type a multi-word name's head word gives it
// ("Ostrel Air Base" → LOCATION, "Ministry of Labour" → ORGANIZATION,
// "Lumira Accord" → MISC), or "".
func wordsType(words []string) string {
	head := words[len(words)-1]
	for i, w := range words {
		if i > 0 && nameBreaks[strings.ToLower(w)] {
			head = words[i-1]
			break
		}
	}
	head = strings.ToLower(head)
	first := strings.ToLower(words[0])
	switch {
	case orgHeads[head]:
		return "ORGANIZATION"
	case placeHeads[head]:
		return "LOCATION"
	case miscHeads[head]:
		return "MISC"
	case placeFirst[first]:
		return "LOCATION"
	case orgHeads[first]:
		return "ORGANIZATION"
	}
	return ""
}

// derivedDemonym makes a capitalised single word a demonym when the
// article names the place it is made from ("Veltravan", "Veltrava").
func (r *resolver) derivedDemonym(n *name) {
	if n.strong || len(n.words) != 1 || !isCap(n.words[0]) {
		return
	}
	word := firstPart(n.words[0])
	for _, stem := range demonymStems(word) {
		p := r.names[stem]
		if p == nil || p == n || (p.strong && p.typ != "LOCATION") {
			continue
		}
		p.typ, p.strong, p.place = "LOCATION", true, true
		if p.country == "" {
			p.country = strings.Join(p.words, " ")
		}
		n.typ, n.strong, n.demonym, n.country = "MISC", true, true, p.country
		return
	}
}

// pluralDemonym makes "Veltravans" a demonym when "Veltravan" is one, and
// "Veltravan" one when "Veltravans" is.
func (r *resolver) pluralDemonym(n *name) {
	if n.strong || len(n.words) != 1 || !isCap(n.words[0]) {
		return
	}
	other := r.names[n.key+"s"]
	if s, ok := strings.CutSuffix(n.key, "s"); ok {
		other = r.names[s]
	}
	if other != nil && other.demonym {
		n.typ, n.strong, n.demonym, n.country = "MISC", true, true, other.country
	}
}

// vote sets the type of the names nothing else decided from the tagger's
// votes. A lone word that names no person of the article loses its
// PERSON votes when it has other readings: the tagger often takes a
// sentence-initial place for a person ("Brennick's mayor").
func (r *resolver) vote() {
	parts := map[string]bool{}
	for _, n := range r.order {
		if !n.strong && len(n.words) > 1 && argmax(n.votes) == "PERSON" && !r.endsInPlace(n) {
			parts[nameKey(n.words[0])] = true
			parts[nameKey(n.words[len(n.words)-1])] = true
		}
	}
	for _, n := range r.order {
		if n.strong {
			continue
		}
		votes := n.votes
		if len(n.words) == 1 && votes["PERSON"] > 0 && !parts[n.key] {
			votes = withoutPerson(votes)
			if len(votes) == 0 {
				votes = r.containerVotes(n)
			}
			if len(votes) == 0 {
				votes = n.votes
			}
		}
		n.typ = argmax(votes)
		if len(n.words) == 1 && parts[n.key] {
			n.typ = "PERSON" // a name or surname of a person of the article
		}
		if n.typ == "PERSON" && len(n.words) > 1 && r.endsInPlace(n) {
			n.typ = "ORGANIZATION" // "Sovereign Kessaria": a party named for its country
		}
	}
}

// endsInPlace reports whether a name's last word is a country or a
// demonym, which a person's name does not end in.
func (r *resolver) endsInPlace(n *name) bool {
	last := r.names[nameKey(n.words[len(n.words)-1])]
	if last != nil && (last.place || last.demonym) {
		return true
	}
	_, ok := r.w.country(n.words[len(n.words)-1])
	return ok
}

// containerVotes returns the types of the longer names a word is part
// of ("Brennick" in "Brennick Bay" and "Port of Brennick").
func (r *resolver) containerVotes(n *name) map[string]int {
	votes := map[string]int{}
	for _, o := range r.order {
		if len(o.words) > 1 && o.typ != "" && o.typ != "PERSON" && containsWord(o.words, n.words[0]) {
			votes[o.typ]++
		}
	}
	if votes["LOCATION"] > 0 {
		return map[string]int{"LOCATION": 1} // the place the others are named after
	}
	return votes
}

func containsWord(words []string, w string) bool {
	for _, x := range words {
		if strings.EqualFold(trimPossessive(x), w) {
			return true
		}
	}
	return false
}

func withoutPerson(votes map[string]int) map[string]int {
	out := map[string]int{}
	for t, c := range votes {
		if t != "PERSON" {
			out[t] = c
		}
	}
	return out
}

// typeOrder breaks ties between votes: a place before an organisation
// (countries acting are tagged either way), then a person.
var typeOrder = []string{"LOCATION", "ORGANIZATION", "PERSON", "MISC"}

// argmax returns the type with the most votes.
func argmax(votes map[string]int) string {
	best, n := "", 0
	for _, t := range typeOrder {
		if votes[t] > n {
			best, n = t, votes[t]
		}
	}
	return best
}

// readRoles sets the type of every mention from its name and reads the
// titles of the people; mentions inside another person's title are
// dropped or narrowed.
func (r *resolver) readRoles() {
	for _, m := range r.mentions {
		if m.e.Type != "PERSON" || m.drop {
			continue
		}
		ro := roleOf(r.text, m.e.Span.Start, m.e.Span.End)
		m.e.Role = ro.text
		if m.e.Role == "" {
			m.e.Role = ro.honorific
		}
		if ro.start >= 0 {
			r.insideTitle(ro.start, m.e.Span.Start)
		}
	}
}

// insideTitle drops the mentions in text[start:end], a person's title,
// that cannot stand there as names of their own ("Harbour" in "Harbour
// master"), and narrows "Veltravan Defence" to its demonym.
func (r *resolver) insideTitle(start, end int) {
	for _, o := range r.mentions {
		if o.drop || o.e.Span.Start < start || o.e.Span.End > end {
			continue
		}
		words := strings.Fields(o.e.Text)
		k := len(words)
		for k > 1 && allTitleWords(words[k-1:k]) {
			k--
		}
		first := r.names[nameKey(words[0])]
		switch {
		case o.e.Type == "PERSON" || allTitleWords(words):
			o.drop = true
		case k == 1 && len(words) > 1 && first != nil:
			// "Veltravan Defence" in "Veltravan Defence Minister".
			o.e.Text = words[0]
			o.e.Span.End = o.e.Span.Start + len(words[0])
			o.n, o.e.Type, o.e.ID = first, first.typ, first.id
		case k == 1 && len(words) > 1:
			// "US Defense" in "US Defense Secretary", the country alone
			// named nowhere else: a country, or a demonym with its id.
			r.countryInTitle(o, words[0])
		}
	}
}

// countryInTitle narrows mention o, the start of a person's title, to
// its first word w when w is a country or a demonym of one.
func (r *resolver) countryInTitle(o *mention, w string) {
	typ := "LOCATION"
	c, ok := r.w.country(w)
	if !ok {
		typ = "MISC"
		if c, ok = r.w.demonymCountry(w); !ok {
			return
		}
	}
	o.e.Text = w
	o.e.Span.End = o.e.Span.Start + len(w)
	o.e.Type, o.e.ID = typ, ID("LOCATION", c)
}

// allTitleWords reports whether every word is a title head or modifier
// ("Defence", "Foreign Affairs" is not).
func allTitleWords(words []string) bool {
	for _, w := range words {
		lw := strings.ToLower(w)
		if !titleHeads[lw] && !titleModifiers[lw] {
			return false
		}
	}
	return true
}

// link gives every name its id: short forms the id of the full name
// they stand for, demonyms their country's.
func (r *resolver) link() {
	for _, n := range r.order {
		n.id = r.ownID(n)
	}
	for _, n := range r.order {
		if full := r.fullName(n); full != nil {
			n.id, n.typ = full.id, full.typ
		}
	}
	for _, m := range r.mentions {
		m.e.ID, m.e.Type = m.n.id, m.n.typ
	}
}

// ownID is the id a name has before short forms are linked.
func (r *resolver) ownID(n *name) string {
	if n.demonym {
		return ID("LOCATION", n.country)
	}
	if n.place && n.country != "" {
		return ID("LOCATION", n.country)
	}
	return ID(n.typ, strings.Join(n.words, " "))
}

// fullName returns the one longer name of the article a short form stands
// for, or nil: a person by first name or surname, an organisation by its
// first words, its generic head ("Assembly") or its initials ("BDU").
func (r *resolver) fullName(n *name) *name {
	if n.demonym || n.place {
		return nil
	}
	var found *name
	for _, f := range r.order {
		if f == n || len(f.words) <= len(n.words) || !r.shortFor(n, f) {
			continue
		}
		if found != nil && found.id != f.id {
			return nil // two people share the surname: ambiguous
		}
		found = f
	}
	return found
}

// shortFor reports whether short may stand for the longer name full.
func (r *resolver) shortFor(short, full *name) bool {
	sw, fw := lowerWords(short.words), lowerWords(full.words)
	switch full.typ {
	case "PERSON":
		if short.typ == "PERSON" {
			return hasPrefix(fw, sw) || hasSuffix(fw, sw)
		}
		// A lone word the tagger read as something else is the surname
		// only when nothing else decided its type.
		return !short.strong && len(sw) == 1 && hasSuffix(fw, sw)
	case "ORGANIZATION":
		if short.typ == "LOCATION" && short.strong {
			return false
		}
		if short.typ != "ORGANIZATION" && short.typ != "PERSON" {
			return false
		}
		return hasPrefix(fw, sw) || (hasSuffix(fw, sw) && isOrgWord(sw[len(sw)-1])) || isAcronymOf(short.words, full.words)
	}
	return false
}

func lowerWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(trimPossessive(w))
	}
	return out
}

func hasPrefix(full, short []string) bool {
	if len(short) >= len(full) {
		return false
	}
	for i, w := range short {
		if full[i] != w {
			return false
		}
	}
	return true
}

func hasSuffix(full, short []string) bool {
	if len(short) >= len(full) {
		return false
	}
	off := len(full) - len(short)
	for i, w := range short {
		if full[off+i] != w {
			return false
		}
	}
	return true
}

// isAcronymOf reports whether short is one upper-case word made of the
// initials of the capitalised words of full ("BDU", "Brennick
// Dockworkers' Union").
func isAcronymOf(short, full []string) bool {
	if len(short) != 1 || len(short[0]) < 2 {
		return false
	}
	a := strings.ReplaceAll(short[0], ".", "")
	for _, c := range a {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	var initials strings.Builder
	for _, w := range full {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			initials.WriteRune(r)
		}
	}
	return initials.String() == a
}
