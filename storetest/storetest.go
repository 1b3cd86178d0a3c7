package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// Run runs the behaviour tests every parallax.Store implementation must
// pass. open returns a fresh, empty store for each subtest; Run closes it
// via t.Cleanup.
func Run(t *testing.T, open func(t *testing.T) parallax.Store) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, s parallax.Store)
	}{
		{"SaveNew", testSaveNew},
		{"SaveUnchanged", testSaveUnchanged},
		{"SaveRevised", testSaveRevised},
		{"SaveInvalid", testSaveInvalid},
		{"ArticleNotFound", testArticleNotFound},
		{"RoundTrip", testRoundTrip},
		{"RoundTripZero", testRoundTripZero},
		{"ArticlesOrder", testArticlesOrder},
		{"ArticlesFilter", testArticlesFilter},
		{"SearchRanking", testSearchRanking},
		{"SearchSnippet", testSearchSnippet},
		{"SearchQueries", testSearchQueries},
		{"SearchAwkward", testSearchAwkward},
		{"SearchInvalid", testSearchInvalid},
		{"SearchFollowsRevision", testSearchFollowsRevision},
		{"ConcurrentSave", testConcurrentSave},
		{"SaveAssignment", testSaveAssignment},
		{"AssignmentListed", testAssignmentListed},
		{"StoryRoundTrip", testStoryRoundTrip},
		{"StoryRoundTripZero", testStoryRoundTripZero},
		{"StoryReplace", testStoryReplace},
		{"StoryInvalid", testStoryInvalid},
		{"StoryNotFound", testStoryNotFound},
		{"StoriesOrder", testStoriesOrder},
		{"StoriesFilter", testStoriesFilter},
		{"StoriesLanguage", testStoriesLanguage},
		{"StoriesBrief", testStoriesBrief},
		{"StoryArticles", testStoryArticles},
		{"StoryIndex", testStoryIndex},
		{"ConcurrentStories", testConcurrentStories},
		{"AnalysisRoundTrip", testAnalysisRoundTrip},
		{"ReanalysedInPlace", testReanalysedInPlace},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			tt.fn(t, s)
		})
	}
}

// article returns an invented article with the given id and text.
func article(id, title, text string) *parallax.Article {
	return &parallax.Article{
		ID:       id,
		Source:   "testdata/" + id + ".html",
		Outlet:   "Velmora Gazette",
		URL:      "https://gazette.example/" + id,
		Title:    title,
		Author:   "Ines Carrow",
		Language: "en",
		Text:     text,
	}
}

func mustSave(t *testing.T, s parallax.Store, a *parallax.Article, want parallax.SaveStatus) {
	t.Helper()
	got, err := s.SaveArticle(context.Background(), a)
	if err != nil {
		t.Fatalf("SaveArticle(%q): %v", a.ID, err)
	}
	if got != want {
		t.Fatalf("SaveArticle(%q) = %q, want %q", a.ID, got, want)
	}
}

func mustGet(t *testing.T, s parallax.Store, id string) *parallax.Article {
	t.Helper()
	a, err := s.Article(context.Background(), id)
	if err != nil {
		t.Fatalf("Article(%q): %v", id, err)
	}
	return a
}

func testSaveNew(t *testing.T, s parallax.Store) {
	a := article("a1", "Ferry service resumes at Port Aldane", "The ferry to Port Aldane sailed again on Monday.")
	mustSave(t, s, a, parallax.SaveNew)
	if got, want := a.Revision, 1; got != want {
		t.Errorf("Revision = %d, want %d", got, want)
	}
	if a.Ingested.IsZero() {
		t.Fatal("Ingested not set")
	}
	got := mustGet(t, s, "a1")
	if got.Revision != 1 || !got.Ingested.Equal(a.Ingested) {
		t.Errorf("stored Revision, Ingested = %d, %v; want 1, %v", got.Revision, got.Ingested, a.Ingested)
	}
	if got.Text != a.Text || got.Title != a.Title {
		t.Errorf("stored title/text = %q/%q", got.Title, got.Text)
	}
}

func testSaveUnchanged(t *testing.T, s parallax.Store) {
	a := article("a1", "Ferry service resumes", "The ferry sailed again.\n\nPassengers cheered.")
	mustSave(t, s, a, parallax.SaveNew)

	// Same title and text up to whitespace, from another source: unchanged,
	// and nothing of the second copy is written.
	b := article("a1", " Ferry  service resumes", "The ferry sailed   again.\nPassengers cheered. ")
	b.Source = "elsewhere.txt"
	b.Outlet = "Other Outlet"
	mustSave(t, s, b, parallax.SaveUnchanged)
	if got, want := b.Revision, 1; got != want {
		t.Errorf("Revision = %d, want %d", got, want)
	}
	if !b.Ingested.Equal(a.Ingested) {
		t.Errorf("Ingested = %v, want the first save's %v", b.Ingested, a.Ingested)
	}
	got := mustGet(t, s, "a1")
	if got.Source != a.Source || got.Outlet != a.Outlet || !got.Ingested.Equal(a.Ingested) {
		t.Errorf("stored Source, Outlet, Ingested = %q, %q, %v; want the first save's", got.Source, got.Outlet, got.Ingested)
	}
}

func testSaveRevised(t *testing.T, s parallax.Store) {
	a := article("a1", "Bridge closed", "The Tolvern bridge closed at noon.")
	mustSave(t, s, a, parallax.SaveNew)
	first := a.Ingested

	b := article("a1", "Bridge closed", "The Tolvern bridge closed at noon after a barge struck a pillar.")
	mustSave(t, s, b, parallax.SaveRevised)
	if got, want := b.Revision, 2; got != want {
		t.Errorf("Revision = %d, want %d", got, want)
	}
	if b.Ingested.IsZero() || b.Ingested.Before(first) {
		t.Errorf("Ingested = %v, want set and not before %v", b.Ingested, first)
	}

	c := article("a1", "Bridge reopens", "The Tolvern bridge reopened.")
	mustSave(t, s, c, parallax.SaveRevised)
	if got, want := c.Revision, 3; got != want {
		t.Errorf("Revision = %d, want %d", got, want)
	}
	got := mustGet(t, s, "a1")
	if got.Revision != 3 || got.Title != c.Title || got.Text != c.Text || !got.Ingested.Equal(c.Ingested) {
		t.Errorf("current = rev %d %q %q %v, want rev 3 %q %q %v",
			got.Revision, got.Title, got.Text, got.Ingested, c.Title, c.Text, c.Ingested)
	}

	// Saving the current content again is still unchanged.
	d := article("a1", "Bridge reopens", "The Tolvern bridge reopened.")
	mustSave(t, s, d, parallax.SaveUnchanged)
	if d.Revision != 3 {
		t.Errorf("Revision after unchanged save = %d, want 3", d.Revision)
	}
}

func testSaveInvalid(t *testing.T, s parallax.Store) {
	a := article("", "No id", "An article without an id.")
	_, err := s.SaveArticle(context.Background(), a)
	if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
		t.Fatalf("SaveArticle without id: code %q (%v), want %q", got, err, want)
	}
	list, err := s.Articles(context.Background(), parallax.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 0 {
		t.Errorf("store holds %d articles after a rejected save, want 0", len(list))
	}
}

func testArticleNotFound(t *testing.T, s parallax.Store) {
	mustSave(t, s, article("a1", "Present", "This one exists."), parallax.SaveNew)
	_, err := s.Article(context.Background(), "missing")
	if got, want := parallax.ErrorCode(err), parallax.ENOTFOUND; got != want {
		t.Fatalf("Article(missing): code %q (%v), want %q", got, err, want)
	}
	if !strings.Contains(parallax.ErrorMessage(err), "missing") {
		t.Errorf("message %q does not name the id", parallax.ErrorMessage(err))
	}
}

// full returns an article with every field set to something awkward.
func full() *parallax.Article {
	text := "Mayor Oda Brenn opened the Kessrin library.\n\nIt holds 40,000 books — and a café «Lumen»."
	return &parallax.Article{
		ID:            "full-1",
		Source:        "feeds/kessrin.jsonl#7",
		Outlet:        "Kessrin Courier",
		URL:           "https://courier.example/2024/library?ref=home&x=1",
		Title:         "Library opens in Kessrin: 'a new chapter'",
		Author:        "Tamsin O'Rourke, Pál Végh",
		Published:     time.Date(2024, 3, 9, 18, 45, 30, 123456789, time.FixedZone("", 5*3600+30*60)),
		PublishedFrom: "record",
		Language:      "en",
		Text:          text,
		Sentences:     []parallax.Span{{Start: 0, End: 43}, {Start: 45, End: len(text)}},
		Removed:       []string{"Subscribe to our newsletter", "Share: Fb · X · ✉", ""},
		Extra: map[string]json.RawMessage{
			"tags":    json.RawMessage(`["civic", "books"]`),
			"score":   json.RawMessage(`0.75`),
			"nested":  json.RawMessage(`{"a": {"b": [1, 2, {"c": null}]}, "html": "<b>&amp;</b>"}`),
			"nothing": json.RawMessage(`null`),
			"text":    json.RawMessage(`"line\nbreak \u00e9"`),
		},
		Story:       "s-kessrin-library",
		DuplicateOf: "wire-0042",
		Overlap:     0.9375,
	}
}

func testRoundTrip(t *testing.T, s parallax.Store) {
	a := full()
	mustSave(t, s, a, parallax.SaveNew)
	want := full()
	want.Revision, want.Ingested = a.Revision, a.Ingested
	CheckArticle(t, mustGet(t, s, a.ID), want)

	// Other zones: UTC, a negative offset, a named location.
	zones := []*time.Location{time.UTC, time.FixedZone("", -(3*3600 + 30*60))}
	if loc, err := time.LoadLocation("America/Halifax"); err == nil {
		zones = append(zones, loc)
	}
	for i, loc := range zones {
		b := full()
		b.ID = fmt.Sprintf("zone-%d", i)
		b.Published = time.Date(2023, 11, 2, 7, 0, 0, 0, loc)
		mustSave(t, s, b, parallax.SaveNew)
		got := mustGet(t, s, b.ID)
		if !got.Published.Equal(b.Published) {
			t.Errorf("%s: Published = %v, want %v", loc, got.Published, b.Published)
		}
		_, gotOff := got.Published.Zone()
		_, wantOff := b.Published.Zone()
		if gotOff != wantOff {
			t.Errorf("%s: Published offset = %d, want %d", loc, gotOff, wantOff)
		}
	}
}

func testRoundTripZero(t *testing.T, s parallax.Store) {
	// Only the id set: every other field must come back zero, slices and
	// maps nil, Published zero rather than some epoch.
	a := &parallax.Article{ID: "bare"}
	mustSave(t, s, a, parallax.SaveNew)
	want := &parallax.Article{ID: "bare", Revision: a.Revision, Ingested: a.Ingested}
	CheckArticle(t, mustGet(t, s, "bare"), want)

	// Empty but non-nil collections come back empty, not nil.
	b := &parallax.Article{ID: "empty", Text: "x", Sentences: []parallax.Span{}, Removed: []string{},
		Extra: map[string]json.RawMessage{}}
	mustSave(t, s, b, parallax.SaveNew)
	got := mustGet(t, s, "empty")
	if got.Sentences == nil || got.Removed == nil || got.Extra == nil {
		t.Errorf("empty collections came back nil: %#v %#v %#v", got.Sentences, got.Removed, got.Extra)
	}
}

// CheckArticle fails t unless got equals want field by field: times by
// instant and offset, Extra values byte for byte.
func CheckArticle(t *testing.T, got, want *parallax.Article) {
	t.Helper()
	if !got.Published.Equal(want.Published) || got.Published.IsZero() != want.Published.IsZero() {
		t.Errorf("%s: Published = %v, want %v", want.ID, got.Published, want.Published)
	}
	_, gotOff := got.Published.Zone()
	_, wantOff := want.Published.Zone()
	if gotOff != wantOff {
		t.Errorf("%s: Published offset = %d, want %d", want.ID, gotOff, wantOff)
	}
	if !got.Ingested.Equal(want.Ingested) {
		t.Errorf("%s: Ingested = %v, want %v", want.ID, got.Ingested, want.Ingested)
	}
	if len(got.Extra) != len(want.Extra) || (got.Extra == nil) != (want.Extra == nil) {
		t.Errorf("%s: Extra = %s, want %s", want.ID, fmtExtra(got.Extra), fmtExtra(want.Extra))
	}
	for k, v := range want.Extra {
		if string(got.Extra[k]) != string(v) {
			t.Errorf("%s: Extra[%q] = %s, want %s", want.ID, k, got.Extra[k], v)
		}
	}
	g, w := *got, *want
	g.Published, w.Published = time.Time{}, time.Time{}
	g.Ingested, w.Ingested = time.Time{}, time.Time{}
	g.Extra, w.Extra = nil, nil
	if !reflect.DeepEqual(g, w) {
		t.Errorf("%s: got\n%#v\nwant\n%#v", want.ID, g, w)
	}
}

func fmtExtra(m map[string]json.RawMessage) string {
	if m == nil {
		return "nil"
	}
	var b strings.Builder
	for k, v := range m {
		fmt.Fprintf(&b, "%s=%s ", k, v)
	}
	return "{" + b.String() + "}"
}

func testArticlesOrder(t *testing.T, s parallax.Store) {
	plus2 := time.FixedZone("", 2*3600)
	day := func(h int, loc *time.Location) time.Time { return time.Date(2024, 5, 1, h, 0, 0, 0, loc) }
	arts := []struct {
		id        string
		published time.Time
	}{
		{"e-undated", time.Time{}},
		{"a-undated", time.Time{}},
		{"b-0800z", day(10, plus2)}, // 08:00Z despite reading 10:00
		{"c-0900z", day(9, time.UTC)},
		{"d-0900z", day(11, plus2)}, // same instant as c: ties go by id
		{"f-0700z", day(7, time.UTC)},
	}
	for _, x := range arts {
		a := article(x.id, "Market report "+x.id, "Prices at the Orrin market held steady. "+x.id)
		a.Published = x.published
		mustSave(t, s, a, parallax.SaveNew)
	}
	got, err := s.Articles(context.Background(), parallax.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"c-0900z", "d-0900z", "b-0800z", "f-0700z", "a-undated", "e-undated"}
	if ids := ids(got); !reflect.DeepEqual(ids, want) {
		t.Errorf("Articles order = %v, want %v", ids, want)
	}
}

func ids(as []*parallax.Article) []string {
	out := []string{}
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

func testArticlesFilter(t *testing.T, s parallax.Store) {
	d := func(day int) time.Time { return time.Date(2024, 6, day, 12, 0, 0, 0, time.UTC) }
	arts := []struct {
		id, outlet, lang string
		published        time.Time
	}{
		{"n1", "North Ledger", "en", d(1)},
		{"n2", "North Ledger", "en", d(2)},
		{"n3", "North Ledger", "de", d(3)},
		{"s1", "South Wire", "en", d(4)},
		{"s2", "South Wire", "fr", d(5)},
		{"s3", "South Wire", "en", time.Time{}},
	}
	for _, x := range arts {
		a := article(x.id, "Harvest news "+x.id, "The grain harvest in Dorrow began early. "+x.id)
		a.Outlet, a.Language, a.Published = x.outlet, x.lang, x.published
		mustSave(t, s, a, parallax.SaveNew)
	}
	tests := []struct {
		name string
		f    parallax.ArticleFilter
		want []string
	}{
		{"all", parallax.ArticleFilter{}, []string{"s2", "s1", "n3", "n2", "n1", "s3"}},
		{"outlet", parallax.ArticleFilter{Outlet: "North Ledger"}, []string{"n3", "n2", "n1"}},
		{"outlet unknown", parallax.ArticleFilter{Outlet: "Nobody"}, []string{}},
		{"language", parallax.ArticleFilter{Language: "en"}, []string{"s1", "n2", "n1", "s3"}},
		{"outlet and language", parallax.ArticleFilter{Outlet: "South Wire", Language: "en"}, []string{"s1", "s3"}},
		{"since inclusive", parallax.ArticleFilter{Since: d(3)}, []string{"s2", "s1", "n3"}},
		{"until exclusive", parallax.ArticleFilter{Until: d(3)}, []string{"n2", "n1"}},
		{"since and until", parallax.ArticleFilter{Since: d(2), Until: d(4)}, []string{"n3", "n2"}},
		{"since in another zone", parallax.ArticleFilter{Since: d(3).In(time.FixedZone("", -5*3600))}, []string{"s2", "s1", "n3"}},
		{"limit", parallax.ArticleFilter{Limit: 2}, []string{"s2", "s1"}},
		{"offset", parallax.ArticleFilter{Offset: 4}, []string{"n1", "s3"}},
		{"limit and offset", parallax.ArticleFilter{Limit: 2, Offset: 1}, []string{"s1", "n3"}},
		{"offset past end", parallax.ArticleFilter{Offset: 10}, []string{}},
		{"language and limit", parallax.ArticleFilter{Language: "en", Limit: 1, Offset: 3}, []string{"s3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Articles(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if ids := ids(got); !reflect.DeepEqual(ids, tt.want) {
				t.Errorf("Articles(%+v) = %v, want %v", tt.f, ids, tt.want)
			}
		})
	}
}

// searchCorpus is invented text for the search tests.
var searchCorpus = []*parallax.Article{
	article("flood-main", "Flooding closes the Velmora harbour",
		"Flooding closed the Velmora harbour on Tuesday. Harbour master Ludo Ferrant said the flooding was the worst in a decade, and more flooding is expected."),
	article("flood-aside", "Council debates the new tram line",
		"The council spent the evening on the tram budget. One member mentioned last spring's flooding only in passing before the vote on rolling stock, timetables, depots and fares."),
	article("troops", "U.S. troops leave the Orrin base",
		`The last U.S. troops left the Orrin base, officials said. "Iraq was a different mission," one officer remarked.`),
	article("zurich", "Bankers gather in Zürich",
		"Delegates met in Zürich to discuss the Škoda plant and the Zürich–Basel rail link."),
	article("ops", "A night of AND, OR and NOT",
		"The Logic Club staged a quiz on operators: AND, OR, NOT, NEAR and the asterisk * all came up; so did the hyphenated e-mail."),
}

func saveCorpus(t *testing.T, s parallax.Store) {
	t.Helper()
	for _, a := range searchCorpus {
		c := *a
		mustSave(t, s, &c, parallax.SaveNew)
	}
}

func search(t *testing.T, s parallax.Store, q string, limit int) []parallax.SearchHit {
	t.Helper()
	hits, err := s.Search(context.Background(), q, limit)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return hits
}

func hitIDs(hits []parallax.SearchHit) []string {
	out := []string{}
	for _, h := range hits {
		out = append(out, h.Article.ID)
	}
	return out
}

func testSearchRanking(t *testing.T, s parallax.Store) {
	saveCorpus(t, s)
	hits := search(t, s, "flooding", 0)
	if got, want := hitIDs(hits), []string{"flood-main", "flood-aside"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("Search(flooding) = %v, want %v", got, want)
	}
	if !(hits[0].Rank < hits[1].Rank) {
		t.Errorf("ranks %v, %v: want the first lower (better)", hits[0].Rank, hits[1].Rank)
	}
	if got := search(t, s, "flooding", 1); len(got) != 1 || got[0].Article.ID != "flood-main" {
		t.Errorf("Search(flooding, 1) = %v, want [flood-main]", hitIDs(got))
	}
	// Hits carry the whole current article.
	if a := hits[0].Article; a.Title != searchCorpus[0].Title || a.Text != searchCorpus[0].Text || a.Revision != 1 {
		t.Errorf("hit article = %+v", a)
	}
	if got := search(t, s, "volcano", 10); len(got) != 0 {
		t.Errorf("Search(volcano) = %v, want none", hitIDs(got))
	}
}

func testSearchSnippet(t *testing.T, s parallax.Store) {
	saveCorpus(t, s)
	hits := search(t, s, "Ferrant", 0)
	if len(hits) != 1 {
		t.Fatalf("Search(Ferrant) = %v, want one hit", hitIDs(hits))
	}
	if snip := hits[0].Snippet; !strings.Contains(snip, "[Ferrant]") || len(snip) >= len(searchCorpus[0].Text) {
		t.Errorf("snippet %q: want a short excerpt with [Ferrant]", snip)
	}
	hits = search(t, s, "tram", 0)
	if len(hits) != 1 || !strings.Contains(strings.ToLower(hits[0].Snippet), "[tram]") {
		t.Errorf("Search(tram) snippet: %+v", hits)
	}
}

func testSearchQueries(t *testing.T, s parallax.Store) {
	saveCorpus(t, s)
	tests := []struct {
		q    string
		want []string // in any order
	}{
		{"harbour", []string{"flood-main"}},
		{"HARBOUR", []string{"flood-main"}},
		{"velmora harbour", []string{"flood-main"}},
		{"harbour tram", []string{}}, // words are ANDed
		{"harbour AND flooding", []string{"flood-main"}},
		{"harbour OR tram", []string{"flood-main", "flood-aside"}},
		{"flood*", []string{"flood-main", "flood-aside"}},
		{"U.S. troops", []string{"troops"}},
		{"U.S.", []string{"troops"}},
		{`"Iraq`, []string{"troops"}},
		{`Iraq"`, []string{"troops"}},
		{"zürich", []string{"zurich"}},
		{"ZÜRICH", []string{"zurich"}},
		{"Škoda", []string{"zurich"}},
		{"e-mail", []string{"ops"}},
	}
	for _, tt := range tests {
		if got := hitIDs(search(t, s, tt.q, 0)); !sameSet(got, tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		seen[x]--
	}
	for _, n := range seen {
		if n != 0 {
			return false
		}
	}
	return true
}

func testSearchAwkward(t *testing.T, s parallax.Store) {
	saveCorpus(t, s)
	// Query syntax of FTS5, tsquery and friends typed by a user: each must
	// either run or be refused as EINVALID, never fail inside the store.
	queries := []string{
		`"`, `""`, `"""`, `*`, `**`, `-`, `--`, `-harbour`, `harbour-`, `AND`, `OR`, `NOT`, `NEAR`,
		`AND harbour`, `harbour OR`, `OR OR OR`, `NOT harbour`, `harbour NOT tram`, `NEAR(harbour tram)`,
		`(`, `)`, `(harbour`, `title:harbour`, `text:`, `^harbour`, `+harbour`, `harbour*tram`, `*harbour`,
		`'`, `\`, `&`, `|`, `!`, `:`, `:*`, `harbour:*`, `{title}: harbour`, `a & b | !c`, `%`, `_`, `;`,
		"ünïcödé", "東京", "🙂", "\u00a0", "harbour\ttram", "null", "\x00",
	}
	for _, q := range queries {
		hits, err := s.Search(context.Background(), q, 5)
		if code := parallax.ErrorCode(err); err != nil && code != parallax.EINVALID {
			t.Errorf("Search(%q): code %q: %v", q, code, err)
		}
		if len(hits) > 5 {
			t.Errorf("Search(%q): %d hits over limit 5", q, len(hits))
		}
	}
	// Words around operator characters still find what they name.
	for _, q := range []string{`harbour*`, `(harbour)`, `+harbour`, `^harbour`, `-harbour`} {
		hits, err := s.Search(context.Background(), q, 0)
		if err != nil {
			t.Errorf("Search(%q): %v", q, err)
			continue
		}
		if !contains(hitIDs(hits), "flood-main") {
			t.Errorf("Search(%q) = %v, want flood-main among them", q, hitIDs(hits))
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func testSearchInvalid(t *testing.T, s parallax.Store) {
	saveCorpus(t, s)
	for _, q := range []string{"", "   ", "\n\t"} {
		_, err := s.Search(context.Background(), q, 10)
		if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
			t.Errorf("Search(%q): code %q (%v), want %q", q, got, err, want)
		}
	}
}

func testSearchFollowsRevision(t *testing.T, s parallax.Store) {
	mustSave(t, s, article("r", "Storm warning", "A storm reached Calvey overnight."), parallax.SaveNew)
	mustSave(t, s, article("r", "Storm warning lifted", "The gale passed Calvey without damage."), parallax.SaveRevised)
	if got := hitIDs(search(t, s, "overnight", 0)); len(got) != 0 {
		t.Errorf("Search(overnight) = %v: the old revision is still indexed", got)
	}
	hits := search(t, s, "gale", 0)
	if got := hitIDs(hits); !reflect.DeepEqual(got, []string{"r"}) {
		t.Fatalf("Search(gale) = %v, want [r]", got)
	}
	if hits[0].Article.Revision != 2 {
		t.Errorf("hit Revision = %d, want 2", hits[0].Article.Revision)
	}
}

func testConcurrentSave(t *testing.T, s parallax.Store) {
	const workers, each = 8, 10
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		statuses = map[parallax.SaveStatus]int{}
		errs     = make(chan error, workers*(each+2))
	)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx := context.Background()
			// Every worker saves the same shared article: one must win.
			shared := article("shared", "Shared notice", "The Dorrow ferry timetable changes in June.")
			st, err := s.SaveArticle(ctx, shared)
			if err != nil {
				errs <- err
				return
			}
			mu.Lock()
			statuses[st]++
			mu.Unlock()
			for i := range each {
				id := fmt.Sprintf("w%d-%02d", w, i)
				a := article(id, "Report "+id, fmt.Sprintf("Worker %d filed report %d about the Kessrin tide tables.", w, i))
				if _, err := s.SaveArticle(ctx, a); err != nil {
					errs <- err
				}
				if _, err := s.Article(ctx, id); err != nil {
					errs <- err
				}
				if _, err := s.Search(ctx, "tide", 3); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if statuses[parallax.SaveNew] != 1 || statuses[parallax.SaveUnchanged] != workers-1 {
		t.Errorf("shared article statuses = %v, want 1 new and %d unchanged", statuses, workers-1)
	}
	all, err := s.Articles(context.Background(), parallax.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(all), workers*each+1; got != want {
		t.Errorf("stored %d articles, want %d", got, want)
	}
	if got := search(t, s, "tide", 0); len(got) != workers*each {
		t.Errorf("Search(tide) = %d hits, want %d", len(got), workers*each)
	}
}
