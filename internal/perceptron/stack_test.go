package perceptron_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/perceptron"
)

func TestSaveAllLoadAll(t *testing.T) {
	a := perceptron.Train(toy(), perceptron.Options{Epochs: 3})
	b := perceptron.Train(toy()[:2], perceptron.Options{Epochs: 2})
	var buf bytes.Buffer
	if err := perceptron.SaveAll(&buf, "TEST1\n", 0, a, b); err != nil {
		t.Fatal(err)
	}
	ms, err := perceptron.LoadAll(bytes.NewReader(buf.Bytes()), "TEST1\n", 2)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []*perceptron.Model{a, b} {
		for _, s := range toy() {
			if got, w := ms[i].Predict(s.Features), want.Predict(s.Features); !slices.Equal(got, w) {
				t.Errorf("model %d: reloaded predicts %v, original %v", i, got, w)
			}
		}
	}
	if _, err := perceptron.LoadAll(bytes.NewReader(buf.Bytes()), "OTHER\n", 2); err == nil {
		t.Error("another magic was accepted")
	}
	if _, err := perceptron.LoadAll(bytes.NewReader(buf.Bytes()), "TEST1\n", 3); err == nil {
		t.Error("a missing third model was not noticed")
	}
	if _, err := perceptron.LoadAll(strings.NewReader("TEST1\n\x05abc"), "TEST1\n", 1); err == nil {
		t.Error("a truncated part was accepted")
	}
}
