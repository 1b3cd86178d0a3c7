package postag_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/postag"
)

func readConll(tb testing.TB, name string) []postag.Sentence {
	tb.Helper()
	path := filepath.Join("..", "..", "..", "shared", "bench", "conll2003", name)
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("no CoNLL-2003 data at %s", path)
	}
	defer f.Close()
	s, err := postag.ReadCoNLL(f)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestTrainCoNLL trains on eng.train and scores eng.testa; it runs only
// when PARALLAX_TRAIN=1. PARALLAX_SAVE=path writes the model there.
func TestTrainCoNLL(t *testing.T) {
	if os.Getenv("PARALLAX_TRAIN") == "" {
		t.Skip("set PARALLAX_TRAIN=1 to train on CoNLL-2003")
	}
	train, dev := readConll(t, "eng.train"), readConll(t, "eng.testa")
	start := time.Now()
	tg := postag.Train(train, postag.TrainOptions{Progress: func(e, errs int) {
		t.Logf("epoch %d: %d errors (%s)", e, errs, time.Since(start).Round(time.Second))
	}})
	var b bytes.Buffer
	if err := tg.Save(&b, postag.Prune); err != nil {
		t.Fatal(err)
	}
	loaded, err := postag.Load(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	c, n := loaded.Accuracy(dev)
	t.Logf("model %d bytes; eng.testa accuracy %.2f%% (%d of %d words)", b.Len(), 100*float64(c)/float64(n), c, n)
	if path := os.Getenv("PARALLAX_SAVE"); path != "" {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
