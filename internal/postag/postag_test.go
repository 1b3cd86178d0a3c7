package postag_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/manifest"
	"github.com/parallax-news/parallax/internal/postag"
)

func TestManifestMatchesModel(t *testing.T) {
	if err := manifest.Check("model", postag.DefaultSHA256); err != nil {
		t.Error(err)
	}
}

func TestTagInventedSentence(t *testing.T) {
	tg, err := postag.Default()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("The harbour master of Brennick said on Monday that the ships would sail .")
	tags := tg.Tag(words, nil)
	if len(tags) != len(words) {
		t.Fatalf("%d tags for %d words", len(tags), len(words))
	}
	want := map[string]string{"The": "DT", "harbour": "NN", "Brennick": "NNP", "said": "VBD", "ships": "NN", "would": "MD", "sail": "VB", ".": "."}
	for i, w := range words {
		if tag, ok := want[w]; ok && tags[i] != tag {
			t.Errorf("%s tagged %s, want %s (all: %v)", w, tags[i], tag, tags)
		}
	}
	// Appends to what it is given.
	again := tg.Tag(words[:2], []string{"X"})
	if len(again) != 3 || again[0] != "X" {
		t.Errorf("Tag did not append: %v", again)
	}
	if got := tg.Tag(nil, nil); len(got) != 0 {
		t.Errorf("no words gave %v", got)
	}
}

func TestTypographicMarks(t *testing.T) {
	tg, err := postag.Default()
	if err != nil {
		t.Fatal(err)
	}
	// Curly quotes read as the training data's straight ones.
	curly := tg.Tag(strings.Fields("“ We will stay , ” she said ."), nil)
	straight := tg.Tag(strings.Fields(`" We will stay , " she said .`), nil)
	if strings.Join(curly, " ") != strings.Join(straight, " ") {
		t.Errorf("curly %v, straight %v", curly, straight)
	}
}

func TestSaveLoad(t *testing.T) {
	train := []postag.Sentence{
		{Words: strings.Fields("Ships sail ."), Tags: strings.Fields("NN VBZ .")},
		{Words: strings.Fields("The port closed ."), Tags: strings.Fields("DT NN VBD .")},
	}
	tg := postag.Train(train, postag.TrainOptions{Epochs: 5})
	var a, b bytes.Buffer
	if err := tg.Save(&a, 0); err != nil {
		t.Fatal(err)
	}
	if err := postag.Train(train, postag.TrainOptions{Epochs: 5}).Save(&b, 0); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("training twice gave different models")
	}
	back, err := postag.Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if c, n := back.Accuracy(train); c != n {
		t.Errorf("reloaded model tags its training data %d/%d", c, n)
	}
	if _, err := postag.Load(strings.NewReader("PXATTR1\nnot this")); err == nil {
		t.Error("Load took another kind of model")
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n"
	s, err := postag.ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 2 || strings.Join(s[0].Tags, " ") != "NNP VBZ" || s[1].Words[0] != "Peter" {
		t.Errorf("read %+v", s)
	}
	if _, err := postag.ReadCoNLL(strings.NewReader("lonely\n")); err == nil {
		t.Error("a line with no tag was accepted")
	}
}
