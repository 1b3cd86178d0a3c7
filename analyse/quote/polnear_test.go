package quote_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/eval"
)

// asAttributions turns Find's quotes into PolNeAR attribution relations:
// the parts of one quotation (same speaker and cue spans) become one
// relation with a discontinuous content; a direct part inside a reported
// statement of the same cue is left to that statement.
func asAttributions(text string, qs []parallax.Quote) []eval.Attribution {
	var out []eval.Attribution
	index := map[[2]parallax.Span]int{}
	for _, q := range qs {
		key := [2]parallax.Span{q.SpeakerSpan, q.CueSpan}
		if i, ok := index[key]; ok && q.Cue != "" {
			last := out[i].Content[len(out[i].Content)-1]
			if q.Span.Start < last.End {
				continue // inside the reported statement
			}
			out[i].Content = append(out[i].Content, q.Span)
			continue
		}
		a := eval.Attribution{Content: []parallax.Span{polnearContent(text, q)}}
		if q.SpeakerText != "" {
			a.Source = []parallax.Span{q.SpeakerSpan}
		}
		if q.Cue != "" {
			a.Cue = []parallax.Span{q.CueSpan}
		}
		index[key] = len(out)
		out = append(out, a)
	}
	return out
}

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
		return asAttributions(text, quote.Find(text, sentence.Split(text), nil))
	})
	var b strings.Builder
	eval.WriteAttributionTable(&b, []eval.AttributionRow{{Name: "analyse/quote rules", Eval: e}})
	t.Logf("PolNeAR dev, %d documents:\n%s", e.Docs, b.String())
	if _, _, f := e.All.Token[eval.RoleSource].PRF(); f < 0.2 {
		t.Errorf("source token F1 = %.3f, want ≥ 0.2", f)
	}
}

// polnearContent widens a statement to PolNeAR's convention: a reported
// statement's content starts with its "that".
func polnearContent(text string, q parallax.Quote) parallax.Span {
	sp := q.Span
	before := strings.TrimRight(text[:sp.Start], " ")
	if q.Kind == parallax.Indirect && strings.HasSuffix(before, " that") {
		sp.Start = len(before) - len("that")
	}
	return sp
}
