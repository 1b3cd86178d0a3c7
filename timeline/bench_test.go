package timeline_test

// Run with: go test ./timeline -run '^$' -bench . -benchmem

import (
	"fmt"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/timeline"
)

// bigStory invents a story of n articles published over a week, each
// retelling a handful of the story's happenings in its own words.
func bigStory(b *testing.B, n int) []*parallax.Article {
	b.Helper()
	happenings := []string{
		"Defence Minister Jora Pell announced on Saturday that Norvania will withdraw its %d troops from Ostmark.",
		"Ostmark's National Council voted on Monday to end the Kelport Treaty by %d votes.",
		"A flash flood closed the harbour road in Kelport on Tuesday for %d hours.",
		"Norvanian troops have been stationed in Ostmark since 2014, peaking at %d in 2016.",
		"The first convoy of %d lorries left Camp Dunmoor on Wednesday night.",
		"Union leader Ivo Brandt said on Thursday that %d workers would lose their jobs.",
	}
	arts := make([]*parallax.Article, n)
	for i := range arts {
		text := ""
		for j := 0; j < 12; j++ {
			text += fmt.Sprintf(happenings[(i+j)%len(happenings)], 100+i+j) + " "
		}
		pub := time.Date(2025, 10, 18, 12, 0, 0, 0, time.UTC).Add(time.Duration(i%7) * 24 * time.Hour)
		arts[i] = article(b, fmt.Sprintf("a%03d", i), pub.Format(time.RFC3339), text)
	}
	return arts
}

func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{10, 100} {
		arts := bigStory(b, n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				timeline.Build(nil, arts)
			}
		})
	}
}
