package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/extract"
)

func init() {
	register(&command{
		name:    "bench",
		summary: "measure Parallax against its peers on public benchmarks",
		usage: `
Usage: parallax bench extract [flags] [DIR]

extract: runs article extraction over the Article Extraction Benchmark (DIR,
default ../shared/bench/aeb: html/<id>.html.gz and ground-truth.json) and
prints Parallax side by side with raw go-trafilatura and raw readeck
go-readability, measured in the same process: F1, precision and recall of
word 4-gram shingles averaged per page, pages per second and peak heap.
Pages are decompressed into memory before timing starts.

Examples:
  parallax bench extract
  parallax bench extract --cpus 2 /data/aeb`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			cpus := fs.Int("cpus", 1, "GOMAXPROCS while measuring (the speed goal is per core)")
			return func(ctx context.Context, args []string) error {
				if len(args) == 0 || args[0] != "extract" {
					return usagef("want a benchmark name: extract")
				}
				dir := "../shared/bench/aeb"
				switch len(args) {
				case 1:
				case 2:
					dir = args[1]
				default:
					return usagef("unexpected arguments %q", args[2:])
				}
				return benchExtract(ctx, env, dir, *cpus)
			}
		},
	})
}

func benchExtract(ctx context.Context, env *Env, dir string, cpus int) error {
	pages, err := eval.LoadAEB(dir)
	if err != nil {
		return fmt.Errorf("load benchmark: %w", err)
	}
	ex := extract.New(extract.Options{})
	extractors := []eval.Extractor{
		{Name: "parallax", Extract: func(html []byte, url string) (string, error) {
			a, err := ex.Extract(parallax.Document{Source: url, Format: parallax.FormatHTML, Body: html, Meta: parallax.Meta{URL: url}})
			if err != nil {
				return "", err
			}
			return a.Text, nil
		}},
		{Name: "go-trafilatura", Extract: extract.Trafilatura},
		{Name: "go-readability", Extract: extract.Readability},
	}
	if cpus > 0 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(cpus))
	}
	fmt.Fprintf(env.Stdout, "Article Extraction Benchmark: %d pages from %s, GOMAXPROCS=%d\n\n", len(pages), dir, runtime.GOMAXPROCS(0))
	scores := eval.BenchExtract(ctx, pages, extractors)
	eval.WriteExtractTable(env.Stdout, scores)
	return ctx.Err()
}
