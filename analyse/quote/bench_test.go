package quote_test

// Benchmarks over the demo corpus (examples/, 14 articles of 370–475
// words). Run with:
//
//	go test ./analyse/quote -run '^$' -bench . -benchmem -cpu 1
//
// BenchmarkFind reports articles/s on one core; the goal is ≥ 200.

import (
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quote"
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
