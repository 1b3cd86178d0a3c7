package story_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/source"
	"github.com/parallax-news/parallax/story"
)

// demoKeys names the articles of the demo corpus by the end of their
// source, as examples/README.md does.
var demoKeys = map[string]string{
	"wire.jsonl#1": "MW1", "wire.jsonl#2": "CL1", "wire.jsonl#3": "MW3", "wire.jsonl#4": "MW2", "wire.jsonl#5": "CL2",
	"nwb.rss#1": "NWB2", "nwb.rss#2": "NWB3", "nwb.rss#3": "NWB1",
	"lumira-herald-veltrava-troops-home.html":     "LH1",
	"orsenburg-post-varela-kessaria-mission.html": "OP1",
	"lumira-herald-assembly-advisers-vote.html":   "LH2",
	"brennick-gazette-dock-strike.html":           "BG3",
	"free-horizon-withdrawal-not-all.txt":         "FH1",
	"free-horizon-assembly-victory.txt":           "FH2",
}

// demoEvents is the answer key: the expected stories.
var demoEvents = map[string][]string{
	"E1": {"MW1", "LH1", "OP1", "CL1", "FH1", "NWB1"},
	"E2": {"MW2", "LH2", "FH2", "NWB2", "CL2"},
	"E3": {"MW3", "BG3", "NWB3"},
}

// loadDemo extracts the demo corpus, keyed as in the answer key.
func loadDemo(t *testing.T) map[string]*parallax.Article {
	t.Helper()
	ex := extract.New(extract.Options{})
	out := map[string]*parallax.Article{}
	for r := range source.Read(context.Background(), []string{"../examples"}, source.Options{}) {
		if r.Err != nil || r.Note != "" {
			continue
		}
		a, err := ex.Extract(r.Doc)
		if err != nil {
			t.Fatalf("extract %s: %v", r.Doc.Source, err)
		}
		if a.ID == "" {
			a.ID = parallax.ArticleID(r.Doc.Meta.ID, a.URL, a.ContentHash())
		}
		for suffix, key := range demoKeys {
			if strings.HasSuffix(r.Doc.Source, suffix) {
				out[key] = a
			}
		}
	}
	if len(out) != len(demoKeys) {
		t.Fatalf("loaded %d demo articles, want %d", len(out), len(demoKeys))
	}
	return out
}

// sortedKeys returns the keys of the demo articles in a fixed order.
func sortedKeys(m map[string]*parallax.Article) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func TestDemoCorpus(t *testing.T) {
	arts := loadDemo(t)
	keys := sortedKeys(arts)
	batch := make([]*parallax.Article, len(keys))
	for i, k := range keys {
		batch[i] = arts[k]
	}
	x := story.NewIndex(story.Options{})
	res := x.AddBatch(batch)
	for i, k := range keys {
		t.Logf("%-4s story %s new=%v sim=%.3f dup=%q overlap=%.2f  %s", k, res[i].Story, res[i].NewStory, res[i].Similarity, res[i].DuplicateOf, res[i].Overlap, arts[k].Published.Format("2006-01-02"))
	}

	// Each event is one story, and no two events share one.
	storyOf := map[string]string{}
	for event, members := range demoEvents {
		s := arts[members[0]].Story
		for _, m := range members {
			if arts[m].Story != s {
				t.Errorf("%s: %s is in story %s, %s in %s", event, m, arts[m].Story, members[0], s)
			}
		}
		if other, ok := storyOf[s]; ok {
			t.Errorf("events %s and %s share story %s", event, other, s)
		}
		storyOf[s] = event
	}

	// LH1 is a syndicated copy of MW1, trimmed; nothing else is a copy.
	for _, k := range keys {
		a := arts[k]
		switch {
		case k == "LH1":
			if a.DuplicateOf != arts["MW1"].ID || a.Overlap < 0.8 {
				t.Errorf("LH1: duplicate of %q overlap %.2f, want %q and ≥ 0.8", a.DuplicateOf, a.Overlap, arts["MW1"].ID)
			}
		case a.DuplicateOf != "":
			t.Errorf("%s: duplicate of %q, want none", k, a.DuplicateOf)
		}
	}

	// E1 and E2 are related; titles are headlines of their members.
	e1, e2 := x.Story(arts["MW1"].Story), x.Story(arts["MW2"].Story)
	if e1 == nil || e2 == nil {
		t.Fatal("stories E1 or E2 missing")
	}
	if !slices.Contains(e1.Related, e2.ID) && !slices.Contains(e2.Related, e1.ID) {
		t.Errorf("E1 %s and E2 %s are not linked as related (E1 related %v, E2 related %v)", e1.ID, e2.ID, e1.Related, e2.Related)
	}
	for _, s := range x.Stories() {
		t.Logf("story %s %q articles %d outlets %v %s–%s related %v", s.ID, s.Title, len(s.Articles), s.Outlets, s.FirstSeen.Format("2006-01-02"), s.LastSeen.Format("2006-01-02"), s.Related)
	}
}
