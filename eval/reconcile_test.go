package eval_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
)

// wording returns the wording of text in article a, located by search.
func wording(a *parallax.Article, text string) parallax.Wording {
	i := strings.Index(a.Text, text)
	return parallax.Wording{Article: a.ID, Text: text, Span: parallax.Span{Start: i, End: i + len(text)}}
}

func TestScoreFacts(t *testing.T) {
	a := &parallax.Article{ID: "a", Source: "corpus/feeds/wire.jsonl#1", Text: "All 5,000 troops will leave. The first 1,000 go on Monday. 64 percent back it."}
	b := &parallax.Article{ID: "b", Source: "corpus/html/post.html", Text: "About 5,200 troops will leave. The first 700 go on Monday. 64 percent back it."}
	c := &parallax.Article{ID: "c", Source: "corpus/text/daily.txt", Text: "Some 5,000 troops are leaving; 64 percent back it. The port has 3 cranes."}
	gold := &eval.FactGold{Facts: []eval.GoldFact{
		{ID: "troops", Kind: "quantity", Status: "differ", Evidence: []eval.GoldEvidence{
			{Article: "feeds/wire.jsonl#1", Text: "All 5,000"}, {Article: "html/post.html", Text: "About 5,200"}, {Article: "text/daily.txt", Text: "Some 5,000"}}},
		{ID: "first", Kind: "quantity", Status: "differ", Evidence: []eval.GoldEvidence{
			{Article: "feeds/wire.jsonl#1", Text: "first 1,000"}, {Article: "html/post.html", Text: "first 700"}}},
		{ID: "poll", Kind: "quantity", Status: "agree", Evidence: []eval.GoldEvidence{
			{Article: "feeds/wire.jsonl#1", Text: "64 percent"}, {Article: "html/post.html", Text: "64 percent"}, {Article: "text/daily.txt", Text: "64 percent"}}},
		{ID: "cranes", Kind: "quantity", Status: "single", Evidence: []eval.GoldEvidence{
			{Article: "text/daily.txt", Text: "3 cranes"}}},
		{ID: "bad", Kind: "quantity", Status: "single", Evidence: []eval.GoldEvidence{
			{Article: "text/daily.txt", Text: "not in the text"}}},
	}}
	story := &parallax.Story{ID: "s", Facts: []parallax.Fact{
		// Matches "troops" in two articles (enough: min(2, 3)).
		{Kind: "quantity", Status: "differ", Key: "troops", Values: []parallax.FactValue{
			{Value: "5000", Wordings: []parallax.Wording{wording(a, "5,000")}},
			{Value: "5200", Wordings: []parallax.Wording{wording(b, "5,200")}}}},
		// Invented: the poll is consistent.
		{Kind: "quantity", Status: "differ", Key: "poll", Values: []parallax.FactValue{
			{Value: "64", Wordings: []parallax.Wording{wording(a, "64 percent"), wording(b, "64 percent")}}}},
		// Wrong kind: matches nothing, so "first" is missed.
		{Kind: "date", Status: "differ", Key: "first", Values: []parallax.FactValue{
			{Value: "1000", Wordings: []parallax.Wording{wording(a, "1,000")}},
			{Value: "700", Wordings: []parallax.Wording{wording(b, "700")}}}},
		// One article is enough for a one-article gold fact.
		{Kind: "quantity", Status: "single", Key: "cranes", Values: []parallax.FactValue{
			{Value: "3", Wordings: []parallax.Wording{wording(c, "3 cranes")}}}},
	}}
	sc := eval.ScoreFacts(gold, []*parallax.Story{story}, []*parallax.Article{a, b, c})
	checks := []struct {
		name      string
		got, want int
	}{
		{"differ predicted", sc.DifferPredicted, 3},
		{"differ correct", sc.DifferCorrect, 1},
		{"differ gold", sc.DifferGold, 2},
		{"differ found", sc.DifferFound, 1},
		{"agree gold", sc.AgreeGold, 1},
		{"agree found", sc.AgreeFound, 0},
		{"single gold", sc.SingleGold, 2},
		{"single found", sc.SingleFound, 1},
		{"invented", len(sc.Invented), 2},
		{"misses", len(sc.Misses), 3},
		{"problems", len(sc.Problems), 1},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
		}
	}
	if got, want := sc.DifferPrecision(), 1.0/3; got != want {
		t.Errorf("precision = %v, want %v", got, want)
	}
	if got, want := sc.DifferRecall(), 0.5; got != want {
		t.Errorf("recall = %v, want %v", got, want)
	}
	if !strings.Contains(strings.Join(sc.Invented, "\n"), "gold says poll (agree)") {
		t.Errorf("invented = %q, want the poll named as a gold agree", sc.Invented)
	}
	var b2 strings.Builder
	eval.WriteFactScore(&b2, "tiny", sc)
	for _, want := range []string{"precision 0.333 (1/3)", "recall 0.500 (1/2)", "misses:", "first differ quantity"} {
		if !strings.Contains(b2.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b2.String())
		}
	}
}

func TestLoadFactGold(t *testing.T) {
	dir := t.TempDir()
	write := func(s string) {
		if err := os.WriteFile(filepath.Join(dir, "gold.json"), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"corpus": "x", "facts": [{"id": "a", "kind": "quantity", "status": "agree", "about": "y",
		"evidence": [{"article": "f.txt", "text": "5,000", "value": "5000"}]}]}`)
	g, err := eval.LoadFactGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Facts) != 1 || g.Facts[0].Evidence[0].Value != "5000" {
		t.Errorf("gold = %+v", g)
	}
	write(`{"facts": [{"id": "a", "kind": "number", "status": "agree", "evidence": [{"article": "f", "text": "x"}]}]}`)
	if _, err := eval.LoadFactGold(dir); err == nil || !strings.Contains(err.Error(), "unknown kind") {
		t.Errorf("bad kind: err = %v", err)
	}
	// The demo's own gold must load.
	if _, err := os.Stat(filepath.Join("..", "examples", "gold.json")); err == nil {
		if _, err := eval.LoadFactGold(filepath.Join("..", "examples")); err != nil {
			t.Errorf("examples/gold.json: %v", err)
		}
	}
}
