package sqlite

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	parallax "github.com/parallax-news/parallax"
)

// Search runs query over titles and texts and returns up to limit hits
// (all when limit is 0), best first by bm25 with title matches weighted
// above text matches.
//
// The query is plain words, never FTS5 syntax: each word is matched as a
// quoted token sequence, so "U.S." or a stray quote cannot break the query.
// A word ending in * matches as a prefix; OR between two words matches
// either; AND is allowed and means what adjacency already does. A query with
// no searchable word, or a negative limit, is an *Error of code EINVALID.
func (db *DB) Search(ctx context.Context, query string, limit int) ([]parallax.SearchHit, error) {
	if limit < 0 {
		return nil, parallax.Errorf(parallax.EINVALID, "search: negative limit %d", limit)
	}
	match, err := ftsQuery(query)
	if err != nil {
		return nil, err
	}
	// Rank first, then build snippets for the hits kept: snippet() costs
	// far more than bm25(), and in one flat query SQLite would compute it for
	// every match before sorting. The inner ORDER BY breaks ties by rowid
	// (insertion order), the outer by id. Weights follow the FTS5 column
	// order: title, text.
	q := `WITH top AS (
			SELECT rowid AS pk, bm25(articles_fts, 5.0, 1.0) AS score
			FROM articles_fts WHERE articles_fts MATCH ?1
			ORDER BY score, rowid LIMIT ?2
		)
		SELECT ` + searchColumns + `, snippet(articles_fts, -1, '[', ']', '…', 16), top.score
		FROM top
		JOIN articles a ON a.pk = top.pk
		JOIN articles_fts ON articles_fts.rowid = top.pk
		WHERE articles_fts MATCH ?1
		ORDER BY top.score, a.id`
	rows, err := db.read.QueryContext(ctx, q, match, sqlLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []parallax.SearchHit
	for rows.Next() {
		var h parallax.SearchHit
		if h.Article, err = scan(rows, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}

// searchColumns are articleColumns qualified by the articles alias, since
// the FTS table has title and text columns too.
var searchColumns = selectColumns("a", "a")

// ftsQuery turns a user's plain-word query into an FTS5 MATCH expression.
// Every word becomes a double-quoted string (quotes inside doubled), which
// FTS5 reads as a phrase of the word's tokens and never as syntax. Words
// without a letter or digit are dropped: the tokenizer would make an empty
// phrase of them.
func ftsQuery(query string) (string, error) {
	var (
		terms  []string
		pendOr bool
	)
	for _, w := range strings.Fields(query) {
		switch w {
		case "AND":
			continue
		case "OR":
			// OR joins the words on either side; a leading or trailing
			// one has nothing to join and is dropped.
			pendOr = len(terms) > 0
			continue
		}
		term, ok := ftsTerm(w)
		if !ok {
			continue
		}
		if pendOr {
			terms[len(terms)-1] += " OR " + term
			pendOr = false
			continue
		}
		terms = append(terms, term)
	}
	if len(terms) == 0 {
		return "", parallax.Errorf(parallax.EINVALID, "search %q: no words to search for", query)
	}
	// FTS5 binds AND tighter than OR; parenthesise each OR group so
	// "a b OR c" means a AND (b OR c), as in web search.
	for i, t := range terms {
		if strings.Contains(t, " OR ") {
			terms[i] = "(" + t + ")"
		}
	}
	return strings.Join(terms, " AND "), nil
}

// ftsTerm quotes one word, keeping a trailing * as a prefix match.
func ftsTerm(w string) (string, bool) {
	prefix := strings.HasSuffix(w, "*")
	w = strings.TrimRight(w, "*")
	if !strings.ContainsFunc(w, isTokenRune) {
		return "", false
	}
	t := `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	if prefix {
		t += "*"
	}
	return t, true
}

// isTokenRune reports whether r can be part of a token for FTS5's unicode61
// tokenizer.
func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
}
