// Package attribution finds attribution relations in an article's text —
// who (source) is reported by which words (cue) to have said or thought
// what (content) — with a sequence tagger trained on PolNeAR.
//
// It sits in the analyse stage beside analyse/quote: where quote finds
// quotes by rules, this package tags every token of a paragraph as
// source, cue, content or nothing (BIO labels, an averaged structured
// perceptron from internal/perceptron with Viterbi decoding) and groups
// the tagged spans into attributions around their cues. The trained model
// is embedded (model/attribution.bin.gz, described by model/manifest.json)
// and reproduced byte for byte by `parallax train quotes`.
package attribution
