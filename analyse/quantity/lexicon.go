package quantity

// set builds a lookup table from words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// numberWords maps numbers written as words to their value.
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "dozen": 12,
}

// scales multiply the number before them ("5.2 million", "3bn").
var scales = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mn": 1e6, "mln": 1e6, "bn": 1e9, "tn": 1e12, "k": 1e3,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, // South Asian scales
}

// fractions are the denominators of "two-thirds", "a quarter", "half".
var fractions = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10,
}

// ordinals rank rather than count; they never start a quantity.
var ordinalSuffix = set("st", "nd", "rd", "th")

// Bounds and hedges before a number. The kind says how Low and High
// follow from Value (see doc.go).
const (
	bExact  = iota
	bAbout  // about, around: ±10 %, Approx
	bAlmost // nearly, almost: [0.9 V, V], Approx
	bOver   // more than, at least: [V, +Inf)
	bUnder  // fewer than, up to: [0, V]
	bRange  // between … and …
)

// prefixes are the hedge and bound phrases, longest first within a head word.
var prefixes = map[string][]prefix{
	"about":         {{[]string{"about"}, bAbout}},
	"around":        {{[]string{"around"}, bAbout}},
	"approximately": {{[]string{"approximately"}, bAbout}},
	"roughly":       {{[]string{"roughly"}, bAbout}},
	"some":          {{[]string{"some"}, bAbout}},
	"circa":         {{[]string{"circa"}, bAbout}},
	"estimated":     {{[]string{"estimated"}, bAbout}},
	"an":            {{[]string{"an", "estimated"}, bAbout}},
	"nearly":        {{[]string{"nearly"}, bAlmost}},
	"almost":        {{[]string{"almost"}, bAlmost}},
	"close":         {{[]string{"close", "to"}, bAlmost}},
	"just":          {{[]string{"just", "under"}, bAlmost}, {[]string{"just", "over"}, bOver}},
	"more":          {{[]string{"more", "than"}, bOver}},
	"over":          {{[]string{"over"}, bOver}},
	"above":         {{[]string{"above"}, bOver}},
	"upwards":       {{[]string{"upwards", "of"}, bOver}},
	"in":            {{[]string{"in", "excess", "of"}, bOver}},
	"at":            {{[]string{"at", "least"}, bOver}, {[]string{"at", "most"}, bUnder}},
	"no":            {{[]string{"no", "fewer", "than"}, bOver}, {[]string{"no", "less", "than"}, bOver}, {[]string{"no", "more", "than"}, bUnder}},
	"up":            {{[]string{"up", "to"}, bUnder}},
	"fewer":         {{[]string{"fewer", "than"}, bUnder}},
	"less":          {{[]string{"less", "than"}, bUnder}},
	"under":         {{[]string{"under"}, bUnder}},
	"below":         {{[]string{"below"}, bUnder}},
	"as":            {{[]string{"as", "many", "as"}, bUnder}, {[]string{"as", "much", "as"}, bUnder}},
	"between":       {{[]string{"between"}, bRange}},
}

// prefix is one hedge or bound phrase.
type prefix struct {
	words []string
	kind  int
}

// currencySymbols precede or follow an amount.
var currencySymbols = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY",
}

// currencyCodes are ISO 4217 codes written as words ("USD 40 million").
var currencyCodes = set("usd", "eur", "gbp", "jpy", "chf", "cny", "inr", "rub", "cad", "aud",
	"nzd", "hkd", "sgd", "brl")

// currencyWords are abbreviations written before an amount that are no
// ISO code: "Rs 500 crore", "Rs. 40,000".
var currencyWords = map[string]string{"rs": "INR"}

// dollarCountries are the letters written with "$" to say whose dollar (or
// real) an amount is in, before the sign ("A$2.9 million") or after it
// ("$US1 million", "$A5"); a bare "$" is the US dollar.
var dollarCountries = map[string]string{
	"a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD", "nz": "NZD", "hk": "HKD",
	"s": "SGD", "sg": "SGD", "us": "USD", "u.s.": "USD", "r": "BRL", "nt": "TWD", "mx": "MXN",
}

// currencyNouns map currency names after a number to ISO codes; currencies
// without a code here keep their singular name as the unit.
var currencyNouns = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
	"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "yen": "JPY",
	"yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
	"rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
	"franc": "CHF", "francs": "CHF",
	"mark": "mark", "marks": "mark", "crown": "crown", "crowns": "crown",
	"florin": "florin", "florins": "florin",
	// Other languages' names of the same currencies.
	"dólar": "USD", "dólares": "USD", "dollaro": "USD", "dollari": "USD", "libra": "GBP",
	"libras": "GBP", "sterline": "GBP", "franken": "CHF", "francos": "CHF", "franchi": "CHF",
	"rublos": "RUB", "rubli": "RUB", "rubel": "RUB", "yenes": "JPY", "reais": "BRL",
}

// canonical maps head nouns to the unit they share across outlets.
var canonical = map[string]string{
	"troops": "personnel", "troop": "personnel", "soldiers": "personnel", "soldier": "personnel",
	"personnel": "personnel", "servicemen": "personnel", "servicewomen": "personnel",
	"serviceman": "personnel", "servicemembers": "personnel", "service members": "personnel",
	"service member": "personnel", "service personnel": "personnel",
	"forces": "personnel", "marines": "personnel", "paratroopers": "personnel",
	"people": "people", "persons": "people", "person": "people", "residents": "people",
	"inhabitants": "people", "individuals": "people", "civilians": "people", "citizens": "people",
	"percent": "percent", "per cent": "percent", "pct": "percent",
	"percentage points": "percentage point", "percentage point": "percentage point",
	"kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
	"miles": "mile", "mile": "mile", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "m": "m",
	"cm": "cm", "mm": "mm", "kms": "km", "mph": "mph", "kmh": "km/h", "ha": "ha", "hectares": "ha",
	"tonnes": "tonne", "tons": "tonne", "tonne": "tonne", "ton": "tonne", "kg": "kg",
	"kilograms": "kg", "kilogrammes": "kg",
}

// durations map time units to their ISO 8601 designator; "T" marks the
// time part (PT72H).
var durations = map[string]string{
	"second": "TS", "seconds": "TS", "sec": "TS", "secs": "TS", "minute": "TM", "minutes": "TM", "min": "TM", "mins": "TM",
	"hour": "TH", "hours": "TH", "day": "D", "days": "D", "week": "W", "weeks": "W",
	"month": "M", "months": "M", "year": "Y", "years": "Y", "decade": "10Y", "decades": "10Y",
	"century": "100Y", "centuries": "100Y",
}

// changeVerbs before "from X to Y" make it a change, not a range ("rose
// from 3,000 to 4,000").
var changeVerbs = set("rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls",
	"fallen", "falling", "increased", "increase", "increases", "decreased", "decrease",
	"grew", "grow", "grown", "jumped", "climbed", "declined", "dropped", "cut", "raised",
	"reduced", "lowered", "went", "up", "down", "doubled", "slipped", "soared", "plunged",
	"raising", "raise", "raises", "cutting", "cuts", "lowering", "lower", "reducing", "reduce",
	"increasing", "decreasing", "boost", "boosted", "boosting", "hike", "hiked", "hiking",
	"slashed", "slashing", "trimmed", "surged", "tumbled", "sank", "shrank")

// pastVerbs are irregular past forms of change verbs, which a count may
// stand before without counting them ("the week to Oct. 9 fell to …").
var pastVerbs = set("fell", "rose", "grew", "went", "sank", "shrank")

// relativeAfter make a duration a point in time ("two days ago").
var relativeAfter = set("ago", "earlier", "later", "before", "after", "old")

// durationLead may introduce "a month", "a week" as a duration.
var durationLead = set("within", "for", "over", "after", "in", "than", "least", "under",
	"give", "gave", "given", "giving", "only", "just", "about", "around", "nearly", "almost", "roughly", "some")

// months and weekdays mark dates.
var months = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec")

// yearLead are words before a year used as a date ("in 2019", "since 2003").
var yearLead = set("in", "since", "by", "until", "till", "from", "of", "before", "after",
	"during", "early", "late", "mid", "the", "and", "to", "or", "through", "year", "summer",
	"winter", "spring", "autumn", "fall", "end", "start", "beginning", "around", "circa", "©", "copyright")

// labels precede a number that names rather than counts ("page 2",
// "Section 5", "No. 10", "Flight 370").
var labels = set("page", "pages", "p", "pp", "slide", "photo", "image", "picture", "chapter",
	"part", "section", "sections", "article", "articles", "clause", "paragraph", "item", "no",
	"number", "nr", "episode", "season", "vol", "volume", "edition", "step", "level", "grade",
	"round", "stage", "phase", "rule", "resolution", "room", "flight", "route", "gate",
	"platform", "box", "tel", "telephone", "phone", "fax", "ext", "suite",
	"apartment", "apt", "floor", "highway", "interstate", "track", "figure",
	"fig", "table", "appendix", "annex", "amendment", "decree",
	"version", "v", "release", "paragraphs")

// streets end an address ("10 Downing Street").
var streets = set("street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane",
	"ln", "way", "drive", "dr", "place", "pl", "square", "sq", "court", "ct", "terrace",
	"crescent", "close", "parkway", "highway", "row", "quay", "embankment", "strasse", "straße",
	"rue", "via", "plaza", "alley", "gardens", "hill", "walk")

// clockWords follow a time of day ("3 pm", "0600 GMT").
var clockWords = set("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "cet", "cest",
	"est", "edt", "pst", "pdt", "bst", "o'clock", "h", "hrs")

// capOK are capitalised words that may stand right before a counted
// number; any other capitalised word there names a model or a label
// ("Boeing 737", "Windows 10").
var capOK = set("about", "around", "some", "nearly", "almost", "roughly", "more", "over",
	"only", "just", "all", "up", "fewer", "less", "at", "between", "from", "with", "of", "to",
	"the", "and", "but", "by", "under", "another", "approximately", "exactly", "its", "their",
	"his", "her", "our", "those", "these", "that", "this", "then", "now", "for", "within",
	"after", "while", "when", "as", "an", "a", "estimated", "than", "least", "even", "still",
	"yet", "there", "here", "on", "in", "if", "since", "killed", "wounded", "said", "says",
	"we", "they", "he", "she", "it", "i", "you", "us", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "usd", "eur", "gbp", "chf", "jpy", "cny", "inr",
	"rub", "cad", "aud")

// stopNoun end the noun phrase after a number: function words and common
// verbs that follow a count ("5,000 troops will leave").
var stopNoun = set("a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "from",
	"by", "for", "with", "without", "into", "onto", "over", "under", "than", "as", "that",
	"which", "who", "whom", "whose", "this", "these", "those", "it", "its", "is", "are", "was",
	"were", "be", "been", "being", "will", "would", "shall", "should", "can", "could", "may",
	"might", "must", "have", "has", "had", "do", "does", "did", "not", "no", "so", "if", "then",
	"per", "each", "every", "said", "says", "say", "told", "left", "remain", "remained",
	"remains", "stay", "stayed", "stays", "leave", "leaves", "died", "die", "dies", "killed",
	"wounded", "injured", "went", "go", "goes", "came", "come", "comes", "were", "against",
	"during", "since", "until", "after", "before", "between", "among", "about", "around",
	"across", "through", "up", "down", "out", "off", "last", "next", "ago", "earlier", "later",
	"more", "less", "fewer", "most", "least", "all", "both", "such", "also", "only", "just",
	"still", "already", "now", "when", "where", "while", "because", "although", "though",
	"he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "our", "their", "his",
	"my", "your", "me", "there", "here", "what", "how", "why", "whether", "either", "neither",
	"nor", "yet", "too", "very", "against", "voted", "vote", "votes", "backed", "took", "take",
	"takes", "got", "get", "gets", "made", "make", "makes", "saw", "see", "sees", "set", "put",
	"joined", "marched", "gathered", "arrived", "returned", "according", "including", "ever",
	"again", "away", "back", "instead", "apiece", "each", "respectively", "overall", "in", "are")

// determiners may follow "N of" before the counted noun ("5,000 of its troops").
var determiners = set("its", "their", "the", "his", "her", "our", "these", "those", "them", "whom", "which", "my", "your")

// collectives hold an elided count ("a first batch of 1,000").
var collectives = set("contingent", "batch", "group", "wave", "total", "force", "team",
	"detachment", "tranche", "rotation", "unit", "convoy", "party", "squad", "column")

// holderPreps introduce the place or owner of what is counted.
var holderPreps = set("in", "from", "inside", "across", "within", "throughout", "at")

// notPlaces are capitalised words after "in" that are no holder.
var notPlaces = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "the", "a", "an", "total", "all", "his", "her",
	"their", "its", "our", "this", "that", "addition", "part", "order", "fact", "response",
	"spring", "summer", "autumn", "winter", "he", "she", "they", "it", "we", "i")
