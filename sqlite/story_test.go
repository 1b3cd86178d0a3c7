package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// TestMigrateStories opens a store written before stories existed (schema
// version 1, built here from the first migration alone) and checks that it
// upgrades in place: its articles stay, read as unassigned, stay
// searchable, and take assignments and stories afterwards.
func TestMigrateStories(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	first, err := os.ReadFile(filepath.Join("migrations", "0001_articles.sql"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	old := &parallax.Article{ID: "old", Title: "Weir repaired", Text: "The Selby weir was repaired in a week."}
	for _, stmt := range []string{
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`,
		string(first),
		`INSERT INTO schema_migrations VALUES (1, 'articles', '2029-12-31T00:00:00Z')`,
		`INSERT INTO articles (id, source, outlet, url, title, author, published, published_utc, published_from,
			language, text, sentences, removed, extra, content_hash, revision, ingested)
		VALUES ('old', 'old.html', 'Selby Star', '', 'Weir repaired', '', NULL, NULL, '', 'en',
			'The Selby weir was repaired in a week.', '[]', '[]', 'null', '` + old.ContentHash() + `', 1, '2029-12-31T00:00:00Z')`,
		`INSERT INTO article_revisions (id, revision, source, outlet, url, title, author, published, published_utc,
			published_from, language, text, sentences, removed, extra, content_hash, ingested)
		SELECT id, revision, source, outlet, url, title, author, published, published_utc,
			published_from, language, text, sentences, removed, extra, content_hash, ingested FROM articles`,
	} {
		if _, err := raw.Exec(stmt); err != nil {
			raw.Close()
			t.Fatalf("build a version 1 store: %v", err)
		}
	}
	raw.Close()

	db := MustOpen(t, path)
	if v, err := db.SchemaVersion(ctx); err != nil || v != 5 {
		t.Fatalf("SchemaVersion = %d, %v; want 5", v, err)
	}
	a, err := db.Article(ctx, "old")
	if err != nil {
		t.Fatalf("old article after migration: %v", err)
	}
	if a.Title != "Weir repaired" || a.Story != "" || a.DuplicateOf != "" || a.Overlap != 0 {
		t.Errorf("old article = %+v, want it unchanged and unassigned", a)
	}
	if hits, err := db.Search(ctx, "weir", 0); err != nil || len(hits) != 1 {
		t.Errorf("Search(weir) = %d hits, %v; want 1", len(hits), err)
	}

	// Assigning it to a story, as a run over the same inputs with stories
	// would, is no new revision.
	old.Story, old.DuplicateOf, old.Overlap = "s2", "w1", 0.5
	if st, err := db.SaveArticle(ctx, old); err != nil || st != parallax.SaveUnchanged || old.Revision != 1 {
		t.Fatalf("SaveArticle = %q, %v, revision %d; want unchanged, 1", st, err, old.Revision)
	}
	if got, _ := db.Article(ctx, "old"); got.Story != "s2" || got.DuplicateOf != "w1" || got.Overlap != 0.5 {
		t.Errorf("assignment after save = %q, %q, %v; want s2, w1, 0.5", got.Story, got.DuplicateOf, got.Overlap)
	}
	if err := db.SaveStory(ctx, &parallax.Story{ID: "s2", Articles: []string{"old"}, Outlets: []string{"Selby Star"}}); err != nil {
		t.Fatal(err)
	}
	if list, err := db.Stories(ctx, parallax.StoryFilter{Outlet: "Selby Star"}); err != nil || len(list) != 1 {
		t.Errorf("Stories = %d, %v; want 1", len(list), err)
	}
}

func TestInvalidOverlap(t *testing.T) {
	db := MustOpen(t, ":memory:")
	ctx := context.Background()
	for _, o := range []float64{-0.01, 1.01, math.NaN(), math.Inf(1)} {
		a := &parallax.Article{ID: "x", Text: "A copy.", DuplicateOf: "y", Overlap: o}
		_, err := db.SaveArticle(ctx, a)
		if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
			t.Errorf("Overlap %v: code %q (%v), want %q", o, got, err, want)
		}
	}
	// Also when the content is already stored and only the assignment
	// would change.
	if _, err := db.SaveArticle(ctx, &parallax.Article{ID: "x", Text: "A copy."}); err != nil {
		t.Fatal(err)
	}
	_, err := db.SaveArticle(ctx, &parallax.Article{ID: "x", Text: "A copy.", Overlap: 2})
	if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
		t.Errorf("unchanged content, Overlap 2: code %q (%v), want %q", got, err, want)
	}
}

// TestRevisionsAssignment checks that every revision reads back with the
// article's current assignment, which is not kept per revision.
func TestRevisionsAssignment(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, ":memory:")
	for i, text := range []string{"First draft on the Selby weir.", "Second draft on the Selby weir."} {
		a := &parallax.Article{ID: "w", Text: text, Story: []string{"s1", "s2"}[i]}
		if _, err := db.SaveArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	revs, err := db.Revisions(ctx, "w")
	if err != nil || len(revs) != 2 {
		t.Fatalf("Revisions = %d, %v; want 2", len(revs), err)
	}
	for _, r := range revs {
		if r.Story != "s2" {
			t.Errorf("revision %d: Story = %q, want the current s2", r.Revision, r.Story)
		}
	}
}

func TestStoryInvalidTime(t *testing.T) {
	db := MustOpen(t, ":memory:")
	st := &parallax.Story{ID: "far", FirstSeen: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}
	err := db.SaveStory(context.Background(), st)
	if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
		t.Errorf("SaveStory(year 10000): code %q (%v), want %q", got, err, want)
	}
}

func TestStoriesReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	db := MustOpen(t, path)
	st := &parallax.Story{ID: "s1", Title: "Weir", Articles: []string{"a", "b"}, Outlets: []string{"Selby Star"}}
	if err := db.SaveStory(ctx, st); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveStoryIndex(ctx, []byte{0, 1, 2}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = MustOpen(t, path)
	got, err := db.Story(ctx, "s1")
	if err != nil || got.Title != "Weir" || len(got.Articles) != 2 {
		t.Errorf("Story after reopen = %+v, %v", got, err)
	}
	if snap, err := db.StoryIndex(ctx); err != nil || string(snap) != "\x00\x01\x02" {
		t.Errorf("StoryIndex after reopen = %q, %v", snap, err)
	}
}

// TestMigrateTimeline opens a store written before timelines existed
// (schema version 3, built here from the first three migrations) and
// checks that its stories read back whole with no timeline, and take one
// afterwards.
func TestMigrateTimeline(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v3.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	stmts := []string{`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`}
	for i, name := range []string{"0001_articles.sql", "0002_stories.sql", "0003_analysis.sql"} {
		body, err := os.ReadFile(filepath.Join("migrations", name))
		if err != nil {
			t.Fatal(err)
		}
		stmts = append(stmts, string(body), fmt.Sprintf(`INSERT INTO schema_migrations VALUES (%d, 'm', '2029-12-31T00:00:00Z')`, i+1))
	}
	stmts = append(stmts, `INSERT INTO stories (id, title, articles, outlets, first_seen, first_seen_utc, last_seen,
		last_seen_utc, related, size, updated)
		VALUES ('s1', 'Weir repaired', '["a1"]', '["Selby Star"]', NULL, NULL, NULL, NULL, '[]', 1, '2029-12-31T00:00:00Z')`)
	for _, stmt := range stmts {
		if _, err := raw.Exec(stmt); err != nil {
			raw.Close()
			t.Fatalf("build a version 3 store: %v", err)
		}
	}
	raw.Close()

	db := MustOpen(t, path)
	if v, err := db.SchemaVersion(ctx); err != nil || v != 5 {
		t.Fatalf("SchemaVersion = %d, %v; want 5", v, err)
	}
	old, err := db.Story(ctx, "s1")
	if err != nil {
		t.Fatalf("old story after migration: %v", err)
	}
	if old.Title != "Weir repaired" || len(old.Articles) != 1 || old.Timeline != nil {
		t.Errorf("old story = %+v, want it unchanged, without a timeline", old)
	}
	old.Timeline = []parallax.TimelineEntry{{Date: "2029-12", Granularity: "month", Summary: "The weir was repaired.",
		Articles: []string{"a1"}}}
	if err := db.SaveStory(ctx, old); err != nil {
		t.Fatal(err)
	}
	list, err := db.Stories(ctx, parallax.StoryFilter{})
	if err != nil || len(list) != 1 || len(list[0].Timeline) != 1 || list[0].Timeline[0].Summary != "The weir was repaired." {
		t.Errorf("Stories after saving a timeline = %+v, %v", list, err)
	}
}
