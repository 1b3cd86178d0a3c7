package quote_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/entity"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/source"
)

// TestReconcileCorpusQuotes checks Group on the harder reconciliation
// corpus (testdata/reconcile, written for Parallax, not used to build
// the rules): every English wording its answer key lists for a quote must
// land in the story quote of the first wording. Spanish wordings are not
// expected to meet their English translations.
func TestReconcileCorpusQuotes(t *testing.T) {
	root := filepath.Join("..", "..", "testdata", "reconcile")
	raw, err := os.ReadFile(filepath.Join(root, "gold.json"))
	if err != nil {
		t.Skipf("reconciliation corpus not found: %v", err)
	}
	var gold struct {
		Facts []struct {
			ID, Kind, About string
			Evidence        []struct{ Article, Text string }
		}
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	arts := readCorpus(t, root)
	events := map[string][]*parallax.Article{}
	e2 := map[string]bool{ // the ceasefire story, per the answer key
		"jsonl/newsdesk.jsonl#5": true, "html/drt-saren-ceasefire-holding.html": true,
		"text/northgate-times-sorvik-ceasefire.txt": true, "text/korvath-standard-ceasefire-collapsed.txt": true,
		"text/frontline-monitor-saren-48-hours.txt": true,
	}
	for key, a := range arts {
		ev := "E1"
		if e2[key] {
			ev = "E2"
		}
		events[ev] = append(events[ev], a)
	}
	grouped := map[string][]parallax.StoryQuote{}
	for ev, as := range events {
		grouped[ev], _ = quote.Group(as)
	}
	want, got := 0, 0
	for _, f := range gold.Facts {
		if f.Kind != "quote" {
			continue
		}
		ev := strings.SplitN(f.ID, "-", 2)[0]
		var english []struct{ Article, Text string }
		for _, e := range f.Evidence {
			if a := arts[e.Article]; a != nil && a.Language == "en" {
				english = append(english, e)
			}
		}
		if len(english) == 0 {
			continue
		}
		first := english[0]
		q, ok := quoteHolding(grouped[ev], first.Article, first.Text)
		if !ok {
			t.Errorf("%s (%s): no story quote holds %q from %s", f.ID, f.About, first.Text, first.Article)
			continue
		}
		for _, e := range english[1:] {
			want++
			if _, ok := quoteHolding([]parallax.StoryQuote{q}, e.Article, e.Text); ok {
				got++
			} else {
				t.Logf("%s (%s): %s's %q not grouped with %s; the group has %v", f.ID, f.About, e.Article, e.Text, first.Article, q.Articles)
			}
		}
	}
	t.Logf("English wordings grouped with their statement: %d of %d", got, want)
	if want == 0 || float64(got) < 0.8*float64(want) {
		t.Errorf("grouped %d of %d wordings, want at least 80%%", got, want)
	}
}

// quoteHolding returns the story quote with a wording from article that
// overlaps text (one holds the other).
func quoteHolding(qs []parallax.StoryQuote, article, text string) (parallax.StoryQuote, bool) {
	for _, q := range qs {
		for _, w := range q.Wordings {
			if w.Article == article && (strings.Contains(w.Text, text) || strings.Contains(text, w.Text) && len(w.Text) > len(text)/2) {
				return q, true
			}
		}
	}
	return parallax.StoryQuote{}, false
}

// readCorpus runs a corpus directory's inputs through extraction, the
// entity tagger and Find, keyed as its answer key names them
// ("jsonl/newsdesk.jsonl#1").
func readCorpus(t *testing.T, root string) map[string]*parallax.Article {
	t.Helper()
	var dirs []string
	for _, d := range []string{"jsonl", "text", "html"} {
		dirs = append(dirs, filepath.Join(root, d))
	}
	ex := extract.New(extract.Options{})
	out := map[string]*parallax.Article{}
	for r := range source.Read(context.Background(), dirs, source.Options{}) {
		if r.Err != nil || r.Note != "" {
			continue
		}
		a, err := ex.Extract(r.Doc)
		if err != nil {
			t.Fatalf("extract %s: %v", r.Doc.Source, err)
		}
		key := filepath.ToSlash(r.Doc.Source)
		if i := strings.Index(key, "reconcile/"); i >= 0 {
			key = key[i+len("reconcile/"):]
		}
		a.ID = key
		a.Sentences = sentence.Split(a.Text)
		if a.Entities, err = entity.Find(a.Text, a.Sentences); err != nil {
			t.Fatal(err)
		}
		a.Quotes = quote.Find(a.Text, a.Sentences, a.Entities)
		out[key] = a
	}
	if len(out) != 13 {
		t.Fatalf("read %d articles, want 13", len(out))
	}
	return out
}
