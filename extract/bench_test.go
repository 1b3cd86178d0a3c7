package extract_test

// Run with:
//
//	GOMAXPROCS=1 go test ./extract -run '^$' -bench Extract -benchtime 2x
//
// One op extracts one page; the pages are taken in turn, so a run of
// b.N >= 181 covers the whole AEB corpus. It skips where the benchmark
// data is absent (see benchDir).

import (
	"os"
	"path/filepath"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/extract"
)

// benchDir finds the AEB data: $PARALLAX_BENCH/aeb, else the shared copy
// next to the repository.
func benchDir(tb testing.TB) string {
	tb.Helper()
	root := os.Getenv("PARALLAX_BENCH")
	if root == "" {
		root = filepath.Join("..", "..", "shared", "bench")
	}
	dir := filepath.Join(root, "aeb")
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err != nil {
		tb.Skipf("AEB benchmark data not found at %s (set PARALLAX_BENCH)", dir)
	}
	return dir
}

func loadAEB(tb testing.TB) []eval.AEBPage {
	tb.Helper()
	pages, err := eval.LoadAEB(benchDir(tb))
	if err != nil {
		tb.Fatalf("LoadAEB: %v", err)
	}
	return pages
}

// BenchmarkExtract times Extract on the AEB pages. "detect" is the full
// path; "known-language" sets Meta.Language, as a JSONL record or feed
// would, which skips language detection and isolates extraction itself.
func BenchmarkExtract(b *testing.B) {
	pages := loadAEB(b)
	for _, bc := range []struct {
		name string
		lang string
	}{{"detect", ""}, {"known-language", "en"}} {
		b.Run(bc.name, func(b *testing.B) {
			docs := make([]parallax.Document, len(pages))
			var total int
			for i, p := range pages {
				docs[i] = parallax.Document{Source: p.ID, Format: parallax.FormatHTML, Body: p.HTML,
					Meta: parallax.Meta{URL: p.URL, Language: bc.lang}}
				total += len(p.HTML)
			}
			ex := extract.New(extract.Options{})
			b.SetBytes(int64(total / len(docs)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				doc := docs[i%len(docs)]
				if _, err := ex.Extract(doc); err != nil && parallax.ErrorCode(err) != parallax.ENOARTICLE {
					b.Fatalf("Extract %s: %v", doc.Source, err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
