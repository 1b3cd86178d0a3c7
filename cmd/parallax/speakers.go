package main

import (
	"fmt"
	"os"
	"path/filepath"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/pipeline"
)

// speakerSets are the sets eval speakers scores when given none: the
// passages whose errors were read while the resolver was written, those
// kept aside until measured, and two whose errors no one has read.
var speakerSets = []string{
	filepath.Join("testdata", "speakers", "tuned"),
	filepath.Join("testdata", "speakers", "heldout"),
	filepath.Join("testdata", "speakers", "unseen"),
	filepath.Join("testdata", "speakers", "fresh"),
}

// evalSpeakers scores the speakers the pipeline gives the quotes of each
// speaker set directory.
func evalSpeakers(env *Env, dirs []string, errors bool) error {
	if len(dirs) == 0 {
		for _, d := range speakerSets {
			if _, err := os.Stat(filepath.Join(d, "gold.tsv")); err == nil {
				dirs = append(dirs, d)
			}
		}
		if len(dirs) == 0 {
			return fmt.Errorf("no speaker set found (looked in %v); run from the repository root or name a directory", speakerSets)
		}
	}
	for _, dir := range dirs {
		set, err := eval.LoadSpeakerSet(dir)
		if err != nil {
			return err
		}
		sc := eval.ScoreSpeakers(set, func(text string) []parallax.Quote {
			return pipeline.FindQuotes(text, sentence.Split(text), nil, "en")
		})
		eval.WriteSpeakerScore(env.Stdout, fmt.Sprintf("%s (%d passages)", dir, len(set.Texts)), sc, errors)
	}
	return nil
}
