package quantity

import "strings"

// language is what one language adds to the English tables: how it writes
// digits, its hedges and bounds, the counted nouns that share a canonical
// unit with their English counterparts, and the words that end a noun
// phrase. The tables are compact on purpose: the words news uses most.
type language struct {
	// continental: "." groups thousands ("1.250"), "," is the decimal mark
	// ("3,5") and a plain space may group thousands ("5 000").
	continental bool
	capNouns    bool // nouns are capitalised (German): a capitalised word may be the head
	prefixes    map[string][]prefix
	nouns       map[string]string // counted noun → canonical unit
	stop        map[string]bool   // words that end the noun phrase
	scales      map[string]float64
	percent     [][]string        // "pour cent", "por ciento", "Prozent"
	durations   map[string]string // time unit → ISO 8601 designator
	agoBefore   [][]string        // "il y a", "hace", "vor" before a duration make it a point in time
	agoAfter    map[string]bool   // "fa", "geleden" after it
	months      map[string]bool
	preps       map[string]bool    // introduce a holder: "en", "au", "in"
	numbers     map[string]float64 // number words, without those that double as articles ("un", "ein")
	ageBefore   [][]string         // "de 71 años" after a name, "a los 71 años": an age, not a duration
	of          string             // "de" in "1,2 million de personnes"
	and, to     string             // "entre 20 et 30", "de 3 000 à 4 000"
}

// lookupLang returns the tables of an ISO 639-1 code ("fr", "de-AT"), or
// nil for English and unknown languages.
func lookupLang(code string) *language {
	if len(code) > 2 {
		code = code[:2]
	}
	return languages[strings.ToLower(code)]
}

// pre builds a prefix table from phrases of one kind each.
func pre(groups map[int][]string) map[string][]prefix {
	m := map[string][]prefix{}
	for kind, phrases := range groups {
		for _, ph := range phrases {
			ws := strings.Fields(ph)
			m[ws[0]] = append(m[ws[0]], prefix{ws, kind})
		}
	}
	// Longest first within a head word ("au moins" before "au").
	for _, ps := range m {
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
	}
	return m
}

// units builds a noun table: each canonical unit with the nouns that take it.
func units(groups map[string][]string) map[string]string {
	m := map[string]string{}
	for unit, nouns := range groups {
		for _, n := range nouns {
			m[n] = unit
		}
	}
	return m
}

var languages = map[string]*language{
	"fr": {
		continental: true,
		numbers:     map[string]float64{"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60},
		ageBefore:   [][]string{{",", "âgé", "de"}, {",", "âgée", "de"}},
		prefixes: pre(map[int][]string{
			bAbout:  {"environ", "d'environ", "quelque", "approximativement", "autour de", "aux alentours de", "grosso modo"},
			bAlmost: {"près de", "presque", "quasiment", "pas loin de"},
			bOver:   {"plus de", "au moins", "pas moins de", "au-delà de"},
			bUnder:  {"moins de", "jusqu'à", "au plus", "au maximum"},
			bRange:  {"entre"},
		}),
		nouns: units(map[string][]string{
			"personnel":  {"soldats", "soldat", "militaires", "troupes", "casques", "marins", "gendarmes"},
			"people":     {"personnes", "personne", "habitants", "civils", "citoyens", "résidents"},
			"adviser":    {"conseillers", "conseiller"},
			"protester":  {"manifestants"},
			"dead":       {"morts"},
			"ship":       {"navires"},
			"boat":       {"bateaux"},
			"helicopter": {"hélicoptères"},
			"family":     {"familles"},
			"child":      {"enfants"},
			"worker":     {"travailleurs", "ouvriers", "salariés"},
			"deputy":     {"députés"},
			"house":      {"maisons"},
			"home":       {"logements", "foyers"},
			"village":    {"villages"},
			"truck":      {"camions"},
			"container":  {"conteneurs"},
			"man":        {"hommes"},
			"woman":      {"femmes"},
		}),
		stop: set("et", "ou", "le", "la", "les", "de", "des", "du", "à", "au", "aux", "en", "dans",
			"sur", "pour", "par", "avec", "sans", "qui", "que", "qu'ils", "ont", "sont", "était", "étaient",
			"a", "est", "ne", "n'ont", "pas", "se", "ces", "leurs", "leur", "ses", "son", "sa", "selon",
			"contre", "voix", "votes", "vers", "depuis", "après", "avant", "entre", "dont", "été", "y", "il",
			"ils", "elle", "elles", "on", "cette", "ce", "lors", "seront", "sera", "doivent", "plus", "moins",
			"déjà", "aussi", "encore"),
		scales:  map[string]float64{"million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "mille": 1e3},
		percent: [][]string{{"pour", "cent"}},
		durations: units(map[string][]string{
			"TM": {"minutes"}, "TH": {"heures"}, "D": {"jours", "jour"}, "W": {"semaines", "semaine"},
			"M": {"mois"}, "Y": {"ans", "années", "an"},
		}),
		agoBefore: [][]string{{"il", "y", "a"}},
		months: set("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
			"septembre", "octobre", "novembre", "décembre"),
		preps: set("en", "au", "aux", "dans", "à"),
		of:    "de", and: "et", to: "à",
	},
	"es": {
		continental: true,
		numbers:     map[string]float64{"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60},
		ageBefore:   [][]string{{",", "de"}, {"a", "los"}},
		prefixes: pre(map[int][]string{
			bAbout:  {"unos", "unas", "alrededor de", "aproximadamente", "en torno a", "cerca de"},
			bAlmost: {"casi"},
			bOver:   {"más de", "al menos", "por lo menos", "como mínimo"},
			bUnder:  {"menos de", "hasta", "como máximo"},
			bRange:  {"entre"},
		}),
		nouns: units(map[string][]string{
			"personnel":  {"soldados", "soldado", "militares", "tropas", "efectivos", "agentes"},
			"people":     {"personas", "persona", "habitantes", "civiles", "ciudadanos", "residentes", "vecinos"},
			"adviser":    {"asesores", "consejeros"},
			"protester":  {"manifestantes"},
			"dead":       {"muertos", "fallecidos"},
			"ship":       {"buques", "barcos"},
			"helicopter": {"helicópteros"},
			"family":     {"familias"},
			"child":      {"niños"},
			"worker":     {"trabajadores"},
			"deputy":     {"diputados"},
			"house":      {"casas"},
			"home":       {"viviendas", "hogares"},
			"village":    {"pueblos", "aldeas"},
			"truck":      {"camiones"},
			"man":        {"hombres"},
			"woman":      {"mujeres"},
		}),
		stop: set("y", "o", "e", "u", "el", "la", "los", "las", "de", "del", "en", "con", "por", "para",
			"que", "a", "al", "un", "una", "han", "son", "fueron", "fue", "se", "no", "sus", "su", "según",
			"contra", "votos", "desde", "tras", "entre", "ha", "habían", "están", "estaban", "serán", "antes",
			"después", "más", "menos", "ya", "también", "aún", "todavía"),
		scales:  map[string]float64{"millón": 1e6, "millones": 1e6, "mil": 1e3, "millardo": 1e9, "millardos": 1e9},
		percent: [][]string{{"por", "ciento"}},
		durations: units(map[string][]string{
			"TM": {"minutos"}, "TH": {"horas"}, "D": {"días", "día"}, "W": {"semanas", "semana"},
			"M": {"meses", "mes"}, "Y": {"años", "año"},
		}),
		agoBefore: [][]string{{"hace"}},
		months: set("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
			"septiembre", "setiembre", "octubre", "noviembre", "diciembre"),
		preps: set("en"),
		of:    "de", and: "y", to: "a",
	},
	"de": {
		continental: true,
		numbers:     map[string]float64{"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50},
		capNouns:    true,
		prefixes: pre(map[int][]string{
			bAbout:  {"etwa", "rund", "ungefähr", "circa", "annähernd", "schätzungsweise"},
			bAlmost: {"fast", "knapp", "beinahe", "nahezu"},
			bOver:   {"mehr als", "über", "mindestens", "weit über", "gut"},
			bUnder:  {"weniger als", "unter", "bis zu", "höchstens"},
			bRange:  {"zwischen"},
		}),
		nouns: units(map[string][]string{
			"personnel":  {"soldaten", "soldat", "soldatinnen", "truppen", "militärs", "streitkräfte"},
			"people":     {"menschen", "personen", "einwohner", "bewohner", "zivilisten", "bürger"},
			"adviser":    {"berater", "militärberater"},
			"protester":  {"demonstranten"},
			"dead":       {"tote", "toten"},
			"ship":       {"schiffe"},
			"helicopter": {"hubschrauber"},
			"family":     {"familien"},
			"child":      {"kinder"},
			"worker":     {"arbeiter", "beschäftigte"},
			"deputy":     {"abgeordnete", "abgeordneten"},
			"house":      {"häuser"},
			"home":       {"wohnungen"},
			"village":    {"dörfer"},
			"truck":      {"lastwagen", "lkw"},
			"man":        {"männer"},
			"woman":      {"frauen"},
		}),
		stop: set("und", "oder", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "in",
			"im", "am", "auf", "mit", "von", "vom", "zu", "zum", "zur", "für", "bei", "nach", "aus", "ist",
			"sind", "war", "waren", "wurden", "wurde", "werden", "haben", "hat", "hatte", "nicht", "gegen",
			"stimmen", "seit", "bis", "als", "wie", "sich", "ihre", "seine", "sollen", "sollten"),
		scales: map[string]float64{"million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9,
			"milliarden": 1e9, "mrd": 1e9, "tausend": 1e3},
		percent: [][]string{{"prozent"}},
		durations: units(map[string][]string{
			"TM": {"minuten"}, "TH": {"stunden"}, "D": {"tage", "tagen", "tag"}, "W": {"wochen", "woche"},
			"M": {"monate", "monaten", "monat"}, "Y": {"jahre", "jahren", "jahr"},
		}),
		agoBefore: [][]string{{"vor"}},
		months: set("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
			"september", "oktober", "november", "dezember"),
		preps: set("in", "im"),
		and:   "und", to: "bis",
	},
	"it": {
		continental: true,
		numbers:     map[string]float64{"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50},
		ageBefore:   [][]string{{",", "di"}},
		prefixes: pre(map[int][]string{
			bAbout:  {"circa", "intorno a", "attorno a", "all'incirca"},
			bAlmost: {"quasi"},
			bOver:   {"oltre", "più di", "almeno"},
			bUnder:  {"meno di", "fino a"},
			bRange:  {"tra", "fra"},
		}),
		nouns: units(map[string][]string{
			"personnel":  {"soldati", "militari", "truppe"},
			"people":     {"persone", "abitanti", "civili", "cittadini", "residenti"},
			"adviser":    {"consiglieri", "consulenti"},
			"protester":  {"manifestanti"},
			"dead":       {"morti"},
			"ship":       {"navi"},
			"helicopter": {"elicotteri"},
			"family":     {"famiglie"},
			"child":      {"bambini"},
			"worker":     {"lavoratori"},
			"deputy":     {"deputati"},
			"house":      {"case"},
			"man":        {"uomini"},
			"woman":      {"donne"},
		}),
		stop: set("e", "o", "il", "lo", "la", "i", "gli", "le", "di", "del", "della", "dei", "degli",
			"delle", "in", "a", "al", "con", "per", "da", "su", "che", "sono", "erano", "è", "ha", "hanno",
			"non", "voti", "contro"),
		scales:  map[string]float64{"milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9, "mila": 1e3},
		percent: [][]string{{"per", "cento"}},
		durations: units(map[string][]string{
			"TM": {"minuti"}, "TH": {"ore"}, "D": {"giorni", "giorno"}, "W": {"settimane", "settimana"},
			"M": {"mesi", "mese"}, "Y": {"anni", "anno"},
		}),
		agoAfter: set("fa"),
		months: set("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
			"settembre", "ottobre", "novembre", "dicembre"),
		preps: set("in"),
		of:    "di", and: "e", to: "a",
	},
	"pt": {
		continental: true,
		numbers:     map[string]float64{"dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50},
		ageBefore:   [][]string{{",", "de"}, {"aos"}},
		prefixes: pre(map[int][]string{
			bAbout:  {"cerca de", "aproximadamente", "uns", "umas"},
			bAlmost: {"quase"},
			bOver:   {"mais de", "pelo menos", "no mínimo"},
			bUnder:  {"menos de", "até"},
			bRange:  {"entre"},
		}),
		nouns: units(map[string][]string{
			"personnel":  {"soldados", "militares", "tropas"},
			"people":     {"pessoas", "habitantes", "civis", "cidadãos", "moradores", "residentes"},
			"adviser":    {"assessores", "conselheiros"},
			"protester":  {"manifestantes"},
			"dead":       {"mortos"},
			"ship":       {"navios"},
			"helicopter": {"helicópteros"},
			"family":     {"famílias"},
			"child":      {"crianças"},
			"worker":     {"trabalhadores"},
			"deputy":     {"deputados"},
			"house":      {"casas"},
			"man":        {"homens"},
			"woman":      {"mulheres"},
		}),
		stop: set("e", "ou", "o", "a", "os", "as", "de", "do", "da", "dos", "das", "em", "no", "na",
			"nos", "nas", "com", "por", "para", "que", "um", "uma", "são", "foram", "foi", "tem", "têm",
			"não", "votos", "contra"),
		scales:  map[string]float64{"milhão": 1e6, "milhões": 1e6, "mil": 1e3, "bilhão": 1e9, "bilhões": 1e9},
		percent: [][]string{{"por", "cento"}},
		durations: units(map[string][]string{
			"TM": {"minutos"}, "TH": {"horas"}, "D": {"dias", "dia"}, "W": {"semanas", "semana"},
			"M": {"meses", "mês"}, "Y": {"anos", "ano"},
		}),
		agoBefore: [][]string{{"há"}},
		months: set("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
			"setembro", "outubro", "novembro", "dezembro"),
		preps: set("em", "no", "na"),
		of:    "de", and: "e", to: "a",
	},
	"nl": {
		continental: true,
		numbers:     map[string]float64{"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50},
		prefixes: pre(map[int][]string{
			bAbout:  {"ongeveer", "circa", "zo'n", "rond de", "naar schatting"},
			bAlmost: {"bijna", "vrijwel"},
			bOver:   {"meer dan", "ruim", "minstens", "ten minste"},
			bUnder:  {"minder dan", "tot wel", "hooguit"},
			bRange:  {"tussen"},
		}),
		nouns: units(map[string][]string{
			"personnel":  {"soldaten", "militairen", "troepen", "mariniers"},
			"people":     {"mensen", "personen", "inwoners", "bewoners", "burgers"},
			"adviser":    {"adviseurs"},
			"protester":  {"demonstranten"},
			"dead":       {"doden"},
			"ship":       {"schepen"},
			"helicopter": {"helikopters"},
			"family":     {"gezinnen", "families"},
			"child":      {"kinderen"},
			"worker":     {"werknemers", "arbeiders"},
			"house":      {"huizen", "woningen"},
			"man":        {"mannen"},
			"woman":      {"vrouwen"},
		}),
		stop: set("en", "of", "de", "het", "een", "van", "in", "op", "met", "voor", "door", "aan", "bij",
			"uit", "naar", "dat", "die", "zijn", "waren", "werd", "werden", "heeft", "hebben", "niet",
			"stemmen", "tegen"),
		scales:  map[string]float64{"miljoen": 1e6, "miljard": 1e9, "duizend": 1e3},
		percent: [][]string{{"procent"}},
		durations: units(map[string][]string{
			"TM": {"minuten"}, "TH": {"uur"}, "D": {"dagen", "dag"}, "W": {"weken", "week"},
			"M": {"maanden", "maand"}, "Y": {"jaar", "jaren"},
		}),
		agoAfter: set("geleden"),
		months: set("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
			"september", "oktober", "november", "december"),
		preps: set("in"),
		and:   "en", to: "tot",
	},
}

// The parser reads the tables of its language through these methods; with
// no language (English or unknown) they read the English tables alone.

// canonicalUnit returns the canonical unit of a counted noun: English
// first, then the language's table; a hyphenated noun counts its last
// part ("US-Soldaten").
func (p *parser) canonicalUnit(w string) (string, bool) {
	if u, ok := canonical[w]; ok {
		return u, true
	}
	if p.lang == nil {
		return "", false
	}
	if u, ok := p.lang.nouns[w]; ok {
		return u, true
	}
	if e, ok := p.elided(w); ok {
		u, ok := p.lang.nouns[e]
		return u, ok // "d'habitants"
	}
	if k := strings.LastIndexByte(w, '-'); k >= 0 && k+1 < len(w) {
		u, ok := p.lang.nouns[w[k+1:]]
		return u, ok
	}
	return "", false
}

// isStop reports whether w ends a noun phrase.
func (p *parser) isStop(w string) bool {
	return stopNoun[w] || p.lang != nil && p.lang.stop[w]
}

// scale returns the multiplier of a scale word.
func (p *parser) scale(w string) (float64, bool) {
	if s, ok := scales[w]; ok {
		return s, true
	}
	if p.lang != nil {
		s, ok := p.lang.scales[w]
		return s, ok
	}
	return 0, false
}

// capWord reports whether a capitalised word may stand before a count:
// English function words and the language's hedges and function words
// ("Rund 5.000 Soldaten").
func (p *parser) capWord(w string) bool {
	if capOK[w] {
		return true
	}
	if p.lang == nil {
		return false
	}
	_, hedge := p.lang.prefixes[w]
	return hedge || p.lang.stop[w]
}

// digits reads a number written in digits in the language's convention.
func (p *parser) digits(s string) (float64, bool) {
	if p.lang != nil && p.lang.continental {
		return parseContinental(s)
	}
	return parseDigits(s)
}

// isMonth reports whether token m names a month: a capitalised English
// month, or one of the language's, which French, Spanish, Italian,
// Portuguese and Dutch write in lower case.
func (p *parser) isMonth(m int) bool {
	t := p.tok(m)
	if t.kind != tWord {
		return false
	}
	return t.cap && months[t.low] || p.lang != nil && p.lang.months[t.low]
}

// agoBefore reports whether the words before token i make the duration
// after them a point in time: "il y a trois jours", "hace dos días".
func (p *parser) agoBefore(i int) bool {
	if p.lang == nil {
		return false
	}
	for _, ws := range p.lang.agoBefore {
		if p.matches(i-len(ws), ws) {
			return true
		}
	}
	return false
}

// elided returns a lower-case word without the elided "de" French and
// Italian glue to it ("d'euros" → "euros"), and whether it had one.
func (p *parser) elided(w string) (string, bool) {
	if p.lang == nil || p.lang.of == "" || len(w) < 4 || w[0] != p.lang.of[0] || w[1] != '\'' {
		return "", false
	}
	return w[2:], true
}

// numberWord returns the value of a number word, English or the language's.
func (p *parser) numberWord(w string) (float64, bool) {
	if v, ok := numberWords[w]; ok {
		return v, true
	}
	if p.lang != nil {
		v, ok := p.lang.numbers[w]
		return v, ok
	}
	return 0, false
}

// ageAt reports whether a count of years starting at token i is an age:
// "Ramiro Estévez, de 71 años", "a los 71 años", "Anton Greve, 71 ans,".
func (p *parser) ageAt(i, end int) bool {
	if p.lang == nil {
		return false
	}
	for _, ws := range p.lang.ageBefore {
		if p.matchesAt(i-len(ws), ws) {
			return true
		}
	}
	// "Name, 71 ans," as English writes "Name, 71,".
	after := p.tok(end).text
	return p.tok(i-1).text == "," && p.tok(i-2).cap && p.tok(i-2).kind == tWord && (after == "," || after == "." || after == ")")
}

// matchesAt is matches that also accepts punctuation: "," in ", de".
func (p *parser) matchesAt(i int, ws []string) bool {
	if i < 0 {
		return false
	}
	for k, w := range ws {
		t := p.tok(i + k)
		if t.kind == tWord && t.low != w || t.kind != tWord && t.text != w {
			return false
		}
	}
	return true
}
