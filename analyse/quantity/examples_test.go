package quantity_test

import (
	"encoding/json"
	"encoding/xml"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quantity"
	"github.com/parallax-news/parallax/analyse/sentence"
)

const examplesDir = "../../examples"

// demoArticles reads the invented demo corpus straight from its files: the
// JSONL records, the feed items and the saved pages, each reduced to the
// text of its paragraphs. Keys are those of examples/README.md.
func demoArticles(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	// JSONL: MW1, CL1, MW3, MW2 (html), CL2.
	b := readFile(t, "feeds/wire.jsonl")
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var rec struct{ Text, HTML string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("decode wire.jsonl#%d: %v", i+1, err)
		}
		text := rec.Text
		if text == "" {
			text = paragraphs(t, rec.HTML)
		}
		out[[]string{"MW1", "CL1", "MW3", "MW2", "CL2"}[i]] = text
	}
	// RSS: NWB2, NWB3, NWB1.
	var feed struct {
		Items []struct {
			Content string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal(readFile(t, "feeds/nwb.rss"), &feed); err != nil {
		t.Fatalf("decode nwb.rss: %v", err)
	}
	for i, it := range feed.Items {
		out[[]string{"NWB2", "NWB3", "NWB1"}[i]] = paragraphs(t, it.Content)
	}
	for key, name := range map[string]string{
		"LH1": "html/lumira-herald-veltrava-troops-home.html",
		"OP1": "html/orsenburg-post-varela-kessaria-mission.html",
		"LH2": "html/lumira-herald-assembly-advisers-vote.html",
		"BG3": "html/brennick-gazette-dock-strike.html",
	} {
		out[key] = paragraphs(t, string(readFile(t, name)))
	}
	out["FH1"] = string(readFile(t, "text/free-horizon-withdrawal-not-all.txt"))
	out["FH2"] = string(readFile(t, "text/free-horizon-assembly-victory.txt"))
	return out
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(examplesDir, name))
	if err != nil {
		t.Skipf("demo corpus not found: %v", err)
	}
	return b
}

// paragraphs returns the text of the <p> elements of a page, one per line.
func paragraphs(t *testing.T, page string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatalf("parse html: %v", err)
	}
	var b strings.Builder
	var text func(n *html.Node)
	text = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text(c)
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "p" {
			text(n)
			b.WriteString("\n\n")
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

// TestDemoCorpus checks the planted troop figures of examples/README.md
// (E1-a, E1-b): each must come out counted in personnel, with the bounds
// its wording gives and the holder its sentence names.
func TestDemoCorpus(t *testing.T) {
	articles := demoArticles(t)
	tests := []struct {
		article   string
		text      string // Quantity.Text
		value     float64
		low, high float64
		approx    bool
		holder    string
	}{
		{"MW1", "5,000 of its troops", 5000, 5000, 5000, false, "Kessaria"},
		{"MW1", "1,000 troops", 1000, 1000, 1000, false, "Kessaria"},
		{"LH1", "5,000 of its troops", 5000, 5000, 5000, false, "Kessaria"},
		{"LH1", "1,000 troops", 1000, 1000, 1000, false, "Kessaria"},
		{"CL1", "some 5,000 Veltravan soldiers", 5000, 4500, 5500, true, "Kessaria"},
		{"CL1", "700 soldiers", 700, 700, 700, false, "Camp Halvard"},
		{"NWB2", "roughly 5,000 soldiers", 5000, 4500, 5500, true, ""},
		{"NWB1", "Roughly 5,000 soldiers", 5000, 4500, 5500, true, "Kessaria"},
		{"OP1", "about 5,200 Veltravan soldiers", 5200, 4680, 5720, true, "Kessaria"},
		{"FH1", "more than 5,000 Veltravan soldiers", 5000, 5000, math.Inf(1), false, "Kessaria"},
		{"FH1", "1,000", 1000, 1000, 1000, false, "Camp Halvard"},
	}
	for _, tt := range tests {
		text, ok := articles[tt.article]
		if !ok {
			t.Fatalf("%s: not read", tt.article)
		}
		got, ok := findText(quantity.Find(text, sentence.Split(text)), tt.text)
		if !ok {
			t.Errorf("%s: no quantity %q", tt.article, tt.text)
			continue
		}
		if got.Value != tt.value || got.Low != tt.low || got.High != tt.high || got.Approx != tt.approx {
			t.Errorf("%s %q: value %v [%v, %v] approx %v, want %v [%v, %v] approx %v", tt.article, tt.text,
				got.Value, got.Low, got.High, got.Approx, tt.value, tt.low, tt.high, tt.approx)
		}
		if got.Unit != "personnel" {
			t.Errorf("%s %q: Unit = %q, want personnel", tt.article, tt.text, got.Unit)
		}
		if got.Holder != tt.holder {
			t.Errorf("%s %q: Holder = %q, want %q", tt.article, tt.text, got.Holder, tt.holder)
		}
	}
}

// findText returns the first quantity written as text.
func findText(qs []parallax.Quantity, text string) (parallax.Quantity, bool) {
	for _, q := range qs {
		if q.Text == text {
			return q, true
		}
	}
	return parallax.Quantity{}, false
}

// TestDemoCorpusProperties runs Find over every demo article: spans lie in
// the text, hold Text, are in order and do not overlap, and no figure comes
// from a year.
func TestDemoCorpusProperties(t *testing.T) {
	for key, text := range demoArticles(t) {
		qs := quantity.Find(text, sentence.Split(text))
		if len(qs) == 0 {
			t.Errorf("%s: no quantities", key)
		}
		checkSpans(t, key, text, qs)
		for _, q := range qs {
			if y := strings.Trim(q.Text, "()"); len(y) == 4 && y >= "1900" && y <= "2099" {
				t.Errorf("%s: year read as a count: %q", key, q.Text)
			}
		}
	}
}

// checkSpans asserts the span invariants of Find's result.
func checkSpans(t *testing.T, name, text string, qs []parallax.Quantity) {
	t.Helper()
	prev := 0
	for _, q := range qs {
		s := q.Span
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Errorf("%s: span %v of %q out of order or bounds (prev end %d, len %d)", name, s, q.Text, prev, len(text))
			return
		}
		if text[s.Start:s.End] != q.Text {
			t.Errorf("%s: text[%d:%d] = %q, Text = %q", name, s.Start, s.End, text[s.Start:s.End], q.Text)
		}
		if !(q.Low <= q.Value && q.Value <= q.High) {
			t.Errorf("%s: %q: bounds [%v, %v] exclude value %v", name, q.Text, q.Low, q.High, q.Value)
		}
		prev = s.End
	}
}
