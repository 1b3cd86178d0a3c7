package attribution_test

import (
	"os"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/attribution"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/internal/cputime"
	"github.com/parallax-news/parallax/internal/manifest"
	"github.com/parallax-news/parallax/internal/postag"
)

func mustDefault(tb testing.TB) *attribution.Model {
	tb.Helper()
	m, err := attribution.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// BenchmarkFind tags the PolNeAR dev articles with the embedded model:
//
//	go test -run - -bench Find -cpu 1 ./analyse/attribution
func BenchmarkFind(b *testing.B) {
	docs := loadDocs(b, "dev")
	m := mustDefault(b)
	if path := os.Getenv("PARALLAX_MODEL"); path != "" {
		// Time another model, as written by PARALLAX_SAVE.
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if m, err = attribution.Load(f); err != nil {
			b.Fatal(err)
		}
	}
	n, size := 0, 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size)) // one op tags every document
	b.ReportAllocs()
	cpu0 := cputime.Process()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			m.Find(d.Text, eval.RuleAttributions(d.Text))
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	// On a shared machine wall time counts other processes' turns; the
	// process's CPU time does not.
	b.ReportMetric(float64(n)/(cputime.Process()-cpu0).Seconds(), "articles/cpu-s")
}

// cpuTime is the user and system CPU time of this process so far.

func TestDefaultFindsAttributions(t *testing.T) {
	m := mustDefault(t)
	text := "Interior Minister Talia Varn said on Monday that the Orvenian border would reopen within a week.\n\n" +
		"“We are ready,” Aldo Pech, the port’s director, told reporters. “The ferries will sail.”\n\n" +
		"The harbour was quiet on Tuesday."
	found := m.Find(text, eval.RuleAttributions(text))
	part := func(ss []parallax.Span) string {
		var out []string
		for _, s := range ss {
			out = append(out, text[s.Start:s.End])
		}
		return strings.Join(out, " | ")
	}
	var got []string
	for _, a := range found {
		got = append(got, part(a.Source)+" / "+part(a.Cue)+" / "+part(a.Content))
	}
	want := []struct{ source, cue, content string }{
		{"Talia Varn", "said", "the Orvenian border would reopen"},
		{"Aldo Pech", "told", "We are ready"},
	}
	t.Logf("found %q", got)
	for _, w := range want {
		ok := false
		for _, a := range found {
			if strings.Contains(part(a.Source), w.source) && strings.Contains(part(a.Cue), w.cue) && strings.Contains(part(a.Content), w.content) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("no attribution %q / %q / %q in %q", w.source, w.cue, w.content, got)
		}
	}
	for _, a := range found {
		for _, s := range append(append(append([]parallax.Span(nil), a.Source...), a.Cue...), a.Content...) {
			if s.Start >= strings.Index(text, "The harbour") {
				t.Errorf("attribution in the last paragraph, which has none: %q", got)
			}
		}
	}
}

func TestManifestMatchesModel(t *testing.T) {
	if err := manifest.Check("model", attribution.DefaultSHA256); err != nil {
		t.Error(err)
	}
	if err := manifest.CheckDependencies("model", map[string]string{"internal/postag": postag.DefaultSHA256}); err != nil {
		t.Error(err)
	}
}
