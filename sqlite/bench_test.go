package sqlite_test

// Benchmarks of the store's hot paths. Run them with
//
//	go test ./sqlite -run '^$' -bench . -benchtime 2s
//
// The corpus is generated from a fixed seed and an invented vocabulary, so
// runs are comparable.

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/sqlite"
)

// vocabulary is 4,000 invented words, made of syllables, with the named
// words of the queries below among the most frequent.
var vocabulary = func() []string {
	words := strings.Fields(`harbour council ferry bridge storm tide market grain mayor library`)
	syl := strings.Fields("ka lo ve ri sa to mu ne da pi gor len tas vim bru cho")
	for i := 0; len(words) < 4000; i++ {
		w := ""
		for n := i; ; n /= len(syl) {
			w += syl[n%len(syl)]
			if n < len(syl) {
				break
			}
		}
		words = append(words, w)
	}
	return words
}()

// benchArticle returns article i: about 5 KB of text in paragraphs of
// sentences whose words follow a Zipf distribution, as words in prose do.
func benchArticle(rng *rand.Rand, i int) *parallax.Article {
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocabulary)-1))
	word := func() string { return vocabulary[zipf.Uint64()] }
	var b strings.Builder
	for b.Len() < 5000 {
		for s := 0; s < 5; s++ {
			n := 8 + rng.IntN(12)
			for w := 0; w < n; w++ {
				if w > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(word())
			}
			b.WriteString(". ")
		}
		b.WriteString("\n\n")
	}
	return &parallax.Article{
		ID:       fmt.Sprintf("bench-%06d", i),
		Outlet:   fmt.Sprintf("Outlet %d", i%7),
		Title:    word() + " " + word() + " " + word(),
		Language: "en",
		Text:     strings.TrimSpace(b.String()),
	}
}

func benchStores(b *testing.B) map[string]func(b *testing.B) *sqlite.DB {
	return map[string]func(b *testing.B) *sqlite.DB{
		"memory": func(b *testing.B) *sqlite.DB { return MustOpen(b, ":memory:") },
		"file":   func(b *testing.B) *sqlite.DB { return MustOpen(b, filepath.Join(b.TempDir(), "bench.db")) },
	}
}

// BenchmarkSaveArticle saves new ~5 KB articles, one transaction each.
func BenchmarkSaveArticle(b *testing.B) {
	for _, name := range []string{"memory", "file"} {
		b.Run(name, func(b *testing.B) {
			db := benchStores(b)[name](b)
			rng := rand.New(rand.NewPCG(1, 2))
			arts := make([]*parallax.Article, 256)
			for i := range arts {
				arts[i] = benchArticle(rng, i)
			}
			ctx := context.Background()
			b.ReportAllocs()
			b.SetBytes(int64(len(arts[0].Text)))
			i := 0
			for b.Loop() {
				a := *arts[i%len(arts)]
				a.ID = fmt.Sprintf("bench-%09d", i)
				if st, err := db.SaveArticle(ctx, &a); err != nil || st != parallax.SaveNew {
					b.Fatalf("save: %v %v", st, err)
				}
				i++
			}
		})
	}
}

// BenchmarkSearch queries a file store holding 2,000 saved articles.
func BenchmarkSearch(b *testing.B) {
	db := MustOpen(b, filepath.Join(b.TempDir(), "search.db"))
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 2000 {
		if _, err := db.SaveArticle(ctx, benchArticle(rng, i)); err != nil {
			b.Fatal(err)
		}
	}
	queries := []struct{ name, q string }{
		{"common", "harbour"},          // in nearly every article
		{"common-two", "harbour tide"}, // both in nearly every article
		{"mid", vocabulary[200]},
		{"rare", vocabulary[3000]},
		{"prefix", "libr*"},
		{"or", vocabulary[500] + " OR " + vocabulary[600]},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				hits, err := db.Search(ctx, q.q, 20)
				if err != nil || len(hits) == 0 {
					b.Fatalf("Search(%q) = %d hits, %v", q.q, len(hits), err)
				}
			}
		})
	}
}

// benchStory returns story i: 1 to 40 articles from up to 6 of 40 outlets,
// seen over a few days of 2024.
func benchStory(rng *rand.Rand, i int) *parallax.Story {
	n := 1 + rng.IntN(40)
	s := &parallax.Story{ID: fmt.Sprintf("story-%06d", i), Title: fmt.Sprintf("Story %d", i)}
	for j := range n {
		s.Articles = append(s.Articles, fmt.Sprintf("bench-%06d-%02d", i, j))
	}
	for range 1 + rng.IntN(6) {
		s.Outlets = append(s.Outlets, fmt.Sprintf("Outlet %02d", rng.IntN(40)))
	}
	s.FirstSeen = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(rng.IntN(90*24)) * time.Hour)
	s.LastSeen = s.FirstSeen.Add(time.Duration(rng.IntN(72)) * time.Hour)
	return s
}

// BenchmarkSaveStory upserts stories into a file store, one transaction
// each, as the clusterer does after each batch.
func BenchmarkSaveStory(b *testing.B) {
	db := MustOpen(b, filepath.Join(b.TempDir(), "stories.db"))
	rng := rand.New(rand.NewPCG(5, 6))
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := db.SaveStory(ctx, benchStory(rng, i%5000)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkStories lists the first page of stories from a file store
// holding 10,000, unfiltered and by outlet.
func BenchmarkStories(b *testing.B) {
	db := MustOpen(b, filepath.Join(b.TempDir(), "stories.db"))
	rng := rand.New(rand.NewPCG(7, 8))
	ctx := context.Background()
	for i := range 10000 {
		if err := db.SaveStory(ctx, benchStory(rng, i)); err != nil {
			b.Fatal(err)
		}
	}
	for _, f := range []struct {
		name string
		f    parallax.StoryFilter
	}{
		{"all", parallax.StoryFilter{Limit: 20}},
		{"outlet", parallax.StoryFilter{Outlet: "Outlet 07", Limit: 20}},
		{"since", parallax.StoryFilter{Since: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), Limit: 20}},
	} {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				list, err := db.Stories(ctx, f.f)
				if err != nil || len(list) != 20 {
					b.Fatalf("Stories = %d, %v", len(list), err)
				}
			}
		})
	}
}
