package quote_test

// Benchmarks over the demo corpus (examples/, 14 articles of 370–475
// words). Run with:
//
//	go test ./analyse/quote -run '^$' -bench . -benchmem -cpu 1
//
// BenchmarkFind reports articles/s on one core; the goal is ≥ 2,000.
// BenchmarkFindLongUnpunctuated and BenchmarkGroup2000 run the worst
// cases, invented text many times larger than an article or a story.

import (
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
)

// demoArticles returns the demo articles in a fixed order.
func demoArticles(b *testing.B) []*parallax.Article {
	arts := loadDemo(b)
	var out []*parallax.Article
	for _, k := range []string{"MW1", "LH1", "OP1", "CL1", "FH1", "NWB1", "MW2", "LH2", "FH2", "NWB2", "CL2", "MW3", "BG3", "NWB3"} {
		out = append(out, arts[k])
	}
	return out
}

func BenchmarkFind(b *testing.B) {
	arts := demoArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size / len(arts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := arts[i%len(arts)]
		quote.Find(a.Text, a.Sentences, a.Entities)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkGroup(b *testing.B) {
	arts := demoArticles(b)
	e1 := arts[:6]
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		quote.Group(e1)
	}
}

// BenchmarkFindLongUnpunctuated runs Find on 264 KB without a full stop,
// with quote marks opened and never closed: the sentence splitter gives
// one sentence, and every cue in it once read it to its end.
func BenchmarkFindLongUnpunctuated(b *testing.B) {
	text := longUnpunctuated(264_000)
	sents := sentence.Split(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		quote.Find(text, sents, nil)
	}
}

// BenchmarkGroup2000 groups a story of 200 invented articles with 2,000
// quotes: statements of 60 speakers, each reported by several articles
// with a word changed or cut, and statements reported once.
func BenchmarkGroup2000(b *testing.B) {
	arts := bigStory(200, 10)
	b.ReportAllocs()
	for b.Loop() {
		quote.Group(arts)
	}
}
