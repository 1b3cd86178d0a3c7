package textclean_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/textclean"
)

// FuzzClean checks the invariants of Clean on any input: it does not
// panic, every kept paragraph, the title and every removed paragraph is a
// paragraph of the input with its white space collapsed, and nothing is
// both kept and removed. Run with
//
//	go test ./internal/textclean -run '^$' -fuzz FuzzClean -fuzztime 30s
func FuzzClean(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatalf("read fixture: %v", err)
		}
		f.Add(string(b))
	}
	f.Add("2019-10-21T15:15:00+02:00\n\n(c) 2\n\nPhoto:\n$\n€ 5 /\n l'\n")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		got := textclean.Clean(text)
		collapsed := strings.Join(strings.Fields(text), " ")
		check := func(what, p string) {
			if p == "" || p != strings.Join(strings.Fields(p), " ") || !strings.Contains(collapsed, p) {
				t.Fatalf("%s %q is not a paragraph of the input", what, p)
			}
		}
		kept := map[string]bool{}
		if got.Body != "" {
			for _, p := range strings.Split(got.Body, "\n\n") {
				check("kept", p)
				kept[p] = true
			}
		}
		for _, p := range got.Removed {
			check("removed", p)
		}
		if got.Title != "" {
			check("title", got.Title)
		}
		if got.Published.IsZero() != (got.PublishedFrom == "") {
			t.Fatalf("Published=%v with PublishedFrom=%q", got.Published, got.PublishedFrom)
		}
	})
}
