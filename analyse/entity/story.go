package entity

import (
	"cmp"
	"slices"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// Story returns the entities the articles of one story mention, one per
// person, organisation, place or other name however often and however
// differently it is written, most widely reported first (by number of
// articles, then name). See StoryWithIDs.
func Story(articles []*parallax.Article) []parallax.StoryEntity {
	ents, _ := StoryWithIDs(articles)
	return ents
}

// StoryIDs maps every entity id used in the articles of a story to the id
// of the story entity it belongs to, so that article mentions can be
// rewritten to story-level ids. See StoryWithIDs.
func StoryIDs(articles []*parallax.Article) map[string]string {
	_, ids := StoryWithIDs(articles)
	return ids
}

// StoryWithIDs returns the story's entities and the map from the ids of
// the articles' mentions (as Resolve set them; articles whose mentions
// have no ids are resolved first) to the story entity ids.
//
// Ids merge where the story gives evidence: a short form of one article
// joins the one full name of the story it fits ("person:varela" →
// "person:ana-varela", unless another Varela appears in the story); a name
// tagged as different types in different articles takes the type most of
// its mentions have (an outlet's own name is an organisation); a demonym
// of an invented place joins the place once some article names it
// ("Veltravan" → "location:veltrava"). The merged id is always one of the
// ids the articles use, and it depends on the story's articles only, not
// on their order, so re-runs give the same ids.
//
// Name is the fullest name written, Aliases the other forms (honorific
// forms such as "Ms Varela" included), Roles the titles seen (honorifics
// left out), Country the country a place lies in (a country is its own),
// or that a person or organisation belongs to when a title, its name or a
// possessive says so ("Veltravan Defence Minister", "Kessaria's National
// Assembly"). A role noun ("the defence minister") written in the story
// becomes an alias of the one person whose title it is.
func StoryWithIDs(articles []*parallax.Article) ([]parallax.StoryEntity, map[string]string) {
	s := newStory(articles)
	s.mergeTypes()
	s.mergeDemonyms()
	s.mergeShortForms()
	return s.entities(), s.idMap()
}

// A smention is one mention of an entity in an article of the story.
type smention struct {
	e   parallax.Entity
	art *parallax.Article
}

// A group is every mention the articles give one id.
type group struct {
	id       string
	mentions []smention
	name     string   // the most common text
	words    []string // of name
}

type story struct {
	articles []*parallax.Article
	groups   map[string]*group
	ids      []string // sorted
	parent   map[string]string
	outlets  map[string]bool // slugs of the story's outlets
	w        *world
}

func newStory(articles []*parallax.Article) *story {
	s := &story{groups: map[string]*group{}, parent: map[string]string{}, outlets: map[string]bool{}, w: loadWorld()}
	for _, a := range articles {
		if a == nil {
			continue
		}
		s.articles = append(s.articles, a)
		if a.Outlet != "" {
			outlet, _, _ := strings.Cut(a.Outlet, " (")
			s.outlets[Slug(outlet)] = true
		}
		ents := a.Entities
		if slices.ContainsFunc(ents, func(e parallax.Entity) bool { return e.ID == "" }) {
			ents = Resolve(a.Text, ents)
		}
		for _, e := range ents {
			g := s.groups[e.ID]
			if g == nil {
				g = &group{id: e.ID}
				s.groups[e.ID] = g
				s.ids = append(s.ids, e.ID)
			}
			g.mentions = append(g.mentions, smention{e: e, art: a})
		}
	}
	slices.Sort(s.ids)
	for _, g := range s.groups {
		g.name = commonText(g.mentions)
		g.words = strings.Fields(g.name)
	}
	return s
}

// commonText returns the text most mentions have, not shouting ("ORSENBURG"
// only when nothing else is written), ties to the smaller.
func commonText(ms []smention) string {
	count := map[string]int{}
	for _, m := range ms {
		t := m.e.Text
		if strings.ToUpper(t) == t && strings.ToLower(t) != t && len([]rune(t)) > 4 {
			count[t] += 0 // shouted datelines count least
			continue
		}
		count[t] += 2
	}
	return best(count)
}

// best returns the key with the highest count, ties to the smaller key.
func best(count map[string]int) string {
	b, n := "", -1
	for k, c := range count {
		if c > n || (c == n && k < b) {
			b, n = k, c
		}
	}
	return b
}

// root follows merges to the id an id ends up as.
func (s *story) root(id string) string {
	for {
		p, ok := s.parent[id]
		if !ok || p == id {
			return id
		}
		id = p
	}
}

// roots returns the ids that have not been merged into another, sorted.
func (s *story) roots() []string {
	var out []string
	for _, id := range s.ids {
		if s.root(id) == id {
			out = append(out, id)
		}
	}
	return out
}

// mergeTypes merges ids with one name and different types into the type
// most mentions have. An outlet of the story is an organisation; a lone
// word that names no person of the story loses its PERSON readings when it
// has others.
func (s *story) mergeTypes() {
	parts := s.personParts()
	bySlug := map[string][]string{}
	for _, id := range s.ids {
		bySlug[slugOfID(id)] = append(bySlug[slugOfID(id)], id)
	}
	for slug, ids := range bySlug {
		votes := map[string]int{}
		for _, id := range ids {
			votes[typeOfID(id)] += len(s.groups[id].mentions)
		}
		if s.outlets[slug] {
			votes = map[string]int{"ORGANIZATION": 1}
		} else if parts[slug] && votes["PERSON"] > 0 {
			votes = map[string]int{"PERSON": 1} // a name or surname of a person of the story
		} else if !strings.Contains(slug, "-") && !parts[slug] && len(withoutPerson(votes)) > 0 {
			votes = withoutPerson(votes)
		}
		if len(ids) == 1 && typeOfID(ids[0]) == argmax(votes) {
			continue
		}
		target := ID(argmax(votes), strings.ReplaceAll(slug, "-", " "))
		if s.groups[target] == nil {
			s.addGroup(target, ids[0])
		}
		for _, id := range ids {
			if id != target {
				s.parent[id] = target
			}
		}
	}
}

// addGroup adds an id no article used, named like another: an outlet's
// name tagged only as a person becomes an organisation.
func (s *story) addGroup(id, like string) {
	g := s.groups[like]
	s.groups[id] = &group{id: id, name: g.name, words: g.words}
	s.ids = append(s.ids, id)
	slices.Sort(s.ids)
}

// personParts returns the first and last words (as slugs) of the
// multi-word person names of the story.
func (s *story) personParts() map[string]bool {
	parts := map[string]bool{}
	for _, id := range s.ids {
		g := s.groups[id]
		if typeOfID(id) == "PERSON" && len(g.words) > 1 {
			parts[Slug(g.words[0])] = true
			parts[Slug(g.words[len(g.words)-1])] = true
		}
	}
	return parts
}

// mergeDemonyms merges a demonym's own id ("misc:veltravan",
// "location:veltravans") into the place some article of the story names
// ("location:veltrava").
func (s *story) mergeDemonyms() {
	for _, id := range s.roots() {
		slug := slugOfID(id)
		if typeOfID(id) == "PERSON" || strings.Contains(slug, "-") {
			continue
		}
		for _, stem := range demonymStems(slug) {
			place := ID("LOCATION", stem)
			if place != id && s.groups[place] != nil && s.root(place) == place {
				s.parent[id] = place
				break
			}
		}
	}
}

// mergeShortForms merges a person's short form into the one full name of
// the story it fits, and an organisation's ("Harrowgate", "Assembly",
// "BDU") into the one longer name it stands for.
func (s *story) mergeShortForms() {
	roots := s.roots()
	for _, id := range roots {
		short := s.groups[id]
		var found string
		for _, fid := range roots {
			full := s.groups[fid]
			if fid == id || len(full.words) <= len(short.words) || !s.shortFor(id, short, fid, full) {
				continue
			}
			if found != "" {
				found = ""
				break // two candidates: ambiguous
			}
			found = fid
		}
		if found != "" {
			s.parent[id] = found
		}
	}
}

// shortFor reports whether the id short may stand for the id full.
func (s *story) shortFor(sid string, short *group, fid string, full *group) bool {
	sw, fw := lowerWords(short.words), lowerWords(full.words)
	st, ft := typeOfID(sid), typeOfID(fid)
	switch ft {
	case "PERSON":
		if st == "PERSON" {
			return hasPrefix(fw, sw) || hasSuffix(fw, sw)
		}
		// "the Castor government": a lone word read as an organisation.
		return (st == "ORGANIZATION" || st == "MISC") && len(sw) == 1 && !isOrgWord(sw[0]) && hasSuffix(fw, sw)
	case "ORGANIZATION":
		if st != "ORGANIZATION" && st != "PERSON" {
			return false
		}
		return hasPrefix(fw, sw) || (hasSuffix(fw, sw) && isOrgWord(sw[len(sw)-1])) || isAcronymOf(short.words, full.words)
	}
	return false
}

// idMap maps every id of the articles to its story entity's id.
func (s *story) idMap() map[string]string {
	out := make(map[string]string, len(s.ids))
	for _, id := range s.ids {
		if len(s.groups[id].mentions) > 0 {
			out[id] = s.root(id)
		}
	}
	return out
}

// entities builds one StoryEntity per root id.
func (s *story) entities() []parallax.StoryEntity {
	members := map[string][]smention{}
	for _, id := range s.ids {
		r := s.root(id)
		members[r] = append(members[r], s.groups[id].mentions...)
	}
	countries := s.countryWords(members)
	roleNouns := s.roleNouns(members)
	var out []parallax.StoryEntity
	for _, id := range s.roots() {
		ms := members[id]
		if len(ms) == 0 {
			continue
		}
		se := parallax.StoryEntity{ID: id, Type: typeOfID(id)}
		se.Name = s.entityName(id, ms)
		se.Aliases = aliases(se.Name, ms)
		se.Aliases = append(se.Aliases, roleNouns[id]...)
		se.Roles = roles(ms)
		se.Country = s.country(se, ms, countries)
		se.Articles = articleIDs(ms)
		out = append(out, se)
	}
	slices.SortFunc(out, func(a, b parallax.StoryEntity) int {
		return cmp.Or(cmp.Compare(len(b.Articles), len(a.Articles)), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// entityName returns the fullest name written for an entity: the most
// words, then the most often written. Demonyms do not name their place;
// a place only named by demonyms takes its name from its id.
func (s *story) entityName(id string, ms []smention) string {
	count := map[string]int{}
	for _, m := range ms {
		if m.e.Type == "MISC" && typeOfID(id) != "MISC" {
			continue
		}
		t := m.e.Text
		if strings.ToUpper(t) == t && len([]rune(t)) > 4 {
			continue // a shouted dateline
		}
		count[t]++
	}
	for t := range count {
		count[t] += 1_000_000 * len(strings.Fields(t)) // the most words first
	}
	if len(count) == 0 {
		if c, ok := s.w.countryBySlug(slugOfID(id)); ok {
			return c
		}
		if g := s.groups[id]; g != nil && g.name != "" && (typeOfID(id) == "MISC" || len(ms) == 0) {
			return g.name
		}
		return titleCase(slugOfID(id))
	}
	return best(count)
}

// titleCase turns a slug back into words: "upper-dravo" → "Upper Dravo".
func titleCase(slug string) string {
	ws := strings.Split(slug, "-")
	for i, w := range ws {
		if w != "" {
			ws[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(ws, " ")
}

// aliases returns the other forms written, most frequent first, with
// honorific forms ("Ms Varela").
func aliases(name string, ms []smention) []string {
	count := map[string]int{}
	for _, m := range ms {
		t := normalizeSpace(m.e.Text)
		if !strings.EqualFold(t, name) {
			count[t]++
		}
		if !validSpan(m.art.Text, m.e) {
			continue
		}
		if h := honorificBefore(m.art.Text, m.e.Span.Start); h != "" {
			count[h+" "+t]++
		}
	}
	return byCount(count)
}

// honorificBefore returns the honorific written right before offset i
// ("Ms" in "Ms Varela"), or "".
func honorificBefore(text string, i int) string {
	ws := contextWords(text, max(0, i-8), i)
	if n := len(ws); n > 0 && !ws[n-1].punctAfter && honorifics[strings.ToLower(ws[n-1].text)] && ws[n-1].end+1 >= i {
		return ws[n-1].text
	}
	return ""
}

// roles returns the titles given, most frequent first; honorifics are
// aliases, not roles.
func roles(ms []smention) []string {
	count := map[string]int{}
	seen := map[string]string{}
	for _, m := range ms {
		if m.e.Role == "" || honorifics[strings.ToLower(m.e.Role)] {
			continue
		}
		for _, r := range strings.Split(m.e.Role, ", ") {
			r = normalizeSpace(r)
			k := strings.ToLower(r)
			if first, ok := seen[k]; ok {
				r = first
			}
			seen[k] = r
			count[r]++
		}
	}
	return byCount(count)
}

// byCount returns the keys by count descending, then alphabetically.
func byCount(count map[string]int) []string {
	out := make([]string, 0, len(count))
	for k := range count {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(a, b)) })
	if len(out) == 0 {
		return nil
	}
	return out
}

// normalizeSpace collapses white space and straightens typographic
// apostrophes, so that "Kessaria’s" and "Kessaria's" are one form.
func normalizeSpace(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "’", "'")
}

// articleIDs returns the sorted ids of the articles mentions come from.
func articleIDs(ms []smention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.art.ID)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
