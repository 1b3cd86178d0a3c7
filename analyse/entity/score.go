package entity

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Chunk is a typed span of tokens [Start, End).
type Chunk struct {
	Type       string
	Start, End int
}

// Chunks returns the chunks of an IOB2 tag sequence. An I- tag that does not
// continue a chunk of its type starts a new one, as conlleval does.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	open := -1
	typ := ""
	for i, t := range tags {
		prefix, ty, _ := strings.Cut(t, "-")
		startNew := prefix == "B" || (prefix == "I" && (open < 0 || ty != typ))
		if open >= 0 && (prefix == "O" || startNew) {
			out = append(out, Chunk{typ, open, i})
			open = -1
		}
		if startNew {
			open, typ = i, ty
		}
	}
	if open >= 0 {
		out = append(out, Chunk{typ, open, len(tags)})
	}
	return out
}

// Counts holds phrase-level counts for one type.
type Counts struct{ Correct, Guessed, Gold int }

// Precision, Recall and F1 are percentages.
func (c Counts) Precision() float64 { return pct(c.Correct, c.Guessed) }
func (c Counts) Recall() float64    { return pct(c.Correct, c.Gold) }
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Score holds conlleval-style phrase counts, overall and per type.
type Score struct {
	Overall Counts
	ByType  map[string]Counts
}

// Evaluate compares predicted with gold IOB2 tag sequences.
func Evaluate(gold, pred [][]string) Score {
	s := Score{ByType: map[string]Counts{}}
	for i := range gold {
		g, p := Chunks(gold[i]), Chunks(pred[i])
		for _, c := range g {
			t := s.ByType[c.Type]
			t.Gold++
			s.ByType[c.Type] = t
			s.Overall.Gold++
		}
		for _, c := range p {
			t := s.ByType[c.Type]
			t.Guessed++
			if slices.Contains(g, c) {
				t.Correct++
				s.Overall.Correct++
			}
			s.ByType[c.Type] = t
			s.Overall.Guessed++
		}
	}
	return s
}

// WriteTo prints a conlleval-like table.
func (s Score) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s %9s %9s %9s %6s %6s\n", "type", "precision", "recall", "F1", "gold", "guess")
	row := func(name string, c Counts) {
		fmt.Fprintf(&b, "%-8s %9.2f %9.2f %9.2f %6d %6d\n", name, c.Precision(), c.Recall(), c.F1(), c.Gold, c.Guessed)
	}
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		row(t, s.ByType[t])
	}
	row("overall", s.Overall)
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}
