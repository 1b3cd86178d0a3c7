package entity

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is a tokenised sentence with IOB2 tags (tags may be nil when
// unlabelled).
type Sentence struct {
	Tokens []string
	Tags   []string
}

// ReadCoNLL reads CoNLL-format text: one token per line with the token in the
// first column and the NER tag in the last, blank lines between sentences,
// -DOCSTART- lines skipped. Lines with a single column give untagged tokens.
// Tags are converted from IOB1 to IOB2.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			if cur.Tags != nil {
				cur.Tags = IOB2(cur.Tags)
			}
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flush()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flush()
			continue
		}
		cur.Tokens = append(cur.Tokens, f[0])
		if len(f) > 1 {
			cur.Tags = append(cur.Tags, f[len(f)-1])
		} else if cur.Tags != nil {
			return nil, fmt.Errorf("conll line %d: missing tag", line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	flush()
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
