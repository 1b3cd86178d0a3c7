package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/sqlite"
	"golang.org/x/term"
)

// defaultDB is the store used when neither --db nor PARALLAX_DB names one.
const defaultDB = "parallax.db"

// storeFlag declares --db on fs; its default comes from PARALLAX_DB.
func storeFlag(fs *flag.FlagSet, env *Env) *string {
	def := env.Getenv("PARALLAX_DB")
	if def == "" {
		def = defaultDB
	}
	return fs.String("db", def, "SQLite store `file` (env PARALLAX_DB)")
}

// openStore opens the SQLite store at path.
func openStore(ctx context.Context, path string) (*sqlite.DB, error) {
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return db, nil
}

// openExistingStore opens the store at path for a command that only reads
// it: a missing file is an error, not a new empty store.
func openExistingStore(ctx context.Context, path string) (*sqlite.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, parallax.Errorf(parallax.ENOTFOUND,
			"no store at %s (run 'parallax ingest SRC...' first, or name one with --db or PARALLAX_DB)", path)
	}
	return openStore(ctx, path)
}

// inputFlags are the flags of every command that reads inputs.
type inputFlags struct {
	workers     int
	timeout     time.Duration
	maxSize     int64
	concurrency int
	quiet       bool
	discard     bool // keep no article texts in memory once saved (ingest)
}

func declareInputFlags(fs *flag.FlagSet) *inputFlags {
	f := &inputFlags{}
	fs.IntVar(&f.workers, "workers", 0, "documents extracted at once (default: number of CPUs)")
	fs.DurationVar(&f.timeout, "timeout", 20*time.Second, "timeout for each HTTP request")
	fs.Int64Var(&f.maxSize, "max-size", 32<<20, "largest file or HTTP body read, in `bytes`")
	fs.IntVar(&f.concurrency, "fetch", 4, "HTTP fetches at once")
	fs.BoolVar(&f.quiet, "quiet", false, "print no progress or summary on stderr (errors are still printed)")
	return f
}

// pipeline builds the pipeline the flags describe, with a progress bar on
// stderr when it is a terminal. Each finished item is also handed to each
// of then, in order.
func (f *inputFlags) pipeline(env *Env, then ...func(pipeline.Item)) (*pipeline.Pipeline, func()) {
	opt := pipeline.Options{Workers: f.workers, Discard: f.discard}
	opt.Source.Stdin = env.Stdin
	opt.Source.Timeout = f.timeout
	opt.Source.MaxBytes = f.maxSize
	opt.Source.Concurrency = f.concurrency
	// The CLI runs on the user's own machine with the user's own inputs:
	// intranet and localhost URLs are theirs to fetch.
	opt.Source.AllowPrivate = true
	opt.Source.UserAgent = userAgent()
	bar := newProgress(env, f.quiet)
	opt.OnItem = func(it pipeline.Item) {
		if it.Err != nil {
			bar.clear()
			reportFailure(env, it.Err)
		}
		bar.add(it.Source)
		for _, f := range then {
			f(it)
		}
	}
	return pipeline.New(opt), bar.finish
}

// reportFailure prints one failed input as one line on stderr.
func reportFailure(env *Env, e *parallax.InputError) {
	fmt.Fprintf(env.Stderr, "parallax: %s: %s\n", e.Source, parallax.ErrorMessage(e.Err))
}

// isTerminal says whether w is a terminal.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// terminalWidth is the width of w when it is a terminal, else def.
func terminalWidth(w any, def int) int {
	if f, ok := w.(*os.File); ok {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 20 {
			return min(cols, 100)
		}
	}
	return def
}
