package report

import (
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
)

// A statement whose speaker is unknown shows how its articles name who
// made it; a pronoun says nothing alone, and a known speaker needs none.
func TestAsWritten(t *testing.T) {
	text := `Two men were detained, a police spokesman said. "We were scared," He said. Residents said the street was calm. ` +
		`The road is shut, officials said. "It may reopen," one official, who spoke on condition of anonymity, said.`
	span := func(sub string) parallax.Span {
		i := strings.Index(text, sub)
		return parallax.Span{Start: i, End: i + len(sub)}
	}
	a := &parallax.Article{ID: "a1", Text: text, Quotes: []parallax.Quote{
		{Speaker: parallax.UnknownSpeaker, SpeakerText: "a police spokesman", Text: "Two men were detained", Span: span("Two men were detained")},
		{Speaker: parallax.UnknownSpeaker, SpeakerText: "he", Text: "We were scared", Span: span("We were scared")},
		{Speaker: "Residents of Kell", SpeakerText: "Residents", Text: "the street was calm", Span: span("the street was calm")},
		{Speaker: parallax.UnknownSpeaker, SpeakerText: "officials", Text: "The road is shut", Span: span("The road is shut")},
		{Speaker: parallax.UnknownSpeaker, SpeakerText: "one official, who spoke on condition of anonymity,", Text: "It may reopen", Span: span("It may reopen")},
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
		{quote(parallax.UnknownSpeaker, "the street was calm"), ""}, // a known speaker's words, in a story where no one is named
		{quote(parallax.UnknownSpeaker, "The road is shut"), " (officials)"},
		{quote(parallax.UnknownSpeaker, "It may reopen"), " (one official)"},
	} {
		if got := n.asWritten(c.q, plain); got != c.want {
			t.Errorf("asWritten(%q)=%q, want %q", c.q.Text, got, c.want)
		}
	}
}
