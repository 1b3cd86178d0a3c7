package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

func init() {
	register(&command{
		name:    "report",
		summary: "report on inputs (one-shot) or on the store",
		usage: `
Usage: parallax report [flags] [SRC...]

With inputs, reads them into a temporary store and reports on them, leaving no
store behind. Without inputs, reports on the articles in the store (--db).
The report goes to standard output: a readable terminal report by default,
or Markdown or JSON (the JSON document is described in docs/json.md). Failed
inputs are reported on stderr, one line each, and listed in the report.

Examples:
  parallax report examples/
  parallax report --format markdown examples/ > report.md
  parallax report --format json dump.jsonl | jq '.articles[].title'
  parallax report --db news.db`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			dbPath := storeFlag(fs, env)
			in := declareInputFlags(fs)
			out := declareOutputFlags(fs)
			return func(ctx context.Context, args []string) error {
				if err := out.validate(); err != nil {
					return err
				}
				if len(args) == 0 {
					return reportStore(ctx, env, *dbPath, out)
				}
				return reportInputs(ctx, env, in, out, args)
			}
		},
	})
}

// outputFlags are the flags of every command that writes a report.
type outputFlags struct {
	format string
	full   bool
	color  string
}

func declareOutputFlags(fs *flag.FlagSet) *outputFlags {
	o := &outputFlags{}
	fs.StringVar(&o.format, "format", "text", "output format: text, markdown or json")
	fs.BoolVar(&o.full, "full", false, "print whole article texts, not excerpts")
	fs.StringVar(&o.color, "color", "auto", "colour the text report: auto, always or never")
	return o
}

func (o *outputFlags) validate() error {
	switch o.format {
	case "text", "markdown", "md", "json":
	default:
		return usagef("unknown format %q (want text, markdown or json)", o.format)
	}
	if o.format == "md" {
		o.format = "markdown"
	}
	switch o.color {
	case "auto", "always", "never":
	default:
		return usagef("unknown --color %q (want auto, always or never)", o.color)
	}
	return nil
}

// options resolves the flags against the terminal and NO_COLOR.
func (o *outputFlags) options(env *Env) report.Options {
	color := o.color == "always" ||
		(o.color == "auto" && isTerminal(env.Stdout) && env.Getenv("NO_COLOR") == "")
	return report.Options{Color: color, Width: terminalWidth(env.Stdout, 80), Full: o.full}
}

// reportInputs ingests args into a temporary store and reports on them.
func reportInputs(ctx context.Context, env *Env, in *inputFlags, out *outputFlags, args []string) error {
	dir, err := os.MkdirTemp("", "parallax-report-")
	if err != nil {
		return fmt.Errorf("temporary store: %w", err)
	}
	defer os.RemoveAll(dir)
	db, err := openStore(ctx, filepath.Join(dir, "parallax.db"))
	if err != nil {
		return err
	}
	defer db.Close()

	res, err := ingest(ctx, env, in, db, args)
	if err != nil {
		return err
	}
	r := &report.Report{
		Generated: time.Now(),
		Stories:   res.Stories,
		Articles:  res.Articles(),
		Failures:  res.Failures(),
		Notes:     res.Notes,
	}
	if err := report.Write(env.Stdout, out.format, r, out.options(env)); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if len(r.Failures) > 0 {
		return errPartial
	}
	return nil
}

// reportStore reports on every article in the store.
func reportStore(ctx context.Context, env *Env, dbPath string, out *outputFlags) error {
	db, err := openExistingStore(ctx, dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	articles, err := db.Articles(ctx, parallax.ArticleFilter{})
	if err != nil {
		return fmt.Errorf("list articles: %w", err)
	}
	stories, err := db.Stories(ctx, parallax.StoryFilter{})
	if err != nil {
		return fmt.Errorf("list stories: %w", err)
	}
	r := &report.Report{Generated: time.Now(), Stories: stories, Articles: articles}
	if err := report.Write(env.Stdout, out.format, r, out.options(env)); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}
