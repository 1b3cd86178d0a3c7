package quote

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/firstname"
)

// Bodies and documents as speakers: "the ministry" or "the company" for
// the one named before, "the two carriers" for two of them, "the report"
// for its issuer.

// orgShortName returns the company named before pos whose name is the
// one word name and words ending in a company's suffix ("Corvane" for
// "Corvane Systems", not "Trump" for "Trump University"), if there is one and
// only one; -1 otherwise.
func (r *resolver) orgShortName(name string, pos int) int {
	if strings.Contains(name, " ") {
		return -1
	}
	place := isPlaceName(name) || r.placeAt(name, pos)
	if l := strings.ToLower(name); singular(l) != l && !place && l != "times" && l != "news" {
		// a team's or a paper's plural name: "the Stingrays" for
		// Coralbay Stingrays
		if p := r.onlyBefore(pos, func(p person) bool { return p.org && strings.HasSuffix(p.name, " "+name) }); p >= 0 {
			return p
		}
	}
	return r.onlyBefore(pos, func(p person) bool {
		rest, ok := strings.CutPrefix(p.name, name+" ")
		if !ok || !p.org {
			return false
		}
		last := strings.ToLower(rest[strings.LastIndexByte(rest, ' ')+1:])
		// a suffix says it is a company or a club; the entity tagger
		// says so of "Greyfield Homes", which no suffix does
		return companySuffixes[last] || slices.Contains(institutionNames["club"], last) || p.entity != "" && !institutional(p.name) && !place
	})
}

// byInstitution returns the organisation a definite institution noun
// refers to ("the ministry", "the company"): the nearest one named
// within maxParas paragraphs whose name has the noun ("Ministry of
// Agriculture") or, for a business noun, a company's suffix ("Hollins
// Care Ltd"). -1 when none.
func (r *resolver) byInstitution(m mention, pos int) int {
	// the name, not the text: "a report released by the agency" is the
	// agency's
	if r.d.lx == englishWords && m.kind == kOther && strings.EqualFold(m.name, "police") {
		return r.policeForce(pos) // "police said" after "Westshore Regional Police"
	}
	if r.d.lx != englishWords || !strings.HasPrefix(strings.ToLower(m.name), "the ") || m.kind != kOther {
		return -1
	}
	if !orgHeads[m.head] {
		return r.byLastWord(m, pos) // "the zoo" after "Bellmont Zoo"
	}
	company := businessHeads[m.head] && len(m.mods) == 0 // "the company", "the firm"
	nearest := true                                      // no organisation met yet, going back
	for f := range r.recent(pos) {
		p := r.persons[f.p]
		if !isBody(p) {
			continue
		}
		hasName := named(p) // a name, not a description ("the city")
		if hasName && company && isBusiness(p) {
			return f.p // "the company" after "drone delivery start-up SkyParcel", "Her publisher, Aldine Music,"
		}
		if !strings.Contains(p.name, " ") {
			if hasName {
				nearest = false // "the FDA": "the agency" is no body named before it
			}
			continue
		}
		words, last := nameWords(p.name)
		last = strings.Trim(last, ".,")
		// a kind's other names only for the bare noun and the nearest
		// body: "the agency" may be an Authority, "the Egyptian MENA
		// news agency" is none
		kinds := nearest && len(m.mods) == 0 && slices.Contains(institutionNames[m.head], last)
		if slices.Contains(words, m.head) || hasName && (businessHeads[m.head] && companySuffixes[last] || kinds || businessHeads[m.head] && modsNamed(m.mods, words)) {
			return f.p // "the ministry", "the company" after "Hollins Care Ltd", "the ferry operator" after "Hebridean Ferry Services"
		}
		if hasName {
			nearest = false
		}
	}
	if p := r.namedFarBack(m, pos); p >= 0 || !company {
		return p
	}
	return r.onlyBusiness(pos) // "Calder Glass is to close its works, the company announced"
}

// modsNamed reports whether a description's modifiers are all words of a
// body's name: "ferry" of "the ferry operator" in "Hebridean Ferry
// Services".
func modsNamed(mods, words []string) bool {
	if len(mods) == 0 {
		return false
	}
	for _, w := range mods {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// policeForce returns the one police force the entity stage named before
// pos, a place's ("Westshore Regional Police", "Vancouver Police
// Department"); -1 when none or several.
func (r *resolver) policeForce(pos int) int {
	return r.onlyBefore(pos, func(p person) bool {
		words, last := nameWords(p.name)
		if !p.org || p.entity == "" || len(words) < 2 || words[0] == "police" || !named(p) {
			return false
		}
		n := len(words)
		return last == "police" || words[n-2] == "police" && (last == "department" || last == "service" || last == "force")
	})
}

// byLastWord returns the nearest named body before pos whose name ends
// with m's head, a noun no list holds ("the zoo" after "Bellmont Zoo",
// "the tribunal" after "the Sports Arbitration Tribunal"); -1 when none.
func (r *resolver) byLastWord(m mention, pos int) int {
	if len(m.mods) > 0 || singular(m.head) != m.head || anonymous(m.head) || personHead(m.head) {
		return -1 // "the guard", "the man": people, not the Coast Guard or the Isle of Man
	}
	for f := range r.recent(pos) {
		p := r.persons[f.p]
		if _, last := nameWords(p.name); isBody(p) && named(p) && strings.Contains(p.name, " ") && last == m.head {
			return f.p
		}
	}
	// a place that speaks is its managers: "the zoo said" after the
	// Bellmont Zoo, which the entity stage calls a location
	para := r.d.paraOf(pos)
	for i := len(r.d.ents) - 1; i >= 0; i-- {
		e := r.d.ents[i]
		if e.Span.End > pos {
			continue
		}
		if r.d.paraOf(e.Span.Start) < para-maxParas {
			break
		}
		if _, last := nameWords(e.Text); e.Type == "LOCATION" && strings.Contains(e.Text, " ") && last == m.head {
			name := stripDet(e.Text)
			if p := r.find(name, true, pos); p >= 0 {
				return p
			}
			return r.add(person{name: name, org: true, entity: e.ID})
		}
	}
	return -1
}

// placeAt reports whether the entity stage tagged name as a place at or
// before pos: "Moscow" after "Moscow Exchange" is the city.
func (r *resolver) placeAt(name string, pos int) bool {
	for _, e := range r.d.ents {
		if e.Span.Start <= pos && e.Type == "LOCATION" && strings.EqualFold(e.Text, name) {
			return true
		}
	}
	return false
}

// isBody reports whether p is an organisation, or named like one by a
// business role ("drone delivery start-up Aerlift"): a person with a
// first name is none ("The restaurant's owner, Maria Lopez,").
func isBody(p person) bool {
	if p.anonymous {
		return false
	}
	first, _, _ := strings.Cut(p.name, " ")
	return p.org || isBusiness(p) && !firstname.Known(first)
}

// onlyBusiness returns the one organisation named before pos that the
// entity tagger found and whose name makes it no public body, club,
// paper or school ("Calder Glass", not "Glassworkers' Union" or "Evening
// Courier"); -1 when there is none or more than one.
func (r *resolver) onlyBusiness(pos int) int {
	p := r.onlyBefore(pos, func(p person) bool {
		return p.org && p.entity != "" && named(p) && !p.anonymous && !institutional(p.name) && !isAcronym(p.name)
	})
	if p < 0 {
		return -1
	}
	at := r.lastRef(p, pos)
	since := at
	if k := r.d.tokAt(at); k+1 < len(r.d.toks) && r.d.toks[k].low == "the" && businessHeads[r.d.toks[k+1].low] {
		since = r.d.toks[k+1].e // "The company said …" that found it before: its own noun is no other company
	}
	if r.d.paraOf(at) < r.d.paraOf(pos)-maxParas || r.businessNounSince(since, pos) {
		return -1 // named too far back, or another, unnamed company in between ("A small Welsh firm makes the glass")
	}
	return p
}

// businessNounSince reports whether a noun for a company is written
// between offsets from and to.
func (r *resolver) businessNounSince(from, to int) bool {
	return r.writtenSince(from, to, func(l string) bool { return businessHeads[l] || businessHeads[singular(l)] })
}

// nameWords returns a name's words, lower-cased, and the last of them.
func nameWords(name string) (words []string, last string) {
	words = strings.Fields(strings.ToLower(name))
	if len(words) > 0 {
		last = words[len(words)-1]
	}
	return words, last
}

// isAcronym reports whether a name is an acronym ("EPA", "BBC"): an
// agency or a broadcaster as often as a company.
func isAcronym(name string) bool {
	return len(name) <= 5 && strings.ToUpper(name) == name
}

// institutional reports whether a body's name makes it a public body,
// a club, a paper or a school rather than a business.
func institutional(name string) bool {
	words, last := nameWords(name)
	for _, w := range words {
		if orgHeads[w] && !businessHeads[w] {
			return true
		}
	}
	for _, kind := range []string{"newspaper", "broadcaster", "network", "hospital", "university", "club", "agency", "regulator", "watchdog"} {
		if slices.Contains(institutionNames[kind], last) {
			return true
		}
	}
	return false
}

// namedFarBack returns the body named anywhere before pos whose name
// holds the institution noun and its modifiers, nearest first ("the
// district council" is "Hensby District Council" five paragraphs on: a
// body keeps its noun through an article, where people's roles are
// looked for nearer); -1 when none.
func (r *resolver) namedFarBack(m mention, pos int) int {
	company := businessHeads[m.head] && len(m.mods) == 0
	for i := r.refsBefore(pos) - 1; i >= 0; i-- {
		p := r.persons[r.refs[i].p]
		if !isBody(p) || !named(p) {
			continue
		}
		words, last := nameWords(p.name)
		mods := !slices.ContainsFunc(m.mods, func(w string) bool { return !slices.Contains(words, w) })
		if len(words) > 1 && slices.Contains(words, m.head) && mods {
			return r.refs[i].p
		}
		if company {
			// "the company" is the nearest body named before, when a
			// company: "Brightwater Foods", "the maker of Sunna biscuits"
			if isBusiness(p) || len(words) > 1 && companySuffixes[last] {
				return r.refs[i].p
			}
			if q := r.orgShortName(p.name, r.refs[i].pos); q >= 0 {
				return q // "Kraft", the Kraft Foods named before
			}
			// past a public body or an outlet ("The Associated Press",
			// "NBC Philadelphia"), not past another body that may be a
			// company ("Tesco")
			first, _, _ := strings.Cut(p.name, " ")
			company = institutional(p.name) || isAcronym(first)
		}
	}
	return -1
}

// institutionNames are the words that end the names of institutions of
// a kind: "the airline" is "Harbor Air", "the paper" "The Lumira Post".
var institutionNames = map[string][]string{
	"airline": {"air", "airways", "airlines", "aviation"}, "carrier": {"air", "airways", "airlines"},
	"newspaper":   {"times", "post", "herald", "gazette", "news", "journal", "tribune", "courier", "telegraph", "chronicle", "press"},
	"paper":       {"times", "post", "herald", "gazette", "news", "journal", "tribune", "courier", "telegraph", "chronicle"},
	"broadcaster": {"tv", "radio", "news", "broadcasting", "television"}, "network": {"tv", "news", "network"},
	"hospital": {"clinic", "infirmary", "hospital"}, "university": {"college", "university"},
	"club": {"fc", "united", "city", "rovers", "athletic", "wanderers", "rangers", "albion", "club"}, "team": {"fc", "united", "city", "rovers", "athletic"},
	"agency":    {"agency", "authority", "administration", "commission", "service", "bureau", "office", "inspectorate", "directorate"},
	"regulator": {"authority", "commission", "agency", "administration", "board", "office"},
	"watchdog":  {"authority", "commission", "agency", "office", "board", "inspectorate"},
}

// isBusiness reports whether a role of p's names a business: "start-up"
// in "drone delivery start-up SkyParcel", "carmaker".
func isBusiness(p person) bool {
	for _, role := range p.roles {
		head, _, _ := strings.Cut(strings.ToLower(role), " of ") // "the maker of Sunna biscuits"
		f := strings.Fields(head)
		if len(f) > 0 && (businessHeads[f[len(f)-1]] || businessRoles[f[len(f)-1]] || companyMaker(f[len(f)-1])) {
			return true
		}
	}
	return false
}

// businessRoles name a company in a title before its name, beyond the
// nouns it is referred to by.
var businessRoles = set("start-up", "startup", "conglomerate", "subsidiary", "giant", "supplier", "exporter", "importer", "maker", "publisher")

// businessHeads are the nouns a company is referred to by, and
// companySuffixes the words that end a company's name.
var (
	businessHeads   = set("company", "firm", "group", "business", "lender", "retailer", "operator", "developer", "insurer", "manufacturer", "chain", "carrier", "airline")
	companySuffixes = set("ltd", "inc", "corp", "corporation", "plc", "llc", "co", "gmbh", "ag", "sa", "group", "holdings", "company",
		"motors", "systems", "technologies", "industries", "energy", "pharmaceuticals", "foods", "partners", "capital",
		"insurance", "media", "steel", "mining", "oil", "logistics", "shipping", "telecom", "airlines", "airways",
		"resources", "minerals", "metals", "ventures", "brands", "labs", "therapeutics", "biosciences", "pharma",
		"networks", "solutions", "semiconductor", "semiconductors", "electronics", "chemicals", "petroleum")
)

// theTwo returns the two people, or the two bodies, of the kind named
// last before pos for "the two lawmakers" or "the two carriers", in the
// order the article first names them; -1, -1 when the description is
// another or fewer than two of the kind are named.
func (r *resolver) theTwo(m mention, pos int) (int, int) {
	f := strings.Fields(strings.ToLower(m.name))
	if r.d.lx != englishWords || len(f) != 3 || f[0] != "the" || f[1] != "two" {
		return -1, -1
	}
	one := m
	one.head = singular(m.head)
	org := !anonymous(m.head)
	var two []int
	for i := r.refsBefore(pos) - 1; i >= 0; i-- {
		k := r.refs[i].p
		p := r.persons[k]
		if p.org == org && !p.anonymous && named(p) && !slices.Contains(two, k) && ofKind(p, one) {
			two = append(two, k)
		}
	}
	if len(two) != 2 || r.countedSince(r.lastRef(two[0], pos), pos) {
		return -1, -1 // three lawmakers named, or "two other members … The two lawmakers"
	}
	if r.firstRef(two[0]) > r.firstRef(two[1]) {
		return two[1], two[0]
	}
	return two[0], two[1]
}

// countedSince reports whether a group of two is described between
// offsets from and to ("Two other members of Congress"), whom "the two"
// may mean rather than two people named.
func (r *resolver) countedSince(from, to int) bool {
	d := r.d
	for k := d.tokAt(from); k+1 < len(d.toks) && d.toks[k].s < to; k++ {
		if d.toks[k].low == "two" && (d.toks[k+1].low == "other" || anonymous(d.toks[k+1].low)) {
			return true
		}
	}
	return false
}

// ofKind reports whether p is one of what a description's head names:
// a person holding the role ("Sen. Albert Nakamura-Flood" is a
// lawmaker), a body whose name has the noun or ends as its kind's names
// do ("Corvid Air" is a carrier).
func ofKind(p person, m mention) bool {
	if !p.org {
		return roleScore(p, m, false) > 0
	}
	words, last := nameWords(p.name)
	return slices.Contains(words, m.head) || slices.Contains(institutionNames[m.head], last) || businessHeads[m.head] && companySuffixes[last]
}

// issuerBefore returns who issued the document "the report" refers to,
// when the article introduced it with its issuer: "A report published
// on Wednesday by the Lindqvist Institute …. The report said". Only the
// nearest earlier mention of the document's noun, within maxParas
// paragraphs, is read; -1 when it names no issuer the article knows.
func (r *resolver) issuerBefore(m mention, pos int) int {
	d := r.d
	para := d.paraOf(pos)
	for k := d.tokAt(pos) - 1; k >= 0 && d.paraOf(d.toks[k].s) >= para-maxParas; k-- {
		if base(d.toks[k].low) != m.head || !d.determined(k) {
			continue // not "Officials will report back": a verb
		}
		for j := k + 1; j < len(d.toks) && j <= k+8 && !d.isStop(j) && d.toks[j].text != ","; j++ {
			if l := d.toks[j].low; l != "by" && l != "from" {
				continue
			}
			s, e := d.issuerName(j + 1)
			if s == e {
				return -1 // "by Friday", "from Tuesday's hearing"
			}
			name := d.phrase(s, e)
			if p := r.find(name, true, pos); p >= 0 {
				return p
			}
			if p := r.find(name, false, pos); p >= 0 {
				return p
			}
			if e-s < 2 {
				return -1 // one word the article names nowhere else: a place ("from Washington")
			}
			return r.add(person{name: name, org: isOrgName(name)}) // named there, if nowhere else
		}
		return -1
	}
	return -1
}

// determined reports whether the noun at k has a determiner before it,
// past an adjective: "a report", "its new survey".
func (d *doc) determined(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		l := d.toks[j].low
		if d.lx.determiners[l] || possessiveGender[l] != 0 {
			return true
		}
		if !d.toks[j].word || d.toks[j].cap {
			return false
		}
	}
	return false
}

// issuerName returns the name that starts at k, after an article: its
// capitalised words, with "of", "for", "and" or "&" between them ("the
// Lindqvist Institute for Marine Science"); an empty range when no name
// starts there, or a day, a month or a possessive does ("by Friday",
// "Tuesday's hearing").
func (d *doc) issuerName(k int) (int, int) {
	if k < len(d.toks) && d.lx.articles[d.toks[k].low] {
		k++
	}
	e := k
	for j := k; j < len(d.toks) && j-k < maxNP; j++ {
		t := d.toks[j]
		switch {
		case t.word && t.cap && !stopCaps[t.low] && !strings.HasSuffix(t.low, "'s") && !strings.HasSuffix(t.low, "’s"):
			e = j + 1
		case j > k && (t.low == "of" || t.low == "for" || t.low == "and" || t.text == "&"):
		default:
			return k, e
		}
	}
	return k, e
}

// companyMaker reports whether a noun in -maker names a company
// ("carmaker", "drugmaker"), not a person ("lawmaker", "filmmaker").
func companyMaker(w string) bool {
	return strings.HasSuffix(w, "maker") && !personMakers[w]
}

var personMakers = set("lawmaker", "policymaker", "policy-maker", "filmmaker", "film-maker", "peacemaker",
	"troublemaker", "decision-maker", "kingmaker", "homemaker", "matchmaker", "dressmaker", "shoemaker")
