package quote_test

import (
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quote"
)

// TestAttributions: the parts of one quotation are one relation, and
// a reported statement's content starts at its "that".
func TestAttributions(t *testing.T) {
	text := `"We leave," she said, "at dawn." The mayor said that the bridge was safe.`
	sp := func(s string) parallax.Span {
		i := strings.Index(text, s)
		return parallax.Span{Start: i, End: i + len(s)}
	}
	qs := []parallax.Quote{
		{Kind: parallax.Direct, Span: sp("We leave"), SpeakerText: "she", SpeakerSpan: sp("she"), Cue: "said", CueSpan: sp("said")},
		{Kind: parallax.Direct, Span: sp("at dawn"), SpeakerText: "she", SpeakerSpan: sp("she"), Cue: "said", CueSpan: sp("said")},
		{Kind: parallax.Indirect, Span: sp("the bridge was safe"), SpeakerText: "The mayor", SpeakerSpan: sp("The mayor"), Cue: "said", CueSpan: sp("said that")},
	}
	qs[2].CueSpan.End = qs[2].CueSpan.Start + len("said")
	got := quote.Attributions(text, qs)
	if len(got) != 2 || len(got[0].Content) != 2 {
		t.Fatalf("got %+v, want two relations, the first with two content parts", got)
	}
	if c := got[1].Content[0]; text[c.Start:c.End] != "that the bridge was safe" {
		t.Errorf("reported content = %q, want it to start at its that", text[c.Start:c.End])
	}
}
