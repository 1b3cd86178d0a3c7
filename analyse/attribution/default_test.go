package attribution_test

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/parallax-news/parallax/analyse/attribution"
)

func mustDefault(tb testing.TB) *attribution.Model {
	tb.Helper()
	m, err := attribution.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// BenchmarkFind tags the PolNeAR dev articles with the embedded model:
//
//	go test -run - -bench Find -cpu 1 ./analyse/attribution
func BenchmarkFind(b *testing.B) {
	docs := loadDocs(b, "dev")
	m := mustDefault(b)
	if path := os.Getenv("PARALLAX_MODEL"); path != "" {
		// Time another model, as written by PARALLAX_SAVE.
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if m, err = attribution.Load(f); err != nil {
			b.Fatal(err)
		}
	}
	n, size := 0, 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size / len(docs)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			m.Find(d.Text)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	// On a shared machine wall time counts other processes' turns; the
	// process's CPU time does not.
	b.ReportMetric(float64(n)/(cpuTime()-cpu0).Seconds(), "articles/cpu-s")
}

// cpuTime is the user and system CPU time of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
