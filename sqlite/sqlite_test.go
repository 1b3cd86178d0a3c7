package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/sqlite"
	"github.com/parallax-news/parallax/storetest"
)

// MustOpen opens a store at path (":memory:" for a private one), closed
// when the test ends.
func MustOpen(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("Open(%q): %v", path, err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// clock returns a fake clock that starts at start and advances one second
// per call.
func clock(start time.Time) func() time.Time {
	var mu sync.Mutex
	now := start
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		now = now.Add(time.Second)
		return now
	}
}

func TestStore(t *testing.T) {
	t.Run("memory", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) parallax.Store {
			db, err := sqlite.Open(context.Background(), ":memory:")
			if err != nil {
				t.Fatal(err)
			}
			return db
		})
	})
	t.Run("file", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) parallax.Store {
			db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "store.db"))
			if err != nil {
				t.Fatal(err)
			}
			// A fake clock: the suite must not depend on wall time.
			db.Now = clock(time.Date(2030, 1, 1, 0, 0, 0, 0, time.FixedZone("", 3600)))
			return db
		})
	})
}

func TestOpenInvalidPath(t *testing.T) {
	for _, path := range []string{"", "store.db?mode=ro", "store#1.db"} {
		_, err := sqlite.Open(context.Background(), path)
		if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
			t.Errorf("Open(%q): code %q (%v), want %q", path, got, err, want)
		}
	}
}

func TestSchemaVersion(t *testing.T) {
	files, err := filepath.Glob("migrations/*.sql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no migrations found: %v", err)
	}
	for _, path := range []string{":memory:", filepath.Join(t.TempDir(), "v.db")} {
		db := MustOpen(t, path)
		v, err := db.SchemaVersion(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if got, want := v, len(files); got != want {
			t.Errorf("%s: SchemaVersion = %d, want %d (one per migration file)", path, got, want)
		}
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "store.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := &parallax.Article{ID: "keep", Title: "Lighthouse relit", Text: "The Marrow Point lighthouse shone again."}
	if _, err := db.SaveArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	// A real SQLite file, complete without its WAL.
	head := make([]byte, 16)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.Read(head)
	f.Close()
	if err != nil || !bytes.Equal(head, []byte("SQLite format 3\x00")) {
		t.Fatalf("file header %q (%v), want SQLite format 3", head, err)
	}
	if _, err := os.Stat(path + "-wal"); !os.IsNotExist(err) {
		t.Errorf("WAL file left after Close: %v", err)
	}

	// Reopening keeps the data and does not migrate again.
	db = MustOpen(t, path)
	got, err := db.Article(ctx, "keep")
	if err != nil {
		t.Fatalf("Article after reopen: %v", err)
	}
	if got.Text != a.Text || got.Revision != 1 {
		t.Errorf("after reopen: %+v", got)
	}
	if hits, err := db.Search(ctx, "lighthouse", 0); err != nil || len(hits) != 1 {
		t.Errorf("Search after reopen = %v, %v; want one hit", hits, err)
	}
	if st, err := db.SaveArticle(ctx, a); err != nil || st != parallax.SaveUnchanged {
		t.Errorf("save again after reopen = %q, %v; want unchanged", st, err)
	}
}

func TestNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "future.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	// Pretend a later parallax migrated this file further.
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = raw.Exec(`INSERT INTO schema_migrations (version, name, applied) VALUES (999, 'future', '2099-01-01T00:00:00Z')`)
	raw.Close()
	if err != nil {
		t.Fatal(err)
	}

	_, err = sqlite.Open(ctx, path)
	if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
		t.Fatalf("Open newer store: code %q (%v), want %q", got, err, want)
	}
	if msg := parallax.ErrorMessage(err); !strings.Contains(msg, "999") || !strings.Contains(msg, "newer") {
		t.Errorf("message %q: want the version and 'newer'", msg)
	}
}

func TestClock(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, ":memory:")
	start := time.Date(2031, 7, 4, 9, 0, 0, 0, time.FixedZone("", -4*3600))
	db.Now = clock(start)

	a := &parallax.Article{ID: "c", Title: "Tide tables", Text: "High water at six."}
	if _, err := db.SaveArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if want := start.Add(time.Second); !a.Ingested.Equal(want) {
		t.Errorf("first Ingested = %v, want %v", a.Ingested, want)
	}
	// Unchanged does not consult the clock's time for Ingested.
	b := &parallax.Article{ID: "c", Title: "Tide tables", Text: "High water at six."}
	if _, err := db.SaveArticle(ctx, b); err != nil {
		t.Fatal(err)
	}
	if !b.Ingested.Equal(a.Ingested) {
		t.Errorf("unchanged Ingested = %v, want %v", b.Ingested, a.Ingested)
	}
	c := &parallax.Article{ID: "c", Title: "Tide tables", Text: "High water at seven."}
	if _, err := db.SaveArticle(ctx, c); err != nil {
		t.Fatal(err)
	}
	got, err := db.Article(ctx, "c")
	if err != nil {
		t.Fatal(err)
	}
	if !got.Ingested.Equal(c.Ingested) || !c.Ingested.After(a.Ingested) {
		t.Errorf("revised Ingested = %v (stored %v), want after %v", c.Ingested, got.Ingested, a.Ingested)
	}
}

func TestRevisions(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, ":memory:")
	db.Now = clock(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
	texts := []string{"Draft one about the Selby dam.", "Draft two about the Selby dam.", "Final word on the Selby dam."}
	var saved []*parallax.Article
	for _, text := range texts {
		a := &parallax.Article{ID: "dam", Outlet: "Selby Star", Title: "Dam", Text: text}
		if _, err := db.SaveArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		saved = append(saved, a)
		// An unchanged save in between adds no revision.
		if _, err := db.SaveArticle(ctx, &parallax.Article{ID: "dam", Title: "Dam", Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	revs, err := db.Revisions(ctx, "dam")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(revs), len(texts); got != want {
		t.Fatalf("%d revisions, want %d", got, want)
	}
	for i, r := range revs {
		if r.Revision != i+1 || r.Text != texts[i] || !r.Ingested.Equal(saved[i].Ingested) || r.Outlet != "Selby Star" {
			t.Errorf("revision %d = rev %d %q %v %q", i+1, r.Revision, r.Text, r.Ingested, r.Outlet)
		}
	}
	current, err := db.Article(ctx, "dam")
	if err != nil {
		t.Fatal(err)
	}
	storetest.CheckArticle(t, revs[len(revs)-1], current)

	_, err = db.Revisions(ctx, "nope")
	if got, want := parallax.ErrorCode(err), parallax.ENOTFOUND; got != want {
		t.Errorf("Revisions(nope): code %q, want %q", got, want)
	}
}

func TestCancelledSave(t *testing.T) {
	db := MustOpen(t, filepath.Join(t.TempDir(), "c.db"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := db.SaveArticle(ctx, &parallax.Article{ID: "x", Text: "Never stored."})
	if err == nil {
		t.Fatal("SaveArticle with a cancelled context succeeded")
	}
	_, err = db.Article(context.Background(), "x")
	if got, want := parallax.ErrorCode(err), parallax.ENOTFOUND; got != want {
		t.Errorf("after cancelled save: code %q, want %q", got, want)
	}
}

func TestInvalidExtra(t *testing.T) {
	db := MustOpen(t, ":memory:")
	a := &parallax.Article{ID: "x", Text: "Some text.", Extra: map[string]json.RawMessage{"bad": json.RawMessage(`{oops`)}}
	_, err := db.SaveArticle(context.Background(), a)
	if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
		t.Errorf("SaveArticle with bad Extra: code %q (%v), want %q", got, err, want)
	}
}

func TestFTS5(t *testing.T) {
	raw, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var used int
	if err := raw.QueryRow(`SELECT sqlite_compileoption_used('ENABLE_FTS5')`).Scan(&used); err != nil {
		t.Fatal(err)
	}
	if used != 1 {
		t.Errorf("ENABLE_FTS5 = %d, want 1", used)
	}
	if _, err := raw.Exec(`CREATE VIRTUAL TABLE t USING fts5(body); INSERT INTO t VALUES ('quiet harbour');`); err != nil {
		t.Fatalf("fts5: %v", err)
	}
	var n int
	if err := raw.QueryRow(`SELECT count(*) FROM t WHERE t MATCH 'harbour'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("MATCH: %d rows, %v", n, err)
	}
}

// TestTwoHandles opens one file twice, as two processes would, and writes
// through both at once: busy_timeout and BEGIN IMMEDIATE must serialise
// them without a "database is locked" error.
func TestTwoHandles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	dbs := []*sqlite.DB{MustOpen(t, path), MustOpen(t, path)}
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i, db := range dbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 20 {
				a := &parallax.Article{ID: string(rune('a'+i)) + string(rune('a'+j)), Text: "Two writers, one file."}
				if _, err := db.SaveArticle(ctx, a); err != nil {
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
	all, err := dbs[0].Articles(ctx, parallax.ArticleFilter{})
	if err != nil || len(all) != 40 {
		t.Errorf("Articles = %d, %v; want 40", len(all), err)
	}
}
