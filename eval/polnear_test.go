package eval_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
)

func partText(text string, ss []parallax.Span) string {
	var out []string
	for _, s := range ss {
		out = append(out, text[s.Start:s.End])
	}
	return strings.Join(out, " | ")
}

func TestLoadPolNeAR(t *testing.T) {
	docs, err := eval.LoadPolNeAR("testdata/polnear")
	if err != nil {
		t.Fatal(err)
	}
	// The unannotated article is skipped.
	if got, want := len(docs), 1; got != want {
		t.Fatalf("len(docs)=%d, want %d", got, want)
	}
	d := docs[0]
	if got, want := d.Annotator, "a1b2"; got != want {
		t.Errorf("annotator=%q, want %q (the smallest id)", got, want)
	}
	if got, want := len(d.Gold), 3; got != want {
		t.Fatalf("len(gold)=%d, want %d", got, want)
	}
	want := []struct{ source, cue, content string }{
		{"Minister Talia Varn", "said", "the Orvenian border would reopen on Monday"},
		{"she", "told reporters", "“We are ready,” | “and the trucks are waiting.”"},
		{"the Kessland Herald", "According to", "the talks collapsed"},
	}
	for i, w := range want {
		a := d.Gold[i]
		if got := partText(d.Text, a.Source); got != w.source {
			t.Errorf("attribution %d source=%q, want %q", i, got, w.source)
		}
		if got := partText(d.Text, a.Cue); got != w.cue {
			t.Errorf("attribution %d cue=%q, want %q", i, got, w.cue)
		}
		if got := partText(d.Text, a.Content); got != w.content {
			t.Errorf("attribution %d content=%q, want %q", i, got, w.content)
		}
	}
}

func TestParseBratRejectsBadOffsets(t *testing.T) {
	if _, err := eval.ParseBrat("short", "T1\tCue 2 40\tx\nE1\tCue:T1\n"); err == nil {
		t.Error("offsets past the text: want an error")
	}
	if _, err := eval.ParseBrat("short text", "E1\tCue:T9\n"); err == nil {
		t.Error("relation to a missing span: want an error")
	}
}

// span finds the n-th (0-based) occurrence of sub in text.
func span(text, sub string, n int) parallax.Span {
	off := 0
	for range n {
		off += strings.Index(text[off:], sub) + len(sub)
	}
	i := off + strings.Index(text[off:], sub)
	return parallax.Span{Start: i, End: i + len(sub)}
}

func TestScoreAttributions(t *testing.T) {
	text := `Varn said "the border will reopen." Aldo Pech told reporters the plan was absurd.`
	sp := func(s string) []parallax.Span { return []parallax.Span{span(text, s, 0)} }
	gold := []eval.Attribution{
		{Source: sp("Varn"), Cue: sp("said"), Content: sp(`"the border will reopen."`)},
		{Source: sp("Aldo Pech"), Cue: sp("told reporters"), Content: sp("the plan was absurd")},
	}
	pred := []eval.Attribution{
		// Right but for the quote marks: exact (loose), not strict.
		{Source: sp("Varn"), Cue: sp("said"), Content: sp(`the border will reopen.`)},
		// Source too short, cue too short, content one word short.
		{Source: sp("Pech"), Cue: sp("told"), Content: sp("the plan was")},
		// A spurious cue with nothing else.
		{Cue: sp("reopen")},
	}
	s := eval.ScoreAttributions(text, gold, pred)
	check := func(name string, got, want eval.Counts) {
		t.Helper()
		if got != want {
			t.Errorf("%s=%+v, want %+v", name, got, want)
		}
	}
	check("exact source", s.Exact[eval.RoleSource], eval.Counts{Correct: 1, Pred: 2, Gold: 2})
	check("exact cue", s.Exact[eval.RoleCue], eval.Counts{Correct: 1, Pred: 3, Gold: 2})
	check("exact content", s.Exact[eval.RoleContent], eval.Counts{Correct: 1, Pred: 2, Gold: 2})
	check("strict content", s.Strict[eval.RoleContent], eval.Counts{Correct: 0, Pred: 2, Gold: 2})
	// Tokens: source gold {Varn, Aldo, Pech}, pred {Varn, Pech}.
	check("token source", s.Token[eval.RoleSource], eval.Counts{Correct: 2, Pred: 2, Gold: 3})
	// Cue gold {said, told, reporters}, pred {said, told, reopen}.
	check("token cue", s.Token[eval.RoleCue], eval.Counts{Correct: 2, Pred: 3, Gold: 3})
	// Content gold 4+4 words, pred 4+3.
	check("token content", s.Token[eval.RoleContent], eval.Counts{Correct: 7, Pred: 7, Gold: 8})
	p, r, f := s.Exact[eval.RoleCue].PRF()
	if !near(p, 1.0/3) || !near(r, 0.5) || !near(f, 0.4) {
		t.Errorf("cue P/R/F1=%.3f/%.3f/%.3f, want 0.333/0.500/0.400", p, r, f)
	}
}

func TestScoreDiscontinuousContent(t *testing.T) {
	text := `"We are ready," she said, "and waiting."`
	both := []parallax.Span{span(text, `"We are ready,"`, 0), span(text, `"and waiting."`, 0)}
	gold := []eval.Attribution{{Source: []parallax.Span{span(text, "she", 0)}, Cue: []parallax.Span{span(text, "said", 0)}, Content: both}}
	// Half the content is not an exact match of the whole part.
	half := []eval.Attribution{{Content: both[:1]}}
	if got := eval.ScoreAttributions(text, gold, half).Exact[eval.RoleContent]; got.Correct != 0 {
		t.Errorf("half content matched exactly: %+v", got)
	}
	// The same segments, given in another order and padded with spaces,
	// match.
	padded := []parallax.Span{{Start: both[1].Start - 1, End: both[1].End}, both[0]}
	if got := eval.ScoreAttributions(text, gold, []eval.Attribution{{Content: padded}}).Strict[eval.RoleContent]; got.Correct != 1 {
		t.Errorf("reordered content did not match: %+v", got)
	}
}

func TestIsSpeechCue(t *testing.T) {
	for cue, want := range map[string]bool{
		"said": true, "told reporters": true, "according to": true, "said in a statement": true,
		"tweeted": true, "denies": true, "is replying": true, "quipped": true, "wrote": true,
		"believes": false, "wants": false, "poll found": false, "shows": false, ":": false,
	} {
		if got := eval.IsSpeechCue(cue); got != want {
			t.Errorf("IsSpeechCue(%q)=%v, want %v", cue, got, want)
		}
	}
}

func polnearDir(tb testing.TB, split string) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared", "bench", "polnear", split)
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("no PolNeAR data at %s", dir)
	}
	return dir
}

// TestLoadPolNeARCorpus checks the real training data: every span lies on
// character boundaries (offsets were converted from characters to bytes)
// and the corpus has its documented size.
func TestLoadPolNeARCorpus(t *testing.T) {
	docs, err := eval.LoadPolNeAR(polnearDir(t, "train"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range docs {
		for _, a := range d.Gold {
			n++
			for _, ss := range [][]parallax.Span{a.Source, a.Cue, a.Content} {
				for _, s := range ss {
					if !utf8.ValidString(d.Text[s.Start:s.End]) {
						t.Fatalf("%s: span %v splits a character", d.Name, s)
					}
				}
			}
		}
	}
	if len(docs) < 800 || n < 19000 {
		t.Errorf("%d documents, %d attributions; want ≥ 800 and ≥ 19000", len(docs), n)
	}
}
