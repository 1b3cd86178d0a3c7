package source_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/source"
)

// MustRead runs source.Read over args and returns every result. It fails
// the test when a document's body is not valid UTF-8 or a result is not
// exactly one of document, error or note.
func MustRead(tb testing.TB, opt source.Options, args ...string) []source.Result {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var got []source.Result
	for res := range source.Read(ctx, args, opt) {
		switch {
		case res.Err != nil && res.Note != "":
			tb.Fatalf("result with both Err and Note: %+v", res)
		case res.Err == nil && res.Note == "":
			if !utf8.Valid(res.Doc.Body) {
				tb.Fatalf("%s: body is not valid UTF-8", res.Doc.Source)
			}
			if res.Doc.Source == "" || res.Doc.Format == "" {
				tb.Fatalf("document without Source or Format: %+v", res.Doc)
			}
		}
		got = append(got, res)
	}
	return got
}

// Summary writes each result as one line, for comparing whole outputs:
// "doc SOURCE FORMAT", "err SOURCE: MESSAGE" or "note TEXT".
func Summary(results []source.Result) []string {
	lines := make([]string, len(results))
	for i, res := range results {
		switch {
		case res.Err != nil:
			lines[i] = "err " + res.Err.Source + ": " + parallax.ErrorMessage(res.Err.Err)
		case res.Note != "":
			lines[i] = "note " + res.Note
		default:
			lines[i] = fmt.Sprintf("doc %s %s", res.Doc.Source, res.Doc.Format)
		}
	}
	return lines
}

// Docs returns the documents among results.
func Docs(results []source.Result) []parallax.Document {
	var docs []parallax.Document
	for _, res := range results {
		if res.Err == nil && res.Note == "" {
			docs = append(docs, res.Doc)
		}
	}
	return docs
}

// AssertLines fails unless got equals want line for line.
func AssertLines(tb testing.TB, got, want []string) {
	tb.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		tb.Fatalf("results:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// WriteFile writes content to name under dir, creating directories, and
// returns its path.
func WriteFile(tb testing.TB, dir, name string, content []byte) string {
	tb.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, content, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// Gzip compresses b as one gzip member.
func Gzip(tb testing.TB, b []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// ArticleHTML is an invented article page.
func ArticleHTML(title, body string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `</title></head>` +
		`<body><article><h1>` + title + `</h1><p>` + body + `</p></article></body></html>`
}

// Invented article text used across the tests.
const (
	storyText = "The harbour council of Veldmark voted on Tuesday to close the old ferry pier, " +
		"citing rising repair costs. Councillor Ines Rambaut said the decision was “long overdue”."
	longStory = "Residents of the hill town of Orsova Minor woke on Thursday to find the river had risen " +
		"two metres overnight. Mayor Tomas Belvedere said crews from three neighbouring districts " +
		"were placing sandbags along the embankment, and that the school on Quay Street would stay " +
		"closed until the water fell. The regional weather office recorded 84 millimetres of rain in " +
		"twelve hours, the most since its records began. Shopkeepers on the lower market moved stock " +
		"to upper floors, and the ferry to Castellan Island was suspended for the day."
)
