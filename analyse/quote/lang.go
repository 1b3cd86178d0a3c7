package quote

import "strings"

// lexicon holds the word lists the finders read for one language. The
// English one is made of the package's lists as they were before other
// languages came, so English output does not depend on the others; the
// French, Spanish, Italian, Portuguese, German and Dutch ones stand alone (no English word is a cue
// or an article in a French text: "a" is the French auxiliary).
type lexicon struct {
	code string
	cues map[string]int
	// participles are cue forms that report only after an auxiliary ("a
	// déclaré", "ha dicho", "hat gesagt"); alone they qualify a noun
	// ("le départ, annoncé en octobre par …").
	participles map[string]bool
	aux         map[string]bool // auxiliaries of compound tenses: a, avait, ha, hat
	// plural are the third-person plural forms of the cues and
	// auxiliaries: their subject is several people ("dijeron", "ont
	// déclaré", "sagten sie"), never the one person named before.
	plural      map[string]bool
	passiveAux  map[string]bool // été, fue, wurde: a passive cue reports no speaker
	agentPreps  map[string]bool // par, por, von after a cue: a passive
	adverbs     map[string]bool // may stand between a speaker and the cue
	negators    map[string]bool
	determiners map[string]bool
	// objectPronouns are written like articles but stand for the object
	// before a verb: "Ana Varela le répète", "lo dijo".
	objectPronouns map[string]bool
	definite       map[string]bool // articles that make a role noun refer: la ministre
	preps          map[string]bool // join a noun to its complement: de, del, von
	genitives      map[string]bool // articles that open a complement after a noun: des, der
	conj           map[string]bool // and, but: a verb coordinated with an earlier one
	that           map[string]bool // complementisers: que, dass
	pronouns       map[string]byte
	titles         map[string]bool
	// titleSuffixes end German compound titles: Verteidigungsministerin.
	titleSuffixes []string
	personTitles  map[string]byte // titles that mark a person, with a gender
	honorifics    map[string]bool // forms of address, no role: M., Sra., Frau
	roleHeads     map[string]bool
	orgHeads      map[string]bool
	orgWords      map[string]bool
	orgSuffixes   []string // Verteidigungsministerium, Bundesregierung
	documentHeads map[string]bool
	speakerNouns  map[string]bool
	stopCaps      map[string]bool
	boundaries    map[string]bool
	objectPreps   map[string]bool
	cueAdjuncts   map[string]bool
	adjunctWords  map[string]bool
	// according are the phrases that attribute like "according to": selon,
	// d'après, según, laut. afterQuote are those valid only right after a
	// quotation's comma ("„…“, so Varela").
	according  [][]string
	afterQuote map[string]bool
	// addressees open the addressee of a cue right after it: "à la
	// presse", "a los periodistas", "dem Sender".
	addressees map[string]bool
	// timeWords and adjunctPreps open the adjuncts that may stand between
	// a cue and the subject after it: "dijo ayer el ministro", "a déclaré
	// lors du débat la ministre", "sagte am Montag die Ministerin".
	timeWords    map[string]bool
	adjunctPreps map[string]bool
	// headFirst is set where a noun phrase's head comes before its
	// adjectives: "le ministère veltravien".
	headFirst bool
	// dropsSubject is set where a verb may have no written subject:
	// "«…», afirmó." speaks for the person named before.
	dropsSubject bool
	// inverts is set where a cue may precede its subject outside a
	// quotation's frame: "Am Montag sagte Zeller, …", "Dijo el ministro que".
	inverts bool
	// verbSecond is set where the finite verb comes second and a
	// participle closes its clause (German, Dutch): a negation follows the
	// cue ("sagte nicht", "zei niet"), and a participle reports after an
	// auxiliary far before it ("hat am Montag gesagt").
	verbSecond bool

	// The prepositions of speaker phrases by use, the preps where a
	// language has no more to say: leadingPreps cannot open a phrase;
	// rightPreps join a phrase read rightwards to its complement,
	// laterPreps too past its first word ("the analysts in Orsenburg",
	// not "in Orsenburg"); detPreps keep an article after them in the
	// phrase ("the Speaker of the Assembly").
	leadingPreps, rightPreps, laterPreps, detPreps map[string]bool

	// articles open a description: "the billionaire real estate magnate".
	articles map[string]bool
	// lyAdverbs is set where -ly words are adverbs: "has repeatedly said".
	lyAdverbs bool
	// nameParticles may stand inside a name: "Charles de Gaulle". English
	// reads its names without them, as it always has.
	nameParticles map[string]bool
	// relatives open a relative clause after a name ("Hanne Roth, whose
	// husband …"): its words describe the speaker but are no title.
	relatives map[string]bool
	// separable are the German and Dutch verbs that report with a
	// particle closing their clause ("teilte … mit", "liet … weten",
	// "kondigde … aan"), with those particles.
	separable map[string]map[string]bool
	// unsaid are cue forms that a particle closing their clause makes
	// another verb: "sagte das Treffen ab", "zei zijn baan op".
	unsaid map[string]map[string]bool
}

// separables builds a separable table from entries "verb forms:particles".
func separables(entries ...string) map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, e := range entries {
		vs, ps, _ := strings.Cut(e, ":")
		for _, v := range strings.Fields(vs) {
			if m[v] == nil {
				m[v] = map[string]bool{}
			}
			for _, p := range strings.Fields(ps) {
				m[v][p] = true
			}
		}
	}
	return m
}

// englishWords is the lexicon Find has always used.
var englishWords = &lexicon{
	code: "en", cues: cues, aux: auxiliaries, negators: negators, determiners: determiners,
	pronouns: pronouns, titles: titles, personTitles: personTitles, roleHeads: roleHeads,
	orgHeads: orgHeads, orgWords: orgWords, documentHeads: documentHeads,
	speakerNouns: speakerNouns, stopCaps: stopCaps, boundaries: boundaries,
	objectPreps: objectPreps, cueAdjuncts: cueAdjuncts, adjunctWords: adjunctWords,
	according:    [][]string{{"according", "to"}},
	preps:        set("of", "for", "at", "in", "from", "de", "du"),
	leadingPreps: set("of", "for", "at", "in", "from"),
	rightPreps:   set("of", "for", "de", "du", "at", "inside", "within"),
	laterPreps:   set("in", "from"),
	detPreps:     set("of", "for", "de", "at", "inside", "within", "in", "from"),
	articles:     set("the", "a", "an"),
	lyAdverbs:    true,
	relatives:    set("who", "whose", "whom", "which", "where"),
}

// The other languages read their prepositions alike in every use, and
// open a description with any determiner.
func init() {
	for _, lx := range lexicons {
		lx.leadingPreps, lx.rightPreps, lx.detPreps = lx.preps, lx.preps, lx.preps
		lx.articles = lx.determiners
		lx.nameParticles = nameParticles
	}
}

// joinsNames reports whether w joins two speakers' names in the
// language: its "and", not its "but".
func (lx *lexicon) joinsNames(w string) bool {
	if lx == englishWords {
		return w == "and"
	}
	return lx.conj[w] && !adversatives[w]
}

// adversatives are the languages' "but": they join clauses, not names.
var adversatives = set("but", "mais", "pero", "ma", "mas", "aber", "maar")

// lexiconFor returns the lexicon of an ISO 639-1 language code; English
// for "en", "" and the languages without their own.
func lexiconFor(lang string) *lexicon {
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		lang = lang[:i] // "fr-FR"
	}
	if lx, ok := lexicons[strings.ToLower(lang)]; ok {
		return lx
	}
	return englishWords
}

var lexicons = map[string]*lexicon{"fr": french, "es": spanish, "it": italian, "pt": portuguese, "de": german, "nl": dutch}

// cueForms builds a cue table: speech forms, forms that need a quotation
// in their clause, and forms that need a complementiser.
func cueForms(speech, partial, that []string) map[string]int {
	m := map[string]int{}
	for _, w := range speech {
		m[w] = cueSpeech
	}
	for _, w := range partial {
		m[w] = cuePartial
	}
	for _, w := range that {
		m[w] = cueThat
	}
	return m
}

// union merges word sets.
func union(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// The lists below are closed-class words and the reporting verbs of news
// prose; proper names never go here.

var frenchParticiples = set("déclaré", "affirmé", "assuré", "expliqué", "résumé", "estimé",
	"souligné", "qualifié", "ajouté", "précisé", "confié", "annoncé", "averti", "prévenu",
	"insisté", "lancé", "indiqué", "rappelé", "martelé", "reconnu", "admis", "promis",
	"jugé", "répondu", "répété", "poursuivi", "conclu", "raconté", "témoigné", "dénoncé",
	"regretté", "salué", "confirmé", "démenti", "nié", "avancé", "déploré", "plaidé",
	"pensé", "cru", "considéré", "espéré", "écrit", "réagi", "commenté",
	"prédit", "garanti", "menacé", "critiqué", "fustigé", "tranché")

var french = &lexicon{
	code:      "fr",
	relatives: set("qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"),
	cues: cueForms(
		append([]string{"déclare", "dit", "affirme", "assure", "explique", "résume", "souligne",
			"ajoute", "précise", "confie", "annonce", "avertit", "prévient", "insiste", "indique",
			"rappelle", "martèle", "reconnaît", "admet", "promet", "répond", "répète", "poursuit",
			"conclut", "raconte", "témoigne", "confirme", "dément", "nie", "avance", "écrit",
			"commente", "prédit", "garantit", "menace", "tranche", "lance", "déclarait", "disait",
			"affirmait", "expliquait", "assurait", "ajoutait", "déclarent", "affirment", "disent",
			"estiment", "soulignent", "expliquent", "indiquent", "préviennent", "estime",
			"regrette", "déplore", "plaide"},
			keys(frenchParticiples)...),
		[]string{"qualifie", "salue", "dénonce", "critique", "fustige", "qualifiait"},
		[]string{"pense", "croit", "juge", "considère", "craint", "espère", "sait", "pensent", "croient", "jugent"}),
	participles: frenchParticiples,
	plural: set("déclarent", "affirment", "disent", "estiment", "soulignent", "expliquent",
		"indiquent", "préviennent", "pensent", "croient", "jugent", "ont", "avaient",
		"auraient", "auront"),
	aux:        set("a", "avait", "ont", "avaient", "aurait", "auraient", "aura", "avoir"),
	passiveAux: set("été", "est", "sont", "était", "étaient", "fut"),
	agentPreps: set("par"),
	adverbs: set("aussi", "également", "encore", "déjà", "ensuite", "enfin", "notamment",
		"alors", "toutefois", "cependant", "pourtant", "lui", "leur", "même", "aussitôt",
		"publiquement", "ainsi", "récemment", "hier", "mardi", "lundi", "mercredi", "jeudi",
		"vendredi", "samedi", "dimanche"),
	negators:       set("pas", "jamais", "ne", "n'", "refusé", "point", "aucun", "rien", "sans"),
	determiners:    set("le", "la", "les", "l'", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "notre", "nos", "votre", "plusieurs", "deux", "trois"),
	objectPronouns: set("le", "la", "l'", "les", "lui", "leur", "me", "m'", "te", "t'"),
	definite:       set("le", "la", "l'", "ce", "cet", "cette"),
	preps:          set("de", "du", "des", "d'"),
	conj:           set("et", "mais"),
	that:           set("que", "qu'"),
	pronouns:       map[string]byte{"il": 'm', "elle": 'f', "ils": 'p', "elles": 'p', "on": 'x', "je": 'x', "nous": 'p'},
	titles: set("ministre", "président", "présidente", "porte-parole", "secrétaire", "général",
		"générale", "directeur", "directrice", "chef", "cheffe", "maire", "député", "députée",
		"sénateur", "sénatrice", "ambassadeur", "ambassadrice", "gouverneur", "préfet",
		"préfète", "procureur", "procureure", "juge", "commandant", "colonel", "capitaine",
		"lieutenant", "chancelier", "chancelière", "premier", "première", "vice-président",
		"vice-présidente", "conseiller", "conseillère", "adjoint", "adjointe", "délégué",
		"déléguée", "dirigeant", "dirigeante", "responsable", "patron", "patronne", "leader",
		"roi", "reine", "prince", "princesse", "docteur", "professeur", "professeure",
		"avocat", "avocate", "analyste", "économiste", "chercheur",
		"chercheuse", "m.", "mme", "mlle", "monsieur", "madame", "me", "dr", "pr", "gén.",
		"maréchal", "amiral", "secrétaire-général", "sous-secrétaire", "syndicaliste"),
	personTitles: map[string]byte{"m.": 'm', "monsieur": 'm', "mme": 'f', "madame": 'f', "mlle": 'f',
		"présidente": 'f', "ministre": 'x', "président": 'm', "directrice": 'f', "directeur": 'm',
		"porte-parole": 'x', "maire": 'x', "députée": 'f', "député": 'm', "sénatrice": 'f',
		"sénateur": 'm', "ambassadrice": 'f', "ambassadeur": 'm', "chancelière": 'f',
		"chancelier": 'm', "reine": 'f', "roi": 'm', "général": 'x', "dr": 'x', "juge": 'x',
		"première": 'f', "premier": 'm', "conseillère": 'f', "conseiller": 'm', "cheffe": 'f',
		"chef": 'x', "secrétaire": 'x', "procureure": 'f', "procureur": 'm', "avocate": 'f', "avocat": 'm'},
	honorifics: set("m.", "monsieur", "mme", "madame", "mlle", "me"),
	roleHeads: set("ministre", "président", "présidente", "porte-parole", "maire", "chef",
		"cheffe", "directeur", "directrice", "secrétaire", "général", "ambassadeur",
		"ambassadrice", "député", "députée", "sénateur", "sénatrice", "juge", "procureur",
		"chancelier", "chancelière", "dirigeant", "dirigeante", "responsable", "patron",
		"patronne", "syndicaliste", "analyste", "économiste", "commandant"),
	orgHeads: set("ministère", "gouvernement", "parti", "armée", "police", "gendarmerie",
		"conseil", "comité", "présidence", "ambassade", "agence", "tribunal", "cour",
		"syndicat", "assemblée", "parlement", "sénat", "commission", "autorités", "mairie",
		"préfecture", "entreprise", "société", "groupe", "institut", "état-major", "opposition",
		"majorité", "coalition", "office", "direction", "banque", "élysée", "exécutif"),
	orgWords: set("ministère", "gouvernement", "parti", "assemblée", "conseil", "comité",
		"syndicat", "institut", "agence", "banque", "tribunal", "cour", "commission",
		"parlement", "sénat", "armée", "police", "ambassade", "présidence", "fédération",
		"association", "union", "front", "alliance", "université", "fondation", "république",
		"état-major"),
	documentHeads: set("communiqué", "déclaration", "lettre", "rapport", "texte",
		"résolution", "message", "note", "courrier", "sondage", "étude", "décret", "arrêt",
		"jugement", "document"),
	speakerNouns: set("policiers", "responsables", "analystes", "experts", "habitants",
		"témoins", "sources", "diplomates", "avocats", "manifestants", "observateurs",
		"députés", "élus", "syndicats", "ministres", "dirigeants", "militants", "électeurs",
		"opposants", "partisans", "critiques", "officiels"),
	stopCaps: set("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "selon",
		"pour", "mais", "dans", "en", "à", "au", "aux", "après", "avant", "lors", "depuis",
		"sans", "avec", "sur", "sous", "par", "ensuite", "alors", "puis", "enfin", "ainsi",
		"cependant", "pourtant", "toutefois", "hier", "aujourd'hui", "demain", "ce", "cette",
		"ces", "il", "elle", "ils", "elles", "on", "nous", "je", "si", "quand", "lorsque",
		"comme", "et", "ou", "car", "or", "donc", "environ", "quelque", "quelques",
		"plusieurs", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
		"octobre", "novembre", "décembre", "mme", "m.", "monsieur", "madame", "son", "sa",
		"ses", "leur", "leurs", "notre", "nos", "tous", "toutes", "chaque", "aucun", "cela",
		"ici", "là"),
	boundaries: set("et", "mais", "ou", "car", "qui", "que", "qu'", "quand", "lorsque",
		"si", "dont", "où", "comme", "puis", "parce", "pendant", "après", "avant", "depuis",
		"avec", "sans", "contre", "sur", "sous", "vers", "pour", "par", "est", "sont", "était",
		"a", "ont", "avait", "avaient", "sera", "seront", "serait", "ne", "n'", "pas", "se",
		"s'", "y", "en", "à", "au", "aux", "lui", "leur", "devant", "lors", "dans", "chez",
		"selon", "durant", "entre", "malgré"),
	objectPreps:  set("sur", "avec", "contre", "vers", "sans", "entre", "chez", "par", "pour", "à", "au", "aux", "dans"),
	cueAdjuncts:  set("dans", "lors", "à", "au", "en", "selon", "hier", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "interrogé", "interrogée", "pour", "cependant", "toutefois"),
	adjunctWords: set("dans", "lors", "à", "au", "en", "devant", "sur", "hier", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ensuite", "encore", "aussi"),
	according:    [][]string{{"selon"}, {"d'", "après"}},
	addressees:   set("à", "au", "aux"),
	timeWords: set("hier", "aujourd'hui", "avant-hier", "lundi", "mardi", "mercredi", "jeudi",
		"vendredi", "samedi", "dimanche", "matin", "soir", "midi"),
	adjunctPreps: set("dans", "lors", "devant", "pendant", "durant", "en", "depuis"),
	headFirst:    true,
}

var spanishParticiples = set("dicho", "afirmado", "asegurado", "declarado", "explicado",
	"señalado", "indicado", "añadido", "advertido", "anunciado", "reconocido", "admitido",
	"subrayado", "insistido", "agregado", "destacado", "precisado", "comentado",
	"confirmado", "negado", "recordado", "prometido", "respondido", "escrito", "criticado",
	"calificado", "denunciado", "lamentado", "manifestado", "sostenido", "considerado",
	"estimado", "creído")

var spanish = &lexicon{
	code:      "es",
	relatives: set("quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas"),
	cues: cueForms(
		append([]string{"dijo", "dice", "decía", "dijeron", "afirmó", "afirma", "afirmaba",
			"aseguró", "asegura", "declaró", "declara", "explicó", "explica", "señaló", "señala",
			"indicó", "indica", "añadió", "añade", "advirtió", "advierte", "subrayó", "subraya",
			"insistió", "insiste", "agregó", "agrega", "anunció", "anuncia", "reconoció",
			"reconoce", "admitió", "admite", "sostuvo", "sostiene", "manifestó", "apuntó",
			"destacó", "destaca", "precisó", "comentó", "comenta", "resumió", "resume",
			"confirmó", "confirma", "negó", "niega", "aseveró", "recordó", "recuerda", "prometió",
			"promete", "respondió", "responde", "replicó", "contó", "relató", "escribió",
			"lamentó", "lamenta", "opinó", "afirmaron", "aseguraron", "explicaron", "señalaron",
			"indicaron", "advirtieron", "dicen", "afirman", "aseguran", "señalan", "advierten",
			"explican", "indican", "sostienen", "subrayan", "insisten"},
			keys(spanishParticiples)...),
		[]string{"calificó", "califica", "criticó", "critica", "denunció", "denuncia", "elogió", "celebró", "saludó"},
		[]string{"cree", "creyó", "considera", "consideró", "piensa", "pensó", "estima", "estimó", "espera", "teme", "sabe",
			"creen", "consideran", "piensan", "estiman", "esperan", "temen"}),
	participles: spanishParticiples,
	plural: set("dijeron", "afirmaron", "aseguraron", "explicaron", "señalaron", "indicaron",
		"advirtieron", "dicen", "afirman", "aseguran", "señalan", "advierten", "explican",
		"indican", "sostienen", "subrayan", "insisten", "creen", "consideran", "piensan",
		"estiman", "esperan", "temen", "han", "habían", "habrían", "hayan"),
	aux:        set("ha", "había", "han", "habían", "habría", "haya", "he", "hemos", "hubo"),
	passiveAux: set("fue", "fueron", "sido", "es", "son", "era"),
	agentPreps: set("por"),
	adverbs: set("también", "ya", "además", "luego", "después", "entonces", "recientemente",
		"públicamente", "hoy", "ayer", "le", "les", "se", "incluso", "nuevamente"),
	negators:       set("no", "nunca", "jamás", "tampoco", "negó", "rehusó", "sin"),
	determiners:    set("el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta", "estos", "estas", "ese", "esa", "nuestro", "nuestra", "varios", "dos", "tres", "al", "del"),
	objectPronouns: set("lo", "la", "los", "las", "le", "les", "me", "te"),
	definite:       set("el", "la", "este", "esta"),
	preps:          set("de", "del"),
	conj:           set("y", "e", "pero"),
	that:           set("que"),
	pronouns:       map[string]byte{"él": 'm', "ella": 'f', "ellos": 'p', "ellas": 'p', "yo": 'x', "nosotros": 'p'},
	titles: set("ministro", "ministra", "presidente", "presidenta", "portavoz", "secretario",
		"secretaria", "general", "director", "directora", "jefe", "jefa", "alcalde",
		"alcaldesa", "diputado", "diputada", "senador", "senadora", "embajador", "embajadora",
		"gobernador", "gobernadora", "fiscal", "juez", "jueza", "comandante", "coronel",
		"capitán", "canciller", "primer", "primera", "vicepresidente", "vicepresidenta",
		"consejero", "consejera", "asesor", "asesora", "dirigente", "líder", "responsable",
		"rey", "reina", "príncipe", "princesa", "doctor", "doctora", "profesor", "profesora",
		"abogado", "abogada", "analista", "economista", "investigador", "investigadora",
		"sr.", "sra.", "srta.", "señor", "señora", "don", "doña", "dr.", "dra.", "gral."),
	personTitles: map[string]byte{"sr.": 'm', "señor": 'm', "sra.": 'f', "señora": 'f', "srta.": 'f',
		"don": 'm', "doña": 'f', "ministro": 'm', "ministra": 'f', "presidente": 'x',
		"presidenta": 'f', "portavoz": 'x', "secretario": 'm', "secretaria": 'f',
		"director": 'm', "directora": 'f', "alcalde": 'm', "alcaldesa": 'f', "diputado": 'm',
		"diputada": 'f', "senador": 'm', "senadora": 'f', "embajador": 'm', "embajadora": 'f',
		"jefe": 'x', "jefa": 'f', "general": 'x', "canciller": 'x', "rey": 'm', "reina": 'f',
		"dr.": 'x', "dra.": 'f', "juez": 'x', "jueza": 'f', "fiscal": 'x'},
	honorifics: set("sr.", "señor", "sra.", "señora", "srta.", "don", "doña"),
	roleHeads: set("ministro", "ministra", "presidente", "presidenta", "portavoz",
		"secretario", "secretaria", "alcalde", "alcaldesa", "jefe", "jefa", "director",
		"directora", "embajador", "embajadora", "general", "diputado", "diputada", "senador",
		"senadora", "juez", "jueza", "fiscal", "canciller", "dirigente", "líder", "analista",
		"economista", "comandante", "responsable"),
	orgHeads: set("ministerio", "gobierno", "partido", "ejército", "policía", "consejo",
		"comité", "presidencia", "embajada", "agencia", "tribunal", "corte", "sindicato",
		"asamblea", "parlamento", "congreso", "senado", "comisión", "autoridades",
		"ayuntamiento", "empresa", "compañía", "grupo", "instituto", "oposición", "coalición",
		"oficina", "banco", "ejecutivo", "cancillería"),
	orgWords: set("ministerio", "gobierno", "partido", "asamblea", "consejo", "comité",
		"sindicato", "instituto", "agencia", "banco", "tribunal", "corte", "comisión",
		"parlamento", "congreso", "senado", "ejército", "policía", "embajada", "presidencia",
		"federación", "asociación", "unión", "frente", "alianza", "universidad", "fundación",
		"república"),
	documentHeads: set("comunicado", "declaración", "carta", "informe", "texto",
		"resolución", "mensaje", "nota", "encuesta", "estudio", "decreto", "sentencia", "documento"),
	speakerNouns: set("policías", "responsables", "analistas", "expertos", "vecinos",
		"testigos", "fuentes", "diplomáticos", "abogados", "manifestantes", "observadores",
		"diputados", "sindicatos", "ministros", "dirigentes", "activistas", "votantes",
		"críticos", "partidarios", "funcionarios"),
	stopCaps: set("el", "la", "los", "las", "un", "una", "de", "del", "según", "para", "pero", "pese", "aunque", "mientras",
		"en", "con", "sin", "tras", "desde", "por", "ante", "bajo", "sobre", "entre", "hasta",
		"después", "antes", "luego", "entonces", "así", "embargo", "además", "ayer",
		"hoy", "mañana", "este", "esta", "estos", "estas", "él", "ella", "ellos", "ellas",
		"nosotros", "si", "cuando", "como", "y", "o", "porque", "unos", "unas", "varios",
		"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero",
		"febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
		"octubre", "noviembre", "diciembre", "sr.", "sra.", "señor", "señora", "don", "doña",
		"su", "sus", "nuestro", "nuestra", "todos", "todas", "cada", "al", "aquí", "allí", "no"),
	boundaries: set("y", "e", "pero", "o", "u", "que", "quien", "quienes", "cuando", "como",
		"si", "donde", "porque", "mientras", "durante", "tras", "después", "antes", "desde",
		"con", "sin", "contra", "sobre", "hacia", "para", "por", "es", "son", "era", "fue",
		"ha", "han", "había", "será", "sería", "no", "se", "le", "les", "lo", "en", "a", "al",
		"ante", "bajo", "hasta", "entre", "según"),
	objectPreps:  set("sobre", "con", "contra", "hacia", "sin", "entre", "por", "para", "a", "al", "en"),
	cueAdjuncts:  set("en", "durante", "tras", "ante", "ayer", "hoy", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "sin", "según", "preguntado", "preguntada", "además"),
	adjunctWords: set("en", "durante", "tras", "ante", "ayer", "hoy", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "luego", "después", "también"),
	according:    [][]string{{"según"}, {"de", "acuerdo", "con"}},
	addressees:   set("a", "al"),
	timeWords: set("ayer", "hoy", "anoche", "anteayer", "lunes", "martes", "miércoles", "jueves",
		"viernes", "sábado", "domingo"),
	adjunctPreps: set("en", "durante", "ante", "tras", "desde"),
	headFirst:    true,
	inverts:      true,
	dropsSubject: true,
}

// germanParticiples are the past participles that report after an
// auxiliary ("hat gesagt", "hat betont"); all are cues. Some are also
// the present tense of their verb ("sie betont", "er erklärt"), which
// reports with no auxiliary: the lexicon's participles, the forms that
// need one, are the others.
var germanParticiples = set("gesagt", "gewarnt", "gefordert", "gemeint", "geschrieben",
	"geantwortet", "betont", "erklärt", "bestätigt", "versichert", "angekündigt",
	"hervorgehoben", "unterstrichen", "kritisiert", "bekräftigt", "eingeräumt", "mitgeteilt",
	"berichtet", "behauptet", "versprochen", "gedroht")

var german = &lexicon{
	code:      "de",
	relatives: set("welche", "welcher", "dessen", "deren"),
	cues: cueForms(
		append([]string{"sagte", "sagt", "sagten", "erklärte", "erklärten", "betonte",
			"betonten", "meinte", "warnte", "warnt", "warnten", "forderte", "fordert",
			"versicherte", "bestätigte", "unterstrich", "unterstreicht", "ergänzte", "ergänzt",
			"schrieb", "schreibt", "antwortete", "antwortet", "erläuterte", "erläutert",
			"behauptete", "verkündete", "verkündet", "mahnte", "mahnt", "bekräftigte",
			"bekräftigt", "berichtete", "versprach", "verspricht",
			"drohte", "droht", "beteuerte", "beteuert", "resümierte"},
			keys(germanParticiples)...),
		[]string{"kritisierte", "nannte", "nennt", "bezeichnete", "bezeichnet", "lobte", "begrüßte", "sprach", "spricht"},
		[]string{"glaubt", "glaubte", "hofft", "hoffte", "fürchtet", "befürchtet", "befürchtete", "meint", "weiß", "wusste"}),
	participles: without(germanParticiples, "betont", "erklärt", "bestätigt", "versichert",
		"kritisiert", "bekräftigt", "behauptet"),
	aux: set("hat", "hatte", "haben", "hatten", "habe", "hätte"),
	plural: set("sagten", "erklärten", "betonten", "warnten", "glauben", "hoffen", "fürchten",
		"haben", "hatten", "hätten"),
	passiveAux: set("wurde", "wurden", "worden", "wird", "werden"),
	agentPreps: set("von", "vom"),
	adverbs: set("auch", "bereits", "schon", "zudem", "außerdem", "dann", "später", "zuvor",
		"erneut", "noch", "gestern", "heute", "am", "ebenfalls", "jedoch", "allerdings",
		"zuletzt", "öffentlich", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
		"samstag", "sonntag"),
	negators:    set("nicht", "nie", "niemals", "kein", "keine", "ohne"),
	determiners: set("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines", "sein", "seine", "ihr", "ihre", "unser", "unsere", "dieser", "diese", "dieses", "mehrere", "zwei", "drei"),
	definite:    set("der", "die", "das", "den", "dem", "dieser", "diese"),
	preps:       set("von", "vom", "zur", "zum"),
	genitives:   set("des", "der"),
	conj:        set("und", "aber"),
	that:        set("dass", "daß"),
	pronouns:    map[string]byte{"er": 'm', "sie": 'f', "ich": 'x', "wir": 'p'},
	titles: set("minister", "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin",
		"regierungssprecher", "regierungssprecherin", "kanzler", "kanzlerin", "bundeskanzler",
		"bundeskanzlerin", "general", "generalin", "direktor", "direktorin", "chef", "chefin",
		"bürgermeister", "bürgermeisterin", "abgeordnete", "abgeordneter", "botschafter",
		"botschafterin", "gouverneur", "staatsanwalt", "staatsanwältin", "richter", "richterin",
		"oberst", "kommandeur", "kommandeurin", "vorsitzende", "vorsitzender", "leiter",
		"leiterin", "sekretär", "sekretärin", "staatssekretär", "staatssekretärin", "könig",
		"königin", "prinz", "prinzessin", "dr.", "prof.", "professor", "professorin", "herr",
		"frau", "anwalt", "anwältin", "analyst", "analystin", "ökonom", "ökonomin", "berater",
		"beraterin", "experte", "expertin", "vize", "regierungschef", "regierungschefin",
		"parteichef", "parteichefin", "gewerkschaftschef", "gewerkschaftschefin", "arzt",
		"ärztin", "rektor", "rektorin", "bischof", "bischöfin"),
	titleSuffixes: []string{"ministerin", "minister", "präsidentin", "präsident", "sprecherin",
		"sprecher", "kanzlerin", "kanzler", "chefin", "chef", "vorsitzende", "vorsitzender",
		"leiterin", "leiter", "direktorin", "direktor", "botschafterin", "botschafter",
		"sekretärin", "sekretär", "meisterin", "meister", "kommandeurin", "kommandeur",
		"beauftragte", "beauftragter", "expertin", "experte", "beraterin", "berater",
		"führerin", "führer"},
	personTitles: map[string]byte{"herr": 'm', "frau": 'f', "ministerin": 'f', "minister": 'm',
		"präsidentin": 'f', "präsident": 'm', "sprecherin": 'f', "sprecher": 'm',
		"kanzlerin": 'f', "kanzler": 'm', "chefin": 'f', "chef": 'm', "dr.": 'x', "prof.": 'x',
		"general": 'x', "bürgermeisterin": 'f', "bürgermeister": 'm', "botschafterin": 'f',
		"botschafter": 'm', "vorsitzende": 'x', "vorsitzender": 'm', "leiterin": 'f', "leiter": 'm'},
	honorifics: set("herr", "frau"),
	roleHeads: set("minister", "ministerin", "präsident", "präsidentin", "sprecher",
		"sprecherin", "kanzler", "kanzlerin", "chef", "chefin", "bürgermeister",
		"bürgermeisterin", "botschafter", "botschafterin", "general", "vorsitzende",
		"vorsitzender", "leiter", "leiterin", "direktor", "direktorin", "richter", "richterin"),
	orgHeads: set("ministerium", "regierung", "partei", "armee", "polizei", "rat", "ausschuss",
		"präsidentschaft", "botschaft", "agentur", "gericht", "gewerkschaft", "parlament",
		"bundestag", "senat", "kommission", "behörden", "behörde", "stadt", "unternehmen",
		"firma", "konzern", "gruppe", "institut", "opposition", "koalition", "amt", "bank",
		"bundeswehr", "militär", "verband", "kabinett", "führung"),
	orgWords: set("ministerium", "regierung", "partei", "parlament", "rat", "ausschuss",
		"gewerkschaft", "institut", "agentur", "bank", "gericht", "kommission", "bundestag",
		"senat", "armee", "polizei", "botschaft", "verband", "union", "front", "allianz",
		"universität", "stiftung", "republik", "amt", "bundeswehr"),
	orgSuffixes: []string{"ministerium", "regierung", "partei", "verband", "gewerkschaft", "amt", "behörde", "gericht", "kommission", "institut"},
	documentHeads: set("erklärung", "mitteilung", "pressemitteilung", "brief", "bericht",
		"text", "resolution", "nachricht", "umfrage", "studie", "dekret", "urteil", "dokument", "stellungnahme"),
	speakerNouns: set("polizisten", "beamte", "analysten", "experten", "anwohner", "zeugen",
		"quellen", "diplomaten", "anwälte", "demonstranten", "beobachter", "abgeordnete",
		"gewerkschaften", "minister", "kritiker", "anhänger", "gegner", "bewohner"),
	stopCaps: set("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen",
		"am", "im", "in", "an", "auf", "aus", "bei", "mit", "nach", "vor", "seit", "von", "zu",
		"zum", "zur", "für", "gegen", "ohne", "um", "über", "unter", "laut", "so", "auch",
		"doch", "aber", "und", "oder", "denn", "dann", "danach", "damals", "zudem", "außerdem",
		"jedoch", "allerdings", "gestern", "heute", "morgen", "es", "er", "sie", "wir", "ich",
		"man", "dies", "diese", "dieser", "dieses", "wenn", "als", "ob", "weil", "dass",
		"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
		"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
		"oktober", "november", "dezember", "herr", "frau", "rund", "etwa", "mehr", "alle",
		"jeder", "jede", "kein", "keine", "nur", "noch", "schon", "bereits", "hier", "dort",
		"wie", "was", "wer", "warum", "sein", "seine", "ihr", "ihre", "unser", "unsere"),
	boundaries: set("und", "aber", "oder", "denn", "dass", "daß", "weil", "wenn", "als",
		"ob", "während", "nachdem", "bevor", "seit", "mit", "ohne", "gegen", "für", "um",
		"über", "unter", "auf", "an", "im", "am", "zu", "ist", "sind", "war", "waren",
		"wird", "werden", "wurde", "hat", "haben", "hatte", "nicht", "sich", "es", "ihm",
		"ihnen", "so", "laut", "auch", "noch", "vor", "nach", "bei", "aus",
		"gegenüber", "zufolge"),
	objectPreps:  set("mit", "gegen", "ohne", "für", "nach", "zu", "bei", "über", "an", "auf", "um", "in", "im", "aus"),
	cueAdjuncts:  set("am", "im", "in", "bei", "nach", "vor", "gestern", "heute", "laut", "jedoch", "allerdings", "zudem", "auch"),
	adjunctWords: set("am", "im", "in", "bei", "nach", "vor", "gegenüber", "gestern", "heute", "auch", "zudem", "dann"),
	according:    [][]string{{"laut"}, {"so"}, {"nach", "angaben"}},
	addressees:   set("dem", "gegenüber"),
	timeWords: set("gestern", "heute", "vorgestern", "montag", "dienstag", "mittwoch",
		"donnerstag", "freitag", "samstag", "sonntag"),
	adjunctPreps: set("am", "in", "im", "bei", "auf", "während", "vor", "nach"),
	afterQuote:   set("so"),
	separable: separables("teilte teilten teilt:mit", "kündigte kündigten kündigt:an",
		"fügte fügten fügt:hinzu", "gab gaben gibt:an bekannt zu", "räumte räumten räumt:ein",
		"stellte stellten stellt:klar", "wies wiesen weist:hin"),
	unsaid:     separables("sagte sagten sagt:ab zu"),
	inverts:    true,
	verbSecond: true,
}

// without returns the words of a set less some.
func without(m map[string]bool, words ...string) map[string]bool {
	out := union(m)
	for _, w := range words {
		delete(out, w)
	}
	return out
}

// keys returns the words of a set.
func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}

// isTitle reports whether w (lower case) is a title word: in the list, or
// a German compound ending in one ("verteidigungsministerin").
func (lx *lexicon) isTitle(w string) bool {
	if lx.titles[w] || lx.titles[strings.TrimSuffix(w, ".")] {
		return true
	}
	if lx.code == "de" && strings.HasSuffix(w, "s") && len(w) > 4 {
		w = w[:len(w)-1] // a genitive: "des Hafenmeisters"
		if lx.titles[w] {
			return true
		}
	}
	return hasCompoundSuffix(w, lx.titleSuffixes)
}

// isAdverb reports whether w is an adverb: listed, or an English -ly
// word.
func (lx *lexicon) isAdverb(w string) bool {
	return lx.adverbs[w] || lx.lyAdverbs && isAdverb(w)
}

// isRoleHead reports whether w heads a phrase naming a person by office.
func (lx *lexicon) isRoleHead(w string) bool {
	return lx.roleHeads[w] || hasCompoundSuffix(w, lx.titleSuffixes)
}

// isOrgHead reports whether w heads a phrase naming an institution.
func (lx *lexicon) isOrgHead(w string) bool {
	return lx.orgHeads[w] || hasCompoundSuffix(w, lx.orgSuffixes)
}

// hasCompoundSuffix reports whether w is a compound that ends in one of
// sufs, with at least three letters before it.
func hasCompoundSuffix(w string, sufs []string) bool {
	for _, s := range sufs {
		if len(w) >= len(s)+3 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// isOrgName reports whether a capitalised name reads as an institution.
func (lx *lexicon) isOrgName(name string) bool {
	if lx == englishWords {
		return isOrgName(name)
	}
	for _, w := range strings.Fields(name) {
		l := strings.ToLower(strings.Trim(w, ".,'’"))
		if lx.orgWords[l] || orgWords[l] || hasCompoundSuffix(l, lx.orgSuffixes) {
			return true
		}
	}
	return false
}

// stripDet drops a leading article: "la présidente de l'Assemblée" →
// "présidente de l'Assemblée".
func (lx *lexicon) stripDet(s string) string {
	if lx == englishWords {
		return stripDet(s)
	}
	if f := strings.SplitN(s, " ", 2); len(f) == 2 && lx.determiners[strings.ToLower(f[0])] {
		return f[1]
	}
	if l := strings.ToLower(s); strings.HasPrefix(l, "l'") || strings.HasPrefix(l, "l’") {
		return strings.TrimLeft(s[1:], "'’")
	}
	return s
}

// lowerDet writes a leading article in lower case: "Le ministère" → "le
// ministère".
func (lx *lexicon) lowerDet(s string) string {
	if lx == englishWords {
		return lowerDet(s)
	}
	f := strings.SplitN(s, " ", 2)
	if len(f) == 2 && lx.determiners[strings.ToLower(f[0])] {
		return strings.ToLower(f[0]) + " " + f[1]
	}
	return s
}

// accordingAt returns the number of tokens of an "according to" phrase
// at k, 0 when none.
func (d *doc) accordingAt(k, hi int) int {
	for _, p := range d.lx.according {
		if k+len(p) > hi {
			continue
		}
		ok := true
		for i, w := range p {
			if d.toks[k+i].low != w {
				ok = false
				break
			}
		}
		if ok && len(p) == 1 && k > 0 && (d.lx.determiners[d.toks[k-1].low] || d.lx.adjunctPreps[d.toks[k-1].low]) {
			ok = false // an ordinal: "nel secondo semestre", "no segundo turno"
		}
		if ok && d.lx.afterQuote[p[0]] && !d.afterQuoteComma(k) {
			ok = false
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// afterQuoteComma reports whether token k follows a closing quote mark
// and a comma: "„…“, so Zeller".
func (d *doc) afterQuoteComma(k int) bool {
	return k >= 2 && d.toks[k-1].text == "," && d.toks[k-2].quote == 'c'
}
