package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/parallax-news/parallax/analyse/timex"
	"github.com/parallax-news/parallax/eval"
)

func init() {
	register(&command{
		name:    "timex",
		summary: "print the time expressions of a text file as JSON lines",
		usage: `
Usage: parallax timex [--dct YYYY-MM-DD] FILE

Reads FILE ("-" for standard input) as raw text, without any cleaning,
finds its time expressions and prints one JSON object per line:
{"text", "type", "value", "start", "end"}, with TIMEX3 types (DATE, TIME,
DURATION, SET) and values, and byte offsets into the file as given, so
that external scorers can run on the output. Relative expressions
("Monday", "last week") are anchored on --dct, the document creation
time; without it their unknown parts are written as X ("XXXX-WXX-1").

Examples:
  parallax timex --dct 2019-10-22 article.txt
  cat article.txt | parallax timex --dct 2019-10-22 -`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			dct := fs.String("dct", "", "document creation time, YYYY-MM-DD (default unknown)")
			return func(_ context.Context, args []string) error {
				if len(args) != 1 {
					return usagef("want one FILE (or - for standard input)")
				}
				var anchor time.Time
				if *dct != "" {
					t, err := time.Parse("2006-01-02", *dct)
					if err != nil {
						return usagef("--dct %q: want YYYY-MM-DD", *dct)
					}
					anchor = t
				}
				text, err := readTimexInput(env, args[0])
				if err != nil {
					return err
				}
				return writeTimex(env.Stdout, text, anchor)
			}
		},
	})
}

// readTimexInput reads a file, or standard input for "-".
func readTimexInput(env *Env, path string) (string, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(env.Stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return "", fmt.Errorf("read text: %w", err)
	}
	return string(data), nil
}

// timexLine is one line of the timex command's output.
type timexLine struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

func writeTimex(w io.Writer, text string, dct time.Time) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range timex.Find(text, dct) {
		if err := enc.Encode(timexLine{e.Text, e.Type, e.Value, e.Span.Start, e.Span.End}); err != nil {
			return fmt.Errorf("write timex: %w", err)
		}
	}
	return nil
}

// evalTimex runs parallax eval timex [DIR] (or --dir DIR): timex.Find
// scored on TimeML documents.
func evalTimex(ctx context.Context, env *Env, args []string, dirFlag string) error {
	if len(args) > 1 || len(args) == 1 && dirFlag != "" {
		return usagef("want at most one TimeML directory")
	}
	dir := filepath.Join("..", "shared", "bench", "tempeval3", "TBAQ-cleaned")
	switch {
	case len(args) == 1:
		dir = args[0]
	case dirFlag != "":
		dir = dirFlag
	}
	if _, err := os.Stat(dir); err != nil {
		return fmt.Errorf("TimeML data not found at %s (give its directory)", dir)
	}
	docs, err := eval.LoadTimeML(dir)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	score, elapsed := eval.EvalTimex(docs, timex.Find)
	fmt.Fprintf(env.Stdout, "TimeML: %d documents from %s\n\n", len(docs), dir)
	eval.WriteTimexTable(env.Stdout, score, len(docs), elapsed)
	return nil
}
