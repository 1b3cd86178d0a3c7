package attribution

import (
	"reflect"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
)

func TestTokenize(t *testing.T) {
	text := `“We’re ready,” O’Malley’s aide told the U.S. envoy on 3,200 follow-up calls. They don't.`
	var got []string
	for _, tk := range tokenize(text, 0, len(text), nil) {
		if text[tk.start:tk.end] != tk.text {
			t.Fatalf("token %q at %d-%d does not match the text %q", tk.text, tk.start, tk.end, text[tk.start:tk.end])
		}
		got = append(got, tk.text)
	}
	want := strings.Fields("“ We’re ready , ” O’Malley ’s aide told the U.S. envoy on 3,200 follow-up calls . They do n't .")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens=%q\nwant   %q", got, want)
	}
}

func TestParagraphs(t *testing.T) {
	text := "First line\nsame paragraph.\n\n  \nSecond.\n\nThird."
	var got []string
	for _, p := range paragraphs(text) {
		got = append(got, strings.TrimSpace(text[p[0]:p[1]]))
	}
	want := []string{"First line\nsame paragraph.", "Second.", "Third."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs=%q, want %q", got, want)
	}
}

func TestQuotesAndSentences(t *testing.T) {
	text := `"We are ready," she said. "The trucks wait." Then nothing.`
	p := newParagraph(tokenize(text, 0, len(text), nil), nil)
	var marks, sents []string
	for i, tk := range p.toks {
		marks = append(marks, tk.text+":"+p.quote[i])
		sents = append(sents, string(rune('0'+p.sent[i])))
	}
	if got, want := strings.Join(marks[:5], " "), `":open We:in are:in ready:in ,:in`; got != want {
		t.Errorf("quote states=%s, want %s", got, want)
	}
	if got, want := p.quote[5], "close"; got != want {
		t.Errorf("second mark=%s, want %s", got, want)
	}
	if got, want := strings.Join(sents, ""), "000000000111111222"; got != want {
		t.Errorf("sentence numbers=%s, want %s", got, want)
	}
	if got, want := p.lex[7], lexSpeech; got != want {
		t.Errorf("lexicon class of %q=%q, want %q", p.toks[7].text, got, want)
	}
}

func TestChunksBILOU(t *testing.T) {
	labels := []string{"B-CON", "I-CON", "L-CON", "U-SRC", "O", "I-CUE", "L-CUE", "B-CON", "B-CON", "L-CON"}
	got := chunks(labels)
	want := []chunk{{"CON", 0, 3}, {"SRC", 3, 4}, {"CUE", 5, 7}, {"CON", 7, 8}, {"CON", 8, 10}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("chunks=%v, want %v", got, want)
	}
}

// TestGroupBrokenQuote: a quote broken by its attribution is one
// attribution with two content segments; a second cue in the next
// sentence gets its own content and source.
func TestGroupBrokenQuote(t *testing.T) {
	text := `"We are ready," she said, "and waiting." Pech added that trucks wait.`
	// " We are ready , " she said , " and waiting . " Pech added that trucks wait .
	labels := strings.Fields("B-CON I-CON I-CON I-CON I-CON L-CON U-SRC U-CUE O B-CON I-CON I-CON I-CON L-CON U-SRC U-CUE B-CON I-CON L-CON O")
	checkGroup(t, text, labels, [][3]string{
		{"she", "said", `"We are ready," | "and waiting."`},
		{"Pech", "added", "that trucks wait"},
	})
}

// TestGroupSharesSubject: a verb joined to the cue before it by "and" or
// as a participle shares that cue's source; one after a comma alone, a
// new clause, does not.
func TestGroupSharesSubject(t *testing.T) {
	// Lena Ostrova said talks failed and added that trucks wait , warning of delays .
	text := `Lena Ostrova said talks failed and added that trucks wait, warning of delays.`
	labels := strings.Fields("B-SRC L-SRC U-CUE B-CON L-CON O U-CUE B-CON I-CON L-CON O U-CUE B-CON L-CON O")
	checkGroup(t, text, labels, [][3]string{
		{"Lena Ostrova", "said", "talks failed"},
		{"Lena Ostrova", "added", "that trucks wait"},
		{"Lena Ostrova", "warning", "of delays"},
	})
	// The ban failed , critics said , officials concede .
	text = `The ban failed, critics said, officials concede.`
	labels = strings.Fields("B-CON I-CON L-CON O U-SRC U-CUE O O U-CUE O")
	checkGroup(t, text, labels, [][3]string{
		{"critics", "said", "The ban failed"},
		{"", "concede", ""},
	})
}

// TestGroupAcrossTitle: the period of "Mr." ends no sentence, so the
// source before it reaches the cue after it.
func TestGroupAcrossTitle(t *testing.T) {
	text := `Later, Mr. Ostrov said the port was shut.`
	// Later , Mr . Ostrov said the port was shut .
	labels := strings.Fields("O O B-SRC I-SRC L-SRC U-CUE B-CON I-CON I-CON L-CON O")
	checkGroup(t, text, labels, [][3]string{{"Mr. Ostrov", "said", "the port was shut"}})
	p := newParagraph(tokenize(text, 0, len(text), nil), nil)
	if p.sentence[2] != p.sentence[4] {
		t.Errorf("written sentences %v split after Mr.", p.sentence)
	}
	// A word like a title's abbreviation in lower case ends its sentence.
	text = "The firm fired its sales reps. Jo Lee said the cuts hurt."
	p = newParagraph(tokenize(text, 0, len(text), nil), nil)
	if last := len(p.toks) - 1; p.sentence[0] == p.sentence[last] {
		t.Errorf("written sentences %v run on after \"reps.\"", p.sentence)
	}
}

// checkGroup groups labels, one per token of text, and checks each
// attribution's source, cue and content segments (joined by " | ").
func checkGroup(t *testing.T, text string, labels []string, want [][3]string) {
	t.Helper()
	p := newParagraph(tokenize(text, 0, len(text), nil), nil)
	if len(labels) != len(p.toks) {
		var words []string
		for _, tk := range p.toks {
			words = append(words, tk.text)
		}
		t.Fatalf("%d labels for %d tokens %q", len(labels), len(p.toks), words)
	}
	got, _ := group(p, labels)
	if len(got) != len(want) {
		t.Fatalf("%d attributions, want %d: %v", len(got), len(want), got)
	}
	join := func(spans []parallax.Span, sep string) string {
		var parts []string
		for _, s := range spans {
			parts = append(parts, text[s.Start:s.End])
		}
		return strings.Join(parts, sep)
	}
	for i, w := range want {
		a := got[i]
		if g := [3]string{join(a.Source, " | "), join(a.Cue, " | "), join(a.Content, " | ")}; g != w {
			t.Errorf("attribution %d = %q, want %q", i, g, w)
		}
	}
}
