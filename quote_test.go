package parallax_test

import (
	"testing"

	parallax "github.com/parallax-news/parallax"
)

func TestQuoteUnnamed(t *testing.T) {
	for _, c := range []struct {
		speaker, text, want string
	}{
		{parallax.UnknownSpeaker, "a  police\nspokesman", "a police spokesman"},
		{parallax.UnknownSpeaker, "Officials", "Officials"},
		{parallax.UnknownSpeaker, "He", ""},
		{parallax.UnknownSpeaker, "", ""},
		{"", "our source", "our source"},
		{"Ana Varela", "the minister", ""},
	} {
		q := parallax.Quote{Speaker: c.speaker, SpeakerText: c.text}
		if got := q.Unnamed(); got != c.want {
			t.Errorf("Quote{%q, %q}.Unnamed() = %q, want %q", c.speaker, c.text, got, c.want)
		}
	}
}
