package report_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

// docPath is docs/json.md, the description of the JSON document.
var docPath = filepath.Join("..", "docs", "json.md")

func writeJSON(t *testing.T, r *report.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Write(&buf, report.FormatJSON, r, report.Options{}); err != nil {
		t.Fatal(err)
	}
	if !json.Valid(buf.Bytes()) {
		t.Fatalf("invalid JSON:\n%s", buf.Bytes())
	}
	return buf.Bytes()
}

// TestJSONRoundTrip decodes the document back into its Go types and into a
// generic map, and checks the values a reader relies on.
func TestJSONRoundTrip(t *testing.T) {
	r := sampleReport()
	out := writeJSON(t, r)

	var got report.DocumentJSON
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if want := report.NewDocumentJSON(r); !reflect.DeepEqual(normalize(got), normalize(want)) {
		t.Fatalf("round trip differs:\ngot  %+v\nwant %+v", got, want)
	}

	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if got, want := doc["version"], float64(report.Version); got != want {
		t.Errorf("version=%v, want %v", got, want)
	}
	articles := doc["articles"].([]any)
	if got, want := len(articles), len(r.Articles); got != want {
		t.Fatalf("len(articles)=%d, want %d", got, want)
	}
	for i, a := range r.Articles {
		m := articles[i].(map[string]any)
		// published: RFC 3339 with the source's offset, or null.
		switch p := m["published"].(type) {
		case nil:
			if !a.Published.IsZero() {
				t.Errorf("article %d: published null, want %v", i, a.Published)
			}
		case string:
			pt, err := time.Parse(time.RFC3339, p)
			if err != nil || !pt.Equal(a.Published) {
				t.Errorf("article %d: published %q (%v), want %v", i, p, err, a.Published)
			}
			if _, off := pt.Zone(); off != offset(a.Published) {
				t.Errorf("article %d: published %q lost the offset of %v", i, p, a.Published)
			}
		default:
			t.Errorf("article %d: published is %T", i, p)
		}
		// sentences: byte offsets that slice text into its sentences.
		text := m["text"].(string)
		for j, s := range m["sentences"].([]any) {
			span := s.(map[string]any)
			start, end := int(span["start"].(float64)), int(span["end"].(float64))
			if got, want := text[start:end], a.Text[a.Sentences[j].Start:a.Sentences[j].End]; got != want {
				t.Errorf("article %d sentence %d: %q, want %q", i, j, got, want)
			}
		}
	}
	if got := articles[2].(map[string]any)["published"]; got != nil {
		t.Errorf("unknown date: published=%v, want null", got)
	}
	// The German text has multi-byte characters: offsets are bytes.
	if got, want := articles[2].(map[string]any)["sentences"].([]any)[1], map[string]any{"start": 91.0, "end": 155.0}; !reflect.DeepEqual(got, want) {
		t.Errorf("second German sentence=%v, want %v (byte offsets)", got, want)
	}
	extra := articles[2].(map[string]any)["extra"].(map[string]any)
	if got, want := extra["tags"], []any{"brücke", "verkehr"}; !reflect.DeepEqual(got, want) {
		t.Errorf("extra.tags=%v, want %v", got, want)
	}
	if got, want := extra["paywall"], map[string]any{"metered": true, "limit": 3.0}; !reflect.DeepEqual(got, want) {
		t.Errorf("extra.paywall=%v, want %v", got, want)
	}
	errs := doc["errors"].([]any)
	if got, want := errs[1], map[string]any{"source": "https://gone.example/story", "code": "fetch", "message": "HTTP 404 Not Found"}; !reflect.DeepEqual(got, want) {
		t.Errorf("errors[1]=%v, want %v", got, want)
	}
}

func offset(t time.Time) int {
	_, off := t.Zone()
	return off
}

// normalize compacts the raw extra values so that documents compare by
// content, not layout.
func normalize(d report.DocumentJSON) report.DocumentJSON {
	for _, a := range d.Articles {
		for k, v := range a.Extra {
			var b bytes.Buffer
			if err := json.Compact(&b, v); err == nil {
				a.Extra[k] = b.Bytes()
			}
		}
	}
	return d
}

// TestJSONEmpty checks the null-versus-empty rules of docs/json.md: lists
// and objects are never null; times are null when unknown.
func TestJSONEmpty(t *testing.T) {
	r := &report.Report{Articles: []*parallax.Article{{ID: "c1", Source: "a.txt", Text: "x"}}}
	out := string(writeJSON(t, r))
	for _, want := range []string{
		`"generated": null`, `"published": null`, `"ingested": null`,
		`"sentences": []`, `"removed": []`, `"extra": {}`,
		`"errors": []`, `"notes": []`, `"author": ""`, `"revision": 0`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in\n%s", want, out)
		}
	}
	out = string(writeJSON(t, &report.Report{}))
	if !strings.Contains(out, `"articles": []`) {
		t.Errorf("empty report: no \"articles\": [] in\n%s", out)
	}
}

// TestJSONStrings checks that strings holding JSON punctuation and
// escapes survive the layout, in text and in extra fields.
func TestJSONStrings(t *testing.T) {
	tricky := `a,b:{c}[d] "q" \ <tag> & é 🙂` + "\n\t\u2028"
	a := &parallax.Article{
		ID: "c1", Source: "x.jsonl#1", Title: tricky, Text: tricky,
		Removed: []string{tricky, "{", "]"},
		Extra: map[string]json.RawMessage{
			"raw":    json.RawMessage(`"\u00e9\"{[,:"`),
			"nested": json.RawMessage(`{"a": [1, {"b": "]}"}], "c": null}`),
		},
	}
	var buf bytes.Buffer
	if err := report.WriteArticle(&buf, report.FormatJSON, a, report.Options{}); err != nil {
		t.Fatal(err)
	}
	var got report.ArticleJSON
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("%v in\n%s", err, buf.Bytes())
	}
	if got.Title != tricky || got.Text != tricky || !slices.Equal(got.Removed, a.Removed) {
		t.Errorf("strings altered:\n%s", buf.Bytes())
	}
	if !strings.Contains(buf.String(), "<tag> & ") {
		t.Errorf("HTML characters escaped:\n%s", buf.Bytes())
	}
	// Raw values keep their escapes: they are carried verbatim.
	if !strings.Contains(buf.String(), `"raw": "\u00e9\"{[,:"`) {
		t.Errorf("extra.raw not verbatim:\n%s", buf.Bytes())
	}
	var nested any
	if err := json.Unmarshal(got.Extra["nested"], &nested); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"a": []any{1.0, map[string]any{"b": "]}"}}, "c": nil}
	if !reflect.DeepEqual(nested, want) {
		t.Errorf("extra.nested=%v, want %v", nested, want)
	}
}

// TestJSONDocumented keeps docs/json.md true: every key the program writes
// is documented, every documented key is written, and in the documented
// order.
func TestJSONDocumented(t *testing.T) {
	documented := docKeys(t)
	// The story view has a table of its own, checked below.
	storyView := documented[storyViewPath]
	delete(documented, storyViewPath)
	written := writtenKeys(t, writeJSON(t, sampleReport()))
	for path, keys := range written {
		if want := documented[path]; !slices.Equal(keys, want) {
			t.Errorf("object %q: program writes keys %q, docs/json.md lists %q", path, keys, want)
		}
	}
	for path := range documented {
		if _, ok := written[path]; !ok {
			t.Errorf("docs/json.md documents object %q, which the sample output lacks", path)
		}
	}

	// The single-article view is an Article object at the top level.
	var buf bytes.Buffer
	if err := report.WriteArticle(&buf, report.FormatJSON, nordwacht(), report.Options{}); err != nil {
		t.Fatal(err)
	}
	view := writtenKeys(t, buf.Bytes())
	if got, want := view[""], documented["articles[]"]; !slices.Equal(got, want) {
		t.Errorf("article view writes keys %q, docs/json.md lists %q", got, want)
	}

	// The single-story view: its own top level, then a Story, Articles
	// and Stories as in the document.
	buf.Reset()
	st, articles, related := storyViewFixture()
	if err := report.WriteStory(&buf, report.FormatJSON, st, articles, related, report.Options{}); err != nil {
		t.Fatal(err)
	}
	view = writtenKeys(t, buf.Bytes())
	for _, c := range []struct{ path, doc string }{
		{"", storyViewPath}, {"story", "stories[]"}, {"articles[]", "articles[]"},
		{"articles[].sentences[]", "articles[].sentences[]"}, {"related[]", "stories[]"},
		{"story.timeline[]", "stories[].timeline[]"},
	} {
		want := documented[c.doc]
		if c.doc == storyViewPath {
			want = storyView
		}
		if got := view[c.path]; !slices.Equal(got, want) {
			t.Errorf("story view object %q writes keys %q, docs/json.md lists %q", c.path, got, want)
		}
	}
}

// storyViewPath is the backquoted name in the heading of the story view's
// table in docs/json.md.
const storyViewPath = "parallax story"

// TestJSONDocExample checks that the complete example in docs/json.md is
// what the program writes for exampleReport.
func TestJSONDocExample(t *testing.T) {
	doc := readDoc(t)
	m := regexp.MustCompile("(?s)## Example\n.*?```json\n(.*?)```").FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("docs/json.md has no ```json block under ## Example")
	}
	if got, want := string(writeJSON(t, exampleReport())), m[1]; got != want {
		t.Errorf("docs/json.md example differs from the output; the output is:\n%s", got)
	}
}

func readDoc(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(docPath)
	if err != nil {
		t.Fatalf("read the JSON documentation: %v", err)
	}
	return string(b)
}

// docKeys parses the field tables of docs/json.md: for each object path
// (the backquoted path in the heading above the table, "" for the top
// level), its keys in table order.
func docKeys(t *testing.T) map[string][]string {
	t.Helper()
	row := regexp.MustCompile("^\\| `([a-z0-9_]+)` \\|")
	// A heading names the paths its table describes, in backquotes:
	// "## Wording — `a[].wordings[]`, `b[].wordings[]`".
	heading := regexp.MustCompile("^#+ ")
	path := regexp.MustCompile("`([^`]*)`")
	keys := make(map[string][]string)
	paths := []string{""}
	for _, line := range strings.Split(readDoc(t), "\n") {
		if heading.MatchString(line) {
			paths = paths[:0]
			for _, m := range path.FindAllStringSubmatch(line, -1) {
				paths = append(paths, m[1])
			}
			if len(paths) == 0 {
				paths = append(paths, "")
			}
			continue
		}
		if m := row.FindStringSubmatch(line); m != nil {
			for _, p := range paths {
				keys[p] = append(keys[p], m[1])
			}
		}
	}
	if len(keys[""]) == 0 || len(keys["articles[]"]) == 0 {
		t.Fatalf("found no field tables in %s: %v", docPath, keys)
	}
	return keys
}

// writtenKeys returns, for each object path in a JSON document ("" for
// the top level, "articles[]" for an article…), the keys of its first
// object in output order. The contents of "extra" are the input's, not
// ours, and are skipped.
func writtenKeys(t *testing.T, data []byte) map[string][]string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	keys := make(map[string][]string)
	var walk func(path string) error
	walk = func(path string) error {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'):
			_, seen := keys[path]
			if !seen {
				keys[path] = []string{}
			}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return err
				}
				key := k.(string)
				if !seen {
					keys[path] = append(keys[path], key)
				}
				child := key
				if path != "" {
					child = path + "." + key
				}
				if child == "articles[].extra" || path == "" && key == "extra" {
					var skip json.RawMessage
					if err := dec.Decode(&skip); err != nil {
						return err
					}
					continue
				}
				if err := walk(child); err != nil {
					return err
				}
			}
			_, err = dec.Token()
			return err
		case json.Delim('['):
			for dec.More() {
				if err := walk(path + "[]"); err != nil {
					return err
				}
			}
			_, err = dec.Token()
			return err
		}
		return nil
	}
	if err := walk(""); err != nil && err != io.EOF {
		t.Fatal(err)
	}
	return keys
}
