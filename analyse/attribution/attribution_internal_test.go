package attribution

import (
	"reflect"
	"strings"
	"testing"
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
	p := newParagraph(tokenize(text, 0, len(text), nil), nil)
	words := make([]string, len(p.toks))
	for i, tk := range p.toks {
		words[i] = tk.text
	}
	// " We are ready , " she said , " and waiting . " Pech added that trucks wait .
	labels := strings.Fields("B-CON I-CON I-CON I-CON I-CON L-CON U-SRC U-CUE O B-CON I-CON I-CON I-CON L-CON U-SRC U-CUE B-CON I-CON L-CON O")
	if len(labels) != len(words) {
		t.Fatalf("%d labels for %d tokens %q", len(labels), len(words), words)
	}
	got, _ := group(p, labels)
	if len(got) != 2 {
		t.Fatalf("%d attributions, want 2: %v", len(got), got)
	}
	text0 := func(a Attribution) (src, cue, content string) {
		var parts []string
		for _, s := range a.Content {
			parts = append(parts, text[s.Start:s.End])
		}
		return text[a.Source[0].Start:a.Source[0].End], text[a.Cue[0].Start:a.Cue[0].End], strings.Join(parts, " | ")
	}
	for i, want := range [][3]string{
		{"she", "said", `"We are ready," | "and waiting."`},
		{"Pech", "added", "that trucks wait"},
	} {
		s, c, q := text0(got[i])
		if [3]string{s, c, q} != want {
			t.Errorf("attribution %d = %q / %q / %q, want %q", i, s, c, q, want)
		}
	}
}
