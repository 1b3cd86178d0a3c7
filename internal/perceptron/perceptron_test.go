package perceptron_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/perceptron"
)

// toy tags capitalised words as NAME, digits as NUM, and a word right after
// "in" as PLACE when capitalised.
func toy() []perceptron.Sequence {
	sents := []string{
		"Anna met Bob in Paris on 12 May",
		"the 3 cats saw Carl",
		"Dora lives in Rome",
		"in Oslo 7 people met Eve",
		"Bob and Anna went to Lima",
		"Frank flew in Berlin with 40 bags",
		"we saw Greta and Hans",
		"Ivan called Jane at 9",
	}
	var out []perceptron.Sequence
	for _, s := range sents {
		toks := strings.Fields(s)
		var seq perceptron.Sequence
		for i, t := range toks {
			prev := "<s>"
			if i > 0 {
				prev = toks[i-1]
			}
			seq.Features = append(seq.Features, []string{"w=" + t, "prev=" + prev, "cap=" + boolStr(t[0] >= 'A' && t[0] <= 'Z'), "digit=" + boolStr(t[0] >= '0' && t[0] <= '9')})
			label := "O"
			switch {
			case t[0] >= '0' && t[0] <= '9':
				label = "NUM"
			case t[0] >= 'A' && t[0] <= 'Z' && (prev == "in" || prev == "to"):
				label = "PLACE"
			case t[0] >= 'A' && t[0] <= 'Z':
				label = "NAME"
			}
			seq.Labels = append(seq.Labels, label)
		}
		out = append(out, seq)
	}
	return out
}

func boolStr(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func TestTrainLearnsToy(t *testing.T) {
	data := toy()
	m := perceptron.Train(data, perceptron.Options{Epochs: 20, Seed: 7})
	for _, s := range data {
		if got, want := m.Predict(s.Features), s.Labels; !slices.Equal(got, want) {
			t.Errorf("Predict=%v, want %v", got, want)
		}
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	data := toy()
	m := perceptron.Train(data, perceptron.Options{Epochs: 20, Seed: 7})
	var a, b bytes.Buffer
	if err := m.Save(&a, 0); err != nil {
		t.Fatal(err)
	}
	m2, err := perceptron.Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range data {
		if got, want := m2.Predict(s.Features), m.Predict(s.Features); !slices.Equal(got, want) {
			t.Errorf("loaded Predict=%v, want %v", got, want)
		}
	}
	if err := m2.Save(&b, 0); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("Save after Load differs from original")
	}
}

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	perceptron.Train(toy(), perceptron.Options{Epochs: 5, Seed: 3}).Save(&a, 0)
	perceptron.Train(toy(), perceptron.Options{Epochs: 5, Seed: 3}).Save(&b, 0)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seed differ")
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	if _, err := perceptron.Load(strings.NewReader("nope")); err == nil {
		t.Error("Load accepted garbage")
	}
}

// TestDecoderMatchesPredict decodes the toy data with one reused Decoder,
// features given as bytes, with unknown features mixed in, and checks the
// labels against Predict's.
func TestDecoderMatchesPredict(t *testing.T) {
	data := toy()
	for _, m := range []*perceptron.Model{
		perceptron.Train(data, perceptron.Options{Epochs: 20, Seed: 7}),
		perceptron.Train(data, perceptron.Options{Epochs: 1, Seed: 2}),
	} {
		var d perceptron.Decoder
		for _, s := range data {
			d.Reset(m)
			for _, f := range s.Features {
				d.Next()
				for _, name := range f {
					d.Add([]byte(name))
					d.AddString("unknown|" + name)
				}
			}
			var got []string
			for _, l := range d.Decode() {
				got = append(got, m.Labels[l])
			}
			if want := m.Predict(s.Features); !slices.Equal(got, want) {
				t.Errorf("Decode=%v, Predict=%v", got, want)
			}
		}
	}
}

// TestDecoderFeatureWeights checks that a feature's weights count once
// per time it is added and that unknown names count for nothing: a
// one-position sequence with only the "digit=1" feature is a number, and
// so is one with the same feature after any number of unknown ones.
func TestDecoderFeatureWeights(t *testing.T) {
	m := perceptron.Train(toy(), perceptron.Options{Epochs: 20, Seed: 7})
	var d perceptron.Decoder
	for _, extra := range [][]string{nil, {"nope", "", "w=", "digit=2"}} {
		d.Reset(m)
		d.Next()
		for _, name := range extra {
			d.AddString(name)
		}
		d.Add([]byte("w=12"))
		d.Add([]byte("digit=1"))
		got := d.Decode()
		if len(got) != 1 || m.Labels[got[0]] != "NUM" {
			t.Errorf("extra %q: got %v, want [NUM]", extra, got)
		}
	}
	d.Reset(m)
	if got := d.Decode(); len(got) != 0 {
		t.Errorf("empty sequence decoded to %v", got)
	}
}

// A model trained from encoded sequences is the model Train fits to the
// strings, and PredictEncoded labels as Predict does.
func TestTrainEncodedMatchesTrain(t *testing.T) {
	data := toy()
	want := perceptron.Train(data, perceptron.Options{Epochs: 4})
	dict := perceptron.NewDict()
	// Names the model's data never uses, interned first: the model must
	// not hold them.
	dict.Encode([]string{"unused=a", "unused=b"}, nil)
	enc := make([]perceptron.Encoded, len(data))
	for i, s := range data {
		enc[i] = perceptron.Encoded{Features: dict.EncodeAll(s.Features), Labels: s.Labels}
	}
	got := perceptron.TrainEncoded(dict, enc, perceptron.Options{Epochs: 4})
	var a, b bytes.Buffer
	if err := want.Save(&a, 0); err != nil {
		t.Fatal(err)
	}
	if err := got.Save(&b, 0); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("TrainEncoded wrote another model than Train")
	}
	if got.NumFeatures() != want.NumFeatures() {
		t.Errorf("encoded model holds %d features, want %d", got.NumFeatures(), want.NumFeatures())
	}
	for i, s := range data {
		if p, q := got.PredictEncoded(enc[i].Features), want.Predict(s.Features); !slices.Equal(p, q) {
			t.Errorf("sequence %d: PredictEncoded %v, Predict %v", i, p, q)
		}
	}
	// Ids added to the dict later count for nothing.
	late := dict.EncodeAll([][]string{{"late=x"}, {"late=y"}})
	if p := got.PredictEncoded(late); len(p) != 2 {
		t.Errorf("PredictEncoded on new ids gave %v", p)
	}
}
