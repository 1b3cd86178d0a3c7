package entity

import (
	"slices"
	"testing"

	parallax "github.com/parallax-news/parallax"
)

// whole is one sentence spanning all of text.
func whole(text string) []parallax.Span { return []parallax.Span{{Start: 0, End: len(text)}} }

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Iraq's army, the U.S. said.", []string{"Iraq", "'s", "army", ",", "the", "U.S.", "said", "."}},
		{`"We won't leave," Mr. Smith (AP) said—again.`, []string{`"`, "We", "wo", "n't", "leave", ",", `"`, "Mr.", "Smith", "(", "AP", ")", "said", "--", "again", "."}},
		{"“Esper’s visit” [ok]", []string{`"`, "Esper", "'s", "visit", `"`, "[", "ok", "]"}},
		{"5,200 troops; J. Doe's", []string{"5,200", "troops", ";", "J.", "Doe", "'s"}},
	} {
		toks := tokenize(tc.in, 0, len(tc.in), nil)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.word)
			if w := normalize(tc.in[tk.start:tk.end]); w != tk.word && tk.word != "--" {
				t.Errorf("%q: token %q at [%d,%d) reads %q", tc.in, tk.word, tk.start, tk.end, w)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFind(t *testing.T) {
	text := "US Defense Secretary Mark Esper visited Baghdad on Monday."
	got, err := Find(text, whole(text))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Mark Esper": "PERSON", "Baghdad": "LOCATION"}
	found := map[string]bool{}
	for _, e := range got {
		if text[e.Span.Start:e.Span.End] != e.Text {
			t.Errorf("%q: span [%d,%d) reads %q", e.Text, e.Span.Start, e.Span.End, text[e.Span.Start:e.Span.End])
		}
		if typ, ok := want[e.Text]; ok {
			found[e.Text] = true
			if e.Type != typ {
				t.Errorf("%q: type %s, want %s", e.Text, e.Type, typ)
			}
		}
	}
	for name := range want {
		if !found[name] {
			t.Errorf("%q not found in %+v", name, got)
		}
	}
}

func TestFindOffsetsAcrossSentences(t *testing.T) {
	text := "The minister left Kessaria on Tuesday.\n\n“Talks with the United Nations’ envoy in Geneva went well,” said Anna Kovač."
	second := len("The minister left Kessaria on Tuesday.\n\n")
	sentences := []parallax.Span{{Start: 0, End: second - 2}, {Start: second, End: len(text)}}
	got, err := Find(text, sentences)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 {
		t.Fatal("no entities")
	}
	prev := 0
	types := map[string]string{}
	for _, e := range got {
		if e.Span.Start < prev || e.Span.End <= e.Span.Start {
			t.Errorf("%q at [%d,%d) out of order", e.Text, e.Span.Start, e.Span.End)
		}
		prev = e.Span.End
		if text[e.Span.Start:e.Span.End] != e.Text {
			t.Errorf("%q: span reads %q", e.Text, text[e.Span.Start:e.Span.End])
		}
		switch e.Type {
		case "PERSON", "ORGANIZATION", "LOCATION", "MISC":
		default:
			t.Errorf("%q: type %q", e.Text, e.Type)
		}
		types[e.Text] = e.Type
	}
	if types["Geneva"] != "LOCATION" {
		t.Errorf("Geneva: %q, want LOCATION; got %+v", types["Geneva"], got)
	}
	if types["Anna Kovač"] != "PERSON" {
		t.Errorf("Anna Kovač: %q, want PERSON; got %+v", types["Anna Kovač"], got)
	}
}

func TestFindNoSentences(t *testing.T) {
	got, err := Find("Baghdad", nil)
	if err != nil || got != nil {
		t.Errorf("Find with no sentences = %v, %v; want nil, nil", got, err)
	}
}

func BenchmarkFind(b *testing.B) {
	text := "US Defense Secretary Mark Esper said on Monday that about 5,200 American troops would stay in Iraq, " +
		"after talks in Baghdad with Prime Minister Adel Abdul Mahdi and officials of the Kurdistan Regional Government."
	sentences := whole(text)
	if _, err := Find(text, sentences); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Find(text, sentences)
	}
}
