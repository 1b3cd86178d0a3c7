package report_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

// TestTimelineJSON checks a story's "timeline": every key of every entry,
// in order, an entry's dates when its sources disagree, and [] for an
// entry without articles or dates and a story without a timeline.
func TestTimelineJSON(t *testing.T) {
	r := &report.Report{Stories: []*parallax.Story{{
		ID: "s1",
		Timeline: []parallax.TimelineEntry{
			{Date: "2024-02-01", Granularity: "day", Summary: "Dorrow ferry crews walked out.", Actor: "Dorrow ferry crews",
				Articles: []string{"a2", "a1"}},
			{Date: "2024-W06", Granularity: "week", Summary: "Talks resumed."},
			{Date: "2024-02-03", Granularity: "day", Summary: "The ferries sailed again.", Articles: []string{"a1", "a3", "a2"},
				Dates: []parallax.TimelineDate{
					{Date: "2024-02-03", Articles: []string{"a1", "a3"}},
					{Date: "2024-02-04", Articles: []string{"a2"}},
				}},
		},
	}, {ID: "s2"}}}
	var doc struct {
		Stories []struct {
			Timeline []map[string]any `json:"timeline"`
		} `json:"stories"`
	}
	out := writeJSON(t, r)
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	want := []map[string]any{{
		"date": "2024-02-01", "granularity": "day", "summary": "Dorrow ferry crews walked out.",
		"actor": "Dorrow ferry crews", "articles": []any{"a2", "a1"}, "dates": []any{},
	}, {
		"date": "2024-W06", "granularity": "week", "summary": "Talks resumed.", "actor": "", "articles": []any{}, "dates": []any{},
	}, {
		"date": "2024-02-03", "granularity": "day", "summary": "The ferries sailed again.", "actor": "",
		"articles": []any{"a1", "a3", "a2"}, "dates": []any{
			map[string]any{"date": "2024-02-03", "articles": []any{"a1", "a3"}},
			map[string]any{"date": "2024-02-04", "articles": []any{"a2"}},
		},
	}}
	if got := doc.Stories[0].Timeline; !reflect.DeepEqual(got, want) {
		t.Errorf("timeline =\n%v\nwant\n%v", got, want)
	}
	if got := doc.Stories[1].Timeline; got == nil || len(got) != 0 {
		t.Errorf("no timeline = %#v, want []", got)
	}
	if !bytes.Contains(out, []byte(`"timeline": []`)) {
		t.Errorf("no \"timeline\": [] in\n%s", out)
	}
	keys := writtenKeys(t, out)["stories[].timeline[]"]
	if want := []string{"date", "granularity", "summary", "actor", "articles", "dates"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("entry keys = %q, want %q", keys, want)
	}
	keys = writtenKeys(t, out)["stories[].timeline[].dates[]"]
	if want := []string{"date", "articles"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("date keys = %q, want %q", keys, want)
	}
}

// TestTimelineDrawn checks that the text and Markdown formats draw a
// story's timeline, in the report and in the single-story view, with the
// articles named as each format names them.
func TestTimelineDrawn(t *testing.T) {
	tests := []struct {
		name   string
		format string
		view   bool
		opt    report.Options
		want   []string
	}{
		{"text report", report.FormatText, false, report.Options{}, []string{
			"\n   Timeline\n",
			"\n   2017        The council approved 27 million crowns for the refit. [1] [4]\n",
			"\n   2019-11     Transport office: Load tests finish;",
			// The sources disagree on the ferries' last day.
			"\n   2019-10-25  Ferry services that ran during the closure stop. [1] [4] [3]\n               (dated 2019-10-26 by [3])\n",
		}},
		{"text story", report.FormatText, true, report.Options{}, []string{
			"\nTimeline\n",
			// The view numbers its own entries: the wire copy is 2 here.
			"\n2017        The council approved 27 million crowns for the refit. [1] [2]\n",
			"city's transport office said. [1] [2] [3]\n",
		}},
		{"text colour", report.FormatText, false, report.Options{Color: true}, []string{
			"\x1b[1mThe council\x1b[0m approved",
			"\x1b[1mTransport office\x1b[0m: Load tests",
		}},
		{"narrow text", report.FormatText, false, report.Options{Width: 20}, []string{
			// Too narrow for a date column: the date goes above.
			"\n   2017\n     The council\n",
		}},
		{"markdown report", report.FormatMarkdown, false, report.Options{}, []string{
			"\n#### Timeline\n\n| Date | What happened | Reported by |\n",
			"\n| 2017 | **The council** approved 27 million crowns for the refit. | The Coastal Herald · Harbour Wire |\n",
			"\n| 2019-11 | **Transport office**: Load tests finish;",
			"\n| 2019-10-25 | Ferry services that ran during the closure stop. *(dated 2019-10-26 by Nordwacht)* | The Coastal Herald · Harbour Wire · Nordwacht |\n",
		}},
		{"markdown story", report.FormatMarkdown, true, report.Options{}, []string{
			"\n## Timeline\n\n",
			"**the city's transport office** said. | The Coastal Herald · Harbour Wire · Nordwacht |\n",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			var err error
			if tt.view {
				s, articles, related := storyViewFixture()
				err = report.WriteStory(&buf, tt.format, s, articles, related, tt.opt)
			} else {
				err = report.Write(&buf, tt.format, sampleReport(), tt.opt)
			}
			if err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, want := range tt.want {
				if !strings.Contains(out, want) {
					t.Errorf("no %q in\n%s", want, out)
				}
			}
			// One timeline: the costs story has none.
			if n := strings.Count(out, "Timeline"); n != 1 {
				t.Errorf("%d timelines drawn, want 1", n)
			}
			if !tt.opt.Color && strings.Contains(out, "\x1b[") {
				t.Errorf("escape codes without colour:\n%s", out)
			}
		})
	}
}

// TestTimelineAbsent checks that a story without a timeline draws none,
// in every format but JSON, whose "timeline" is [].
func TestTimelineAbsent(t *testing.T) {
	r := sampleReport()
	for _, s := range r.Stories {
		s.Timeline = nil
	}
	st, articles, related := storyViewFixture()
	st.Timeline = []parallax.TimelineEntry{}
	for _, format := range []string{report.FormatText, report.FormatMarkdown} {
		var buf bytes.Buffer
		if err := report.Write(&buf, format, r, report.Options{}); err != nil {
			t.Fatal(err)
		}
		if err := report.WriteStory(&buf, format, st, articles, related, report.Options{}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(buf.String(), "Timeline") {
			t.Errorf("%s: a timeline drawn for stories without one:\n%s", format, buf.String())
		}
	}
}

// TestTimelineOdd covers entries the fixture lacks: an article the report
// does not hold, no summary, no date, and Markdown syntax in a summary.
func TestTimelineOdd(t *testing.T) {
	r := &report.Report{
		Articles: []*parallax.Article{{ID: "a1", Outlet: "Dorrow Bell", Text: "x", Story: "s1"}},
		Stories: []*parallax.Story{{ID: "s1", Articles: []string{"a1", "gone"}, Timeline: []parallax.TimelineEntry{
			{Date: "2024-02", Granularity: "month", Summary: "Fares rose | fell by *half*.", Articles: []string{"a1", "gone"}},
			{Summary: "  ", Actor: "Mayor Quill", Articles: []string{"gone"}},
			{Date: "2024", Granularity: "year", Articles: []string{"a1", "a1"}},
		}}},
	}
	tests := []struct {
		format string
		want   []string
	}{
		{report.FormatText, []string{
			"2024-02  Fares rose | fell by *half*. [1] [gone]\n",
			"undated  Mayor Quill [gone]\n",
			"2024     (no summary) [1] [1]\n",
		}},
		{report.FormatMarkdown, []string{
			"| 2024-02 | Fares rose \\| fell by \\*half\\*. | Dorrow Bell · `gone` |\n",
			"| undated | **Mayor Quill** | `gone` |\n",
			// One outlet reporting twice is named once.
			"| 2024 | *(no summary)* | Dorrow Bell |\n",
		}},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := report.Write(&buf, tt.format, r, report.Options{}); err != nil {
			t.Fatal(err)
		}
		for _, want := range tt.want {
			if !strings.Contains(buf.String(), want) {
				t.Errorf("%s: no %q in\n%s", tt.format, want, buf.String())
			}
		}
	}
}
