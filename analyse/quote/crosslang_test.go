package quote_test

import (
	"slices"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
)

// langArticle builds an invented article in a language with its quotes
// found as the pipeline finds them.
func langArticle(id, lang string, published time.Time, text string) *parallax.Article {
	a := &parallax.Article{ID: id, Outlet: id, Language: lang, Published: published, Text: text}
	a.Sentences = sentence.Split(text)
	a.Quotes = quote.FindLang(text, a.Sentences, nil, lang)
	return a
}

// storyQuoteIn returns the story quotes with a wording from article id.
func storyQuotesIn(qs []parallax.StoryQuote, id string) []parallax.StoryQuote {
	var out []parallax.StoryQuote
	for _, q := range qs {
		if slices.Contains(q.Articles, id) {
			out = append(out, q)
		}
	}
	return out
}

func TestGroupAcrossLanguages(t *testing.T) {
	en := langArticle("en", "en", day(14), `Veltravan Defence Minister Ana Varela called the vote "regrettable but not unexpected". She said about 350 helicopter mechanics would leave Ostrel by March. "We will not leave anyone behind," Varela said.`)
	fr := langArticle("fr", "fr", day(15), `La ministre de la Défense Ana Varela a qualifié le vote de « regrettable mais pas inattendu ». Elle a précisé que quelque 350 mécaniciens d'hélicoptères quitteraient Ostrel d'ici mars.`)
	es := langArticle("es", "es", day(15), `«No dejaremos a nadie atrás», dijo la ministra de Defensa Ana Varela.`)
	qs, speakers := quote.Group([]*parallax.Article{fr, en, es})
	for _, q := range qs {
		t.Logf("%s %v %v", q.Speaker, q.Articles, q.Wordings)
	}
	// a number and a word shared: one statement, each outlet's words kept
	q := groupWith(t, qs, "350 mécaniciens")
	if !slices.Equal(q.Articles, []string{"en", "fr"}) || q.Speaker != "Ana Varela" {
		t.Errorf("350 mechanics: Articles = %v, Speaker = %q; want [en fr], Ana Varela", q.Articles, q.Speaker)
	}
	if _, ok := quoteWith([]parallax.StoryQuote{q}, "350 helicopter mechanics"); !ok {
		t.Errorf("the English wording is lost: %v", q.Wordings)
	}
	// one shared word is too little to tell one statement from another
	if q := groupWith(t, qs, "regrettable mais pas inattendu"); len(q.Articles) != 1 {
		t.Errorf("regrettable: Articles = %v, want the French wording alone", q.Articles)
	}
	// the Spanish quote shares no anchor with any English statement
	if got := storyQuotesIn(qs, "es"); len(got) != 1 || len(got[0].Articles) != 1 {
		t.Errorf("Spanish quote joined another statement: %v", got)
	}
	if len(speakers) != 1 || speakers[0].Name != "Ana Varela" || len(speakers[0].Articles) != 3 {
		t.Errorf("speakers = %+v, want Ana Varela in three articles", speakers)
	}
}

// TestGroupAcrossLanguagesNeedsTwoAnchors: statements of one speaker
// that share only the story's place, the speaker's name or one number
// are different statements; a number and a cognate together make one.
func TestGroupAcrossLanguagesNeedsTwoAnchors(t *testing.T) {
	tests := []struct {
		name, en, fr string
		joined       bool
	}{
		{"the story's place alone",
			`"Kessaria must decide," Defence Minister Ana Varela said.`,
			`« Le Kessaria restera notre allié », a déclaré la ministre de la Défense Ana Varela.`, false},
		{"one number, opposite statements",
			`Defence Minister Ana Varela said 5,000 troops had left Kessaria.`,
			`La ministre de la Défense Ana Varela a déclaré que 5 000 soldats restaient au Kessaria.`, false},
		{"two cognates",
			`"Our soil will be defended by the people of this country," Assembly Speaker Mirela Dost said.`,
			`« Notre sol sera défendu par le peuple de ce pays », a déclaré la présidente de l'Assemblée, Mirela Dost.`, true},
		{"one cognate",
			`"The people have spoken," Assembly Speaker Mirela Dost said.`,
			`« Notre sol sera défendu par nos propres fils », a déclaré la présidente de l'Assemblée, Mirela Dost.`, false},
		{"a number and a word",
			`Defence Minister Ana Varela said 5,000 helicopter mechanics had left Kessaria.`,
			`La ministre de la Défense Ana Varela a déclaré que 5 000 mécaniciens d'hélicoptères avaient quitté le Kessaria.`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			en := langArticle("en", "en", day(14), tt.en)
			fr := langArticle("fr", "fr", day(15), tt.fr)
			qs, _ := quote.Group([]*parallax.Article{en, fr})
			joined := len(qs) == 1 && len(qs[0].Articles) == 2
			if joined != tt.joined || len(qs) == 0 {
				for _, q := range qs {
					t.Logf("%s %v %v", q.Speaker, q.Articles, q.Wordings)
				}
				t.Errorf("joined = %v (%d statements), want %v", joined, len(qs), tt.joined)
			}
		})
	}
}

// TestGroupAcrossLanguagesRegionTags: "en" and "en-GB" are one language,
// so two English statements never meet through the cross-language rule.
func TestGroupAcrossLanguagesRegionTags(t *testing.T) {
	a := langArticle("a", "en", day(14), `Defence Minister Ana Varela said 350 helicopter mechanics would leave Ostrel in March.`)
	b := langArticle("b", "en-GB", day(15), `Defence Minister Ana Varela said the 350 helicopter pilots had never flown from Ostrel before.`)
	c := langArticle("c", "fr", day(15), `La ministre de la Défense Ana Varela était à Weil.`)
	qs, _ := quote.Group([]*parallax.Article{a, b, c})
	for _, q := range qs {
		if len(q.Articles) > 1 {
			t.Errorf("two English statements joined: %v %v", q.Articles, q.Wordings)
		}
	}
}

// TestGroupAcrossLanguagesKeepsStatementsApart: two different statements
// of one speaker in two languages stay apart when they share no anchor,
// or only the story's place name among many words, and two speakers'
// statements never meet.
func TestGroupAcrossLanguagesKeepsStatementsApart(t *testing.T) {
	en := langArticle("en", "en", day(14), `"Kessaria deserves our respect and our continued support," Defence Minister Ana Varela said. Foreign Minister Tomas Reyk said the helicopters would be grounded for at least a year.`)
	fr := langArticle("fr", "fr", day(15), `« La mission au Kessaria sera longue et difficile », a déclaré la ministre de la Défense Ana Varela. « Les hélicoptères resteront au sol pendant au moins un an », a déclaré la présidente de l'Assemblée, Mirela Dost.`)
	qs, _ := quote.Group([]*parallax.Article{en, fr})
	for _, q := range qs {
		t.Logf("%s %v %v", q.Speaker, q.Articles, q.Wordings)
		if len(q.Articles) > 1 {
			t.Errorf("statements grouped across languages: %s %v %v", q.Speaker, q.Articles, q.Wordings)
		}
	}
}

// TestGroupAcrossLanguagesOneToOne: a quote that matches two statements
// of the other language equally well joins neither, so two English
// statements are never joined through a French one; with one of them
// alone, it joins it.
func TestGroupAcrossLanguagesOneToOne(t *testing.T) {
	fr := langArticle("fr", "fr", day(15), `La ministre de la Défense Ana Varela a déclaré que 350 hélicoptères partiraient en mars.`)
	one := langArticle("en", "en", day(14), `Defence Minister Ana Varela said 350 helicopters would leave in March.`)
	two := langArticle("en", "en", day(14), `Defence Minister Ana Varela said 350 helicopters would leave in March. Varela later said 350 helicopters had crashed there since 2014.`)
	qs, _ := quote.Group([]*parallax.Article{one, fr})
	if len(qs) != 1 || len(qs[0].Articles) != 2 {
		t.Errorf("one English statement: %d statements, want the two wordings as one", len(qs))
	}
	qs, _ = quote.Group([]*parallax.Article{two, fr})
	for _, q := range qs {
		t.Logf("%s %v %v", q.Speaker, q.Articles, q.Wordings)
		if len(q.Articles) > 1 || len(q.Wordings) > 1 {
			t.Errorf("an ambiguous match was joined: %v %v", q.Articles, q.Wordings)
		}
	}
	if len(qs) != 3 {
		t.Errorf("%d statements, want 3", len(qs))
	}
}

// TestGroupSameLanguageUnchanged: articles without a language, or all in
// one, are grouped by their words alone.
func TestGroupSameLanguageUnchanged(t *testing.T) {
	a := langArticle("a", "", day(14), `"We will not leave anyone behind," Varela said.`)
	b := langArticle("b", "", day(15), `La ministre de la Défense Ana Varela a qualifié le vote de « regrettable mais pas inattendu ».`)
	c := langArticle("c", "", day(16), `Ana Varela called the vote "regrettable but not unexpected".`)
	qs, _ := quote.Group([]*parallax.Article{a, b, c})
	for _, q := range qs {
		if len(q.Articles) > 1 {
			t.Errorf("grouped with no languages known: %v %v", q.Articles, q.Wordings)
		}
	}
}
