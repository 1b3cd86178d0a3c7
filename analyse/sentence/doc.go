// Package sentence splits article text into sentences.
//
// It sits in the analyse stage of the pipeline (source → extract → analyse →
// stories → reconcile → store → report): extraction hands over an Article
// whose Text holds paragraphs separated by "\n\n", and Split gives the byte
// spans that fill Article.Sentences. Later analysers (quotes, entities,
// numbers, time expressions) and the reconciler work sentence by sentence.
//
// The splitter is rule-based and needs no model: a sentence ends at a line
// break, or at . ! ? … (with any closing quotes and brackets after them)
// followed by whitespace and something that can start a sentence: an
// upper-case letter, a digit, an opening quote or bracket, or a letter of a
// script without case. Lists of abbreviations in English, French, German
// and Spanish news text keep "Dr. Smith", "the U.S. Army", "No. 10" and
// "z.B. Berlin" in one sentence; for abbreviations that may also end a
// sentence ("Inc.", "U.S.", "p.m.", a single initial) the word that follows
// decides: a common sentence opener such as "The" or "He" ends the
// sentence, anything else continues it.
package sentence
