package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/parallax-news/parallax/analyse/attribution"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/pipeline"
)

// Default PolNeAR compartments, beside the repository.
var (
	polnearTrain = filepath.Join("..", "shared", "bench", "polnear", "train")
	polnearDev   = filepath.Join("..", "shared", "bench", "polnear", "dev")
)

// loadPolNeAR loads a PolNeAR compartment, saying where it was looked for
// when it is missing.
func loadPolNeAR(dir string) ([]eval.AttributionDoc, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("PolNeAR data not found at %s (give its directory)", dir)
	}
	return eval.LoadPolNeAR(dir)
}

// trainingDocs converts gold documents to the tagger's training form,
// with the hints of the quote rules it will read.
func trainingDocs(docs []eval.AttributionDoc) []attribution.Doc {
	out := make([]attribution.Doc, len(docs))
	for i, d := range docs {
		out[i] = attribution.Doc{Text: d.Text, Attributions: d.Gold, Hints: eval.RuleAttributions(d.Text)}
	}
	return out
}

// tagger finds attributions with the tagger m, given the quote rules'
// hints: the combined finder, timed as a whole.
func tagger(m *attribution.Model) eval.AttributionFunc {
	return func(text string) []eval.Attribution { return m.Find(text, eval.RuleAttributions(text)) }
}

// quoteFinders are the other attribution finders eval quotes compares
// the tagger with.
var quoteFinders = []quoteFinder{
	{"pipeline quotes (tagger's speech + rules)", pipelineAttributions},
	{"analyse/quote rules", eval.RuleAttributions},
}

// pipelineAttributions are the statements the pipeline gives an English
// article (pipeline.FindQuotes: sentences split, no entities), as
// attributions.
func pipelineAttributions(text string) []eval.Attribution {
	return quote.Attributions(text, pipeline.FindQuotes(text, sentence.Split(text), nil, "en"))
}

type quoteFinder struct {
	name string
	find eval.AttributionFunc
}

// evalQuotes scores the embedded tagger, and the rule-based finders, on a
// PolNeAR compartment, one core.
func evalQuotes(ctx context.Context, env *Env, args []string) error {
	if len(args) > 1 {
		return usagef("want at most one PolNeAR directory")
	}
	dir := polnearDev
	if len(args) == 1 {
		dir = args[0]
	}
	docs, err := loadPolNeAR(dir)
	if err != nil {
		return err
	}
	m, err := attribution.Default()
	if err != nil {
		return fmt.Errorf("load attribution model: %w", err)
	}
	// The speed goal is per core.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	finders := append([]quoteFinder{{"parallax tagger (with the rules' hints)", tagger(m)}}, quoteFinders...)
	var rows []eval.AttributionRow
	for _, f := range finders {
		if err := ctx.Err(); err != nil {
			return err
		}
		// One warm-up document, so one-time set-up is not timed.
		f.find(docs[0].Text)
		rows = append(rows, eval.AttributionRow{Name: f.name, Eval: eval.EvalAttributions(docs, f.find)})
	}
	fmt.Fprintf(env.Stdout, "PolNeAR: %d articles, %d gold attributions, from %s; GOMAXPROCS=1\n\n",
		len(docs), countGold(docs), dir)
	eval.WriteAttributionTable(env.Stdout, rows)
	return nil
}

func countGold(docs []eval.AttributionDoc) int {
	n := 0
	for _, d := range docs {
		n += len(d.Gold)
	}
	return n
}

// trainQuotes trains the attribution tagger on a PolNeAR compartment,
// writes it and scores it on dev when dev is present.
func trainQuotes(ctx context.Context, env *Env, train, dev, out string, epochs int, prune float32) error {
	docs, err := loadPolNeAR(train)
	if err != nil {
		return err
	}
	// Training holds a large, long-lived working set that the collector
	// need not let double: half the headroom costs no time here (the
	// collector runs on the other core) and 0.5 GB of peak memory.
	defer debug.SetGCPercent(debug.SetGCPercent(50))
	start := time.Now()
	m := attribution.Train(trainingDocs(docs), attribution.TrainOptions{Epochs: epochs, Progress: func(stage string, epoch, errors int) {
		fmt.Fprintf(env.Stderr, "%s epoch %d: %d errors\n", stage, epoch, errors)
	}})
	trained := time.Since(start)
	data, sum, err := writeModel(out, func(w io.Writer) error { return m.Save(w, prune) })
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "trained on %d articles (%d attributions), %d epochs, in %s; wrote %s (%d bytes, sha256 %s)\n",
		len(docs), countGold(docs), epochs, trained.Round(time.Millisecond), out, len(data), sum)
	if _, err := os.Stat(dev); err != nil {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	devDocs, err := eval.LoadPolNeAR(dev)
	if err != nil {
		return err
	}
	// Score the model as written, so the figures are the file's.
	saved, err := attribution.Load(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("reload model: %w", err)
	}
	fmt.Fprintf(env.Stdout, "\ndevelopment set %s (%d articles):\n\n", dev, len(devDocs))
	e := eval.EvalAttributions(devDocs, tagger(saved))
	eval.WriteAttributionTable(env.Stdout, []eval.AttributionRow{{Name: "trained model", Eval: e}})
	return nil
}
