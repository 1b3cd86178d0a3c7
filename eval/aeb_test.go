package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/extract"
)

// aebDir finds the AEB data: $PARALLAX_BENCH/aeb, else the shared copy
// next to the repository; the test skips when neither is there.
func aebDir(t *testing.T) string {
	t.Helper()
	root := os.Getenv("PARALLAX_BENCH")
	if root == "" {
		root = filepath.Join("..", "..", "shared", "bench")
	}
	dir := filepath.Join(root, "aeb")
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err != nil {
		t.Skipf("AEB benchmark data not found at %s (set PARALLAX_BENCH)", dir)
	}
	return dir
}

// TestAEB runs Parallax and its two libraries over the Article Extraction
// Benchmark and logs the table. It checks the scorer against the published
// go-trafilatura figures (F1 0.960, P 0.940, R 0.980) and that Parallax
// does not fall behind the libraries it is built on.
func TestAEB(t *testing.T) {
	if testing.Short() {
		t.Skip("AEB run skipped in -short mode")
	}
	pages, err := eval.LoadAEB(aebDir(t))
	if err != nil {
		t.Fatalf("LoadAEB: %v", err)
	}
	if len(pages) != 181 {
		t.Fatalf("len(pages) = %d, want 181", len(pages))
	}

	ex := extract.New(extract.Options{})
	scores := eval.BenchExtract(context.Background(), pages, []eval.Extractor{
		{Name: "parallax", Extract: func(html []byte, url string) (string, error) {
			a, err := ex.Extract(parallax.Document{Format: parallax.FormatHTML, Body: html, Meta: parallax.Meta{URL: url}})
			if err != nil {
				return "", err
			}
			return a.Text, nil
		}},
		{Name: "go-trafilatura", Extract: extract.Trafilatura},
		{Name: "go-readability", Extract: extract.Readability},
	})
	var table strings.Builder
	eval.WriteExtractTable(&table, scores)
	t.Logf("AEB, GOMAXPROCS=%d:\n%s", runtime.GOMAXPROCS(0), table.String())

	par, traf, read := scores[0], scores[1], scores[2]
	if !within(traf.F1, 0.960) || !within(traf.Precision, 0.940) || !within(traf.Recall, 0.980) {
		t.Errorf("go-trafilatura F1/P/R = %.3f/%.3f/%.3f, published 0.960/0.940/0.980: the scorer or the baseline drifted",
			traf.F1, traf.Precision, traf.Recall)
	}
	if par.F1 < 0.96 || par.F1 < traf.F1 || par.F1 < read.F1 {
		t.Errorf("parallax F1 %.3f, want >= 0.96 and no worse than go-trafilatura %.3f and go-readability %.3f",
			par.F1, traf.F1, read.F1)
	}
	if par.Errors != 0 {
		t.Errorf("parallax failed on %d AEB pages", par.Errors)
	}
}

func within(got, want float64) bool { return got > want-0.0015 && got < want+0.0015 }
