package eval

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Extractor is one article-body extractor under test.
type Extractor struct {
	Name string
	// Extract returns the article body of a page. An error counts as an
	// empty prediction.
	Extract func(html []byte, url string) (string, error)
}

// ExtractScore is how one extractor did on a benchmark.
type ExtractScore struct {
	Name   string
	Pages  int // pages run
	Errors int // pages whose extraction returned an error
	// Precision and Recall are ShingleScore averaged over pages; F1 is
	// their harmonic mean.
	Precision, Recall, F1 float64
	PagesPerSec           float64
	// PeakHeapMB is the most heap memory in use during the run beyond what
	// was in use before it (the loaded pages), in MiB.
	PeakHeapMB float64
	Elapsed    time.Duration // extraction time only; scoring is not timed
}

// heapSampleEvery is how often the peak-heap sampler looks. Shorter catches
// shorter peaks but steals more time from the extractor under GOMAXPROCS=1.
const heapSampleEvery = 2 * time.Millisecond

// BenchExtract runs each extractor over all pages, one page at a time, and
// scores the results. Only extraction is timed. Before each extractor the
// heap is collected, so each peak is measured from the same baseline. When
// ctx is cancelled the scores so far are returned, the interrupted
// extractor's over the pages it finished.
func BenchExtract(ctx context.Context, pages []AEBPage, ex []Extractor) []ExtractScore {
	scores := make([]ExtractScore, 0, len(ex))
	for _, e := range ex {
		if ctx.Err() != nil {
			break
		}
		scores = append(scores, benchOne(ctx, pages, e))
	}
	return scores
}

func benchOne(ctx context.Context, pages []AEBPage, e Extractor) ExtractScore {
	preds := make([]string, 0, len(pages))
	s := ExtractScore{Name: e.Name}

	// Time the extraction alone, sampling the heap alongside. One page is
	// extracted before the clock starts, so one-time set-up (a language
	// model loaded on first use) is not charged to the pages per second;
	// its memory still counts towards the peak.
	runtime.GC()
	base := heapInUse()
	stop := samplePeakHeap()
	if len(pages) > 0 {
		_, _ = e.Extract(pages[0].HTML, pages[0].URL)
	}
	start := time.Now()
	for _, p := range pages {
		if ctx.Err() != nil {
			break
		}
		text, err := e.Extract(p.HTML, p.URL)
		if err != nil {
			s.Errors++
			text = ""
		}
		preds = append(preds, text)
	}
	s.Elapsed = time.Since(start)
	peak := stop()

	// Score after the clock has stopped.
	s.Pages = len(preds)
	for i, pred := range preds {
		p, r := ShingleScore(pages[i].Truth, pred)
		s.Precision += p
		s.Recall += r
	}
	if s.Pages > 0 {
		s.Precision /= float64(s.Pages)
		s.Recall /= float64(s.Pages)
		s.PagesPerSec = float64(s.Pages) / s.Elapsed.Seconds()
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	if peak > base {
		s.PeakHeapMB = float64(peak-base) / (1 << 20)
	}
	return s
}

// heapMetric counts heap memory occupied by objects, live or not yet swept.
const heapMetric = "/memory/classes/heap/objects:bytes"

func heapInUse() uint64 {
	sample := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// samplePeakHeap watches the heap in a goroutine until the returned
// function is called, which returns the highest value seen.
func samplePeakHeap() (stop func() uint64) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	var peak uint64
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(heapSampleEvery)
		defer t.Stop()
		for {
			peak = max(peak, heapInUse())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return max(peak, heapInUse())
	}
}

// WriteExtractTable writes scores as an aligned table, one extractor a
// row: name, F1, precision, recall, pages/s, peak heap MiB, errors/pages.
func WriteExtractTable(w io.Writer, scores []ExtractScore) {
	rows := [][]string{{"extractor", "F1", "precision", "recall", "pages/s", "peak heap MB", "errors"}}
	for _, s := range scores {
		rows = append(rows, []string{
			s.Name,
			fmt.Sprintf("%.3f", s.F1),
			fmt.Sprintf("%.3f", s.Precision),
			fmt.Sprintf("%.3f", s.Recall),
			fmt.Sprintf("%.1f", s.PagesPerSec),
			fmt.Sprintf("%.1f", s.PeakHeapMB),
			fmt.Sprintf("%d/%d", s.Errors, s.Pages),
		})
	}
	writeTable(w, rows)
}

// writeTable aligns rows in columns two spaces apart: the first column
// left, the numbers right.
func writeTable(w io.Writer, rows [][]string) {
	width := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, cell := range row {
			width[i] = max(width[i], utf8.RuneCountInString(cell))
		}
	}
	var b strings.Builder
	for _, row := range rows {
		b.Reset()
		for i, cell := range row {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(cell))
			if i == 0 {
				b.WriteString(cell + pad)
			} else {
				b.WriteString("  " + pad + cell)
			}
		}
		fmt.Fprintln(w, b.String())
	}
}

// SamplePeakHeap watches the heap in use until the returned function is
// called, which returns the highest value seen, in MiB. Benchmarks outside
// this package use it to report peak memory the same way.
func SamplePeakHeap() (stop func() float64) {
	s := samplePeakHeap()
	return func() float64 { return float64(s()) / (1 << 20) }
}
