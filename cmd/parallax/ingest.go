package main

import (
	"context"
	"flag"
	"fmt"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
)

func init() {
	register(&command{
		name:    "ingest",
		summary: "read inputs into the store",
		usage: `
Usage: parallax ingest [flags] SRC...

Reads every input, extracts the article of each page, text or record, and
saves it in the store (./parallax.db unless --db or PARALLAX_DB says
otherwise). Ingest is idempotent: the same content twice is one article, and a
changed page at the same URL becomes a new revision of it. Each input that
fails is reported on one line and leaves the store as it was; the others still
go in. Exit status: 0 when everything went in, 1 when some inputs failed,
2 on a usage error.

Examples:
  parallax ingest examples/
  parallax ingest --db news.db dump.jsonl crawl.warc.gz
  curl -s https://news.example/story | parallax ingest -
  parallax ingest https://news.example/rss.xml`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			dbPath := storeFlag(fs, env)
			in := declareInputFlags(fs)
			return func(ctx context.Context, args []string) error {
				if len(args) == 0 {
					return usagef("no inputs given")
				}
				in.discard = true // only counts and failures are reported
				db, err := openStore(ctx, *dbPath)
				if err != nil {
					return err
				}
				defer db.Close()
				res, err := ingest(ctx, env, in, db, args)
				if err != nil {
					return err
				}
				if !in.quiet {
					fmt.Fprintf(env.Stderr, "%s into %s\n", summary(res), *dbPath)
				}
				if len(res.Failures()) > 0 {
					return errPartial
				}
				return nil
			}
		},
	})
}

// ingest runs the pipeline over args into st, reporting notes on stderr.
func ingest(ctx context.Context, env *Env, in *inputFlags, st parallax.Store, args []string) (*pipeline.Result, error) {
	p, done := in.pipeline(env)
	res, err := p.Ingest(ctx, st, args)
	done()
	if res != nil && !in.quiet {
		for _, n := range res.Notes {
			fmt.Fprintf(env.Stderr, "parallax: note: %s\n", n)
		}
	}
	return res, err
}

// summary says in one line what a run did.
func summary(res *pipeline.Result) string {
	s := fmt.Sprintf("%d articles: %d new, %d revised, %d unchanged",
		res.Count(parallax.SaveNew)+res.Count(parallax.SaveRevised)+res.Count(parallax.SaveUnchanged),
		res.Count(parallax.SaveNew), res.Count(parallax.SaveRevised), res.Count(parallax.SaveUnchanged))
	if n := len(res.Stories); n > 0 {
		s += fmt.Sprintf(" in %d stories", n)
	}
	if n := len(res.Failures()); n > 0 {
		s += fmt.Sprintf("; %d inputs failed", n)
	}
	return s + fmt.Sprintf(" (%s)", res.Timing.Total.Round(1e6))
}
