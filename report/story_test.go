package report_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

// TestStoriesJSON checks the stories of the JSON document: every key
// present, unknown times null, lists never null, size and sources counted,
// and the articles' assignment fields.
func TestStoriesJSON(t *testing.T) {
	r := &report.Report{
		Articles: []*parallax.Article{
			{ID: "a1", Text: "x", Story: "s1"},
			{ID: "a2", Text: "x", Story: "s1", DuplicateOf: "a1", Overlap: 0.875},
			{ID: "a3", Text: "x"},
		},
		Stories: []*parallax.Story{
			{ID: "s1", Title: "Ferry strike", Articles: []string{"a1", "a2"}, Outlets: []string{"Dorrow Bell"},
				FirstSeen: time.Date(2024, 2, 1, 9, 0, 0, 0, time.FixedZone("", -5*3600)),
				LastSeen:  time.Date(2024, 2, 2, 0, 0, 0, 0, time.UTC),
				Related:   []string{"s2"}},
			{ID: "s2"},
		},
	}
	var doc struct {
		Articles []map[string]any `json:"articles"`
		Stories  []map[string]any `json:"stories"`
	}
	if err := json.Unmarshal(writeJSON(t, r), &doc); err != nil {
		t.Fatal(err)
	}
	want := []map[string]any{{
		"id": "s1", "title": "Ferry strike", "articles": []any{"a1", "a2"}, "outlets": []any{"Dorrow Bell"},
		"first_seen": "2024-02-01T09:00:00-05:00", "last_seen": "2024-02-02T00:00:00Z",
		"related": []any{"s2"}, "size": 2.0, "sources": 1.0, "timeline": []any{},
		"quotes": []any{}, "speakers": []any{}, "entities": []any{}, "facts": []any{}, "unique": []any{}, "coverage": []any{},
	}, {
		"id": "s2", "title": "", "articles": []any{}, "outlets": []any{},
		"first_seen": nil, "last_seen": nil, "related": []any{}, "size": 0.0, "sources": 0.0, "timeline": []any{},
		"quotes": []any{}, "speakers": []any{}, "entities": []any{}, "facts": []any{}, "unique": []any{}, "coverage": []any{},
	}}
	if !reflect.DeepEqual(doc.Stories, want) {
		t.Errorf("stories =\n%v\nwant\n%v", doc.Stories, want)
	}
	assignments := []struct {
		story, dupOf string
		overlap      float64
	}{{"s1", "", 0}, {"s1", "a1", 0.875}, {"", "", 0}}
	for i, w := range assignments {
		a := doc.Articles[i]
		if a["story"] != w.story || a["duplicate_of"] != w.dupOf || a["overlap"] != w.overlap {
			t.Errorf("article %d: story, duplicate_of, overlap = %v, %v, %v; want %q, %q, %v",
				i, a["story"], a["duplicate_of"], a["overlap"], w.story, w.dupOf, w.overlap)
		}
	}

	// A report without stories still has the key, as an empty list.
	out := string(writeJSON(t, &report.Report{Articles: []*parallax.Article{{ID: "a", Text: "x"}}}))
	for _, want := range []string{`"stories": []`, `"story": ""`, `"duplicate_of": ""`, `"overlap": 0`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in\n%s", want, out)
		}
	}
}

// TestSources checks the count of independent sources: copies of one text
// count once, however they chain, and an article not at hand counts as
// independent.
func TestSources(t *testing.T) {
	art := func(id, dupOf string) *parallax.Article { return &parallax.Article{ID: id, DuplicateOf: dupOf} }
	tests := []struct {
		name     string
		story    []string
		articles []*parallax.Article
		want     int
	}{
		{"no articles", nil, nil, 0},
		{"none at hand", []string{"a", "b", "c"}, nil, 3},
		{"no copies", []string{"a", "b"}, []*parallax.Article{art("a", ""), art("b", "")}, 2},
		{"one copy", []string{"a", "b"}, []*parallax.Article{art("a", ""), art("b", "a")}, 1},
		{"a chain of copies", []string{"a", "b", "c"}, []*parallax.Article{art("a", ""), art("b", "a"), art("c", "b")}, 1},
		{"copies of an original not in the story", []string{"b", "c"}, []*parallax.Article{art("b", "x"), art("c", "x")}, 1},
		{"a copy and its original not at hand", []string{"a", "b"}, []*parallax.Article{art("b", "a")}, 1},
		{"two wire texts", []string{"w1", "w2", "c1", "c2", "own"},
			[]*parallax.Article{art("w1", ""), art("w2", ""), art("c1", "w1"), art("c2", "w2"), art("own", "")}, 3},
		{"a cycle", []string{"a", "b"}, []*parallax.Article{art("a", "b"), art("b", "a")}, 1},
		{"a cycle entered from outside", []string{"c", "a", "b"}, []*parallax.Article{art("a", "b"), art("b", "a"), art("c", "b")}, 1},
		{"a repeated id", []string{"a", "a"}, []*parallax.Article{art("a", "")}, 1},
		{"articles of other stories at hand", []string{"a"}, []*parallax.Article{art("a", ""), art("z", "a"), art("y", "")}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &parallax.Story{ID: "s", Articles: tt.story}
			j := report.NewStoryJSON(s, tt.articles)
			if j.Sources != tt.want || j.Size != len(tt.story) {
				t.Errorf("size, sources = %d, %d; want %d, %d", j.Size, j.Sources, len(tt.story), tt.want)
			}
		})
	}
}

// TestTextGroupsStories checks that the text report leads with the
// stories, each listing its articles by the number of their entry below,
// before the articles section.
func TestTextGroupsStories(t *testing.T) {
	var buf bytes.Buffer
	if err := report.Write(&buf, report.FormatText, sampleReport(), report.Options{Width: 200}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	// In this order: the story, its three articles as numbered below, the
	// related story, the second story, then the articles section.
	order := []string{
		"4 articles from 4 outlets in 2 stories",
		"Stories (2)",
		"1. Harbour bridge reopens after two-year refit\n   3 articles (2 independent) · 3 outlets · 2019-10-21 – 2019-10-22 · id s5f1c0a9e2b7d\n   Harbour Wire · Nordwacht · The Coastal Herald",
		"   [1] Harbour bridge reopens after two-year refit\n       The Coastal Herald · 2019-10-21 · id u5f1c0a9e2b7d\n",
		"   [4] Kelmar harbour bridge reopens after refit\n",
		"       copy of u5f1c0a9e2b7d, 93% overlap\n",
		"   [3] Brücke in Kelmar",
		"   related: Bridge refit costs rose 40% (story 2)\n",
		"2. Bridge refit costs rose 40%\n   2 articles · 2 outlets · 2019-10-21 · id s0d4e8f2a61c3",
		"   [2] *Exclusive*",
		"   •   id u9a8b7c6d5e4f (not in this report)\n",
		"   related: Harbour bridge reopens after two-year refit (story 1); story s77aa01c3e9f0\n",
		"Articles (4)",
		"1. Harbour bridge reopens after two-year refit\n   The Coastal Herald",
		"   story 1\n",
		"2. *Exclusive*",
		"   story 2\n",
		"4. Kelmar harbour bridge reopens after refit",
		"   story 1 · copy of u5f1c0a9e2b7d, 93% overlap\n",
		"Failed inputs (2)",
	}
	at := 0
	for _, want := range order {
		i := strings.Index(out[at:], want)
		if i < 0 {
			t.Fatalf("no %q after byte %d of\n%s", want, at, out)
		}
		at += i + len(want)
	}
}

// TestCopyMarking checks how copies are marked, with the overlap rounded
// down to a whole percent, and that a report leaves out a copy's text
// unless asked for whole texts.
func TestCopyMarking(t *testing.T) {
	tests := []struct {
		overlap float64
		want    string
	}{
		{0.93, "copy of orig-1, 93% overlap"},
		{0.29, "copy of orig-1, 29% overlap"}, // 0.29*100 is 28.999… in floating point
		{0.999, "copy of orig-1, 99% overlap"},
		{1, "copy of orig-1, 100% overlap"},
		{0.004, "copy of orig-1, 0% overlap"},
		{0, "copy of orig-1"},
	}
	for _, tt := range tests {
		a := &parallax.Article{ID: "c", Title: "Reprint", Text: "The reprinted text.", DuplicateOf: "orig-1", Overlap: tt.overlap}
		var buf bytes.Buffer
		if err := report.WriteArticle(&buf, report.FormatText, a, report.Options{}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "\n"+tt.want+"\n") {
			t.Errorf("overlap %v: no line %q in\n%s", tt.overlap, tt.want, buf.String())
		}
	}

	copyText := "KELMAR (Harbour Wire)"
	for _, format := range []string{report.FormatText, report.FormatMarkdown} {
		for _, full := range []bool{false, true} {
			var buf bytes.Buffer
			if err := report.Write(&buf, format, sampleReport(), report.Options{Full: full}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if got := strings.Contains(out, copyText); got != full {
				t.Errorf("%s, Full=%v: copy's text shown = %v, want %v", format, full, got, full)
			}
			if got := strings.Contains(out, "(text not shown: a copy)"); got == full {
				t.Errorf("%s, Full=%v: omission note shown = %v, want %v", format, full, got, !full)
			}
			mark := "copy of u5f1c0a9e2b7d, 93% overlap"
			if format == report.FormatMarkdown {
				mark = "copy of `u5f1c0a9e2b7d`, 93% overlap"
			}
			if got := strings.Count(out, mark); got != 2 {
				t.Errorf("%s, Full=%v: %d copy marks, want 2 (story list and entry)", format, full, got)
			}
		}
	}
}

// TestWriteStory checks the single-story view in every format: the story,
// each article with its metadata and excerpt, the copy marked, the missing
// article and the related story.
func TestWriteStory(t *testing.T) {
	for _, format := range report.Formats() {
		t.Run(format, func(t *testing.T) {
			s, articles, related := storyViewFixture()
			var buf bytes.Buffer
			if err := report.WriteStory(&buf, format, s, articles, related, report.Options{}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			wants := []string{
				"Harbour bridge reopens after two-year refit", "Bridge refit costs rose 40%",
				"u5f1c0a9e2b7d", "w-2019-1022-0113", "nw-2019-1021-07", "u1f2e3d4c5b6a", "s0d4e8f2a61c3",
				"KELMAR (Harbour Wire)", "Nach fast zwei Jahren",
			}
			if format != report.FormatJSON {
				wants = append(wants, "4 articles (3 independent)", "Mira Osk", "dumps/wire.jsonl#113", "93% overlap",
					"Harbour Wire · Nordwacht · The Coastal Herald")
			}
			for _, want := range wants {
				if !strings.Contains(out, want) {
					t.Errorf("no %q in\n%s", want, out)
				}
			}
			if format != report.FormatJSON {
				return
			}
			var view report.StoryViewJSON
			if err := json.Unmarshal(buf.Bytes(), &view); err != nil {
				t.Fatal(err)
			}
			if view.Story.ID != s.ID || view.Story.Size != 4 || view.Story.Sources != 3 {
				t.Errorf("story = %+v, want %s of size 4, 3 sources", view.Story, s.ID)
			}
			var ids []string
			for _, a := range view.Articles {
				ids = append(ids, a.ID)
			}
			if want := []string{"u5f1c0a9e2b7d", "w-2019-1022-0113", "nw-2019-1021-07"}; !reflect.DeepEqual(ids, want) {
				t.Errorf("articles = %v, want %v", ids, want)
			}
			if view.Articles[1].DuplicateOf != "u5f1c0a9e2b7d" || view.Articles[1].Overlap != 0.93 {
				t.Errorf("copy = %q, %v", view.Articles[1].DuplicateOf, view.Articles[1].Overlap)
			}
			if len(view.Related) != 1 || view.Related[0].ID != related[0].ID || view.Related[0].Sources != 2 {
				t.Errorf("related = %+v", view.Related)
			}
		})
	}
}

// TestWriteStoryEmpty checks a story with nothing known but its id, with
// no articles and no related stories at hand.
func TestWriteStoryEmpty(t *testing.T) {
	s := &parallax.Story{ID: "s-bare"}
	for _, format := range report.Formats() {
		var buf bytes.Buffer
		if err := report.WriteStory(&buf, format, s, nil, nil, report.Options{}); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if !strings.Contains(buf.String(), "s-bare") {
			t.Errorf("%s: no id in\n%s", format, buf.String())
		}
	}
	var buf bytes.Buffer
	if err := report.WriteStory(&buf, report.FormatJSON, s, nil, nil, report.Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"articles": []`, `"related": []`, `"first_seen": null`, `"outlets": []`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("no %s in\n%s", want, buf.String())
		}
	}
	buf.Reset()
	if err := report.WriteStory(&buf, report.FormatText, s, nil, nil, report.Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"(untitled story)", "0 articles · dates unknown · id s-bare"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("no %q in\n%s", want, buf.String())
		}
	}
}

func TestWriteStoryErrors(t *testing.T) {
	s, articles, related := storyViewFixture()
	err := report.WriteStory(&bytes.Buffer{}, report.FormatText, nil, articles, related, report.Options{})
	if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
		t.Errorf("nil story: ErrorCode=%q, want %q", got, want)
	}
	for _, format := range []string{"", "xml", "JSON", "md"} {
		var buf bytes.Buffer
		err := report.WriteStory(&buf, format, s, articles, related, report.Options{})
		if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
			t.Errorf("format %q: ErrorCode=%q, want %q (err %v)", format, got, want, err)
		}
		if buf.Len() != 0 {
			t.Errorf("format %q: wrote %d bytes", format, buf.Len())
		}
	}
	err = report.WriteStory(failingWriter{}, report.FormatText, s, articles, related, report.Options{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("err=%v, want the writer's error", err)
	}
}

// TestStorySpan checks how a story's dates show: days in their own zone,
// one day when both ends fall on it.
func TestStorySpan(t *testing.T) {
	d := func(day, hour int, off int) time.Time {
		return time.Date(2024, 3, day, hour, 0, 0, 0, time.FixedZone("", off*3600))
	}
	tests := []struct {
		first, last time.Time
		want        string
	}{
		{time.Time{}, time.Time{}, "dates unknown"},
		{d(4, 9, 0), d(4, 23, 0), "2024-03-04"},
		{d(4, 9, 0), d(6, 1, 0), "2024-03-04 – 2024-03-06"},
		{d(4, 23, -5), d(5, 1, 2), "2024-03-04 – 2024-03-05"},
		{d(4, 9, 0), time.Time{}, "from 2024-03-04"},
	}
	for _, tt := range tests {
		s := &parallax.Story{ID: "s", Title: "T", Articles: []string{"a"}, FirstSeen: tt.first, LastSeen: tt.last}
		var buf bytes.Buffer
		if err := report.WriteStory(&buf, report.FormatText, s, nil, nil, report.Options{Width: 200}); err != nil {
			t.Fatal(err)
		}
		if want := "1 article · " + tt.want + " · id s\n"; !strings.Contains(buf.String(), want) {
			t.Errorf("%v – %v: no %q in\n%s", tt.first, tt.last, want, buf.String())
		}
	}
}

// TestManyOutlets checks that a story's entry in a report names a few
// outlets and counts the rest, while the story view names them all.
func TestManyOutlets(t *testing.T) {
	s := &parallax.Story{ID: "s", Title: "Election night", Articles: []string{"a"}}
	for _, o := range strings.Fields("Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo") {
		s.Outlets = append(s.Outlets, o+" News")
	}
	var buf bytes.Buffer
	if err := report.Write(&buf, report.FormatText, &report.Report{Stories: []*parallax.Story{s}}, report.Options{Width: 200}); err != nil {
		t.Fatal(err)
	}
	if want := "Golf News · Hotel News · 3 more\n"; !strings.Contains(buf.String(), want) {
		t.Errorf("report: no %q in\n%s", want, buf.String())
	}
	buf.Reset()
	if err := report.WriteStory(&buf, report.FormatText, s, nil, nil, report.Options{Width: 200}); err != nil {
		t.Fatal(err)
	}
	if want := "Hotel News · India News · Juliett News · Kilo News\n"; !strings.Contains(buf.String(), want) {
		t.Errorf("story view: no %q in\n%s", want, buf.String())
	}
}
