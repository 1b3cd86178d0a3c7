package report_test

// Benchmarks of rendering a large report (1,500 articles in 500 stories),
// one sub-benchmark per format:
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
		s := &parallax.Story{ID: fmt.Sprintf("s%d", i), Title: "Story", FirstSeen: generated, LastSeen: generated}
		for _, a := range []*parallax.Article{herald(), post(), nordwacht()} {
			a.ID = fmt.Sprintf("%s-%d", a.ID, i)
			a.Story = s.ID
			r.Articles = append(r.Articles, a)
			s.Articles = append(s.Articles, a.ID)
			s.Outlets = append(s.Outlets, a.Outlet)
		}
		r.Articles[len(r.Articles)-1].DuplicateOf = r.Articles[len(r.Articles)-3].ID
		r.Stories = append(r.Stories, s)
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
