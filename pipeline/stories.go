package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/story"
)

// loadStories returns the story index the store keeps, or a new one for an
// empty store. A snapshot that cannot be read (written by another version,
// or damaged) is rebuilt from the stored articles rather than lost.
func (p *Pipeline) loadStories(ctx context.Context, st parallax.Store) (*story.Index, error) {
	idx := story.NewIndex(p.opt.Stories)
	snap, err := st.StoryIndex(ctx)
	if err != nil {
		return nil, fmt.Errorf("load story index: %w", err)
	}
	if snap != nil {
		if err := idx.UnmarshalBinary(snap); err == nil {
			return idx, nil
		} else {
			slog.Warn("story index unreadable; rebuilding it from the stored articles", "err", err)
		}
		idx = story.NewIndex(p.opt.Stories)
	}
	stored, err := st.Articles(ctx, parallax.ArticleFilter{})
	if err != nil {
		return nil, fmt.Errorf("rebuild story index: %w", err)
	}
	if len(stored) > 0 {
		idx.AddBatch(stored)
		for _, a := range stored {
			if _, err := st.SaveArticle(ctx, a); err != nil {
				return nil, fmt.Errorf("rebuild story index: %w", err)
			}
		}
		for _, s := range idx.Stories() {
			if err := st.SaveStory(ctx, s); err != nil {
				return nil, fmt.Errorf("rebuild story index: %w", err)
			}
		}
	}
	return idx, nil
}

// saveBatch assigns the batch's articles to stories, saves each article
// (one transaction each) and then the stories they touched. An article
// whose save fails becomes its input's failure.
func (p *Pipeline) saveBatch(ctx context.Context, st parallax.Store, idx *story.Index, batch []*Item, tm *Timing) {
	var articles []*parallax.Article
	for _, it := range batch {
		if it.Article != nil {
			articles = append(articles, it.Article)
		}
	}
	start := time.Now()
	idx.AddBatch(articles)
	tm.Stories += time.Since(start)

	start = time.Now()
	touched := map[string]bool{}
	for _, it := range batch {
		if it.Article == nil {
			continue
		}
		status, err := st.SaveArticle(ctx, it.Article)
		if err != nil {
			it.Err = &parallax.InputError{Source: it.Source, Err: fmt.Errorf("store: %w", err)}
			it.Article = nil
			continue
		}
		it.Status = status
		touched[it.Article.Story] = true
	}
	for id := range touched {
		if s := idx.Story(id); s != nil {
			if err := st.SaveStory(ctx, s); err != nil {
				slog.Warn("save story", "story", id, "err", err)
			}
		}
	}
	tm.Store += time.Since(start)
}

// touchedStories returns the stories of the run's articles, biggest first,
// as the index orders them.
func touchedStories(idx *story.Index, items []Item) []*parallax.Story {
	ids := map[string]bool{}
	for _, it := range items {
		if it.Article != nil && it.Article.Story != "" {
			ids[it.Article.Story] = true
		}
	}
	var out []*parallax.Story
	for _, s := range idx.Stories() {
		if ids[s.ID] {
			out = append(out, s)
		}
	}
	return out
}
