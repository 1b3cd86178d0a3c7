package source_test

// The tests and benchmarks here read the public evaluation data in
// ../../shared/bench (or $PARALLAX_BENCH) and skip where it is absent.
// Run the benchmark with:
//
//	go test -run '^$' -bench ReadAEB -benchmem ./source

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/source"
)

// benchDir returns the directory of one bench data set, or skips.
func benchDir(tb testing.TB, name string) string {
	tb.Helper()
	root := os.Getenv("PARALLAX_BENCH")
	if root == "" {
		root = filepath.Join("..", "..", "shared", "bench")
	}
	dir := filepath.Join(root, name)
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("bench data %s not available (set PARALLAX_BENCH): %v", dir, err)
	}
	return dir
}

// TestReadAEB reads the 181 gzip-compressed pages of the Article
// Extraction Benchmark: every one must come out as an HTML document.
func TestReadAEB(t *testing.T) {
	dir := filepath.Join(benchDir(t, "aeb"), "html")
	results := MustRead(t, source.Options{}, dir)
	docs := Docs(results)
	for _, res := range results {
		if res.Err != nil || res.Note != "" {
			t.Errorf("unexpected result: %v", Summary([]source.Result{res}))
		}
	}
	if got, want := len(docs), 181; got != want {
		t.Fatalf("read %d documents, want %d", got, want)
	}
	for _, doc := range docs {
		if len(doc.Body) < 1000 {
			t.Errorf("%s: body of %d bytes, want a whole page", doc.Source, len(doc.Body))
		}
	}
}

func BenchmarkReadAEB(b *testing.B) {
	dir := filepath.Join(benchDir(b, "aeb"), "html")
	b.ReportAllocs()
	for b.Loop() {
		var n int64
		for res := range source.Read(context.Background(), []string{dir}, source.Options{}) {
			n += int64(len(res.Doc.Body))
		}
		b.SetBytes(n)
	}
}
