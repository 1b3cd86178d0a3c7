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
		name:    "articles",
		summary: "list the articles in the store",
		usage: `
Usage: parallax articles [flags]

Lists the articles in the store, newest first, with their ids. Filters narrow
the list by outlet, language and publication date.

Examples:
  parallax articles
  parallax articles --outlet "Meridian Wire" --since 2019-10-01
  parallax articles --format json --limit 20`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			dbPath := storeFlag(fs, env)
			out := declareOutputFlags(fs)
			var f parallax.ArticleFilter
			fs.StringVar(&f.Outlet, "outlet", "", "only articles from this outlet")
			fs.StringVar(&f.Language, "language", "", "only articles in this language (ISO 639-1 code)")
			fs.Var(dayFlag{&f.Since}, "since", "only articles published on or after this `date` (YYYY-MM-DD)")
			fs.Var(dayFlag{&f.Until}, "until", "only articles published before this `date` (YYYY-MM-DD)")
			fs.IntVar(&f.Limit, "limit", 0, "at most this many articles (0: all)")
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
				list, err := db.Articles(ctx, f)
				if err != nil {
					return fmt.Errorf("list articles: %w", err)
				}
				r := &report.Report{Generated: time.Now(), Articles: list}
				return report.Write(env.Stdout, out.format, r, out.options(env))
			}
		},
	})

	register(&command{
		name:    "article",
		summary: "show one article of the store",
		usage: `
Usage: parallax article [flags] ID

Shows one article of the store in full: its metadata, source and clean text.

Examples:
  parallax article u3f9a1c0b22de
  parallax article --format json mw-2019-10-20-01`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			dbPath := storeFlag(fs, env)
			out := declareOutputFlags(fs)
			return func(ctx context.Context, args []string) error {
				if len(args) != 1 {
					return usagef("want exactly one article id")
				}
				if err := out.validate(); err != nil {
					return err
				}
				db, err := openExistingStore(ctx, *dbPath)
				if err != nil {
					return err
				}
				defer db.Close()
				a, err := db.Article(ctx, args[0])
				if err != nil {
					return err
				}
				return report.WriteArticle(env.Stdout, out.format, a, out.options(env))
			}
		},
	})
}

// dayFlag is a flag.Value holding a YYYY-MM-DD date in *t (zero: unset).
type dayFlag struct{ t *time.Time }

func (d dayFlag) String() string {
	if d.t == nil || d.t.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

func (d dayFlag) Set(s string) error {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return fmt.Errorf("%q is not a date in the form YYYY-MM-DD", s)
	}
	*d.t = t
	return nil
}
