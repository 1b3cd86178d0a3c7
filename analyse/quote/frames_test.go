package quote_test

import (
	"strings"
	"testing"
)

// TestFindMarksAsWritten covers quote marks as archives and one-sentence-
// per-line dumps write them: two apostrophes for a double mark, a closing
// mark with the space on the wrong side, a quotation closed lines later.
func TestFindMarksAsWritten(t *testing.T) {
	text := "''The port will reopen on Monday,'' Ana Varela said. ''We expect no delays.''\n" +
		"\"We do not want another strike, \"union leader Karel Dunst said.\n" +
		"\"The vote was held in the open and the count was checked twice.\n" +
		"Nobody has disputed it, \"Mirela Dost told reporters.\n"
	got := find(text)
	checkQuotes(t, text, got, []want{
		{text: "The port will reopen on Monday", speaker: "Ana Varela", kind: "direct"},
		{text: "We expect no delays.", speaker: "Ana Varela"},
		{text: "We do not want another strike", speaker: "Karel Dunst"},
		{text: "The vote was held in the open and the count was checked twice.", speaker: "Mirela Dost"},
		{text: "Nobody has disputed it", speaker: "Mirela Dost"},
	})
	for _, q := range got {
		if strings.HasSuffix(q.Text, " said.") || strings.HasSuffix(q.Text, "told reporters.") {
			t.Errorf("the frame %q was read as a quotation", q.Text)
		}
	}
}

// TestFindInvertedAppositive takes the whole description after an
// inverted cue as the speaker phrase, and no object of a verb as one.
func TestFindInvertedAppositive(t *testing.T) {
	text := "\"The harbour has never been this busy,\" said Lena Tork, a professor of economics at the University of Lumira who studies shipping.\n" +
		"He called for more inspectors, lamented the lack of funds in his department and urged owners to report leaks.\n"
	got := find(text)
	checkQuotes(t, text, got, []want{
		{text: "The harbour has never been this busy", speaker: "Lena Tork",
			speakerText: "Lena Tork, a professor of economics at the University of Lumira who studies shipping"},
	})
	for _, q := range got {
		if strings.Contains(q.SpeakerText, "lack of funds") {
			t.Errorf("the object %q was read as a speaker", q.SpeakerText)
		}
	}
}

// TestFindNotSpeech keeps actions and idioms out: "responded to the
// call", "accused of", "what they say", and an adverb out of the name.
func TestFindNotSpeech(t *testing.T) {
	text := "Firefighters responded to a call from the harbour master shortly after midnight.\n" +
		"The woman accused of starting the fire is a dock worker from Orsenburg.\n" +
		"You know what they say about the third attempt being the lucky one.\n" +
		"Karel Dunst always said the union would never sign a deal without a vote.\n" +
		"The rioting underlined fears that the government could not keep its side of the bargain.\n" +
		"Mirela Dost added two goals in the second half for Orsenburg.\n" +
		"A 60-year-old man charged with arson in the harbour fire was released on bail.\n"
	got := find(text)
	checkQuotes(t, text, got, []want{
		{text: "the union would never sign a deal without a vote", speaker: "Karel Dunst", speakerText: "Karel Dunst"},
	})
	if len(got) != 1 {
		t.Errorf("got %d quotes, want 1:\n%s", len(got), dump(got))
	}
}

// TestFindSubjects covers speaker phrases PolNeAR-style news writes
// around the cue.
func TestFindSubjects(t *testing.T) {
	text := "The strike is backed by dock workers who say the talks have stalled for good.\n" +
		"In addition, according to the port authority, nearly forty ships are waiting off Orsenburg.\n" +
		"Judge Mara Ilic, in her ruling, said the strike was lawful under the 2019 code.\n" +
		"\"We are not going back until they listen,\" Tomas Brenn, 49, told the Meridian Wire.\n" +
		"The ministry had hoped for a deal by Friday, but union lawyers said that is unlikely now.\n"
	checkQuotes(t, text, find(text), []want{
		{text: "the talks have stalled for good", speakerText: "who", speaker: "unknown"},
		{text: "nearly forty ships are waiting off Orsenburg", speakerText: "the port authority", cue: "according to"},
		{text: "the strike was lawful under the 2019 code", speaker: "Mara Ilic", speakerText: "Judge Mara Ilic"},
		{text: "We are not going back until they listen", speaker: "Tomas Brenn", speakerText: "Tomas Brenn, 49"},
		{text: "that is unlikely now", speakerText: "union lawyers"},
	})
}
