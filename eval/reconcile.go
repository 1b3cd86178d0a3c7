package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// FactGold is the reconciliation gold of a corpus: gold.json at the root
// of its directory (format: the facts the corpus's articles state, each
// with its verdict and the exact words of every article that states it).
type FactGold struct {
	Corpus string     `json:"corpus"`
	Facts  []GoldFact `json:"facts"`
}

// GoldFact is one fact of the gold: its kind ("quantity", "date", "quote",
// "claim"), its verdict ("agree", "differ", "single") and its evidence.
type GoldFact struct {
	ID       string         `json:"id"`
	Kind     string         `json:"kind"`
	Status   string         `json:"status"`
	About    string         `json:"about"`
	Evidence []GoldEvidence `json:"evidence"`
	Note     string         `json:"note,omitempty"`
}

// GoldEvidence is one article's statement of a fact: the article's input
// path relative to the corpus directory ("feeds/wire.jsonl#1"), a short
// exact substring of its cleaned text occurring once in it, and the value
// it gives.
type GoldEvidence struct {
	Article string `json:"article"`
	Text    string `json:"text"`
	Value   string `json:"value,omitempty"`
}

// LoadFactGold reads dir/gold.json and checks its kinds and verdicts.
func LoadFactGold(dir string) (*FactGold, error) {
	path := filepath.Join(dir, "gold.json")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read fact gold: %w", err)
	}
	var g FactGold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	kinds := []string{parallax.FactQuantity, parallax.FactDate, parallax.FactQuote, parallax.FactClaim}
	statuses := []string{parallax.Agree, parallax.Differ, parallax.Single}
	for i, f := range g.Facts {
		switch {
		case f.ID == "":
			return nil, fmt.Errorf("%s: fact %d has no id", path, i+1)
		case !slices.Contains(kinds, f.Kind):
			return nil, fmt.Errorf("%s: fact %s: unknown kind %q", path, f.ID, f.Kind)
		case !slices.Contains(statuses, f.Status):
			return nil, fmt.Errorf("%s: fact %s: unknown status %q", path, f.ID, f.Status)
		case len(f.Evidence) == 0:
			return nil, fmt.Errorf("%s: fact %s has no evidence", path, f.ID)
		}
	}
	return &g, nil
}

// FactScore is how a run's facts compare with the gold.
type FactScore struct {
	DifferPredicted int // predicted facts with status differ
	DifferCorrect   int // of which match a gold differ fact
	DifferGold      int // gold differ facts
	DifferFound     int // of which matched by a predicted differ
	AgreeGold       int
	AgreeFound      int // gold agree facts matched by a predicted agree
	SingleGold      int
	SingleFound     int // gold single facts matched by a predicted single
	// Misses are the gold facts not found with their verdict, Invented the
	// predicted disagreements that match no gold disagreement, Problems
	// the gold evidence that could not be located in the articles.
	Misses, Invented, Problems []string
}

// DifferPrecision is the share of predicted disagreements that are gold
// disagreements; 1 when none is predicted.
func (s *FactScore) DifferPrecision() float64 { return shareOr1(s.DifferCorrect, s.DifferPredicted) }

// DifferRecall is the share of gold disagreements found.
func (s *FactScore) DifferRecall() float64 { return shareOr1(s.DifferFound, s.DifferGold) }

func shareOr1(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// goldSpan is one gold evidence located in an article.
type goldSpan struct {
	article string // article id
	span    parallax.Span
}

// ScoreFacts scores the facts of stories against the gold. articles are
// the corpus's articles (their Source is matched against the gold's
// relative paths by suffix, their Text holds the evidence). A predicted
// fact matches a gold fact when their kinds agree and its wordings overlap
// the gold evidence in at least min(2, len(evidence)) distinct articles.
func ScoreFacts(g *FactGold, stories []*parallax.Story, articles []*parallax.Article) *FactScore {
	sc := &FactScore{}
	located := make([][]goldSpan, len(g.Facts))
	for i, f := range g.Facts {
		for _, ev := range f.Evidence {
			sp, err := locate(ev, articles)
			if err != nil {
				sc.Problems = append(sc.Problems, fmt.Sprintf("%s: %v", f.ID, err))
				continue
			}
			located[i] = append(located[i], sp)
		}
	}
	var preds []parallax.Fact
	for _, s := range stories {
		preds = append(preds, s.Facts...)
	}
	matches := func(p parallax.Fact, i int) bool {
		f := g.Facts[i]
		if p.Kind != f.Kind {
			return false
		}
		hit := map[string]bool{}
		for _, gs := range located[i] {
			for _, v := range p.Values {
				for _, w := range v.Wordings {
					if w.Article == gs.article && w.Span.Start < gs.span.End && gs.span.Start < w.Span.End {
						hit[gs.article] = true
					}
				}
			}
		}
		return len(hit) >= min(2, len(f.Evidence))
	}

	// Disagreements: precision over predictions, recall over the gold.
	for _, p := range preds {
		if p.Status != parallax.Differ {
			continue
		}
		sc.DifferPredicted++
		var other []string
		ok := false
		for i, f := range g.Facts {
			if matches(p, i) {
				if f.Status == parallax.Differ {
					ok = true
				} else {
					other = append(other, f.ID+" ("+f.Status+")")
				}
			}
		}
		if ok {
			sc.DifferCorrect++
			continue
		}
		what := "matches no gold fact"
		if len(other) > 0 {
			what = "gold says " + strings.Join(other, ", ")
		}
		sc.Invented = append(sc.Invented, fmt.Sprintf("%s %q [%s]: %s", p.Kind, p.Key, valuesLine(p), what))
	}
	for i, f := range g.Facts {
		found := false
		var got []string
		for _, p := range preds {
			if matches(p, i) {
				got = append(got, p.Status)
				if p.Status == f.Status {
					found = true
				}
			}
		}
		switch f.Status {
		case parallax.Differ:
			sc.DifferGold++
			if found {
				sc.DifferFound++
			}
		case parallax.Agree:
			sc.AgreeGold++
			if found {
				sc.AgreeFound++
			}
		case parallax.Single:
			sc.SingleGold++
			if found {
				sc.SingleFound++
			}
		}
		if !found {
			seen := "not found"
			if len(got) > 0 {
				slices.Sort(got)
				seen = "found as " + strings.Join(slices.Compact(got), ", ")
			}
			sc.Misses = append(sc.Misses, fmt.Sprintf("%s %s %s (%s): %s", f.ID, f.Status, f.Kind, f.About, seen))
		}
	}
	return sc
}

// locate finds a gold evidence in its article: the article whose Source
// ends with the evidence's path, the text once in it.
func locate(ev GoldEvidence, articles []*parallax.Article) (goldSpan, error) {
	for _, a := range articles {
		src := filepath.ToSlash(a.Source)
		if src != ev.Article && !strings.HasSuffix(src, "/"+ev.Article) {
			continue
		}
		i := strings.Index(a.Text, ev.Text)
		switch {
		case ev.Text == "" || i < 0:
			return goldSpan{}, fmt.Errorf("%q not in the text of %s", ev.Text, ev.Article)
		case strings.Contains(a.Text[i+1:], ev.Text):
			return goldSpan{}, fmt.Errorf("%q more than once in %s", ev.Text, ev.Article)
		}
		return goldSpan{article: a.ID, span: parallax.Span{Start: i, End: i + len(ev.Text)}}, nil
	}
	return goldSpan{}, fmt.Errorf("no article %s", ev.Article)
}

// valuesLine lists a fact's values and their outlets' article counts.
func valuesLine(f parallax.Fact) string {
	var vs []string
	for _, v := range f.Values {
		vs = append(vs, fmt.Sprintf("%s ×%d", v.Value, len(v.Articles)))
	}
	return strings.Join(vs, " | ")
}

// WriteFactScore prints a score: differ precision and recall, agree and
// single accuracy, then the misses and invented disagreements.
func WriteFactScore(w io.Writer, name string, sc *FactScore) {
	fmt.Fprintf(w, "%s\n", name)
	fmt.Fprintf(w, "  differ   precision %.3f (%d/%d)   recall %.3f (%d/%d)\n",
		sc.DifferPrecision(), sc.DifferCorrect, sc.DifferPredicted, sc.DifferRecall(), sc.DifferFound, sc.DifferGold)
	fmt.Fprintf(w, "  agree    %.3f (%d/%d)\n", shareOr1(sc.AgreeFound, sc.AgreeGold), sc.AgreeFound, sc.AgreeGold)
	fmt.Fprintf(w, "  single   %.3f (%d/%d)\n", shareOr1(sc.SingleFound, sc.SingleGold), sc.SingleFound, sc.SingleGold)
	for _, l := range []struct {
		title string
		items []string
	}{{"invented disagreements", sc.Invented}, {"misses", sc.Misses}, {"gold problems", sc.Problems}} {
		if len(l.items) == 0 {
			continue
		}
		fmt.Fprintf(w, "  %s:\n", l.title)
		for _, it := range l.items {
			fmt.Fprintf(w, "    - %s\n", it)
		}
	}
}
