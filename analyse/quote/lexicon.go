package quote

import "strings"

// Cue classes: how much evidence a reporting verb needs before it counts
// as an attribution.
const (
	// cueSpeech verbs report speech on their own: said, told, warned.
	cueSpeech = 1 + iota
	// cuePartial verbs report speech only when a quotation follows them
	// in the clause: called the vote "a betrayal", thanked X for "...".
	cuePartial
	// cueThat verbs report a statement only with a "that" clause: a poll
	// found that, the ministry believes that.
	cueThat
)

// speechVerbs are reporting verbs as base forms; their inflections are
// generated. Irregular forms are listed in irregular.
var speechVerbs = []string{
	"say", "tell", "add", "warn", "claim", "deny", "announce", "insist", "confirm",
	"argue", "stress", "note", "state", "declare", "explain", "report", "reply",
	"respond", "assert", "joke", "apologise", "apologize", "criticise", "criticize",
	"praise", "condemn", "charge", "lament", "scoff", "quip", "concede", "acknowledge", "admit", "allege",
	"comment", "contend", "emphasise", "emphasize",
	"observe", "predict", "promise", "pledge", "vow", "remark", "reiterate", "continue",
	"repeat", "reveal", "write", "tweet", "suggest", "urge", "assure", "inform",
	"recall", "caution", "complain", "accuse", "summarise", "summarize",
	"confide", "boast", "counter", "demand", "propose", "threaten", "testify",
	"disclose", "mention", "exclaim", "shout", "whisper", "retort", "quip",
	"concur", "underline", "affirm", "advise", "recount", "object",
	"guarantee", "estimate", "forecast",
}

// partialVerbs report speech when a quotation follows in the clause.
var partialVerbs = []string{
	"ask", "call", "speak", "point", "describe", "thank", "praise", "condemn", "welcome", "salute",
	"dismiss", "hail", "label", "brand", "chant",
	"put", "characterise", "characterize", "denounce", "decry", "blame",
	"question", "challenge", "reject", "defend", "express", "voice", "attack",
	"slam", "mock", "blast",
}

// thatVerbs report a statement only with a "that" clause.
var thatVerbs = []string{
	"find", "show", "believe", "think", "feel", "know", "expect", "fear",
	"hope", "agree", "learn", "signal", "conclude", "indicate", "understand", "maintain",
	"worry", "decide", "rule", "hold",
}

// irregular lists the inflections of irregular reporting verbs.
var irregular = map[string][]string{
	"say":        {"said", "says", "saying"},
	"tell":       {"told", "tells", "telling"},
	"write":      {"wrote", "writes", "writing", "written"},
	"find":       {"found", "finds", "finding"},
	"show":       {"showed", "shows", "showing", "shown"},
	"think":      {"thought", "thinks", "thinking"},
	"feel":       {"felt", "feels", "feeling"},
	"know":       {"knew", "knows", "known"},
	"learn":      {"learned", "learnt", "learns"},
	"hold":       {"held", "holds"},
	"put":        {"put", "puts", "putting"},
	"forecast":   {"forecast", "forecasts", "forecasting"},
	"understand": {"understood", "understands"},
}

// frenchCues are French reporting forms, enough for the attributions of
// a French article's direct quotes («…», a déclaré X).
var frenchCues = []string{
	"déclaré", "déclare", "dit", "indiqué", "affirmé", "affirme", "assuré",
	"assure", "expliqué", "explique", "résume", "estimé", "estime", "souligné",
	"souligne", "qualifié", "ajouté", "ajoute", "précisé", "précise", "confié",
	"confie", "annoncé", "annonce", "averti", "prévenu", "insisté", "lancé",
}

// cues maps every inflected reporting form (lower case) to its class.
var cues = buildCues()

func buildCues() map[string]int {
	m := map[string]int{}
	add := func(verbs []string, class int) {
		for _, v := range verbs {
			forms := irregular[v]
			if forms == nil {
				forms = inflect(v)
			}
			for _, f := range append(forms, v) {
				if _, ok := m[f]; !ok {
					m[f] = class
				}
			}
		}
	}
	add(speechVerbs, cueSpeech)
	add(partialVerbs, cuePartial)
	add(thatVerbs, cueThat)
	for _, f := range frenchCues {
		m[f] = cueSpeech
	}
	// Base forms that are common nouns too ("a report", "the answer",
	// "a state") count only in their inflected forms.
	for _, noun := range []string{"report", "answer", "state", "note", "comment", "question", "object", "demand", "promise", "counter", "forecast", "estimate", "call", "label", "brand", "voice", "attack", "hold", "rule", "fear", "hope", "show", "find", "blame", "welcome", "challenge", "reply", "protest", "guarantee", "express", "mention", "advise", "defend", "caution", "claim", "stress", "pledge", "vow", "tweet", "remark", "repeat", "slam", "mock", "blast", "feel", "know", "learn", "think", "worry", "decide", "signal", "agree", "understand"} {
		delete(m, noun)
	}
	// Participles that read as adjectives or nouns far more often than as
	// cues.
	for _, f := range []string{"known", "shown", "held", "written", "finding", "feeling", "holding", "ruling", "hoping", "thinking", "understanding", "learning", "questioning", "putting", "calling", "welcoming", "showing", "estimated", "forecasting", "states", "stating", "continue", "charges", "charging", "continuing", "continues", "points", "pointing", "praises", "condemns", "jokes"} {
		delete(m, f)
	}
	return m
}

// inflect returns the -s, -ed and -ing forms of a regular verb.
func inflect(v string) []string {
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "e"):
		s, ed, ing = v+"s", v+"d", v[:len(v)-1]+"ing"
	case strings.HasSuffix(v, "y") && !strings.ContainsAny(v[len(v)-2:len(v)-1], "aeiou"):
		s, ed, ing = v[:len(v)-1]+"ies", v[:len(v)-1]+"ied", v+"ing"
	case strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x"):
		s, ed, ing = v+"es", v+"ed", v+"ing"
	case v == "admit" || v == "regret" || v == "commit" || v == "concur":
		last := v[len(v)-1:]
		s, ed, ing = v+"s", v+last+"ed", v+last+"ing"
	default:
		s, ed, ing = v+"s", v+"ed", v+"ing"
	}
	if n := len(v); n > 3 && v[n-1] == 'l' && strings.IndexByte("aeiou", v[n-2]) >= 0 && strings.IndexByte("aeiou", v[n-3]) < 0 {
		// British spelling doubles the l: "signalled", "labelling"
		return []string{s, ed, ing, v + "led", v + "ling"}
	}
	return []string{s, ed, ing}
}

// tellVerbs take the addressee as object: "told reporters", "warned
// deputies"; the object is part of the cue.
var tellVerbs = set("told", "tells", "telling", "tell", "informed", "informs", "informing",
	"assured", "assures", "warned", "warns", "urged", "urges", "reminded", "asked", "asks")

// auxiliaries may stand between a speaker and the cue ("has said", "also
// warned", "later told").
var auxiliaries = set("has", "have", "had", "also", "later", "previously", "earlier", "however", "meanwhile", "nevertheless",
	"then", "again", "once", "repeatedly", "reportedly", "only", "himself", "herself",
	"itself", "themselves", "would", "will", "is", "was", "were", "are", "publicly",
	"privately", "separately", "subsequently", "recently", "initially", "already",
	"simply", "flatly", "firmly", "angrily", "quickly", "just", "further", "even",
	"still", "often", "frequently", "always", "usually", "now",
	"sometimes", "twice", "ever", "too")

// negators before a cue make it no attribution: "did not say", "declined to
// say".
var negators = set("not", "never", "n't", "declined", "refused", "nor", "without", "no")

// determiners open a noun phrase.
var determiners = set("the", "a", "an", "its", "his", "her", "their", "our", "this",
	"that", "these", "those", "one", "two", "three", "several", "some", "many",
	"la", "le", "les", "l'", "un", "une")

// pronouns that can be speakers, with the gender or kind they imply.
var pronouns = map[string]byte{
	"he": 'm', "she": 'f', "they": 'p', "it": 'o', "we": 'p', "i": 'x',
	"il": 'm', "elle": 'f',
}

// objectGender are the English object pronouns that speak before a bare
// verb ("heard him say", "saw them tell"), with the gender they imply.
var objectGender = map[string]byte{"him": 'm', "her": 'f', "them": 'p'}

// titles are words of a person's title or office, written before a name
// or as a role noun ("the minister").
var titles = set(
	"minister", "secretary", "president", "vice", "spokesman", "spokeswoman",
	"spokesperson", "general", "gen", "gen.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.",
	"miss", "dr", "dr.", "prof", "prof.", "professor", "chief", "executive", "director",
	"harbour", "harbor", "master", "speaker", "leader", "chairman", "chairwoman",
	"chair", "head", "governor", "gov.", "sheriff", "assemblyman", "assemblywoman", "councilman", "councilwoman", "mayor", "senator", "sen.", "representative", "rep.",
	"cllr", "cllr.", "cr", "cr.", "councillor", "councilor", "councilmember", "corporator",
	"alhaji", "alhaja", "hajia", "hajji", "haji", "madam", "member", "sp", "asp", "dsp", "dpp", "msp", "mla", "director-general",
	"commissioner-general", "attorney-general", "surgeon-general", "governor-general", "inspector-general",
	"auditor-general", "solicitor-general", "postmaster-general",
	"co-founder", "cofounder", "co-chair", "co-owner", "co-director", "co-leader", "co-host",
	"deputy", "ambassador", "envoy", "commander", "colonel", "col.", "major", "maj.",
	"captain", "capt.", "lieutenant", "lt.", "sergeant", "sgt.", "admiral", "adm.",
	"marshal", "judge", "justice", "magistrate", "prosecutor", "attorney", "chancellor", "premier",
	"prime", "foreign", "defence", "defense", "interior", "finance", "transport",
	"health", "justice", "labour", "labor", "trade", "economy", "education",
	"king", "queen", "prince", "princess", "sheikh", "pope", "bishop", "archbishop",
	"cardinal", "rabbi", "imam", "father", "sister", "rev.", "reverend", "lord", "lady",
	"sir", "dame", "officer", "official", "manager", "founder", "owner", "analyst",
	"economist", "researcher", "professor", "lawyer", "adviser", "advisor", "aide",
	"coach", "captain", "mme", "m.", "mrs", "monsieur", "madame", "président",
	"présidente", "ministre", "maire", "porte-parole", "chef", "general secretary",
	"commissioner", "inspector", "superintendent", "constable", "detective",
	"councillor", "councilor", "mp", "mep", "congressman", "congresswoman", "senior",
	"assistant", "auditor",
	"treasurer", "clerk", "registrar", "dean", "rector", "provost", "principal",
	"editor", "correspondent", "reporter", "presenter", "host", "anchor",
	"scientist", "expert", "doctor", "nurse", "surgeon", "engineer", "teacher",
	"ceo", "cfo", "coo", "cto", "administrator", "vice-president", "chief-executive",
	"secretary-general", "undersecretary", "minister-president", "mayor-elect",
	"president-elect", "coordinator", "superintendent", "strategist", "pollster",
	"student", "resident", "witness", "farmer", "worker", "activist", "campaigner",
	"striker", "goalkeeper", "goalie", "defender", "midfielder", "quarterback", "winger",
	"skipper", "referee", "umpire", "midwife", "physician", "headteacher", "librarian",
	"rabbi", "imam", "barrister", "solicitor", "shopkeeper",
)

// personTitles mark a following name as a person's and may give a gender.
var personTitles = map[string]byte{
	"mr": 'm', "mr.": 'm', "mrs": 'f', "mrs.": 'f', "ms": 'f', "ms.": 'f', "miss": 'f',
	"sir": 'm', "lord": 'm', "lady": 'f', "dame": 'f', "king": 'm', "queen": 'f',
	"prince": 'm', "princess": 'f', "m.": 'm', "mme": 'f', "monsieur": 'm',
	"madame": 'f', "présidente": 'f', "congressman": 'm', "congresswoman": 'f',
	"chairman": 'm', "chairwoman": 'f', "spokesman": 'm', "spokeswoman": 'f',
	"father": 'm', "sister": 'f', "alhaji": 'm', "alhaja": 'f', "hajia": 'f', "hajji": 'm', "haji": 'm', "madam": 'f', "dr": 'x', "dr.": 'x', "gen.": 'x', "gen": 'x',
	"general": 'x', "minister": 'x', "secretary": 'x', "president": 'x', "senator": 'x',
	"mayor": 'x', "governor": 'x', "prof.": 'x', "professor": 'x', "judge": 'x',
	"colonel": 'x', "captain": 'x', "commander": 'x', "ambassador": 'x', "speaker": 'x',
	"leader": 'x', "chancellor": 'x', "premier": 'x', "deputy": 'x', "master": 'x',
	"executive": 'x', "chief": 'x', "director": 'x', "spokesperson": 'x',
}

// roleHeads are nouns that name a person by office: "the minister", "the
// Pentagon chief", "the spokeswoman" resolve to a person with that role.
var roleHeads = set(
	"minister", "secretary", "president", "spokesman", "spokeswoman", "spokesperson",
	"general", "chief", "executive", "director", "master", "speaker", "leader",
	"chairman", "chairwoman", "chair", "head", "governor", "mayor", "senator",
	"ambassador", "envoy", "commander", "judge", "magistrate", "prosecutor", "chancellor",
	"premier", "minister", "ministre", "maire", "présidente", "président",
	"boss", "secretary-general", "economist", "analyst", "researcher", "coach",
	"captain", "founder", "manager", "officer", "official",
	"professor", "representative", "congressman", "congresswoman", "lawmaker", "sheriff",
	"commissioner", "superintendent", "colonel", "lieutenant", "sergeant", "admiral",
	"detective", "inspector", "attorney", "comptroller", "treasurer", "councilman",
	"councilwoman", "councillor", "councilor", "assemblyman", "assemblywoman",
	"striker", "goalkeeper", "goalie", "defender", "midfielder", "quarterback", "pitcher", "winger",
	"skipper", "referee", "umpire", "nurse", "midwife", "surgeon", "physician", "teacher",
	"headteacher", "librarian", "pastor", "priest", "rabbi", "imam", "chef", "engineer", "architect",
	"scientist", "historian", "novelist", "actor", "actress", "singer", "producer", "reporter",
	"journalist", "consultant", "activist", "organiser", "organizer", "campaigner", "lawyer",
	"barrister", "solicitor", "accountant", "banker", "trader", "entrepreneur", "owner", "shopkeeper",
	"landlord", "keeper", "doctor", "counsel",
)

// orgHeads are nouns that name an institution by its kind: "the ministry
// said", "the company said".
var orgHeads = set(
	"ministry", "government", "company", "firm", "union", "party", "army", "paper",
	"military", "police", "council", "committee", "office", "presidency", "embassy",
	"department", "agency", "court", "group", "association", "bank", "assembly",
	"parliament", "cabinet", "administration", "white", "pentagon", "kremlin",
	"commission", "authority", "authorities", "board", "federation", "institute",
	"foundation", "operator", "broadcaster", "newspaper", "station", "hospital",
	"university", "school", "campaign", "coalition", "alliance", "front", "forces",
	"navy", "airline", "carrier", "club", "league", "organisation", "organization",
	"service", "services", "staff", "chamber", "terminals", "terminal", "port",
	"city", "state", "country", "region", "province", "municipality", "prefecture",
	"regulator", "watchdog", "centre", "center", "museum", "gallery", "charity", "trust", "society",
	"festival", "clinic", "library", "theatre", "theater", "bureau", "directorate", "inspectorate",
)

// documentHeads are documents that speak: "the statement said", "a letter
// informing them that".
var documentHeads = set("statement", "letter", "report", "communique", "communiqué",
	"memo", "memorandum", "release", "notice", "email", "e-mail", "document",
	"resolution", "order", "ruling", "decree", "filing", "complaint", "indictment",
	"lawsuit", "poll", "survey", "study", "text", "message", "post", "tweet",
	"announcement", "declaration", "note", "directive", "bill", "verdict")

// speakerNouns are lower-case nouns that can head a speaker on their own:
// "police said", "officials said", "analysts warned".
var speakerNouns = set("police", "officials", "official", "analysts", "analyst",
	"economists", "experts", "residents", "witnesses", "sources", "source",
	"agents", "diplomats", "lawyers", "prosecutors", "investigators", "doctors",
	"critics", "supporters", "opponents", "protesters", "organisers", "organizers",
	"observers", "scientists", "researchers", "officers", "authorities", "villagers",
	"workers", "employees", "activists", "campaigners", "chains", "makers",
	"groups", "parties", "unions", "companies", "ministers", "deputies", "leaders",
	"members", "people", "locals", "farmers", "traders", "shops", "retailers",
	"hospitals", "spokesman", "spokeswoman", "spokesperson", "aides", "aide",
	"percent", "voters", "respondents", "majority", "minority", "half", "third",
	"quarters", "americans", "democrats", "republicans", "citizens", "residents",
	"users", "customers", "patients", "parents", "students", "fans", "others")

// stopCaps are capitalised words at a sentence's start that are no names.
var stopCaps = set("in", "on", "at", "but", "and", "or", "so", "yet", "now", "then",
	"however", "meanwhile", "yesterday", "today", "tomorrow", "earlier", "later",
	"also", "still", "after", "before", "when", "while", "as", "if", "asked",
	"speaking", "since", "for", "from", "with", "without", "under", "over",
	"during", "by", "of", "to", "this", "that", "these", "those", "there", "here",
	"what", "who", "why", "how", "where", "which", "it", "its", "according",
	"last", "next", "instead", "indeed", "although", "though", "because",
	"once", "even", "only", "until", "unlike", "like", "despite", "among", "amid",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "mais", "selon", "pour",
	"dans", "en", "à", "au", "aux", "ensuite", "alors", "not", "no", "every",
	"all", "both", "each", "such", "whether", "here's", "let", "ask", "make",
	"help", "independent", "our", "my", "your", "we", "you", "they", "he", "she", "i",
	"more", "most", "less", "fewer", "many", "some", "few", "several", "thousands",
	"hundreds", "dozens", "millions")

// boundaries end a noun phrase scanned leftwards from a cue.
var boundaries = set("and", "but", "or", "because", "while", "when", "as", "if",
	"that", "which", "what", "where", "whether", "after", "before", "since",
	"than", "then", "so", "though", "although", "until", "to", "by", "with",
	"on", "into", "onto", "about", "against", "over", "under", "during",
	"not", "is", "was", "were", "are", "be", "been", "being", "has", "have",
	"had", "do", "does", "did", "will", "would", "can", "could", "should", "may",
	"might", "must", "shall", "it", "there", "here", "also", "why", "how",
	"et", "mais", "qui", "que", "where", "nor", "very", "just", "even", "yet",
	"whereas", "unless")

// workNouns before a quotation make it a title or a term, not speech:
// the novel "…", a report titled "…", the so-called "…".
var workNouns = set("book", "novel", "film", "movie", "song", "album", "play", "poem",
	"series", "show", "documentary", "titled", "entitled", "headlined", "dubbed",
	"nicknamed", "so-called", "called", "named", "slogan", "hashtag", "banner",
	"motto", "painting", "opera", "programme", "program", "podcast", "column",
	"essay", "article", "headline", "magazine", "newspaper", "word", "words",
	"term", "phrase", "as", "known", "sign", "signs", "placards", "placard",
	"operation", "codenamed", "code-named", "brand", "label", "tagline", "chanting",
	"chanted", "chants", "chant", "reads", "read")

// set builds a membership map.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// frenchAux are the auxiliaries of French compound tenses: "a déclaré".
var frenchAux = set("a", "avait", "ont", "avaient", "aurait", "a-t-il", "a-t-elle")

// frenchCueSet holds the French reporting forms.
var frenchCueSet = set(frenchCues...)

// isFrench reports whether a cue form is French.
func isFrench(w string) bool { return frenchCueSet[w] }
