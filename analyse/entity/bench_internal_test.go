package entity

// Benchmarks of loading the model and resolving entities. Run with
//
//	go test ./analyse/entity -run '^$' -bench 'Load|Resolve|Story|Find' -benchmem

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/source"
)

// BenchmarkLoad decodes the embedded model, as the first Find of a
// process does; it reports the compressed size.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(defaultModel)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(defaultModel)), "model-bytes")
}

// demoArticles returns the demo corpus with sentences and raw tagger
// output (in Entities), skipping the benchmark when it is absent.
func demoArticles(b *testing.B) []*parallax.Article {
	b.Helper()
	dir := filepath.Join("..", "..", "examples")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("demo corpus not found at %s: %v", dir, err)
	}
	ex := extract.New(extract.Options{})
	var out []*parallax.Article
	for r := range source.Read(context.Background(), []string{dir}, source.Options{}) {
		if r.Err != nil || r.Note != "" {
			continue
		}
		a, err := ex.Extract(r.Doc)
		if err != nil {
			b.Fatal(err)
		}
		a.ID = r.Doc.Source
		a.Sentences = sentence.Split(a.Text)
		if a.Entities, err = tag(a.Text, a.Sentences); err != nil {
			b.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// BenchmarkResolve resolves the tagged mentions of each demo article.
func BenchmarkResolve(b *testing.B) {
	arts := demoArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size / len(arts)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := arts[i%len(arts)]
		Resolve(a.Text, a.Entities)
		i++
	}
}

// BenchmarkTagArticle tags each demo article (tokens/s reported).
func BenchmarkTagArticle(b *testing.B) {
	arts := demoArticles(b)
	tokens := 0
	for _, a := range arts {
		for _, s := range a.Sentences {
			tokens += len(tokenize(a.Text, s.Start, s.End, nil))
		}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := arts[i%len(arts)]
		tag(a.Text, a.Sentences)
		i++
	}
	b.ReportMetric(float64(tokens)/float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkStory builds the story entities of the whole demo corpus as if
// it were one story of 14 articles.
func BenchmarkStory(b *testing.B) {
	arts := demoArticles(b)
	for _, a := range arts {
		a.Entities = Resolve(a.Text, a.Entities)
	}
	b.ReportAllocs()
	for b.Loop() {
		Story(arts)
	}
}
