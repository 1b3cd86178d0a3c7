// Package timex finds the time expressions of a text and normalises them as
// TimeML TIMEX3 values.
//
// It sits in the analyse stage of the pipeline (source → extract → analyse →
// stories → reconcile → store → report): Find reads an article's text and
// returns parallax.TimeExpr values (DATE, TIME, DURATION, SET) with byte
// spans, which the story timeline and the reconciler line up across outlets.
//
// The finder is a hand-written scanner over word tokens rather than a
// general date parser: news text is long and most words are not dates, so a
// cheap gate on the first word of each candidate keeps it fast, and rules
// that look at the neighbouring words keep verbs such as "may" and "march",
// ages ("52 years old"), rates ("$1.76 a year") and counts such as "2,019
// troops" out. Each rule (dates.go: dates in digits and words, weekdays,
// years, clock times, holidays; relative.go: relative words and units,
// quarters, durations, sets) reads an expression starting at a token, and
// the longest reading wins.
//
// Relative expressions are anchored on the document creation time (DCT):
// weekday names refer to the most recent such day on or before it unless
// the clause speaks of the future ("will meet on Thursday", "is scheduled
// for Saturday", "invited both sides to meet … on Thursday", "has called
// talks on Thursday", "warned of storms on Thursday", "faces a vote on
// Thursday", "a warning for Thursday"; "had been scheduled" and "was
// supposed to" are past, "since Thursday" always); a clock time takes the day written after it ("midnight on
// Monday", "10 p.m. EDT Wednesday") or else a full date just before it in
// the sentence; a month without a year is
// the latest one up to about ten weeks after the DCT. With no DCT nothing is
// invented: the year, and whatever else is unknown, is written as X in the
// value ("XXXX-10-22", "XXXX-WXX-1").
//
// Values follow the TimeBank conventions where TimeML leaves a choice:
// "Friday night" is the DATE of that Friday, decades of years are "199",
// durations of decades P10Y, "the quarter" is the quarter last spoken of.
package timex
