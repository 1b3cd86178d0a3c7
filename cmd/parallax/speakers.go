package main

import (
	"fmt"
	"path/filepath"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/entity"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/pipeline"
)

// speakerSets are the sets eval speakers scores when given none: the
// passages whose errors were read while the resolver was written (tuned,
// heldout, fifth, sixth, seventh, eighth, ninth), two whose aggregates
// were watched (unseen, fresh), and the newest (tenth), measured once per
// round.
var speakerSets = []string{
	filepath.Join("testdata", "speakers", "tuned"),
	filepath.Join("testdata", "speakers", "heldout"),
	filepath.Join("testdata", "speakers", "unseen"),
	filepath.Join("testdata", "speakers", "fresh"),
	filepath.Join("testdata", "speakers", "fifth"),
	filepath.Join("testdata", "speakers", "sixth"),
	filepath.Join("testdata", "speakers", "seventh"),
	filepath.Join("testdata", "speakers", "eighth"),
	filepath.Join("testdata", "speakers", "ninth"),
	filepath.Join("testdata", "speakers", "tenth"),
}

// evalSpeakers scores the speakers the pipeline gives the quotes of each
// speaker set directory, analysing each passage as an article is
// analysed (pipeline.Analyse: sentences, entities, then quotes), so that
// the score is what a reader of a report gets.
func evalSpeakers(env *Env, dirs []string, errors bool) error {
	dirs, err := orDefaults(dirs, speakerSets, "gold.tsv")
	if err != nil {
		return err
	}
	if _, err := entity.Default(); err != nil {
		// Analyse would go on without entities, and the scores would
		// mean something else.
		return fmt.Errorf("eval speakers: %w", err)
	}
	for _, dir := range dirs {
		set, err := eval.LoadSpeakerSet(dir)
		if err != nil {
			return err
		}
		sc := eval.ScoreSpeakers(set, func(text string) []parallax.Quote {
			a := parallax.Article{Text: text, Language: "en"}
			pipeline.Analyse(&a, "")
			return a.Quotes
		})
		eval.WriteSpeakerScore(env.Stdout, fmt.Sprintf("%s (%d passages)", dir, len(set.Texts)), sc, errors)
	}
	return nil
}
