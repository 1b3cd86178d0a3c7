package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// command is one subcommand: its name, a one-line summary, its usage text
// with examples, and how to set up its flags and run it.
type command struct {
	name    string
	summary string
	usage   string // "parallax NAME [flags] ARGS" plus a description and examples
	// setup declares the command's flags on fs and returns the function
	// that runs it on the positional arguments.
	setup func(fs *flag.FlagSet, env *Env) func(ctx context.Context, args []string) error
}

// commands are the registered subcommands.
var commands []*command

// helpOrder is the order help lists the commands in: the main job first,
// then the store's views, then measurement.
var helpOrder = []string{"report", "ingest", "extract", "stories", "story", "articles", "article",
	"search", "serve", "timex", "ner", "bench", "eval", "train", "version"}

func register(c *command) { commands = append(commands, c) }

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// flags returns the command's flag set, with usage printing to env.Stdout.
func (c *command) flags(env *Env) *flag.FlagSet {
	fs := flag.NewFlagSet("parallax "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c.setup(fs, env)
	fs.Usage = func() {
		fmt.Fprintln(env.Stdout, strings.TrimSpace(c.usage))
		fmt.Fprintln(env.Stdout, "\nFlags:")
		fs.SetOutput(env.Stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// Run parses args, flags anywhere among the positional arguments, and runs
// the command.
func (c *command) Run(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("parallax "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	run := c.setup(fs, env)
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		c.flags(env).Usage()
		return errHelp
	}
	if err != nil {
		return usagef("%v", err)
	}
	return run(ctx, pos)
}

// parseInterspersed parses flags that may come before, between or after
// positional arguments ("parallax report examples/ --format json"). "--"
// ends flag parsing; "-" is a positional argument (standard input).
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// fs.Parse stops at the first positional argument, or after "--".
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func writeUsage(w io.Writer) {
	fmt.Fprint(w, `Parallax reads coverage of news events from many outlets and turns it into one
reconciled account per story.

Usage:
  parallax COMMAND [flags] [arguments]

Commands:
`)
	listed := map[string]bool{}
	for _, name := range helpOrder {
		if c := lookup(name); c != nil {
			fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
			listed[name] = true
		}
	}
	for _, c := range commands {
		if !listed[c.name] {
			fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
		}
	}
	fmt.Fprint(w, `
Inputs (SRC) are files (.html .htm .txt .md .jsonl .json .warc .rss .atom .xml,
optionally .gz), directories (walked recursively), "-" for standard input, and
http(s) URLs of article pages or RSS/Atom feeds.

Examples:
  parallax report examples/
  parallax ingest crawl.warc.gz https://news.example/feed.xml
  parallax search "troop withdrawal"

Run 'parallax help COMMAND' or 'parallax COMMAND --help' for details.
`)
}
