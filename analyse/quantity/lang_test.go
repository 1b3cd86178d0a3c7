package quantity_test

import (
	"math/rand/v2"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quantity"
	"github.com/parallax-news/parallax/analyse/sentence"
)

// langCases are invented sentences in the languages FindLang knows: digits
// in the continental convention, hedges and bounds, and counted nouns with
// the canonical units of their English counterparts.
var langCases = []struct {
	lang, name, text string
	want             []parallax.Quantity
}{
	// French.
	{"fr", "dot thousands", "Quelque 1.250 personnes ont été évacuées.", []parallax.Quantity{about(q("Quelque 1.250 personnes", 1250, "people", "personnes"), 1125, 1375)}},
	{"fr", "space thousands", "Environ 5 000 soldats sont déployés au Mali.", []parallax.Quantity{held(about(q("Environ 5 000 soldats", 5000, "personnel", "soldats"), 4500, 5500), "Mali")}},
	{"fr", "narrow space thousands", "L'armée compte 12\u202f500 militaires.", []parallax.Quantity{q("12\u202f500 militaires", 12500, "personnel", "militaires")}},
	{"fr", "millions in spaces", "Le pays compte 1 250 000 habitants.", []parallax.Quantity{q("1 250 000 habitants", 1250000, "people", "habitants")}},
	{"fr", "près de", "Près de 900 maisons ont été détruites.", []parallax.Quantity{about(q("Près de 900 maisons", 900, "house", "maisons"), 810, 900)}},
	{"fr", "plus de", "Plus de 300 conseillers militaires resteront.", []parallax.Quantity{bound(q("Plus de 300 conseillers", 300, "adviser", "conseillers"), 300, inf)}},
	{"fr", "moins de", "Moins de 40 députés ont voté.", []parallax.Quantity{bound(q("Moins de 40 députés", 40, "deputy", "députés"), 0, 40)}},
	{"fr", "decimal comma percent", "L'inflation a atteint 3,5 % puis 2,1 pour cent.", []parallax.Quantity{q("3,5 %", 3.5, "percent", ""), q("2,1 pour cent", 2.1, "percent", "")}},
	{"fr", "milliard d'euros", "Le plan coûte 1,2 milliard d'euros.", []parallax.Quantity{q("1,2 milliard d'euros", 1.2e9, "EUR", "d'euros")}},
	{"fr", "million de", "Une ville de 1,5 million de personnes.", []parallax.Quantity{q("1,5 million de personnes", 1.5e6, "people", "personnes")}},
	{"fr", "range entre et", "Entre 20 et 30 camions passent.", []parallax.Quantity{bound(q("Entre 20 et 30 camions", 20, "truck", "camions"), 20, 30)}},
	{"fr", "duration", "Une mission de 30 jours commence.", []parallax.Quantity{q("30 jours", 30, "P30D", "jours")}},
	{"fr", "il y a is no duration", "Il y a 3 jours, 12 morts.", []parallax.Quantity{q("12 morts", 12, "dead", "morts")}},
	{"fr", "date is no count", "Le 14 mars, 300 manifestants se sont rassemblés.", []parallax.Quantity{q("300 manifestants", 300, "protester", "manifestants")}},
	{"fr", "tally voix contre", "La motion a été adoptée par 187 voix contre 41.", []parallax.Quantity{q("187", 187, "", ""), q("41", 41, "", "")}},
	{"fr", "verb ends noun phrase", "Au total, 300 ont été tués.", []parallax.Quantity{q("300", 300, "", "")}},

	// Spanish.
	{"es", "dot thousands", "Llegaron 1.250 personas.", []parallax.Quantity{q("1.250 personas", 1250, "people", "personas")}},
	{"es", "unos", "Unos 1.250 militares cruzaron.", []parallax.Quantity{about(q("Unos 1.250 militares", 1250, "personnel", "militares"), 1125, 1375)}},
	{"es", "alrededor de", "Alrededor de 5.000 soldados quedan.", []parallax.Quantity{about(q("Alrededor de 5.000 soldados", 5000, "personnel", "soldados"), 4500, 5500)}},
	{"es", "más de", "Hay más de 300 asesores.", []parallax.Quantity{bound(q("más de 300 asesores", 300, "adviser", "asesores"), 300, inf)}},
	{"es", "muertos", "La riada dejó 12 muertos.", []parallax.Quantity{q("12 muertos", 12, "dead", "muertos")}},
	{"es", "mil millones", "Costará 3 mil millones de dólares.", []parallax.Quantity{q("3 mil millones de dólares", 3e9, "USD", "dólares")}},
	{"es", "por ciento", "El paro bajó un 20 por ciento.", []parallax.Quantity{q("20 por ciento", 20, "percent", "")}},
	{"es", "date de marzo", "El 14 de marzo se fueron 1.500 soldados.", []parallax.Quantity{q("1.500 soldados", 1500, "personnel", "soldados")}},
	{"es", "hace is no duration", "Hace 3 días llegaron.", nil},
	{"es", "decimal point kept", "La economía creció 2.5 por ciento.", []parallax.Quantity{q("2.5 por ciento", 2.5, "percent", "")}},

	// German.
	{"de", "rund", "Rund 5.000 Soldaten bleiben in Mali.", []parallax.Quantity{held(about(q("Rund 5.000 Soldaten", 5000, "personnel", "Soldaten"), 4500, 5500), "Mali")}},
	{"de", "etwa", "Etwa 1.250 Menschen wurden evakuiert.", []parallax.Quantity{about(q("Etwa 1.250 Menschen", 1250, "people", "Menschen"), 1125, 1375)}},
	{"de", "mehr als", "Mehr als 300 Militärberater bleiben.", []parallax.Quantity{bound(q("Mehr als 300 Militärberater", 300, "adviser", "Militärberater"), 300, inf)}},
	{"de", "über", "Über 300 Häuser sind zerstört.", []parallax.Quantity{bound(q("Über 300 Häuser", 300, "house", "Häuser"), 300, inf)}},
	{"de", "hyphenated noun", "Es bleiben 5.000 US-Soldaten.", []parallax.Quantity{q("5.000 US-Soldaten", 5000, "personnel", "US-Soldaten")}},
	{"de", "unknown capitalised noun", "Die Armee hat 300 Panzer.", []parallax.Quantity{q("300 Panzer", 300, "panzer", "Panzer")}},
	{"de", "milliarden euro prozent", "Sie kostet 2,5 Milliarden Euro, 3,5 Prozent mehr.", []parallax.Quantity{q("2,5 Milliarden Euro", 2.5e9, "EUR", "Euro"), q("3,5 Prozent", 3.5, "percent", "")}},
	{"de", "vor is no duration", "Vor 2 Jahren dauerte sie 30 Tage.", []parallax.Quantity{q("30 Tage", 30, "P30D", "Tage")}},
	{"de", "date with dot", "Am 14. März kamen 300 Soldaten.", []parallax.Quantity{q("300 Soldaten", 300, "personnel", "Soldaten")}},
	{"de", "tally", "Der Bundestag stimmte mit 187 zu 41 Stimmen zu.", []parallax.Quantity{q("187", 187, "", ""), q("41", 41, "", "")}},

	{"fr", "number words", "Neuf morts et trente jours de deuil, après onze ans.", []parallax.Quantity{q("Neuf morts", 9, "dead", "morts"), q("trente jours", 30, "P30D", "jours"), q("onze ans", 11, "P11Y", "ans")}},
	{"fr", "age after name", "Anton Greve, 71 ans, est maire.", nil},
	{"es", "number words", "Se confirmaron nueve muertos y dos heridos graves.", []parallax.Quantity{q("nueve muertos", 9, "dead", "muertos"), q("dos heridos", 2, "herido", "heridos")}},
	{"es", "age de años", "Ramiro Estévez, de 71 años, miraba el barro durante 30 días.", []parallax.Quantity{q("30 días", 30, "P30D", "días")}},
	{"es", "adverb ends noun phrase", "Vamos a reconstruir los dos antes del invierno.", []parallax.Quantity{q("dos", 2, "", "")}},
	{"de", "number words", "Drei Soldaten und zwölf Kinder.", []parallax.Quantity{q("Drei Soldaten", 3, "personnel", "Soldaten"), q("zwölf Kinder", 12, "child", "Kinder")}},

	// Italian, Portuguese, Dutch.
	{"it", "circa oltre", "Circa 1.250 soldati e oltre 300 consiglieri restano.", []parallax.Quantity{about(q("Circa 1.250 soldati", 1250, "personnel", "soldati"), 1125, 1375), bound(q("oltre 300 consiglieri", 300, "adviser", "consiglieri"), 300, inf)}},
	{"it", "mila", "Sono arrivate 5 mila persone.", []parallax.Quantity{q("5 mila persone", 5000, "people", "persone")}},
	{"pt", "cerca de", "Cerca de 1.250 soldados e 12 mortos.", []parallax.Quantity{about(q("Cerca de 1.250 soldados", 1250, "personnel", "soldados"), 1125, 1375), q("12 mortos", 12, "dead", "mortos")}},
	{"nl", "ongeveer", "Ongeveer 1.250 militairen en 3,5 procent.", []parallax.Quantity{about(q("Ongeveer 1.250 militairen", 1250, "personnel", "militairen"), 1125, 1375), q("3,5 procent", 3.5, "percent", "")}},
	{"nl", "geleden is no duration", "Drie weken geleden: 30 dagen lang.", []parallax.Quantity{q("30 dagen", 30, "P30D", "dagen")}},

	// A region is ignored; an unknown language reads English.
	{"fr-CA", "region", "Quelque 1.250 personnes.", []parallax.Quantity{about(q("Quelque 1.250 personnes", 1250, "people", "personnes"), 1125, 1375)}},
	{"sv", "unknown language", "Some 1,250 soldiers left.", []parallax.Quantity{about(q("Some 1,250 soldiers", 1250, "personnel", "soldiers"), 1125, 1375)}},
}

func TestFindLang(t *testing.T) {
	for _, tc := range langCases {
		t.Run(tc.lang+" "+tc.name, func(t *testing.T) {
			got := quantity.FindLang(tc.text, nil, tc.lang)
			if len(got) != len(tc.want) {
				t.Fatalf("FindLang(%q, %q) = %d quantities %v, want %d", tc.text, tc.lang, len(got), texts(got), len(tc.want))
			}
			for i, w := range tc.want {
				checkQuantity(t, tc.text, got[i], w)
			}
		})
	}
}

// TestFindLangEnglish checks that English and unknown languages read as
// Find does, and that without a language "1.250" is still a decimal.
func TestFindLangEnglish(t *testing.T) {
	for _, tc := range quantityCases {
		want := texts(quantity.Find(tc.text, nil))
		for _, lang := range []string{"", "en", "xx"} {
			if got := texts(quantity.FindLang(tc.text, nil, lang)); len(got) != len(want) {
				t.Errorf("FindLang(%q, %q) = %v, Find = %v", tc.text, lang, got, want)
			}
		}
	}
	if got := quantity.Find("Some 1.250 people", nil); len(got) != 1 || got[0].Value != 1.25 {
		t.Errorf("Find(1.250) = %v, want 1.25", got)
	}
}

// TestTallies checks that each form of a vote tally gives both figures,
// bare: the reconciler reads them as votes for and against.
func TestTallies(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"", "Deputies voted 187 to 41 for the motion."},
		{"", "The motion passed by 187 votes to 41."},
		{"", "The motion passed 187-41 on Thursday."},
		{"", "The motion passed 187–41."},
		{"fr", "La motion a été adoptée par 187 voix contre 41."},
		{"fr", "La motion a été adoptée par 187 voix pour et 41 contre."},
		{"es", "La ley fue aprobada con 187 votos a favor y 41 en contra."},
	} {
		got := quantity.FindLang(tc.text, nil, tc.lang)
		if len(got) != 2 || got[0].Value != 187 || got[1].Value != 41 || got[0].High != 187 || got[1].Low != 41 {
			t.Errorf("FindLang(%q, %q) = %v, want 187 and 41", tc.text, tc.lang, texts(got))
		}
	}
}

// TestFindLangProperties checks the span invariants on random cuts of the
// French and German cases.
func TestFindLangProperties(t *testing.T) {
	var text string
	for _, tc := range langCases {
		text += tc.text + " "
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		a, b := r.IntN(len(text)), r.IntN(len(text))
		s := text[min(a, b):max(a, b)]
		for _, lang := range []string{"fr", "de", "es"} {
			checkSpans(t, lang, s, quantity.FindLang(s, sentence.Split(s), lang))
		}
	}
}
