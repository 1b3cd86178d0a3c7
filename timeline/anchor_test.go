package timeline_test

import (
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/timeline"
)

func TestAnchor(t *testing.T) {
	const (
		undatedSat = "OSTMARK – Norvania's government finally gave in on Saturday: Defence Minister Jora Pell announced that its troops will withdraw from Ostmark."
		undatedFri = "Defence Minister Jora Pell announced on Friday that Norvania will withdraw its 2,000 troops from Ostmark."
		undatedOff = "The harbour of Kelport reopened on Tuesday after repairs to the quay."
	)
	sat := "2025-10-18"
	tests := []struct {
		name   string
		target func(t *testing.T) *parallax.Article
		story  func(t *testing.T) []*parallax.Article
		want   string // "" for false
	}{
		{
			name:   "dated article is its own anchor",
			target: func(t *testing.T) *parallax.Article { return article(t, "x", "2025-10-20T09:00:00Z", undatedSat) },
			story:  func(t *testing.T) []*parallax.Article { return nil },
			want:   "2025-10-20",
		},
		{
			name:   "same happening dated elsewhere",
			target: func(t *testing.T) *parallax.Article { return article(t, "x", "", undatedSat) },
			story: func(t *testing.T) []*parallax.Article {
				return []*parallax.Article{
					article(t, "a", "2025-10-18T15:00:00Z", announceA),
					article(t, "c", "2025-10-25T16:00:00Z", floodD), // no main day: each day has one report
				}
			},
			want: sat,
		},
		{
			name:   "weekday does not fit the dated happening",
			target: func(t *testing.T) *parallax.Article { return article(t, "x", "", undatedFri) },
			story: func(t *testing.T) []*parallax.Article {
				return []*parallax.Article{
					article(t, "a", "2025-10-18T15:00:00Z", announceA),
					article(t, "b", "2025-10-20T08:00:00Z", announceB),
				}
			},
		},
		{
			name:   "no shared happening and dated articles on several days",
			target: func(t *testing.T) *parallax.Article { return article(t, "x", "", undatedOff) },
			story: func(t *testing.T) []*parallax.Article {
				return []*parallax.Article{
					article(t, "a", "2025-10-18T15:00:00Z", announceA),
					article(t, "b", "2025-10-19T08:00:00Z", announceB),
				}
			},
		},
		{
			name:   "dated articles all on one day",
			target: func(t *testing.T) *parallax.Article { return article(t, "x", "", undatedOff) },
			story: func(t *testing.T) []*parallax.Article {
				return []*parallax.Article{
					article(t, "a", "2025-10-18T09:00:00Z", announceA),
					article(t, "b", "2025-10-18T21:00:00Z", announceB),
				}
			},
			want: sat,
		},
		{
			name:   "happenings matched more than a week apart",
			target: func(t *testing.T) *parallax.Article { return article(t, "x", "", undatedSat+" "+undatedOff) },
			story: func(t *testing.T) []*parallax.Article {
				return []*parallax.Article{
					article(t, "a", "2025-10-18T15:00:00Z", announceA),
					article(t, "b", "2025-11-05T08:00:00Z", undatedOff),
				}
			},
		},
		{
			name:   "no dated article",
			target: func(t *testing.T) *parallax.Article { return article(t, "x", "", undatedSat) },
			story: func(t *testing.T) []*parallax.Article {
				return []*parallax.Article{article(t, "y", "", announceA)}
			},
		},
		{
			name:   "report published over a week after the happening does not count",
			target: func(t *testing.T) *parallax.Article { return article(t, "x", "", undatedSat) },
			story: func(t *testing.T) []*parallax.Article {
				return []*parallax.Article{
					article(t, "a", "2025-11-06T15:00:00Z", undatedOff),
					article(t, "b", "2025-11-05T08:00:00Z", "Defence Minister Jora Pell announced on 18 October 2025 that Norvania would withdraw its troops from Ostmark."),
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.target(t)
			story := append(tt.story(t), a)
			got, ok := timeline.Anchor(a, story)
			if tt.want == "" {
				if ok {
					t.Fatalf("Anchor = %v, true; want false", got)
				}
				return
			}
			if !ok {
				t.Fatalf("Anchor = false, want %s", tt.want)
			}
			if d := got.Format(time.DateOnly); d != tt.want {
				t.Errorf("Anchor = %s, want %s", d, tt.want)
			}
		})
	}
}
