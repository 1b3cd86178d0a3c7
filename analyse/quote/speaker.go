package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/firstname"
)

// Kinds of speaker phrase.
const (
	kName    = 'n' // a name: "Ana Varela", "Varela", "Harrowgate Terminals"
	kPronoun = 'p' // he, she, they, it
	kRole    = 'r' // a definite role noun to resolve: "the minister"
	kDoc     = 'd' // a definite document to resolve: "the statement"
	kOther   = 'o' // a description that stands for itself: "police", "a company spokeswoman"
	kJoint   = 'j' // two named speakers: "Rosa Ambry and Henrik Alsop"
)

// mention is a speaker phrase as written, read: its name and title split.
type mention struct {
	span   parallax.Span // the phrase as written
	text   string
	kind   byte
	name   string // the name, titles split off (kName)
	role   string // the title or role written with it
	head   string // the head noun of a role or document phrase, lower case
	mods   []string
	gender byte // 'm', 'f', or 0 when not evident
	person bool // a person's name (a title or first name says so)
	org    bool
	// parts are the two speakers of a joint mention (kJoint), joined by
	// the conjunction as written in and.
	parts []mention
	and   string
}

// readMention reads the speaker phrase toks[s:e].
func (d *doc) readMention(s, e int) mention {
	if e-s > 1 && d.lx == englishWords && floatingQuantifiers[d.toks[e-1].low] {
		e-- // "Ambry and Alsop both said", "the ministers all said"
	}
	m := mention{span: parallax.Span{Start: d.toks[s].s, End: d.toks[e-1].e}}
	m.text = d.text[m.span.Start:m.span.End]
	if e-s == 1 {
		if g, ok := d.lx.pronouns[d.toks[s].low]; ok {
			m.kind, m.gender = kPronoun, g
			return m
		}
		if g := objectGender[d.toks[s].low]; g != 0 && d.lx == englishWords {
			m.kind, m.gender = kPronoun, g // "heard him say"
			return m
		}
	}
	segs := d.segments(s, e)
	if len(segs) > 1 && d.dateline(segs[0]) {
		// "KAMPALA — Health authorities said": the dateline is no speaker
		return d.readMention(segs[1][0], e)
	}
	if d.readJoint(&m, s, e) || len(segs) > 1 && segs[0][0] == s && d.readJoint(&m, s, segs[0][1]) {
		// "Rosa Ambry and Henrik Alsop said", "said Tomas Reyk and
		// Anna Lind, who lead the union": both speak, not the last
		// named alone
		return m
	}
	if len(segs) == 2 && !d.toks[segs[0][0]].cap && d.readJoint(&m, segs[1][0], segs[1][1]) {
		return m // "the country's largest airlines, Corvid Air and Pelican Express"
	}
	if d.readApposedJoint(&m, segs) {
		return m // "Ostrel's foreign minister, Kasimir Dunaj, and his Varnian counterpart, Elif Maral"
	}
	if len(segs) == 2 && segs[1][1]-segs[1][0] == 1 && d.toks[segs[1][0]].cap && d.hasLocPrep(segs[0][0], segs[0][1]) {
		segs = segs[:1] // "in Greenbelt, Maryland": the place goes on
		m.span.End = d.toks[segs[0][1]-1].e
		m.text = d.text[m.span.Start:m.span.End]
	}
	if d.readName(&m, segs) {
		return m
	}
	d.readDescription(&m, segs[0])
	if m.kind == kOther && d.someoneWho(segs, e) {
		// "One regional operator, who asked not to be named": someone
		// unnamed; one whom "he" or "she" may take up, or a group
		// ("two officials, who …") whom "they" may, as bodies are
		m.person = true
		m.org = singular(m.head) != m.head
	}
	return m
}

// readJoint makes m the joint mention of two named speakers when
// toks[s:e] is one ("Rosa Ambry and Henrik Alsop"; see jointAt).
func (d *doc) readJoint(m *mention, s, e int) bool {
	j := d.jointAt(s, e)
	if j == 0 || d.andInBodyName(j, s, e) || d.titleDomainBefore(s, j) {
		// "the State Forestry and Fire Agency", "the Academy of Motion
		// Picture Arts and Sciences" are one body; "Member for Roads and
		// Transport Grace Mbugua" one person
		return false
	}
	if d.lx.determiners[d.toks[j+1].low] && !d.lx.determiners[d.toks[s].low] {
		return false // "Reyk and The Times": a paper, not a person; "the X Association and the Y Trust" are two bodies
	}
	left, right := d.readMention(s, j), d.readMention(j+1, e)
	if left.kind != kName || right.kind != kName || left.org && right.person || right.org && left.person || d.titleEnds(j) {
		return false // "former Pennsylvania Gov. and Committee Chairman Ed Rendell": two titles of one
	}
	if f := strings.Fields(right.name); j == s+1 && !right.org && !left.org && len(f) == 2 && firstname.Known(left.name) {
		left.name += " " + f[1] // "Michael and Bríd Hennessy": the couple share the surname
	}
	m.kind, m.parts, m.and = kJoint, []mention{left, right}, d.toks[j].text
	m.name, m.person, m.gender = left.name+" "+m.and+" "+right.name, true, 'p'
	return true
}

// roleWordOnly reports whether a name read is one capitalised word
// naming a role ("Counsel", "Spokesman"): no name.
func (d *doc) roleWordOnly(name string) bool {
	l := strings.ToLower(name)
	return !strings.Contains(name, " ") && (titles[l] || roleHeads[l] || roleSynonyms[l] != nil)
}

// someoneWho reports whether an indefinite description ("one regional
// operator", "a man") is followed by "who" in its mention (segs) or
// right after it (at e): a person, where "the band, who formed in 1990"
// stays a body.
func (d *doc) someoneWho(segs [][2]int, e int) bool {
	first := d.toks[segs[0][0]].low
	if first != "a" && first != "an" && first != "one" && !numberWords[first] {
		return false
	}
	inside := len(segs) > 1 && d.toks[segs[1][0]].low == "who"
	after := e+1 < len(d.toks) && d.toks[e].text == "," && d.toks[e+1].low == "who"
	return inside || after
}

// readApposedJoint makes m the joint mention of two people each named
// in apposition to a role, the second role opening with "and" ("Ostrel's
// foreign minister, Kasimir Dunaj, and his Varnian counterpart, Elif
// Maral"), or the second named after one ("Brun and the regional
// governor, Oddvar Lie"). False when segs are not so.
func (d *doc) readApposedJoint(m *mention, segs [][2]int) bool {
	if d.lx != englishWords {
		return false
	}
	var left, right mention
	and := ""
	switch {
	case len(segs) == 4 && d.lx.joinsNames(d.toks[segs[2][0]].low):
		left, right = d.readMention(segs[1][0], segs[1][1]), d.readMention(segs[3][0], segs[3][1])
		and = d.toks[segs[2][0]].text
	case len(segs) == 2:
		// "Brun and the regional governor, Oddvar Lie"
		j := segs[0][0] + 1
		for j < segs[0][1] && !d.lx.joinsNames(d.toks[j].low) {
			j++
		}
		if j+1 >= segs[0][1] || !d.toks[j-1].cap || d.toks[j+1].cap || isPrep(d.toks[segs[0][0]].low) || d.lx.boundaries[d.toks[segs[0][0]].low] || d.toks[segs[0][0]].low == "unlike" {
			return false // no "and" after a name, a name after it, or a phrase, not a subject ("In Oslo and …")
		}
		left, right = d.readMention(segs[0][0], j), d.readMention(segs[1][0], segs[1][1])
		if isPlaceName(left.name) {
			return false
		}
		and = d.toks[j].text
	default:
		return false
	}
	if left.kind != kName || right.kind != kName || left.org || right.org {
		return false
	}
	m.kind, m.parts, m.and = kJoint, []mention{left, right}, and
	m.name, m.person, m.gender = left.name+" "+m.and+" "+right.name, true, 'p'
	return true
}

// titleEnds reports whether the phrase ending before j ends with a
// title that is no surname (see surnameTitle): "former Pennsylvania
// Gov.", not "Paul Major".
func (d *doc) titleEnds(j int) bool {
	return d.lx.isTitle(d.toks[j-1].low) && !d.surnameTitle(j-1)
}

// andInBodyName reports whether the "and" at k joins two parts of one
// body's name in toks[s:e]: the name after it is an institution's, the
// capitalised words before it name no body and no person of their own
// ("State Forestry and Fire Agency", not "Kestrel Air and Pelican
// Airways" or "Ana Varela and Harbour Trust").
func (d *doc) andInBodyName(k, s, e int) bool {
	if d.lx != englishWords || d.toks[k].low != "and" || k+1 >= e {
		return false
	}
	if k+2 == e && d.toks[k+1].cap && d.ofBefore(s, k) {
		return true // "the Academy of Motion Picture Arts and Sciences", "the Ministry of Agriculture and Fisheries"
	}
	if !isOrgName(d.phrase(k+1, e)) {
		return false
	}
	l := k
	for l-1 >= s && d.toks[l-1].cap && d.toks[l-1].word && !determiners[d.toks[l-1].low] {
		l--
		if firstname.Known(d.toks[l].low) || titles[d.toks[l].low] {
			return false
		}
	}
	return l < k && !isOrgName(d.phrase(l, k))
}

// particleInName reports whether the lower-case word at k is a
// surname's particle between two capitalised words of one name before
// e: "Hendrik de Vries-Mutua", "Karen du Plessis".
func (d *doc) particleInName(k, e int) bool {
	t := d.toks[k]
	return !t.cap && firstname.Particle(t.low) && k > 0 && k+1 < e && d.toks[k-1].cap && d.toks[k-1].word && d.toks[k+1].cap && d.toks[k+1].word
}

// dateline reports whether seg is a dateline opening a paragraph: one
// word in capitals ("KAMPALA", "HARIPUR") before a dash or a colon.
func (d *doc) dateline(seg [2]int) bool {
	t := d.toks[seg[0]]
	if seg[1]-seg[0] != 1 || !t.word || len(t.text) < 3 || strings.ToUpper(t.text) != t.text || strings.ToLower(t.text) == t.text {
		return false
	}
	if seg[0] > 0 && d.para[seg[0]-1] == d.para[seg[0]] {
		return false // not the paragraph's first word
	}
	n := seg[1]
	return n < len(d.toks) && (d.toks[n].text == "—" || d.toks[n].text == "–" || d.toks[n].text == "-" || d.toks[n].text == ":")
}

// titleDomainBefore reports whether a title's domain opens in
// toks[s:j]: a title word followed by "for" or "of" ("Member for Roads").
func (d *doc) titleDomainBefore(s, j int) bool {
	for k := s; k+1 < j; k++ {
		if l := d.toks[k+1].low; titles[d.toks[k].low] && (l == "for" || l == "of") {
			return true
		}
	}
	return false
}

// ofBefore reports whether an "of" joining a body's name stands in
// toks[s:j].
func (d *doc) ofBefore(s, j int) bool {
	for k := s + 1; k < j; k++ {
		if d.toks[k].low == "of" && d.orgOf(k, j) {
			return true
		}
	}
	return false
}

// ownerOfBody reports whether the possessive at k names the owner of the
// body named after it, toks[k+1:e], rather than being part of its name:
// the entity stage found the owner as a place ("Varnholm's Ministry of
// Defence") or named a body after it ("the Bank of Tessaly", then
// "Tessaly's Ministry of Finance"), where "Moody's Investors Service" or
// "the People's Bank of China" name their own words.
func (d *doc) ownerOfBody(k, e int) bool {
	t := d.toks[k]
	base, ok := strings.CutSuffix(t.text, "'s")
	if !ok {
		base, ok = strings.CutSuffix(t.text, "’s")
	}
	if !ok || !t.cap || !isOrgName(d.phrase(k+1, e)) {
		return false
	}
	for _, e := range d.ents {
		if e.Text == base && e.Type == "LOCATION" || strings.HasSuffix(e.Text, " of "+base) {
			return true
		}
	}
	return false
}

// firstNameIn returns where a person's name starts in the capitalised
// run toks[ns:e]: at a known first name after words that are none, with
// a surname after it, the words before being a title the lexicon lacks
// ("Librarian Ruth Amsel", "City Comptroller Raymond Fiske"), or after
// the first of three words when the article writes the other two
// without it; ns otherwise.
func (d *doc) firstNameIn(ns, e int) int {
	if e-ns < 3 || firstname.Known(d.toks[ns].low) || isInitial(d.toks[ns].text) {
		return ns // "H. Dale Hall": an initial opens the name
	}
	for k := ns + 1; k < e-1; k++ {
		if firstname.Known(d.toks[k].low) {
			if placeOpeners[d.toks[k-1].low] {
				return ns // "San Diego Union-Tribune", "St. John Ambulance"
			}
			return k
		}
	}
	if e-ns == 3 && d.toks[ns+1].cap && d.toks[ns+2].cap && !firstname.Particle(d.toks[ns+1].low) && !isOrgName(d.phrase(ns, e)) && (d.writtenWithout(ns, e) || occupation(d.toks[ns].low)) {
		return ns + 1 // "Midwife Catriona Bell", later "Catriona Bell"; "Seismologist Dilek Arman"
	}
	return ns
}

// postNominals are honours and titles written after a British or
// Commonwealth name ("Amara Obi KC", "Sir Tom Vale MP").
var postNominals = set("KC", "QC", "MP", "MEP", "MSP", "MLA", "MBE", "OBE", "CBE", "KBE", "DBE", "FRS", "PhD")

// spokespeople speak for someone: "a spokesman for Prime Minister Elena
// Castor" relays her words, where "chair of trustees Ben Ashdown" is
// the chair.
var spokespeople = set("spokesman", "spokeswoman", "spokesperson", "representative", "aide", "adviser", "advisor")

// knownNameIn reports whether a known first name opens a name within
// toks[s:e]: a title's domain ends before it ("chair of trustees Ben
// Ashdown"), where "a spokesman for the Bank of Leinmore" names none.
func (d *doc) knownNameIn(s, e int) bool {
	for k := s; k < e-1; k++ {
		if d.toks[k].cap && firstname.Known(d.toks[k].low) {
			return !isOrgName(d.phrase(k, e)) // not "the director of the Grace Kelly Foundation"
		}
	}
	return false
}

// occupation reports whether w names what someone does, by a list or an
// ending no given name has: "seismologist", "engineer", "teacher".
func occupation(w string) bool {
	if listedPersonNoun(w) {
		return true
	}
	return len(w) > 6 && strings.HasSuffix(w, "ist") || len(w) > 6 && strings.HasSuffix(w, "man") && w != "woman" || w == "vendor"
}

// placeOpeners begin the names of places named after people.
var placeOpeners = set("san", "santa", "santo", "são", "sao", "st", "st.", "saint", "fort", "port", "mount", "mt.", "los", "las")

// untitled returns a person's name an entity tagger gave, name, at sp,
// without the words before its first name that the lexicon does not
// know as a title, and those words ("Tenant Gloria Mbeki" is Gloria
// Mbeki, a tenant; see firstNameIn).
func (d *doc) untitled(name string, sp parallax.Span) (string, string) {
	s, e := d.tokAt(sp.End-len(name)), d.tokAt(sp.End)
	if s >= e || d.phrase(s, e) != name {
		return name, ""
	}
	if k := d.firstNameIn(s, e); k > s {
		return d.phrase(k, e), d.phrase(s, k)
	}
	return name, ""
}

// isInitial reports whether w is one capital letter, with or without its
// period: "H." in "H. Dale Hall".
func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && n == len(w) && unicode.IsUpper(r)
}

// writtenWithout reports whether the article also writes the name
// toks[ns+1:e] without the word at ns before it: the text's own evidence
// that the word is a title, not a first name.
func (d *doc) writtenWithout(ns, e int) bool {
	rest := d.text[d.toks[ns+1].s:d.toks[e-1].e]
	whole := d.text[d.toks[ns].s:d.toks[e-1].e]
	return strings.Count(d.text, rest) > strings.Count(d.text, whole)
}

// floatingQuantifiers may follow a subject before its verb; they are not
// part of the speaker's name.
var floatingQuantifiers = set("both", "all", "each")

// jointAt returns the conjunction that joins two capitalised names in the
// speaker phrase toks[s:e] ("Ambry and Alsop", "Union leader Rosa Ambry
// and chief executive Henrik Alsop"), 0 when there is none or more than
// one, or when a comma or a bracket stands in the phrase (an appositive
// reads otherwise).
func (d *doc) jointAt(s, e int) int {
	j := 0
	for k := s; k < e; k++ {
		t := d.toks[k]
		switch {
		case !t.word && t.text != "'" && t.text != "’" && t.text != ".":
			return 0
		case d.lx.joinsNames(t.low):
			if j > 0 {
				return 0
			}
			j = k
		}
	}
	if j <= s || j >= e-1 || !d.toks[j-1].cap || !d.toks[e-1].cap {
		return 0
	}
	return j
}

// segments splits a speaker phrase at its appositive commas, dashes and
// brackets.
func (d *doc) segments(s, e int) [][2]int {
	var segs [][2]int
	a := s
	for k := s; k < e; k++ {
		if isApposMark(d.toks[k].text) || d.toks[k].text == "(" || d.toks[k].text == ")" {
			if k > a {
				segs = append(segs, [2]int{a, k})
			}
			a = k + 1
		}
	}
	if e > a {
		segs = append(segs, [2]int{a, e})
	}
	return segs
}

// readName fills m from the first segment that holds a name, the role
// from its title or from another segment ("Karel Dunst, the party's
// spokesman"); false when no segment holds a name.
func (d *doc) readName(m *mention, segs [][2]int) bool {
	var descs []string
	for i, sg := range segs {
		name, role, g, person := d.splitName(sg[0], sg[1])
		if name != "" && i+1 < len(segs) && d.roleWordOnly(name) {
			name = "" // "Counsel for the younger Mulvane, Aled Pryce": a role, the name after it
		}
		if name != "" && m.name == "" {
			m.name, m.role, m.gender, m.person = name, role, g, person
			continue
		}
		if name != "" || sg[1]-sg[0] == 1 && (isNumber(d.toks[sg[0]].text) || partyTag(d.toks[sg[0]].text)) {
			continue // a second name, an age, a party and state
		}
		if d.lx.relatives[d.toks[sg[0]].low] {
			if i > 0 || sg[1]-sg[0] < 2 {
				break // "Hanne Roth, whose husband, a sergeant, …": a clause, no role
			}
			descs = append(descs, d.phrase(sg[0]+1, sg[1])) // "whose president, Caroline Mbeki-Strand": hers
			continue
		}
		descs = append(descs, d.phrase(sg[0], sg[1]))
	}
	if m.name == "" {
		return false
	}
	m.kind = kName
	if m.role == "" && len(descs) > 0 {
		m.role = d.lx.stripDet(descs[0])
		m.person = true
	}
	m.org = !m.person && d.lx.isOrgName(m.name)
	if m.gender == 0 {
		m.gender = nameGender(m.name)
	}
	return true
}

// readDescription fills m from a phrase with no name: a role noun to
// resolve ("the minister"), a document ("the statement"), a document's
// owner ("the ministry's statement"), or a description that stands for
// itself ("police", "a company spokeswoman").
func (d *doc) readDescription(m *mention, seg [2]int) {
	if d.lx != englishWords {
		d.langDescription(m, seg)
		return
	}
	m.name = d.phrase(seg[0], seg[1])
	m.role = stripDet(m.name)
	headTok := d.descriptionHead(seg)
	m.head = base(d.toks[headTok].low)
	for k := seg[0]; k < headTok; k++ {
		if !determiners[d.toks[k].low] {
			m.mods = append(m.mods, d.toks[k].low)
		}
	}
	if documentHeads[m.head] && d.readOwner(m, seg[0], headTok) || d.readIssuer(m, seg) || d.readPrincipal(m, seg) {
		return
	}
	if g, ok := possessiveGender[d.toks[seg[0]].low]; ok && documentHeads[m.head] {
		m.kind, m.gender = kPronoun, g // "her survey found": hers, as "she found"
		return
	}
	definite := d.toks[seg[0]].low == "the" || d.toks[seg[0]].low == "this" || d.toks[seg[0]].low == "that"
	switch {
	case definite && ageNoun(m.head):
		m.kind, m.gender = kPronoun, 'a' // "the 29-year-old": the person named before, as "he" or "she" would be
	case definite && roleHeads[m.head]:
		m.kind = kRole
	case definite && documentHeads[m.head]:
		m.kind = kDoc
	default:
		m.kind = kOther
		// one person described ("a dock worker", "one witness") is
		// someone "he" or "she" may go on from; others, and plurals,
		// stand for institutions and groups ("they")
		l := d.toks[headTok].low
		one := agentNoun(m.head) || unnamedNouns[m.head] || ageNoun(m.head) // "a dock worker", "a sales assistant", "a 29-year-old"
		m.org = !one || orgHeads[m.head] || strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")
		m.name = lowerDet(m.name)
	}
}

// descriptionHead returns the head noun of the description toks[seg[0]:
// seg[1]]: its last word, or the word before a phrase or clause that
// qualifies it.
func (d *doc) descriptionHead(seg [2]int) int {
	for k := seg[0]; k < seg[1]; k++ {
		l := d.toks[k].low
		switch {
		case l == "of" && k == seg[0]+1 && partitives[d.toks[seg[0]].low]:
			continue // "one of the investigators": the investigators
		case k > seg[0] && (l == "who" || l == "whom" || l == "whose" || l == "which" || l == "that"):
			return k - 1 // "a neighbour who saw the arrests"
		case k == seg[1]-1 && k-1 > seg[0] && postAdjectives[l]:
			return k - 1 // "two people familiar", the rest cut off
		case l == "of" || l == "for" || l == "at" || l == "in" || l == "de" || l == "inside" || l == "within" || l == "among" || l == "with" && k-1 > seg[0] && !postAdjectives[d.toks[k-1].low],
			l == "from" && k+1 < seg[1] && !strings.HasSuffix(d.toks[k+1].low, "ing"):
			// "a source inside the ministry", "officials from both
			// countries"; not "kept the agency from finalizing"
			return k - 1
		case k-2 >= seg[0] && postAdjectives[d.toks[k-1].low] && (l == "with" || l == "to" || l == "on"):
			return k - 2 // "two people familiar with the matter", "a person briefed on the talks"
		case k > seg[0] && k+1 < seg[1] && !d.toks[k].cap && (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed")) && isPrep(d.toks[k+1].low):
			return k - 1 // "aid groups working in the region", "people arrested at the scene"
		}
	}
	return seg[1] - 1
}

// possessiveGender gives the gender of a possessive determiner, as
// pronouns does for a pronoun.
var possessiveGender = map[string]byte{"his": 'm', "her": 'f', "their": 'p', "its": 'o'}

// partitives count out a group in "one of the investigators", "two of
// the miners": the group's noun heads the phrase.
var partitives = set("one", "two", "three", "some", "several", "many", "most", "none", "each", "either", "neither", "all")

// postAdjectives follow the noun they describe, before their phrase:
// "people familiar with the talks", "officials close to the minister".
var postAdjectives = set("familiar", "close", "briefed", "knowledgeable", "loyal")

// readOwner makes the possessor of a document the speaker: "X's
// statement", "the ministry's letter". False when there is none.
func (d *doc) readOwner(m *mention, s, headTok int) bool {
	for k := headTok - 1; k >= s; k-- {
		l := d.toks[k].low
		if !strings.HasSuffix(l, "'s") && !strings.HasSuffix(l, "s'") {
			continue
		}
		owner := strings.TrimSuffix(strings.TrimSuffix(d.phrase(s, k+1), "'s"), "’s")
		owner = strings.TrimSuffix(strings.TrimSuffix(owner, "'"), "’")
		m.name, m.role, m.head, m.mods = lowerDet(owner), "", "", nil
		m.kind, m.org = kOther, true
		if f := strings.Fields(strings.ToLower(stripDet(owner))); len(f) > 0 {
			m.head, m.mods = f[len(f)-1], f[:len(f)-1] // "the company's post": the company's
		}
		if n := stripDet(owner); n != "" && n[0] >= 'A' && n[0] <= 'Z' {
			m.kind, m.name, m.org = kName, n, isOrgName(n)
		}
		return true
	}
	return false
}

// readIssuer makes the issuer of a document the speaker: "a statement
// from the club", "a report released by the agency", "a study from the
// Rensford Institute". False when the phrase names none.
func (d *doc) readIssuer(m *mention, seg [2]int) bool {
	for k := seg[0]; k+2 < seg[1]; k++ {
		if d.toks[k].low == "of" {
			return false // "the author of a report from X": the document is no head
		}
		if !documentHeads[base(d.toks[k].low)] {
			continue
		}
		j := k + 1
		if strings.HasSuffix(d.toks[j].low, "ed") && j+2 < seg[1] {
			j++ // "released by", "issued by", "signed by"
		}
		if l := d.toks[j].low; l != "from" && l != "by" {
			return false
		}
		return d.readOwnerPhrase(m, j+1, seg[1], "")
	}
	return false
}

// readOwnerPhrase makes the phrase toks[s:e] the speaker m stands for,
// read as a speaker phrase of its own ("Mayor Frank G. Jackson" is Frank
// G. Jackson), m keeping the words as written, and role as its role when
// given; false, m unchanged, when the phrase names no one.
func (d *doc) readOwnerPhrase(m *mention, s, e int, role string) bool {
	if s >= e || d.functionWordsOnly(s, e) || isPrep(d.toks[s].low) {
		return false // "a spokesman for the.", "issued by by the agency"
	}
	o := d.readMention(s, e)
	o.span, o.text = m.span, m.text
	if role != "" {
		o.role = role
	}
	if o.kind == kOther && o.name != "" && o.name[0] >= 'A' && o.name[0] <= 'Z' {
		o.kind = kName // "Bloomberg", "the SITE Intelligence Group"
	}
	if n := stripDet(d.phrase(s, e)); n != "" && n[0] >= 'A' && n[0] <= 'Z' && isOrgName(n) {
		o.kind, o.name, o.org = kName, n, true // "the Rensford Institute of Health" whole
	}
	*m = o
	return true
}

// readPrincipal makes the institution or person an unnamed spokesperson
// speaks for the speaker, with the role "through a spokesman": "a
// spokesman for the Bank of Leinmore" is the bank speaking, as "the bank
// said" is (a prime minister speaking through one is no spokesman), and
// so is "a navy spokesman" or "a Surrey Police spokeswoman". False when
// the phrase is none.
func (d *doc) readPrincipal(m *mention, seg [2]int) bool {
	s, e := seg[0], seg[1]
	if e-s < 3 || d.toks[s].low != "a" && d.toks[s].low != "an" {
		return false
	}
	if e-s >= 4 && spokesNouns[d.toks[s+1].low] && d.toks[s+2].low == "for" {
		return d.readOwnerPhrase(m, s+3, e, "through a "+d.toks[s+1].low)
	}
	// "a navy spokesman", "a Surrey Police spokeswoman": the words
	// between name the body, when they are a name or end in a body's noun
	if k := e - 1; spokesNouns[d.toks[k].low] && (d.toks[k-1].cap || orgHeads[d.toks[k-1].low]) {
		role := "through a " + d.toks[k].low
		if d.toks[k-1].cap {
			return d.readOwnerPhrase(m, s+1, k, role)
		}
		name := "the " + d.phrase(s+1, k)
		*m = mention{span: m.span, text: m.text, kind: kOther, name: name, role: role, head: d.toks[k-1].low, org: true}
		return true
	}
	return false
}

// spokesNouns name those who speak for an institution.
var spokesNouns = set("spokesman", "spokeswoman", "spokesperson", "representative")

// splitName finds a name in toks[s:e]: the last run of capitalised words
// that are not titles, before any "of" phrase; the words before it are the
// role. A person title before it ("Mr", "Defence Minister") marks a person
// and may give a gender.
func (d *doc) splitName(s, e int) (name, role string, gender byte, person bool) {
	if d.lx != englishWords {
		return d.langSplitName(s, e)
	}
	for e-s > 2 && postNominals[d.toks[e-1].text] {
		e-- // "Amara Obi KC": an honour, not the name
	}
	domain := -1 // the "of" or "for" of a title's domain
	for k := s; k < e; k++ {
		if l := d.toks[k].low; isPrep(l) && k > s {
			if d.particleInName(k, e) {
				continue // "Hendrik de Vries-Mutua"
			}
			if l == "of" && d.orgOf(k, e) {
				continue // "Chamber of Commerce", "University of Lumira"
			}
			if (l == "of" || l == "for") && titles[d.toks[k-1].low] && (d.toks[k-1].cap || d.knownNameIn(k+2, e) && !spokespeople[d.toks[k-1].low]) && domain < 0 {
				domain = k // "Minister of Defence Ana Varela", "chair of trustees Ben Ashdown"
				continue
			}
			e = k
			break
		}
	}
	ns := e
	for k := e - 1; k >= s; k-- {
		t := d.toks[k]
		if (t.low == "of" || determiners[t.low] && k > s && d.toks[k-1].low == "of") && ns < e {
			if of := k; t.low == "of" && d.orgOf(of, e) || t.low != "of" && d.orgOf(k-1, e) {
				continue
			}
		}
		if (t.text == "&" || d.andInBodyName(k, s, e) || d.particleInName(k, e)) && k > s && d.toks[k-1].cap && ns == k+1 {
			// "Tallis & Crane Estates", "the State Forestry and Fire Agency"
			// are one name; so is "Hendrik de Vries-Mutua"
			ns = k
			continue
		}
		title := (titles[t.low] || titles[strings.TrimSuffix(t.low, ".")]) && !(k == e-1 && d.surnameTitle(k)) &&
			!(t.cap && k < e-1 && orgHeads[d.toks[e-1].low]) && // "Ardmore Harbour Trust": a body's name
			!(t.cap && k-1 > s && d.toks[k-1].low == "of" && d.orgOf(k-1, e)) // "Ministry of Finance"
		if !t.word || !t.cap || title || stopCaps[t.low] || determiners[t.low] || d.sentenceStart(k) && isParticiple(t.low) {
			break
		}
		ns = k
	}
	if domain >= 0 {
		ns = d.nameAfterDomain(domain, e)
	}
	if ns < e-1 && d.ownerOfBody(ns, e) {
		ns++ // "Tessaly's Ministry of Finance" is the ministry
	}
	if untitled := !slices.ContainsFunc(d.toks[s:ns], func(t token) bool { return d.lx.isTitle(t.low) }); untitled {
		ns = d.firstNameIn(ns, e) // a title written is the title: "Rep. Orlina Anna Vale"; "former Olympian Derek Styles" has none
	}
	if ns == e {
		return "", "", 0, false
	}
	if e-ns == 1 && (speakerNouns[d.toks[ns].low] || orgHeads[d.toks[ns].low]) {
		return "", "", 0, false // "Police", "Officials" opening a sentence
	}
	// a name ending in a possessive is a modifier: "Kessaria's foreign minister"
	if strings.HasSuffix(d.toks[e-1].low, "'s") {
		return "", "", 0, false
	}
	rs := s
	for rs < ns && determiners[d.toks[rs].low] {
		rs++
	}
	var roleWords []string
	for k := rs; k < ns; k++ {
		t := d.toks[k]
		if g, ok := personTitles[t.low]; ok {
			person = true
			if g == 'm' || g == 'f' {
				gender = g
			}
			if isHonorific(t.low) {
				continue // honorifics are no role
			}
		}
		roleWords = append(roleWords, t.text)
	}
	name = d.text[d.toks[ns].s:d.toks[e-1].e]
	if rs < ns && len(roleWords) > 0 {
		role = strings.Join(roleWords, " ")
		// a lower-case role word before the name makes it a person's
		for k := rs; k < ns; k++ {
			if titles[d.toks[k].low] {
				person = true
			}
		}
	}
	if e-ns >= 2 && e-ns <= 3 && !isOrgName(name) {
		person = true
	}
	return name, role, gender, person
}

// nameAfterDomain returns where the name starts in a title's domain and
// the name after it, toks[of+1:e] ("State Karel Dunst", "Foreign Affairs
// Tomas Reyk"): at a known first name, else the last two words, leaving
// the domain one word at least.
func (d *doc) nameAfterDomain(of, e int) int {
	for k := of + 2; k < e; k++ {
		if firstname.Known(d.toks[k].low) {
			return k
		}
	}
	// A single word after the domain stays the domain's: "The Minister
	// of Foreign Affairs, Mr Tomas Reyk, …" names him in the apposition.
	if e-2 >= of+2 {
		return e - 2
	}
	return e
}

// phrase returns the text of toks[s:e].
func (d *doc) phrase(s, e int) string {
	return d.text[d.toks[s].s:d.toks[e-1].e]
}

// orgWords are capitalised words that make a name an institution's.
var orgWords = set("terminals", "union", "ministry", "association", "party", "bank",
	"institute", "council", "assembly", "government", "front", "alliance", "wire",
	"broadcasting", "post", "herald", "gazette", "times", "news", "agency", "army",
	"police", "court", "committee", "office", "company", "group", "inc", "ltd",
	"corp", "corporation", "university", "foundation", "commission", "chamber",
	"department", "forces", "navy", "air", "embassy", "presidency", "republic",
	"kingdom", "bureau", "service", "authority", "league", "federation", "club",
	"network", "press", "television", "radio", "centre", "center", "fund", "trust",
	"museum", "gallery", "charity", "society", "festival", "clinic", "library", "theatre", "theater", "academy")

// isOrgName reports whether a capitalised name reads as an institution.
func isOrgName(name string) bool {
	for w := range strings.FieldsSeq(name) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // not Trim's cutset: "News" is no "New"
		if l := strings.ToLower(strings.Trim(w, ".,'’")); orgWords[l] || companySuffixes[l] || slices.Contains(institutionNames["club"], l) && l != "city" {
			return true
		}
	}
	return false
}

// nameGender guesses a gender from a first name: listed names, or a final
// -a as a weak female sign. 0 when there is no evidence.
func nameGender(name string) byte {
	f := strings.Fields(name)
	if len(f) < 2 {
		return 0
	}
	first := strings.ToLower(f[0])
	if firstname.Known(first) {
		return firstname.Gender(first)
	}
	if strings.HasSuffix(first, "a") && len(first) > 2 {
		return 'f'
	}
	return 0
}

// stripDet drops a leading article: "the party's spokesman" → "party's
// spokesman".
func stripDet(s string) string {
	for _, d := range []string{"the ", "The ", "a ", "A ", "an ", "An ", "its ", "Its ", "his ", "His ", "her ", "Her ", "their ", "Their "} {
		if strings.HasPrefix(s, d) {
			return s[len(d):]
		}
	}
	return s
}

// lowerDet writes a leading "The" in lower case: "The Kessarian foreign
// ministry" → "the Kessarian foreign ministry".
func lowerDet(s string) string {
	for _, d := range []string{"The ", "A ", "An ", "Its ", "Our ", "His ", "Her ", "Their "} {
		if strings.HasPrefix(s, d) {
			return strings.ToLower(d) + s[len(d):]
		}
	}
	return s
}

// surname returns the last word of a name.
func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// orgOf reports whether the "of" at k joins two parts of one capitalised
// name: a capitalised non-title word before it and a capitalised word
// (after any article) behind it.
func (d *doc) orgOf(k, e int) bool {
	if k == 0 || !d.toks[k-1].cap || titles[d.toks[k-1].low] || !orgWords[base(d.toks[k-1].low)] {
		return false
	}
	j := k + 1
	if j < e && determiners[d.toks[j].low] {
		j++
	}
	return j < e && d.toks[j].cap && (!titles[d.toks[j].low] || domainTitles[d.toks[j].low])
}

// domainTitles are title words that name a field ("Finance Minister"),
// which after a body's "of" is the body's: "Ministry of Finance".
var domainTitles = set("foreign", "defence", "defense", "interior", "finance", "transport", "health",
	"justice", "labour", "labor", "trade", "economy", "education")

// hasLocPrep reports whether toks[s:e] hold a place preposition: "in",
// "at", "near", "from", "outside".
func (d *doc) hasLocPrep(s, e int) bool {
	for k := s; k < e; k++ {
		switch d.toks[k].low {
		case "in", "at", "near", "from", "outside", "of":
			return k+1 < e && d.toks[k+1].cap
		}
	}
	return false
}

// canSpeak reports whether a speaker phrase can make a statement: not a
// description headed by a happening or a state ("the rioting", "the
// melting of sea ice", "the Greek crisis"), which underline and
// threaten but say nothing.
func (m mention) canSpeak() bool {
	if m.kind != kOther || m.head == "" || speakerNouns[m.head] || orgHeads[m.head] || personNouns[m.head] {
		return true // "a witness", though it ends like "illness"
	}
	for _, suf := range []string{"ing", "sis", "ness", "ism"} {
		if strings.HasSuffix(m.head, suf) && len(m.head) > len(suf)+2 {
			return false
		}
	}
	return true
}
