package language_test

import (
	"runtime"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/language"
)

// Benchmarks of detection on about 2 KB of article text per language. Run
// with
//
//	go test -run Memory -bench Detect -benchmem -v ./internal/language
//
// TestDetectorMemory logs the heap held once the detector is loaded.

// text2K repeats an invented paragraph to about 2 KB.
func text2K(p string) string {
	var b strings.Builder
	for b.Len() < 2048 {
		b.WriteString(p)
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkDetect(b *testing.B) {
	language.Detect(paragraphs[0].text) // load the models outside the timing
	for _, p := range paragraphs {
		text := text2K(p.text)
		b.Run(p.code, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				language.Detect(text)
			}
		})
	}
}

// TestDetectorMemory reports the live heap after the detector has loaded
// its models, and guards the budget of about 100 MB.
func TestDetectorMemory(t *testing.T) {
	language.Detect(paragraphs[0].text)
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	mb := float64(m.HeapAlloc) / (1 << 20)
	t.Logf("heap after loading the detector: %.1f MiB (HeapAlloc after GC)", mb)
	if mb > 150 {
		t.Errorf("heap %.1f MiB, want under 150 MiB", mb)
	}
}
