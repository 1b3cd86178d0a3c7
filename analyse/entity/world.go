package entity

import (
	"strings"
	"sync"
)

// world is what the resolver knows of countries and cities without
// reading a text: the gazetteers, with country names made canonical.
type world struct {
	// countries maps a lower-cased country name to its canonical name.
	countries map[string]string
	// cities maps a lower-cased city to the canonical name of its country.
	cities map[string]string
	// slugs maps the slug of a country name to its canonical name.
	slugs map[string]string
}

// countryAliases map other names of a country to the one ids use, so that
// "U.S." and "United States" share "location:united-states".
var countryAliases = map[string]string{
	"u.s.": "United States", "us": "United States", "usa": "United States", "u.s.a.": "United States",
	"britain": "United Kingdom", "great britain": "United Kingdom", "uk": "United Kingdom", "u.k.": "United Kingdom",
	"holland": "Netherlands", "burma": "Myanmar", "ussr": "Soviet Union",
}

var loadWorld = sync.OnceValue(func() *world {
	w := &world{countries: map[string]string{}, cities: map[string]string{}, slugs: map[string]string{}}
	for _, l := range gazetteerLines("countries.txt") {
		name, _, _ := strings.Cut(l, "|")
		w.countries[strings.ToLower(name)] = name
	}
	for k, v := range countryAliases {
		w.countries[k] = v
	}
	for k, v := range w.countries {
		w.slugs[Slug(k)] = v
	}
	for _, l := range gazetteerLines("cities.txt") {
		city, country, ok := strings.Cut(l, "|")
		if ok {
			w.cities[strings.ToLower(city)] = country
		}
	}
	return w
})

// country returns the canonical name of the country a name is, if it is
// one.
func (w *world) country(name string) (string, bool) {
	c, ok := w.countries[strings.ToLower(name)]
	return c, ok
}

// demonymCountry returns the canonical country a demonym ("Iraqi",
// "Americans") points at.
func (w *world) demonymCountry(d string) (string, bool) {
	c, ok := CountryOf(d)
	if !ok {
		return "", false
	}
	if canon, ok := w.country(c); ok {
		return canon, true
	}
	return c, true
}

// gazetteerLines returns the non-comment lines of an embedded gazetteer.
func gazetteerLines(name string) []string {
	b, err := gazetteerFS.ReadFile("gazetteer/" + name)
	if err != nil {
		panic(err) // embedded; cannot happen
	}
	var out []string
	for l := range strings.Lines(string(b)) {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// demonymStems returns the place names a word may be the demonym of, by
// its ending: "Veltravan" → "Veltrava", "Kessarians" → "Kessaria",
// "Dravan" → "Dravo", "Veltraviens" → "Veltrava". All lower-case.
func demonymStems(word string) []string {
	w := strings.ToLower(word)
	var out []string
	for _, suf := range []string{"iennes", "ienne", "iens", "ien", "ians", "ian", "ans", "an", "ns", "n", "ese", "is", "i", "ish"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		if suf == "n" || suf == "ns" {
			out = append(out, stem)
			continue
		}
		for _, end := range []string{"", "a", "ia", "o", "e", "y"} {
			out = append(out, stem+end)
		}
	}
	return out
}
