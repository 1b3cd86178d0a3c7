package conll_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/conll"
)

func TestRead(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nVarela NNP I-NP I-PER\nspoke VBD I-VP O\n\n\nShips NNS I-NP O\n-DOCSTART- -X- O O\n\nKessaria NNP I-NP I-LOC\nlonely\n"
	s, err := conll.Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 3 {
		t.Fatalf("%d sentences, want 3: %+v", len(s), s)
	}
	words, _ := s[0].Column(0)
	tags, _ := s[0].Column(3)
	if !slices.Equal(words, []string{"Varela", "spoke"}) || !slices.Equal(tags, []string{"I-PER", "O"}) {
		t.Errorf("first sentence %v %v", words, tags)
	}
	if s[0].Doc != 1 || s[1].Doc != 1 || s[2].Doc != 2 {
		t.Errorf("documents %d %d %d, want 1 1 2", s[0].Doc, s[1].Doc, s[2].Doc)
	}
	if _, err := s[2].Column(1); err == nil || !strings.Contains(err.Error(), "line 11") {
		t.Errorf("a token without a second column: %v", err)
	}
}
