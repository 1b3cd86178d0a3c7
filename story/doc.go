// Package story finds copies and groups articles into stories.
//
// It sits after analysis in the pipeline:
//
//	source → extract → analyse → stories → reconcile → store → report
//
// An Index takes articles a batch at a time (Add is a batch of one) and
// decides for each whether it copies an earlier article and which story
// it belongs to. It is pure and in memory: a store keeps it between runs
// through MarshalBinary and UnmarshalBinary.
//
// Copies are found with MinHash signatures over 5-word shingles of the
// normalised text (quotes, apostrophes and number formats folded), and
// LSH banding to find the candidates; the estimated containment of the
// new text in an earlier one decides. A copy joins its original's story.
//
// Stories are found online. Each article becomes a TF-IDF vector over
// stemmed content words (Snowball, for the languages it has), names
// (capitalised words inside sentences, unstemmed and without accents, so
// that they match across languages), multi-word names, numbers in one
// form ("5,000" and "5 000" are "5000") and calendar days; headline terms
// count double, and document frequencies grow as articles arrive. The
// article is compared with candidate stories found through an inverted
// index over the heaviest terms of their centroids, never with all of
// them, and joins the most similar when the cosine, decayed with the time
// between the article and the story, reaches the threshold; otherwise it
// starts a story. Across languages only the language-free terms count.
//
// The decay depends on what the two share. It is fast (halved every 30
// hours) by default: a report a day or more after a story that shares its
// subject words but few of its particulars is most often the next
// development ("the council votes for an inquiry", then "a judge will lead
// the inquiry"), a story of its own. When the two share several specific
// details (eight or more names, numbers or dates), the later one is
// taken as a late report of the same event and the decay is slow (halved
// every 60 hours), so an outlet that covers an event two days late still
// joins it. The same rule decays the similarity of two stories.
//
// A batch is assigned in a canonical order, so its order of arrival does
// not matter, and gets two more passes: stories it started that hold two
// events (two groups of articles much less alike across than within) are
// split (also where a gap in time, decayed faster than the slow decay of
// a join, cuts them in two such groups: the next day's story on the same
// subject), and stories it started that are one event with another story
// are merged. Last, the pieces of one or two articles it leaves are paired
// with each other, within the batch, at a fraction of the threshold when
// they come from one news cycle: outlets that tell one event in different
// words leave it in such pieces.
// Stories of earlier batches may grow but never lose an article.
//
// Stories whose events are related but different (the same actors and
// places, another happening) are kept apart by the time window and the
// decay, and listed in each other's Related.
package story
