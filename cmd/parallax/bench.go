package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/story"
)

func init() {
	register(&command{
		name:    "bench",
		summary: "measure Parallax against its peers on public benchmarks",
		usage: `
Usage: parallax bench extract [flags] [DIR]
       parallax bench cluster [flags]
       parallax bench serve [flags] URL...

extract: runs article extraction over the Article Extraction Benchmark (DIR,
default ../shared/bench/aeb: html/<id>.html.gz and ground-truth.json) and
prints Parallax side by side with raw go-trafilatura and raw readeck
go-readability, measured in the same process: F1, precision and recall of
word 4-gram shingles averaged per page, pages per second and peak heap.
Pages are decompressed into memory before timing starts.

cluster: generates a synthetic stream of invented articles (--articles,
default 100,000: a month of events with several outlets each, wire copies
among them) and assigns them to stories, reporting articles per second,
the time per article as the index grows, and peak heap.

serve: loads a running server (parallax serve, in another process) with
--clients concurrent GET requests per URL for --duration, and prints
requests per second and p50/p99/max latency.

Examples:
  parallax bench extract
  parallax bench extract --cpus 2 /data/aeb
  parallax bench cluster --articles 20000
  parallax bench serve --clients 16 http://127.0.0.1:8080/stories/s6ec2d97c487a http://127.0.0.1:8080/api/stories/s6ec2d97c487a`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			cpus := fs.Int("cpus", 1, "GOMAXPROCS while measuring (the speed goals are per core)")
			n := fs.Int("articles", 100_000, "cluster: size of the synthetic stream")
			clients := fs.Int("clients", 16, "serve: concurrent requests")
			duration := fs.Duration("duration", 10*time.Second, "serve: how long to load each URL")
			return func(ctx context.Context, args []string) error {
				if len(args) >= 1 && args[0] == "serve" {
					if len(args) == 1 {
						return usagef("bench serve needs the URLs to load")
					}
					return benchServe(ctx, env, args[1:], *clients, *duration)
				}
				if len(args) == 1 && args[0] == "cluster" {
					return benchCluster(ctx, env, *n, *cpus)
				}
				if len(args) == 0 || args[0] != "extract" {
					return usagef("want a benchmark name: extract, cluster or serve")
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

// benchCluster measures story assignment alone on a synthetic stream,
// printing the rate for each tenth of the stream so that growth with the
// size of the index shows.
func benchCluster(ctx context.Context, env *Env, n, cpus int) error {
	if n < 10 {
		return usagef("--articles must be at least 10")
	}
	if cpus > 0 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(cpus))
	}
	stream := story.Synthetic(n, 1)
	fmt.Fprintf(env.Stdout, "Story clustering: %d synthetic articles, GOMAXPROCS=%d\n\n", n, runtime.GOMAXPROCS(0))
	fmt.Fprintf(env.Stdout, "%10s  %12s  %14s  %12s\n", "indexed", "articles/s", "µs per article", "heap MB")
	runtime.GC()
	base := liveHeapMB() // the generated stream itself
	peak := eval.SamplePeakHeap()
	idx := story.NewIndex(story.Options{})
	step := n / 10
	var total time.Duration
	for i := 0; i < n; i += step {
		if err := ctx.Err(); err != nil {
			return err
		}
		end := min(i+step, n)
		start := time.Now()
		for _, a := range stream[i:end] {
			idx.Add(a)
		}
		d := time.Since(start)
		total += d
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Fprintf(env.Stdout, "%10d  %12.0f  %14.1f  %12.1f\n", end, float64(end-i)/d.Seconds(),
			float64(d.Microseconds())/float64(end-i), float64(ms.HeapAlloc)/(1<<20))
	}
	peakMB := peak()
	live := liveHeapMB() - base
	fmt.Fprintf(env.Stdout, "\n%d articles in %d stories: %.0f articles/s overall\n", idx.Len(), len(idx.Stories()), float64(n)/total.Seconds())
	fmt.Fprintf(env.Stdout, "heap: %.0f MB live in the index after GC; peak %.0f MB, of which %.0f MB is the generated stream\n",
		live, peakMB, base)
	runtime.KeepAlive(stream)
	return nil
}

// liveHeapMB is the heap in use after a collection, in MiB.
func liveHeapMB() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / (1 << 20)
}
