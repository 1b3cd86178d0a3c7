// Package language detects the language of an article body.
//
// It is a leaf under internal/: extraction calls Detect to fill
// Article.Language when the source did not say, and the analysers use the
// code to pick their word lists.
//
// Detection works in two steps. Scripts used by one supported language
// decide at once: Hangul is Korean, kana is Japanese, Han without kana is
// Chinese, and Greek, Hebrew and Devanagari letters give Greek, Hebrew and
// Hindi. Text in Latin, Cyrillic or Arabic script goes to a lingua-go
// detector restricted to the major news languages in those scripts and
// run in low-accuracy mode, which keeps only trigram models in memory (see
// detector.go for the figures behind that choice). Only the first few
// thousand bytes are read.
package language
