package quote

import (
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/firstname"
)

// Noun phrases of speakers, found by scanning tokens left or right of a
// cue. The scan is lexical: capitalised words, titles, determiners, "of"
// phrases and appositives between commas, bounded by clause words.

// maxNP bounds the tokens of a speaker phrase, appositive included.
const maxNP = 16

// leftNP returns the speaker phrase [s, e) that ends just before token
// end, not reaching before lo. It follows "X, who …" back to X, skips a
// relative clause between commas ("the party, which has …, said") and
// takes "Name, role," and "role, Name," appositives whole.
func (d *doc) leftNP(end, lo int) (int, int, bool) {
	j := end - 1
	if j < lo {
		return 0, 0, false
	}
	t := d.toks[j]
	if _, ok := d.lx.pronouns[t.low]; ok {
		return j, j + 1, true
	}
	if t.low == "who" || t.low == "which" {
		k := j - 1
		if k >= lo && d.toks[k].text == "," {
			k--
		}
		return d.leftNP(k+1, lo)
	}
	if isApposMark(t.text) || t.text == ")" {
		// an appositive: "Karel Dunst, the party's spokesman, said"
		for m := j - 1; m >= lo && m > j-2*maxNP; m-- {
			if isApposMark(d.toks[m].text) || d.toks[m].text == "(" {
				if m == j-1 {
					return 0, 0, false
				}
				rel := d.toks[m+1].low == "which" || d.toks[m+1].low == "who" || d.toks[m+1].low == "whom" || d.toks[m+1].low == "where" || d.toks[m+1].low == "whose"
				// an aside that qualifies the cue, not the speaker ("Judge
				// Stranch, in her dissent, said", "Varela, asked about the
				// yards, said", "A Marchetti aide, speaking on condition of
				// anonymity because …, said"): the speaker stands before it
				aside := !rel && t.text == "," && d.toks[m].text == "," && j-m <= maxAside && d.opensAside(m+1, end)
				if !rel && j-m > maxNP && !aside {
					return 0, 0, false
				}
				if !rel && j-m == 2 && (isNumber(d.toks[m+1].text) || partyTag(d.toks[m+1].text)) {
					// an age alone: "Butz, 49, told", "Meeks (D-N.Y.) said"
					if s, _, ok := d.simpleLeft(m, lo); ok {
						if t.text == ")" {
							return s, j + 1, true
						}
						return s, j, true
					}
					return 0, 0, false
				}
				if aside {
					if m-2 >= lo && isNumber(d.toks[m-1].text) && isApposMark(d.toks[m-2].text) {
						return d.leftNP(m+1, lo) // "Hartwell, 19, ranked 212th, said"
					}
					return d.leftNP(m, lo)
				}
				// an age between commas: "Woodrow Benford, 58, who …",
				// or a party and state: "Lindsey Graham, R-S.C., a …"
				head := m
				if head-2 >= lo && (isNumber(d.toks[head-1].text) || partyTag(d.toks[head-1].text)) && isApposMark(d.toks[head-2].text) {
					head -= 2
				}
				s, _, ok := d.simpleLeft(head, lo)
				switch {
				case ok && rel:
					return s, j, true // "X, who …, said": the clause describes the speaker
				case ok && d.validNP(m+1, j):
					if t.text == ")" {
						return s, j + 1, true // "the Union (BDU)"
					}
					return d.nameBeforeRole(s, lo), j, true
				case !ok && !rel && t.text == "," && d.toks[m].text == "," && m > lo && d.toks[m-1].word && !d.toks[m-1].cap && d.sentenceOpener(m) >= 0 && d.nameBetween(m+1, j, d.possessiveRole(m)):
					return m + 1, j, true // "His co-author, Dr. Lena Fischer-Park, cautioned": the name
				}
				return 0, 0, false
			}
			if d.isStop(m) {
				return 0, 0, false
			}
		}
		return 0, 0, false
	}
	return d.simpleLeft(end, lo)
}

// jointSubject returns where a subject starting at s starts when a name
// opening the sentence is joined to it by "and" ("Hector Villanueva and
// Janelle Price, who co-own a shop, said"): the noun-phrase scan stops at
// "and", which more often joins clauses than names.
func (d *doc) jointSubject(s, lo int) int {
	if d.lx != englishWords || s-2 < lo || !d.lx.joinsNames(d.toks[s-1].low) || !d.nameWord(s) || !d.nameWord(s-2) {
		return s
	}
	k := s - 2
	for k > lo && s-k < 8 && d.toks[k-1].word && (d.toks[k-1].cap && !stopCaps[d.toks[k-1].low] && !d.lx.determiners[d.toks[k-1].low] || d.toks[k-1].low == "of" && d.orgOf(k-1, s)) {
		k-- // capitalised words, a body's title words and "of" included ("State Forestry", "Academy of Motion Picture Arts")
	}
	if k-1 >= lo && d.toks[k-1].low == "the" && d.sentenceStart(k-1) {
		k-- // "The State Forestry and Fire Agency said"
	}
	if !d.sentenceStart(k) {
		return s
	}
	return k
}

// roleTo reports whether the "to" at k joins a role to whom it serves:
// "counsel to the bureau", "adviser to the president".
func (d *doc) roleTo(k, lo int) bool {
	if d.lx != englishWords || d.toks[k].low != "to" || k-1 < lo || k+1 >= len(d.toks) {
		return false
	}
	if n := d.toks[k+1]; !n.cap && !d.lx.determiners[n.low] {
		return false // "calls for a special prosecutor to investigate": a verb
	}
	l := d.toks[k-1].low
	return titles[l] || roleHeads[l] || spokespeople[l]
}

// maxAside bounds the tokens of an aside between a subject and its cue.
const maxAside = 20

// opensAside reports whether token k opens an aside between a subject
// and the cue at end: an adjunct of the cue ("in her dissent"), a
// participle ("speaking on condition of anonymity", "asked about …"), or
// "present", "himself" and the like; an aside of twelve tokens or more
// only when a participle opens it.
func (d *doc) opensAside(k, end int) bool {
	l := d.toks[k].low
	participle := isParticiple(l) || d.pastParticipleAt(k) && !d.participleCue(end)
	if end-k > 12 {
		// a long one only after a participle, and not before a cue its
		// speaker follows ("…, killing twelve civilians in the old
		// market square, said Ana Varela")
		return participle && !d.speakerEnds(end+1)
	}
	return participle || d.lx.cueAdjuncts[l] || asideOpeners[l]
}

// speakerEnds reports whether a short phrase from token k, a name or an
// article's noun phrase, ends its sentence or clause: the speaker of an
// inverted attribution ("…, said Ana Varela.", "…, said a UN spokesman,"),
// not an object ("questioned New York values").
func (d *doc) speakerEnds(k int) bool {
	if k >= len(d.toks) || !d.toks[k].cap && !d.lx.articles[d.toks[k].low] {
		return false
	}
	for j := k; j < len(d.toks) && j-k <= 4; j++ {
		if t := d.toks[j].text; t == "." || t == "," || t == ";" {
			// a name, or a noun that names someone ("a UN spokesman"),
			// not a clause ("said the plan was bad.")
			last := d.toks[j-1]
			return j > k && (d.toks[k].cap || agentNoun(last.low) || roleHeads[last.low])
		}
		if !d.toks[j].word {
			return false
		}
	}
	return false
}

// participleCue reports whether token k is a cue in -ing, which shares
// the subject of the verb before it: in "Davis, a liberal, lashed out at
// him, telling him …" "lashed" is that verb, no participle of an aside.
func (d *doc) participleCue(k int) bool {
	return k < len(d.toks) && isParticiple(d.toks[k].low)
}

// sentenceOpener returns the token opening the sentence of the few
// words before token m, -1 when they do not open it: "His co-author," is
// a subject; "talks with her counterpart," an object.
func (d *doc) sentenceOpener(m int) int {
	for k := m - 1; k >= 0 && m-k <= 4; k-- {
		if !d.toks[k].word {
			return -1
		}
		if d.sentenceStart(k) {
			return k
		}
	}
	return -1
}

// nameBetween reports whether toks[s:e] is a name of two words or more,
// a title's abbreviation included ("Dr. Lena Fischer-Park"), or of one
// when oneWord.
func (d *doc) nameBetween(s, e int, oneWord bool) bool {
	words := 0
	for k := s; k < e; k++ {
		switch t := d.toks[k]; {
		case t.word && t.cap && !d.lx.stopCaps[t.low]:
			words++
		case t.text != ".":
			return false
		}
	}
	return words >= 2 || oneWord && words == 1
}

// possessiveRole reports whether the words before the comma at m open
// their sentence with a possessive ("His team, Velora-Sunmark, said"):
// the name after it may then be one word.
func (d *doc) possessiveRole(m int) bool {
	k := d.sentenceOpener(m)
	if k < 0 {
		return false
	}
	_, ok := possessiveGender[d.toks[k].low]
	return ok
}

// asideOpeners open an aside between a subject and its verb: "Rosalía
// Benavente, present at the conference, indicated".
var asideOpeners = set("present", "himself", "herself", "themselves", "however", "meanwhile", "too", "also", "though", "visibly", "clearly")

// pastParticipleAt reports whether token k is an English past
// participle opening a clause: "asked", "ranked", "pressed".
func (d *doc) pastParticipleAt(k int) bool {
	l := d.toks[k].low
	return d.lx == englishWords && !d.toks[k].cap && len(l) > 4 && strings.HasSuffix(l, "ed") && !notParticiples[l]
}

// notParticiples end in -ed but open no clause.
var notParticiples = set("indeed", "hundred", "united", "sacred", "wicked", "naked", "kindred", "rugged", "ragged")

// nameBeforeRole returns where a name stands before the role phrase
// starting at s, between commas: "Greg Raiff, [chief executive of X],
// [an aviation firm], said" is Greg Raiff's; s when there is none.
func (d *doc) nameBeforeRole(s, lo int) int {
	if s-2 < lo || !isApposMark(d.toks[s-1].text) || d.toks[s].cap {
		return s
	}
	n := s - 1
	for n-1 >= lo && s-1-n < 4 && d.toks[n-1].word && d.toks[n-1].cap {
		n--
	}
	if n == s-1 || n > lo && d.toks[n-1].word || !d.nameWord(s-2) || d.lx.stopCaps[d.toks[n].low] || isPrep(d.toks[n].low) {
		return s // no name, one in the middle of a clause, or a scene: "In Kellport, the mayor, …"
	}
	return n
}

// simpleLeft scans a phrase without commas leftwards from end.
func (d *doc) simpleLeft(end, lo int) (int, int, bool) {
	start := end
	lower := 0
	for k := end - 1; k >= lo && end-k <= 10; k-- {
		t := d.toks[k]
		if !t.word {
			break
		}
		if t.low == "that" || t.low == "which" || t.low == "who" {
			break
		}
		if k > lo && !d.nameWord(k) && d.inName(k) {
			start = k // "Bruno Le Maire", "Ursula von der Leyen"
			continue
		}
		if d.lx.determiners[t.low] && !d.joins(k, lo) {
			start = k
			if k-1 >= lo && numberWords[t.low] && d.lx.articles[d.toks[k-1].low] {
				start = k - 1 // "the two lawmakers"
			}
			if k-1 >= lo && (d.lx.preps[d.toks[k-1].low] || d.roleTo(k-1, lo)) {
				continue // "the Speaker of the Assembly", "counsel to the bureau"
			}
			break
		}
		if d.lx.preps[t.low] || d.joins(k, lo) || d.roleTo(k, lo) {
			// "Speaker of the Assembly", "analysts in Orsenburg": only
			// inside a phrase, with a noun on both sides
			if start == end || k-1 < lo || !d.toks[k-1].word || d.lx.boundaries[d.toks[k-1].low] || d.lx.determiners[d.toks[k-1].low] {
				break
			}
			start = k
			continue
		}
		if d.lx.boundaries[t.low] || d.lx.negators[t.low] {
			break
		}
		if t.cap {
			if d.lx.stopCaps[t.low] {
				break
			}
		} else {
			if _, ok := d.lx.pronouns[t.low]; ok {
				break
			}
			if d.lx.cues[t.low] != 0 && start == end || d.lx.isAdverb(t.low) || t.low == "says" || t.low == "said" || t.low == "told" {
				break // "the commissioner says he's put": a verb, no noun
			}
			lower++
			if lower > 5 {
				break
			}
		}
		start = k
	}
	if start == end {
		return 0, 0, false
	}
	if start-1 >= lo && d.lx.objectPreps[d.toks[start-1].low] {
		return 0, 0, false // "worked on the dam told": the object of a preposition
	}
	// a leading preposition belongs to no phrase
	for start < end && d.lx.leadingPreps[d.toks[start].low] {
		start++
	}
	if !d.validNP(start, end) {
		return 0, 0, false
	}
	return start, end, true
}

// rightNP returns the end (exclusive) of the speaker phrase starting at
// token i, not reaching hi: "said Karel Dunst, the party's spokesman",
// "declared the minister", "summarises the mayor of Tessin, Mr Anton
// Greve".
func (d *doc) rightNP(i, hi int) (int, bool) {
	end := d.simpleRight(i, hi)
	if end == i || !d.validNP(i, end) {
		return 0, false
	}
	// an appositive up to the next comma or the end of the frame
	if end < hi && d.toks[end].text == "," && end+1 < hi {
		next := d.toks[end+1].low
		if next == "who" || next == "which" || next == "whose" || next == "where" || next == "and" || d.lx != englishWords && d.lx.boundaries[next] {
			return end, true
		}
		a := d.simpleRight(end+1, hi)
		if a > end+1 && (a == hi || !d.toks[a].word) && a-i <= maxNP && d.validNP(end+1, a) {
			return a, true
		}
	}
	return end, true
}

// simpleRight scans a phrase without commas rightwards from i.
func (d *doc) simpleRight(i, hi int) int {
	end := i
	lower := 0
scan:
	for k := i; k < hi && k-i < 10; k++ {
		t := d.toks[k]
		if !t.word {
			break
		}
		if pe := d.particleEnd(k); k > i && pe > k && pe < hi {
			end, k = pe+1, pe // "Bruno Le Maire", "Ursula von der Leyen"
			continue
		}
		if d.lx.headFirst && k > i+1 && d.participleAfterNoun(k) {
			break // "un sondage de l'institut Civitas publié dimanche"
		}
		switch {
		case d.lx.determiners[t.low] && k == i:
		case d.lx.rightPreps[t.low] || k > i && (d.lx.laterPreps[t.low] || d.joins(k, i)):
			if k+1 >= hi || !d.toks[k+1].word || d.lx.boundaries[d.toks[k+1].low] {
				break scan
			}
		case d.lx.determiners[t.low] && k > i && d.lx.detPreps[d.toks[k-1].low]:
		case d.lx.determiners[t.low] && k > i:
			break scan
		case k > i && d.lx.joinsNames(t.low) && d.namesJoined(k, hi):
			// "said Tomas Reyk and Anna Lind": both speak
		case d.lx.boundaries[t.low] || d.lx.negators[t.low]:
			break scan
		case t.cap:
			if d.lx.stopCaps[t.low] && k > i {
				break scan
			}
		case d.lx.verbSecond && k > i && d.toks[k-1].cap && !d.lx.objectPreps[t.low] && !d.lx.isTitle(t.low):
			break scan // German and Dutch adjectives precede their noun: a verb follows the name ("Vlaams minister" is a title)
		case d.lx.verbSecond && k > i && !d.toks[k-1].cap && d.lowerHead(k-1) && !d.lx.objectPreps[t.low] && !d.lx.isTitle(t.low):
			break scan // a Dutch noun in lower case ends its phrase too: "volgens de minister komt er …"
		default:
			if d.lx.cues[t.low] != 0 || d.lx.aux[t.low] {
				break scan
			}
			lower++
			if lower > 5 {
				break scan
			}
		}
		end = k + 1
	}
	// a trailing preposition or determiner belongs to no phrase, nor a
	// relative pronoun ("said a neighbour who declined …")
	for end > i && (d.lx.determiners[d.toks[end-1].low] || d.lx.preps[d.toks[end-1].low] || d.lx.relatives[d.toks[end-1].low] || d.toks[end-1].low == "inside" || d.toks[end-1].low == "within") {
		end--
	}
	return end
}

// namesJoined reports whether the conjunction at k joins two names in a
// speaker phrase scanned rightwards: a capitalised word before it, and
// after it a first name or a title, then capitalised words up to the end
// of the frame or a mark
// ("said Reyk and Anna Lind, who …"), not a clause that goes on ("said
// Reyk and Washington responded").
func (d *doc) namesJoined(k, hi int) bool {
	if !d.toks[k-1].cap || k+1 >= hi || !d.toks[k+1].cap || d.lx.stopCaps[d.toks[k+1].low] || d.lx.determiners[d.toks[k+1].low] {
		return false
	}
	person := false // "said Reyk and House Democrats", "dijo Varela y Madrid": a person is named by a first name or a title
	for j := k + 1; j < hi; j++ {
		if !d.toks[j].word {
			return person
		}
		if !d.toks[j].cap && d.particleEnd(j) == j {
			return false
		}
		person = person || firstname.Known(d.toks[j].low) || d.lx.isTitle(d.toks[j].low)
	}
	return person
}

// lowerHead reports whether the word at k, written in lower case, heads
// a speaker phrase: a title, a role, an institution, a document or a
// speakers' noun.
func (d *doc) lowerHead(k int) bool {
	l := d.toks[k].low
	return d.lx.isTitle(l) || d.lx.isRoleHead(l) || d.lx.isOrgHead(l) || d.lx.documentHeads[l] || d.lx.speakerNouns[l]
}

// validNP reports whether toks[s:e] can name a speaker: a pronoun, a name
// (a capitalised word that opens no sentence by habit), or a phrase headed
// by a speaker, role, institution or document noun.
func (d *doc) validNP(s, e int) bool {
	if e <= s {
		return false
	}
	if e-s == 1 {
		if _, ok := d.lx.pronouns[d.toks[s].low]; ok {
			return true
		}
	}
	for k := s; k < e; k++ {
		t := d.toks[k]
		if t.cap && !d.lx.stopCaps[t.low] && !d.lx.determiners[t.low] {
			return true
		}
	}
	head := base(d.toks[e-1].low)
	if e-s >= 2 && d.lx.articles[d.toks[s].low] && d.toks[e-1].word && (!isNumber(d.toks[e-1].text) || ageNoun(head)) {
		return true // "the billionaire real estate magnate"
	}
	if d.lx != englishWords {
		return d.langHeaded(s, e)
	}
	if quantifiers[d.toks[s].low] && (agentNoun(head) || agentNoun(strings.TrimSuffix(head, "s"))) {
		return true // "one docker", "several residents"
	}
	if _, ok := possessiveGender[d.toks[s].low]; ok && e-s >= 2 && (agentNoun(singular(head)) || kinNouns[singular(head)] || unnamedNouns[singular(head)]) {
		return true // "his son", "her publisher", "its developers"
	}
	return speakerNouns[head] || roleHeads[head] || orgHeads[head] || documentHeads[head]
}

// quantifiers open a phrase that counts people: "one docker said",
// "several residents told".
var quantifiers = set("one", "two", "three", "four", "five", "several", "some", "many", "few",
	"most", "dozens", "hundreds", "thousands", "another")

// kinNouns name people by their relation to someone: "his son said".
var kinNouns = set("son", "daughter", "wife", "husband", "mother", "father", "brother", "sister",
	"partner", "friend", "widow", "widower", "parent", "uncle", "aunt", "cousin", "nephew", "niece",
	"grandson", "granddaughter", "fiancé", "fiancée", "colleague", "boss", "agent", "opponent", "rival",
	"pal", "mate", "confidant", "confidante", "acquaintance", "classmate", "flatmate", "roommate", "teammate")

// agentNoun reports whether a singular noun names someone by what they do
// or what they are: docker, activist, politician, chairman, or one of
// personNouns. The endings "-or" and "-ent" are left to the list: they
// name things as often as people (indicator, amendment).
func agentNoun(w string) bool {
	if personNouns[w] {
		return true
	}
	if len(w) < 5 || notAgents[w] {
		return false
	}
	for _, suf := range []string{"er", "ist", "ian", "man", "woman", "person", "eer"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// personNouns name people with endings that also name things.
var personNouns = set("resident", "student", "parent", "agent", "opponent", "respondent",
	"correspondent", "dissident", "senator", "governor", "mayor", "investor", "donor",
	"doctor", "author", "editor", "director", "inspector", "prosecutor", "visitor",
	"contractor", "operator", "survivor", "neighbour", "neighbor", "victim", "witness",
	"expert", "analyst", "official", "aide", "diplomat", "economist")

// notAgents end like agent nouns but name things.
var notAgents = set("paper", "center", "number", "letter", "matter", "power", "water",
	"border", "quarter", "chapter", "winter", "summer", "october", "november", "december",
	"september", "computer", "poster", "flyer", "answer", "helicopter", "container", "tanker",
	"order", "offer", "cluster", "trailer")

// isStop reports whether token k ends any phrase scan: a sentence end or
// a quote mark.
func (d *doc) isStop(k int) bool {
	t := d.toks[k]
	return t.quote != 0 || t.text == "." || t.text == "!" || t.text == "?" || t.text == ";" || t.text == ":"
}

// isPrep reports whether w joins a noun to its modifier inside a speaker
// phrase: "of", "for", "at", "in", "from".
func isPrep(w string) bool {
	return w == "of" || w == "for" || w == "at" || w == "in" || w == "from" || w == "de" || w == "du"
}

// isAdverb reports whether a lower-case word reads as an -ly adverb.
func isAdverb(w string) bool {
	return len(w) > 4 && w[len(w)-2:] == "ly" && w != "italy" && w != "family" && w != "assembly"
}

// subjectNP returns the end of the plain subject at the start of a
// clause: capitalised words, titles and institution nouns, for a verb
// coordinated with an earlier one ("Harrowgate disputes … and says").
func (d *doc) subjectNP(a, hi int) (int, bool) {
	e := a
	for k := a; k < hi && k-a < 8; k++ {
		t := d.toks[k]
		ok := t.word && (t.cap && !d.lx.stopCaps[t.low] || d.lx.determiners[t.low] && (k == a || d.lx.preps[d.toks[k-1].low]) || d.lx.isTitle(t.low) || d.lx.isOrgHead(base(t.low)) || d.lx.speakerNouns[t.low] || d.lx.isRoleHead(t.low) || d.lx.preps[t.low] && k > a)
		if !ok {
			break
		}
		e = k + 1
	}
	for e > a && (d.lx.preps[d.toks[e-1].low] || d.lx.determiners[d.toks[e-1].low]) {
		e--
	}
	if e == a || !d.validNP(a, e) {
		return 0, false
	}
	if e < hi && d.toks[e].text == "," {
		// "Its chief executive, Henrik Alsop, …"
		if e2, ok := d.rightNP(a, hi); ok && e2 > e {
			return e2, true
		}
	}
	return e, true
}

// isApposMark reports whether a token sets off an appositive: a comma or
// a dash.
func isApposMark(s string) bool { return s == "," || s == "—" || s == "–" }

// partyTag reports whether w is a US politician's party and state as
// news writes them after the name: "D-N.Y.", "R-Ohio", "I-Vt.".
func partyTag(w string) bool {
	return len(w) >= 4 && strings.IndexByte("DRI", w[0]) >= 0 && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// isNumber reports whether a token is written in digits.
func isNumber(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// objectPreps before a phrase make it the object of a preposition, not
// the subject of the cue after it.
var objectPreps = set("on", "with", "into", "onto", "against", "to", "toward", "towards", "through", "across", "behind", "beyond",
	"near", "after", "before", "during", "without", "upon", "among", "between")

// cueAdjuncts open a phrase between commas that qualifies the cue, not
// the speaker: "X, in a statement, said", "X, on Tuesday, told".
var cueAdjuncts = set("in", "on", "at", "during", "after", "before", "speaking", "writing", "asked", "however", "meanwhile", "too", "though")

// joins reports whether the article at k opens a complement of the noun
// before it, as a preposition does: German genitives ("der Sprecher des
// Ministeriums", "die Regierung der Republik"), French "des" and "du".
func (d *doc) joins(k, lo int) bool {
	if k-1 < lo {
		return false
	}
	l, prev := d.toks[k].low, d.toks[k-1]
	if d.lx.preps[l] {
		return true
	}
	if !d.lx.genitives[l] || !prev.word || !prev.cap || d.lx.stopCaps[prev.low] || d.lx.determiners[prev.low] {
		return false
	}
	// a name takes no genitive: "sagte Brenner der Lumiraer Zeitung" is
	// an addressee, where "der Sprecher des Ministeriums" and "die Wähler
	// der Partei" have a noun before the article
	return !d.nameWord(k-1) || k-2 >= lo && d.lx.determiners[d.toks[k-2].low]
}

// ageNoun reports whether w names a person by age: "the 29-year-old",
// "the six-month-old" written in digits.
func ageNoun(w string) bool {
	_, ok := ageOf(w)
	return ok
}

// ageOf returns the age in years w names ("29-year-old"; 0 for an age
// in months) and whether w names an age at all.
func ageOf(w string) (years int, ok bool) {
	digits := strings.TrimRight(w, "-abcdefghijklmnopqrstuvwxyz")
	switch w[len(digits):] {
	case "-year-old":
		n, err := strconv.Atoi(digits)
		return n, err == nil
	case "-month-old":
		_, err := strconv.Atoi(digits)
		return 0, err == nil
	}
	return 0, false
}

// langHeaded reports whether a phrase with no name is headed, in a
// language other than English, by a speaker, role, institution or
// document noun. French and Spanish put the head first ("le ministère
// veltravien"), German last.
func (d *doc) langHeaded(s, e int) bool {
	for k := s; k < e; k++ {
		w := base(d.toks[k].low)
		if d.lx.speakerNouns[w] || d.lx.isRoleHead(w) || d.lx.isOrgHead(w) || d.lx.documentHeads[w] {
			return true
		}
	}
	return false
}

// participleSuffixes end the past participles of regular verbs in the
// languages whose head comes first: "publié", "réalisée", "publicado",
// "elaborada", "pubblicato", "pubblicata", "divulgada".
var participleSuffixes = map[string][]string{
	"fr": {"é", "ée", "és", "ées"},
	"es": {"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"},
	"it": {"ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute"},
	"pt": {"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"},
}

// participleAfterNoun reports whether token k is a past participle that
// opens a clause describing the noun before it ("un sondage publié
// dimanche", "un sondeo elaborado por"): a speaker phrase ends there.
func (d *doc) participleAfterNoun(k int) bool {
	t, prev := d.toks[k], d.toks[k-1]
	if !t.word || t.cap || !prev.word || d.lx.determiners[prev.low] || d.lx.preps[prev.low] {
		return false
	}
	if d.lx.isTitle(t.low) || d.lx.isRoleHead(t.low) || d.lx.isOrgHead(t.low) || d.lx.documentHeads[t.low] || d.lx.speakerNouns[t.low] {
		return false
	}
	for _, suf := range participleSuffixes[d.lx.code] {
		if strings.HasSuffix(t.low, suf) && len(t.low) > len(suf)+2 {
			return true
		}
	}
	return false
}
