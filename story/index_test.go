package story_test

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/story"
)

// add adds the fixture articles with the given keys, one at a time in that
// order, and returns the corpus.
func add(t *testing.T, x *story.Index, keys ...string) map[string]*parallax.Article {
	t.Helper()
	fx := fixture()
	for _, k := range keys {
		x.Add(fx[k])
	}
	return fx
}

func TestCopies(t *testing.T) {
	curled := strings.NewReplacer(`"`, "”", "'", "’")
	tests := []struct {
		name    string
		keys    []string // added in this order; the last is checked
		extra   *parallax.Article
		wantDup string // "" for none
		minOver float64
	}{
		{name: "reprint with new headline, trimmed, curly quotes", keys: []string{"wire", "reprint"}, wantDup: "wire", minOver: 0.85},
		{name: "same event in other words", keys: []string{"wire", "own"}},
		{name: "short bulletin on the same event", keys: []string{"wire", "own", "radio"}},
		{name: "different event", keys: []string{"wire", "fire"}},
		{name: "later original is not copied", keys: []string{"reprint", "wire"}},
		{name: "copy of a copy points at the original", keys: []string{"wire", "reprint"},
			extra: &parallax.Article{ID: "reprint2", Outlet: "Skerry News", Title: "Bridge opens",
				Text:      curled.Replace(strings.Replace(bridgeReprint, "about 2,400 residents", "some 2,400 locals", 1)),
				Published: day(2, 9)}, wantDup: "wire", minOver: 0.8},
		{name: "exact copy", keys: []string{"fire"},
			extra:   &parallax.Article{ID: "fire-copy", Outlet: "Moss Weekly", Title: "Fire", Text: fire, Published: day(1, 18)},
			wantDup: "fire", minOver: 0.97},
		{name: "too short to compare", keys: []string{"radio"},
			extra: &parallax.Article{ID: "tiny", Title: "Nordvik Bridge open", Text: "The Nordvik Bridge is open.", Published: day(1, 18)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := story.NewIndex(story.Options{})
			fx := add(t, x, tt.keys...)
			last := fx[tt.keys[len(tt.keys)-1]]
			if tt.extra != nil {
				last = tt.extra
				x.Add(last)
			}
			if last.DuplicateOf != tt.wantDup {
				t.Fatalf("DuplicateOf = %q, want %q (overlap %.2f)", last.DuplicateOf, tt.wantDup, last.Overlap)
			}
			if tt.wantDup == "" {
				if last.Overlap != 0 {
					t.Errorf("Overlap = %.2f with no original, want 0", last.Overlap)
				}
				return
			}
			if last.Overlap < tt.minOver || last.Overlap > 1 {
				t.Errorf("Overlap = %.3f, want in [%.2f, 1]", last.Overlap, tt.minOver)
			}
			if orig := x.Story(last.Story); orig == nil || !slices.Contains(orig.Articles, tt.wantDup) {
				t.Errorf("copy is in story %s, which does not hold its original %s", last.Story, tt.wantDup)
			}
		})
	}
}

// TestCopyOfTimedOriginal: in one batch, a reprint dated by day alone
// (midnight) is a copy of the agency text timed later that day, not its
// original, whatever their ids.
func TestCopyOfTimedOriginal(t *testing.T) {
	fx := fixture()
	wire := fx["fire"]
	reprint := &parallax.Article{ID: "a-fire-copy", Outlet: "Moss Weekly", Title: "Fire", Text: wire.Text, Published: day(1, 0)}
	x := story.NewIndex(story.Options{})
	x.AddBatch([]*parallax.Article{reprint, wire})
	if reprint.DuplicateOf != wire.ID || wire.DuplicateOf != "" {
		t.Errorf("reprint.DuplicateOf=%q, wire.DuplicateOf=%q; want the reprint to copy %q", reprint.DuplicateOf, wire.DuplicateOf, wire.ID)
	}
}

// partition checks that the fixture events are the stories: one story per
// event and none shared.
func partition(t *testing.T, fx map[string]*parallax.Article) {
	t.Helper()
	seen := map[string]int{}
	for e, keys := range fixtureEvents {
		for _, k := range keys {
			if fx[k].Story != fx[keys[0]].Story {
				t.Errorf("%s is in story %s, %s in %s: want one story", k, fx[k].Story, keys[0], fx[keys[0]].Story)
			}
		}
		if other, ok := seen[fx[keys[0]].Story]; ok {
			t.Errorf("events %v and %v share story %s", fixtureEvents[other], keys, fx[keys[0]].Story)
		}
		seen[fx[keys[0]].Story] = e
	}
}

func TestFixtureStories(t *testing.T) {
	x := story.NewIndex(story.Options{})
	fx := fixture()
	keys := []string{"wire", "radio", "own", "fire", "reprint", "fire2", "resign", "resign2"}
	var batch []*parallax.Article
	for _, k := range keys {
		batch = append(batch, fx[k])
	}
	res := x.AddBatch(batch)
	partition(t, fx)

	for i, k := range keys {
		if res[i].Story != fx[k].Story || res[i].DuplicateOf != fx[k].DuplicateOf || res[i].Overlap != fx[k].Overlap {
			t.Errorf("%s: assignment %+v disagrees with the article (%s, %q, %.2f)", k, res[i], fx[k].Story, fx[k].DuplicateOf, fx[k].Overlap)
		}
		if res[i].Similarity < 0 || res[i].Similarity > 1 {
			t.Errorf("%s: similarity %.3f out of [0, 1]", k, res[i].Similarity)
		}
	}
	// The earliest article started the bridge story; its id names it.
	sum := sha256.Sum256([]byte("wire"))
	if want := "s" + hex.EncodeToString(sum[:])[:12]; fx["wire"].Story != want {
		t.Errorf("bridge story id %s, want %s", fx["wire"].Story, want)
	}
	if !res[0].NewStory || res[1].NewStory || res[0].Similarity != 1 {
		t.Errorf("wire: %+v, radio: %+v: want wire to start the story and radio to join it", res[0], res[1])
	}

	bridge, resign, fire := x.Story(fx["wire"].Story), x.Story(fx["resign"].Story), x.Story(fx["fire"].Story)
	if bridge == nil || resign == nil || fire == nil {
		t.Fatal("a story is missing")
	}
	// Related but different events are linked; unrelated ones are not.
	if !slices.Contains(bridge.Related, resign.ID) || !slices.Contains(resign.Related, bridge.ID) {
		t.Errorf("bridge %s related %v, resignation %s related %v: want them linked", bridge.ID, bridge.Related, resign.ID, resign.Related)
	}
	if slices.Contains(bridge.Related, fire.ID) || slices.Contains(fire.Related, bridge.ID) {
		t.Errorf("bridge and fire stories linked as related")
	}

	// The story view: articles earliest first, distinct sorted outlets
	// (the reprint's outlet too), span of the dates, a member's headline.
	if want := []string{"wire", "radio", "own", "reprint"}; !slices.Equal(bridge.Articles, want) {
		t.Errorf("bridge articles %v, want %v", bridge.Articles, want)
	}
	if want := []string{"Halsey Courier", "Northline Wire", "Radio Torvik", "Torvik Tidende"}; !slices.Equal(bridge.Outlets, want) {
		t.Errorf("bridge outlets %v, want %v", bridge.Outlets, want)
	}
	if !bridge.FirstSeen.Equal(day(1, 11)) || !bridge.LastSeen.Equal(day(1, 15)) {
		t.Errorf("bridge seen %v–%v, want %v–%v", bridge.FirstSeen, bridge.LastSeen, day(1, 11), day(1, 15))
	}
	titles := map[string]bool{}
	for _, k := range fixtureEvents[0] {
		titles[fx[k].Title] = true
	}
	if !titles[bridge.Title] {
		t.Errorf("bridge title %q is no headline of its articles", bridge.Title)
	}

	// Stories: biggest first, then the newest.
	all := x.Stories()
	if len(all) != 3 || all[0].ID != bridge.ID || all[1].ID != resign.ID || all[2].ID != fire.ID {
		var ids []string
		for _, s := range all {
			ids = append(ids, s.ID)
		}
		t.Errorf("Stories() = %v, want [%s %s %s]", ids, bridge.ID, resign.ID, fire.ID)
	}
	if x.Len() != len(keys) {
		t.Errorf("Len() = %d, want %d", x.Len(), len(keys))
	}
	if x.Story("s000000000000") != nil {
		t.Error("Story of an unknown id is not nil")
	}
}

// TestUndatedJoins checks that articles without dates are not held apart
// by the window: an undated report of the resignation joins its story
// even though the bridge story is also about Brandt and the bridge.
func TestUndatedJoins(t *testing.T) {
	x := story.NewIndex(story.Options{})
	fx := add(t, x, "wire", "own", "resign")
	undated := &parallax.Article{ID: "undated", Title: "Mayor quits over bridge audit", Text: resignationOwn}
	x.Add(undated)
	if undated.Story != fx["resign"].Story {
		t.Errorf("undated resignation report joined %s, want the resignation story %s", undated.Story, fx["resign"].Story)
	}
}

// TestWindow checks that dated articles more than the window apart never
// share a story, however similar, unless one copies the other.
func TestWindow(t *testing.T) {
	x := story.NewIndex(story.Options{})
	fx := add(t, x, "wire", "own")
	later := clone(fx["radio"])
	later.Published = day(20, 12)
	x.Add(later)
	if later.Story == fx["own"].Story {
		t.Errorf("an article 19 days later joined the story; the window is %v", story.DefaultWindow)
	}
	inTime := clone(fx["radio"])
	inTime.ID, inTime.Published = "radio-again", day(5, 12)
	x.Add(inTime)
	if inTime.Story != fx["own"].Story {
		t.Errorf("the same article 4 days later started story %s, want %s", inTime.Story, fx["own"].Story)
	}
	reprint := clone(fx["reprint"])
	reprint.Published = day(30, 12)
	x.Add(reprint)
	if reprint.Story != fx["wire"].Story || reprint.DuplicateOf != "wire" {
		t.Errorf("a reprint 29 days later: story %s, copy of %q; want the original's story %s", reprint.Story, reprint.DuplicateOf, fx["wire"].Story)
	}
}

func TestReAddKeepsStory(t *testing.T) {
	x := story.NewIndex(story.Options{})
	fx := add(t, x, "wire", "own", "fire")
	bridge := fx["own"].Story

	// The same id with new text, even text about the fire, keeps its story.
	again := &parallax.Article{ID: "own", Outlet: "Torvik Tidende", Title: "Fire spreads", Text: fireOwn, Published: day(1, 21)}
	as := x.Add(again)
	if again.Story != bridge || as.Story != bridge || as.NewStory {
		t.Errorf("re-added article moved to %s (new %v), want its story %s", again.Story, as.NewStory, bridge)
	}
	if x.Len() != 3 {
		t.Errorf("Len() = %d after re-adding, want 3", x.Len())
	}
	s := x.Story(bridge)
	if n := strings.Count(strings.Join(s.Articles, " "), "own"); n != 1 {
		t.Errorf("story lists the re-added article %d times, want once: %v", n, s.Articles)
	}
	if !s.LastSeen.Equal(day(1, 21)) {
		t.Errorf("story last seen %v, want the re-added article's new date %v", s.LastSeen, day(1, 21))
	}
	// Its new features count: a later fire report now finds the bridge
	// story a candidate, but the fire story is still the better one.
	late := &parallax.Article{ID: "fire3", Title: "Glassford fire contained", Text: fire, Published: day(1, 22)}
	x.Add(late)
	if late.Story != fx["fire"].Story {
		t.Errorf("fire report joined %s, want the fire story %s", late.Story, fx["fire"].Story)
	}
}

// assignments adds articles in a batch and returns article id → story id.
func assignments(x *story.Index, as []*parallax.Article) map[string]string {
	out := map[string]string{}
	for i, r := range x.AddBatch(as) {
		out[as[i].ID] = r.Story + "|" + r.DuplicateOf
	}
	return out
}

func cloneAll(as []*parallax.Article) []*parallax.Article {
	out := make([]*parallax.Article, len(as))
	for i, a := range as {
		out[i] = clone(a)
	}
	return out
}

func TestBatchOrderIndependence(t *testing.T) {
	stream := story.Synthetic(200, 3)
	// Make it harder: a quarter of the articles lose their dates.
	for i, a := range stream {
		if i%4 == 0 {
			a.Published = time.Time{}
		}
	}
	want := assignments(story.NewIndex(story.Options{}), cloneAll(stream))
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 5; round++ {
		shuffled := cloneAll(stream)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := assignments(story.NewIndex(story.Options{}), shuffled); !reflect.DeepEqual(got, want) {
			diff := 0
			for id := range want {
				if got[id] != want[id] {
					diff++
				}
			}
			t.Fatalf("shuffle %d: %d of %d articles assigned differently", round, diff, len(want))
		}
	}
	stories := map[string]bool{}
	for _, s := range want {
		stories[s] = true
	}
	if len(stories) < 3 || len(stories) > 150 {
		t.Errorf("%d stories for 200 articles: the test says little", len(stories))
	}
}

func TestSnapshotRoundTrip(t *testing.T) {
	stream := story.Synthetic(600, 5)
	a := story.NewIndex(story.Options{})
	for i := 0; i < 300; i += 50 {
		a.AddBatch(cloneAll(stream[i : i+50]))
	}
	data, err := a.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	b := story.NewIndex(story.Options{})
	if err := b.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if b.Len() != a.Len() || !reflect.DeepEqual(b.Stories(), a.Stories()) {
		t.Fatalf("restored index differs: %d articles, %d stories; want %d, %d", b.Len(), len(b.Stories()), a.Len(), len(a.Stories()))
	}
	// Both go on identically, in batches and one at a time.
	for i := 300; i < 600; i += 60 {
		if ra, rb := a.AddBatch(cloneAll(stream[i:i+30])), b.AddBatch(cloneAll(stream[i:i+30])); !reflect.DeepEqual(ra, rb) {
			t.Fatalf("batch at %d: assignments differ after restoring", i)
		}
		for _, art := range stream[i+30 : i+60] {
			if ra, rb := a.Add(clone(art)), b.Add(clone(art)); ra != rb {
				t.Fatalf("%s: %+v after restoring, %+v before", art.ID, rb, ra)
			}
		}
	}
	if !reflect.DeepEqual(b.Stories(), a.Stories()) {
		t.Error("stories differ after going on from a snapshot")
	}
	// A zero Index takes the snapshot's options.
	var z story.Index
	if err := z.UnmarshalBinary(data); err != nil || z.Len() != 300 {
		t.Errorf("zero Index: %v, %d articles", err, z.Len())
	}
}

func TestSnapshotRejectsGarbage(t *testing.T) {
	x := story.NewIndex(story.Options{})
	add(t, x, "wire", "fire")
	good, err := x.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not ours":  []byte("hello"),
		"truncated": good[:len(good)/2],
	} {
		if err := story.NewIndex(story.Options{}).UnmarshalBinary(data); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestEmptyAndIDless(t *testing.T) {
	x := story.NewIndex(story.Options{})
	empty := &parallax.Article{ID: "empty"}
	if as := x.Add(empty); !as.NewStory || as.Story == "" {
		t.Errorf("empty article: %+v, want a story of its own", as)
	}
	noID := &parallax.Article{Title: "No id", Text: fire, URL: "https://glassford.example/fire"}
	x.Add(noID)
	if noID.ID == "" || x.Len() != 2 {
		t.Errorf("article without id: id %q, Len %d", noID.ID, x.Len())
	}
}

// TestArchivedStoriesStillFound checks that once the stream has moved on
// past the window, a story is still found by an article without a date
// and by a late article dated within its window.
func TestArchivedStoriesStillFound(t *testing.T) {
	x := story.NewIndex(story.Options{})
	fx := add(t, x, "wire", "own", "fire")
	// Six weeks on: the bridge story is left behind.
	x.AddBatch([]*parallax.Article{fx["resign"], fx["resign2"]})
	for i, a := range story.Synthetic(40, 9) {
		a.Published = day(60, 0).Add(time.Duration(i) * time.Hour)
		x.Add(a)
	}
	undated := &parallax.Article{ID: "undated", Title: "Nordvik Bridge opens", Text: bridgeRadio}
	x.Add(undated)
	if undated.Story != fx["wire"].Story {
		t.Errorf("undated bridge report joined %s, want the bridge story %s", undated.Story, fx["wire"].Story)
	}
	late := clone(fx["fire2"])
	x.Add(late)
	if late.Story != fx["fire"].Story {
		t.Errorf("late fire report joined %s, want the fire story %s", late.Story, fx["fire"].Story)
	}
}
