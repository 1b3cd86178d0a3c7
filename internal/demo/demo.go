// Package demo loads the invented demo corpus in examples/ for tests, its
// articles named by the keys its answer key (examples/README.md) uses, so
// that a test can say "MW1" and "LH1" as the answer key does.
package demo

import (
	"context"
	"fmt"
	"os"
	"strings"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/source"
)

// Keys names the articles of the demo corpus by the end of their source.
var Keys = map[string]string{
	"wire.jsonl#1": "MW1", "wire.jsonl#2": "CL1", "wire.jsonl#3": "MW3", "wire.jsonl#4": "MW2", "wire.jsonl#5": "CL2",
	"nwb.rss#1": "NWB2", "nwb.rss#2": "NWB3", "nwb.rss#3": "NWB1",
	"lumira-herald-veltrava-troops-home.html":     "LH1",
	"orsenburg-post-varela-kessaria-mission.html": "OP1",
	"lumira-herald-assembly-advisers-vote.html":   "LH2",
	"brennick-gazette-dock-strike.html":           "BG3",
	"free-horizon-withdrawal-not-all.txt":         "FH1",
	"free-horizon-assembly-victory.txt":           "FH2",
}

// Events are the stories of the demo corpus, per its answer key.
var Events = map[string][]string{
	"E1": {"MW1", "LH1", "OP1", "CL1", "FH1", "NWB1"},
	"E2": {"MW2", "LH2", "FH2", "NWB2", "CL2"},
	"E3": {"MW3", "BG3", "NWB3"},
}

// ErrMissing is returned when dir does not exist, so a test can skip.
var ErrMissing = fmt.Errorf("demo corpus not found")

// Extract reads and extracts the demo corpus at dir (the path to
// examples/), by key. Articles get the ids Parallax gives them; nothing
// is analysed.
func Extract(dir string) (map[string]*parallax.Article, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("%w at %s: %v", ErrMissing, dir, err)
	}
	ex := extract.New(extract.Options{})
	out := map[string]*parallax.Article{}
	for r := range source.Read(context.Background(), []string{dir}, source.Options{}) {
		if r.Err != nil || r.Note != "" {
			continue
		}
		a, err := ex.Extract(r.Doc)
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", r.Doc.Source, err)
		}
		if a.ID == "" {
			a.ID = parallax.ArticleID(r.Doc.Meta.ID, a.URL, a.ContentHash())
		}
		for suffix, key := range Keys {
			if strings.HasSuffix(r.Doc.Source, suffix) {
				out[key] = a
			}
		}
	}
	if len(out) != len(Keys) {
		return nil, fmt.Errorf("loaded %d demo articles, want %d", len(out), len(Keys))
	}
	return out, nil
}
