package quote_test

import (
	"slices"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quote"
)

func TestFindItalian(t *testing.T) {
	runLangCases(t, []langCase{
		{"title with its domain before the name", "it",
			"Il ministro degli Esteri Paolo Sarni ha detto martedì che Aldermark non invierà truppe in Kessaria.",
			[]want{{text: "Aldermark non invierà truppe in Kessaria", speaker: "Paolo Sarni", role: "ministro degli Esteri", kind: parallax.Indirect}}},
		{"inverted cue after the quote", "it",
			"«Non abbandoneremo i nostri alleati», ha dichiarato la ministra della Difesa Ana Varela davanti al Parlamento.",
			[]want{{text: "Non abbandoneremo i nostri alleati", speaker: "Ana Varela", role: "ministra della Difesa", cue: "dichiarato"}}},
		{"pronoun after the quote", "it",
			"La portavoce del governo, Lucia Ferrante, ha assicurato che il calendario non è cambiato. «Il ritiro finirà a novembre», ha detto lei.",
			[]want{
				{text: "il calendario non è cambiato", speaker: "Lucia Ferrante"},
				{text: "Il ritiro finirà a novembre", speaker: "Lucia Ferrante", speakerText: "lei"},
			}},
		{"secondo a role noun", "it",
			"La ministra della Difesa Ana Varela ha visitato Weil. Secondo la ministra, circa 300 consiglieri resteranno nella base di Ostrel.",
			[]want{{text: "circa 300 consiglieri resteranno nella base di Ostrel", speaker: "Ana Varela", cue: "Secondo"}}},
		{"unwritten subject", "it",
			"Il leader dell'opposizione Davor Imrik ha celebrato il risultato. «Oggi abbiamo chiuso l'ultima porta», ha affermato davanti ai suoi sostenitori.",
			[]want{{text: "Oggi abbiamo chiuso l'ultima porta", speaker: "Davor Imrik", speakerText: ""}}},
		{"compound tense, subject unwritten, reported", "it",
			"La ministra Ana Varela ha visitato la base. Ha aggiunto che circa 300 consiglieri resteranno a Ostrel.",
			[]want{{text: "circa 300 consiglieri resteranno a Ostrel", speaker: "Ana Varela", speakerText: "", kind: parallax.Indirect}}},
		{"adverb between auxiliary and participle", "it",
			"Il ministro Ugo Ferretti è arrivato a Brenna. «Resteremo qui», ha poi aggiunto. Ha inoltre detto che la riforma arriverà in autunno.",
			[]want{
				{text: "Resteremo qui", speaker: "Ugo Ferretti", speakerText: "", cue: "aggiunto"},
				{text: "la riforma arriverà in autunno", speaker: "Ugo Ferretti", speakerText: "", kind: parallax.Indirect},
			}},
		{"adverb between auxiliary and participle, subject after", "it",
			"«Resteremo qui», ha poi detto il ministro Mario Rossi.",
			[]want{{text: "Resteremo qui", speaker: "Mario Rossi", role: "ministro", cue: "detto"}}},
		{"stando a, contracted", "it",
			"Stando all'ex ministro dell'Interno Franco Dalmasso, la riforma è incostituzionale.",
			[]want{{text: "la riforma è incostituzionale", speaker: "Franco Dalmasso", kind: parallax.Indirect}}},
		{"elided article before a title", "it",
			"«Partiremo entro marzo», ha spiegato l'ambasciatore Karel Dunst ai giornalisti.",
			[]want{{text: "Partiremo entro marzo", speaker: "Karel Dunst", role: "ambasciatore"}}},
	})
}

func TestFindPortuguese(t *testing.T) {
	runLangCases(t, []langCase{
		{"title with its domain before the name", "pt",
			"O ministro das Relações Exteriores João Ribeira disse na terça-feira que Aldermark não enviará tropas para Kessaria.",
			[]want{{text: "Aldermark não enviará tropas para Kessaria", speaker: "João Ribeira", kind: parallax.Indirect, cue: "disse"}}},
		{"inverted cue after the quote", "pt",
			"«Não vamos abandonar os nossos aliados», afirmou a ministra da Defesa Ana Varela diante do Parlamento.",
			[]want{{text: "Não vamos abandonar os nossos aliados", speaker: "Ana Varela", role: "ministra da Defesa", cue: "afirmou"}}},
		{"pronoun after the quote", "pt",
			"A porta-voz do governo, Lúcia Ferraz, garantiu que o calendário não mudou. \"A retirada terminará em novembro\", disse ela.",
			[]want{
				{text: "o calendário não mudou", speaker: "Lúcia Ferraz"},
				{text: "A retirada terminará em novembro", speaker: "Lúcia Ferraz", speakerText: "ela"},
			}},
		{"segundo a role noun", "pt",
			"A ministra da Defesa Ana Varela visitou Weil. Segundo a ministra, cerca de 300 assessores continuarão na base de Ostrel.",
			[]want{{text: "cerca de 300 assessores continuarão na base de Ostrel", speaker: "Ana Varela", cue: "Segundo"}}},
		{"plural past", "pt",
			"Os sindicatos anunciaram que a greve continuará até sexta-feira.",
			[]want{{text: "a greve continuará até sexta-feira", speaker: "os sindicatos", kind: parallax.Indirect, cue: "anunciaram"}}},
		{"unwritten subject", "pt",
			"O líder da oposição Davor Imrik comemorou o resultado. \"Hoje fechamos a última porta\", afirmou diante dos seus apoiadores.",
			[]want{{text: "Hoje fechamos a última porta", speaker: "Davor Imrik", speakerText: ""}}},
	})
}

// TestFindItalianPortugueseNegatives: a negated or passive cue reports no
// statement.
func TestFindItalianPortugueseNegatives(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Il ministro Paolo Sarni non ha detto quando le truppe partiranno."},
		{"it", "Il ritiro è stato annunciato dal governo la settimana scorsa."},
		{"pt", "O ministro João Ribeira não disse quando as tropas partirão."},
		{"pt", "A retirada foi anunciada pelo governo na semana passada."},
		// an ordinal, not "according to"
		{"it", "La ripresa arriverà nel secondo semestre dell'anno."},
		{"pt", "A inflação deve cair no segundo semestre."},
	} {
		if got := findLang(c.text, c.lang); len(got) != 0 {
			t.Errorf("%s %q: got %s, want none", c.lang, c.text, dump(got))
		}
	}
}

// TestFindSpanishCompoundUnwritten: a compound tense with no subject
// written after a quotation speaks for the person named before, as the
// simple past does.
func TestFindSpanishCompoundUnwritten(t *testing.T) {
	runLangCases(t, []langCase{
		{"ha afirmado", "es",
			"El líder opositor Davor Imrik celebró el resultado. «Hoy hemos cerrado la última puerta», ha afirmado.",
			[]want{{text: "Hoy hemos cerrado la última puerta", speaker: "Davor Imrik", speakerText: ""}}},
	})
}

// TestGroupItalianPortugueseWithEnglish: an Italian and a Portuguese
// wording of a statement join its English wording across languages
// (a number read by each language's convention, a cognate), and the
// speaker is one speaker.
func TestGroupItalianPortugueseWithEnglish(t *testing.T) {
	en := langArticle("en", "en", day(14), `Defence Minister Ana Varela said about 1,500 military advisers would remain at Ostrel until 2026.`)
	it := langArticle("it", "it", day(15), `La ministra della Difesa Ana Varela ha detto che circa 1.500 consiglieri militari resteranno a Ostrel fino al 2026.`)
	pt := langArticle("pt", "pt", day(15), `A ministra da Defesa Ana Varela disse que cerca de 1.500 assessores militares continuarão em Ostrel até 2026.`)
	qs, speakers := quote.Group([]*parallax.Article{en, it, pt})
	if len(qs) != 1 || !slices.Equal(qs[0].Articles, []string{"en", "it", "pt"}) {
		for _, q := range qs {
			t.Logf("%s %v %v", q.Speaker, q.Articles, q.Wordings)
		}
		t.Errorf("got %d statements, want one in the three languages", len(qs))
	}
	if len(speakers) != 1 || speakers[0].Name != "Ana Varela" {
		t.Errorf("speakers = %+v, want Ana Varela alone", speakers)
	}
}
