package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// utcLayout is published_utc: fixed width, so string order is time order.
const utcLayout = "2006-01-02T15:04:05.000000000Z"

// row is an Article encoded into column values.
type row struct {
	published    sql.NullString // RFC 3339 with the original offset
	publishedUTC sql.NullString // utcLayout
	sentences    string
	removed      string
	extra        string
	analysis     string
	contentHash  string
}

// assignment is an article's place among the stories: the three fields
// that SaveArticle may update without a new revision.
type assignment struct {
	story       string
	duplicateOf string
	overlap     float64
}

func assignmentOf(a *parallax.Article) assignment {
	return assignment{story: a.Story, duplicateOf: a.DuplicateOf, overlap: a.Overlap}
}

// encode turns the fields of a that need it into column values, or fails
// with EINVALID for content no store could keep.
func encode(a *parallax.Article) (row, error) {
	var r row
	if a.ID == "" {
		return r, parallax.Errorf(parallax.EINVALID, "save article: no id")
	}
	var err error
	if r.published, r.publishedUTC, err = encodeTime(a.Published); err != nil {
		return r, parallax.Errorf(parallax.EINVALID, "save article %q: published: %v", a.ID, err)
	}
	sentences, err := json.Marshal(a.Sentences)
	if err != nil {
		return r, fmt.Errorf("save article %q: sentences: %w", a.ID, err)
	}
	removed, err := json.Marshal(a.Removed)
	if err != nil {
		return r, fmt.Errorf("save article %q: removed: %w", a.ID, err)
	}
	extra, err := encodeExtra(a.Extra)
	if err != nil {
		return r, parallax.Errorf(parallax.EINVALID, "save article %q: extra: %v", a.ID, err)
	}
	r.sentences, r.removed, r.extra = string(sentences), string(removed), extra
	if r.analysis, err = encodeAnalysis(a); err != nil {
		return r, fmt.Errorf("save article %q: analysis: %w", a.ID, err)
	}
	r.contentHash = a.ContentHash()
	// NaN would reach SQLite as NULL; out of range is a bug upstream.
	if math.IsNaN(a.Overlap) || a.Overlap < 0 || a.Overlap > 1 {
		return r, parallax.Errorf(parallax.EINVALID, "save article %q: overlap %v outside 0–1", a.ID, a.Overlap)
	}
	return r, nil
}

// encodeExtra writes Extra as a JSON object by hand: json.Marshal would
// compact and HTML-escape the raw values, and they must come back byte for
// byte. A nil map is "null", so it comes back nil.
func encodeExtra(extra map[string]json.RawMessage) (string, error) {
	if extra == nil {
		return "null", nil
	}
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range keys {
		v := bytes.TrimSpace(extra[k])
		if !json.Valid(v) {
			return "", fmt.Errorf("field %q is not valid JSON", k)
		}
		if i > 0 {
			b.WriteByte(',')
		}
		key, _ := json.Marshal(k) // a string always marshals
		b.Write(key)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.String(), nil
}

// contentColumns are the columns of one revision of an article, in the
// order scan reads them; articles and article_revisions both have them.
var contentColumns = []string{"id", "source", "outlet", "url", "title", "author", "published", "published_from",
	"language", "text", "sentences", "removed", "extra", "analysis", "revision", "ingested"}

// assignmentColumns are the story assignment, which only articles has.
var assignmentColumns = []string{"story", "duplicate_of", "overlap"}

// selectColumns lists contentColumns qualified by the table alias content,
// then assignmentColumns qualified by assign ("" for none): a revision takes
// its content from article_revisions and its assignment from articles.
func selectColumns(content, assign string) string {
	var cols []string
	for _, c := range contentColumns {
		cols = append(cols, qualify(content, c))
	}
	for _, c := range assignmentColumns {
		cols = append(cols, qualify(assign, c))
	}
	return strings.Join(cols, ", ")
}

func qualify(alias, column string) string {
	if alias == "" {
		return column
	}
	return alias + "." + column
}

// articleColumns are what scan reads from the articles table.
var articleColumns = selectColumns("", "")

// scanner is *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// scan reads one row of articleColumns, plus any extra destinations after
// them.
func scan(s scanner, more ...any) (*parallax.Article, error) {
	var (
		a                                   parallax.Article
		published                           sql.NullString
		sentences, removed, extra, analysis string
		ingested                            string
	)
	dest := append([]any{&a.ID, &a.Source, &a.Outlet, &a.URL, &a.Title, &a.Author, &published, &a.PublishedFrom,
		&a.Language, &a.Text, &sentences, &removed, &extra, &analysis, &a.Revision, &ingested,
		&a.Story, &a.DuplicateOf, &a.Overlap}, more...)
	if err := s.Scan(dest...); err != nil {
		return nil, err
	}
	if err := decode(&a, published, sentences, removed, extra, ingested); err != nil {
		return nil, fmt.Errorf("read article %q: %w", a.ID, err)
	}
	if err := decodeAnalysis(&a, analysis); err != nil {
		return nil, fmt.Errorf("read article %q: analysis: %w", a.ID, err)
	}
	return &a, nil
}

func decode(a *parallax.Article, published sql.NullString, sentences, removed, extra, ingested string) error {
	var err error
	if published.Valid {
		if err := a.Published.UnmarshalText([]byte(published.String)); err != nil {
			return fmt.Errorf("published: %w", err)
		}
	}
	if a.Ingested, err = time.Parse(time.RFC3339Nano, ingested); err != nil {
		return fmt.Errorf("ingested: %w", err)
	}
	if err := json.Unmarshal([]byte(sentences), &a.Sentences); err != nil {
		return fmt.Errorf("sentences: %w", err)
	}
	if err := json.Unmarshal([]byte(removed), &a.Removed); err != nil {
		return fmt.Errorf("removed: %w", err)
	}
	if err := json.Unmarshal([]byte(extra), &a.Extra); err != nil {
		return fmt.Errorf("extra: %w", err)
	}
	return nil
}

// SaveArticle stores a as its current revision, in one transaction, and
// sets a.Revision and a.Ingested. Content equal to the current revision's
// (by ContentHash) writes no new revision and reports SaveUnchanged with the
// stored revision and ingest time; only a changed story assignment (Story,
// DuplicateOf, Overlap) is written, in place. The assignment belongs to the
// article, not to a revision: an empty Story saved over a stored one clears
// it. Published keeps its instant and UTC offset (a named location comes
// back as a fixed zone); Extra values keep their bytes. An article without
// an ID, with a Published year outside 0–9999, an Extra value that is not
// JSON, or an Overlap outside 0–1, is an *Error of code EINVALID.
func (db *DB) SaveArticle(ctx context.Context, a *parallax.Article) (parallax.SaveStatus, error) {
	if a == nil {
		return "", parallax.Errorf(parallax.EINVALID, "save article: nil article")
	}
	r, err := encode(a)
	if err != nil {
		return "", err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return "", fmt.Errorf("save article %q: %w", a.ID, err)
	}
	defer tx.Rollback()

	// Compare with the current revision under the write lock, so two
	// concurrent saves of one article cannot both think they are first.
	var (
		rev      int
		hash     string
		ingested string
		stored   assignment
		status   = parallax.SaveRevised
	)
	var analysis string
	err = tx.QueryRowContext(ctx, `SELECT revision, content_hash, ingested, story, duplicate_of, overlap, analysis
		FROM articles WHERE id = ?`, a.ID).
		Scan(&rev, &hash, &ingested, &stored.story, &stored.duplicateOf, &stored.overlap, &analysis)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		status = parallax.SaveNew
	case err != nil:
		return "", fmt.Errorf("save article %q: %w", a.ID, err)
	case hash == r.contentHash:
		return db.saveUnchanged(ctx, tx, a, rev, ingested, stored, analysis != r.analysis, r.analysis)
	}

	// UTC and no monotonic reading: exactly what a later read returns.
	now := db.Now().UTC().Round(0)
	if err := write(ctx, tx, a, r, rev+1, now, status == parallax.SaveNew); err != nil {
		return "", fmt.Errorf("save article %q: %w", a.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return "", fmt.Errorf("save article %q: commit: %w", a.ID, err)
	}
	a.Revision, a.Ingested = rev+1, now
	return status, nil
}

// saveUnchanged finishes a save whose content is already stored: it
// updates the story assignment in place when it differs and reports the
// stored revision.
func (db *DB) saveUnchanged(ctx context.Context, tx *sql.Tx, a *parallax.Article, rev int, ingested string,
	stored assignment, reanalysed bool, analysis string) (parallax.SaveStatus, error) {
	at, err := time.Parse(time.RFC3339Nano, ingested)
	if err != nil {
		return "", fmt.Errorf("save article %q: ingested: %w", a.ID, err)
	}
	want := assignmentOf(a)
	if want != stored {
		_, err := tx.ExecContext(ctx, `UPDATE articles SET story = ?, duplicate_of = ?, overlap = ? WHERE id = ?`,
			want.story, want.duplicateOf, want.overlap, a.ID)
		if err != nil {
			return "", fmt.Errorf("save article %q: story: %w", a.ID, err)
		}
	}
	// The analysis is derived from the text: a newer analyser's findings
	// replace the old ones without a new revision.
	if reanalysed {
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET analysis = ? WHERE id = ?`, analysis, a.ID); err != nil {
			return "", fmt.Errorf("save article %q: analysis: %w", a.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE article_revisions SET analysis = ? WHERE id = ? AND revision = ?`,
			analysis, a.ID, rev); err != nil {
			return "", fmt.Errorf("save article %q: analysis: %w", a.ID, err)
		}
	}
	if want != stored || reanalysed {
		if err := tx.Commit(); err != nil {
			return "", fmt.Errorf("save article %q: commit: %w", a.ID, err)
		}
	}
	a.Revision, a.Ingested = rev, at
	return parallax.SaveUnchanged, nil
}

// write makes revision rev of a the current row and appends it to
// article_revisions. The FTS triggers on articles follow along.
func write(ctx context.Context, tx *sql.Tx, a *parallax.Article, r row, rev int, now time.Time, isNew bool) error {
	ingested := now.Format(time.RFC3339Nano)
	current := `INSERT INTO articles (source, outlet, url, title, author, published, published_utc, published_from,
			language, text, sentences, removed, extra, analysis, content_hash, revision, ingested,
			story, duplicate_of, overlap, id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	if !isNew {
		current = `UPDATE articles SET source = ?, outlet = ?, url = ?, title = ?, author = ?, published = ?,
			published_utc = ?, published_from = ?, language = ?, text = ?, sentences = ?, removed = ?,
			extra = ?, analysis = ?, content_hash = ?, revision = ?, ingested = ?,
			story = ?, duplicate_of = ?, overlap = ?
		WHERE id = ?`
	}
	_, err := tx.ExecContext(ctx, current, a.Source, a.Outlet, a.URL, a.Title, a.Author, r.published, r.publishedUTC,
		a.PublishedFrom, a.Language, a.Text, r.sentences, r.removed, r.extra, r.analysis, r.contentHash, rev, ingested,
		a.Story, a.DuplicateOf, a.Overlap, a.ID)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO article_revisions (id, revision, source, outlet, url, title, author,
			published, published_utc, published_from, language, text, sentences, removed, extra, analysis,
			content_hash, ingested)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, rev, a.Source, a.Outlet, a.URL, a.Title, a.Author, r.published, r.publishedUTC,
		a.PublishedFrom, a.Language, a.Text, r.sentences, r.removed, r.extra, r.analysis, r.contentHash, ingested)
	return err
}

// Article returns the current revision of the article with the given id,
// or an *Error of code ENOTFOUND.
func (db *DB) Article(ctx context.Context, id string) (*parallax.Article, error) {
	a, err := scan(db.read.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, parallax.Errorf(parallax.ENOTFOUND, "article %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("get article %q: %w", id, err)
	}
	return a, nil
}

// Articles lists the current revisions matching f, newest published first,
// articles with unknown dates last, then by id. Since and Until leave out
// articles whose date is unknown. A negative Limit or Offset is an *Error of
// code EINVALID.
func (db *DB) Articles(ctx context.Context, f parallax.ArticleFilter) ([]*parallax.Article, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return nil, parallax.Errorf(parallax.EINVALID, "list articles: negative limit or offset")
	}
	var lq listQuery
	lq.addIf(f.Outlet != "", "outlet = ?", f.Outlet)
	lq.addIf(f.Language != "", "language = ?", f.Language)
	lq.addIf(!f.Since.IsZero(), "published_utc >= ?", utc(f.Since))
	lq.addIf(!f.Until.IsZero(), "published_utc < ?", utc(f.Until))
	q, args := lq.sql(articleColumns, "articles", "published_utc IS NULL, published_utc DESC, id", f.Limit, f.Offset)
	return db.list(ctx, "list articles", q, args...)
}

// listQuery gathers the AND-ed conditions of a filtered listing.
type listQuery struct {
	where []string
	args  []any
}

// addIf adds cond, with its one argument, when ok.
func (q *listQuery) addIf(ok bool, cond string, arg any) {
	if ok {
		q.where = append(q.where, cond)
		q.args = append(q.args, arg)
	}
}

// sql returns the SELECT of columns from table under the conditions, in
// order, with limit (0: none) and offset, and its arguments.
func (q *listQuery) sql(columns, table, order string, limit, offset int) (string, []any) {
	s := `SELECT ` + columns + ` FROM ` + table
	if len(q.where) > 0 {
		s += ` WHERE ` + strings.Join(q.where, ` AND `)
	}
	s += ` ORDER BY ` + order + ` LIMIT ? OFFSET ?`
	return s, append(q.args, sqlLimit(limit), offset)
}

// utc formats t as the sortable UTC text of the *_utc columns.
func utc(t time.Time) string { return t.UTC().Format(utcLayout) }

// sqlLimit maps "0 means no limit" to SQLite's LIMIT -1.
func sqlLimit(n int) int {
	if n == 0 {
		return -1
	}
	return n
}

// Revisions returns every stored revision of the article with the given id,
// oldest first, the current one last; an *Error of code ENOTFOUND when there
// is no such article. Each carries the article's current story assignment,
// which is not kept per revision.
func (db *DB) Revisions(ctx context.Context, id string) ([]*parallax.Article, error) {
	as, err := db.list(ctx, "list revisions of "+id,
		`SELECT `+selectColumns("r", "a")+` FROM article_revisions r JOIN articles a ON a.id = r.id
		WHERE r.id = ? ORDER BY r.revision`, id)
	if err != nil {
		return nil, err
	}
	if len(as) == 0 {
		return nil, parallax.Errorf(parallax.ENOTFOUND, "article %q not found", id)
	}
	return as, nil
}

// list runs a query returning articleColumns and reads every row.
func (db *DB) list(ctx context.Context, what, q string, args ...any) ([]*parallax.Article, error) {
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var as []*parallax.Article
	for rows.Next() {
		a, err := scan(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return as, nil
}
