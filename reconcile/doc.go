// Package reconcile lines up what the articles of one story report: the
// figures, dates, statements and claims of each outlet, grouped into facts
// with a verdict (the sources agree, differ, or there is only one), the
// details only one outlet gives, and each outlet's part in the story.
//
// It sits after stories in the pipeline: Story reads a story's analysed
// articles (quantities, time expressions, quotes, copies) and the story's
// grouped quotes, and fills in Story.Facts, Story.Unique and
// Story.Coverage. It imports only the domain types.
//
// How facts are lined up:
//   - Independence. Copies (DuplicateOf chains) are one source. A sentence
//     relaying an outlet or agency ("told the Meridian Wire news agency",
//     "Reuters reported", "according to AFP", ", the agency said") counts
//     with the source it relays, never as a confirmation of it; the value
//     names it in Via and the fact's Note says so. A figure inside an
//     article's quote is attributed to its speaker (Attributed).
//   - Figures (quantity.go, align.go). Only figures of one unit class are
//     compared ("troops" and "soldiers"; "workers" and "dockworkers";
//     durations in days), by the words around them: the figure's clause
//     weighs most, the rest of the sentence less, each word by its rarity
//     in the story, with the verbs of news grouped ("withdraw", "leave",
//     "bring home"). Pairs are linked strongest first; a fact holds at most
//     one figure per article, so two measures of one article (all troops,
//     the first contingent) never meet. Figures dated differently in their
//     own clause ("on Tuesday morning", "by Wednesday") are different
//     measures. An incompatible pair needs closer context than a
//     compatible one, or to be each other's closest match, and to be at
//     most 1.6 times apart: precision matters more than recall. Some
//     figures are never rivals: those of a sentence listing three or more
//     counts or amounts (a box score: "548 rushing yards, 28 receptions
//     and 258 receiving yards"), a part ("two other victims", "three
//     more"), a figure written as a modifier of another noun ("the
//     20-yard line" against "nine yards"), and durations counted from
//     different events ("five months after the conviction", "five months
//     after Felt left"). Figures whose clauses qualify them with different
//     figures ("a seven-year deal worth $140 million", "an eight-year deal
//     worth $184 million") measure different things. A figure converted
//     in parentheses right after another ("1,150 kilometres (700 miles)",
//     "$US1 million ($1.52 million)") is that figure again, not a value of
//     its own; a compound duration ("4 minutes 48 seconds") is read whole.
//     A denied figure ("None of the teams has offered more than eight
//     years", "has not offered 300 million") is no value to contradict,
//     and neither is a figure its sentence counts again with a bare number
//     ("shot three co-workers, killing two"; "played 11 seasons and
//     coached for seven"): the sentence tells two measures apart, and
//     another source's figure may be either. Whose figure it is counts
//     (measure.go): a possessive heads it ("Dalk's 23 points", "Brandt's
//     record of 2,116 points"), and a figure held by someone else (its
//     clause's subject, or a sentence setting the holder's figure beside
//     it: "passing Brandt's mark") is not its rival; two holders never
//     agree. Counts of people with different outcomes next to them
//     (killed, injured, arrested, missing, eligible, voted) are different
//     measures, and so is a count with an outcome beside one whose
//     sentence names none, unless the figure is the same; so are poll
//     shares of different answers ("backed", "opposed", "undecided"). The
//     whole of a part ("five of Kell United's first eight points", "almost
//     all of the 2.5 million eligible") and a count given as a share of
//     another ("2.44 million, accounting for 88 percent of eligible
//     voters") are no one's rival; nor are a peak ("at one point as much
//     as 82 percent") and a figure of another moment, amounts for different
//     periods ("$5 trillion over the next decade", "a $6 trillion
//     budget", "per season"), or figures of a habitual sentence ("more
//     often than not ... the 20-yard line"). An open bound far from a
//     figure ("more than 50 percent", "90 per cent") does not confirm it.
//   - Revisions. A count given as a change ("the number of missing fell
//     to 18", "the death toll stood at nine") is read with the noun before
//     it. When an outlet's later article revises its own earlier figure
//     (or a copy of it), the pair may be further apart and dated
//     differently; the fact differs with the Note "revised: 31 people
//     (Atlas Press, 2026-03-10) → 18 missing (Atlas Press, 2026-03-11)".
//   - Verdict. Two figures are compatible when their bounds overlap; an
//     approximate figure is read to half its rounding step and at most 5%
//     ("about 5,200": 5,150–5,250; "roughly 5,000": 4,750–5,250), and the
//     Note names the tolerance that decided. Vote tallies ("187 votes to
//     41") are read as votes for and votes against. A figure written with
//     a scale word ("2.5 million", "$1 million") is rounded to its digits
//     like an approximate one, its ends left out (what rounds to 23 million
//     does not round to 22): "over 2.5 million" agrees with it.
//   - Dates (date.go). A calendar day attached to the same verb and actor
//     ("Varela announced on Saturday", "will meet on Thursday") across
//     sources; a time that names its day ("00:47 on Tuesday") counts by
//     its day, a bare "midnight" does not. An actor's act other than
//     speaking happens once, so its dates are compared on looser context
//     than statements, which are made every day. A date one day apart
//     from another is a minor difference: status differ, Note "one day
//     apart". The same weekday named by both sources and resolved to
//     different weeks is not a disagreement, with a clock time or
//     without ("at 11:59 p.m. Saturday", "Saturday"). The date of the page ("Last
//     updated") is not an event's, nor is a date spelling out the
//     article's own "today" ("announced today (14 October)"): articles
//     written on different days report different acts. A named actor's
//     date from one article is a single fact.
//   - Quotes (quote.go). From the story's grouped quotes: wordings in
//     quote marks that change a word ("completed" → "fulfilled") or lose
//     or gain a negation differ; a cut is not a change, nor is a
//     translation's wording (only its negations count). The same words
//     attributed to different speakers by different sources differ too.
//   - Quote wordings are compared after curly and straight apostrophes,
//     quote marks inside quotes, contractions ("I'm", "I am"), function
//     words ("the", "this"), inflections ("want", "wanted"), numbers in
//     words ("11th", "eleventh"), ordinals and abbreviated months ("Aug.
//     31", "August the 31st"), acronyms ("IE", "Internet Explorer"),
//     words an editor put in square brackets ("[the Act]"), a phrase said
//     twice ("we will not, we will not") and spellings ("neighbourhood")
//     are set aside; a negation counts over the whole wording, so one that moves
//     ("I didn't feel we were", "I feel we weren't") changes nothing.
//     Words put in different mouths differ only when the speakers are
//     surely different people: one named in full, the other named or one
//     person by office ("a spokesman for …"), sharing no name ("W. Mark
//     Felt" and "Mark Felt" are one); "police", "a statement" or an outlet
//     ("Anchorage Daily News") or a document ("updated CDC guidance") may be
//     anyone's channel. Each source must
//     name its speaker in its own attribution: a speaker reached through
//     "he said", "the officer said" or no attribution is the quote
//     finder's guess, the commonest false "who said" on real news. Neither
//     sentence may name the other's speaker ("said Zadan and Meron
//     jointly"), a speaker by office may not hold the other's office
//     ("Reid's rep", "the actress's rep Jack Ketsoyan"), and the shared
//     words must hold three content words: "as quickly as possible" is
//     anyone's. The words compared
//     are those in quote marks, whole or inside reported speech ("thanked
//     Veltrava for \"eleven years of solidarity\""); words put in three
//     mouths are one fact with three values.
//   - Claims (claim.go). A predicate some source negates ("not legally
//     binding", "non-binding") and another asserts about the same topic;
//     an assertion that is only possible or asked ("actions that could
//     harm", "whether it is likely", "to know which residents have been
//     vaccinated") asserts nothing. Inside quote marks
//     it is a quote fact.
//   - Stances (stance.go): claims that disagree without one negating the
//     other's word, each a fact only when both sides come from different
//     sources. A state and its opposite said of the same subject ("the
//     ceasefire is holding", "has collapsed"; open/closed,
//     accepted/rejected, confirmed/denied, alive/dead, intact/destroyed,
//     guilty/innocent; "failed" and "held" mean too much else). A deadline
//     ("within four weeks", "within a month": compatible, listed side by
//     side) against a statement that none was given ("gave no time
//     limit", "did not say when", "did not wish to advance a precise
//     calendar") about the same thing: the two sentences (with the one
//     before each) share a word of the deadline's clause. A thing said to
//     have no set length ("an open-ended strike", "an indefinite strike")
//     against the same thing given one ("a 72-hour stoppage"), the Note
//     saying when it may be extended. An article on both sides reports a
//     contrast and is left out.
//
// Keys name what a fact is about without repeating its kind: "troops —
// first contingent, Camp Halvard" (the counted noun, then the context
// words the sources share most, as written with a qualifier or a name
// whole), "Ana Varela: We have completed…", "Varela said", "Arrieta:
// resign", "whether the ceasefire is holding or collapsed", "deadline for
// the withdrawal", "length of the strike".
//
// Facts come differ first, then agree, then single; within each, the
// facts with the most independent sources first. The order does not depend
// on the order of the articles.
package reconcile
