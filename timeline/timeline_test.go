package timeline_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/analyse/timex"
	"github.com/parallax-news/parallax/timeline"
)

// article builds an analysed article: sentences and time expressions come
// from the real analysers, anchored on published ("" for undated).
func article(t testing.TB, id, published, text string) *parallax.Article {
	t.Helper()
	a := &parallax.Article{ID: id, Outlet: "outlet-" + id, Text: text}
	if published != "" {
		p, err := time.Parse(time.RFC3339, published)
		if err != nil {
			t.Fatalf("parse %q: %v", published, err)
		}
		a.Published = p
	}
	a.Sentences = sentence.Split(text)
	a.Times = timex.Find(text, a.Published)
	return a
}

// Invented coverage of one event: Norvania's defence minister announces a
// withdrawal from Ostmark on Saturday 2025-10-18.
const (
	announceA = "Norvania will withdraw all 2,000 of its troops from Ostmark, Defence Minister Jora Pell announced on Saturday. The soldiers will leave by rail."
	announceB = "Defence Minister Jora Pell announced on Saturday that Norvania would withdraw its 2,000 troops from Ostmark. The opposition welcomed the step."
	announceC = "Defence Minister Jora Pell announced on October 19 that Norvania will withdraw its 2,000 troops from Ostmark. Critics called it late."
	floodD    = "On Saturday, a flash flood closed the harbour road in Kelport for six hours. Nobody was hurt."
)

func entriesOn(tl []parallax.TimelineEntry, date string) []parallax.TimelineEntry {
	var out []parallax.TimelineEntry
	for _, e := range tl {
		if e.Date == date {
			out = append(out, e)
		}
	}
	return out
}

func dump(t *testing.T, tl []parallax.TimelineEntry) {
	t.Helper()
	for _, e := range tl {
		t.Logf("%s %s %v actor=%q %s", e.Date, e.Granularity, e.Articles, e.Actor, e.Summary)
	}
}

func TestBuildGroups(t *testing.T) {
	tests := []struct {
		name     string
		articles func(t *testing.T) []*parallax.Article
		date     string
		want     [][]string // the Articles of the entries on date, in order
		absent   []string   // dates with no entry
	}{
		{
			name: "same happening across outlets",
			articles: func(t *testing.T) []*parallax.Article {
				return []*parallax.Article{
					article(t, "b", "2025-10-19T08:00:00Z", announceB),
					article(t, "a", "2025-10-18T15:00:00Z", announceA),
				}
			},
			date: "2025-10-18",
			want: [][]string{{"a", "b"}},
		},
		{
			name: "one-day disagreement grouped under the majority date",
			articles: func(t *testing.T) []*parallax.Article {
				return []*parallax.Article{
					article(t, "a", "2025-10-18T15:00:00Z", announceA),
					article(t, "b", "2025-10-19T08:00:00Z", announceB),
					article(t, "c", "2025-10-21T06:00:00Z", announceC),
				}
			},
			date:   "2025-10-18",
			want:   [][]string{{"a", "b", "c"}},
			absent: []string{"2025-10-19"},
		},
		{
			name: "unrelated happenings of one day apart",
			articles: func(t *testing.T) []*parallax.Article {
				return []*parallax.Article{
					article(t, "a", "2025-10-18T15:00:00Z", announceA),
					article(t, "d", "2025-10-18T16:00:00Z", floodD),
				}
			},
			date: "2025-10-18",
			want: [][]string{{"a"}, {"d"}},
		},
		{
			name: "copy listed with its original, not as a source",
			articles: func(t *testing.T) []*parallax.Article {
				a := article(t, "a", "2025-10-18T15:00:00Z", announceA)
				c := article(t, "copy", "2025-10-18T14:00:00Z", announceA)
				c.DuplicateOf = "a"
				return []*parallax.Article{c, a}
			},
			date: "2025-10-18",
			want: [][]string{{"copy", "a"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := timeline.Build(nil, tt.articles(t))
			dump(t, tl)
			got := entriesOn(tl, tt.date)
			if len(got) != len(tt.want) {
				t.Fatalf("%d entries on %s, want %d", len(got), tt.date, len(tt.want))
			}
			for i, e := range got {
				if !slices.Equal(e.Articles, tt.want[i]) {
					t.Errorf("entry %d articles = %v, want %v", i, e.Articles, tt.want[i])
				}
				if e.Granularity != timeline.Day {
					t.Errorf("entry %d granularity = %q, want day", i, e.Granularity)
				}
			}
			for _, d := range tt.absent {
				if len(entriesOn(tl, d)) != 0 {
					t.Errorf("unexpected entry on %s", d)
				}
			}
		})
	}
}

func TestBuildEntry(t *testing.T) {
	tl := timeline.Build(nil, []*parallax.Article{
		article(t, "a", "2025-10-18T15:00:00Z", announceA),
		article(t, "b", "2025-10-19T08:00:00Z", announceB),
	})
	if len(tl) != 1 {
		dump(t, tl)
		t.Fatalf("%d entries, want 1", len(tl))
	}
	e := tl[0]
	if got, want := e.Actor, "Jora Pell"; got != want {
		t.Errorf("Actor = %q, want %q", got, want)
	}
	if !strings.Contains(e.Summary, "Jora Pell announced on Saturday") {
		t.Errorf("Summary = %q, want a reporting sentence", e.Summary)
	}
	if strings.Contains(e.Summary, "rail") || strings.Contains(e.Summary, "opposition") {
		t.Errorf("Summary = %q holds a second sentence", e.Summary)
	}
}

func TestBuildSummaryTrimmed(t *testing.T) {
	long := "Defence Minister Jora Pell announced on Saturday that Norvania" + strings.Repeat(" would also review its garrisons", 12) + "."
	tl := timeline.Build(nil, []*parallax.Article{article(t, "a", "2025-10-18T15:00:00Z", long)})
	if len(tl) != 1 {
		t.Fatalf("%d entries, want 1", len(tl))
	}
	s := tl[0].Summary
	if len(s) > timeline.SummaryLen+len("…") || !strings.HasSuffix(s, "…") {
		t.Errorf("Summary = %q (%d bytes), want at most %d and an ellipsis", s, len(s), timeline.SummaryLen)
	}
	if strings.HasSuffix(strings.TrimSuffix(s, "…"), " garri") {
		t.Errorf("Summary %q cut inside a word", s)
	}
}

func TestBuildBackground(t *testing.T) {
	const (
		since = "Norvanian troops have been stationed in Ostmark since 2014 under the Kelport Treaty."
		peak  = "The deployment peaked at 4,000 soldiers in 2016."
	)
	tests := []struct {
		name  string
		texts []string // one article each, published on consecutive days
		dates []string // the entry dates wanted, in order
	}{
		{"lone background date dropped", []string{announceA + " " + since}, []string{"2025-10-18"}},
		{"background date of two articles kept", []string{announceA + " " + since, announceB + " " + since}, []string{"2014", "2025-10-18"}},
		{"background date of a dated sentence dropped", []string{
			"Jora Pell announced on Saturday that the 2014 Kelport Treaty would end.",
			"Jora Pell said on Saturday that the 2014 Kelport Treaty would end.",
		}, []string{"2025-10-18"}},
		{"unrelated background years kept apart", []string{
			announceA + " " + since + " " + peak, announceB + " " + since + " " + peak,
		}, []string{"2014", "2016", "2025-10-18"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []*parallax.Article
			for i, text := range tt.texts {
				pub := time.Date(2025, 10, 18+i, 15, 0, 0, 0, time.UTC).Format(time.RFC3339)
				arts = append(arts, article(t, string(rune('a'+i)), pub, text))
			}
			tl := timeline.Build(nil, arts)
			var got []string
			for _, e := range tl {
				got = append(got, e.Date)
			}
			if !slices.Equal(got, tt.dates) {
				dump(t, tl)
				t.Errorf("dates = %v, want %v", got, tt.dates)
			}
		})
	}
}

func TestBuildOrder(t *testing.T) {
	// Hand-made time expressions: one article, one sentence per date.
	text := "The month was tense. Talks opened on Monday. The year was long. The week was busy. Pell spoke on Friday."
	a := &parallax.Article{ID: "a", Text: text, Published: time.Date(2025, 10, 20, 0, 0, 0, 0, time.UTC)}
	a.Sentences = sentence.Split(text)
	for _, tv := range []struct{ word, value string }{
		{"month", "2025-10"}, {"Monday", "2025-10-13"}, {"year", "2025"}, {"week", "2025-W42"}, {"Friday", "2025-10-17"},
	} {
		i := strings.Index(text, tv.word)
		a.Times = append(a.Times, parallax.TimeExpr{Text: tv.word, Type: "DATE", Value: tv.value, Span: parallax.Span{Start: i, End: i + len(tv.word)}})
	}
	// Values a timeline cannot place.
	for _, v := range []string{"XXXX-10-22", "PAST_REF", "P4W"} {
		a.Times = append(a.Times, parallax.TimeExpr{Text: "was", Type: "DATE", Value: v, Span: parallax.Span{Start: 10, End: 13}})
	}
	tl := timeline.Build(nil, []*parallax.Article{a})
	var got []string
	for _, e := range tl {
		got = append(got, e.Date+"/"+e.Granularity)
	}
	want := []string{"2025-10-13/day", "2025-10-17/day", "2025-W42/week", "2025-10/month", "2025/year"}
	if !slices.Equal(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}

func TestBuildUndated(t *testing.T) {
	tests := []struct {
		name  string
		arts  func(t *testing.T) []*parallax.Article
		dates []string
	}{
		{"relative dates of an undated article give nothing", func(t *testing.T) []*parallax.Article {
			return []*parallax.Article{article(t, "x", "", announceA)}
		}, nil},
		{"explicit dates of an undated article count", func(t *testing.T) []*parallax.Article {
			return []*parallax.Article{
				article(t, "a", "2025-10-18T15:00:00Z", announceA),
				article(t, "x", "", "Defence Minister Jora Pell announced on 18 October 2025 that Norvania would withdraw its troops from Ostmark."),
			}
		}, []string{"2025-10-18"}},
		{"no dated article: nothing is background", func(t *testing.T) []*parallax.Article {
			return []*parallax.Article{article(t, "x", "", "The Kelport Treaty was signed in March 2014.")}
		}, []string{"2014-03"}},
		{"empty story", func(t *testing.T) []*parallax.Article { return nil }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := timeline.Build(&parallax.Story{ID: "s"}, tt.arts(t))
			var got []string
			for _, e := range tl {
				got = append(got, e.Date)
			}
			if !slices.Equal(got, tt.dates) {
				dump(t, tl)
				t.Errorf("dates = %v, want %v", got, tt.dates)
			}
		})
	}
}

func TestBuildDeterministic(t *testing.T) {
	mk := func() []*parallax.Article {
		return []*parallax.Article{
			article(t, "a", "2025-10-18T15:00:00Z", announceA),
			article(t, "b", "2025-10-19T08:00:00Z", announceB),
			article(t, "c", "2025-10-21T06:00:00Z", announceC),
			article(t, "d", "2025-10-18T16:00:00Z", floodD),
		}
	}
	want := timeline.Build(nil, mk())
	arts := mk()
	slices.Reverse(arts)
	got := timeline.Build(nil, arts)
	if len(got) != len(want) {
		t.Fatalf("%d entries reversed, %d in order", len(got), len(want))
	}
	for i := range got {
		if got[i].Date != want[i].Date || got[i].Summary != want[i].Summary || !slices.Equal(got[i].Articles, want[i].Articles) {
			t.Errorf("entry %d differs with the input reversed: %+v vs %+v", i, got[i], want[i])
		}
	}
}

func TestBuildWithoutSentences(t *testing.T) {
	a := article(t, "a", "2025-10-18T15:00:00Z", "Crowds gathered in Kelport.\nDefence Minister Jora Pell announced on Saturday that troops would leave.\nMore later.")
	a.Sentences = nil
	tl := timeline.Build(nil, []*parallax.Article{a})
	if len(tl) != 1 {
		t.Fatalf("%d entries, want 1", len(tl))
	}
	if got, want := tl[0].Summary, "Defence Minister Jora Pell announced on Saturday that troops would leave."; got != want {
		t.Errorf("Summary = %q, want the line of the date %q", got, want)
	}
}

func TestBuildCopyIsNotCorroboration(t *testing.T) {
	const since = " Norvanian troops have been stationed in Ostmark since 2014 under the Kelport Treaty."
	a := article(t, "a", "2025-10-18T15:00:00Z", announceA+since)
	c := article(t, "c", "2025-10-18T16:00:00Z", announceA+since)
	c.DuplicateOf = "a"
	tl := timeline.Build(nil, []*parallax.Article{a, c})
	if got := entriesOn(tl, "2014"); len(got) != 0 {
		t.Errorf("background 2014 kept on the word of one text and its copy: %+v", got)
	}
	if got := entriesOn(tl, "2025-10-18"); len(got) != 1 || !slices.Equal(got[0].Articles, []string{"a", "c"}) {
		t.Errorf("entries on 2025-10-18 = %+v, want one with [a c]", got)
	}
}
