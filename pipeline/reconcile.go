package pipeline

import (
	"context"
	"fmt"
	"slices"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/entity"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/timex"
	"github.com/parallax-news/parallax/reconcile"
	"github.com/parallax-news/parallax/timeline"
)

// reconcileStories rebuilds what each story the run touched says across
// its articles, from all of its stored articles: its timeline, its
// entities, its quotes and speakers, and its facts. Two things change
// articles on the way, and those articles are saved again (the text is
// unchanged: no new revision) and returned by id:
//   - an article without a publication date is re-read against the date
//     its story pins down, so that its "on Saturday" can take a place on
//     the timeline;
//   - entity ids are resolved across the story ("Varela" in one article
//     is the "Ana Varela" of another), on the entities and on the quotes'
//     speakers.
//
// The changed articles are saved before their story, each in its own
// transaction. Should a save fail between them, the articles hold ids the
// stored story does not list yet; everything here is derived, so the next
// run that touches the story rebuilds both.
func (p *Pipeline) reconcileStories(ctx context.Context, st parallax.Store, stories []*parallax.Story) (map[string]*parallax.Article, error) {
	changed := map[string]*parallax.Article{}
	for _, s := range stories {
		if err := ctx.Err(); err != nil {
			return changed, err
		}
		articles, err := parallax.StoryArticles(ctx, st, s)
		if err != nil {
			return changed, fmt.Errorf("reconcile story %s: %w", s.ID, err)
		}
		dirty := map[*parallax.Article]bool{}
		for _, a := range articles {
			if !a.Published.IsZero() {
				continue
			}
			if dct, ok := timeline.Anchor(a, articles); ok {
				a.Times = timex.Find(a.Text, dct)
				dirty[a] = true
			}
		}
		s.Timeline = timeline.Build(s, articles)
		var ids map[string]string
		s.Entities, ids = entity.StoryWithIDs(articles)
		for _, a := range articles {
			if renameEntities(a, ids) {
				dirty[a] = true
			}
		}
		s.Quotes, s.Speakers = quote.Group(articles)
		reconcile.Story(s, articles)
		for _, a := range articles {
			if !dirty[a] {
				continue
			}
			if _, err := st.SaveArticle(ctx, a); err != nil {
				return changed, fmt.Errorf("reconcile story %s: %w", s.ID, err)
			}
			changed[a.ID] = a
		}
		if err := st.SaveStory(ctx, s); err != nil {
			return changed, fmt.Errorf("reconcile story %s: %w", s.ID, err)
		}
	}
	return changed, nil
}

// renameEntities rewrites a's entity ids, and its quotes' speaker ids,
// to the story-level ids of ids, and says whether anything changed.
func renameEntities(a *parallax.Article, ids map[string]string) bool {
	changed := false
	rename := func(id *string) {
		if to, ok := ids[*id]; ok && to != *id && *id != "" {
			*id, changed = to, true
		}
	}
	for i := range a.Entities {
		rename(&a.Entities[i].ID)
	}
	for i := range a.Quotes {
		rename(&a.Quotes[i].Entity)
	}
	return changed
}

// copyAnalysis gives the run's own copy of an article what reconciling its
// story changed in the stored one.
func copyAnalysis(dst, src *parallax.Article) {
	dst.Times = slices.Clone(src.Times)
	dst.Entities = slices.Clone(src.Entities)
	dst.Quotes = slices.Clone(src.Quotes)
}
