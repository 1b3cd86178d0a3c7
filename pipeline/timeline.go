package pipeline

import (
	"context"
	"fmt"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/timex"
	"github.com/parallax-news/parallax/timeline"
)

// buildTimelines rebuilds the timeline of each story the run touched, from
// all of its stored articles. An article without a publication date is
// first re-read against the date its story pins down, so that its "on
// Saturday" can take a place on the timeline; its new time expressions are
// saved with it (the text is unchanged: no new revision) and returned by
// article id.
func (p *Pipeline) buildTimelines(ctx context.Context, st parallax.Store, stories []*parallax.Story) (map[string][]parallax.TimeExpr, error) {
	reanchored := map[string][]parallax.TimeExpr{}
	for _, s := range stories {
		if err := ctx.Err(); err != nil {
			return reanchored, err
		}
		articles := make([]*parallax.Article, 0, len(s.Articles))
		for _, id := range s.Articles {
			a, err := st.Article(ctx, id)
			if parallax.ErrorCode(err) == parallax.ENOTFOUND {
				continue // its save failed: it is its input's failure
			}
			if err != nil {
				return reanchored, fmt.Errorf("timeline of story %s: %w", s.ID, err)
			}
			articles = append(articles, a)
		}
		for _, a := range articles {
			if !a.Published.IsZero() {
				continue
			}
			if dct, ok := timeline.Anchor(a, articles); ok {
				a.Times = timex.Find(a.Text, dct)
				if _, err := st.SaveArticle(ctx, a); err != nil {
					return reanchored, fmt.Errorf("timeline of story %s: %w", s.ID, err)
				}
			}
		}
		s.Timeline = timeline.Build(s, articles)
		if err := st.SaveStory(ctx, s); err != nil {
			return reanchored, fmt.Errorf("timeline of story %s: %w", s.ID, err)
		}
	}
	return reanchored, nil
}
