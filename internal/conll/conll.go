// Package conll reads the CoNLL column format of CoNLL-2003: one token a
// line, its fields separated by white space (word, part of speech, chunk,
// entity tag), a blank line between sentences and a "-DOCSTART-" line
// before each document. The taggers trained on it (entities, parts of
// speech) and the corpus of unlabelled text each read the columns they
// need from what Read returns.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one sentence: each token's fields, the document it belongs
// to (0 before the first -DOCSTART-, then counting them), and the line of
// each token for error messages.
type Sentence struct {
	Rows  [][]string
	Lines []int
	Doc   int
}

// Read reads every sentence of r.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	doc := 0
	flush := func() {
		if len(cur.Rows) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{Doc: doc}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flush()
		case f[0] == "-DOCSTART-":
			flush()
			doc++
			cur.Doc = doc
		default:
			cur.Rows = append(cur.Rows, f)
			cur.Lines = append(cur.Lines, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	flush()
	return out, nil
}

// Column returns field k of every token of s, or an error naming the
// line of the first token that has no such field.
func (s Sentence) Column(k int) ([]string, error) {
	out := make([]string, len(s.Rows))
	for i, row := range s.Rows {
		if k >= len(row) {
			return nil, fmt.Errorf("conll line %d: no column %d", s.Lines[i], k+1)
		}
		out[i] = row[k]
	}
	return out, nil
}
