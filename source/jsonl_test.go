package source_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/source"
)

func TestReadJSONL(t *testing.T) {
	lines := []string{
		`{"id":"vc-101","url":"https://courier.example/pier","outlet":"Veldmark Courier","title":"Ferry pier to close","published":"2024-03-05T09:30:00+01:00","language":"en","author":"Ines Rambaut","text":"` + storyText + `","section":"local","tags":["harbour","council"]}`,
		`{"id":7,"html":"<p>Flood</p>","published":"2024-03-06"}`,
		``,
		`{"text":"no zone","published":"2024-03-07T08:15:00"}`,
		`{"text": "broken", `,
		`{"title":"nothing to read"}`,
		`{"text":"bad date","published":"last Tuesday"}`,
		`["not","an","object"]`,
		`{"text":"bad title","title":42}`,
		"{\"text\":\"latin-1 caf\xe9\"}",
		`{"text":"last line without newline"}`,
	}
	path := WriteFile(t, t.TempDir(), "feed.jsonl", []byte(strings.Join(lines, "\n")))
	results := MustRead(t, source.Options{}, path)
	AssertLines(t, Summary(results), []string{
		"doc " + path + "#1 text",
		"doc " + path + "#2 html",
		"doc " + path + "#4 text",
		"err " + path + "#5: line 5: invalid JSON: unexpected end of JSON input",
		"err " + path + "#6: line 6: record has neither text nor html",
		"doc " + path + "#7 text",
		"note " + path + `#7: unparseable published date "last Tuesday"; left unknown`,
		"err " + path + "#8: line 8: not a JSON object",
		"err " + path + `#9: line 9: field "title" is not a string`,
		"err " + path + "#10: line 10: invalid UTF-8 at byte " + itoa(len(strings.Join(lines[:9], "\n"))+1+len(`{"text":"latin-1 caf`)),
		"doc " + path + "#11 text",
	})

	docs := Docs(results)
	first := docs[0]
	want := parallax.Meta{
		ID: "vc-101", URL: "https://courier.example/pier", Outlet: "Veldmark Courier", Title: "Ferry pier to close",
		Language: "en", Author: "Ines Rambaut", Published: time.Date(2024, 3, 5, 8, 30, 0, 0, time.UTC),
	}
	got := first.Meta
	got.Extra = nil
	if !got.Published.Equal(want.Published) {
		t.Fatalf("Published = %v, want %v", got.Published, want.Published)
	}
	got.Published = want.Published
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Meta = %+v, want %+v", got, want)
	}
	if string(first.Body) != storyText {
		t.Fatalf("Body = %q, want the record's text", first.Body)
	}
	if len(first.Meta.Extra) != 2 || string(first.Meta.Extra["section"]) != `"local"` || string(first.Meta.Extra["tags"]) != `["harbour","council"]` {
		t.Fatalf("Extra = %v, want section and tags verbatim", rawStrings(first.Meta.Extra))
	}
	if got := docs[1].Meta.ID; got != "7" {
		t.Fatalf("numeric id = %q, want %q", got, "7")
	}
	if got, want := docs[1].Meta.Published, time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Fatalf("date-only Published = %v, want %v", got, want)
	}
	if got, want := docs[2].Meta.Published, time.Date(2024, 3, 7, 8, 15, 0, 0, time.UTC); !got.Equal(want) {
		t.Fatalf("zone-less Published = %v, want %v (UTC)", got, want)
	}
	if !docs[3].Meta.Published.IsZero() {
		t.Fatalf("unparseable Published = %v, want zero", docs[3].Meta.Published)
	}
}

// TestReadJSONLongLines reads lines far over bufio.Scanner's 64 KiB default
// and refuses one over MaxBytes without losing the next.
func TestReadJSONLongLines(t *testing.T) {
	long := strings.Repeat("word ", 40_000) // 200 KB
	lines := `{"text":"` + long + `"}` + "\n" + `{"text":"` + long + long + `"}` + "\n" + `{"text":"short"}` + "\n"
	path := WriteFile(t, t.TempDir(), "long.jsonl", []byte(lines))
	results := MustRead(t, source.Options{MaxBytes: 300_000}, path)
	AssertLines(t, Summary(results), []string{
		"doc " + path + "#1 text",
		"err " + path + "#2: line 2 is over the 293.0 KiB limit",
		"doc " + path + "#3 text",
	})
	if got := len(Docs(results)[0].Body); got != len(long) {
		t.Fatalf("body length = %d, want %d", got, len(long))
	}
}

func TestReadJSONFile(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    []string // "PATH" stands for the file's path
	}{
		{"array", `[{"text":"one"}, {"html":"<p>two</p>"}, {"title":"none"}]`, []string{
			"doc PATH#1 text", "doc PATH#2 html", "err PATH#3: record 3: record has neither text nor html"}},
		{"pretty object", "{\n  \"title\": \"Pier\",\n  \"text\": \"" + storyText + "\"\n}\n", []string{"doc PATH text"}},
		{"lines", `{"text":"one"}` + "\n" + `{"text":"two"}` + "\n", []string{"doc PATH#1 text", "doc PATH#2 text"}},
		{"broken array", `[{"text":"one"}, {"text": }]`, []string{
			"doc PATH#1 text", "err PATH#2: record 2: invalid JSON: invalid character '}' looking for beginning of value"}},
		{"empty array", `[]`, []string{"err PATH: no records"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := WriteFile(t, t.TempDir(), "data.json", []byte(tt.content))
			want := make([]string, len(tt.want))
			for i, w := range tt.want {
				want[i] = strings.ReplaceAll(w, "PATH", path)
			}
			AssertLines(t, Summary(MustRead(t, source.Options{}, path)), want)
		})
	}
}

func rawStrings(m map[string]json.RawMessage) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out[k] = string(v)
	}
	return out
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestReadJSONLTruncatedGzip keeps the complete lines of a cut .jsonl.gz.
func TestReadJSONLTruncatedGzip(t *testing.T) {
	var lines strings.Builder
	for i := range 200 {
		fmt.Fprintf(&lines, `{"id":"r%d","text":"%s"}`+"\n", i, storyText)
	}
	zipped := Gzip(t, []byte(lines.String()))
	path := WriteFile(t, t.TempDir(), "cut.jsonl.gz", zipped[:len(zipped)*2/3])
	results := MustRead(t, source.Options{}, path)
	last := results[len(results)-1]
	// The failure is the broken line's: the records before it went through.
	if last.Err == nil || last.Err.Source != fmt.Sprintf("%s#%d", path, len(results)) || !strings.HasPrefix(parallax.ErrorMessage(last.Err.Err), "truncated gzip stream at line ") {
		t.Fatalf("last result = %v, want a truncated gzip error for the broken line", Summary(results[len(results)-1:]))
	}
	docs := Docs(results)
	if len(docs) != len(results)-1 || len(docs) < 10 {
		t.Fatalf("got %d documents and %d results, want the complete lines before the cut", len(docs), len(results))
	}
	for i, doc := range docs {
		if want := fmt.Sprintf("r%d", i); doc.Meta.ID != want || string(doc.Body) != storyText {
			t.Fatalf("doc %d: id %q body %.30q, want id %q and the whole text", i, doc.Meta.ID, doc.Body, want)
		}
	}
}

// TestReadJSONLByteOrderMarkAndZones: a file saved with a byte-order mark
// keeps its first record, and a zone abbreviation has its real offset.
func TestReadJSONLByteOrderMarkAndZones(t *testing.T) {
	body := "\ufeff" + `{"text":"` + storyText + `","published":"Mon, 21 Oct 2019 15:15:00 EDT"}` + "\n"
	path := WriteFile(t, t.TempDir(), "bom.jsonl", []byte(body))
	results := MustRead(t, source.Options{}, path)
	AssertLines(t, Summary(results), []string{"doc " + path + "#1 text"})
	if got, want := Docs(results)[0].Meta.Published, time.Date(2019, 10, 21, 19, 15, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("Published = %v, want %v", got, want)
	}
}

// TestReadJSONPrettyInvalid: a pretty-printed .json document with a syntax
// error is one failed input, not one per line.
func TestReadJSONPrettyInvalid(t *testing.T) {
	body := "{\n  \"title\": \"Pier\",\n  \"text\": \"" + storyText + "\",\n}\n"
	path := WriteFile(t, t.TempDir(), "one.json", []byte(body))
	lines := Summary(MustRead(t, source.Options{}, path))
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "err "+path+": invalid JSON") {
		t.Fatalf("results = %q, want one invalid-JSON error for the file", lines)
	}
}
