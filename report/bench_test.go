package report_test

// Benchmarks of rendering a large report, one sub-benchmark per format:
//
//	go test ./report -run '^$' -bench . -benchmem

import (
	"fmt"
	"io"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

func BenchmarkWrite(b *testing.B) {
	r := &report.Report{Generated: generated}
	for i := range 500 {
		for _, a := range []*parallax.Article{herald(), post(), nordwacht()} {
			a.ID = fmt.Sprintf("%s-%d", a.ID, i)
			r.Articles = append(r.Articles, a)
		}
	}
	var size int64
	for _, a := range r.Articles {
		size += int64(len(a.Text))
	}
	for _, format := range report.Formats() {
		for _, full := range []bool{false, true} {
			b.Run(fmt.Sprintf("%s/full=%v", format, full), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(size)
				for b.Loop() {
					if err := report.Write(io.Discard, format, r, report.Options{Full: full}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
