package story_test

import (
	"slices"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/demo"
	"github.com/parallax-news/parallax/story"
)

// loadDemo extracts the demo corpus, keyed as in the answer key.
func loadDemo(t *testing.T) map[string]*parallax.Article {
	t.Helper()
	out, err := demo.Extract("../examples")
	if err != nil {
		t.Fatal(err)
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
	for event, members := range demo.Events {
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
