package quote_test

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
)

// Text without full stops is one sentence: each statement found in it is
// read near its cue, not to the end of the text.
func TestFindLongUnpunctuatedStaysNear(t *testing.T) {
	text := longUnpunctuated(66_000)
	qs := quote.Find(text, sentence.Split(text), nil)
	if len(qs) < 500 {
		t.Fatalf("%d quotes in %d bytes of reported speech, want one per cue", len(qs), len(text))
	}
	for _, q := range qs {
		if len(q.Text) > 4000 {
			t.Fatalf("a %d-byte statement at %v: read far beyond its cue", len(q.Text), q.Span)
		}
	}
}

// A long sentence of ordinary text is read whole.
func TestFindLongSentenceWhole(t *testing.T) {
	clause := strings.Repeat("the harbour authority would review the berths and the cranes and ", 14) + "the tugs"
	text := "Mirela Dost said on Monday that " + clause + "."
	qs := quote.Find(text, sentence.Split(text), nil)
	if len(qs) != 1 || qs[0].Text != clause || qs[0].Speaker != "Mirela Dost" {
		t.Fatalf("got %+v, want one statement of Mirela Dost: the whole clause of %d words", qs, len(strings.Fields(clause)))
	}
	trailing := "The harbour would open, " + clause + ", Dost said."
	qs = quote.Find(trailing, sentence.Split(trailing), nil)
	if want := trailing[:len(trailing)-len(", Dost said.")]; len(qs) != 1 || qs[0].Text != want {
		t.Fatalf("got %+v, want the whole statement before the trailing cue", qs)
	}
}
