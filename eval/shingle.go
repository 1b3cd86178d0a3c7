package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// shingleSize is the n of the word n-grams AEB compares.
const shingleSize = 4

// ShingleScore compares a predicted article body with the true one the way
// the AEB evaluate.py does: both texts become multisets of word 4-gram
// shingles, precision is the share of predicted shingles that are true and
// recall the share of true shingles that were predicted (multiset counts).
//
// Words are runs of Unicode letters, numbers and underscores, the `\w+` of
// Python's re, case kept. A text of fewer than four words is one shingle of
// all its words; a text with no words has no shingles. When a denominator
// is zero the value is 0, except that two texts without words agree
// perfectly (1, 1): an empty prediction for an empty page is right.
func ShingleScore(truth, pred string) (precision, recall float64) {
	ts, ps := shingles(truth), shingles(pred)
	if len(ts) == 0 && len(ps) == 0 {
		return 1, 1
	}
	var tp, nt, np int
	for s, n := range ts {
		nt += n
		tp += min(n, ps[s])
	}
	for _, n := range ps {
		np += n
	}
	// tp+fp is the size of pred and tp+fn the size of truth.
	if np > 0 {
		precision = float64(tp) / float64(np)
	}
	if nt > 0 {
		recall = float64(tp) / float64(nt)
	}
	return precision, recall
}

// shingles returns the multiset of word 4-grams of text.
func shingles(text string) map[string]int {
	words := tokenize(text)
	if len(words) == 0 {
		return nil
	}
	if len(words) < shingleSize {
		return map[string]int{strings.Join(words, " "): 1}
	}
	out := make(map[string]int, len(words)-shingleSize+1)
	for i := 0; i+shingleSize <= len(words); i++ {
		out[strings.Join(words[i:i+shingleSize], " ")]++
	}
	return out
}

// tokenize returns the `\w+` matches of text. Python's \w is letters,
// numbers and the underscore; combining marks are not part of it.
func tokenize(text string) []string {
	var words []string
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words = append(words, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, text[start:])
	}
	return words
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}
