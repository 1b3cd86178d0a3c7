// Package quote finds attributions in an article's text — direct quotes
// in quote marks and reported speech — with their speakers resolved, and
// lines up the quotes of a story's articles across outlets.
//
// It sits in the analyse stage (source → extract → analyse → stories →
// reconcile → store → report): Find runs on one article after sentence
// splitting and entity tagging and fills Article.Quotes; Group runs on a
// story's articles once stories and copies are assigned and gives the
// story's Quotes and Speakers. Find needs no model: the rules read the
// tokens around quote marks and reporting verbs. FindWith also reads the
// attributions a trained tagger found (analyse/attribution, which its
// caller runs with the rules' attributions as hints, turned into
// relations by Attributions): the tagger's attributions of speech come
// first, their speakers resolved by the same resolver, and the rules'
// statements fill in where none of them stands (see FindWith). The
// pipeline calls FindWith on English text.
//
// # Find, in one article
//
// Direct quotes: straight and curly double quotes, a pair of apostrophes
// standing for a double mark (as newspaper archives write it), guillemets (« ») and
// low-high quotes („ “) are paired per paragraph; a paragraph that opens a
// quote and does not close it continues into the next paragraph when that
// one opens with a quote mark, or runs on to a lone closing mark a line or
// two later when an attribution follows it (text split one sentence per
// line). A mark with its space on the wrong side ("…, "Varela said.")
// closes when an attribution frame follows it. Each part between marks is one Quote, so
// that Text is always text[Span] without marks: a quotation broken by its
// attribution ("…," he said, "…") or running over paragraphs is several
// consecutive Quotes with the same speaker and cue. A part's speaker is
// found, in order: in the clause before it when it is introduced ("… told
// a rally that "…"", "Our source put it simply: "…""); in the frame after
// its closing mark ("…," Varela said / said Karel Dunst, the party's
// spokesman / », a déclaré X); in the clause before it (Varela called the
// vote "…"); through "according to"; through a paragraph ending in a
// colon; from the quotation it continues; from the quotation before it in
// its paragraph; from the quotation of the paragraph before when the part
// opens its paragraph (consecutive quote paragraphs of one speaker).
//
// Not statements: one word in quote marks (a term: "advisers"); two words
// with no speaker in their own clause; a title or name in Title Case with
// no speaker; anything right after a word like "novel", "titled",
// "so-called", "dubbed". A longer quotation with no speaker anywhere (a
// question in quotes, a quoted heading) is kept with Speaker "unknown".
//
// Reported speech, sentence by sentence: "X said (that) …", "X told
// reporters …" (the addressee is part of the cue, up to the statement's
// subject: "told the Post he's …"; what follows is a statement only as a
// clause, read by its parts of speech, a question or an instruction, not
// as an object: "told us her story"), "…, X said." and "…,
// said X." (trailing), "according to X, …", "X's statement read …" and
// "a statement from X said …" (the owner speaks), "a letter … informing
// them that …", "…, adding that …" (the speaker of the sentence's
// earlier cue, else its subject), "X
// disputes … and says …" (the clause's subject), "pointed out", "called
// for", reporting verbs of a lexicon with their inflections (lexicon.go),
// verbs of belief and finding only with "that" ("a poll found that"),
// "asked" only before a question word; verbs that more often report an
// action ("responded to the call", "charged with", "added six
// rebounds", "denied him") only with "that" or a quotation. A
// description headed by a happening ("the rioting underlined") speaks
// for no one, and "you know what they say" is no attribution. A negated cue ("did not say",
// "declined to say"), a passive one ("was announced", "demanded by") and
// a plural noun ("Beijing's demands") are none. A
// reported statement whose words are mostly a quotation (fewer than five
// words outside the marks) is left to its direct part; otherwise both are
// returned, the indirect Text keeping the marks. Text starts after "that"
// and ends before the sentence's final stop, a semicolon, or a later
// attribution in the same sentence ("X said A, but Y warned that B").
// Statements, their speakers and the clause before a quotation are read
// at most 250 tokens from the cue or mark, and pronouns and role nouns
// look back at most 200 mentions: news sentences are shorter, and text
// without full stops or paragraph breaks is then read in time linear in
// its length.
//
// Speakers: the phrase before the cue, past auxiliaries and adverbs
// ("has also said", "always said"), past an adjunct between commas ("X,
// in a statement, said"), "X, who …, said" whole, a restrictive "who"
// as written ("voters who say …": SpeakerText "who", resolved to the
// voters), through "X, who …", appositives between commas or
// dashes ("Marta Lind, 34, a nurse, said"), "of" phrases ("the Speaker of
// the Assembly"), after an inverted cue the whole description to the end
// of the frame ("…," said Lena Tork, a professor who studies shipping.); never the object of a preposition ("engineers who
// worked on the dam told"). Titles are split from names with a title lexicon
// ("US Defense Secretary Mark Esper" → Mark Esper, role "US Defense
// Secretary"; honorifics such as Mr and Ms are no role but give a gender);
// an appositive gives the role ("Karel Dunst, the party's spokesman") or
// the name ("the Speaker of the Assembly, Mirela Dost"). A title's
// domain is part of the role, never a person ("New York Gov. George
// Pataki"); capitalised words before a known first name are a title the
// lexicon lacks ("Librarian Ruth Amsel"); a title word after a first name
// is a surname ("Leonard King"). A surname ("Varela", "Ms Varela")
// resolves to the full name named in the article.
// A pronoun (he, she; they and it for institutions) resolves, in the
// nearest sentence before it that mentions a compatible person, to the
// one who speaks there or else the first one mentioned, within the
// current and three previous paragraphs. A surname alone is a mention of
// the one person named before with it ("Thompson was talking"), unless it
// stands after a preposition, as a modifier ("a Trump rally"), in an
// entity given as a place or an organisation, or in the pronoun's own
// sentence other than as its first word ("Asked what she would do if
// Clinton won, she said"). Gender comes from honorifics, earlier
// pronouns, and a first-name list (a final -a is a weak female sign used
// only to rule a pronoun out). A definite role noun ("the minister", "the
// defence minister", "the senator" for "Sen. Marcus Bell") resolves to the
// person with that role, most modifiers matched, nearest first, within the
// same distance — roles come from titles, appositives of any name
// ("Maria Lind, the team's head coach,"; "The president of Maravia,
// Joaquin Estrada,"), abbreviations ("Sen." for "the senator") and
// synonyms ("the prosecutor" for a District Attorney, never a defence
// attorney); "the statement" to whoever last spoke "in a statement";
// "the ministry", "the company" or "the airline" to the organisation
// named before with that noun, a company's suffix or a name of its kind
// ("Ministry of Agriculture", "Hollins Care Ltd", "Corvane Air"); a
// company's first word to the company ("Corvane" for Corvane Systems).
// A document from someone, and an unnamed spokesperson for them, speak
// for them ("a statement from the club", "a spokesman for the bank").
// People are known from the entities given (their Role and ID used) and
// from names in the text. What cannot be resolved is "unknown". Other
// institutions and descriptions stand for themselves ("the Kessarian
// foreign ministry", "a police spokesman", "Analysts in Orsenburg"); one
// person described ("a dock worker") is who "he" or "she" says next. Two
// names joined by "and" speak together: "Ambry and Alsop said" and "said
// Tomas Reyk and Anna Lind, who lead the union" are the speakers joined,
// each name resolved (after the cue the second must read as a person's:
// a first name or a title).
//
// # French, Spanish, Italian, Portuguese, German and Dutch
//
// FindLang reads a text in its language (Find reads English); Italian and
// Portuguese are read as Spanish is, with their own words ("ha detto",
// "secondo", "disse", "segundo"; Italian elisions split: "l'ambasciatore"),
// and Dutch as German is (a verb second, a participle last: "zei de
// minister", "heeft maandag gezegd dat", "aldus X", "volgens X"), its
// nouns in lower case. Each
// language has its own reporting verbs (with their participles, which
// report only after an auxiliary: "a déclaré", "ha dicho", "hat gesagt";
// "le départ, annoncé en octobre par …" reports nothing), articles,
// prepositions, titles, honorifics, pronouns and "according to" phrases
// (selon, d'après, según, laut, nach Angaben, and "so X" right after a
// quotation). Frames: «…», a déclaré X / a-t-elle déclaré / dit-il /
// avait-il expliqué; «…», dijo X / afirmó / ha afirmado (Spanish,
// Italian and Portuguese may leave the subject unwritten: the person
// named before speaks); „…“, sagte X / so X;
// "X a affirmé que …", "X dijo (a la prensa) que …", "X sagte, (dass) …",
// "Am Montag sagte X, …". French elisions and inverted pronouns are split
// into words ("l'Assemblée", "qu'il", "avait-il"). A title takes its
// domain before the name in these languages: in "la ministre de la
// Défense Ana Varela" and "el ministro de Exteriores Juan Ybarra" the
// capitalised words after the title's "de" are the domain, and the name
// starts at a known first name or is the last two words; German compound
// titles are read by their ending ("Verteidigungsministerin"), and
// German nouns, all capitalised, are names only outside titles and
// institutions. The article before a title gives a gender ("la
// ministre"), as German -in does. A run of capitalised words with no
// title is a German name only when it starts with a known first name or
// an entity marks it ("Viele Soldaten" is none). Particles belong to the
// name ("Bruno Le Maire", "Ursula von der Leyen"). A subject written
// after the cue may follow a time or an addressee ("dijo ayer el
// ministro", "a déclaré à la presse la ministre"); the addressee stays in
// the cue. "le", "la", "l'" before a verb after its subject are object
// pronouns ("Ana Varela le répète"). Pronouns (il, elle, él, ella, er,
// sie) and role nouns ("la ministre", "die Ministerin") resolve as in
// English; a plural verb ("sagten sie", "dijeron", "ont-elles déclaré")
// never resolves to one person.
//
// # Group, across a story
//
// Speakers meet across articles when their names are equal, share an
// entity id, or one is the surname (or a shorter form with the same first
// name) of the other — only when one full name in the story has that
// surname, or one shares its role. An unresolved role noun joins the one
// speaker the story gives that role. Statements meet when their speakers
// are the same and at least half of the shorter wording's content words
// (stems; names weigh 2, numbers 3) are in the other, sharing at least
// two; with an unknown speaker on either side, three quarters and four
// words. That tolerates a changed word, a cut, a split, an ellipsis and a
// close translation. Each article's exact wording is kept, copies
// included.
//
// Across languages (articles whose Language differs, read by primary
// subtag: "en-GB" is "en") words are not shared, so statements meet by
// anchors: numbers read as each language writes them ("5 000" and
// "5,000" are 5000, French "5,5" is 5.5) and the first six letters,
// accents dropped, of words of six letters or more (cognates:
// "défendu"/"defended"). The speaker's own names and the names that
// most of the story's articles write (its places and institutions) are
// no anchors: they are in every statement. Two statements of the same
// known speaker in different languages are one when they share two
// anchors or more making at least half of the smaller side's, and each
// is the other's only best match among that speaker's statements (or
// the wordings, in three languages or more, all match one another and
// nothing else as well); one shared word or number is not enough.
package quote
