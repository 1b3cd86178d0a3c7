package entity

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/office"
)

// countryBySlug returns the canonical country whose name has the slug.
func (w *world) countryBySlug(slug string) (string, bool) {
	c, ok := w.slugs[slug]
	return c, ok
}

// countryWords maps the lower-cased names and demonyms of the story's
// countries to the country: a gazetteer country, or a place some demonym
// of the story is made from ("veltravan" → "Veltrava").
func (s *story) countryWords(members map[string][]smention) map[string]string {
	out := map[string]string{}
	for _, id := range s.roots() {
		ms := members[id]
		if typeOfID(id) != "LOCATION" || len(ms) == 0 {
			continue
		}
		name := s.entityName(id, ms)
		_, gazetteer := s.w.countryBySlug(slugOfID(id))
		var demonyms []string
		for _, m := range ms {
			if m.e.Type == "MISC" {
				demonyms = append(demonyms, firstPart(m.e.Text))
			}
		}
		if !gazetteer && len(demonyms) == 0 {
			continue
		}
		out[strings.ToLower(name)] = name
		for _, d := range demonyms {
			out[strings.ToLower(d)] = name
		}
	}
	return out
}

// lookupCountry returns the country a capitalised word names or is the
// demonym of ("Kessaria's", "Veltravan", "Iraqi").
func (s *story) lookupCountry(word string, countries map[string]string) (string, bool) {
	w := strings.TrimFunc(trimPossessive(firstPart(word)), func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	if !isCap(w) {
		return "", false
	}
	if c, ok := countries[strings.ToLower(w)]; ok {
		return c, true
	}
	if c, ok := s.w.country(w); ok {
		return c, true
	}
	return s.w.demonymCountry(w)
}

// country returns the country an entity lies in or belongs to, by the
// most evidence, or "".
func (s *story) country(se parallax.StoryEntity, ms []smention, countries map[string]string) string {
	if c, ok := countries[strings.ToLower(se.Name)]; ok && se.Type == "LOCATION" {
		return c
	}
	if c, ok := s.w.cities[strings.ToLower(se.Name)]; ok && se.Type == "LOCATION" {
		return c
	}
	votes := map[string]int{}
	add := func(word string) {
		if c, ok := s.lookupCountry(word, countries); ok && c != se.Name {
			votes[c]++
		}
	}
	switch se.Type {
	case "LOCATION":
		for _, m := range ms {
			if !validSpan(m.art.Text, m.e) {
				continue
			}
			for _, w := range placeContext(m.art.Text, m.e.Span) {
				add(w)
			}
		}
	case "PERSON":
		for _, r := range se.Roles {
			for _, w := range strings.Fields(r) {
				add(w)
			}
		}
	default:
		for _, w := range strings.Fields(se.Name) {
			add(w)
		}
		for _, m := range ms {
			if !validSpan(m.art.Text, m.e) {
				continue
			}
			ws := contextWords(m.art.Text, max(0, m.e.Span.Start-40), m.e.Span.Start)
			if n := len(ws); n > 0 && !ws[n-1].punctAfter && isPossessive(ws[n-1].text) {
				add(ws[n-1].text) // "Kessaria's National Assembly"
			}
		}
	}
	return best(votes)
}

// placeContext returns the words around a place that may name the country
// it lies in: "Camp Halvard in Kessaria", "BRENNICK, Aldermark",
// "Kessaria's northern Dravo", "the Kessarian capital, Lumira".
func placeContext(text string, span parallax.Span) []string {
	var out []string
	after := contextWords(text, span.End, min(len(text), span.End+60))
	if len(after) > 0 {
		switch {
		case strings.HasPrefix(text[span.End:], ", ") && isCap(after[0].text):
			out = append(out, after[0].text)
		case strings.HasPrefix(text[span.End:], " in ") && len(after) > 1:
			out = append(out, after[1].text)
		}
		// "Orsenburg, the Veltravan capital".
		if strings.HasPrefix(text[span.End:], ", ") && len(after) > 2 && determiners[strings.ToLower(after[0].text)] &&
			strings.EqualFold(after[2].text, "capital") {
			out = append(out, after[1].text)
		}
	}
	before := contextWords(text, max(0, span.Start-60), span.Start)
	n := len(before)
	switch {
	case n > 0 && !before[n-1].punctAfter && isPossessive(before[n-1].text):
		out = append(out, before[n-1].text)
	case n > 1 && !before[n-1].punctAfter && !isCap(before[n-1].text) && isPossessive(before[n-2].text):
		out = append(out, before[n-2].text)
	case n > 1 && before[n-1].commaAfter && strings.EqualFold(before[n-1].text, "capital"):
		out = append(out, before[n-2].text)
	}
	return out
}

// roleNouns finds role nouns the story writes ("the defence minister")
// that are the title of exactly one person of it, and returns them as
// aliases by story entity id.
func (s *story) roleNouns(members map[string][]smention) map[string][]string {
	// Owners of each role noun as written, and of its other name (see
	// internal/office), used only where no one holds it as written.
	owners, others := map[string]map[string]bool{}, map[string]map[string]bool{}
	add := func(m map[string]map[string]bool, noun, id string) {
		if m[noun] == nil {
			m[noun] = map[string]bool{}
		}
		m[noun][id] = true
	}
	for _, id := range s.roots() {
		if typeOfID(id) != "PERSON" {
			continue
		}
		for _, r := range roles(members[id]) {
			if noun := roleNoun(r); noun != "" {
				add(owners, noun, id)
				if o := otherOffice(noun); o != "" {
					add(others, o, id)
				}
			}
		}
	}
	for noun, ids := range others {
		if owners[noun] == nil {
			owners[noun] = ids
		}
	}
	out := map[string][]string{}
	lower := make([]string, len(s.articles))
	for i, a := range s.articles {
		lower[i] = strings.ToLower(a.Text)
	}
	// Nouns in sorted order, so that a person's aliases come out the same
	// on every run.
	for _, noun := range slices.Sorted(maps.Keys(owners)) {
		ids := owners[noun]
		if len(ids) != 1 {
			continue
		}
		for _, text := range lower {
			if containsPhrase(text, "the "+noun) {
				for id := range ids {
					out[id] = append(out[id], "the "+noun)
				}
				break
			}
		}
	}
	return out
}

// otherOffice returns the other name of a role noun's office ("defence
// minister" → "defence secretary"), or "" when its head has none or no
// portfolio word goes with it.
func otherOffice(noun string) string {
	ws := strings.Fields(noun)
	head, mods := ws[len(ws)-1], ws[:len(ws)-1]
	other := office.Other(head)
	if other == "" || !office.HasPortfolio(mods) {
		return ""
	}
	return strings.Join(append(mods[:len(mods):len(mods)], other), " ")
}

// roleNoun returns the common noun phrase of a title written before a
// name, without its country: "Veltravan Defence Minister" → "defence
// minister", and "Secretary of Defense" → "defense secretary". It
// returns "" for one-word titles, too vague to link.
func roleNoun(role string) string {
	if head, domain, ok := strings.Cut(role, " of "); ok && titleHeads[strings.ToLower(head)] && !strings.Contains(domain, " of ") {
		role = domain + " " + head
	}
	var ws []string
	for _, w := range strings.Fields(role) {
		lw := strings.ToLower(w)
		if isPossessive(w) || determiners[lw] {
			continue
		}
		if _, ok := CountryOf(w); ok {
			continue
		}
		if len(ws) == 0 && isCap(w) && !titleHeads[lw] && !titleModifiers[lw] {
			continue // a demonym or a name: "Veltravan", "BDU"
		}
		ws = append(ws, lw)
	}
	if len(ws) < 2 || !titleHeads[ws[len(ws)-1]] {
		return ""
	}
	return strings.Join(ws, " ")
}

// containsPhrase reports whether text has phrase as whole words.
func containsPhrase(text, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], phrase)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(phrase)
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		after, _ := utf8.DecodeRuneInString(text[end:])
		okStart := j == 0 || !unicode.IsLetter(before)
		okEnd := end == len(text) || !unicode.IsLetter(after)
		if okStart && okEnd {
			return true
		}
		i = j + 1
	}
}
