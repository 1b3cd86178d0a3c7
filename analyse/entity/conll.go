package entity

import (
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax/internal/conll"
)

// Sentence is a tokenised sentence with IOB2 tags (tags may be nil when
// unlabelled).
type Sentence struct {
	Tokens []string
	Tags   []string
}

// ReadCoNLL reads CoNLL-format text: one token per line with the token in the
// first column and the NER tag in the last, blank lines between sentences,
// -DOCSTART- lines skipped. A sentence whose lines have a single column is
// untagged (Tags nil); one that mixes tagged and untagged lines is an
// error. Tags are converted from IOB1 to IOB2.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	sents, err := conll.Read(r)
	if err != nil {
		return nil, err
	}
	out := make([]Sentence, 0, len(sents))
	for _, s := range sents {
		words, _ := s.Column(0)
		tagged := 0
		for _, row := range s.Rows {
			if len(row) > 1 {
				tagged++
			}
		}
		var tags []string
		switch tagged {
		case 0:
		case len(s.Rows):
			tags = make([]string, len(s.Rows))
			for k, row := range s.Rows {
				tags[k] = row[len(row)-1]
			}
			tags = IOB2(tags)
		default:
			for k, row := range s.Rows {
				if len(row) == 1 {
					return nil, fmt.Errorf("conll line %d: missing tag", s.Lines[k])
				}
			}
		}
		out = append(out, Sentence{Tokens: words, Tags: tags})
	}
	return out, nil
}

// IOB2 converts IOB1 tags (I- starts a chunk unless it continues one of the
// same type) to IOB2 (every chunk starts with B-). IOB2 input is unchanged.
func IOB2(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		out[i] = t
		if typ, ok := strings.CutPrefix(t, "I-"); ok {
			if prev == "O" || prev[2:] != typ {
				out[i] = "B-" + typ
			}
		}
		prev = t
	}
	return out
}
