package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/pipeline"
)

// reconcileCorpora are the corpora eval reconcile scores when given none:
// the demo and the harder hand-made corpus, where present.
var reconcileCorpora = []string{"examples", filepath.Join("testdata", "reconcile")}

// evalReconcile scores the facts Parallax finds in each corpus directory
// against the directory's gold.json: precision and recall of the
// disagreements, the share of consistent and single-source facts found as
// such, and the misses and invented disagreements.
func evalReconcile(ctx context.Context, env *Env, dirs []string) error {
	dirs, err := orDefaults(dirs, reconcileCorpora, "gold.json")
	if err != nil {
		return err
	}
	for i, dir := range dirs {
		if i > 0 {
			fmt.Fprintln(env.Stdout)
		}
		if err := evalReconcileDir(ctx, env, dir); err != nil {
			return err
		}
	}
	return nil
}

func evalReconcileDir(ctx context.Context, env *Env, dir string) error {
	gold, err := eval.LoadFactGold(dir)
	if err != nil {
		return err
	}
	stories, articles, err := ingestCorpus(ctx, dir)
	if err != nil {
		return err
	}
	sc := eval.ScoreFacts(gold, stories, articles)
	eval.WriteFactScore(env.Stdout, fmt.Sprintf("%s: %d articles in %d stories, %d gold facts",
		dir, len(articles), len(stories), len(gold.Facts)), sc)
	return nil
}

// orDefaults returns dirs, or when none are given those of defaults
// that hold a file named marker (the gold of a corpus).
func orDefaults(dirs, defaults []string, marker string) ([]string, error) {
	if len(dirs) > 0 {
		return dirs, nil
	}
	for _, d := range defaults {
		if _, err := os.Stat(filepath.Join(d, marker)); err == nil {
			dirs = append(dirs, d)
		}
	}
	if len(dirs) == 0 {
		return nil, fmt.Errorf("no directory with a %s found (looked in %v); run from the repository root or name a directory", marker, defaults)
	}
	return dirs, nil
}

// ingestCorpus runs dir through the pipeline into a temporary store and
// reads back its stories and their articles.
func ingestCorpus(ctx context.Context, dir string) ([]*parallax.Story, []*parallax.Article, error) {
	tmp, err := os.MkdirTemp("", "parallax-eval-reconcile-")
	if err != nil {
		return nil, nil, fmt.Errorf("temporary store: %w", err)
	}
	defer os.RemoveAll(tmp)
	db, err := openStore(ctx, filepath.Join(tmp, "parallax.db"))
	if err != nil {
		return nil, nil, err
	}
	defer db.Close()
	if _, err := pipeline.New(pipeline.Options{}).Ingest(ctx, db, []string{dir}); err != nil {
		return nil, nil, fmt.Errorf("ingest %s: %w", dir, err)
	}
	stories, err := db.Stories(ctx, parallax.StoryFilter{})
	if err != nil {
		return nil, nil, fmt.Errorf("list stories: %w", err)
	}
	articles, err := parallax.StoryArticles(ctx, db, stories...)
	return stories, articles, err
}
