package quote_test

import (
	"testing"

	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
)

func TestZZProbe(t *testing.T) {
	for _, text := range []string{
		"Rosa Ambry, who has led the union since 2019, said the strike would continue.",
		"Rosa Ambry, 54, said the strike would continue.",
		"In a statement, the transport ministry said the port would reopen on Friday.",
		"The transport ministry said in a statement on Tuesday that the port would reopen on Friday.",
		"In an interview with the Brennick Gazette, Rosa Ambry said the union had no choice.",
		"Rosa Ambry also said that the union would meet again on Thursday.",
		"Rosa Ambry has said the union will not accept a pay cut.",
		"Rosa Ambry would later say that the offer had been an insult.",
		"The offer was an insult, according to a statement from the union.",
		"A spokesperson for Harrowgate Terminals, Tom Ellery, said the company would not improve its offer.",
		"Rosa Ambry wrote on Twitter that the dockworkers would not give in.",
		"“We will not give in,” said Rosa Ambry, the union's general secretary.",
		"The strike will go on until the company moves, union officials said.",
		"Harrowgate Terminals said it had offered a 3 percent rise, which the union rejected.",
	} {
		qs := quote.Find(text, sentence.Split(text), nil)
		for _, q := range qs {
			t.Logf("%.35q => speaker %q (%q) cue %q text %q", text, q.Speaker, q.SpeakerText, q.Cue, q.Text)
		}
		if len(qs) == 0 {
			t.Logf("%.35q => nothing", text)
		}
	}
}
