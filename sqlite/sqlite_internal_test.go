package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
)

func TestPragmas(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tests := []struct {
		pragma string
		write  string
		read   string
	}{
		{"journal_mode", "wal", "wal"},
		{"foreign_keys", "1", "1"},
		{"busy_timeout", "5000", "5000"},
		{"synchronous", "1", "1"}, // NORMAL
		{"query_only", "0", "1"},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			name, want string
			q          querier
		}{{"write", tt.write, db.write}, {"read", tt.read, db.read}} {
			var got string
			if err := c.q.QueryRowContext(ctx, "PRAGMA "+tt.pragma).Scan(&got); err != nil {
				t.Fatalf("%s PRAGMA %s: %v", c.name, tt.pragma, err)
			}
			if got != c.want {
				t.Errorf("%s PRAGMA %s = %s, want %s", c.name, tt.pragma, got, c.want)
			}
		}
	}
}

// TestSaveRollback makes the last statement of a revising save fail, after
// the current row and the search index have been updated, and checks that
// the store is exactly as before.
func TestSaveRollback(t *testing.T) {
	ctx := context.Background()
	for _, path := range []string{":memory:", filepath.Join(t.TempDir(), "r.db")} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			db, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			old := &parallax.Article{ID: "r", Title: "Quiet day", Text: "Nothing happened in Brisk."}
			if _, err := db.SaveArticle(ctx, old); err != nil {
				t.Fatal(err)
			}
			_, err = db.write.ExecContext(ctx, `CREATE TRIGGER fail_boom BEFORE INSERT ON article_revisions
				WHEN new.title = 'boom' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`)
			if err != nil {
				t.Fatal(err)
			}

			for _, a := range []*parallax.Article{
				{ID: "r", Title: "boom", Text: "An explosion shook Brisk."},       // revision
				{ID: "n", Title: "boom", Text: "A second explosion shook Brisk."}, // new
			} {
				if _, err := db.SaveArticle(ctx, a); err == nil {
					t.Fatalf("save %q: injected failure not reported", a.ID)
				}
				if a.Revision != 0 || !a.Ingested.IsZero() {
					t.Errorf("failed save set Revision %d, Ingested %v", a.Revision, a.Ingested)
				}
			}

			got, err := db.Article(ctx, "r")
			if err != nil || got.Title != old.Title || got.Revision != 1 {
				t.Fatalf("after rollback Article = %+v, %v", got, err)
			}
			if _, err := db.Article(ctx, "n"); parallax.ErrorCode(err) != parallax.ENOTFOUND {
				t.Errorf("new article survived rollback: %v", err)
			}
			if hits, err := db.Search(ctx, "explosion", 0); err != nil || len(hits) != 0 {
				t.Errorf("Search(explosion) = %d hits, %v; want none", len(hits), err)
			}
			if hits, err := db.Search(ctx, "nothing", 0); err != nil || len(hits) != 1 {
				t.Errorf("Search(nothing) = %d hits, %v; want 1", len(hits), err)
			}
			revs, err := db.Revisions(ctx, "r")
			if err != nil || len(revs) != 1 {
				t.Errorf("Revisions = %d, %v; want 1", len(revs), err)
			}
			// The FTS index agrees with its content table.
			if _, err := db.write.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
				t.Errorf("fts integrity-check: %v", err)
			}
		})
	}
}

func TestFTSQuery(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"harbour", `"harbour"`},
		{"  velmora   harbour ", `"velmora" AND "harbour"`},
		{"U.S. troops", `"U.S." AND "troops"`},
		{`"Iraq`, `"""Iraq"`},
		{`say "hi"`, `"say" AND """hi"""`},
		{"flood*", `"flood"*`},
		{"flood**", `"flood"*`},
		{"a OR b", `("a" OR "b")`},
		{"a OR b OR c", `("a" OR "b" OR "c")`},
		{"x a OR b y", `"x" AND ("a" OR "b") AND "y"`},
		{"OR a", `"a"`},
		{"a OR", `"a"`},
		{"a AND b", `"a" AND "b"`},
		{"a or b", `"a" AND "or" AND "b"`},
		{"NOT a", `"NOT" AND "a"`},
		{"a - b", `"a" AND "b"`},
		{"-a", `"-a"`},
		{"title:x", `"title:x"`},
		{"NEAR(a", `"NEAR(a"`},
		{"zürich", `"zürich"`},
		{"a * b", `"a" AND "b"`},
	}
	for _, tt := range tests {
		got, err := ftsQuery(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ftsQuery(%q) = %s, %v; want %s", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", " ", `"`, "*", "-", "AND", "OR", "AND OR", `" * -`} {
		_, err := ftsQuery(in)
		if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
			t.Errorf("ftsQuery(%q): code %q, want %q", in, got, want)
		}
	}
}

// TestSaveStoryRollback makes the last outlet row of a story save fail,
// after the story row has been replaced, and checks that the store keeps
// the previous version whole.
func TestSaveStoryRollback(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	old := &parallax.Story{ID: "s", Title: "Quiet day", Articles: []string{"a1"}, Outlets: []string{"Brisk Echo"}}
	if err := db.SaveStory(ctx, old); err != nil {
		t.Fatal(err)
	}
	_, err = db.write.ExecContext(ctx, `CREATE TRIGGER fail_boom BEFORE INSERT ON story_outlets
		WHEN new.outlet = 'boom' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`)
	if err != nil {
		t.Fatal(err)
	}
	next := &parallax.Story{ID: "s", Title: "Loud day", Articles: []string{"a1", "a2"}, Outlets: []string{"Another", "boom"}}
	if err := db.SaveStory(ctx, next); err == nil {
		t.Fatal("injected failure not reported")
	}
	got, err := db.Story(ctx, "s")
	if err != nil || got.Title != old.Title || len(got.Articles) != 1 {
		t.Fatalf("after rollback Story = %+v, %v; want the old version", got, err)
	}
	for outlet, want := range map[string]int{"Brisk Echo": 1, "Another": 0} {
		list, err := db.Stories(ctx, parallax.StoryFilter{Outlet: outlet})
		if err != nil || len(list) != want {
			t.Errorf("Stories(%s) = %d, %v; want %d", outlet, len(list), err, want)
		}
	}
}

// TestStoriesPlan checks that listing stories reads the order from an index
// and finds an outlet's stories by key, not by scanning.
func TestStoriesPlan(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const order = ` ORDER BY size DESC, last_seen_utc IS NULL, last_seen_utc DESC, id LIMIT 10`
	tests := []struct {
		q, want string
	}{
		{`SELECT ` + storyColumns + ` FROM stories` + order, "USING INDEX stories_order"},
		{`SELECT ` + storyColumns + ` FROM stories WHERE id IN (SELECT story FROM story_outlets WHERE outlet = 'x')` + order,
			"SEARCH story_outlets USING PRIMARY KEY (outlet=?)"},
	}
	for _, tt := range tests {
		rows, err := db.read.QueryContext(ctx, "EXPLAIN QUERY PLAN "+tt.q)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		if joined := strings.Join(plan, "\n"); !strings.Contains(joined, tt.want) {
			t.Errorf("plan of %s:\n%s\nwant %q", tt.q, joined, tt.want)
		}
	}
}
