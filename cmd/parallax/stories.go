package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

func init() {
	register(&command{
		name:    "stories",
		summary: "list the stories in the store",
		usage: `
Usage: parallax stories [flags]

Lists the stories in the store — the groups of articles that cover one
event — biggest first, with their title, size, outlets, dates and id, and
how many facts their sources dispute, establish or owe to one outlet.
Show one with parallax story ID. With --details (and always with --format
json) it writes the full report of the listed stories instead: every
article, the timeline, the disagreements, quotes and coverage — heavier,
since it reads every article of every story. Wire copies count once as
sources.

Examples:
  parallax stories
  parallax stories --outlet "Meridian Wire" --since 2025-10-01
  parallax stories --details --limit 5
  parallax stories --format json --limit 20`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			dbPath := storeFlag(fs, env)
			out := declareOutputFlags(fs)
			var f parallax.StoryFilter
			fs.StringVar(&f.Outlet, "outlet", "", "only stories with an article from this outlet")
			fs.StringVar(&f.Language, "language", "", "only stories with an article in this language (ISO 639-1 code)")
			fs.Var(dayFlag{&f.Since}, "since", "only stories seen on or after this `date` (YYYY-MM-DD)")
			fs.Var(dayFlag{&f.Until}, "until", "only stories that began before this `date` (YYYY-MM-DD)")
			fs.IntVar(&f.Limit, "limit", 0, "at most this many stories (0: all)")
			details := fs.Bool("details", false, "write the full report of the listed stories, not a listing")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usagef("unexpected arguments %q", args)
				}
				if err := out.validate(); err != nil {
					return err
				}
				db, err := openExistingStore(ctx, *dbPath)
				if err != nil {
					return err
				}
				defer db.Close()
				list, err := db.Stories(ctx, f)
				if err != nil {
					return fmt.Errorf("list stories: %w", err)
				}
				if !*details && out.format != report.FormatJSON {
					return report.WriteStoryList(env.Stdout, out.format, list, out.options(env))
				}
				articles, err := parallax.StoryArticles(ctx, db, list...)
				if err != nil {
					return err
				}
				r := &report.Report{Generated: time.Now(), Stories: list, Articles: articles}
				return report.Write(env.Stdout, out.format, r, out.options(env))
			}
		},
	})

	register(&command{
		name:    "story",
		summary: "show one story of the store",
		usage: `
Usage: parallax story [flags] ID

Shows one story: its title, dates and outlets, each of its articles (copies
marked with the article they copy), and related stories.

Examples:
  parallax story s3f9a1c0b22de
  parallax story --format json s3f9a1c0b22de`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			dbPath := storeFlag(fs, env)
			out := declareOutputFlags(fs)
			return func(ctx context.Context, args []string) error {
				if len(args) != 1 {
					return usagef("want exactly one story id")
				}
				if err := out.validate(); err != nil {
					return err
				}
				db, err := openExistingStore(ctx, *dbPath)
				if err != nil {
					return err
				}
				defer db.Close()
				s, err := db.Story(ctx, args[0])
				if err != nil {
					return err
				}
				articles, err := parallax.StoryArticles(ctx, db, s)
				if err != nil {
					return err
				}
				var related []*parallax.Story
				for _, id := range s.Related {
					r, err := db.Story(ctx, id)
					if parallax.ErrorCode(err) == parallax.ENOTFOUND {
						continue
					}
					if err != nil {
						return err
					}
					related = append(related, r)
				}
				return report.WriteStory(env.Stdout, out.format, s, articles, related, out.options(env))
			}
		},
	})
}
