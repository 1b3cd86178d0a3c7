package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/report"
)

func init() {
	register(&command{
		name:    "search",
		summary: "full-text search over the articles in the store",
		usage: `
Usage: parallax search [flags] QUERY...

Searches the titles and texts of the articles in the store and lists the best
matches first, each with its id and the passage that matched. Words are
matched after stemming-free tokenisation; a word ending in * matches as a
prefix.

Examples:
  parallax search troop withdrawal
  parallax search --limit 5 "Varela"
  parallax search --format json port strike`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			dbPath := storeFlag(fs, env)
			limit := fs.Int("limit", 20, "at most this many results")
			format := fs.String("format", "text", "output format: text or json")
			return func(ctx context.Context, args []string) error {
				query := strings.TrimSpace(strings.Join(args, " "))
				if query == "" {
					return usagef("no query given")
				}
				if *format != "text" && *format != "json" {
					return usagef("unknown format %q (want text or json)", *format)
				}
				db, err := openExistingStore(ctx, *dbPath)
				if err != nil {
					return err
				}
				defer db.Close()
				hits, err := db.Search(ctx, query, *limit)
				if err != nil {
					return fmt.Errorf("search %q: %w", query, err)
				}
				if *format == "json" {
					enc := json.NewEncoder(env.Stdout)
					enc.SetIndent("", "  ")
					return enc.Encode(report.NewSearchJSON(query, hits))
				}
				if len(hits) == 0 {
					fmt.Fprintf(env.Stdout, "No articles match %q.\n", query)
					return nil
				}
				for i, h := range hits {
					a := h.Article
					date := "date unknown"
					if !a.Published.IsZero() {
						date = a.Published.Format("2006-01-02")
					}
					fmt.Fprintf(env.Stdout, "%2d. %s\n    %s · %s · id %s\n    %s\n\n", i+1, a.Title, a.Outlet, date, a.ID,
						strings.Join(strings.Fields(h.Snippet), " "))
				}
				return nil
			}
		},
	})
}
