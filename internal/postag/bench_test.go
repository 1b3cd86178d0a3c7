package postag_test

import (
	"testing"

	"github.com/parallax-news/parallax/internal/postag"
)

// BenchmarkTag tags CoNLL-2003 eng.testa with the embedded model; words/s
// is the figure to read.
func BenchmarkTag(b *testing.B) {
	dev := readConll(b, "eng.testa")
	tg, err := postag.Default()
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, s := range dev {
		words += len(s.Words)
	}
	var tags []string
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range dev {
			tags = tg.Tag(s.Words, tags[:0])
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
