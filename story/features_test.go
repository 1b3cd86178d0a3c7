package story_test

import (
	"slices"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/story"
)

// Term kinds, as numbered in features.go.
const (
	word   = "0:"
	name   = "1:"
	phrase = "2:"
	number = "3:"
	date   = "4:"
)

func TestTerms(t *testing.T) {
	tests := []struct {
		name, lang, title, text string
		want, not               []string
	}{
		{name: "thousands in every form", lang: "en",
			text: "Some 5,000 troops left. Another 5000 stayed. The bill was 1,250,000 marks.",
			want: []string{number + "5000", number + "1250000"}, not: []string{number + "5", number + "000"}},
		{name: "French spaces and decimal commas", lang: "fr",
			text: "Quelque 5 000 soldats sont partis, et 4,5 % des électeurs.",
			want: []string{number + "5000", number + "4.5"}},
		{name: "English plain spaces are not thousands", lang: "en",
			text: "In 2014 300 soldiers arrived.",
			want: []string{number + "2014", number + "300"}},
		{name: "scales and ordinals", lang: "en",
			text: "It cost $1.5 trillion, or 1.5tn, and €3.6m more on the 18th.",
			want: []string{number + "1.5tn", number + "3.6m"}, not: []string{number + "18th"}},
		{name: "dates in three languages and ISO", lang: "",
			text: "Announced on 18 October 2025. Le 18 octobre, rien. On October 18 it began. Filed 2025-10-18.",
			want: []string{date + "10-18"}},
		{name: "names mid-sentence, not at a sentence start", lang: "en",
			text: "The minister said Ana Varela would travel. Soldiers returned to Weil on Monday.",
			want: []string{name + "varela", phrase + "ana varela", name + "weil", word + "soldier"},
			not:  []string{name + "the", name + "soldiers", name + "monday", word + "monday"}},
		{name: "a name at a sentence start counts when capitalised elsewhere", lang: "en",
			text: "Varela spoke first. Later the crowd cheered Varela again.",
			want: []string{name + "varela"}},
		{name: "accents folded in names, elision dropped", lang: "fr",
			text: "Le vote de l'Assemblée a surpris. Elle a parlé à l'Assemblée nationale.",
			want: []string{name + "assemblee"}, not: []string{name + "l'assemblée", name + "lassemblee"}},
		{name: "possessives and curly apostrophes", lang: "en",
			text: "The court upheld Kessaria’s claim and Kessaria's appeal.",
			want: []string{name + "kessaria"}, not: []string{name + "kessarias"}},
		{name: "title-case headline capitals are no names", lang: "en",
			title: "Supreme Court Sides With Police In Immunity Cases",
			text:  "The justices ruled on Monday in two cases brought against officers.",
			want:  []string{word + "side", word + "polic"}, not: []string{name + "sides", name + "police"}},
		{name: "the outlet's own name is not a term", lang: "en",
			text: "The minister told Free Horizon that the vote was close, and Reyk agreed.",
			want: []string{name + "reyk"}, not: []string{name + "free", name + "horizon", phrase + "free horizon"}},
		{name: "shouted stop words are not names", lang: "en",
			text: "The troops are NOT leaving, said the BDU.",
			want: []string{name + "bdu"}, not: []string{name + "not"}},
		{name: "language guessed when missing", lang: "",
			text: "Les soldats ont quitté la base et les habitants de la ville sont restés chez eux pendant la nuit.",
			want: []string{word + "soldat"}, not: []string{word + "les", word + "la"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &parallax.Article{Title: tt.title, Text: tt.text, Language: tt.lang}
			if tt.name == "the outlet's own name is not a term" {
				a.Outlet = "Free Horizon"
			}
			got := story.Terms(a)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q in %v", w, got)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("unexpected %q in %v", n, got)
				}
			}
		})
	}
}
