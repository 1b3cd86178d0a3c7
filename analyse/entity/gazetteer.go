package entity

import (
	"embed"
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
}

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
	return g
})

// CountryOf returns the country a demonym or adjective ("Iraqi") points at.
func CountryOf(demonym string) (string, bool) {
	c, ok := loadGazetteer().country[strings.ToLower(demonym)]
	return c, ok
}

// match marks, for every token, the gazetteer classes of the longest phrase
// covering it, as "B-class" or "I-class".
func (g *gazetteer) match(lower []string) [][]string {
	out := make([][]string, len(lower))
	for i := 0; i < len(lower); {
		n := 0
		var classes []string
		for k := min(g.maxLen, len(lower)-i); k >= 1; k-- {
			if c, ok := g.phrases[strings.Join(lower[i:i+k], " ")]; ok {
				n, classes = k, c
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		for j := i; j < i+n; j++ {
			for _, c := range classes {
				if j == i {
					out[j] = append(out[j], "B-"+c)
				} else {
					out[j] = append(out[j], "I-"+c)
				}
			}
		}
		i += n
	}
	return out
}
