package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// storyColumns are the columns scanStory reads, in order; briefColumns
// the same with an empty timeline and nothing reconciled, for a brief
// listing.
const (
	storyColumns = `id, title, articles, outlets, first_seen, last_seen, related, timeline, reconciled`
	briefColumns = `id, title, articles, outlets, first_seen, last_seen, related, '[]', '{}'`
)

// storyRow is a Story encoded into column values.
type storyRow struct {
	articles, outlets, related string // JSON arrays
	timeline                   string // JSON array of timelineEntry
	reconciled                 string // JSON object: reconciledJSON
	firstSeen, firstSeenUTC    sql.NullString
	lastSeen, lastSeenUTC      sql.NullString
}

// encodeStory turns the fields of s that need it into column values, or
// fails with EINVALID for a story no store could keep.
func encodeStory(s *parallax.Story) (storyRow, error) {
	var r storyRow
	if s.ID == "" {
		return r, parallax.Errorf(parallax.EINVALID, "save story: no id")
	}
	var err error
	if r.firstSeen, r.firstSeenUTC, err = encodeTime(s.FirstSeen); err != nil {
		return r, parallax.Errorf(parallax.EINVALID, "save story %q: first seen: %v", s.ID, err)
	}
	if r.lastSeen, r.lastSeenUTC, err = encodeTime(s.LastSeen); err != nil {
		return r, parallax.Errorf(parallax.EINVALID, "save story %q: last seen: %v", s.ID, err)
	}
	r.articles, r.outlets, r.related = jsonList(s.Articles), jsonList(s.Outlets), jsonList(s.Related)
	r.timeline = encodeTimeline(s.Timeline)
	if r.reconciled, err = encodeReconciled(s); err != nil {
		return r, parallax.Errorf(parallax.EINVALID, "save story %q: %v", s.ID, err)
	}
	return r, nil
}

// timelineEntry is the stored form of a parallax.TimelineEntry: the keys
// of the JSON report, so that the column reads like the output.
type timelineEntry struct {
	Date        string   `json:"date"`
	Granularity string   `json:"granularity"`
	Summary     string   `json:"summary"`
	Actor       string   `json:"actor"`
	Articles    []string `json:"articles"`
	// Dates is left out when the sources agree, so rows written before
	// it existed read the same.
	Dates []timelineDate `json:"dates,omitempty"`
}

// timelineDate is the stored form of a parallax.TimelineDate.
type timelineDate struct {
	Date     string   `json:"date"`
	Articles []string `json:"articles"`
}

// encodeTimeline encodes a timeline; nil and empty are both "[]".
func encodeTimeline(tl []parallax.TimelineEntry) string {
	if len(tl) == 0 {
		return "[]"
	}
	out := make([]timelineEntry, len(tl))
	for i, e := range tl {
		out[i] = timelineEntry{Date: e.Date, Granularity: e.Granularity, Summary: e.Summary, Actor: e.Actor, Articles: e.Articles}
		for _, d := range e.Dates {
			out[i].Dates = append(out[i].Dates, timelineDate{d.Date, d.Articles})
		}
	}
	b, _ := json.Marshal(out) // strings and string lists always marshal
	return string(b)
}

// decodeTimeline reads what encodeTimeline wrote. Empty lists, the
// timeline's, each entry's articles and dates and each date's articles,
// come back nil.
func decodeTimeline(raw string) ([]parallax.TimelineEntry, error) {
	var in []timelineEntry
	if err := json.Unmarshal([]byte(raw), &in); err != nil {
		return nil, err
	}
	if len(in) == 0 {
		return nil, nil
	}
	tl := make([]parallax.TimelineEntry, len(in))
	for i, e := range in {
		tl[i] = parallax.TimelineEntry{Date: e.Date, Granularity: e.Granularity, Summary: e.Summary, Actor: e.Actor}
		if len(e.Articles) > 0 {
			tl[i].Articles = e.Articles
		}
		for _, d := range e.Dates {
			td := parallax.TimelineDate{Date: d.Date}
			if len(d.Articles) > 0 {
				td.Articles = d.Articles
			}
			tl[i].Dates = append(tl[i].Dates, td)
		}
	}
	return tl, nil
}

// encodeTime gives t as RFC 3339 with its offset and as utcLayout, both
// NULL when t is zero.
func encodeTime(t time.Time) (given, utc sql.NullString, err error) {
	if t.IsZero() {
		return given, utc, nil
	}
	b, err := t.MarshalText()
	if err != nil {
		return given, utc, err
	}
	return sql.NullString{String: string(b), Valid: true},
		sql.NullString{String: t.UTC().Format(utcLayout), Valid: true}, nil
}

// jsonList encodes a list of strings; nil and empty are both "[]".
func jsonList(xs []string) string {
	if len(xs) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(xs) // strings always marshal
	return string(b)
}

// scanStory reads one row of storyColumns.
func scanStory(sc scanner) (*parallax.Story, error) {
	var (
		s                          parallax.Story
		articles, outlets, related string
		timeline, reconciled       string
		firstSeen, lastSeen        sql.NullString
	)
	if err := sc.Scan(&s.ID, &s.Title, &articles, &outlets, &firstSeen, &lastSeen, &related, &timeline, &reconciled); err != nil {
		return nil, err
	}
	if err := decodeStory(&s, articles, outlets, related, firstSeen, lastSeen); err != nil {
		return nil, fmt.Errorf("read story %q: %w", s.ID, err)
	}
	var err error
	if s.Timeline, err = decodeTimeline(timeline); err != nil {
		return nil, fmt.Errorf("read story %q: timeline: %w", s.ID, err)
	}
	if err := decodeReconciled(&s, reconciled); err != nil {
		return nil, fmt.Errorf("read story %q: reconciled: %w", s.ID, err)
	}
	return &s, nil
}

func decodeStory(s *parallax.Story, articles, outlets, related string, firstSeen, lastSeen sql.NullString) error {
	lists := []struct {
		name string
		raw  string
		dst  *[]string
	}{{"articles", articles, &s.Articles}, {"outlets", outlets, &s.Outlets}, {"related", related, &s.Related}}
	for _, l := range lists {
		if err := json.Unmarshal([]byte(l.raw), l.dst); err != nil {
			return fmt.Errorf("%s: %w", l.name, err)
		}
		// Empty lists come back nil, whatever was saved: one rule for
		// every caller to test against.
		if len(*l.dst) == 0 {
			*l.dst = nil
		}
	}
	times := []struct {
		name string
		raw  sql.NullString
		dst  *time.Time
	}{{"first seen", firstSeen, &s.FirstSeen}, {"last seen", lastSeen, &s.LastSeen}}
	for _, t := range times {
		if !t.raw.Valid {
			continue
		}
		if err := t.dst.UnmarshalText([]byte(t.raw.String)); err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
	}
	return nil
}

// SaveStory inserts or replaces the story with s.ID, with its outlets and
// timeline, in one transaction. Times keep their instant and UTC offset as
// Published does. Empty and nil lists are the same, the timeline and its
// entries' articles included: all come back nil. A nil story,
// one without an ID, or with a time whose year is outside 0–9999, is an
// *Error of code EINVALID.
func (db *DB) SaveStory(ctx context.Context, s *parallax.Story) error {
	if s == nil {
		return parallax.Errorf(parallax.EINVALID, "save story: nil story")
	}
	r, err := encodeStory(s)
	if err != nil {
		return err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save story %q: %w", s.ID, err)
	}
	defer tx.Rollback()
	if err := writeStory(ctx, tx, s, r, db.Now().UTC()); err != nil {
		return fmt.Errorf("save story %q: %w", s.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save story %q: commit: %w", s.ID, err)
	}
	return nil
}

// writeStory upserts the story row and replaces its outlet rows. An upsert
// rather than INSERT OR REPLACE: REPLACE deletes the old row first, which
// would cascade to story_outlets behind our back.
func writeStory(ctx context.Context, tx *sql.Tx, s *parallax.Story, r storyRow, now time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO stories (id, title, articles, outlets, first_seen, first_seen_utc,
			last_seen, last_seen_utc, related, timeline, reconciled, size, updated)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, articles = excluded.articles,
			outlets = excluded.outlets, first_seen = excluded.first_seen, first_seen_utc = excluded.first_seen_utc,
			last_seen = excluded.last_seen, last_seen_utc = excluded.last_seen_utc, related = excluded.related,
			timeline = excluded.timeline, reconciled = excluded.reconciled, size = excluded.size, updated = excluded.updated`,
		s.ID, s.Title, r.articles, r.outlets, r.firstSeen, r.firstSeenUTC, r.lastSeen, r.lastSeenUTC,
		r.related, r.timeline, r.reconciled, len(s.Articles), now.Format(time.RFC3339Nano))
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM story_outlets WHERE story = ?`, s.ID); err != nil {
		return fmt.Errorf("outlets: %w", err)
	}
	for _, o := range s.Outlets {
		// OR IGNORE: a repeated outlet in the list is one row.
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO story_outlets (outlet, story) VALUES (?, ?)`, o, s.ID); err != nil {
			return fmt.Errorf("outlet %q: %w", o, err)
		}
	}
	return nil
}

// Story returns the story with the given id, or an *Error of code
// ENOTFOUND.
func (db *DB) Story(ctx context.Context, id string) (*parallax.Story, error) {
	s, err := scanStory(db.read.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, parallax.Errorf(parallax.ENOTFOUND, "story %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("get story %q: %w", id, err)
	}
	return s, nil
}

// Stories lists the stories matching f: the most articles first, then the
// latest LastSeen (unknown last), then by id. Since and Until leave out
// stories whose dates are unknown. A negative Limit or Offset is an *Error
// of code EINVALID.
func (db *DB) Stories(ctx context.Context, f parallax.StoryFilter) ([]*parallax.Story, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return nil, parallax.Errorf(parallax.EINVALID, "list stories: negative limit or offset")
	}
	var lq listQuery
	// IN rather than EXISTS: the cost is bounded by the outlet's own
	// stories (looked up by key, then sorted), where EXISTS would walk the
	// order index over every story to find a rare outlet's few.
	lq.addIf(f.Outlet != "", "id IN (SELECT story FROM story_outlets WHERE outlet = ?)", f.Outlet)
	lq.addIf(f.Language != "", "id IN (SELECT story FROM articles WHERE language = ? AND story <> '')", f.Language)
	lq.addIf(!f.Since.IsZero(), "last_seen_utc >= ?", utc(f.Since))
	lq.addIf(!f.Until.IsZero(), "first_seen_utc < ?", utc(f.Until))
	columns := storyColumns
	if f.Brief {
		columns = briefColumns
	}
	q, args := lq.sql(columns, "stories", "size DESC, last_seen_utc IS NULL, last_seen_utc DESC, id", f.Limit, f.Offset)

	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	var ss []*parallax.Story
	for rows.Next() {
		s, err := scanStory(rows)
		if err != nil {
			return nil, fmt.Errorf("list stories: %w", err)
		}
		ss = append(ss, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	return ss, nil
}

// SaveStoryIndex keeps snapshot as the story clusterer's state, replacing
// the one saved before. An empty snapshot removes it, so that StoryIndex
// returns nil again.
func (db *DB) SaveStoryIndex(ctx context.Context, snapshot []byte) error {
	var err error
	if len(snapshot) == 0 {
		_, err = db.write.ExecContext(ctx, `DELETE FROM story_index`)
	} else {
		_, err = db.write.ExecContext(ctx, `INSERT INTO story_index (id, snapshot, saved) VALUES (1, ?, ?)
			ON CONFLICT (id) DO UPDATE SET snapshot = excluded.snapshot, saved = excluded.saved`,
			snapshot, db.Now().UTC().Format(time.RFC3339Nano))
	}
	if err != nil {
		return fmt.Errorf("save story index: %w", err)
	}
	return nil
}

// StoryIndex returns the last snapshot SaveStoryIndex kept, or nil when
// there is none.
func (db *DB) StoryIndex(ctx context.Context) ([]byte, error) {
	var snapshot []byte
	err := db.read.QueryRowContext(ctx, `SELECT snapshot FROM story_index WHERE id = 1`).Scan(&snapshot)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read story index: %w", err)
	}
	return snapshot, nil
}
