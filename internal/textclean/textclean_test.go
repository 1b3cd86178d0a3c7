package textclean_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/textclean"
)

// want is what a fixture's .want file says Clean must produce:
//
//	title: <the title, or empty>
//	published: <RFC 3339 time, or empty for zero>
//	+ <an article paragraph: must be a paragraph of Body>
//	? <a paragraph Body may hold or drop (a byline, a date line)>
//	- <text that must not occur anywhere in Body>
//
// Body may hold nothing but + and ? paragraphs.
type want struct {
	title     string
	published time.Time
	keep      []string
	optional  []string
	drop      []string
}

func readWant(t *testing.T, path string) want {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open want: %v", err)
	}
	defer f.Close()
	var w want
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "title: "):
			w.title = strings.TrimPrefix(line, "title: ")
		case strings.HasPrefix(line, "published: "):
			w.published, err = time.Parse(time.RFC3339, strings.TrimPrefix(line, "published: "))
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
		case strings.HasPrefix(line, "+ "):
			w.keep = append(w.keep, line[2:])
		case strings.HasPrefix(line, "? "):
			w.optional = append(w.optional, line[2:])
		case strings.HasPrefix(line, "- "):
			w.drop = append(w.drop, line[2:])
		case line == "" || strings.HasPrefix(line, "#"):
		default:
			t.Fatalf("%s: unreadable line %q", path, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read want: %v", err)
	}
	return w
}

// TestCleanFixtures runs Clean over the invented noisy pages in testdata.
// The held-out fixtures (named heldout_*) were written after the rules were
// tuned on the others and were not used to tune them.
func TestCleanFixtures(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(paths) < 5 {
		t.Fatalf("fixtures: %v, %d found", err, len(paths))
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read fixture: %v", err)
			}
			w := readWant(t, strings.TrimSuffix(path, ".txt")+".want")
			checkClean(t, textclean.Clean(string(src)), w)
		})
	}
}

func checkClean(t *testing.T, got textclean.Result, w want) {
	t.Helper()
	if got.Title != w.title {
		t.Errorf("Title=%q, want %q", got.Title, w.title)
	}
	if !got.Published.Equal(w.published) {
		t.Errorf("Published=%v, want %v", got.Published, w.published)
	}
	if wantFrom := map[bool]string{true: "", false: "dateline"}[w.published.IsZero()]; got.PublishedFrom != wantFrom {
		t.Errorf("PublishedFrom=%q, want %q", got.PublishedFrom, wantFrom)
	}
	paras := strings.Split(got.Body, "\n\n")
	have := make(map[string]bool, len(paras))
	for _, p := range paras {
		have[p] = true
	}
	for _, k := range w.keep {
		if !have[k] {
			t.Errorf("article paragraph missing from Body: %q", k)
		}
	}
	allowed := make(map[string]bool)
	for _, k := range append(w.keep, w.optional...) {
		allowed[k] = true
	}
	for _, p := range paras {
		if !allowed[p] {
			t.Errorf("Body holds a paragraph that is not the article's: %q", p)
		}
	}
	for _, d := range w.drop {
		if strings.Contains(got.Body, d) {
			t.Errorf("Body holds boilerplate %q", d)
		}
	}
	if strings.Contains(got.Body, got.Title) && got.Title != "" {
		t.Errorf("Body repeats the title %q", got.Title)
	}
	// Nothing is lost: every input paragraph is in Body, Removed or Title.
	for _, r := range got.Removed {
		if have[r] {
			t.Errorf("paragraph both kept and removed: %q", r)
		}
	}
}
