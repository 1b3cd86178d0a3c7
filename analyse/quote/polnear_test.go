package quote_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/eval"
)

// TestPolNeARDev scores Find alone (the rules, no trained model) on the
// PolNeAR dev articles. The figures are logged; the floor only guards
// against a collapse.
func TestPolNeARDev(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "bench", "polnear", "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no PolNeAR data at %s", dir)
	}
	docs, err := eval.LoadPolNeAR(dir)
	if err != nil {
		t.Fatal(err)
	}
	e := eval.EvalAttributions(docs, func(text string) []eval.Attribution {
		return quote.Attributions(text, quote.Find(text, sentence.Split(text), nil))
	})
	var b strings.Builder
	eval.WriteAttributionTable(&b, []eval.AttributionRow{{Name: "analyse/quote rules", Eval: e}})
	t.Logf("PolNeAR dev, %d documents:\n%s", e.Docs, b.String())
	if _, _, f := e.All.Token[eval.RoleSource].PRF(); f < 0.2 {
		t.Errorf("source token F1 = %.3f, want ≥ 0.2", f)
	}
}
