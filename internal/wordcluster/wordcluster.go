// Package wordcluster groups words that occur in like contexts, learnt
// from unlabelled news text, so that taggers trained on a few hundred
// articles can treat a word they never saw in training like the words of
// its cluster: "lambasted" like "criticized", "Kessarian" like the other
// nationalities.
//
// A word is described by the words seen just before and just after it
// (the most frequent words of the text, weighted by positive pointwise
// mutual information); words are grouped by spherical k-means at two
// granularities, a coarse and a fine one. Everything is deterministic:
// the same text gives the same clusters.
//
// The clusters are embedded (model/clusters.txt.gz, described by
// model/manifest.json) and reproduced by `parallax train clusters`.
package wordcluster

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/wordform"
)

// Clusters maps words (lower-cased, digits as 0) to their coarse and fine
// cluster names.
type Clusters struct {
	words map[string]pair
}

type pair struct{ coarse, fine string }

// Of returns the coarse and fine cluster names of a word as a tagger
// writes it (any case); "-" for a word not clustered.
func (c *Clusters) Of(word string) (coarse, fine string) {
	if c == nil {
		return "-", "-"
	}
	return c.OfNormal(Normalize(word))
}

// OfNormal is Of for a word already in the form Normalize gives. A word
// ending in a period is looked up without it when it is not clustered
// with it ("mr." and "u.s." as tokenisers keep them).
func (c *Clusters) OfNormal(word string) (coarse, fine string) {
	p, ok := c.words[word]
	if !ok && len(word) > 1 && word[len(word)-1] == '.' {
		p, ok = c.words[word[:len(word)-1]]
	}
	if !ok {
		return "-", "-"
	}
	return p.coarse, p.fine
}

// Len is the number of words clustered.
func (c *Clusters) Len() int { return len(c.words) }

// Normalize is the form under which a word is clustered: lower case,
// digits as 0, typographic apostrophes as ASCII.
func Normalize(word string) string {
	if wordform.IsASCII(word) {
		return wordform.NormDigits(string(wordform.AppendLower(nil, word)))
	}
	return wordform.NormDigits(strings.ToLower(strings.ReplaceAll(word, "’", "'")))
}

// Words splits text into the words clustering counts, the way news
// taggers tokenise (Penn Treebank style): runs of letters and digits with
// inner apostrophes, hyphens and periods, and commas between digits
// ("5,000"); "'s" and "n't" split off as words of their own.
func Words(text string) []string {
	var out []string
	start := -1
	rs := []rune(text)
	inner := func(i int) bool {
		r := rs[i]
		if i == 0 || i+1 >= len(rs) || !isWordRune(rs[i-1]) || !isWordRune(rs[i+1]) {
			return false
		}
		return r == '\'' || r == '’' || r == '-' || r == '.' || r == ',' && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1])
	}
	emit := func(w string) {
		w = Normalize(w)
		for _, clitic := range []string{"'s", "n't"} {
			if stem, ok := strings.CutSuffix(w, clitic); ok && stem != "" {
				out = append(out, stem, clitic)
				return
			}
		}
		out = append(out, w)
	}
	for i, r := range rs {
		in := isWordRune(r) || (start >= 0 && inner(i))
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			emit(string(rs[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		emit(string(rs[start:]))
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
