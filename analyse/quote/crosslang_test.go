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
	en := langArticle("en", "en", day(14), `Veltravan Defence Minister Ana Varela called the vote "regrettable but not unexpected". She said about 350 advisers would leave Ostrel by March. "We will not leave anyone behind," Varela said.`)
	fr := langArticle("fr", "fr", day(15), `La ministre de la Défense Ana Varela a qualifié le vote de « regrettable mais pas inattendu ». Elle a précisé que quelque 350 conseillers quitteraient Ostrel d'ici mars.`)
	es := langArticle("es", "es", day(15), `«No dejaremos a nadie atrás», dijo la ministra de Defensa Ana Varela.`)
	qs, speakers := quote.Group([]*parallax.Article{fr, en, es})
	for _, q := range qs {
		t.Logf("%s %v %v", q.Speaker, q.Articles, q.Wordings)
	}
	q := groupWith(t, qs, "regrettable mais pas inattendu")
	if !slices.Equal(q.Articles, []string{"en", "fr"}) || q.Speaker != "Ana Varela" {
		t.Errorf("regrettable: Articles = %v, Speaker = %q; want [en fr], Ana Varela", q.Articles, q.Speaker)
	}
	// each outlet's exact words
	if _, ok := quoteWith([]parallax.StoryQuote{q}, "regrettable but not unexpected"); !ok {
		t.Errorf("the English wording is lost: %v", q.Wordings)
	}
	q = groupWith(t, qs, "350 conseillers")
	if !slices.Equal(q.Articles, []string{"en", "fr"}) {
		t.Errorf("350 advisers: Articles = %v, want [en fr] (a shared number)", q.Articles)
	}
	// the Spanish quote shares no anchor with any English statement
	if got := storyQuotesIn(qs, "es"); len(got) != 1 || len(got[0].Articles) != 1 {
		t.Errorf("Spanish quote joined another statement: %v", got)
	}
	if len(speakers) != 1 || speakers[0].Name != "Ana Varela" || len(speakers[0].Articles) != 3 {
		t.Errorf("speakers = %+v, want Ana Varela in three articles", speakers)
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
	fr := langArticle("fr", "fr", day(15), `La ministre de la Défense Ana Varela a déclaré que 350 partiraient en mars.`)
	one := langArticle("en", "en", day(14), `Defence Minister Ana Varela said 350 would leave in March.`)
	two := langArticle("en", "en", day(14), `Defence Minister Ana Varela said 350 would leave in March. Varela later said 350 had died there since 2014.`)
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
