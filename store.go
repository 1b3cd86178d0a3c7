package parallax

import (
	"context"
	"fmt"
	"time"
)

// SaveStatus says what saving an article did to the store.
type SaveStatus string

// Save outcomes.
const (
	SaveNew       SaveStatus = "new"       // a new article
	SaveRevised   SaveStatus = "revised"   // a known article (same id) with changed content: a new revision
	SaveUnchanged SaveStatus = "unchanged" // the same content was already stored: nothing written
)

// ArticleFilter narrows a listing of articles. The zero value lists all.
type ArticleFilter struct {
	Outlet   string
	Language string
	Since    time.Time // published at or after, when non-zero
	Until    time.Time // published before, when non-zero
	Limit    int       // 0 means no limit
	Offset   int
}

// StoryFilter narrows a listing of stories. The zero value lists all.
type StoryFilter struct {
	Outlet   string    // stories with an article from this outlet
	Language string    // stories with an article in this language (ISO 639-1)
	Since    time.Time // last seen at or after, when non-zero
	Until    time.Time // first seen before, when non-zero
	Limit    int       // 0 means no limit
	Offset   int
	// Brief leaves out each story's Timeline and what reconciling it
	// found (Quotes, Speakers, Entities, Facts, Unique, Coverage): a
	// listing that shows titles, sizes and dates reads far less.
	Brief bool
}

// SearchHit is one article matching a full-text query.
type SearchHit struct {
	Article *Article
	Snippet string  // a short excerpt around the match, matches marked with [ ]
	Rank    float64 // lower is better (SQLite FTS5 bm25)
}

// Store keeps articles. Implementations: sqlite (embedded, the default);
// PostgreSQL to follow. Every method is safe for concurrent use.
type Store interface {
	// SaveArticle stores a in one transaction: the article, its sentences,
	// its story assignment (Story, DuplicateOf, Overlap) and its search
	// entry are all written or none is. When an article with a.ID exists
	// with the same ContentHash its content is not written again
	// (SaveUnchanged), though a changed story assignment or analysis
	// (Quantities, Times, Entities: derived from the text) is updated in place; with a different hash the new content becomes the current
	// revision and the old one is kept (SaveRevised). SaveArticle sets
	// a.Revision and a.Ingested.
	SaveArticle(ctx context.Context, a *Article) (SaveStatus, error)

	// Article returns the current revision of the article with the given
	// id, or an *Error with code ENOTFOUND.
	Article(ctx context.Context, id string) (*Article, error)

	// Articles lists current revisions matching f, newest published first
	// (unknown dates last), then by id.
	Articles(ctx context.Context, f ArticleFilter) ([]*Article, error)

	// Search runs a full-text query over titles and texts and returns the
	// best matches first. A malformed query is an *Error with code EINVALID.
	Search(ctx context.Context, query string, limit int) ([]SearchHit, error)

	// SaveStory inserts or replaces the story with s.ID. The articles'
	// own story, duplicate_of and overlap are saved by SaveArticle.
	SaveStory(ctx context.Context, s *Story) error

	// Story returns the story with the given id, or an *Error with code
	// ENOTFOUND.
	Story(ctx context.Context, id string) (*Story, error)

	// Stories lists the stories matching f, biggest first, then most
	// recently seen, then by id.
	Stories(ctx context.Context, f StoryFilter) ([]*Story, error)

	// SaveStoryIndex keeps a snapshot of the story clusterer's state so
	// the next run can go on from it without re-reading every article;
	// StoryIndex returns the last one saved (nil when none).
	SaveStoryIndex(ctx context.Context, snapshot []byte) error
	StoryIndex(ctx context.Context) ([]byte, error)

	// Close releases the store.
	Close() error
}

// StoryArticles reads the stored articles of stories, in story order. An
// id the store does not have is skipped: an article saved after the
// story's last update, or one whose save failed (that is its input's
// failure). Any other error ends the read.
func StoryArticles(ctx context.Context, st Store, stories ...*Story) ([]*Article, error) {
	var out []*Article
	for _, s := range stories {
		for _, id := range s.Articles {
			a, err := st.Article(ctx, id)
			if ErrorCode(err) == ENOTFOUND {
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("story %s: %w", s.ID, err)
			}
			out = append(out, a)
		}
	}
	return out, nil
}
