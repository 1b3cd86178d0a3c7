// Package quantity finds the counts, amounts, shares and durations that news
// text states: "about 5,200 US troops", "$3bn", "two-thirds", "within four
// weeks".
//
// It sits in the analyse stage of the pipeline (source → extract → analyse →
// stories → reconcile → store → report): Find reads an Article's Text
// sentence by sentence and fills Article.Quantities, which the reconciler
// lines up across outlets ("5,000 troops" here, "about 5,200 soldiers"
// there). Time expressions are package timex's.
//
// Find is a hand-written scanner: each sentence is tokenised once, and at
// each token a small grammar tries to read a quantity:
//
//	[hedge or bound] [currency] number [scale] [range end] [unit or noun phrase]
//
// Numbers are digits ("1,000", "5.2", "5,2" as a decimal comma, "5 000" with
// a no-break or thin space), words
// ("four", "twenty-five", "a dozen", "a thousand", "half a million"),
// fractions ("two-thirds", "a quarter of": Unit "percent", Value 66.67…),
// mixed fractions ("2 1/2 years": 2.5) and
// vague counts ("hundreds of", "several hundred": Approx, Low and High span
// the words' range). Ranges are "3,000 to 4,000", "20-30", "between 20 and
// 30", "two to three million" (the scale is shared), and shares with the
// unit on both ends ("40% to 70%", "between 40 per cent and 70 per cent");
// a second figure no larger than the first ("187 to 41", "43 percent to 41
// percent") is a tally, read as two quantities, and so is a pair of shares
// after a name ("trails Mirov 38% to 55%"). After a change verb ("rose
// from 3,000 to 4,000", or "fell 34,000 to 444,000" where the second figure
// is over three times the first) the figures are a change and the level it
// reached, also read one by one.
//
// # Other languages
//
// FindLang takes the article's language (an ISO 639-1 code; Find is
// FindLang with none, which reads English). For German, French, Spanish,
// Italian, Portuguese and Dutch (lang.go) it reads digits the continental
// way — "1.250" is 1250, "3,5" is 3.5, "1.250,75" is 1250.75, and a plain
// space groups thousands ("5 000", "1 250 000") as well as the no-break
// and thin spaces every language accepts — and adds a compact table per
// language: hedges and bounds ("environ", "près de", "plus de", "unos",
// "alrededor de", "más de", "etwa", "rund", "mehr als", "über"), scales
// ("milliard", "mil millones", "Milliarden"), number words up to fifty
// ("neuf", "trente", "nueve"; not "un", "uno", "ein", which are also
// articles), percent words ("pour cent",
// "por ciento", "Prozent"), time units ("jours", "días", "Tage"; "il y a
// 3 jours", "hace 3 días", "vor 2 Jahren" are points in time, and "de 71
// años" or "Anton Greve, 71 ans," ages, not durations), months (so "14 mars" and "14. März" are dates) and the
// counted nouns news uses most, with the canonical unit of their English
// counterpart: "soldats", "militaires", "soldados", "Soldaten" →
// "personnel"; "personnes", "personas", "Menschen" → "people";
// "conseillers", "asesores", "Militärberater" → "adviser"; "morts",
// "muertos", "Tote" → "dead". "1,2 million de personnes" and "1,2 milliard
// d'euros" read through the "de". German nouns are capitalised, so there a
// capitalised word after a number may be the counted noun, and in every
// other language a capitalised word that opens the sentence before a
// number ("Llegaron 1.250 personas") names no model. English words
// are read in every language; a language without a table reads English.
//
// A vote tally gives its two figures as two bare quantities in every form
// ("187 to 41", "187 votes to 41", "187-41", "187 voix contre 41"); the
// reconciler reads them as votes for and against.
//
// # Fields
//
// Value is the stated number, scaled ("5.2 million" → 5200000); for a range,
// its lower end. Low and High follow from the wording:
//
//   - exact: Low = High = Value; a range: Low = Value, High = its upper end.
//   - about, around, approximately, roughly, some, an estimated, circa:
//     Approx, Low = 0.9 × Value, High = 1.1 × High.
//   - nearly, almost, close to, just under: Approx, Low = 0.9 × Value, High = Value.
//   - more than, over, above, at least, upwards of, in excess of: Low = Value,
//     High = +Inf (not Approx: a bound, not a hedge).
//   - up to, fewer than, less than, under, below, at most, as many as,
//     within (before a duration): Low = 0, High = Value.
//   - "over" before a duration reads as "during" ("over eleven years"): exact.
//
// Unit is canonical so that outlets can be compared: "troops", "soldiers",
// "service members", "personnel", "forces", "marines" → "personnel";
// "people", "persons", "residents", "civilians", "citizens" → "people";
// currencies → ISO 4217 codes ("$" → "USD", "€" → "EUR", "pounds" → "GBP",
// and by the country letters written with the dollar sign: "A$" and "$A" →
// "AUD", "C$" → "CAD", "NZ$" → "NZD", "HK$" → "HKD", "S$" → "SGD", "US$"
// and "$US" → "USD", "R$" → "BRL"; "Rs" → "INR", with the scales "lakh"
// and "crore"),
// or the singular name of a currency without one ("marks" → "mark"); "%",
// "percent", "per cent", "pc" → "percent"; "percentage points" → "percentage
// point"; measures → a short symbol ("kilometres" → "km", "tonnes" →
// "tonne"); other nouns → their lower-case singular ("advisers" →
// "adviser", "men" → "man"). A glued "m" is a million after a currency or
// before a plural ("$40m", "1.2m people") and metres otherwise ("40m").
// A bare count has no Unit, except when its noun is left out after a
// collective or before "of them" ("a first batch of 1,000", "300 of them"):
// it takes the unit of the nearest counted quantity of the sentence.
//
// A duration or deadline ("four weeks", "within a month", "a five-day
// ceasefire", "72-hour stoppage") has Value in the stated unit and Unit the
// ISO 8601 duration of Value: "P4W", "P1M", "P5D", "PT72H"; "two decades"
// is "P20Y" with Value 2. Counted holds the unit word as written ("weeks").
// For a range of durations, High is in the same stated unit. A duration
// followed by "ago", "earlier", "later", "before" or "after" is a point in
// time, "45-year-old" an age and "3 min read" boilerplate: none is a
// quantity.
//
// Counted is the head noun as written ("troops", "service members"),
// Modifiers the words between the number and the head ("US", "military"),
// and Holder the place or owner the sentence gives: a possessive before the
// quantity ("Iraq's 5,000 troops") or a capitalised name after "in", "from",
// "at", "inside", "across" before the next punctuation or number ("troops
// in Iraq", "the Port of Brennick"), or after "leave" when no preposition
// gives one; "bought from X" names an origin and gives none. A compound
// ("240-seat", "5,000-strong force") counts the word after the hyphen, or
// the noun after "strong". Without a
// tagger, the head is the first plural-looking or known noun within four
// words of the number; function words and common verbs end the search.
//
// # What is not a quantity
//
// Dates ("October 22, 2019", "22 Oct", "22/10/2019", "2019-10-22"), times
// of day ("3:15 pm", "06:00", "0600 GMT"), years used as dates ("in 2019",
// "since 2003", "the 1990s", "2014-15"), phone numbers ("+44 20 7946 0958",
// "(555) 123-4567", "555-0199"), street addresses ("10 Downing Street"),
// page counters and labels ("page 2 of 5", "1/3", "Section 5", "No. 10",
// "§ 12", "Flight 370"), ordinals ("the third day", "2nd"), model names
// ("F-16", "Boeing 737", "A320", "COVID-19"), identifiers (five or more
// digits without separators and no noun after them: "19980216"), an age
// after a name ("Mara Lind, 35,") and the pronoun "one" ("one of the
// most…", "no one") are skipped as a whole, so that their parts are not
// read again. In a headline-style sentence, where most words are
// capitalised, a capitalised word before a number is not taken for a
// model name. A four-digit figure between 1500 and 2100 is a year unless a
// currency, scale, percent sign or plural noun makes it a count ("1500
// people"), and even then when "in", "since", "by" and the like precede it.
//
// FindLang makes one pass over the text: a token buffer, lower-case copies of
// capitalised words and its results are all it allocates. It reads about
// 4,000 articles of 5 KB per second on one core (BenchmarkFind).
package quantity
