// Package timeline builds the timeline of a story: the dated happenings its
// articles report, in date order, each with the articles that report it.
//
// It runs after the stories stage (source → extract → analyse → stories →
// timeline → reconcile → store → report) and reads what the analyse stage
// left on each article: its sentences and its time expressions. It imports
// no other stage.
//
// # Happenings
//
// Every DATE or TIME expression with a concrete value (2025, 2025-10,
// 2025-10-18, 2025-W42, 2025-10-18T06:00) marks its sentence as a dated
// happening. Underspecified values (XXXX-10-18, PAST_REF), durations and
// sets carry no date and are skipped. Within one sentence a coarser date
// that contains a finer one is dropped ("in October, on Saturday 18
// October"), and a TIME without a day of its own yields to a day DATE of
// the same sentence, since a bare clock time is resolved on the
// publication day.
//
// # Grouping
//
// Happenings with the same date at the same granularity are the same
// happening when their sentences are related: the cosine of their content
// words (names weigh double; stop words and date words left out) with the
// closest member of a group reaches 0.2. Unrelated sentences of the same day
// stay apart. Two day entries one day apart are merged when their sentences
// are near duplicates (cosine 0.45) and no article reports both; the merged
// entry keeps the date most independent articles give, the earlier on a
// tie. The disagreement stays visible in the entry's Dates: each date given,
// with the articles giving it (copies with the date of their original),
// most independent articles first, the earlier on a tie; Dates is empty
// when the sources agree. Flagging the disagreement is left to the
// reconciler; a source two or more days off keeps its own entry, so its
// date stays visible too.
//
// An entry's Summary is the sentence most similar to the other reports of
// it (the earliest published on a tie), without a wire dateline, trimmed
// to SummaryLen bytes at a word boundary. Its Actor is the name next to the
// sentence's first action or reporting verb, titles dropped ("Defence
// Minister Ana Varela announced" → "Ana Varela"), or "".
//
// Copies (Article.DuplicateOf naming another article of the story) add no
// happenings of their own: their ids are listed with every entry that their
// original reports, so one text never counts twice, neither for a date's
// majority nor as corroboration of a background date, but its reprints are
// still shown.
//
// # Background
//
// The story's span is its articles' publication dates widened by
// Window on either side. A happening whose period overlaps the span is
// kept. One wholly outside it ("troops have been there since 2014", "in
// 2016") is background, kept only when at least two independent articles
// report it. A sentence that gives a date inside the span drops the
// dates outside it that it also gives ("voted on Wednesday to revoke the
// 2014 Accord" is a happening of Wednesday only). With no dated article at
// all, every happening counts as inside.
//
// # Order
//
// An entry sorts at the last day its period covers, so a month or a week
// comes after the days it contains ("2025-10-18" before "2025-W42" before
// "2025-10" before "2025"); ties go to the finer granularity, then to the
// entry with more articles.
//
// # Cost
//
// Grouping compares a happening with at most the first 48 members of a
// group, so the work grows linearly with the story beyond that size.
//
// # Undated articles
//
// Anchor supplies a publication date for an undated article from its
// story. The pipeline is meant to use it only as the anchor (DCT) for
// re-running the time-expression finder on that article, so that "on
// Saturday" resolves, before Build; Article.Published stays zero, since
// it is never guessed.
package timeline
