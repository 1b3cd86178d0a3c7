package report

import (
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
)

// A statement whose speaker is unknown shows how its articles name who
// made it; a pronoun says nothing alone, and a known speaker needs none.
func TestAsWritten(t *testing.T) {
	text := `Two men were detained, a police spokesman said. "We were scared," he said. Residents said the street was calm.`
	span := func(sub string) parallax.Span {
		i := strings.Index(text, sub)
		return parallax.Span{Start: i, End: i + len(sub)}
	}
	a := &parallax.Article{ID: "a1", Text: text, Quotes: []parallax.Quote{
		{Speaker: parallax.UnknownSpeaker, SpeakerText: "a police spokesman", Text: "Two men were detained", Span: span("Two men were detained")},
		{Speaker: parallax.UnknownSpeaker, SpeakerText: "he", Text: "We were scared", Span: span("We were scared")},
		{Speaker: "Residents of Kell", SpeakerText: "Residents", Text: "the street was calm", Span: span("the street was calm")},
	}}
	n := sourceNamer{byID: map[string]*parallax.Article{"a1": a}}
	quote := func(speaker, sub string) parallax.StoryQuote {
		return parallax.StoryQuote{Speaker: speaker, Text: sub, Articles: []string{"a1"},
			Wordings: []parallax.Wording{{Article: "a1", Text: sub, Span: span(sub)}, {Article: "gone", Text: sub}}}
	}
	plain := func(s string) string { return s }
	for _, c := range []struct {
		q    parallax.StoryQuote
		want string
	}{
		{quote(parallax.UnknownSpeaker, "Two men were detained"), " (a police spokesman)"},
		{quote(parallax.UnknownSpeaker, "We were scared"), ""},
		{quote("Residents of Kell", "the street was calm"), ""},
	} {
		if got := n.asWritten(c.q, plain); got != c.want {
			t.Errorf("asWritten(%q)=%q, want %q", c.q.Text, got, c.want)
		}
	}
}
