package attribution

import (
	"fmt"
	"testing"

	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/internal/perceptron"
)

// Every feature hashed from its parts must hash as its written-out name.
func TestFeatureHashesMatchNames(t *testing.T) {
	texts := []string{
		"Interior Minister Talia Varn said on Monday that the Orvenian border would reopen within a week.",
		"“We are ready,” Aldo Pech, the port’s director, told reporters. “The ferries will sail.”\n\nThe harbour was quiet.",
		"According to the ministry, 3,000 troops remain. Officials believe the talks will fail, a spokesman said.",
	}
	tags := []string{"O", "B-SRC", "L-SRC", "U-CUE", "B-CON", "I-CON", "L-CON"}
	check := func(named, hashed *featureSet) {
		t.Helper()
		if len(hashed.hashes) != len(named.ends) {
			t.Fatalf("%d hashes, %d names", len(hashed.hashes), len(named.ends))
		}
		for k, h := range hashed.hashes {
			name := string(named.feature(k))
			if want := perceptron.Hash(0).Then(perceptron.PieceOf(name)); h != want {
				t.Errorf("feature %q: hash from parts %d, from name %d", name, h, want)
			}
		}
	}
	for _, text := range texts {
		for _, pr := range paragraphs(text) {
			p := newParagraph(tokenize(text, pr[0], pr[1], nil), hintRoles(len(text), eval.RuleAttributions(text), nil))
			named, hashed := &featureSet{}, &featureSet{hashing: true}
			p.buildFeatures(named)
			p.buildFeatures(hashed)
			check(named, hashed)
			tg := make([]string, len(p.toks))
			for i := range tg {
				tg[i] = tags[i%len(tags)]
			}
			p.buildStack(tg, named)
			p.buildStack(tg, hashed)
			check(named, hashed)
		}
	}
}

// A model whose perceptrons could not hash pieces (HashPieces refused)
// finds by the features' written-out names what it finds by hashes.
func TestFindByNamesAsByHashes(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !m.pieces {
		t.Fatal("the default model does not hash pieces")
	}
	byNames := *m
	byNames.pieces = false
	for _, text := range []string{
		"Interior Minister Talia Varn said on Monday that the Orvenian border would reopen within a week.",
		"“We are ready,” Aldo Pech, the port’s director, told reporters. “The ferries will sail.”\n\nThe harbour was quiet.",
		"According to the ministry, 3,000 troops remain. Officials believe the talks will fail, a spokesman said.",
	} {
		hints := eval.RuleAttributions(text)
		if got, want := fmt.Sprint(byNames.Find(text, hints)), fmt.Sprint(m.Find(text, hints)); got != want || want == "[]" {
			t.Errorf("%q: by names %s, by hashes %s", text, got, want)
		}
	}
}
