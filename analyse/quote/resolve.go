package quote

import (
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/firstname"
)

// maxParas is how far back (in paragraphs before the current one) a
// pronoun or role noun may find its speaker.
const maxParas = 3

// maxRefs bounds the same look-back in mentions: text without paragraph
// breaks is one paragraph, and reading its thousands of mentions again
// for every pronoun took time quadratic in its length. Four paragraphs of
// news hold a few dozen.
const maxRefs = 200

// person is someone (or some body) the article names.
type person struct {
	name string
	// aliases are other names the entity stage gave the same id
	// ("Harrowgate" for Harrowgate Terminals, "MSA"), found as the name is
	aliases []string
	roles   []string
	gender  byte
	age     int // as written after the name ("Tom Vale, 54,"); 0 when not
	org     bool
	entity  string
	// anonymous marks people the article describes but does not name
	// ("a dock worker", "officials"): their statements' speaker is
	// unknown, as is that of a pronoun going back to them.
	anonymous bool
}

// ref is one mention of a person at an offset.
type ref struct {
	pos, para, sent int
	p               int  // index in persons
	statement       bool // a speaker "in a statement"
	speaks          bool // a speaker, not a name in passing
	surname         bool // a last name alone (see surnameRef)
	institution     bool // an organisation's name in passing (see orgRef)
}

// resolver holds the article's people and their mentions so far.
type resolver struct {
	d       *doc
	persons []person
	refs    []ref            // in order of pos
	byLast  map[string][]int // persons by the last word of their name, lower case
	first   map[int]int      // offset of each person's first mention
	ents    entIndex
	joints  []joint // joint speakers resolved so far, in order of pos
}

// joint is where two speakers spoke together, for "they" and "the
// statement" after them.
type joint struct {
	pos, para int
	res       resolved
	statement bool // "said in a joint statement"
}

// lastJoint returns the joint speakers last resolved before pos within
// maxParas paragraphs (a statement's, when statement), and where their
// mention ends (after the refs of each of them it holds).
func (r *resolver) lastJoint(pos int, statement bool) (resolved, int, bool) {
	para := r.d.paraOf(pos)
	for i := len(r.joints) - 1; i >= 0; i-- {
		j := r.joints[i]
		if j.pos >= pos || statement && !j.statement {
			continue
		}
		if j.para < para-maxParas {
			continue // joints are kept in the order their statements were resolved, not by offset
		}
		return j.res, j.pos, true
	}
	return resolved{}, 0, false
}

// add records a new person and returns its index.
func (r *resolver) add(p person) int {
	i := len(r.persons)
	r.persons = append(r.persons, p)
	r.index(i, p.name)
	return i
}

// resolve ties each statement's speaker to a name and builds the Quotes.
func (d *doc) resolve(cands []cand) []parallax.Quote {
	r := &resolver{d: d, byLast: map[string][]int{}, first: map[int]int{}, ents: newEntIndex(d.ents)}
	r.addEntities()
	r.addNames()
	r.addSubjects()
	out := make([]parallax.Quote, 0, len(cands))
	done := map[*attr]resolved{}
	var last resolved // the speaker of the statement before, and where it ends
	lastEnd := -1
	for _, c := range cands {
		q := c.q
		q.Speaker = parallax.UnknownSpeaker
		if c.a != nil {
			res, ok := done[c.a]
			if !ok {
				res = r.speaker(c.a)
				done[c.a] = res
			}
			q.Speaker, q.Role, q.Entity = res.name, res.role, res.entity
			q.SpeakerText, q.SpeakerSpan = c.a.m.text, c.a.m.span
			if c.a.m.text == "" {
				q.SpeakerSpan = parallax.Span{} // a subject the verb implies, not written
			}
			q.Cue, q.CueSpan = d.text[c.a.cue.Start:c.a.cue.End], c.a.cue
			last, lastEnd = res, max(q.Span.End, c.a.cue.End)
		} else if res, ok := r.goesOn(last, lastEnd, q); ok {
			q.Speaker, q.Entity = res.name, res.entity
			last, lastEnd = res, q.Span.End
		}
		out = append(out, q)
	}
	return out
}

// resolved is a speaker as it goes into a Quote.
type resolved struct{ name, role, entity string }

// addEntities records the article's person and organisation entities as
// mentions, full names first so that "Varela" finds "Ana Varela".
func (r *resolver) addEntities() {
	for _, e := range r.d.ents {
		if e.Type != "PERSON" && e.Type != "ORGANIZATION" {
			continue
		}
		name := stripTitles(e.Text)
		if e.Type == "ORGANIZATION" {
			name = stripDet(e.Text) // a body's name keeps its title words: "Interior Ministry"
		}
		if f := strings.Fields(name); len(f) > 1 && (strings.HasSuffix(f[0], "ing") || sentenceOpeners[strings.ToLower(f[0])]) && r.d.sentenceStart(r.d.tokAt(e.Span.Start)) {
			name = strings.Join(f[1:], " ") // "Hosting Cook", "Once Microsoft" opening a sentence
		}
		org := e.Type == "ORGANIZATION"
		title := ""
		if !org {
			name, title = r.d.untitled(name, e.Span)
		}
		if name == "" {
			continue
		}
		p := r.find(name, org, e.Span.Start)
		if p < 0 && org {
			p = r.orgShortName(name, e.Span.Start) // "Corvane" after "Corvane Systems"
		}
		if p < 0 {
			// the entity stage's short forms ("MSA", the Meridian Space
			// Agency) and fuller names ("Tara", then "Tara Reid")
			switch p = r.byEntity(e.ID); {
			case p < 0:
			case len(name) > len(r.persons[p].name) && strings.Contains(" "+name+" ", " "+r.persons[p].name+" "):
				r.rename(p, name)
			default:
				r.alias(p, name)
			}
		}
		if p < 0 {
			p = r.add(person{name: name, org: org, gender: nameGender(name)})
		}
		if title != "" {
			r.addRole(p, title)
		}
		if e.ID != "" && r.persons[p].entity == "" {
			r.persons[p].entity = e.ID
		}
		if e.Role != "" {
			r.addRole(p, e.Role)
		}
		if g := titleGender(e.Text); g != 0 {
			r.persons[p].gender = g
		}
		r.addRef(p, e.Span.Start, false)
	}
}

// sentenceOpeners open a sentence's first clause and no name ("Once
// Microsoft learnt of it"); "Until" and "After" open names too ("Until
// Freedom", "After Hours").
var sentenceOpeners = set("once", "when", "while", "although", "though", "because", "since", "if", "whereas", "unless")

// speaker resolves an attribution's speaker.
func (r *resolver) speaker(a *attr) resolved {
	m := a.m
	pos := m.span.Start
	switch m.kind {
	case kName:
		if full := r.fullerName(m); full != "" {
			m.name = full // "The Royal College of Surgeons of Westmarch", not "Royal College"
		}
		p := r.find(m.name, m.org, pos)
		if (p < 0 || !strings.Contains(r.persons[p].name, " ")) && !m.person {
			// a company's or club's short form: "Ravenport" for Ravenport
			// Rovers, though a headline's "Ravenport" before the body
			// names the club was taken for a body of its own; not "Mr
			// Bolton", nor "Charlton" after Sir Bobby Charlton
			if q := r.orgShortName(m.name, pos); q >= 0 {
				p = q
			}
		}
		if p < 0 {
			p = r.byFirstName(m.name, pos)
		}
		if p < 0 {
			p = r.byEntityAt(m)
		}
		if p < 0 {
			p = r.add(person{name: m.name, org: m.org})
		}
		if m.gender != 0 && r.persons[p].gender == 0 {
			r.persons[p].gender = m.gender
		}
		if m.role != "" {
			r.addRole(p, m.role)
		}
		role := m.role
		if role == "" {
			role = r.entityRole(m.span)
		}
		r.addSpeaker(p, pos, a.statement)
		return resolved{name: r.nameOf(p), role: role, entity: r.entityOf(m.span, p)}
	case kPronoun:
		age, _ := ageOf(m.head) // "the 29-year-old": not someone written as 54
		p := r.nearest(pos, func(p person) bool { return compatible(p, m.gender) && (age == 0 || p.age == 0 || p.age == age) })
		if j, at, ok := r.lastJoint(pos, false); ok && m.gender == 'p' && (p < 0 || at > r.lastRef(p, pos)) && !r.groupSince(at, pos) {
			return j // "they" after "Liam and Orla Fennessy said", not after "Residents were angry."
		}
		if p < 0 {
			return resolved{name: parallax.UnknownSpeaker}
		}
		if (m.gender == 'm' || m.gender == 'f') && r.persons[p].gender == 0 {
			r.persons[p].gender = m.gender
		}
		r.addSpeaker(p, pos, a.statement)
		return resolved{name: r.nameOf(p), entity: r.persons[p].entity}
	case kRole:
		p := r.byRole(m, pos)
		if p < 0 {
			return resolved{name: parallax.UnknownSpeaker, role: m.role}
		}
		r.addSpeaker(p, pos, a.statement)
		return resolved{name: r.nameOf(p), role: m.role, entity: r.persons[p].entity}
	case kJoint:
		left, right := r.speaker(&attr{m: m.parts[0], statement: a.statement}), r.speaker(&attr{m: m.parts[1], statement: a.statement})
		res := resolved{name: namedBody(left.name) + " " + m.and + " " + namedBody(right.name)}
		r.joints = append(r.joints, joint{pos: m.span.End, para: r.d.paraOf(pos), res: res, statement: a.statement})
		return res
	case kDoc:
		p := r.byStatement(pos)
		if p >= 0 && r.nounSince(m.head, r.d.sentenceAfter(r.lastRef(p, pos)), pos) {
			p = -1 // another statement written of in between: "The party responded with a statement."
		}
		if j, at, ok := r.lastJoint(pos, true); ok && (p < 0 || at > r.lastRef(p, pos)) {
			return j // "the statement" after "X and Y said in a joint statement"
		}
		if p < 0 {
			p = r.issuerBefore(m, pos)
		}
		if p < 0 {
			return resolved{name: parallax.UnknownSpeaker}
		}
		return resolved{name: r.nameOf(p), entity: r.persons[p].entity}
	}
	// "King said": a capitalised title word alone is the surname of a
	// person named before ("Tishana King") when there is one
	if !strings.Contains(m.text, " ") && r.d.toks[r.d.tokAt(pos)].cap {
		if q := r.find(m.text, false, pos); q >= 0 && !r.persons[q].org && r.persons[q].name != m.text {
			r.addSpeaker(q, pos, a.statement)
			return resolved{name: r.nameOf(q), entity: r.persons[q].entity}
		}
	}
	if p, q := r.theTwo(m, pos); p >= 0 {
		r.addSpeaker(p, pos, a.statement)
		r.addSpeaker(q, pos, a.statement)
		return resolved{name: r.nameOf(p) + " and " + r.nameOf(q)}
	}
	if p := r.byInstitution(m, pos); p >= 0 {
		r.addSpeaker(p, pos, a.statement) // "the ministry" after "the Ministry of Agriculture"
		return resolved{name: r.nameOf(p), entity: r.persons[p].entity}
	}
	// a description stands for itself, "they" and "it" may find it
	// later, or "he" and "she" one person described ("a dock worker");
	// people it does not name are an unknown speaker, the description
	// staying as written in SpeakerText
	anon := r.d.lx == englishWords && m.kind == kOther && (anonymous(m.head) || m.person)
	if q := r.namedLater(m, anon, pos); q >= 0 {
		r.addSpeaker(q, pos, a.statement) // "A Republican congressman from Texas says …", then "Rep. Dwight Harlan"
		return resolved{name: r.nameOf(q), entity: r.persons[q].entity}
	}
	p := r.find(m.name, true, pos)
	if p < 0 && !anon {
		p = r.orgShortName(m.name, pos) // "Ravenport" for Ravenport Rovers, whatever the tagger made of the place
	}
	if p < 0 {
		p = r.add(person{name: m.name, org: m.org, anonymous: anon})
	}
	r.addSpeaker(p, pos, a.statement)
	if r.persons[p].anonymous {
		return resolved{name: parallax.UnknownSpeaker}
	}
	return resolved{name: m.name, role: "", entity: r.entityOf(m.span, p)}
}

// named reports whether p has a name, not a description ("the city").
func named(p person) bool {
	r, _ := utf8.DecodeRuneInString(p.name)
	return unicode.IsUpper(r)
}

// singular returns the singular of a plural noun, as anonymous reads it.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "men"):
		return strings.TrimSuffix(w, "men") + "man"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// namedLater returns the person that one described in an article's
// opening paragraphs turns out to be, as news leads often put it ("A
// Republican congressman from Texas says he will not run again", then
// "Rep. Dwight Harlan, R-Texas, told …"): the first person the next
// paragraph names, when a title of theirs is the description's noun; -1
// otherwise, and when the description is not indefinite ("the
// congressman" goes back, not forward).
func (r *resolver) namedLater(m mention, anon bool, pos int) int {
	para := r.d.paraOf(pos)
	if !anon || m.org || para > 1 || !strings.HasPrefix(strings.ToLower(m.name), "a ") && !strings.HasPrefix(strings.ToLower(m.name), "an ") {
		return -1
	}
	first, firstAt := -1, 0
	for i, p := range r.persons {
		at := r.firstRef(i)
		if at > pos && r.d.paraOf(at) == para+1 && !p.org && (first < 0 || at < firstAt) {
			first, firstAt = i, at
		}
	}
	if first < 0 || r.persons[first].anonymous || roleScore(r.persons[first], m, false) < 1 {
		return -1
	}
	return first
}

// nameOf returns the name person p is given as a speaker: unknown for
// people the article does not name.
func (r *resolver) nameOf(p int) string {
	if r.persons[p].anonymous {
		return parallax.UnknownSpeaker
	}
	return r.persons[p].name
}

// anonymous reports whether a description's head noun names people
// rather than an institution: "a dock worker", "one witness",
// "officials", "two people familiar with the talks" are sources the
// article does not name; "the police" and "the ministry" are bodies.
func anonymous(head string) bool {
	one := singular(head) // "officials", "spokesmen", "broadcasters"
	switch {
	case orgHeads[head] || orgHeads[one] || businessHeads[one] || companyMaker(one):
		return false // "the carmaker", "two broadcasters": bodies
	case peopleNouns[head] || unnamedNouns[one] || ageNoun(one) || kinNouns[one]:
		return true
	}
	return agentNoun(one)
}

// peopleNouns name people in general.
var peopleNouns = set("people", "person", "persons", "source", "sources", "insider", "insiders", "someone", "somebody", "others",
	"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "child", "children",
	"them", "us", "those") // "one of them", "one of those"

// unnamedNouns name people by what they do or are with endings that also
// name things, beyond agentNoun's list: only an unnamed source's head is
// read against them.
var unnamedNouns = set("investigator", "negotiator", "legislator", "commentator", "spectator", "demonstrator",
	"moderator", "administrator", "coordinator", "supervisor", "counselor", "councillor", "councilor",
	"ambassador", "juror", "sailor", "actor", "creditor", "patient", "tenant", "migrant", "immigrant",
	"participant", "applicant", "claimant", "defendant", "plaintiff", "suspect", "veteran", "pilot",
	"nurse", "surgeon", "assistant", "attendant", "accountant", "consultant", "occupant", "inhabitant",
	"entrant", "contestant", "informant", "merchant", "evacuee", "employee", "trainee", "detainee",
	"refugee", "retiree", "attendee", "appointee", "escapee", "deportee", "interviewee", "amputee")

// find returns the person a name refers to: the same name, or the full
// name whose surname (or last words) it is, preferring one named before
// pos. -1 when none.
func (r *resolver) find(name string, org bool, pos int) int {
	best, bestPos := -1, -1
	low := strings.ToLower(name)
	var matches []int
	for _, i := range r.byLast[strings.ToLower(surname(name))] {
		p := r.persons[i]
		pl := strings.ToLower(p.name)
		match := pl == low || slices.ContainsFunc(p.aliases, func(a string) bool { return strings.EqualFold(a, name) })
		if !match && !org && !p.org {
			match = strings.HasSuffix(pl, " "+low) || samePerson(pl, low)
		}
		if !match {
			continue
		}
		matches = append(matches, i)
		first := r.firstRef(i)
		if first < 0 {
			first = 1 << 30
		}
		if best < 0 || first < pos && (bestPos >= pos || first > bestPos) {
			best, bestPos = i, first
		}
	}
	if !strings.Contains(name, " ") {
		// a surname two people share is the one the article has called
		// by it alone: "Felt" is Mark Felt, whose daughter Joan Felt it
		// names in full
		if p := r.bySurnameUse(matches, pos); p >= 0 {
			best = p
		}
	}
	if best >= 0 && len(name) > len(r.persons[best].name) && strings.HasSuffix(low, " "+strings.ToLower(r.persons[best].name)) {
		// the fuller name wins; index it under its own last word too
		r.persons[best].name = name
	}
	return best
}

// bySurnameUse returns, of the people ps sharing a surname, the one
// who spoke last in pos's paragraph ("Joan Felt said she was proud.
// “…,” Felt said."), or else the one last called by the surname alone
// before pos ("Felt" is Mark Felt, whose daughter Joan Felt the article
// names in full); -1 when there is no telling.
func (r *resolver) bySurnameUse(ps []int, pos int) int {
	if len(ps) < 2 {
		return -1
	}
	para := r.d.paraOf(pos)
	for i := r.refsBefore(pos) - 1; i >= 0; i-- {
		if f := r.refs[i]; slices.Contains(ps, f.p) && (f.para == para && f.speaks || f.surname) {
			return f.p
		}
	}
	return -1
}

// samePerson reports whether two lower-case full names share first name
// and surname ("ana varela", "ana maria varela").
func samePerson(a, b string) bool {
	fa, fb := withoutInitial(strings.Fields(a)), withoutInitial(strings.Fields(b))
	if slices.Equal(fa, fb) {
		return true // "w. mark felt", "mark felt"
	}
	if len(fa) < 2 || len(fb) < 2 {
		return false
	}
	return fa[0] == fb[0] && fa[len(fa)-1] == fb[len(fb)-1]
}

// withoutInitial drops a leading initial from a name's words.
func withoutInitial(f []string) []string {
	if len(f) > 2 && isInitial(strings.ToUpper(f[0])) {
		return f[1:]
	}
	return f
}

// firstRef returns the offset of the person's first mention, -1 if none.
func (r *resolver) firstRef(p int) int {
	if pos, ok := r.first[p]; ok {
		return pos
	}
	return -1
}

// addRef records a mention, keeping refs in offset order, and returns it
// for its kind to be marked.
func (r *resolver) addRef(p, pos int, statement bool) *ref {
	f := ref{pos: pos, para: r.d.paraOf(pos), sent: r.d.sentOf(pos), p: p, statement: statement}
	if old, ok := r.first[p]; !ok || pos < old {
		r.first[p] = pos
	}
	i := sort.Search(len(r.refs), func(i int) bool { return r.refs[i].pos > pos })
	r.refs = append(r.refs, ref{})
	copy(r.refs[i+1:], r.refs[i:])
	r.refs[i] = f
	return &r.refs[i] // valid until the next addRef
}

// addSpeaker records that person p speaks at offset pos.
func (r *resolver) addSpeaker(p, pos int, statement bool) {
	r.addRef(p, pos, statement).speaks = true
}

// recent yields the mentions before offset pos, nearest first, as far
// as role nouns and documents look back: maxRefs mentions, maxParas
// paragraphs.
func (r *resolver) recent(pos int) iter.Seq[ref] {
	return func(yield func(ref) bool) {
		para := r.d.paraOf(pos)
		end := r.refsBefore(pos)
		for i := end - 1; i >= 0 && i >= end-maxRefs; i-- {
			if r.refs[i].para < para-maxParas || !yield(r.refs[i]) {
				return
			}
		}
	}
}

// refsBefore returns the number of mentions before offset pos.
func (r *resolver) refsBefore(pos int) int {
	return sort.Search(len(r.refs), func(i int) bool { return r.refs[i].pos >= pos })
}

// nearest returns the person a pronoun at pos refers to: in the nearest
// sentence before it (the current one first) that mentions a compatible
// person, the one who speaks there or else the first one mentioned (the
// subject, most often); within maxParas paragraphs. -1 when none.
func (r *resolver) nearest(pos int, ok func(person) bool) int {
	para, sent := r.d.paraOf(pos), r.d.sentOf(pos)
	i := r.refsBefore(pos)
	stop := max(0, i-maxRefs)
	for i > stop {
		f := r.refs[i-1]
		if f.para < para-maxParas {
			return -1
		}
		// the first compatible mention in the sentence of f, outside
		// quotation marks: in "“His (Gray’s) hands were down,” she said"
		// Gray is spoken of, not speaking
		j := i - 1
		pick, speaker := -1, -1
		for j >= stop && r.refs[j].sent == f.sent {
			// a last name alone in the pronoun's own sentence is most
			// often someone else's, unless it opens the sentence:
			// "Asked about her vote if Clinton wins, she replied", not
			// "Sanders, who …, rallied people … that he says …"
			own := r.refs[j].surname && r.refs[j].sent == sent && !r.d.sentenceStart(r.d.tokAt(r.refs[j].pos))
			if ok(r.persons[r.refs[j].p]) && !r.d.quoted(r.refs[j].pos) && !own && !r.refs[j].institution && (pick < 0 || !r.d.inOpener(r.refs[j].pos)) {
				pick = r.refs[j].p
				if r.refs[j].speaks {
					speaker = pick
				}
			}
			j--
		}
		if speaker >= 0 {
			return speaker // "… than Trump, Bolton said, …": Bolton speaks on
		}
		if pick >= 0 {
			return pick
		}
		i = j + 1
	}
	return -1
}

// inOpener reports whether offset pos lies in a participle phrase
// opening its sentence, before the comma that ends it: "Asked whether
// she had spoken to Mayor Dobbs, Vasquez-Lind laughed" has Dobbs there,
// the sentence's subject after it.
func (d *doc) inOpener(pos int) bool {
	k := d.tokAt(pos)
	s := k
	for s > 0 && !d.sentenceStart(s) {
		if d.toks[s].text == "," {
			return false
		}
		s--
	}
	if l := d.toks[s].low; !strings.HasSuffix(l, "ed") && !isParticiple(l) || !d.toks[s].cap || firstname.Known(l) ||
		s+1 >= len(d.toks) || d.toks[s+1].cap {
		return false // "Ahmed Khan met …", "Reed said": a name, no participle
	}
	for ; k < len(d.toks) && !d.sentenceEnd(k); k++ {
		if d.toks[k].text == "," {
			return true
		}
	}
	return false
}

// quoted reports whether offset pos lies inside a quotation's marks.
func (d *doc) quoted(pos int) bool {
	k := d.tokAt(pos)
	return k < len(d.toks) && d.toks[k].s == pos && d.inq[k]
}

// compatible reports whether a pronoun of gender g can refer to p.
func compatible(p person, g byte) bool {
	switch g {
	case 'm', 'f':
		return !p.org && (p.gender == 0 || p.gender == g)
	case 'p', 'o':
		return p.org
	case 'a':
		return !p.org // an unwritten subject: "«…», afirmó."
	}
	return false
}

// byRole returns the person a role noun ("the minister", "the defence
// minister") refers to: one mentioned within maxParas paragraphs whose
// role has the head noun, preferring more of the modifiers, then the
// nearest. -1 when none.
func (r *resolver) byRole(m mention, pos int) int {
	best, bestScore := -1, -1
	for f := range r.recent(pos) {
		p := r.persons[f.p]
		if p.anonymous && descriptionHead(p.name) == m.head && bestScore < 1 {
			return f.p // "a resident doctor who spoke on condition of anonymity", then "the doctor said"
		}
		score := roleScore(p, m, r.d.lx.titleSuffixes != nil)
		if score > bestScore {
			best, bestScore = f.p, score
		}
	}
	if bestScore < 1 {
		return r.onlyHolder(m, pos)
	}
	return best
}

// descriptionHead returns the last word of a description before any
// relative clause or phrase: "doctor" of "a resident doctor who spoke on
// condition of anonymity".
func descriptionHead(desc string) string {
	words, _ := nameWords(desc)
	head := ""
	for _, w := range words {
		if englishWords.relatives[w] || w == "that" || isPrep(w) {
			break
		}
		head = w
	}
	return head
}

// onlyHolder returns the one person named anywhere before pos who holds
// m's role, for a role noun past the reach of byRole ("the prosecutor"
// ten paragraphs into a court report is the assistant district attorney
// of its lead); -1 when none or more than one do: a holder is not
// guessed.
func (r *resolver) onlyHolder(m mention, pos int) int {
	// every modifier must be the holder's too: "the sorority's national
	// president" is not the President named before
	bare := m
	bare.mods = nil
	compounds := r.d.lx.titleSuffixes != nil
	p := r.onlyBefore(pos, func(p person) bool {
		s := roleScore(p, bare, compounds)
		return !p.anonymous && s > 0 && roleScore(p, m, compounds) == s+len(m.mods)
	})
	if p < 0 || r.nounSince(m.head, r.lastRef(p, pos), pos) {
		return -1 // "Their new coach is untested. … The coach said": another holder, unnamed
	}
	return p
}

// lastRef returns the offset of person p's last mention before pos.
func (r *resolver) lastRef(p, pos int) int {
	for i := r.refsBefore(pos) - 1; i >= 0; i-- {
		if r.refs[i].p == p {
			return r.refs[i].pos
		}
	}
	return pos
}

// nounSince reports whether the noun head, or its plural, is written
// between offsets from and to.
func (r *resolver) nounSince(head string, from, to int) bool {
	return r.writtenSince(from, to, func(l string) bool { return l == head || singular(l) == head })
}

// writtenSince reports whether a word is written between offsets from
// and to that is, lower-cased.
func (r *resolver) writtenSince(from, to int, is func(low string) bool) bool {
	d := r.d
	for k := d.tokAt(from); k < len(d.toks) && d.toks[k].s < to; k++ {
		if is(d.toks[k].low) {
			return true
		}
	}
	return false
}

// roleScore counts how well a role phrase fits a person: 0 when its head
// is in none of the person's roles, 1 plus one per modifier found.
func roleScore(p person, m mention, compounds bool) int {
	for _, role := range p.roles {
		words := strings.Fields(strings.ToLower(role))
		has := func(w string) bool {
			for _, x := range words {
				if strings.Trim(x, ",.") == w || base(x) == w || compounds && hasCompoundSuffix(x, []string{w}) || slices.Contains(titleAbbreviations[strings.Trim(x, ",.")], w) {
					return true
				}
			}
			return false
		}
		s := 2 // the head itself, above a synonym of it
		if !has(m.head) {
			if !slices.ContainsFunc(roleSynonyms[m.head], has) || slices.ContainsFunc(roleOpposites[m.head], has) {
				continue
			}
			s = 1
		}
		for _, mod := range m.mods {
			if has(base(mod)) {
				s++
			}
		}
		return s
	}
	return 0
}

// roleSynonyms are other nouns for the holder of a role: "the
// prosecutor" is the "Deputy District Attorney".
var roleSynonyms = map[string][]string{
	"prosecutor": {"attorney"}, "lawyer": {"attorney", "counsel"}, "attorney": {"prosecutor", "lawyer"},
	"coach": {"manager"}, "manager": {"coach"}, "spokesman": {"spokesperson"}, "spokeswoman": {"spokesperson"},
	"spokesperson": {"spokesman", "spokeswoman"}, "lawmaker": {"senator", "representative", "congressman", "congresswoman", "legislator"},
	"legislator": {"senator", "representative", "lawmaker"}, "executive": {"ceo"}, "boss": {"ceo", "chief", "head", "director", "manager"},
	"keeper": {"goalkeeper", "goalie"}, "goalkeeper": {"keeper", "goalie"}, "doctor": {"physician", "surgeon", "dr"},
	"physician": {"doctor", "dr"}, "priest": {"pastor", "father", "rev"}, "pastor": {"priest", "rev"},
	"judge": {"justice", "magistrate"}, "magistrate": {"judge"},
}

// roleOpposites keep a synonym from the other side: "the prosecutor" is
// no defence attorney, "the lawyer" no district attorney.
var roleOpposites = map[string][]string{
	"prosecutor": {"defense", "defence"}, "lawyer": {"district", "prosecuting", "state's"},
}

// titleAbbreviations are the nouns an abbreviated title is referred to
// by: "Sen. Marcus Bell" is "the senator".
var titleAbbreviations = map[string][]string{
	"sen": {"senator", "lawmaker"}, "rep": {"representative", "congressman", "congresswoman", "lawmaker"},
	"gov": {"governor"}, "gen": {"general"}, "col": {"colonel"}, "capt": {"captain"},
	"lt": {"lieutenant"}, "sgt": {"sergeant"}, "adm": {"admiral"}, "prof": {"professor"},
	"dr": {"doctor"}, "atty": {"attorney"}, "cllr": {"councillor", "councilor"}, "cr": {"councillor", "councilor"}, "supt": {"superintendent"}, "pres": {"president"},
	"amb": {"ambassador"}, "sec": {"secretary"}, "cmdr": {"commander"}, "insp": {"inspector"},
	"det": {"detective"},
}

// byFirstName returns the one person named before pos whose first name
// is the known first name name ("Ana" after "Ana Varela"); -1 when there
// is none or more than one.
func (r *resolver) byFirstName(name string, pos int) int {
	if strings.Contains(name, " ") || !firstname.Known(strings.ToLower(name)) {
		return -1
	}
	return r.onlyBefore(pos, func(p person) bool { return !p.org && strings.HasPrefix(p.name, name+" ") })
}

// fullerName returns the name of the organisation entity in m's
// phrase that holds m's name as its first or last words, when longer:
// the entity tagger reads a name through "of" and "&", where the rules
// stop ("Royal College" of "the Royal College of Surgeons of
// Westmarch", "Crane Estates" of "Tallis & Crane Estates"). "" when
// there is none.
func (r *resolver) fullerName(m mention) string {
	if f := strings.Fields(m.name); len(f) == 0 || firstname.Known(f[0]) {
		return "" // a person's name
	}
	for _, i := range r.ents.overlapping(m.span) {
		e := r.d.ents[i]
		if e.Type != "ORGANIZATION" || len(e.Text) <= len(m.name) || e.Span.End > m.span.End {
			continue
		}
		if e.Span.Start < m.span.Start && !r.d.capitalsOnly(e.Span.Start, m.span.Start) {
			continue // the phrase read stopped inside the name: "the Independent| Fuel Marketers Association"
		}
		if strings.EqualFold(e.Text, m.role+" "+m.name) && !joinsName(m.role) {
			continue // the title split off a name ("City Comptroller Raymond Fiske"), not a name's first words ("Keldon Fire and")
		}
		if rest, ok := strings.CutPrefix(e.Text, m.name+" "); ok && (strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "& ")) {
			return e.Text // not "in Estmark" after "Ministry of Fisheries"
		}
		if strings.HasSuffix(e.Text, " "+m.name) && !r.d.sentenceStart(r.d.tokAt(e.Span.Start)) {
			return stripDet(e.Text) // not "Once Microsoft" opening a sentence
		}
	}
	return ""
}

// capitalsOnly reports whether text[from:to] holds capitalised words
// only, in one sentence.
func (d *doc) capitalsOnly(from, to int) bool {
	k := d.tokAt(from)
	if d.sentenceStart(k) {
		return false
	}
	for ; k < len(d.toks) && d.toks[k].s < to; k++ {
		if !d.toks[k].word || !d.toks[k].cap {
			return false
		}
	}
	return true
}

// alias records another name of person p, found as its name is.
func (r *resolver) alias(p int, name string) {
	if strings.EqualFold(name, r.persons[p].name) || slices.Contains(r.persons[p].aliases, name) {
		return
	}
	r.persons[p].aliases = append(r.persons[p].aliases, name)
	r.index(p, name)
}

// rename gives person p a fuller name, found under its surname too.
func (r *resolver) rename(p int, name string) {
	r.persons[p].name = name
	r.index(p, name)
}

// index files person p under the last word of name, once.
func (r *resolver) index(p int, name string) {
	last := strings.ToLower(surname(name))
	if !slices.Contains(r.byLast[last], p) {
		r.byLast[last] = append(r.byLast[last], p)
	}
}

// namedBody returns a name without the article a body's name is written
// with ("the Ardmore Harbour Trust"): a description ("the firm") keeps it.
func namedBody(name string) string {
	if rest := stripDet(name); rest != name && named(person{name: rest}) {
		return rest
	}
	return name
}

// joinsName reports whether words, split off before a name as its role,
// are the name's first words: they end with a word that joins a name's
// parts ("Keldon Fire and", "Ministry of Agriculture and"), or are one
// capitalised word the rules never read as a name ("Independent").
func joinsName(words string) bool {
	f := strings.Fields(words)
	if len(f) == 0 {
		return false
	}
	switch l := strings.ToLower(f[len(f)-1]); l {
	case "and", "&", "of", "for":
		return true
	default:
		return len(f) == 1 && stopCaps[l] // "Independent" of "the Independent Fuel Marketers Association"
	}
}

// byEntity returns the person an entity id was given to, -1 when none:
// the entity stage ties short forms and acronyms to the full name.
func (r *resolver) byEntity(id string) int {
	if id == "" {
		return -1
	}
	for i, p := range r.persons {
		if p.entity == id {
			return i
		}
	}
	return -1
}

// byEntityAt returns the person of the entity that is the name m, -1
// when none.
func (r *resolver) byEntityAt(m mention) int {
	for _, i := range r.ents.overlapping(m.span) {
		if e := r.d.ents[i]; strings.EqualFold(stripTitles(e.Text), m.name) {
			return r.byEntity(e.ID)
		}
	}
	return -1
}

// onlyBefore returns the one person first mentioned before pos that ok
// accepts; -1 when there is none or more than one.
func (r *resolver) onlyBefore(pos int, ok func(person) bool) int {
	found := -1
	for i, p := range r.persons {
		if first := r.firstRef(i); first < 0 || first >= pos || !ok(p) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// byStatement returns who last spoke through a document ("said in a
// statement") within maxParas paragraphs, for "the statement said".
func (r *resolver) byStatement(pos int) int {
	for f := range r.recent(pos) {
		if f.statement {
			return f.p
		}
	}
	return -1
}

// addRole records a role for a person once.
func (r *resolver) addRole(p int, role string) {
	for _, x := range r.persons[p].roles {
		if strings.EqualFold(x, role) {
			return
		}
	}
	r.persons[p].roles = append(r.persons[p].roles, role)
}

// entityOf returns the entity id for a speaker phrase: a person or
// organisation entity inside it that names the speaker (not a place or
// body in a title, as "BDU" in "BDU general secretary Rosa Ambry"), else
// the person's.
func (r *resolver) entityOf(sp parallax.Span, p int) string {
	name := ""
	if p >= 0 {
		name = strings.ToLower(r.persons[p].name)
	}
	for _, i := range r.ents.overlapping(sp) {
		e := r.d.ents[i]
		if e.ID == "" || e.Type != "PERSON" && e.Type != "ORGANIZATION" {
			continue
		}
		t := strings.ToLower(stripTitles(e.Text))
		if t == name || name != "" && strings.HasSuffix(name, " "+t) || p < 0 && e.Span.End == sp.End {
			return e.ID
		}
	}
	if p >= 0 {
		return r.persons[p].entity
	}
	return ""
}

// entityRole returns the Role of an entity inside a speaker phrase.
func (r *resolver) entityRole(sp parallax.Span) string {
	for _, i := range r.ents.overlapping(sp) {
		if e := r.d.ents[i]; e.Role != "" {
			return e.Role
		}
	}
	return ""
}

// ageAfter returns the age written after a name ending before token e,
// between commas ("Tom Vale, 54, was"); 0 when none is.
func (d *doc) ageAfter(e int) int {
	if e+2 >= len(d.toks) || d.toks[e].text != "," || !isApposMark(d.toks[e+2].text) && d.toks[e+2].text != "." {
		return 0
	}
	n, err := strconv.Atoi(d.toks[e+1].text)
	if err != nil || n <= 0 || n >= 130 {
		return 0
	}
	return n
}

// sentStart returns the offset where the sentence holding offset off
// starts (its paragraph's start when there are no sentences).
func (d *doc) sentStart(off int) int {
	if i := d.sentOf(off); len(d.sents) > 0 && i < len(d.sents) {
		return d.sents[i].Start
	}
	return d.paraStarts[d.paraOf(off)]
}

// sentenceAfter returns where the sentence after the one holding offset
// off starts (the paragraph after's when there are no sentences).
func (d *doc) sentenceAfter(off int) int {
	if i := d.sentOf(off) + 1; len(d.sents) > 0 && i < len(d.sents) {
		return d.sents[i].Start
	}
	if p := d.paraOf(off) + 1; p < len(d.paraStarts) {
		return d.paraStarts[p]
	}
	return len(d.text)
}

// nextSentenceEnd returns where the sentence after the one holding
// offset off ends, within off's paragraph.
func (d *doc) nextSentenceEnd(off int) int {
	end := d.paraEnd(d.paraOf(off))
	if i := d.sentOf(off) + 1; i < len(d.sents) {
		end = min(end, d.sents[i].End)
	}
	return max(end, off)
}

// sentOf returns the index of the sentence holding offset off (the
// paragraph when there are no sentences).
func (d *doc) sentOf(off int) int {
	if len(d.sents) == 0 {
		return d.paraOf(off)
	}
	return sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > off })
}

// stripTitles removes leading titles and honorifics from a name as an
// entity tagger may include them: "Mr Esper" → "Esper".
func stripTitles(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && titles[strings.ToLower(f[0])] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// titleGender returns the gender an honorific in a name gives.
func titleGender(name string) byte {
	f := strings.Fields(name)
	if len(f) == 0 {
		return 0
	}
	if g := personTitles[strings.ToLower(f[0])]; g == 'm' || g == 'f' {
		return g
	}
	return 0
}

// throughOf returns the end of the capitalised run toks[k:e] taken on
// through an "of" that joins a body's name: "the Royal Museum of
// Antiquities", "the Bank of Tessaly".
func (d *doc) throughOf(k, e int) int {
	for e+1 < len(d.toks) && d.toks[e].low == "of" && d.para[e] == d.para[k] && d.orgOf(e, len(d.toks)) {
		j := e + 1
		if determiners[d.toks[j].low] {
			j++
		}
		n := j
		for n < len(d.toks) && n-j < 4 && d.toks[n].word && d.toks[n].cap && isNameWord(d.toks[n]) {
			n++
		}
		if n == j {
			break
		}
		e = n
	}
	return e
}

// addNames records the people the text names with a title ("Defence
// Minister Ana Varela", "Ms Lena Orso", "Gen. Piet Lorrin") or as two or
// three capitalised words that read as a person's name, with the role
// and gender the title gives. Entities may lack roles, or be missing.
func (r *resolver) addNames() {
	d := r.d
	if d.lx != englishWords {
		r.langNames()
		return
	}
	for k := 0; k < len(d.toks); k++ {
		t := d.toks[k]
		joined := d.ampersandAfter(k) // "Harbour & Hale Bank", whose first word is no name alone
		if !t.word || !t.cap || d.inq[k] || !isNameWord(t) && !joined || d.sentenceStart(k) && isParticiple(t.low) ||
			k >= 2 && d.ampersandAfter(k-2) {
			continue
		}
		e := k
		for e < len(d.toks) && e-k < 4 && d.para[e] == d.para[k] {
			if e == k && joined || e > k && d.ampersandAfter(e-1) {
				e++ // the word before "&", or "&" itself: "Harbour & Hale Bank"
				continue
			}
			if t := d.toks[e]; !t.word || !t.cap || !isNameWord(t) && !d.surnameTitle(e) {
				break
			}
			e++
		}
		if d.titledNameAt(e) {
			k = e - 1 // "New York" in "New York Gov. George Pataki": the title's domain
			continue
		}
		e = d.throughOf(k, e)
		rs := k
		for rs-1 >= 0 && d.toks[rs-1].word && (titles[d.toks[rs-1].low] || d.toks[rs-1].cap && rs < k && (titles[d.toks[rs].low] || k-rs < 5 && d.toks[rs].cap) && !stopCaps[d.toks[rs-1].low]) {
			rs-- // the title, and the domain before it: "New York Gov."
		}
		if e-k == 3 && rs < k && d.domainIn(rs, k) && !firstname.Known(d.toks[k].low) && firstname.Known(d.toks[k+1].low) {
			// "Minister for Foreign Affairs Tomas Reyk": the title's last
			// word, then the name
			k++
		}
		if f := d.firstNameIn(k, e); rs == k && f > k {
			k = f // "Librarian Ruth Amsel": the words before the first name are a title
		}
		name := d.text[d.toks[k].s:d.toks[e-1].e]
		if e-k == 1 && rs < k && orgHeads[d.toks[k].low] && d.toks[k-1].cap {
			for rs < k && determiners[d.toks[rs].low] {
				rs++
			}
			r.orgRef(d.phrase(rs, e), d.toks[rs].s) // "the Interior Ministry": a body, no minister named Ministry
			k = e - 1
			continue
		}
		titled, honorific := rs < k, byte(0)
		var role []string
		for j := rs; j < k; j++ {
			if g, ok := personTitles[d.toks[j].low]; ok && (g == 'm' || g == 'f') {
				honorific = g
				if isHonorific(d.toks[j].low) {
					continue
				}
			}
			role = append(role, d.toks[j].text)
		}
		words := e - k
		if words == 1 && !titled && (!d.sentenceStart(k) || d.verbAfter(k) || k+1 < len(d.toks) && d.toks[k+1].text == ",") {
			r.surnameRef(k) // "Thompson was talking" after "Glenn Thompson"
		}
		org := isOrgName(name)
		if org && words > 1 && !titled {
			r.orgRef(name, d.toks[k].s) // "Hollins Care Ltd", for "the company" later
		}
		if org || words == 1 && !titled || words > 3 || isPlaceName(name) && !(words == 2 && firstname.Known(d.toks[k].low)) {
			k = e - 1
			continue
		}
		p := r.find(name, false, d.toks[k].s)
		if p < 0 {
			p = r.add(person{name: name, gender: nameGender(name)})
		}
		if honorific != 0 {
			r.persons[p].gender = honorific
		}
		if len(role) > 0 {
			r.addRole(p, strings.Join(role, " "))
		}
		if role := d.appositiveRole(rs, e); role != "" {
			r.addRole(p, role) // "Maria Lind, the team's head coach,", "The president of Maravia, Joaquin Estrada,"
		}
		if age := d.ageAfter(e); age > 0 {
			r.persons[p].age = age
		}
		r.addRef(p, d.toks[k].s, false)
		k = e - 1
	}
}

// ampersandAfter reports whether "&" and a capitalised word follow the
// capitalised word at k, joining one name: "Harbour & Hale Bank".
func (d *doc) ampersandAfter(k int) bool {
	return k+2 < len(d.toks) && d.toks[k].cap && d.toks[k+1].text == "&" && d.toks[k+2].word && d.toks[k+2].cap
}

// appositiveRole returns the role an appositive gives the name toks[s:e]:
// the description between commas right after it ("Maria Lind, the
// team's head coach, …") or right before it ("The president of Maravia,
// Joaquin Estrada, …"), when its head is a role noun; "" otherwise.
func (d *doc) appositiveRole(s, e int) string {
	if e+1 < len(d.toks) && d.toks[e].text == "," {
		end := e + 1
		for end < len(d.toks) && end-e <= 10 && d.toks[end].word && d.para[end] == d.para[e] {
			end++
		}
		if end < len(d.toks) && end-e <= 10 && !d.toks[end].word && end > e+1 {
			if role := d.roleOf(e+1, end); role != "" {
				return role
			}
		}
	}
	if s >= 2 && d.toks[s-1].text == "," && e < len(d.toks) && isApposMark(d.toks[e].text) {
		start := s - 1
		for start > 0 && s-start <= 10 && d.toks[start-1].word && d.para[start-1] == d.para[s] {
			start--
		}
		if start < s-1 && (start == 0 || !d.toks[start-1].word) {
			return d.roleOf(start, s-1)
		}
	}
	return ""
}

// roleOf returns the role the description toks[s:e] names ("the team's
// head coach", "a nurse"), without its article, or "" when its head is
// no role noun.
func (d *doc) roleOf(s, e int) string {
	if d.lx != englishWords || !determiners[d.toks[s].low] {
		return ""
	}
	m := d.readMention(s, e)
	if m.kind != kRole && !(m.kind == kOther && roleHeads[m.head]) {
		return ""
	}
	return stripDet(d.phrase(s, e))
}

// surnameRef records the word at k as a mention of the one person named
// before, by a known first name, whose last name it is, if there is one
// and only one: a pronoun
// after "Thompson was talking" is Thompson's more likely than that of
// someone named between "Glenn Thompson" and it.
func (r *resolver) surnameRef(k int) {
	t := r.d.toks[k]
	if !r.d.surnameUse(k) || r.notPerson(t) {
		return
	}
	p := r.onlyBefore(t.s, func(p person) bool {
		first, _, full := strings.Cut(p.name, " ")
		return !p.org && full && (firstname.Known(strings.ToLower(first)) || isInitial(first)) && strings.ToLower(surname(p.name)) == t.low
	})
	if p >= 0 {
		r.addRef(p, t.s, false).surname = true
	}
}

// verbAfter reports whether the word after k reads as its verb ("Bell
// fired back", "Rubio is returning"), so that a capitalised word opening
// a sentence is its subject, not an adjective ("Young people").
func (d *doc) verbAfter(k int) bool {
	if k+1 >= len(d.toks) || !d.toks[k+1].word || d.toks[k+1].cap {
		return false
	}
	l := d.toks[k+1].low
	return finiteVerbs[l] || modals[l] || auxiliaries[l] || isAdverb(l) || l == "never" || l == "still" || irregularPasts[l] || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "n't") ||
		len(l) > 2 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") || d.cueClass(k+1) != 0
}

// irregularPasts are common irregular past tenses, which follow a
// subject as "-ed" forms do.
var irregularPasts = set("grew", "lost", "won", "fell", "rose", "went", "came", "made", "took", "gave",
	"got", "left", "met", "paid", "saw", "sold", "spent", "kept", "held", "ran", "began", "became",
	"brought", "built", "bought", "thought", "knew", "found", "felt", "meant", "sent", "struck",
	"understood", "wrote", "told", "said", "stood", "fought", "led", "broke", "chose", "drove",
	"flew", "forgot", "spoke", "threw")

// surnameTitle reports whether the title word at k is a surname: after
// a first name or an honorific, with no name after it ("Leonard King",
// "Paul Major", "Mr. Singer").
func (d *doc) surnameTitle(k int) bool {
	if k == 0 || !titles[d.toks[k].low] || !firstname.Known(d.toks[k-1].low) && !isHonorific(d.toks[k-1].low) {
		return false
	}
	return k+1 >= len(d.toks) || !d.toks[k+1].word || !d.toks[k+1].cap
}

// orgRef records a mention of the organisation named name at pos, for
// "the company" or "the ministry" to find (byInstitution); pronouns do
// not: "they" after "a study at the Massachusetts Institute of
// Technology" are its authors more often than the institute.
func (r *resolver) orgRef(name string, pos int) {
	p := r.find(name, true, pos)
	if p < 0 {
		p = r.add(person{name: name, org: true})
	}
	if r.persons[p].org {
		// a body opening its sentence is its subject, whom "it" may
		// take up: "The Interior Ministry rejected the criticism. It said"
		k := r.d.tokAt(pos)
		subject := r.d.sentenceStart(k) || k > 0 && r.d.sentenceStart(k-1) && r.d.lx.articles[r.d.toks[k-1].low]
		r.addRef(p, pos, false).institution = !subject
	}
}

// surnameUse reports whether the capitalised word at k is used as a
// person's name would be: not after a preposition or determiner ("held
// in Jordan", "the Ford plant") and not as a modifier before a lower-case
// noun ("a Trump rally"): followed by a mark, a possessive or a verb.
func (d *doc) surnameUse(k int) bool {
	if k > 0 && d.toks[k-1].word && (isPrep(d.toks[k-1].low) || objectPreps[d.toks[k-1].low] || determiners[d.toks[k-1].low]) {
		return false
	}
	if k+1 >= len(d.toks) || !d.toks[k+1].word {
		return true
	}
	next := d.toks[k+1].low
	return next == "’s" || next == "'s" || d.verbAfter(k)
}

// notPerson reports whether the entities given say the token names a
// place or an organisation.
func (r *resolver) notPerson(t token) bool {
	for _, i := range r.ents.overlapping(parallax.Span{Start: t.s, End: t.e}) {
		if typ := r.d.ents[i].Type; typ == "LOCATION" || typ == "ORGANIZATION" {
			return true
		}
	}
	return false
}

// titledNameAt reports whether a title starts at k and a capitalised
// name follows it: "Gov. George Pataki".
func (d *doc) titledNameAt(k int) bool {
	j := k
	for j < len(d.toks) && d.toks[j].word && titles[d.toks[j].low] {
		j++
	}
	return j > k && j < len(d.toks) && d.toks[j].word && d.toks[j].cap && isNameWord(d.toks[j]) && d.para[j] == d.para[k]
}

// domainIn reports whether the title in toks[rs:k], or the word before
// it, names a domain with "of" or "for" ("Minister for Foreign
// Affairs"): the domain's last word may then be the first capitalised
// word after the title.
func (d *doc) domainIn(rs, k int) bool {
	for j := max(0, rs-1); j < k; j++ {
		if d.toks[j].low == "of" || d.toks[j].low == "for" {
			return true
		}
	}
	return false
}

// isNameWord reports whether a capitalised token can be part of a name.
func isNameWord(t token) bool {
	return !stopCaps[t.low] && !titles[t.low] && !titles[strings.TrimSuffix(t.low, ".")] && !determiners[t.low] && !strings.HasSuffix(t.low, "'s")
}

// isHonorific reports whether a title is a form of address, not a role.
func isHonorific(w string) bool {
	switch w {
	case "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "m.", "mme", "monsieur", "madame",
		"alhaji", "alhaja", "hajia", "hajji", "haji", // forms of address after the pilgrimage, no office
		"madam": // Singapore's and Malaysia's "Madam Tan Siew Eng"
		return true
	}
	return false
}

// placeWords make a capitalised name a place's: "Camp Halvard", "Liberty
// Square".
var placeWords = set("camp", "square", "base", "street", "road", "avenue", "river",
	"mount", "mountain", "lake", "port", "bay", "province", "region", "city", "airport",
	"station", "bridge", "valley", "island", "islands", "county", "district", "state",
	"hall", "palace", "house", "building", "park", "quay", "gate", "sea", "ocean",
	"strait", "coast", "north", "south", "east", "west", "accord", "treaty", "day",
	"cup", "games", "war", "front", "lane", "boulevard", "highway", "motorway", "terrace",
	"plaza", "harbour", "harbor", "canal", "forest", "hill", "hills", "heights", "beach",
	"stadium", "arena", "church", "cathedral", "market", "bridge")

// isPlaceName reports whether a capitalised name reads as a place or a
// thing rather than a person.
func isPlaceName(name string) bool {
	for _, w := range strings.Fields(name) {
		if placeWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
