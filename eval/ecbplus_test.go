package eval_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/eval"
)

// benchDir returns the shared benchmark directory name, or skips the test
// when it is absent.
func benchDir(t *testing.T, name string) string {
	t.Helper()
	root := os.Getenv("PARALLAX_BENCH")
	if root == "" {
		root = filepath.Join("..", "..", "shared", "bench")
	}
	dir := filepath.Join(root, name)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s benchmark data not found at %s (set PARALLAX_BENCH)", name, dir)
	}
	return dir
}

// writeECB writes an ECB+ style file: each sentence is a string of
// space-separated tokens, numbered from 0.
func writeECB(t *testing.T, dir, topic, name string, sentences ...string) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "<Document doc_name=%q doc_id=\"DOC1\">\n", name)
	id := 1
	for s, sent := range sentences {
		for n, tok := range strings.Fields(sent) {
			tok = strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace(tok)
			fmt.Fprintf(&b, "<token t_id=\"%d\" sentence=\"%d\" number=\"%d\">%s</token>\n", id, s, n, tok)
			id++
		}
	}
	b.WriteString("<Markables>\n<ACTION_OCCURRENCE m_id=\"1\"><token_anchor t_id=\"2\"/></ACTION_OCCURRENCE>\n</Markables>\n</Document>\n")
	p := filepath.Join(dir, "ECB+", topic, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadECBPlusFixture(t *testing.T) {
	dir := t.TempDir()
	writeECB(t, dir, "7", "7_1ecb.xml",
		"Ferry sinks off Varnholm",
		"The ferry `` Lindqvist '' sank on Tuesday , officials said .",
		"It was n't insured , and the owner 's lawyer ( Ana Corvo ) declined comment .")
	writeECB(t, dir, "7", "7_2ecbplus.xml",
		"http : / / www . tidewater - post . example / ferry - sinks",
		"Friday , June 7 , 2013",
		"Second ferry lost near Osk",
		"A 31 - year - old captain said the loss cost $ 2 . 6 million -- the ship was new .",
		"At 12 : 19 p . m . the boat was gone , he said : `` It 's over . ''")
	writeECB(t, dir, "8", "8_1ecb.xml",
		"The mayor of Brenna resigned on Monday after a budget vote failed .",
		"Her deputy takes over .")
	writeECB(t, dir, "9", "9_1ecb.xml", "Storm closes Kell harbour")

	docs, err := eval.LoadECBPlus(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(docs), 4; got != want {
		t.Fatalf("docs = %d, want %d", got, want)
	}
	byGold := map[string]eval.ClusterDoc{}
	for _, d := range docs {
		byGold[d.Gold] = d
		if !regexp.MustCompile(`^d\d$`).MatchString(d.Article.ID) {
			t.Errorf("id %q is not opaque", d.Article.ID)
		}
		if d.Article.Language != "en" {
			t.Errorf("%s: language %q, want en", d.Name, d.Article.Language)
		}
	}

	tests := []struct {
		gold, topic, name string
		title, text       string
	}{
		{
			gold: "7ecb", topic: "7", name: filepath.Join("7", "7_1ecb.xml"),
			title: "Ferry sinks off Varnholm",
			text: `The ferry "Lindqvist" sank on Tuesday, officials said.` + "\n" +
				`It wasn't insured, and the owner's lawyer (Ana Corvo) declined comment.`,
		},
		{
			// The URL sentence goes; the date line stays in the text but
			// does not stop the headline below it being the title.
			gold: "7ecbplus", topic: "7", name: filepath.Join("7", "7_2ecbplus.xml"),
			title: "Second ferry lost near Osk",
			text: "Friday, June 7, 2013\n" +
				"A 31-year-old captain said the loss cost $2.6 million -- the ship was new.\n" +
				`At 12:19 p.m. the boat was gone, he said: "It's over."`,
		},
		{
			// A first sentence ending in a full stop is a lede, not a title.
			gold: "8ecb", topic: "8", name: filepath.Join("8", "8_1ecb.xml"),
			title: "",
			text:  "The mayor of Brenna resigned on Monday after a budget vote failed.\nHer deputy takes over.",
		},
		{
			// A lone headline stays the text rather than leave none.
			gold: "9ecb", topic: "9", name: filepath.Join("9", "9_1ecb.xml"),
			title: "", text: "Storm closes Kell harbour",
		},
	}
	for _, tt := range tests {
		d, ok := byGold[tt.gold]
		if !ok {
			t.Errorf("no doc with gold %q", tt.gold)
			continue
		}
		if d.Topic != tt.topic || d.Name != tt.name {
			t.Errorf("%s: topic %q name %q, want %q %q", tt.gold, d.Topic, d.Name, tt.topic, tt.name)
		}
		if d.Article.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.gold, d.Article.Title, tt.title)
		}
		if d.Article.Text != tt.text {
			t.Errorf("%s: text\n%q\nwant\n%q", tt.gold, d.Article.Text, tt.text)
		}
		// One sentence span per line of text.
		lines := strings.Split(d.Article.Text, "\n")
		if len(d.Article.Sentences) != len(lines) {
			t.Errorf("%s: %d sentence spans for %d lines", tt.gold, len(d.Article.Sentences), len(lines))
		}
		for i, sp := range d.Article.Sentences {
			if i < len(lines) && d.Article.Text[sp.Start:sp.End] != lines[i] {
				t.Errorf("%s: span %d = %q, want %q", tt.gold, i, d.Article.Text[sp.Start:sp.End], lines[i])
			}
		}
	}
}

func TestLoadECBPlusMissing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nowhere")
	_, err := eval.LoadECBPlus(dir)
	if err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("err = %v, want one naming %s", err, dir)
	}
}

func TestLoadECBPlusBench(t *testing.T) {
	docs, err := eval.LoadECBPlus(benchDir(t, "ecbplus"))
	if err != nil {
		t.Fatal(err)
	}
	// The shared copy holds topics 1-35 less 15 and 17: 33 topics, each
	// with both sub-topics, 772 files of which 381 ecbplus.
	if got, want := len(docs), 772; got != want {
		t.Errorf("docs = %d, want %d", got, want)
	}
	topics, subs, ids := map[string]bool{}, map[string]int{}, map[string]bool{}
	titles := 0
	for _, d := range docs {
		a := d.Article
		topics[d.Topic] = true
		subs[d.Gold]++
		ids[a.ID] = true
		if a.Title != "" {
			titles++
		}
		// The ecbplus URL sentence is gone, and nothing the clusterer
		// sees names the sub-topic.
		for _, s := range []string{a.Title, a.Text, a.ID, a.Source, a.URL} {
			if strings.Contains(s, "ecbplus") || strings.Contains(s, ".xml") {
				t.Errorf("%s: article field leaks the file name: %.80q", d.Name, s)
			}
		}
		if strings.HasPrefix(a.Text, "http") || strings.HasPrefix(a.Title, "http") {
			t.Errorf("%s: starts with the source URL: %.80q", d.Name, a.Text)
		}
		if a.Text == "" {
			t.Errorf("%s: empty text", d.Name)
		}
	}
	if got, want := len(topics), 33; got != want {
		t.Errorf("topics = %d, want %d", got, want)
	}
	if got, want := len(subs), 66; got != want {
		t.Errorf("sub-topics = %d, want %d", got, want)
	}
	plus := 0
	for g, n := range subs {
		if strings.HasSuffix(g, "ecbplus") {
			plus += n
		}
	}
	if got, want := plus, 381; got != want {
		t.Errorf("ecbplus docs = %d, want %d", got, want)
	}
	if len(ids) != len(docs) {
		t.Errorf("%d distinct ids for %d docs", len(ids), len(docs))
	}
	if titles < 300 || titles > 600 {
		t.Errorf("titles found for %d of %d docs, want a few hundred", titles, len(docs))
	}
	// The order is shuffled: the first 30 docs span many topics.
	first := map[string]bool{}
	for _, d := range docs[:30] {
		first[d.Topic] = true
	}
	if len(first) < 10 {
		t.Errorf("first 30 docs span %d topics; order looks sorted", len(first))
	}
	// Loading twice gives the same order and ids.
	again, err := eval.LoadECBPlus(benchDir(t, "ecbplus"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range docs {
		if docs[i].Name != again[i].Name || docs[i].Article.ID != again[i].Article.ID {
			t.Fatalf("doc %d: %s %s, then %s %s: order not fixed", i, docs[i].Name, docs[i].Article.ID, again[i].Name, again[i].Article.ID)
		}
	}
}
