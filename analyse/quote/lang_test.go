package quote_test

import (
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
)

// findLang runs FindLang over text with its sentences and no entities, as
// the pipeline does for a text that is not English.
func findLang(text, lang string) []parallax.Quote {
	return quote.FindLang(text, sentence.Split(text), nil, lang)
}

// langCase is one invented text in a language and the quotes it must
// give.
type langCase struct {
	name, lang, text string
	want             []want
}

func runLangCases(t *testing.T, tests []langCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findLang(tt.text, tt.lang)
			checkQuotes(t, tt.text, got, tt.want)
			for _, q := range got {
				if q.Speaker == parallax.UnknownSpeaker {
					t.Errorf("quote %q has no speaker", q.Text)
				}
			}
		})
	}
}

func TestFindFrench(t *testing.T) {
	runLangCases(t, []langCase{
		{"title with its domain before the name", "fr",
			"« Nous ne partirons pas dans la précipitation », a déclaré la ministre de la Défense Ana Varela.",
			[]want{{text: "Nous ne partirons pas dans la précipitation", speaker: "Ana Varela", role: "ministre de la Défense", cue: "déclaré"}}},
		{"title with a domain and an adjective", "fr",
			"Le ministre des Affaires étrangères Tomas Reyk a affirmé que le Kessaria tiendrait ses engagements.",
			[]want{{text: "le Kessaria tiendrait ses engagements", speaker: "Tomas Reyk", role: "ministre des Affaires étrangères", kind: parallax.Indirect, cue: "affirmé"}}},
		{"président before the name", "fr",
			"Le président Idris Malen a affirmé mardi que le Kessaria ne demanderait aucun délai.",
			[]want{{text: "le Kessaria ne demanderait aucun délai", speaker: "Idris Malen", role: "président"}}},
		{"inverted pronoun after an auxiliary", "fr",
			"La Première ministre Elena Castor a reçu les députés. « Le gouvernement respectera le vote », a-t-elle toutefois déclaré.",
			[]want{{text: "Le gouvernement respectera le vote", speaker: "Elena Castor", speakerText: "elle", cue: "déclaré"}}},
		{"inverted pronoun on the verb", "fr",
			"Le maire de Tessin, Anton Greve, a reçu la presse. « La montagne reste », dit-il.",
			[]want{{text: "La montagne reste", speaker: "Anton Greve", speakerText: "il", cue: "dit"}}},
		{"inverted pronoun mid-sentence", "fr",
			"Le ministre des Affaires étrangères, Tomas Reyk, a mis en garde les députés. Sans mécaniciens, avait-il expliqué, les hélicoptères resteront au sol « pendant au moins un an ».",
			[]want{{text: "pendant au moins un an", speaker: "Tomas Reyk", speakerText: "il"}}},
		{"selon and d'après", "fr",
			"Environ 350 conseillers sont encore à Ostrel, selon le ministère kessarien de la Défense. D'après le porte-parole du gouvernement, Marc Olin, le départ prendra trente jours.",
			[]want{
				{text: "Environ 350 conseillers sont encore à Ostrel", speaker: "le ministère kessarien de la Défense", cue: "selon"},
				{text: "le départ prendra trente jours", speaker: "Marc Olin", role: "porte-parole du gouvernement", cue: "D'après"},
			}},
		{"role noun resolves to the one minister", "fr",
			"La ministre de la Défense Ana Varela était à Weil lundi. La ministre a précisé que les derniers soldats rentreraient en mars.",
			[]want{{text: "les derniers soldats rentreraient en mars", speaker: "Ana Varela", speakerText: "La ministre", role: "ministre"}}},
		{"addressee in the cue", "fr",
			"Henrik Alsop a reçu les grévistes. Il a toutefois assuré au Courrier que l'entreprise restait ouverte au dialogue.",
			[]want{{text: "l'entreprise restait ouverte au dialogue", speaker: "Henrik Alsop", speakerText: "Il", cue: "assuré au Courrier"}}},
		{"honorific after the cue", "fr",
			"La Première ministre Elena Castor a reçu les députés. « Nous respecterons le vote », a déclaré Mme Castor.",
			[]want{{text: "Nous respecterons le vote", speaker: "Elena Castor", speakerText: "Mme Castor"}}},
		{"a partial quote after a verb", "fr",
			"À Orsenburg, Ana Varela a qualifié le vote de « regrettable mais pas inattendu ».",
			[]want{{text: "regrettable mais pas inattendu", speaker: "Ana Varela", cue: "qualifié"}}},
	})
}

func TestFindSpanish(t *testing.T) {
	runLangCases(t, []langCase{
		{"title with its domain before the name", "es",
			"El ministro de Exteriores Juan Ybarra dijo el martes que Aldermark no enviará tropas a Kessaria.",
			[]want{{text: "Aldermark no enviará tropas a Kessaria", speaker: "Juan Ybarra", role: "ministro de Exteriores", cue: "dijo", kind: parallax.Indirect}}},
		{"inverted cue after the quote", "es",
			"«No vamos a abandonar a nuestros aliados», afirmó la ministra de Defensa Ana Varela ante el Parlamento.",
			[]want{{text: "No vamos a abandonar a nuestros aliados", speaker: "Ana Varela", role: "ministra de Defensa", cue: "afirmó"}}},
		{"pronoun after the quote", "es",
			"La portavoz del Gobierno, Lucía Ferran, aseguró que el calendario no ha cambiado. «La retirada terminará en noviembre», dijo ella.",
			[]want{
				{text: "el calendario no ha cambiado", speaker: "Lucía Ferran", role: "portavoz del Gobierno"},
				{text: "La retirada terminará en noviembre", speaker: "Lucía Ferran", speakerText: "ella"},
			}},
		{"según a role noun", "es",
			"La ministra de Defensa Ana Varela visitó Weil. Según la ministra, unos 300 asesores seguirán en la base de Ostrel.",
			[]want{{text: "unos 300 asesores seguirán en la base de Ostrel", speaker: "Ana Varela", cue: "Según"}}},
		{"inverted subject before que", "es",
			"Dijo el presidente Idris Malen que Kessaria respetará el acuerdo.",
			[]want{{text: "Kessaria respetará el acuerdo", speaker: "Idris Malen", role: "presidente"}}},
		{"unwritten subject", "es",
			"El líder opositor Davor Imrik celebró el resultado. «Hoy hemos cerrado la última puerta», afirmó ante sus simpatizantes. Añadió que la votación fue histórica para el país.",
			[]want{
				{text: "Hoy hemos cerrado la última puerta", speaker: "Davor Imrik", cue: "afirmó", speakerText: ""},
				{text: "la votación fue histórica para el país", speaker: "Davor Imrik", cue: "Añadió", kind: parallax.Indirect},
			}},
		{"addressee in the cue", "es",
			"El ministro de Exteriores Juan Ybarra dijo a los periodistas que Aldermark no enviará tropas.",
			[]want{{text: "Aldermark no enviará tropas", speaker: "Juan Ybarra", cue: "dijo a los periodistas"}}},
	})
}

func TestFindGerman(t *testing.T) {
	runLangCases(t, []langCase{
		{"compound title before the name", "de",
			"„Wir lassen niemanden zurück“, sagte Verteidigungsministerin Anna Zeller am Montag.",
			[]want{{text: "Wir lassen niemanden zurück", speaker: "Anna Zeller", role: "Verteidigungsministerin", cue: "sagte"}}},
		{"appositive name after a genitive title", "de",
			"Der Sprecher des Ministeriums, Karl Wendt, sagte, die Regierung werde den Zeitplan einhalten.",
			[]want{{text: "die Regierung werde den Zeitplan einhalten", speaker: "Karl Wendt", role: "Sprecher des Ministeriums", kind: parallax.Indirect}}},
		{"so after the quote", "de",
			"Karl Wendt sprach von einem geordneten Abzug. „Die Hubschrauber bleiben bis zum Frühjahr“, so Wendt.",
			[]want{{text: "Die Hubschrauber bleiben bis zum Frühjahr", speaker: "Karl Wendt", cue: "so"}}},
		{"inverted subject and dass", "de",
			"Am Dienstag sagte Außenminister Tomas Reyk, dass Kessaria die Berater noch brauche. Er erklärte, ohne Mechaniker könnten sechs Hubschrauber nicht fliegen.",
			[]want{
				{text: "Kessaria die Berater noch brauche", speaker: "Tomas Reyk", role: "Außenminister"},
				{text: "ohne Mechaniker könnten sechs Hubschrauber nicht fliegen", speaker: "Tomas Reyk", speakerText: "Er"},
			}},
		{"role noun resolves", "de",
			"Verteidigungsministerin Anna Zeller besuchte Weil. „Das ist eine souveräne Entscheidung“, erklärte die Ministerin.",
			[]want{{text: "Das ist eine souveräne Entscheidung", speaker: "Anna Zeller", speakerText: "die Ministerin"}}},
		{"nach Angaben, genitive title", "de",
			"Nach Angaben des Hafenmeisters Colm Breda liegen derzeit 23 Schiffe vor Anker.",
			[]want{{text: "liegen derzeit 23 Schiffe vor Anker", speaker: "Colm Breda", role: "Hafenmeisters", cue: "Nach Angaben"}}},
		{"laut", "de",
			"Laut der Regierung in Lumira sind noch 350 Berater im Land.",
			[]want{{text: "sind noch 350 Berater im Land", speaker: "der Regierung in Lumira", cue: "Laut"}}},
	})
}

// TestFindLangNegatives checks what is no statement, or no speaker, in
// the other languages: a participle that qualifies a noun, a negated
// cue, a noun that looks like a cue, and title or institution words
// that must not become a person's name.
func TestFindLangNegatives(t *testing.T) {
	none := []struct{ lang, text string }{
		{"fr", "Le départ de 5 000 soldats, annoncé en octobre par la ministre de la Défense Ana Varela, s'est achevé à la mi-novembre."},
		{"fr", "La Première ministre Elena Castor n'a pas dit si elle soutiendrait la résolution du Parlement."},
		{"fr", "L'annonce du résultat a été accueillie par des applaudissements dans la salle."},
		{"es", "El Ministerio de Defensa no dijo cuántos soldados quedan en la base de Weil."},
		{"es", "Se dijo entonces que la votación fue histórica para el país."},
		{"de", "Die Opposition sagte nicht, ob sie den Beschluss der Regierung unterstützt."},
		{"de", "Der Abzug wurde von der Verteidigungsministerin Anna Zeller gestern angekündigt."},
	}
	for _, tt := range none {
		if got := findLang(tt.text, tt.lang); len(got) > 0 {
			t.Errorf("%s %q: want no quote, got:\n%s", tt.lang, tt.text, dump(got))
		}
	}
	titled := []struct{ lang, text, speaker string }{
		{"fr", "Le ministère veltravien de la Défense a indiqué dans un communiqué qu'il étudierait les conséquences du vote.", "le ministère veltravien de la Défense"},
		{"fr", "« Le calendrier sera tenu », a déclaré la porte-parole du ministère de la Défense.", parallax.UnknownSpeaker},
		{"es", "«El calendario se mantiene», dijo el portavoz del Ministerio de Defensa.", parallax.UnknownSpeaker},
		{"de", "„Der Zeitplan steht“, sagte der Sprecher des Verteidigungsministeriums.", parallax.UnknownSpeaker},
	}
	for _, tt := range titled {
		got := findLang(tt.text, tt.lang)
		if len(got) != 1 || got[0].Speaker != tt.speaker {
			t.Errorf("%s %q: want one quote by %q, got:\n%s", tt.lang, tt.text, tt.speaker, dump(got))
		}
	}
}

// TestFindLangNoTitleInNames reads the French demo article: no speaker's
// name holds a title, a domain or an institution word, and every quote
// has its speaker.
func TestFindLangNoTitleInNames(t *testing.T) {
	a := loadDemo(t)["CL2"]
	if len(a.Quotes) < 5 {
		t.Fatalf("CL2: %d quotes, want at least 5:\n%s", len(a.Quotes), dump(a.Quotes))
	}
	for _, q := range a.Quotes {
		if q.Speaker == parallax.UnknownSpeaker {
			t.Errorf("CL2 %q: no speaker", q.Text)
		}
		for _, w := range []string{"Défense Ana", "ministre", "présidente", "Le ministère"} {
			if strings.Contains(q.Speaker, w) {
				t.Errorf("CL2 %q: speaker %q holds %q", q.Text, q.Speaker, w)
			}
		}
	}
	q, ok := withText(a.Quotes, "L'Assemblée a parlé au nom du peuple kessarien : notre sol sera défendu par nos propres fils et filles")
	if !ok || q.Speaker != "Mirela Dost" || q.Role != "présidente de l'Assemblée" {
		t.Errorf("Dost's quote: %+v", q)
	}
}

// TestFindLangEnglishDefault checks that FindLang reads English, with
// or without a region, and an unknown language as Find does, and that
// the text would read otherwise in another language (so the comparison
// can fail).
func TestFindLangEnglishDefault(t *testing.T) {
	text := `"We will hold the line," Defence Minister Ana Varela said. She added that the advisers would stay.`
	want := find(text)
	if len(want) != 2 || want[1].Speaker != "Ana Varela" {
		t.Fatalf("Find:\n%s", dump(want))
	}
	for _, lang := range []string{"en", "EN-gb", "sv"} {
		got := findLang(text, lang)
		if dump(got) != dump(want) {
			t.Errorf("FindLang(%q) =\n%s want\n%s", lang, dump(got), dump(want))
		}
	}
	if got := findLang(text, "fr"); dump(got) == dump(want) {
		t.Errorf("FindLang(fr) reads the English text as English:\n%s", dump(got))
	}
}

// TestFindUnwrittenSubject: a Spanish cue with no subject written speaks
// for the person named before it; its SpeakerText and SpeakerSpan stay
// empty, since nothing names the speaker there.
func TestFindUnwrittenSubject(t *testing.T) {
	text := "La ministra de Defensa Ana Varela visitó Weil. «No dejaremos a nadie atrás», afirmó."
	got := findLang(text, "es")
	if len(got) != 1 {
		t.Fatalf("want one quote, got:\n%s", dump(got))
	}
	q := got[0]
	if q.Speaker != "Ana Varela" || q.SpeakerText != "" || q.SpeakerSpan != (parallax.Span{}) || q.Cue != "afirmó" {
		t.Errorf("got %+v, want Ana Varela with no speaker written", q)
	}
	// the same frame in French, which always writes its subject, finds none
	if got := findLang("Ana Varela a visité Weil. « Nous ne laisserons personne », affirme.", "fr"); len(got) > 0 && got[0].Speaker != parallax.UnknownSpeaker {
		t.Errorf("French with no subject: %s", dump(got))
	}
}

// TestFindSubjectAfterAdjunct: in French and Spanish a time or an
// addressee may stand between the cue and the subject written after it;
// the subject is that phrase, not the person named before, and the cue
// keeps the addressee but not the subject's article.
func TestFindSubjectAfterAdjunct(t *testing.T) {
	const before = "La alcaldesa Marta Ruiz visitó el puerto. "
	runLangCases(t, []langCase{
		{"a time word", "es", before + "«No habrá más retrasos en la obra», dijo ayer el ministro Juan Ybarra.",
			[]want{{text: "No habrá más retrasos en la obra", speaker: "Juan Ybarra", role: "ministro", cue: "dijo"}}},
		{"a day with its article", "es", before + "«No habrá más retrasos en la obra», dijo el martes Juan Ybarra.",
			[]want{{text: "No habrá más retrasos en la obra", speaker: "Juan Ybarra", speakerText: "Juan Ybarra", role: "", cue: "dijo"}}},
		{"a place adjunct", "es", before + "«No habrá más retrasos en la obra», afirmó en rueda de prensa el ministro Juan Ybarra.",
			[]want{{text: "No habrá más retrasos en la obra", speaker: "Juan Ybarra", role: "ministro", cue: "afirmó"}}},
		{"an addressee", "es", before + "«No habrá más retrasos en la obra», dijo a los periodistas el ministro Juan Ybarra.",
			[]want{{text: "No habrá más retrasos en la obra", speaker: "Juan Ybarra", role: "ministro", cue: "dijo a los periodistas"}}},
		{"an addressee before an inverted subject and que", "es", "Dijo ayer el ministro Juan Ybarra que Kessaria respetará el acuerdo.",
			[]want{{text: "Kessaria respetará el acuerdo", speaker: "Juan Ybarra", role: "ministro", cue: "Dijo", kind: parallax.Indirect}}},
		{"a French addressee after an auxiliary", "fr", "« Nous partirons », a déclaré à la presse la ministre Ana Varela.",
			[]want{{text: "Nous partirons", speaker: "Ana Varela", role: "ministre", cue: "déclaré à la presse"}}},
		{"a French day", "fr", "« Nous partirons », a déclaré mardi la ministre Ana Varela.",
			[]want{{text: "Nous partirons", speaker: "Ana Varela", role: "ministre", cue: "déclaré"}}},
		{"a German day", "de", "„Wir bleiben“, sagte am Montag die Ministerin Anna Zeller.",
			[]want{{text: "Wir bleiben", speaker: "Anna Zeller", role: "Ministerin", cue: "sagte"}}},
	})
	// no phrase after the adjunct: the subject is unwritten
	got := findLang(before+"«No habrá más retrasos», afirmó ante sus simpatizantes.", "es")
	if len(got) != 1 || got[0].Speaker != "Marta Ruiz" {
		t.Errorf("unwritten subject after an adjunct:\n%s", dump(got))
	}
}

// TestFindGermanNounsNoPerson: German writes every noun with a capital,
// so two capitalised words are no name unless a title, a known first
// name or an entity says so.
func TestFindGermanNounsNoPerson(t *testing.T) {
	got := findLang("Viele Soldaten waren müde. „Wir bleiben“, sagte sie.", "de")
	if len(got) != 1 || got[0].Speaker != parallax.UnknownSpeaker {
		t.Errorf("a noun pair became a speaker:\n%s", dump(got))
	}
	got = findLang("Die Ministerin Anna Zeller kam spät. Viele Soldaten waren müde. „Wir bleiben“, sagte sie.", "de")
	if len(got) != 1 || got[0].Speaker != "Anna Zeller" {
		t.Errorf("sie: want Anna Zeller, got:\n%s", dump(got))
	}
	text := "Viele Soldaten waren müde. Gerlinde Marr wartete. „Wir bleiben“, sagte sie."
	ents := []parallax.Entity{{Text: "Gerlinde Marr", Type: "PERSON", Span: parallax.Span{Start: strings.Index(text, "Gerlinde"), End: strings.Index(text, " wartete")}}}
	got = quote.FindLang(text, sentence.Split(text), ents, "de")
	if len(got) != 1 || got[0].Speaker != "Gerlinde Marr" {
		t.Errorf("an entity marks a person: want Gerlinde Marr, got:\n%s", dump(got))
	}
}

// TestFindPluralSubject: a plural verb's subject is several people, so it
// never resolves to the one person named before.
func TestFindPluralSubject(t *testing.T) {
	tests := []struct{ lang, text string }{
		{"de", "Die Ministerin Anna Zeller kam spät. Die Berater waren müde. „Wir bleiben“, sagten sie."},
		{"es", "La ministra de Defensa Ana Varela visitó Weil. «No dejaremos a nadie atrás», dijeron."},
		{"fr", "La ministre de la Défense Ana Varela était à Weil. « Nous resterons », ont-elles déclaré."},
	}
	for _, tt := range tests {
		got := findLang(tt.text, tt.lang)
		if len(got) != 1 || got[0].Speaker != parallax.UnknownSpeaker {
			t.Errorf("%s %q: want one quote with no speaker, got:\n%s", tt.lang, tt.text, dump(got))
		}
	}
	// the singular keeps its antecedent
	if got := findLang("Die Ministerin Anna Zeller kam spät. „Wir bleiben“, sagte sie.", "de"); len(got) != 1 || got[0].Speaker != "Anna Zeller" {
		t.Errorf("sagte sie: want Anna Zeller, got:\n%s", dump(got))
	}
}

// TestFindNameParticles: "de", "Le", "von der" inside a name belong to
// it.
func TestFindNameParticles(t *testing.T) {
	runLangCases(t, []langCase{
		{"Le inside a French name after a title", "fr", "« Nous tiendrons », a déclaré le ministre de l'Économie Bruno Le Maire.",
			[]want{{text: "Nous tiendrons", speaker: "Bruno Le Maire", role: "ministre de l'Économie"}}},
		{"Le inside a French name before the cue", "fr", "Bruno Le Maire a affirmé que la croissance tiendrait.",
			[]want{{text: "la croissance tiendrait", speaker: "Bruno Le Maire", speakerText: "Bruno Le Maire"}}},
		{"von der in French", "fr", "« Nous aiderons », a déclaré Ursula von der Leyen.",
			[]want{{text: "Nous aiderons", speaker: "Ursula von der Leyen"}}},
		{"von der after a German title", "de", "„Wir helfen“, sagte Kommissionspräsidentin Ursula von der Leyen.",
			[]want{{text: "Wir helfen", speaker: "Ursula von der Leyen", role: "Kommissionspräsidentin"}}},
		{"de la in Spanish", "es", "«Nos quedamos», dijo el ministro Juan de la Vega.",
			[]want{{text: "Nos quedamos", speaker: "Juan de la Vega", role: "ministro"}}},
	})
	// "von" before an institution is no particle, nor "de" before a place
	got := findLang("„Wir bleiben“, sagte Anna Zeller von der CDU.", "de")
	if len(got) != 1 || got[0].Speaker != "Anna Zeller" {
		t.Errorf("von der CDU: want Anna Zeller, got:\n%s", dump(got))
	}
	got = findLang("«Nos quedamos», dijo el ministro Juan Ybarra de Kessaria.", "es")
	if len(got) != 1 || got[0].Speaker != "Juan Ybarra" {
		t.Errorf("de Kessaria: want Juan Ybarra, got:\n%s", dump(got))
	}
	text := "«Nos quedamos», dijo el ministro Juan de Kessaria."
	at := strings.Index(text, "Kessaria")
	ents := []parallax.Entity{{Text: "Kessaria", Type: "LOCATION", Span: parallax.Span{Start: at, End: at + len("Kessaria")}}}
	got = quote.FindLang(text, sentence.Split(text), ents, "es")
	if len(got) != 1 || got[0].Speaker == "Juan de Kessaria" {
		t.Errorf("de Kessaria, a place entity: got:\n%s", dump(got))
	}
}

// TestFindObjectPronoun: "le", "la", "l'" before a verb stand for its
// object, not an article that makes the verb a noun.
func TestFindObjectPronoun(t *testing.T) {
	runLangCases(t, []langCase{
		{"le before the verb", "fr", "Ana Varela le répète : « Nous ne partirons pas. »",
			[]want{{text: "Nous ne partirons pas.", speaker: "Ana Varela", cue: "répète"}}},
		{"l' before the auxiliary", "fr", "Le ministère l'a indiqué : « Nous ne partirons pas. »",
			[]want{{text: "Nous ne partirons pas.", speaker: "le ministère", cue: "indiqué"}}},
	})
	// an article after a verb still makes a noun
	if got := findLang("Le départ a suivi l'annonce du résultat de dimanche.", "fr"); len(got) > 0 {
		t.Errorf("l'annonce read as a cue:\n%s", dump(got))
	}
}

// TestFindAdjunctsAndSources: a German cue's adjuncts and addressee stay
// out of the reported clause and the speaker; a source described at
// length is cut at the participle or relative clause that describes it.
func TestFindAdjunctsAndSources(t *testing.T) {
	runLangCases(t, []langCase{
		{"adjuncts before a German clause", "de", "Kanzler Olaf Brenner sagte am Montag in Berlin, Deutschland werde helfen.",
			[]want{{text: "Deutschland werde helfen", speaker: "Olaf Brenner", kind: parallax.Indirect}}},
		{"a German addressee before the clause", "de", "Olaf Brenner sagte der Lumiraer Zeitung, Deutschland werde helfen.",
			[]want{{text: "Deutschland werde helfen", speaker: "Olaf Brenner", kind: parallax.Indirect}}},
		{"a German addressee after the subject", "de", "„Wir helfen“, sagte Olaf Brenner der Lumiraer Zeitung.",
			[]want{{text: "Wir helfen", speaker: "Olaf Brenner", speakerText: "Olaf Brenner"}}},
		{"a poll with its participle", "fr", "Selon un sondage de l'institut Civitas publié dimanche, 58 % des Kessariens approuvent le départ.",
			[]want{{text: "58 % des Kessariens approuvent le départ", speaker: "un sondage de l'institut Civitas", cue: "Selon"}}},
		{"a study with a relative clause", "fr", "Selon une étude qui a été publiée dimanche, 58 % des Kessariens approuvent le départ.",
			[]want{{text: "58 % des Kessariens approuvent le départ", speaker: "une étude", cue: "Selon"}}},
		{"a Spanish poll with its participle", "es", "Según un sondeo publicado el domingo, el 58 % de los kessarios aprueba la salida.",
			[]want{{text: "el 58 % de los kessarios aprueba la salida", speaker: "un sondeo", cue: "Según"}}},
	})
}
