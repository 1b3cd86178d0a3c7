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

// TestFindDutchFromAReview: cases from a review of 30 invented Dutch and
// 20 German passages.
func TestFindDutchFromAReview(t *testing.T) {
	runLangCases(t, []langCase{
		{"van den, an unlisted first name", "nl", `Kamerlid Pieter van den Berg zei: "Dit kabinet heeft geen plan."`,
			[]want{{text: "Dit kabinet heeft geen plan.", speaker: "Pieter van den Berg", role: "Kamerlid"}}},
		{"ter", "nl", "Wethouder Sanne ter Horst zei dat de bibliotheek open blijft.",
			[]want{{text: "de bibliotheek open blijft", speaker: "Sanne ter Horst", role: "Wethouder"}}},
		{"a capitalised adjective before the title", "nl", `"Wij zijn niet verrast", verklaarde Vlaams minister-president Jan Wauters tegenover VRT.`,
			[]want{{text: "Wij zijn niet verrast", speaker: "Jan Wauters", role: "Vlaams minister-president"}}},
		{"Flemish zegde, schepen", "nl", "Schepen Els Peeters zegde dat de markt verhuist.",
			[]want{{text: "de markt verhuist", speaker: "Els Peeters", role: "Schepen", cue: "zegde"}}},
		{"a domain that names a ministry", "nl", "Minister van Defensie Ana Varela bezocht de kazerne. De minister zei dat er meer geld komt.",
			[]want{{text: "er meer geld komt", speaker: "Ana Varela", speakerText: "De minister"}}},
		{"volgens a role noun, the verb next", "nl", "Minister Ana Varela bezocht de kazerne. Volgens de minister komt er meer geld.",
			[]want{{text: "komt er meer geld", speaker: "Ana Varela", cue: "Volgens"}}},
		{"de regering", "nl", "De regering zegt dat de grens dichtgaat.",
			[]want{{text: "de grens dichtgaat", speaker: "de regering"}}},
		{"liet weten", "nl", "Het kabinet liet maandag weten dat de grens dichtgaat.",
			[]want{{text: "de grens dichtgaat", speaker: "het kabinet", cue: "liet"}}},
		{"liet … weten after a quote", "nl", `"We blijven", liet Karel Dunst weten.`,
			[]want{{text: "We blijven", speaker: "Karel Dunst"}}},
		{"voegde ze eraan toe", "nl", `Minister Ingrid Bos kwam laat. "We moeten keuzes maken", voegde ze eraan toe.`,
			[]want{{text: "We moeten keuzes maken", speaker: "Ingrid Bos", speakerText: "ze", cue: "voegde"}}},
		{"teilte mit", "de", "Die Stadt teilte mit, dass es keine Gefahr gibt.",
			[]want{{text: "es keine Gefahr gibt", speaker: "die Stadt", cue: "teilte mit"}}},
		{"Ärztin", "de", "Die Ärztin Jana Roth warnte, dass die Kliniken überlastet seien.",
			[]want{{text: "die Kliniken überlastet seien", speaker: "Jana Roth", role: "Ärztin"}}},
	})
	for _, tt := range []struct{ lang, text string }{
		{"nl", "Minister Karel Dunst zei maandag niet of de troepen blijven."},
		{"nl", "Karel Dunst zei de vergadering met de boeren af."},
		{"nl", "De regering kondigde nieuwe maatregelen aan."},
		{"de", "Der Minister sagte das Treffen in Berlin kurzfristig ab."},
		{"de", "Die Stadt teilte die Zahlen am Montag mit."},
	} {
		if got := findLang(tt.text, tt.lang); len(got) != 0 {
			t.Errorf("%q: got %s, want none", tt.text, dump(got))
		}
	}
}
