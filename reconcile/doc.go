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
//     most 1.6 times apart: precision matters more than recall.
//   - Verdict. Two figures are compatible when their bounds overlap; an
//     approximate figure is read to half its rounding step and at most 5%
//     ("about 5,200": 5,150–5,250; "roughly 5,000": 4,750–5,250), and the
//     Note names the tolerance that decided. Vote tallies ("187 votes to
//     41") are read as votes for and votes against.
//   - Dates (date.go). A calendar day attached to the same verb and actor
//     ("Varela announced on Saturday") across sources. A date one day
//     apart from another is a minor difference: status differ, Note "one
//     day apart". The same weekday named by both sources and resolved to
//     different weeks is not a disagreement.
//   - Quotes (quote.go). From the story's grouped quotes: wordings in
//     quote marks that change a word ("completed" → "fulfilled") or lose
//     or gain a negation differ; a cut is not a change, nor is a
//     translation's wording (only its negations count). The same words
//     attributed to different speakers by different sources differ too.
//   - Claims (claim.go). A predicate some source negates ("not legally
//     binding", "non-binding") and another asserts about the same topic.
//     Inside quote marks it is a quote fact.
//
// Facts come differ first, then agree, then single; within each, the
// facts with the most independent sources first. The order does not depend
// on the order of the articles.
package reconcile
