package eval_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/eval"
)

// writeAEB writes a small benchmark in the AEB layout under a temp dir.
func writeAEB(t *testing.T, truth map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	gt := make(map[string]map[string]string)
	for id, body := range truth {
		gt[id] = map[string]string{"articleBody": body, "url": "https://news.example/" + id}
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte("<html><body><p>" + body + "</p><footer>Footer text here</footer></body></html>"))
		zw.Close()
		if err := os.WriteFile(filepath.Join(dir, "html", id+".html.gz"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, _ := json.Marshal(gt)
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestLoadAEB(t *testing.T) {
	dir := writeAEB(t, map[string]string{
		"b2": "The second page has its own article text of some length.",
		"a1": "The first page tells of a harbour bridge closing for repairs.",
	})
	pages, err := eval.LoadAEB(dir)
	if err != nil {
		t.Fatalf("LoadAEB: %v", err)
	}
	if len(pages) != 2 {
		t.Fatalf("len(pages) = %d, want 2", len(pages))
	}
	p := pages[0]
	if p.ID != "a1" || p.URL != "https://news.example/a1" || !strings.HasPrefix(p.Truth, "The first page") {
		t.Errorf("pages[0] = %+v, want a1 first with its url and truth", p)
	}
	if !bytes.Contains(p.HTML, []byte("<p>The first page")) {
		t.Errorf("pages[0].HTML not decompressed: %q", p.HTML)
	}

	if _, err := eval.LoadAEB(t.TempDir()); err == nil {
		t.Errorf("LoadAEB on an empty dir: no error")
	}
	os.Remove(filepath.Join(dir, "html", "b2.html.gz"))
	if _, err := eval.LoadAEB(dir); err == nil {
		t.Errorf("LoadAEB with a missing page: no error")
	}
}

func TestBenchExtract(t *testing.T) {
	dir := writeAEB(t, map[string]string{
		"p1": "One two three four five six seven eight.",
		"p2": "Nine ten eleven twelve thirteen fourteen.",
	})
	pages, err := eval.LoadAEB(dir)
	if err != nil {
		t.Fatalf("LoadAEB: %v", err)
	}
	truth := make(map[string]string)
	for _, p := range pages {
		truth[p.URL] = p.Truth
	}
	extractors := []eval.Extractor{
		{Name: "oracle", Extract: func(_ []byte, url string) (string, error) { return truth[url], nil }},
		{Name: "broken", Extract: func([]byte, string) (string, error) { return "ignored text", errors.New("boom") }},
		{Name: "everything", Extract: func(html []byte, _ string) (string, error) { return string(html), nil }},
	}
	scores := eval.BenchExtract(context.Background(), pages, extractors)
	if len(scores) != 3 {
		t.Fatalf("len(scores) = %d, want 3", len(scores))
	}
	oracle, broken, all := scores[0], scores[1], scores[2]
	if oracle.F1 != 1 || oracle.Errors != 0 || oracle.Pages != 2 || oracle.PagesPerSec <= 0 {
		t.Errorf("oracle = %+v, want F1 1, 2 pages, no errors, a speed", oracle)
	}
	if broken.F1 != 0 || broken.Errors != 2 {
		t.Errorf("broken = %+v, want F1 0 and 2 errors (errors score as empty)", broken)
	}
	if all.Recall != 1 || all.Precision >= 1 || all.Precision <= 0 {
		t.Errorf("everything = %+v, want recall 1 and precision in (0, 1)", all)
	}

	var out strings.Builder
	eval.WriteExtractTable(&out, scores)
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(lines) != 4 || !strings.Contains(lines[0], "F1") || !strings.HasPrefix(lines[1], "oracle") ||
		!strings.Contains(lines[1], "1.000") || !strings.Contains(lines[2], "2/2") {
		t.Errorf("table =\n%s", out.String())
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got := eval.BenchExtract(ctx, pages, extractors); len(got) != 0 {
		t.Errorf("BenchExtract on a cancelled context ran %d extractors", len(got))
	}
}
