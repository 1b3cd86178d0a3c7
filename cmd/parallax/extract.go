package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
)

func init() {
	register(&command{
		name:    "extract",
		summary: "print the clean article of each input as JSON lines, without a store",
		usage: `
Usage: parallax extract [flags] SRC...

Extracts the article of every input and prints one JSON object per line, in
input order, touching no store: {"source", "id", "title", "text", "published",
"outlet", "language", "url", "author"} for an article, or {"source", "error",
"code"} for an input that failed. This is the command benchmarks and other
tools call.

Examples:
  parallax extract page.html
  parallax extract --format jsonl crawl.warc.gz > articles.jsonl`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			format := fs.String("format", "jsonl", "output format: jsonl")
			in := declareInputFlags(fs)
			return func(ctx context.Context, args []string) error {
				if *format != "jsonl" {
					return usagef("unknown format %q (want jsonl)", *format)
				}
				if len(args) == 0 {
					return usagef("no inputs given")
				}
				return extractJSONL(ctx, env, in, args)
			}
		},
	})
}

// extractLine is one line of `parallax extract` output.
type extractLine struct {
	Source    string  `json:"source"`
	ID        string  `json:"id,omitempty"`
	Title     string  `json:"title,omitempty"`
	Text      string  `json:"text,omitempty"`
	Published *string `json:"published"` // null when unknown: reported missing, not guessed
	Outlet    string  `json:"outlet,omitempty"`
	Language  string  `json:"language,omitempty"`
	URL       string  `json:"url,omitempty"`
	Author    string  `json:"author,omitempty"`
	Error     string  `json:"error,omitempty"`
	Code      string  `json:"code,omitempty"`
}

func extractJSONL(ctx context.Context, env *Env, in *inputFlags, args []string) error {
	enc := json.NewEncoder(env.Stdout)
	in.quiet = true // stdout carries the data; stderr only errors
	failed := 0
	var werr error
	// The pipeline hands items on in input order, each as soon as it can.
	p, done := in.pipeline(env, func(it pipeline.Item) {
		if it.Err != nil {
			failed++
		}
		if werr == nil {
			werr = enc.Encode(newExtractLine(it))
		}
	})
	res, err := p.Extract(ctx, args)
	done()
	if err != nil {
		return err
	}
	for _, n := range res.Notes {
		fmt.Fprintf(env.Stderr, "parallax: note: %s\n", n)
	}
	if werr != nil {
		return fmt.Errorf("write output: %w", werr)
	}
	if failed > 0 {
		return errPartial
	}
	return nil
}

func newExtractLine(it pipeline.Item) extractLine {
	if it.Err != nil {
		return extractLine{Source: it.Source, Error: parallax.ErrorMessage(it.Err.Err), Code: parallax.ErrorCode(it.Err.Err)}
	}
	a := it.Article
	l := extractLine{Source: a.Source, ID: a.ID, Title: a.Title, Text: a.Text, Outlet: a.Outlet,
		Language: a.Language, URL: a.URL, Author: a.Author}
	if !a.Published.IsZero() {
		s := a.Published.Format(time.RFC3339)
		l.Published = &s
	}
	return l
}
