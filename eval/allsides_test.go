package eval_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/eval"
)

// allSidesFixture is an invented crawl in the shape of the real one: two
// stories, one article with no text, and a story with no articles.
const allSidesFixture = `{"id": 901, "issue": "Harbour strike", "date": "2021-05-04T10:30:00-07:00", "news": {"left": {"newsSource": "Tidewater Post", "newsTitle": "Dockers walk out in Calloway", "newsLink": "https://tidewater.example/strike", "newBody": ["Dock workers at Calloway walked out on Tuesday.", "", "Talks broke down a third time..."]}, "right": {"newsSource": "Calloway Ledger", "newsTitle": "Port strike strands ships", "newsLink": "https://ledger.example/port", "newBody": ["Forty ships wait at anchor."]}, "center": {"newsSource": "Wire Daily", "newsTitle": "Strike at port", "newsLink": "https://wire.example/s", "newBody": ["  "]}}}
{"id": 902, "issue": "Mayor resigns", "date": "2021-05-06T08:00:00-07:00", "news": {"center": {"newsSource": "Brenna Herald", "newsTitle": "Mayor of Brenna resigns", "newsLink": "https://herald.example/mayor", "newBody": ["The mayor of Brenna resigned after a failed budget vote."]}}}

{"id": 903, "issue": "Nothing linked", "date": "2021-05-07T08:00:00-07:00", "news": {}}
`

func TestLoadAllSidesFixture(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "headline_11_2021-10-19_crawled_all.jsonl"), []byte(allSidesFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := eval.LoadAllSides(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(docs), 3; got != want {
		t.Fatalf("docs = %d, want %d (the blank center article skipped)", got, want)
	}
	byTitle := map[string]eval.ClusterDoc{}
	for _, d := range docs {
		byTitle[d.Article.Title] = d
	}
	d, ok := byTitle["Dockers walk out in Calloway"]
	if !ok {
		t.Fatalf("left article of story 901 missing; titles %v", byTitle)
	}
	a := d.Article
	if d.Gold != "s901" || d.Topic != "" || d.Name != "901/left" {
		t.Errorf("gold %q topic %q name %q, want s901, empty, 901/left", d.Gold, d.Topic, d.Name)
	}
	if got, want := a.Text, "Dock workers at Calloway walked out on Tuesday.\n\nTalks broke down a third time..."; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
	if a.Outlet != "Tidewater Post" || a.URL != "https://tidewater.example/strike" || a.Language != "en" {
		t.Errorf("outlet %q url %q language %q", a.Outlet, a.URL, a.Language)
	}
	if want := time.Date(2021, 5, 4, 17, 30, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("published = %v, want %v", a.Published, want)
	}
	if strings.Contains(a.ID, "901") || a.ID == "" {
		t.Errorf("id %q is not opaque", a.ID)
	}
	if got := byTitle["Port strike strands ships"].Gold; got != "s901" {
		t.Errorf("right article gold = %q, want s901", got)
	}
	if got := byTitle["Mayor of Brenna resigns"].Gold; got != "s902" {
		t.Errorf("story 902 gold = %q, want s902", got)
	}
}

func TestLoadAllSidesMissing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nowhere")
	_, err := eval.LoadAllSides(dir)
	if err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("err = %v, want one naming %s", err, dir)
	}
}

func TestLoadAllSidesBench(t *testing.T) {
	docs, err := eval.LoadAllSides(benchDir(t, "allsides"))
	if err != nil {
		t.Fatal(err)
	}
	// 506 stories, one of which links no article: 505 gold clusters.
	if got, want := len(docs), 1479; got != want {
		t.Errorf("docs = %d, want %d", got, want)
	}
	sizes := map[string]int{}
	ids := map[string]bool{}
	for _, d := range docs {
		a := d.Article
		sizes[d.Gold]++
		ids[a.ID] = true
		if a.Title == "" || a.Text == "" || a.Outlet == "" {
			t.Errorf("%s: title %q, outlet %q, %d bytes of text", d.Name, a.Title, a.Outlet, len(a.Text))
		}
		if a.Published.IsZero() {
			t.Errorf("%s: no date", d.Name)
		}
	}
	if got, want := len(sizes), 505; got != want {
		t.Errorf("stories = %d, want %d", got, want)
	}
	for g, n := range sizes {
		if n > 3 {
			t.Errorf("story %s has %d articles, want at most 3 (left, center, right)", g, n)
		}
	}
	if len(ids) != len(docs) {
		t.Errorf("%d distinct ids for %d docs", len(ids), len(docs))
	}
	// Shuffled: neighbours rarely share a story.
	same := 0
	for i := 1; i < len(docs); i++ {
		if docs[i].Gold == docs[i-1].Gold {
			same++
		}
	}
	if same > 20 {
		t.Errorf("%d neighbouring docs share a story; order looks grouped", same)
	}
}
