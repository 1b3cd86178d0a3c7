package reconcile_test

// A throwaway probe (skipped unless PARALLAX_RECONCILE_PROBE names an
// output file): reconciles the stories of ECB+ and AllSides and writes
// every differ and agree fact, with wordings and sentences, to
// $PARALLAX_RECONCILE_PROBE.{ecbplus,allsides}.{differ,agree} for reading
// by hand. Needs /work/shared/bench (or $PARALLAX_BENCH).

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/entity"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/reconcile"
)

func TestProbe(t *testing.T) {
	out := os.Getenv("PARALLAX_RECONCILE_PROBE")
	if out == "" {
		t.Skip("set PARALLAX_RECONCILE_PROBE to an output prefix to run the probe")
	}
	root := os.Getenv("PARALLAX_BENCH")
	if root == "" {
		root = filepath.Join("..", "..", "shared", "bench")
	}
	for _, set := range []struct {
		name string
		load func(string) ([]eval.ClusterDoc, error)
	}{{"ecbplus", eval.LoadECBPlus}, {"allsides", eval.LoadAllSides}} {
		dir := filepath.Join(root, set.name)
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("evaluation data %s absent: %v", dir, err)
		}
		docs, err := set.load(dir)
		if err != nil {
			t.Fatal(err)
		}
		probeSet(t, out+"."+set.name, docs)
	}
}

func probeSet(t *testing.T, path string, docs []eval.ClusterDoc) {
	groups := map[string][]*parallax.Article{}
	for _, d := range docs {
		a := *d.Article
		pipeline.Analyse(&a, a.ID)
		groups[d.Gold] = append(groups[d.Gold], &a)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b, ag strings.Builder
	differ, agree := 0, 0
	for _, k := range keys {
		articles := groups[k]
		s := &parallax.Story{ID: k}
		var ids map[string]string
		s.Entities, ids = entity.StoryWithIDs(articles)
		for _, a := range articles {
			rename(a, ids)
		}
		s.Quotes, s.Speakers = quote.Group(articles)
		reconcile.Story(s, articles)
		byID := map[string]*parallax.Article{}
		for _, a := range articles {
			byID[a.ID] = a
		}
		for _, f := range s.Facts {
			switch f.Status {
			case parallax.Differ:
				differ++
				writeFact(&b, k, f, byID)
			case parallax.Agree:
				agree++
				writeFact(&ag, k, f, byID)
			}
		}
	}
	fmt.Fprintf(&b, "TOTAL differ %d agree %d\n", differ, agree)
	t.Logf("%s: differ %d agree %d", path, differ, agree)
	if err := os.WriteFile(path+".differ", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+".agree", []byte(ag.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeFact(b *strings.Builder, story string, f parallax.Fact, byID map[string]*parallax.Article) {
	fmt.Fprintf(b, "=== %s [%s] %s | %s\n", story, f.Kind, f.Key, f.Note)
	for _, v := range f.Values {
		fmt.Fprintf(b, "  VALUE %q (%s) attr=%q via=%q\n", v.Value, v.Text, v.Attributed, v.Via)
		for _, w := range v.Wordings {
			a := byID[w.Article]
			sentence := ""
			if a != nil {
				sentence = sentenceAt(a, w.Span)
			}
			fmt.Fprintf(b, "    %s (%s) %q :: %s\n", w.Article, outletOf(a), w.Text, sentence)
		}
	}
}

func outletOf(a *parallax.Article) string {
	if a == nil {
		return ""
	}
	return a.Outlet
}

func sentenceAt(a *parallax.Article, sp parallax.Span) string {
	for _, s := range a.Sentences {
		if s.Start <= sp.Start && sp.Start < s.End {
			return strings.ReplaceAll(a.Text[s.Start:s.End], "\n", " ")
		}
	}
	return ""
}

func rename(a *parallax.Article, ids map[string]string) {
	for i := range a.Entities {
		if to, ok := ids[a.Entities[i].ID]; ok && a.Entities[i].ID != "" {
			a.Entities[i].ID = to
		}
	}
	for i := range a.Quotes {
		if to, ok := ids[a.Quotes[i].Entity]; ok && a.Quotes[i].Entity != "" {
			a.Quotes[i].Entity = to
		}
	}
}
