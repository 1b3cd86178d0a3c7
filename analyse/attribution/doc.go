// Package attribution finds attribution relations in an article's text —
// who (source) is reported by which words (cue) to have said, thought or
// shown what (content) — with a sequence tagger trained on PolNeAR.
//
// It sits in the analyse stage beside analyse/quote: where quote finds
// quotations by rules, this package tags every token of a paragraph as
// part of a source, a cue, a content or nothing, and groups the tagged
// spans into attributions around their cues.
//
// How it works:
//
//   - Text is cut into paragraphs (at blank lines) and tokens (words with
//     their inner apostrophes, hyphens and periods; every other mark
//     alone; "’s" and "n’t" split off), each with its byte offsets.
//   - Each sentence's words get their parts of speech (internal/postag,
//     trained on CoNLL-2003), so that a verb outside the lexicon can be a
//     cue and a source is seen as the noun phrase next to one.
//   - Each token gets the role that hints give it: the attributions
//     Parallax's quote rules (analyse/quote) find in the text, precise
//     where quotation marks and reporting verbs make them plain. The
//     tagger learns when to trust them (see hints.go).
//   - A first averaged structured perceptron (internal/perceptron, Viterbi
//     over BILOU labels of SRC, CUE and CON) tags a paragraph from the
//     words and parts of speech around each token, a lexicon of reporting
//     words (speech, thought, evidence, "according to"), whether the
//     token is inside a quotation, and where it stands in its sentence and
//     towards the sentence's nearest reporting word (before or after it,
//     how far, whether only a noun phrase or a verb lies between).
//   - A second perceptron re-tags the paragraph seeing, besides part of
//     those features, the first pass's tags around each token and where
//     its nearest cue is. It is trained on first-pass tags of models that
//     did not see the paragraph (two folds), as it meets them in use.
//   - Each cue chunk makes an attribution; a content chunk joins the cue
//     next to it (`"A," she said, "B."` gives one attribution with two
//     content segments), a source chunk the nearest cue of its sentence;
//     a paragraph that opens with a quote mark continues a quotation the
//     previous paragraph left open.
//
// The trained model is embedded (model/attribution.bin.gz, described by
// model/manifest.json with its sha256 and scores) and reproduced byte for
// byte by `parallax train quotes`; `parallax eval quotes` scores it on the
// PolNeAR dev articles. A Model is safe for concurrent use.
package attribution
