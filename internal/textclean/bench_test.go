package textclean_test

// Benchmarks over the fixtures in testdata, one sub-benchmark each, plus
// "10KB": the fixtures run together and cut at a paragraph break at 10 KB,
// the size the package is budgeted for (well under 1 ms). Run with
//
//	go test ./internal/textclean -run '^$' -bench Clean -benchmem

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/textclean"
)

func BenchmarkClean(b *testing.B) {
	paths, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("fixtures: %v", err)
	}
	var all strings.Builder
	inputs := map[string]string{}
	var names []string
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatalf("read fixture: %v", err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		inputs[name] = string(src)
		names = append(names, name)
		all.Write(src)
		all.WriteString("\n\n")
	}
	text := all.String()
	if i := strings.LastIndex(text[:min(len(text), 10<<10)], "\n\n"); i > 0 {
		text = text[:i]
	}
	inputs["10KB"] = text
	names = append(names, "10KB")
	for _, name := range names {
		text := inputs[name]
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				textclean.Clean(text)
			}
		})
	}
}
