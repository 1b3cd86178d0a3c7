package entity_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/parallax-news/parallax/analyse/entity"
	"github.com/parallax-news/parallax/internal/cputime"
)

func benchDir() string {
	if d := os.Getenv("PARALLAX_BENCH"); d != "" {
		return d
	}
	return "/work/shared/bench/conll2003"
}

func mustRead(tb testing.TB, path string) []entity.Sentence {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("no CoNLL data: %v", err)
	}
	defer f.Close()
	s, err := entity.ReadCoNLL(f)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestTrainCoNLL trains on eng.train and scores eng.testa (seconds); it skips
// when the data is absent. PARALLAX_EPOCHS overrides the epoch count and
// PARALLAX_SAVE=path writes the model there.
func TestTrainCoNLL(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	train := mustRead(t, filepath.Join(benchDir(), "eng.train"))
	dev := mustRead(t, filepath.Join(benchDir(), "eng.testa"))
	start := time.Now()
	m := entity.TrainWith(train, entity.TrainOptions{Epochs: epochs(), Progress: func(e, errs int) {
		t.Logf("epoch %d: %d errors (%s)", e, errs, time.Since(start).Round(time.Second))
	}})
	t.Logf("trained in %s", time.Since(start).Round(time.Second))
	var gold, pred [][]string
	for _, s := range dev {
		gold = append(gold, s.Tags)
		pred = append(pred, m.Tag(s.Tokens))
	}
	var b bytes.Buffer
	score := entity.Evaluate(gold, pred)
	score.WriteTo(&b)
	t.Logf("dev (eng.testa):\n%s", b.String())
	var saved bytes.Buffer
	if err := m.Save(&saved, prune); err != nil {
		t.Fatal(err)
	}
	loaded, err := entity.Load(bytes.NewReader(saved.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	pred = pred[:0]
	for _, s := range dev {
		pred = append(pred, loaded.Tag(s.Tokens))
	}
	t.Logf("saved model: %d bytes, dev F1 after save/load %.2f", saved.Len(), entity.Evaluate(gold, pred).Overall.F1())
	if path := os.Getenv("PARALLAX_SAVE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write(saved.Bytes()); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if got := score.Overall.F1(); got < 80 {
		t.Errorf("dev F1=%.2f, want ≥ 80", got)
	}
}

// prune drops features whose averaged weights are all below it when saving.
const prune = 0.1

func epochs() int {
	if n, err := strconv.Atoi(os.Getenv("PARALLAX_EPOCHS")); err == nil && n > 0 {
		return n
	}
	return 15
}

// BenchmarkTag tags the sentences of eng.testa with the embedded model:
//
//	go test -run - -bench Tag -cpu 1 ./analyse/entity
func BenchmarkTag(b *testing.B) {
	dev := mustRead(b, filepath.Join(benchDir(), "eng.testa"))
	m := mustDefault(b)
	tokens := 0
	b.ReportAllocs()
	cpu0 := cputime.Process()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range dev {
			m.Tag(s.Tokens)
			tokens += len(s.Tokens)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine wall time counts other processes' turns; the
	// process's CPU time does not.
	b.ReportMetric(float64(tokens)/(cputime.Process()-cpu0).Seconds(), "tokens/cpu-s")
}

// cpuTime is the user and system CPU time of this process so far.
