package story_test

// Benchmarks and the scale test of the story index over the synthetic
// stream. Run them with
//
//	go test ./story -run '^$' -bench Add -benchtime 5000x
//	PARALLAX_SCALE=100000 go test ./story -run Scale -v
//
// The scale test prints the rate per block of 10,000 articles and the
// peak heap; the benchmark measures Add with 10,000 and 100,000 articles
// already stored.

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/story"
)

// syntheticStream caches the generated streams, which take seconds at
// 100,000 articles.
var syntheticStream = sync.OnceValues(func() ([]*parallax.Article, error) {
	return story.Synthetic(120000, 1), nil
})

// BenchmarkAdd times Add with about 10,000 and about 100,000 articles
// already stored. The index for each size is filled once and kept across
// the benchmark's rounds, which go on adding from where the last stopped,
// so "stored" grows by the articles timed (a few percent).
func BenchmarkAdd(b *testing.B) {
	stream, _ := syntheticStream()
	type state struct {
		x    *story.Index
		next int
	}
	states := map[int]*state{}
	for _, stored := range []int{10000, 100000} {
		b.Run(fmt.Sprintf("stored=%d", stored), func(b *testing.B) {
			st := states[stored]
			if st == nil {
				st = &state{x: story.NewIndex(story.Options{}), next: stored}
				for _, a := range stream[:stored] {
					st.x.Add(clone(a))
				}
				states[stored] = st
			}
			if st.next+b.N > len(stream) {
				b.Skipf("b.N %d too big for the stream", b.N)
			}
			next := make([]*parallax.Article, b.N)
			for i := range next {
				next[i] = clone(stream[st.next+i])
			}
			st.next += b.N
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				st.x.Add(next[i])
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

func clone(a *parallax.Article) *parallax.Article {
	c := *a
	return &c
}

// TestScale streams PARALLAX_SCALE synthetic articles through Add on one
// goroutine and reports the rate per block of 10,000, the peak heap and
// how well the stories match the events.
func TestScale(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("PARALLAX_SCALE"))
	if n == 0 {
		t.Skip("set PARALLAX_SCALE=100000 to run")
	}
	stream := story.Synthetic(n, 1)
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc // the stream itself
	x := story.NewIndex(story.Options{})
	var peak, peakTotal uint64
	block := 10000
	var elapsed time.Duration
	for i := 0; i < n; i += block {
		t0 := time.Now()
		for _, a := range stream[i:min(n, i+block)] {
			x.Add(a)
		}
		el := time.Since(t0)
		runtime.ReadMemStats(&ms)
		peakTotal = max(peakTotal, ms.HeapAlloc)
		elapsed += el
		// Live heap of the index: after a collection, less the stream.
		runtime.GC()
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc-base)
		t.Logf("articles %6d–%6d: %6.0f articles/s, %5.1f µs/article, index live heap %4d MiB",
			i, min(n, i+block), float64(min(n, i+block)-i)/el.Seconds(), el.Seconds()*1e6/float64(min(n, i+block)-i), (ms.HeapAlloc-base)>>20)
	}
	t.Logf("total %d articles in %v: %.0f articles/s; index live heap %d MiB; peak heap with garbage and the stream %d MiB",
		n, elapsed, float64(n)/elapsed.Seconds(), peak>>20, peakTotal>>20)
	t0 := time.Now()
	data, err := x.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	marshal := time.Since(t0)
	t0 = time.Now()
	if err := story.NewIndex(story.Options{}).UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	t.Logf("snapshot %d MiB, marshalled in %v, unmarshalled in %v", len(data)>>20, marshal, time.Since(t0))
	gold, pred := make([]string, n), make([]string, n)
	for i, a := range stream {
		gold[i], pred[i] = string(a.Extra["event"]), a.Story
	}
	t.Logf("synthetic events: %s", scoreString(gold, pred))
}
