package entity_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/analyse/entity"
)

func TestReadCoNLLConvertsIOB1(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nI-X X X B-PER\n"
	got, err := entity.ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(got), 2; got != want {
		t.Fatalf("sentences=%d, want %d", got, want)
	}
	if want := []string{"B-ORG", "O", "B-MISC", "O"}; !slices.Equal(got[0].Tags, want) {
		t.Errorf("tags=%v, want %v", got[0].Tags, want)
	}
	if want := []string{"B-PER", "I-PER", "B-PER"}; !slices.Equal(got[1].Tags, want) {
		t.Errorf("tags=%v, want %v", got[1].Tags, want)
	}
}

func TestEvaluate(t *testing.T) {
	gold := [][]string{{"B-PER", "I-PER", "O", "B-LOC"}, {"B-ORG", "O"}}
	pred := [][]string{{"B-PER", "O", "O", "B-LOC"}, {"B-ORG", "O"}}
	s := entity.Evaluate(gold, pred)
	if got, want := s.Overall, (entity.Counts{Correct: 2, Guessed: 3, Gold: 3}); got != want {
		t.Errorf("overall=%+v, want %+v", got, want)
	}
	if got, want := s.ByType["PER"], (entity.Counts{Correct: 0, Guessed: 1, Gold: 1}); got != want {
		t.Errorf("PER=%+v, want %+v", got, want)
	}
	if got := s.Overall.F1(); got < 66.6 || got > 66.7 {
		t.Errorf("F1=%.2f, want 66.67", got)
	}
}

func TestChunksIOB1Continuation(t *testing.T) {
	got := entity.Chunks([]string{"I-LOC", "I-LOC", "I-PER", "O", "B-MISC", "B-MISC"})
	want := []entity.Chunk{{"LOC", 0, 2}, {"PER", 2, 3}, {"MISC", 4, 5}, {"MISC", 5, 6}}
	if !slices.Equal(got, want) {
		t.Errorf("Chunks=%v, want %v", got, want)
	}
}

func TestCountryOf(t *testing.T) {
	if got, ok := entity.CountryOf("Iraqi"); !ok || got != "Iraq" {
		t.Errorf("CountryOf(Iraqi)=%q,%v, want Iraq", got, ok)
	}
}

func TestFeaturesDeterministic(t *testing.T) {
	toks := strings.Fields("PRESIDENT CLINTON VISITS NEW YORK")
	a, b := entity.Features(toks), entity.Features(toks)
	for i := range a {
		if !slices.Equal(a[i], b[i]) {
			t.Fatalf("features differ at %d", i)
		}
	}
}
