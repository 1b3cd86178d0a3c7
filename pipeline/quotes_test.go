package pipeline_test

import (
	"os"
	"path/filepath"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/internal/cputime"
	"github.com/parallax-news/parallax/pipeline"
)

// polnearDev loads the PolNeAR development articles, skipping where the
// data is absent.
func polnearDev(tb testing.TB) []eval.AttributionDoc {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared", "bench", "polnear", "dev")
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("no PolNeAR data at %s", dir)
	}
	docs, err := eval.LoadPolNeAR(dir)
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// BenchmarkFindQuotes finds the statements of the PolNeAR development
// articles as the pipeline does (rules, the tagger, their combination;
// sentences split, no entities):
//
//	go test -run - -bench FindQuotes -cpu 1 ./pipeline
func BenchmarkFindQuotes(b *testing.B) {
	docs := polnearDev(b)
	pipeline.FindQuotes("Warm-up.", nil, nil, "en") // the model loads once, outside the timing
	sents := make([][]parallax.Span, len(docs))
	for i, d := range docs {
		sents[i] = sentence.Split(d.Text)
	}
	n := 0
	b.ReportAllocs()
	cpu0 := cputime.Process()
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			pipeline.FindQuotes(d.Text, sents[i], nil, "en")
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	// On a shared machine wall time counts other processes' turns; the
	// process's CPU time does not.
	b.ReportMetric(float64(n)/(cputime.Process()-cpu0).Seconds(), "articles/cpu-s")
}

// TestFindQuotesPolNeAR: on the PolNeAR development articles, the
// statements the pipeline gives (the tagger's speech attributions with
// the rules') find more of the speech attributions than the rules alone,
// on every part, and are no less precise than the rules by more than a
// point.
func TestFindQuotesPolNeAR(t *testing.T) {
	docs := polnearDev(t)
	combined := eval.EvalAttributions(docs, func(text string) []eval.Attribution {
		return quote.Attributions(text, pipeline.FindQuotes(text, sentence.Split(text), nil, "en"))
	})
	rules := eval.EvalAttributions(docs, eval.RuleAttributions)
	for r, name := range eval.RoleNames {
		cp, cr, cf := combined.Speech.Exact[r].PRF()
		rp, rr, rf := rules.Speech.Exact[r].PRF()
		t.Logf("speech %s: combined P %.3f R %.3f F1 %.3f; rules P %.3f R %.3f F1 %.3f", name, cp, cr, cf, rp, rr, rf)
		if cr <= rr || cf <= rf {
			t.Errorf("speech %s: combined recall %.3f F1 %.3f, want above the rules' %.3f %.3f", name, cr, cf, rr, rf)
		}
		if cp < rp-0.01 {
			t.Errorf("speech %s: combined precision %.3f, want at most a point under the rules' %.3f", name, cp, rp)
		}
	}
}

// TestFindQuotesOtherLanguages: text in a language the tagger does not
// read gets the rules' statements alone.
func TestFindQuotesOtherLanguages(t *testing.T) {
	text := "« Notre mission est accomplie », a déclaré la ministre de la Défense Ana Varela samedi."
	got := pipeline.FindQuotes(text, sentence.Split(text), nil, "fr")
	want := quote.FindLang(text, sentence.Split(text), nil, "fr")
	if len(got) != 1 || len(want) != 1 || got[0] != want[0] {
		t.Errorf("French: got %+v, want the rules' one statement %+v", got, want)
	}
}

// TestAnalyseItalianAndPortuguese: articles in Italian and Portuguese get
// their statements read in their own language, speakers resolved.
func TestAnalyseItalianAndPortuguese(t *testing.T) {
	for _, c := range []struct{ lang, text, speaker string }{
		{"it", "«Non abbandoneremo i nostri alleati», ha dichiarato la ministra della Difesa Ana Varela.", "Ana Varela"},
		{"pt", "«Não vamos abandonar os nossos aliados», afirmou a ministra da Defesa Ana Varela.", "Ana Varela"},
	} {
		a := &parallax.Article{Language: c.lang, Text: c.text}
		pipeline.Analyse(a, "")
		if len(a.Quotes) != 1 || a.Quotes[0].Speaker != c.speaker {
			t.Errorf("%s: quotes %+v, want one by %s", c.lang, a.Quotes, c.speaker)
		}
	}
}
