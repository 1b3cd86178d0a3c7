package storetest

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sync"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// The story tests: an article's assignment to a story, stories themselves,
// and the clusterer's snapshot. Every outlet, place and person is invented.

// assigned returns an article of story, copying dupOf when it is set.
func assigned(id, story, dupOf string, overlap float64) *parallax.Article {
	a := article(id, "Dam inspection in Selby "+id, "Engineers inspected the Selby dam on Friday. "+id)
	a.Story, a.DuplicateOf, a.Overlap = story, dupOf, overlap
	return a
}

func checkAssignment(t *testing.T, got *parallax.Article, story, dupOf string, overlap float64) {
	t.Helper()
	if got.Story != story || got.DuplicateOf != dupOf || got.Overlap != overlap {
		t.Errorf("%s: assignment = %q, %q, %v; want %q, %q, %v",
			got.ID, got.Story, got.DuplicateOf, got.Overlap, story, dupOf, overlap)
	}
}

func testSaveAssignment(t *testing.T, s parallax.Store) {
	a := assigned("a1", "s1", "", 0)
	mustSave(t, s, a, parallax.SaveNew)
	checkAssignment(t, mustGet(t, s, "a1"), "s1", "", 0)
	first := a.Ingested

	// The same content with another assignment: no new revision, but the
	// assignment is updated in place.
	b := assigned("a1", "s2", "w9", 0.875)
	mustSave(t, s, b, parallax.SaveUnchanged)
	if b.Revision != 1 || !b.Ingested.Equal(first) {
		t.Errorf("reassigned: Revision, Ingested = %d, %v; want 1, %v", b.Revision, b.Ingested, first)
	}
	got := mustGet(t, s, "a1")
	checkAssignment(t, got, "s2", "w9", 0.875)
	if got.Revision != 1 || !got.Ingested.Equal(first) {
		t.Errorf("stored Revision, Ingested = %d, %v; want 1, %v", got.Revision, got.Ingested, first)
	}

	// The same content and the same assignment: nothing changes.
	mustSave(t, s, assigned("a1", "s2", "w9", 0.875), parallax.SaveUnchanged)
	checkAssignment(t, mustGet(t, s, "a1"), "s2", "w9", 0.875)

	// An empty assignment clears it: the saved article is the truth.
	mustSave(t, s, assigned("a1", "", "", 0), parallax.SaveUnchanged)
	checkAssignment(t, mustGet(t, s, "a1"), "", "", 0)

	// A revision carries the assignment it was saved with.
	c := assigned("a1", "s3", "w1", 0.5)
	c.Text += " The spillway was closed."
	mustSave(t, s, c, parallax.SaveRevised)
	got = mustGet(t, s, "a1")
	checkAssignment(t, got, "s3", "w1", 0.5)
	if got.Revision != 2 {
		t.Errorf("Revision = %d, want 2", got.Revision)
	}
}

// testAssignmentListed checks that listings and search hits carry the
// assignment too, not only Article.
func testAssignmentListed(t *testing.T, s parallax.Store) {
	mustSave(t, s, assigned("a1", "s1", "", 0), parallax.SaveNew)
	mustSave(t, s, assigned("a2", "s1", "a1", 0.25), parallax.SaveNew)
	mustSave(t, s, assigned("a2", "s1", "a1", 1), parallax.SaveUnchanged)
	list, err := s.Articles(context.Background(), parallax.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(list); !reflect.DeepEqual(got, []string{"a1", "a2"}) {
		t.Fatalf("Articles = %v, want [a1 a2]", got)
	}
	checkAssignment(t, list[0], "s1", "", 0)
	checkAssignment(t, list[1], "s1", "a1", 1)
	hits := search(t, s, "spillway OR inspected", 0)
	if len(hits) != 2 {
		t.Fatalf("Search = %d hits, want 2", len(hits))
	}
	for _, h := range hits {
		if h.Article.ID == "a2" {
			checkAssignment(t, h.Article, "s1", "a1", 1)
		}
	}
}

// fullStory returns a story with every field set.
func fullStory() *parallax.Story {
	return &parallax.Story{
		ID:        "s-selby-dam",
		Title:     "Selby dam: spillway closed after «routine» inspection — 40 % capacity",
		Articles:  []string{"a3", "a1", "w-09", "a2"}, // story order, not sorted
		Outlets:   []string{"Selby Star", "The Marrow Post", "Ørsby Tidende"},
		FirstSeen: time.Date(2024, 3, 9, 18, 45, 30, 123456789, time.FixedZone("", 5*3600+30*60)),
		LastSeen:  time.Date(2024, 3, 11, 6, 0, 0, 0, time.FixedZone("", -(3*3600+30*60))),
		Related:   []string{"s-selby-flood", "s-marrow-vote"},
		// Every granularity, an entry without an actor, text that JSON
		// escapes, entries that share articles, and an entry whose sources
		// disagree on its date.
		Timeline: []parallax.TimelineEntry{
			{Date: "2024", Granularity: "year", Summary: "The dam was built to hold \"40 %\" more.", Articles: []string{"a2"}},
			{Date: "2024-03", Granularity: "month", Summary: "Inspections began.", Actor: "Selby Water Board", Articles: []string{"a3", "a1"}},
			{Date: "2024-W10", Granularity: "week", Summary: "Cracks were found <near> the spillway.", Actor: "Engineers", Articles: []string{"a1"}},
			{Date: "2024-03-09", Granularity: "day", Summary: "Mayor Ørsted Vell closed the spillway — «for now».", Actor: "Ørsted Vell", Articles: []string{"a3", "a1", "w-09"}},
			{Date: "2024-03-10", Granularity: "day", Summary: "The reservoir fell to 40 % capacity.", Actor: "Selby Water Board",
				Articles: []string{"a1", "w-09", "a2"},
				Dates: []parallax.TimelineDate{
					{Date: "2024-03-10", Articles: []string{"a1", "w-09"}},
					{Date: "2024-03-11", Articles: []string{"a2"}},
				}},
		},
		Quotes: []parallax.StoryQuote{{Speaker: "Ørsted Vell", Text: "for now", Kind: parallax.Direct,
			Articles: []string{"a3", "a1"}, Date: time.Date(2024, 3, 9, 18, 45, 30, 0, time.UTC),
			Wordings: []parallax.Wording{{Article: "a3", Text: "for now", Span: parallax.Span{Start: 4, End: 11}},
				{Article: "a1", Text: "for now", Span: parallax.Span{Start: 40, End: 47}}}}},
		Speakers: []parallax.Speaker{{Name: "Ørsted Vell", Aliases: []string{"Vell", "the mayor"}, Roles: []string{"Mayor"},
			Articles: []string{"a3", "a1"}, Entity: "person:orsted-vell"}},
		Entities: []parallax.StoryEntity{{ID: "location:selby", Name: "Selby", Type: "LOCATION", Country: "Marrow",
			Articles: []string{"a1", "a2"}}},
		Facts: []parallax.Fact{{Kind: parallax.FactQuantity, Key: "reservoir capacity", Status: parallax.Differ,
			Note: "40 % and 35 % do not overlap",
			Values: []parallax.FactValue{
				{Value: "40 percent", Text: "40 %", Articles: []string{"a1", "w-09"}, Sources: 1, Via: "Selby Star",
					Wordings: []parallax.Wording{{Article: "a1", Text: "40 %", Span: parallax.Span{Start: 1, End: 5}}}},
				{Value: "35 percent", Text: "35 %", Articles: []string{"a2"}, Sources: 1, Attributed: "Selby Water Board"},
			}}},
		Unique:   []parallax.Unique{{Article: "a2", Text: "A second spillway is planned.", Span: parallax.Span{Start: 9, End: 38}}},
		Coverage: []parallax.Coverage{{Outlet: "Selby Star", Articles: []string{"a1"}, Facts: 1, Share: 0.5, Unique: 0, Missing: []string{"dam age"}}},
	}
}

func mustSaveStory(t *testing.T, s parallax.Store, st *parallax.Story) {
	t.Helper()
	if err := s.SaveStory(context.Background(), st); err != nil {
		t.Fatalf("SaveStory(%q): %v", st.ID, err)
	}
}

func mustGetStory(t *testing.T, s parallax.Store, id string) *parallax.Story {
	t.Helper()
	st, err := s.Story(context.Background(), id)
	if err != nil {
		t.Fatalf("Story(%q): %v", id, err)
	}
	return st
}

// CheckStory fails t unless got equals want field by field: times by
// instant, offset and zeroness; lists exactly, empty ones as nil.
func CheckStory(t *testing.T, got, want *parallax.Story) {
	t.Helper()
	times := []struct {
		name      string
		got, want time.Time
	}{{"FirstSeen", got.FirstSeen, want.FirstSeen}, {"LastSeen", got.LastSeen, want.LastSeen}}
	for _, tt := range times {
		_, gotOff := tt.got.Zone()
		_, wantOff := tt.want.Zone()
		if !tt.got.Equal(tt.want) || tt.got.IsZero() != tt.want.IsZero() || gotOff != wantOff {
			t.Errorf("%s: %s = %v, want %v", want.ID, tt.name, tt.got, tt.want)
		}
	}
	g, w := *got, *want
	g.FirstSeen, g.LastSeen, w.FirstSeen, w.LastSeen = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	if !reflect.DeepEqual(g, w) {
		t.Errorf("%s: got\n%#v\nwant\n%#v", want.ID, g, w)
	}
}

func testStoryRoundTrip(t *testing.T, s parallax.Store) {
	mustSaveStory(t, s, fullStory())
	CheckStory(t, mustGetStory(t, s, "s-selby-dam"), fullStory())

	// Other zones: UTC and a named location come back as the same instant
	// with the same offset.
	zones := []*time.Location{time.UTC}
	if loc, err := time.LoadLocation("Europe/Oslo"); err == nil {
		zones = append(zones, loc)
	}
	for i, loc := range zones {
		st := fullStory()
		st.ID = fmt.Sprintf("zone-%d", i)
		st.FirstSeen = time.Date(2023, 7, 2, 7, 0, 0, 0, loc)
		st.LastSeen = st.FirstSeen.Add(36 * time.Hour)
		mustSaveStory(t, s, st)
		CheckStory(t, mustGetStory(t, s, st.ID), st)
	}
}

func testStoryRoundTripZero(t *testing.T, s parallax.Store) {
	// Only the id: everything else comes back zero, lists nil, times zero
	// rather than some epoch.
	mustSaveStory(t, s, &parallax.Story{ID: "bare"})
	CheckStory(t, mustGetStory(t, s, "bare"), &parallax.Story{ID: "bare"})

	// Empty lists are no different from nil ones: both come back nil.
	mustSaveStory(t, s, &parallax.Story{ID: "empty", Articles: []string{}, Outlets: []string{}, Related: []string{},
		Timeline: []parallax.TimelineEntry{}})
	got := mustGetStory(t, s, "empty")
	if got.Articles != nil || got.Outlets != nil || got.Related != nil || got.Timeline != nil {
		t.Errorf("empty lists came back as %#v %#v %#v %#v, want nil", got.Articles, got.Outlets, got.Related, got.Timeline)
	}

	// So is an entry's empty article list, and an entry with no fields
	// set survives as one.
	sparse := &parallax.Story{ID: "sparse", Timeline: []parallax.TimelineEntry{
		{Date: "2024-01-02", Granularity: "day", Summary: "Nobody reported it.", Articles: []string{}},
		{},
	}}
	mustSaveStory(t, s, sparse)
	got = mustGetStory(t, s, "sparse")
	if len(got.Timeline) != 2 || got.Timeline[0].Articles != nil || !reflect.DeepEqual(got.Timeline[1], parallax.TimelineEntry{}) {
		t.Errorf("sparse timeline came back as %#v, want two entries, no article lists", got.Timeline)
	}

	// One date known, the other not.
	half := &parallax.Story{ID: "half", Articles: []string{"a1"}, FirstSeen: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)}
	mustSaveStory(t, s, half)
	CheckStory(t, mustGetStory(t, s, "half"), half)
}

// testStoryReplace saves a story twice under one id: the second replaces
// every field, its outlets included.
func testStoryReplace(t *testing.T, s parallax.Store) {
	// The second version has no timeline: the first one's goes with it.
	mustSaveStory(t, s, fullStory())
	next := &parallax.Story{
		ID:       "s-selby-dam",
		Title:    "Selby dam reopens",
		Articles: []string{"a9"},
		Outlets:  []string{"Kessrin Courier"},
	}
	mustSaveStory(t, s, next)
	CheckStory(t, mustGetStory(t, s, next.ID), next)
	all := listStories(t, s, parallax.StoryFilter{})
	if got := storyIDs(all); !reflect.DeepEqual(got, []string{"s-selby-dam"}) {
		t.Errorf("Stories = %v, want one story", got)
	}
	if got := storyIDs(listStories(t, s, parallax.StoryFilter{Outlet: "Selby Star"})); len(got) != 0 {
		t.Errorf("Stories(outlet of the old version) = %v, want none", got)
	}
	if got := storyIDs(listStories(t, s, parallax.StoryFilter{Outlet: "Kessrin Courier"})); len(got) != 1 {
		t.Errorf("Stories(outlet of the new version) = %v, want the story", got)
	}
}

func testStoryInvalid(t *testing.T, s parallax.Store) {
	for _, st := range []*parallax.Story{nil, {Title: "No id", Articles: []string{"a1"}}} {
		err := s.SaveStory(context.Background(), st)
		if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
			t.Errorf("SaveStory(%+v): code %q (%v), want %q", st, got, err, want)
		}
	}
	if got := listStories(t, s, parallax.StoryFilter{}); len(got) != 0 {
		t.Errorf("store holds %d stories after rejected saves, want 0", len(got))
	}
	for _, f := range []parallax.StoryFilter{{Limit: -1}, {Offset: -1}} {
		_, err := s.Stories(context.Background(), f)
		if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
			t.Errorf("Stories(%+v): code %q (%v), want %q", f, got, err, want)
		}
	}
}

func testStoryNotFound(t *testing.T, s parallax.Store) {
	mustSaveStory(t, s, fullStory())
	_, err := s.Story(context.Background(), "missing")
	if got, want := parallax.ErrorCode(err), parallax.ENOTFOUND; got != want {
		t.Fatalf("Story(missing): code %q (%v), want %q", got, err, want)
	}
	if msg := parallax.ErrorMessage(err); msg != `story "missing" not found` {
		t.Errorf("message %q, want %q", msg, `story "missing" not found`)
	}
}

func listStories(t *testing.T, s parallax.Store, f parallax.StoryFilter) []*parallax.Story {
	t.Helper()
	list, err := s.Stories(context.Background(), f)
	if err != nil {
		t.Fatalf("Stories(%+v): %v", f, err)
	}
	return list
}

func storyIDs(ss []*parallax.Story) []string {
	out := []string{}
	for _, st := range ss {
		out = append(out, st.ID)
	}
	return out
}

// story returns a story of n articles seen between first and last.
func story(id string, n int, first, last time.Time, outlets ...string) *parallax.Story {
	st := &parallax.Story{ID: id, Title: "Story " + id, FirstSeen: first, LastSeen: last, Outlets: outlets}
	for i := range n {
		st.Articles = append(st.Articles, fmt.Sprintf("%s-a%d", id, i))
	}
	return st
}

func testStoriesOrder(t *testing.T, s parallax.Store) {
	plus2 := time.FixedZone("", 2*3600)
	day := func(h int, loc *time.Location) time.Time { return time.Date(2024, 5, 1, h, 0, 0, 0, loc) }
	var zero time.Time
	stories := []*parallax.Story{
		story("e-3-undated", 3, zero, zero),
		story("a-3-undated", 3, zero, zero),
		story("b-3-0800z", 3, day(1, time.UTC), day(10, plus2)), // 08:00Z despite reading 10:00
		story("c-3-0900z", 3, day(1, time.UTC), day(9, time.UTC)),
		story("d-3-0900z", 3, day(2, time.UTC), day(11, plus2)), // same instant as c: ties go by id
		story("f-5-0100z", 5, day(1, time.UTC), day(1, time.UTC)),
		story("g-1-2300z", 1, day(23, time.UTC), day(23, time.UTC)),
		story("h-0", 0, zero, zero),
	}
	// A listed story carries its timeline too.
	stories[5].Timeline = fullStory().Timeline
	// Save in an order unlike the expected one, so that insertion order
	// cannot pass for the listing order.
	for _, i := range rand.New(rand.NewPCG(7, 7)).Perm(len(stories)) {
		mustSaveStory(t, s, stories[i])
	}
	want := []string{"f-5-0100z", "c-3-0900z", "d-3-0900z", "b-3-0800z", "a-3-undated", "e-3-undated", "g-1-2300z", "h-0"}
	got := listStories(t, s, parallax.StoryFilter{})
	if ids := storyIDs(got); !reflect.DeepEqual(ids, want) {
		t.Errorf("Stories order = %v, want %v", ids, want)
	}
	// Listed stories are whole, not a summary.
	for _, st := range got {
		if st.ID == "f-5-0100z" {
			CheckStory(t, st, stories[5])
		}
	}
}

func testStoriesFilter(t *testing.T, s parallax.Store) {
	d := func(day int) time.Time { return time.Date(2024, 6, day, 12, 0, 0, 0, time.UTC) }
	var zero time.Time
	const north, south, east = "North Ledger", "South Wire", "East Bulletin"
	for _, st := range []*parallax.Story{
		story("n1", 6, d(1), d(2), north),
		story("n2", 5, d(3), d(4), north, south),
		story("s1", 4, d(5), d(6), south),
		story("s2", 3, d(2), d(8), east, south),
		story("u1", 2, zero, zero, north),
		story("h1", 1, d(7), zero, east), // last seen unknown
	} {
		mustSaveStory(t, s, st)
	}
	tests := []struct {
		name string
		f    parallax.StoryFilter
		want []string
	}{
		{"all", parallax.StoryFilter{}, []string{"n1", "n2", "s1", "s2", "u1", "h1"}},
		{"outlet", parallax.StoryFilter{Outlet: north}, []string{"n1", "n2", "u1"}},
		{"outlet of several", parallax.StoryFilter{Outlet: south}, []string{"n2", "s1", "s2"}},
		{"outlet unknown", parallax.StoryFilter{Outlet: "Nobody"}, []string{}},
		{"outlet is exact", parallax.StoryFilter{Outlet: "north ledger"}, []string{}},
		{"since: last seen inclusive", parallax.StoryFilter{Since: d(4)}, []string{"n2", "s1", "s2"}},
		{"since in another zone", parallax.StoryFilter{Since: d(4).In(time.FixedZone("", -5*3600))}, []string{"n2", "s1", "s2"}},
		{"until: first seen exclusive", parallax.StoryFilter{Until: d(3)}, []string{"n1", "s2"}},
		{"since and until", parallax.StoryFilter{Since: d(4), Until: d(5)}, []string{"n2", "s2"}},
		{"overlapping span", parallax.StoryFilter{Since: d(5), Until: d(6)}, []string{"s1", "s2"}},
		{"until keeps unknown last seen", parallax.StoryFilter{Until: d(8)}, []string{"n1", "n2", "s1", "s2", "h1"}},
		{"outlet and since", parallax.StoryFilter{Outlet: south, Since: d(5)}, []string{"s1", "s2"}},
		{"limit", parallax.StoryFilter{Limit: 2}, []string{"n1", "n2"}},
		{"offset", parallax.StoryFilter{Offset: 4}, []string{"u1", "h1"}},
		{"limit and offset", parallax.StoryFilter{Limit: 2, Offset: 1}, []string{"n2", "s1"}},
		{"offset past end", parallax.StoryFilter{Offset: 10}, []string{}},
		{"outlet and limit", parallax.StoryFilter{Outlet: north, Limit: 1, Offset: 2}, []string{"u1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ids := storyIDs(listStories(t, s, tt.f)); !reflect.DeepEqual(ids, tt.want) {
				t.Errorf("Stories(%+v) = %v, want %v", tt.f, ids, tt.want)
			}
		})
	}
}

func testStoryIndex(t *testing.T, s parallax.Store) {
	ctx := context.Background()
	got, err := s.StoryIndex(ctx)
	if err != nil || got != nil {
		t.Fatalf("StoryIndex of a new store = %d bytes, %v; want nil", len(got), err)
	}

	// Every byte value, and a 5 MB blob of incompressible bytes.
	small := make([]byte, 512)
	for i := range small {
		small[i] = byte(i)
	}
	big := make([]byte, 5<<20)
	rng := rand.New(rand.NewPCG(1, 5))
	for i := range big {
		big[i] = byte(rng.Uint32())
	}
	for _, snap := range [][]byte{small, big, []byte("v2")} {
		if err := s.SaveStoryIndex(ctx, snap); err != nil {
			t.Fatalf("SaveStoryIndex(%d bytes): %v", len(snap), err)
		}
		got, err := s.StoryIndex(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, snap) {
			t.Fatalf("StoryIndex = %d bytes, want the %d saved", len(got), len(snap))
		}
	}

	// The store keeps its own copy: changing the caller's slice after the
	// save, or the returned one, changes nothing stored.
	buf := []byte("snapshot-a")
	if err := s.SaveStoryIndex(ctx, buf); err != nil {
		t.Fatal(err)
	}
	buf[0] = 'X'
	got, _ = s.StoryIndex(ctx)
	got[1] = 'X'
	if again, _ := s.StoryIndex(ctx); string(again) != "snapshot-a" {
		t.Errorf("StoryIndex = %q after the callers' slices changed, want %q", again, "snapshot-a")
	}

	// Saving nothing removes the snapshot.
	if err := s.SaveStoryIndex(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if got, err := s.StoryIndex(ctx); err != nil || got != nil {
		t.Errorf("StoryIndex after saving nil = %d bytes, %v; want nil", len(got), err)
	}
}

func testConcurrentStories(t *testing.T, s parallax.Store) {
	const workers, each = 8, 10
	var wg sync.WaitGroup
	errs := make(chan error, workers*(each*2+2))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx := context.Background()
			// Every worker rewrites one shared story with its own version:
			// the last write wins whole, never a mix of two.
			outlet := fmt.Sprintf("Outlet %d", w)
			shared := story("shared", w+1, time.Time{}, time.Time{}, outlet)
			shared.Title = "Version " + outlet
			if err := s.SaveStory(ctx, shared); err != nil {
				errs <- err
			}
			for i := range each {
				id := fmt.Sprintf("w%d-%02d", w, i)
				if err := s.SaveStory(ctx, story(id, i, time.Time{}, time.Time{}, outlet)); err != nil {
					errs <- err
				}
				if _, err := s.Story(ctx, id); err != nil {
					errs <- err
				}
			}
			if err := s.SaveStoryIndex(ctx, []byte(outlet)); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got, want := len(listStories(t, s, parallax.StoryFilter{})), workers*each+1; got != want {
		t.Errorf("stored %d stories, want %d", got, want)
	}
	shared := mustGetStory(t, s, "shared")
	if len(shared.Outlets) != 1 || shared.Title != "Version "+shared.Outlets[0] {
		t.Fatalf("shared story mixes versions: %+v", shared)
	}
	var w int
	fmt.Sscanf(shared.Outlets[0], "Outlet %d", &w)
	if len(shared.Articles) != w+1 {
		t.Errorf("shared story of %s has %d articles, want %d", shared.Outlets[0], len(shared.Articles), w+1)
	}
	byOutlet := listStories(t, s, parallax.StoryFilter{Outlet: shared.Outlets[0]})
	if got, want := len(byOutlet), each+1; got != want {
		t.Errorf("Stories(outlet %s) = %d, want %d", shared.Outlets[0], got, want)
	}
	snap, err := s.StoryIndex(context.Background())
	if err != nil || len(snap) == 0 {
		t.Errorf("StoryIndex = %q, %v; want one worker's snapshot", snap, err)
	}
}

// testStoriesLanguage: a story is listed for a language when one of its
// articles is in it.
func testStoriesLanguage(t *testing.T, s parallax.Store) {
	ctx := context.Background()
	for _, a := range []*parallax.Article{
		{ID: "l1", Title: "Vote in parliament", Text: "The parliament voted.", Language: "en", Story: "sa"},
		{ID: "l2", Title: "Vote au parlement", Text: "Le parlement a voté.", Language: "fr", Story: "sa"},
		{ID: "l3", Title: "Port strike", Text: "Dockers walked out.", Language: "en", Story: "sb"},
		{ID: "l4", Title: "Unassigned", Text: "Nothing assigned here.", Language: "fr"},
	} {
		if _, err := s.SaveArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	mustSaveStory(t, s, &parallax.Story{ID: "sa", Title: "Vote", Articles: []string{"l1", "l2"}})
	mustSaveStory(t, s, &parallax.Story{ID: "sb", Title: "Strike", Articles: []string{"l3"}})
	for lang, want := range map[string][]string{"en": {"sa", "sb"}, "fr": {"sa"}, "de": {}} {
		if ids := storyIDs(listStories(t, s, parallax.StoryFilter{Language: lang})); !reflect.DeepEqual(ids, want) {
			t.Errorf("Stories(language %s) = %v, want %v", lang, ids, want)
		}
	}
}

// testStoriesBrief: a brief listing has every field but the timeline and
// what reconciling found; a full one has them all.
func testStoriesBrief(t *testing.T, s parallax.Store) {
	mustSaveStory(t, s, fullStory())
	brief := listStories(t, s, parallax.StoryFilter{Brief: true})
	if len(brief) != 1 {
		t.Fatalf("brief listing: %d stories, want 1", len(brief))
	}
	want := *fullStory()
	want.Timeline, want.Quotes, want.Speakers, want.Entities = nil, nil, nil, nil
	want.Facts, want.Unique, want.Coverage = nil, nil, nil
	CheckStory(t, brief[0], &want)
	CheckStory(t, listStories(t, s, parallax.StoryFilter{})[0], fullStory())
}

// testStoryArticles: parallax.StoryArticles reads a story's articles in
// its order, across stories, skipping ids the store does not have.
func testStoryArticles(t *testing.T, s parallax.Store) {
	ctx := context.Background()
	for _, id := range []string{"a1", "a2", "a3"} {
		if _, err := s.SaveArticle(ctx, article(id, "Title "+id, "Text of "+id+".")); err != nil {
			t.Fatal(err)
		}
	}
	one := &parallax.Story{ID: "s1", Articles: []string{"a2", "gone", "a1"}}
	two := &parallax.Story{ID: "s2", Articles: []string{"a3"}}
	got, err := parallax.StoryArticles(ctx, s, one, two)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range got {
		ids = append(ids, a.ID)
	}
	if want := []string{"a2", "a1", "a3"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("StoryArticles = %v, want %v", ids, want)
	}
}
