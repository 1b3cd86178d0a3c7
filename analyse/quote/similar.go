package quote

import (
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// Word weights in a bag: numbers and names say most about which
// statement a wording is.
const (
	weightWord   = 1.0
	weightName   = 2.0
	weightNumber = 3.0
)

// bag is a wording's content words as stems, with weights.
type bag struct {
	w      map[string]float64
	total  float64
	n      int // words, stop words included
	common int // content words that are neither names nor numbers
}

// stopWords carry no content. Negations are kept: "regrettable but not
// unexpected" and "regrettable and unexpected" differ in them.
var stopWords = set("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
	"for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been",
	"being", "it", "its", "this", "that", "these", "those", "we", "our", "us", "i",
	"me", "my", "you", "your", "he", "him", "his", "she", "her", "they", "them",
	"their", "have", "has", "had", "will", "would", "shall", "should", "can",
	"could", "may", "might", "must", "do", "does", "did", "so", "than", "then",
	"there", "here", "what", "which", "who", "whom", "whose", "when", "where",
	"while", "if", "into", "about", "up", "out", "over", "also", "just", "very",
	"all", "any", "some", "such", "own", "same", "other", "more", "most",
	"le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "au", "aux",
	"en", "par", "pour", "que", "qui", "nous", "notre", "nos", "sa", "son", "ses")

// newBag reads the content words of s. stems keeps the stems found so
// far (a story's quotes share most of their words, and stemming is
// most of the cost).
func newBag(s string, stems map[string]string) bag {
	b := bag{w: map[string]float64{}}
	first := true
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != ',' && r != '.'
	}) {
		f = strings.Trim(f, ",.'’")
		if f == "" {
			continue
		}
		b.n++
		low := lowerWord(f)
		low = strings.TrimSuffix(low, "'s")
		if stopWords[low] {
			first = false
			continue
		}
		weight := weightWord
		r := []rune(f)[0]
		key := low
		switch {
		case unicode.IsDigit(r):
			weight = weightNumber
			key = strings.NewReplacer(",", "", " ", "").Replace(low)
		default:
			if unicode.IsUpper(r) && !first {
				weight = weightName
			}
			key = stem(low, stems)
		}
		first = false
		if _, ok := b.w[key]; !ok {
			b.w[key] = weight
			b.total += weight
			if weight == weightWord {
				b.common++
			}
		}
	}
	return b
}

// stem returns the stem of the lower-case word w through the cache.
func stem(w string, stems map[string]string) string {
	st, ok := stems[w]
	if !ok {
		st = english.Stem(w, false)
		stems[w] = st
	}
	return st
}

// containment returns the weighted share of the smaller bag's words found
// in the other, and how many distinct words they share. Names and
// numbers count only beside common words: the words a story's statements
// all share (its places and people) do not make two statements one, so
// the shared count is zero unless they share common words too — two, or
// all of the smaller wording's common words when it has fewer.
func (b bag) containment(o bag) (float64, int) {
	small, big := b, o
	if o.total < b.total {
		small, big = o, b
	}
	if small.total == 0 {
		return 0, 0
	}
	shared, n, common := 0.0, 0, 0
	for k, w := range small.w {
		if _, ok := big.w[k]; ok {
			shared += w
			n++
			if w == weightWord {
				common++
			}
		}
	}
	if common < min(2, small.common) || small.common == 0 && small.total < 4 {
		n = 0
	}
	return shared / small.total, n
}
