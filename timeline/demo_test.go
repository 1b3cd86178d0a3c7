package timeline_test

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/analyse/timex"
	"github.com/parallax-news/parallax/internal/demo"
	"github.com/parallax-news/parallax/timeline"
)

// loadDemo runs the demo corpus through extraction, sentence splitting and
// the time-expression finder, and names each article by its key (the key
// is also its id, so failures read well).
func loadDemo(t testing.TB) map[string]*parallax.Article {
	t.Helper()
	out, err := demo.Extract(filepath.Join("..", "examples"))
	if errors.Is(err, demo.ErrMissing) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	for key, a := range out {
		a.ID = key
		a.Sentences = sentence.Split(a.Text)
		a.Times = timex.Find(a.Text, a.Published)
	}
	out["LH1"].DuplicateOf = "MW1" // the story stage's verdict, per the answer key
	return out
}

// demoStory returns the articles of one event, undated ones anchored on
// the others the way the pipeline does it.
func demoStory(t *testing.T, arts map[string]*parallax.Article, keys ...string) []*parallax.Article {
	t.Helper()
	var story []*parallax.Article
	for _, k := range keys {
		story = append(story, arts[k])
	}
	for _, a := range story {
		if a.Published.IsZero() {
			if d, ok := timeline.Anchor(a, story); ok {
				a.Times = timex.Find(a.Text, d)
			}
		}
	}
	return story
}

// entryOn returns the entry of date d with the most articles.
func entryOn(tl []parallax.TimelineEntry, d string) (parallax.TimelineEntry, bool) {
	var best parallax.TimelineEntry
	found := false
	for _, e := range tl {
		if e.Date == d && len(e.Articles) > len(best.Articles) {
			best, found = e, true
		}
	}
	return best, found
}

func TestDemoTimelines(t *testing.T) {
	arts := loadDemo(t)
	tests := []struct {
		event    string
		keys     []string
		date     string
		word     string // in the summary
		actor    string
		reporter []string // among the entry's articles
	}{
		{"E1", []string{"MW1", "LH1", "OP1", "CL1", "FH1", "NWB1"}, "2025-10-18", "withdraw", "Ana Varela", []string{"MW1", "LH1", "NWB1", "CL1", "FH1"}},
		{"E2", []string{"MW2", "LH2", "FH2", "NWB2", "CL2"}, "2026-01-14", "voted", "National Assembly", []string{"MW2", "NWB2", "LH2"}},
		{"E3", []string{"MW3", "BG3", "NWB3"}, "2025-11-03", "strike", "", []string{"MW3", "BG3", "NWB3"}},
	}
	for _, tt := range tests {
		t.Run(tt.event, func(t *testing.T) {
			story := demoStory(t, arts, tt.keys...)
			tl := timeline.Build(nil, story)
			for _, e := range tl {
				t.Logf("%s %-5s %v actor=%q %s", e.Date, e.Granularity, e.Articles, e.Actor, e.Summary)
			}
			e, ok := entryOn(tl, tt.date)
			if !ok {
				t.Fatalf("no entry on %s", tt.date)
			}
			for _, k := range tt.reporter {
				if !slices.Contains(e.Articles, k) {
					t.Errorf("entry %s: articles %v lack %s", tt.date, e.Articles, k)
				}
			}
			if !strings.Contains(strings.ToLower(e.Summary), tt.word) {
				t.Errorf("entry %s: summary %q lacks %q", tt.date, e.Summary, tt.word)
			}
			if tt.actor != "" && e.Actor != tt.actor {
				t.Errorf("entry %s: actor %q, want %q", tt.date, e.Actor, tt.actor)
			}
			for i := 1; i < len(tl); i++ {
				if tl[i].Date < tl[i-1].Date && tl[i].Granularity == tl[i-1].Granularity {
					t.Errorf("entries out of order: %s after %s", tl[i].Date, tl[i-1].Date)
				}
			}
		})
	}
}

func TestDemoAnchor(t *testing.T) {
	arts := loadDemo(t)
	tests := []struct {
		key  string
		keys []string
		want string
	}{
		{"FH1", []string{"MW1", "LH1", "OP1", "CL1", "FH1", "NWB1"}, "2025-10-18"}, // "on Saturday", the announcement
		{"LH2", []string{"MW2", "LH2", "FH2", "NWB2", "CL2"}, "2026-01-14"},        // "on Wednesday", the vote
	}
	for _, tt := range tests {
		var story []*parallax.Article
		for _, k := range tt.keys {
			story = append(story, arts[k])
		}
		got, ok := timeline.Anchor(arts[tt.key], story)
		if !ok || got.Format(time.DateOnly) != tt.want {
			t.Errorf("Anchor(%s) = %v, %v; want %s", tt.key, got, ok, tt.want)
		}
	}
}
