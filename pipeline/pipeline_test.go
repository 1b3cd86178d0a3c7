package pipeline_test

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/source"
	"github.com/parallax-news/parallax/sqlite"

	_ "modernc.org/sqlite"
)

// article writes an invented article of a few paragraphs as a text file.
func article(t *testing.T, dir string, n int) string {
	t.Helper()
	body := fmt.Sprintf(`Ferry service %d resumes after storm

The ferry service between Harlow Point and the island of Skerrin resumed on Thursday after a storm kept boats in port for %d days, the operator said.

Captain Ilse Moren, who commands the largest of the three vessels, said the crossings would run every two hours until the backlog of freight had cleared.

"We lost nearly a week of sailings, and the islanders have been patient with us," she told reporters at the harbour.
`, n, n+2)
	p := filepath.Join(dir, fmt.Sprintf("a%02d.txt", n))
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestIngestOrderAndStatuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var args []string
	for i := range 12 {
		args = append(args, article(t, dir, i))
	}
	// A failure in the middle, and the first input again at the end.
	args = append(args[:6], append([]string{filepath.Join(dir, "missing.txt")}, args[6:]...)...)
	args = append(args, args[0])

	db, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	seen := 0
	p := pipeline.New(pipeline.Options{Workers: 4, OnItem: func(pipeline.Item) { seen++ }})
	res, err := p.Ingest(ctx, db, args)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(res.Items), len(args); got != want || seen != want {
		t.Fatalf("%d items, OnItem called %d times; want %d", got, seen, want)
	}
	for i, it := range res.Items {
		if it.Index != i || it.Source != args[i] {
			t.Errorf("item %d = index %d source %s; want input order (%s)", i, it.Index, it.Source, args[i])
		}
	}
	if f := res.Failures(); len(f) != 1 || f[0].Source != args[6] {
		t.Errorf("failures = %v, want the missing file alone", f)
	}
	if got, want := res.Count(parallax.SaveNew), 12; got != want {
		t.Errorf("new = %d, want %d", got, want)
	}
	if got, want := res.Count(parallax.SaveUnchanged), 1; got != want {
		t.Errorf("unchanged = %d, want %d", got, want)
	}
	if got, want := len(res.Articles()), 12; got != want {
		t.Errorf("Articles() = %d, want %d distinct", got, want)
	}
	for _, a := range res.Articles() {
		if a.ID == "" || len(a.Sentences) < 3 || a.Revision != 1 {
			t.Errorf("%s: id %q, %d sentences, revision %d", a.Source, a.ID, len(a.Sentences), a.Revision)
		}
		for _, s := range a.Sentences {
			if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
				t.Errorf("%s: bad sentence span %v", a.Source, s)
			}
		}
	}
	stored, err := db.Articles(ctx, parallax.ArticleFilter{})
	if err != nil || len(stored) != 12 {
		t.Fatalf("store holds %d articles (err %v), want 12", len(stored), err)
	}
}

// TestStoreFailureIsThatInputsFailure makes SQLite itself refuse one
// article (a trigger), and checks that only that input fails, with nothing
// of it left in the store.
func TestStoreFailureIsThatInputsFailure(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "p.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec(`CREATE TRIGGER refuse BEFORE INSERT ON articles
		WHEN NEW.title LIKE 'Ferry service 2 %' BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END`); err != nil {
		t.Fatal(err)
	}
	args := []string{article(t, dir, 1), article(t, dir, 2), article(t, dir, 3)}
	res, err := pipeline.New(pipeline.Options{}).Ingest(ctx, db, args)
	if err != nil {
		t.Fatal(err)
	}
	f := res.Failures()
	if len(f) != 1 || f[0].Source != args[1] || !strings.Contains(f[0].Error(), "store") {
		t.Fatalf("failures %v; want the second input alone, as a store failure", f)
	}
	stored, err := db.Articles(ctx, parallax.ArticleFilter{})
	if err != nil || len(stored) != 2 {
		t.Fatalf("store holds %d articles (err %v), want 2", len(stored), err)
	}
	hits, err := db.Search(ctx, "ferry", 10)
	if err != nil || len(hits) != 2 {
		t.Fatalf("search finds %d articles (err %v), want the 2 saved", len(hits), err)
	}
	for _, h := range hits {
		if h.Article.Source == args[1] {
			t.Errorf("search finds the refused article")
		}
	}
}

func TestExtractStoresNothingAndStops(t *testing.T) {
	dir := t.TempDir()
	res, err := pipeline.New(pipeline.Options{}).Extract(context.Background(), []string{article(t, dir, 3)})
	if err != nil || len(res.Articles()) != 1 || res.Items[0].Status != "" {
		t.Fatalf("extract: err %v, %d articles, status %q", err, len(res.Articles()), res.Items[0].Status)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := pipeline.New(pipeline.Options{}).Extract(ctx, []string{dir}); err == nil {
		t.Fatal("cancelled run returned no error")
	}
}

// TestExtractStreams checks that an item is handed on while later input
// is still to come: a feed of records on standard input is not held back
// until it ends.
func TestExtractStreams(t *testing.T) {
	r, w := io.Pipe()
	got := make(chan pipeline.Item, 2)
	p := pipeline.New(pipeline.Options{
		Source: source.Options{Stdin: r},
		OnItem: func(it pipeline.Item) { got <- it },
	})
	done := make(chan error, 1)
	go func() {
		_, err := p.Extract(context.Background(), []string{"-"})
		done <- err
	}()
	rec := `{"id":"%s","text":"The ferry between Harlow Point and Skerrin sailed again on Thursday after the storm, the operator said, and the islanders cheered."}` + "\n"
	fmt.Fprintf(w, rec, "first")
	select {
	case it := <-got:
		if it.Article == nil || it.Article.ID != "first" {
			t.Fatalf("first item = %+v", it)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no item handed on while the input is still open")
	}
	fmt.Fprintf(w, rec, "second")
	w.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if it := <-got; it.Article == nil || it.Article.ID != "second" {
		t.Fatalf("second item = %+v", it)
	}
}

// TestStoryIndexGoesOnAcrossRuns: a second run joins the stories of the
// first through the snapshot the store keeps, and a damaged or missing
// snapshot is rebuilt from the stored articles rather than lost.
func TestStoryIndexGoesOnAcrossRuns(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := sqlite.Open(ctx, filepath.Join(dir, "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p := pipeline.New(pipeline.Options{})
	first, err := p.Ingest(ctx, db, []string{article(t, dir, 1), article(t, dir, 2)})
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Stories) != 1 {
		t.Fatalf("first run: %d stories, want 1 (two reports of one ferry story)", len(first.Stories))
	}
	want := first.Stories[0].ID
	for i, damage := range []func() error{
		func() error { return nil }, // snapshot as saved
		func() error { return db.SaveStoryIndex(ctx, []byte("not an index")) }, // damaged
		func() error { return db.SaveStoryIndex(ctx, nil) },                    // missing
	} {
		if err := damage(); err != nil {
			t.Fatal(err)
		}
		res, err := p.Ingest(ctx, db, []string{article(t, dir, 3+i)})
		if err != nil {
			t.Fatalf("run %d: %v", i+2, err)
		}
		if got := res.Items[0].Article.Story; got != want {
			t.Errorf("run %d: article joined story %q, want %q", i+2, got, want)
		}
		s, err := db.Story(ctx, want)
		if err != nil || len(s.Articles) != 3+i {
			t.Fatalf("run %d: stored story has %v articles (err %v), want %d", i+2, s, err, 3+i)
		}
	}
}

// TestInterruptedRunKeepsIndex: a run cancelled half-way still leaves a
// story index that holds the articles that went in, so the next run joins
// their story instead of starting another.
func TestInterruptedRunKeepsIndex(t *testing.T) {
	dir := t.TempDir()
	db, err := sqlite.Open(context.Background(), filepath.Join(dir, "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := pipeline.New(pipeline.Options{Workers: 1, BatchSize: 1, OnItem: func(pipeline.Item) { cancel() }})
	args := []string{article(t, dir, 1), article(t, dir, 2), article(t, dir, 3)}
	first, err := p.Ingest(ctx, db, args)
	if err == nil {
		t.Fatal("cancelled run returned no error")
	}
	if first == nil || len(first.Articles()) == 0 {
		t.Fatal("the run stored nothing before it was cancelled")
	}
	if snap, err := db.StoryIndex(context.Background()); err != nil || snap == nil {
		t.Fatalf("no story index after an interrupted run (err %v)", err)
	}
	want := first.Articles()[0].Story
	res, err := pipeline.New(pipeline.Options{}).Ingest(context.Background(), db, []string{article(t, dir, 4)})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Items[0].Article.Story; got != want {
		t.Errorf("next run's article joined %q, want the interrupted run's story %q", got, want)
	}
}

// TestAnalyseFindsEntities: Analyse fills in the entities of the text,
// their spans slices of it.
func TestAnalyseFindsEntities(t *testing.T) {
	a := &parallax.Article{Text: "US Defense Secretary Mark Esper visited Baghdad on Monday. He met officials there."}
	pipeline.Analyse(a, "")
	types := map[string]string{}
	for _, e := range a.Entities {
		if a.Text[e.Span.Start:e.Span.End] != e.Text {
			t.Errorf("%q: span [%d,%d) reads %q", e.Text, e.Span.Start, e.Span.End, a.Text[e.Span.Start:e.Span.End])
		}
		types[e.Text] = e.Type
	}
	if types["Mark Esper"] != "PERSON" || types["Baghdad"] != "LOCATION" {
		t.Errorf("entities = %+v; want Mark Esper PERSON and Baghdad LOCATION", a.Entities)
	}
}

// TestAnalyseQuotesAndLanguages: Analyse finds the statements of the text
// with their resolved speaker, and tags entities in English text only.
func TestAnalyseQuotesAndLanguages(t *testing.T) {
	en := &parallax.Article{Language: "en",
		Text: "Harbour Minister Ilse Varga said on Monday that the ferry would run again. \"We owe the islands that much,\" she added."}
	pipeline.Analyse(en, "")
	if len(en.Entities) == 0 {
		t.Errorf("English text: no entities")
	}
	speakers := map[string]string{}
	for _, q := range en.Quotes {
		speakers[q.Kind] = q.Speaker
	}
	if speakers[parallax.Direct] != "Ilse Varga" || speakers[parallax.Indirect] != "Ilse Varga" {
		t.Errorf("quotes = %+v; want a direct and an indirect one by Ilse Varga", en.Quotes)
	}
	fr := &parallax.Article{Language: "fr", Text: "L'Assemblée nationale a voté mercredi. Environ 350 conseillers restent à Ostrel."}
	pipeline.Analyse(fr, "")
	if len(fr.Entities) != 0 {
		t.Errorf("French text: entities %+v, want none (the model reads English)", fr.Entities)
	}
}
