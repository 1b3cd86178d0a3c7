package attribution_test

import (
	"bytes"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/attribution"
)

// seg returns the span of the n-th (0-based) occurrence of sub in text.
func seg(text, sub string, n int) parallax.Span {
	off := 0
	for range n {
		off += strings.Index(text[off:], sub) + len(sub)
	}
	i := strings.Index(text[off:], sub)
	if i < 0 {
		panic("no " + sub + " in " + text)
	}
	return parallax.Span{Start: off + i, End: off + i + len(sub)}
}

// attr builds a gold attribution from substrings of text; content may be
// split with " || ".
func attr(text, source, cue, content string) attribution.Attribution {
	var a attribution.Attribution
	if source != "" {
		a.Source = []parallax.Span{seg(text, source, 0)}
	}
	a.Cue = []parallax.Span{seg(text, cue, 0)}
	for part := range strings.SplitSeq(content, " || ") {
		a.Content = append(a.Content, seg(text, part, 0))
	}
	return a
}

// tinyCorpus is an invented training set: a few articles from the
// examples' world with their attributions.
func tinyCorpus() []attribution.Doc {
	type g struct{ source, cue, content string }
	raw := []struct {
		text string
		gold []g
	}{
		{"Interior Minister Talia Varn said the Orvenian border would reopen on Monday.\n\nTrucks waited at the crossing.",
			[]g{{"Interior Minister Talia Varn", "said", "the Orvenian border would reopen on Monday"}}},
		{"“We are ready,” she told reporters, “and the trucks are waiting.”\n\nThe queue was long.",
			[]g{{"she", "told reporters", "“We are ready,” || “and the trucks are waiting.”"}}},
		{"According to the Kessland Herald, the talks collapsed on Friday.",
			[]g{{"the Kessland Herald", "According to", "the talks collapsed on Friday"}}},
		{"Aldo Pech, a port official, warned that the ferries would stop.\n\nThe harbour was quiet.",
			[]g{{"Aldo Pech, a port official", "warned", "that the ferries would stop"}}},
		{"The ministry said in a statement that 5,000 troops had left. Residents believe the war is over.",
			[]g{{"The ministry", "said in a statement", "that 5,000 troops had left"}, {"Residents", "believe", "the war is over"}}},
		{"“Nobody told us anything,” said Mira Osk, a farmer near Varnholm.",
			[]g{{"Mira Osk, a farmer near Varnholm", "said", "“Nobody told us anything,”"}}},
	}
	docs := make([]attribution.Doc, len(raw))
	for i, r := range raw {
		docs[i].Text = r.text
		for _, a := range r.gold {
			docs[i].Attributions = append(docs[i].Attributions, attr(r.text, a.source, a.cue, a.content))
		}
	}
	return docs
}

func TestTrainIsDeterministic(t *testing.T) {
	save := func() []byte {
		m := attribution.Train(tinyCorpus(), attribution.TrainOptions{Epochs: 8})
		var b bytes.Buffer
		if err := m.Save(&b, 0); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := save(), save()
	if !bytes.Equal(a, b) {
		t.Fatalf("two trainings on the same data differ (%d and %d bytes)", len(a), len(b))
	}
	if len(a) < 100 {
		t.Fatalf("model of %d bytes: nothing learnt?", len(a))
	}
}

func TestTrainLearnsCorpus(t *testing.T) {
	docs := tinyCorpus()
	m := attribution.Train(docs, attribution.TrainOptions{Epochs: 15})
	var saved bytes.Buffer
	if err := m.Save(&saved, 0); err != nil {
		t.Fatal(err)
	}
	m, err := attribution.Load(&saved)
	if err != nil {
		t.Fatal(err)
	}
	// A tagger trained on six articles mostly finds their cues again
	// (the second pass learns from first-pass tags of models trained on
	// half the articles, so it does not fit them perfectly).
	cues, found := 0, 0
	for _, d := range docs {
		got := map[parallax.Span]bool{}
		for _, a := range m.Find(d.Text, nil) {
			for _, c := range a.Cue {
				got[c] = true
			}
		}
		for _, g := range d.Attributions {
			cues++
			if got[g.Cue[0]] {
				found++
			}
		}
	}
	if found < cues-2 {
		t.Errorf("found %d of %d training cues again, want ≥ %d", found, cues, cues-2)
	}
}

func TestLoadRejectsOtherData(t *testing.T) {
	if _, err := attribution.Load(strings.NewReader("not a model")); err == nil {
		t.Error("Load of garbage: want an error")
	}
}
