package sentence_test

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/analyse/sentence"
)

// benchDir locates the public evaluation data, or skips t.
func benchDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("PARALLAX_BENCH")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "bench")
	}
	if _, err := os.Stat(filepath.Join(dir, "ecbplus", "ECB+")); err != nil {
		t.Skipf("evaluation data not found at %s (set PARALLAX_BENCH): %v", dir, err)
	}
	return dir
}

// TestECBPlus measures sentence-boundary precision and recall against the
// sentence numbers of the ECB+ corpus. ECB+ is tokenised, so each document
// is joined back into text first: a gold sentence that ends without
// terminal punctuation (a headline, a dateline) goes on its own line, as it
// would in extracted text; the others are joined with a space.
func TestECBPlus(t *testing.T) {
	dir := benchDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "ecbplus", "ECB+", "*", "*.xml"))
	if err != nil || len(files) == 0 {
		t.Skipf("no ECB+ files: %v", err)
	}
	var tp, fp, fn int
	for _, f := range files {
		text, gold := readECB(t, f)
		got := map[int]bool{}
		for _, sp := range sentence.Split(text) {
			got[sp.End] = true
		}
		for end := range got {
			if gold[end] {
				tp++
			} else {
				fp++
				if testing.Verbose() && fp <= 30 {
					t.Logf("false split: %q", around(text, end))
				}
			}
		}
		for end := range gold {
			if !got[end] {
				fn++
				if testing.Verbose() && fn <= 30 {
					t.Logf("missed split: %q", around(text, end))
				}
			}
		}
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	f1 := 2 * p * r / (p + r)
	t.Logf("ECB+ %d documents: sentence ends P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", len(files), p, r, f1, tp, fp, fn)
	if f1 < 0.97 {
		t.Errorf("F1 %.3f, want at least 0.97", f1)
	}
}

func around(text string, i int) string {
	return text[max(0, i-40):i] + "‖" + text[i:min(len(text), i+30)]
}

// readECB joins the tokens of one ECB+ document into text and returns the
// byte offsets where its gold sentences end.
func readECB(t *testing.T, path string) (string, map[int]bool) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read ecb+: %v", err)
	}
	var doc struct {
		Tokens []struct {
			Sentence string `xml:"sentence,attr"`
			Text     string `xml:",chardata"`
		} `xml:"token"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	var (
		b       strings.Builder
		ends    = map[int]bool{}
		sent    = -1
		last    string
		inQuote bool
	)
	for _, tok := range doc.Tokens {
		n, _ := strconv.Atoi(tok.Sentence)
		w := tok.Text
		switch w {
		case "``":
			w = "“"
		case "''":
			w = "”"
		}
		switch {
		case n != sent && sent >= 0:
			ends[b.Len()] = true
			if strings.ContainsAny(last, ".!?”\"’") {
				b.WriteByte(' ')
			} else {
				b.WriteByte('\n')
			}
		case b.Len() > 0 && needsSpace(last, w, inQuote):
			b.WriteByte(' ')
		}
		if strings.Count(w, `"`)%2 == 1 {
			inQuote = !inQuote
		}
		sent, last = n, w
		b.WriteString(w)
	}
	ends[b.Len()] = true
	return b.String(), ends
}

// needsSpace reports whether a space goes between tokens prev and w.
func needsSpace(prev, w string, inQuote bool) bool {
	switch w {
	case ".", ",", "!", "?", ";", ":", ")", "]", "”", "’", "%", "'s", "n't", "'re", "'m", "'ve", "'ll", "'d":
		return false
	case `"`:
		return !inQuote
	}
	switch prev {
	case "(", "[", "“", "‘", "$":
		return false
	case `"`:
		return !inQuote
	}
	return true
}
