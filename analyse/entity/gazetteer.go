package entity

import (
	"embed"
	"slices"
	"strings"
	"sync"
)

//go:embed gazetteer/*.txt
var gazetteerFS embed.FS

// Gazetteer classes used as features.
const (
	gazCountry = "country"
	gazDemonym = "demonym"
	gazCity    = "city"
	gazOrg     = "org"
	gazTitle   = "title"
	gazTime    = "time"
)

type gazetteer struct {
	// phrases maps a lower-cased phrase (tokens joined by spaces) to its
	// classes.
	phrases map[string][]string
	// maxLen is the longest phrase in tokens.
	maxLen int
	// Country maps a lower-cased demonym or adjective to its country.
	country map[string]string
	// tags holds the feature values match gives each phrase's tokens;
	// prefixes holds every phrase's start that ends before a space, so
	// that match stops extending a key no phrase goes on from.
	tags     map[string]phraseTags
	prefixes map[string]bool
}

// phraseTags are the gazetteer features of a phrase's first token
// ("B-city") and of the others ("I-city").
type phraseTags struct{ first, rest []string }

var loadGazetteer = sync.OnceValue(func() *gazetteer {
	g := &gazetteer{phrases: map[string][]string{}, country: map[string]string{}}
	add := func(phrase, class string) {
		key := strings.ToLower(phrase)
		if key == "" {
			return
		}
		for _, c := range g.phrases[key] {
			if c == class {
				return
			}
		}
		g.phrases[key] = append(g.phrases[key], class)
		g.maxLen = max(g.maxLen, len(strings.Fields(key)))
	}
	for _, l := range gazetteerLines("countries.txt") {
		f := strings.Split(l, "|")
		add(f[0], gazCountry)
		for _, d := range f[1:] {
			add(d, gazDemonym)
			if _, ok := g.country[strings.ToLower(d)]; !ok {
				g.country[strings.ToLower(d)] = f[0]
			}
		}
	}
	for _, l := range gazetteerLines("capitals.txt") {
		add(l, gazCity)
	}
	for _, l := range gazetteerLines("organizations.txt") {
		add(l, gazOrg)
	}
	for _, l := range gazetteerLines("titles.txt") {
		add(l, gazTitle)
	}
	for _, l := range gazetteerLines("time.txt") {
		add(l, gazTime)
	}
	g.index()
	return g
})

// index builds tags and prefixes from phrases.
func (g *gazetteer) index() {
	g.tags = make(map[string]phraseTags, len(g.phrases))
	g.prefixes = map[string]bool{}
	for key, classes := range g.phrases {
		var t phraseTags
		for _, c := range classes {
			t.first = append(t.first, "B-"+c)
			t.rest = append(t.rest, "I-"+c)
		}
		g.tags[key] = t
		for j := 0; j < len(key); j++ {
			if key[j] == ' ' {
				g.prefixes[key[:j]] = true
			}
		}
	}
}

// CountryOf returns the country a demonym or adjective ("Iraqi") points at.
func CountryOf(demonym string) (string, bool) {
	c, ok := loadGazetteer().country[strings.ToLower(demonym)]
	return c, ok
}

// matchInto marks, for every token, the gazetteer classes of the longest
// phrase covering it, as "B-class" or "I-class", reusing out and key (a
// scratch buffer), which it returns.
func (g *gazetteer) matchInto(lower []string, out [][]string, key []byte) ([][]string, []byte) {
	out = slices.Grow(out[:0], len(lower))[:len(lower)]
	for i := range out {
		out[i] = out[i][:0]
	}
	for i := 0; i < len(lower); {
		// The longest phrase starting at i: lower[i:i+k] joined by spaces.
		n := 0
		var tags phraseTags
		key = key[:0]
		for k := 1; k <= min(g.maxLen, len(lower)-i); k++ {
			if k > 1 {
				key = append(key, ' ')
			}
			key = append(key, lower[i+k-1]...)
			if t, ok := g.tags[string(key)]; ok {
				n, tags = k, t
			}
			if !g.prefixes[string(key)] {
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		out[i] = append(out[i], tags.first...)
		for j := i + 1; j < i+n; j++ {
			out[j] = append(out[j], tags.rest...)
		}
		i += n
	}
	return out, key
}
