package attribution_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/analyse/attribution"
	"github.com/parallax-news/parallax/eval"
)

func polnearDir(tb testing.TB, split string) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "bench", "polnear", split)
	if d := os.Getenv("PARALLAX_POLNEAR"); d != "" {
		dir = filepath.Join(d, split)
	}
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("no PolNeAR data at %s", dir)
	}
	return dir
}

func loadDocs(tb testing.TB, split string) []eval.AttributionDoc {
	tb.Helper()
	docs, err := eval.LoadPolNeAR(polnearDir(tb, split))
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

func trainingDocs(docs []eval.AttributionDoc) []attribution.Doc {
	out := make([]attribution.Doc, len(docs))
	for i, d := range docs {
		out[i] = attribution.Doc{Text: d.Text, Attributions: d.Gold, Hints: eval.RuleAttributions(d.Text)}
	}
	return out
}

// TestTrainPolNeAR trains on PolNeAR train and scores dev (a minute or
// two); it runs only when PARALLAX_TRAIN=1 and the data is present.
// PARALLAX_EPOCHS overrides the epoch count, PARALLAX_SEED the training
// seed, PARALLAX_SAVE=path writes the
// model there, PARALLAX_PRUNES="8 16" also scores the model pruned at
// each of those thresholds, PARALLAX_MODEL=path scores a saved model
// instead of training, and PARALLAX_HOLDOUT=1 trains on the first 700
// training articles and scores the other 140 (for design work, which
// must not look at dev).
func TestTrainPolNeAR(t *testing.T) {
	if os.Getenv("PARALLAX_TRAIN") == "" {
		t.Skip("set PARALLAX_TRAIN=1 to train on PolNeAR")
	}
	train := loadDocs(t, "train")
	var dev []eval.AttributionDoc
	if os.Getenv("PARALLAX_HOLDOUT") != "" {
		// Design work scores a held-out part of train, not dev.
		train, dev = train[:700], train[700:]
	} else {
		dev = loadDocs(t, "dev")
	}
	if path := os.Getenv("PARALLAX_MODEL"); path != "" {
		// Score a saved model only (grouping changes need no training).
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		m, err := attribution.Load(f)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		eval.WriteAttributionTable(&b, []eval.AttributionRow{{Name: "tagger", Eval: eval.EvalAttributions(dev, hinted(m))}})
		t.Logf("%s:\n%s", path, b.String())
		return
	}
	start := time.Now()
	m := attribution.Train(trainingDocs(train), attribution.TrainOptions{Epochs: epochs(), Seed: seed(), Progress: func(stage string, e, errs int) {
		t.Logf("%s epoch %d: %d errors (%s)", stage, e, errs, time.Since(start).Round(time.Second))
	}})
	for _, ps := range strings.Fields(os.Getenv("PARALLAX_PRUNES")) {
		pr, _ := strconv.ParseFloat(ps, 32)
		var b bytes.Buffer
		if err := m.Save(&b, float32(pr)); err != nil {
			t.Fatal(err)
		}
		l, err := attribution.Load(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		e := eval.EvalAttributions(dev, hinted(l))
		var f [3]float64
		for r := range 3 {
			_, _, f[r] = e.All.Exact[r].PRF()
		}
		t.Logf("prune %s: %d bytes, exact F1 %.1f %.1f %.1f, %.0f docs/s", ps, b.Len(), 100*f[0], 100*f[1], 100*f[2], eval.DocsPerSec(e.Docs, e.Elapsed))
	}
	var saved bytes.Buffer
	if err := m.Save(&saved, attribution.Prune); err != nil {
		t.Fatal(err)
	}
	loaded, err := attribution.Load(bytes.NewReader(saved.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	e := eval.EvalAttributions(dev, hinted(loaded))
	var b bytes.Buffer
	eval.WriteAttributionTable(&b, []eval.AttributionRow{{Name: "tagger", Eval: e}})
	t.Logf("model %d bytes; dev:\n%s", saved.Len(), b.String())
	if path := os.Getenv("PARALLAX_SAVE"); path != "" {
		if err := os.WriteFile(path, saved.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func epochs() int {
	if n, err := strconv.Atoi(os.Getenv("PARALLAX_EPOCHS")); err == nil && n > 0 {
		return n
	}
	return attribution.DefaultEpochs
}

// hinted finds with m given the quote rules' hints, as eval quotes does.
func hinted(m *attribution.Model) eval.AttributionFunc {
	return func(text string) []eval.Attribution { return m.Find(text, eval.RuleAttributions(text)) }
}

// seed reads PARALLAX_SEED, for checking that a design change holds
// across training seeds (0: the default seed).
func seed() uint64 {
	n, _ := strconv.Atoi(os.Getenv("PARALLAX_SEED"))
	return uint64(n)
}
