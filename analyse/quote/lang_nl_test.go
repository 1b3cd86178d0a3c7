package quote_test

import (
	"testing"

	parallax "github.com/parallax-news/parallax"
)

func TestFindDutch(t *testing.T) {
	runLangCases(t, []langCase{
		{"inverted cue after the quote", "nl",
			`"We laten niemand achter", zei minister van Defensie Ana Varela op zaterdag.`,
			[]want{{text: "We laten niemand achter", speaker: "Ana Varela", role: "minister van Defensie", cue: "zei"}}},
		{"reported, with a time", "nl",
			"Minister van Defensie Ana Varela zei dinsdag dat ongeveer 300 adviseurs in Ostrel blijven.",
			[]want{{text: "ongeveer 300 adviseurs in Ostrel blijven", speaker: "Ana Varela", kind: parallax.Indirect}}},
		{"perfect tense, participle last", "nl",
			"De Nederlandse minister van Buitenlandse Zaken Karel Dunst heeft maandag gezegd dat Nederland geen troepen stuurt.",
			[]want{{text: "Nederland geen troepen stuurt", speaker: "Karel Dunst", cue: "gezegd", kind: parallax.Indirect}}},
		{"aldus after the quote, a role noun", "nl",
			`Minister Ana Varela bezocht de basis. "De terugtrekking is voorbij in november", aldus de minister.`,
			[]want{{text: "De terugtrekking is voorbij in november", speaker: "Ana Varela", cue: "aldus"}}},
		{"volgens, verb after the name", "nl",
			"Volgens woordvoerder Marc Olin duurt het vertrek dertig dagen.",
			[]want{{text: "duurt het vertrek dertig dagen", speaker: "Marc Olin", role: "woordvoerder", cue: "Volgens", kind: parallax.Indirect}}},
		{"pronoun after the quote", "nl",
			`Premier Elena Castor ontving de Kamerleden. "Het kabinet respecteert de stemming", zei ze.`,
			[]want{{text: "Het kabinet respecteert de stemming", speaker: "Elena Castor", speakerText: "ze"}}},
		{"compound title", "nl",
			`"Dit is geen terugtocht", zei defensieminister Ana Varela tegen de NOS.`,
			[]want{{text: "Dit is geen terugtocht", speaker: "Ana Varela", role: "defensieminister"}}},
	})
}

// TestFindDutchNegatives: a negated or passive cue reports nothing.
func TestFindDutchNegatives(t *testing.T) {
	for _, text := range []string{
		"Minister Karel Dunst zei niet wanneer de troepen vertrekken.",
		"De terugtrekking werd zaterdag aangekondigd door de regering.",
	} {
		if got := findLang(text, "nl"); len(got) != 0 {
			t.Errorf("%q: got %s, want none", text, dump(got))
		}
	}
}

// TestFindGermanPerfectWithDay: a German perfect with a weekday between
// the auxiliary and the participle reports, as Dutch does.
func TestFindGermanPerfectWithDay(t *testing.T) {
	runLangCases(t, []langCase{
		{"hat am Montag gesagt", "de",
			"Außenminister Karel Dunst hat am Montag gesagt, dass Deutschland keine Truppen schickt.",
			[]want{{text: "Deutschland keine Truppen schickt", speaker: "Karel Dunst", cue: "gesagt", kind: parallax.Indirect}}},
	})
}
