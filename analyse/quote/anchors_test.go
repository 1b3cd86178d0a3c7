package quote

import (
	"maps"
	"slices"
	"testing"
)

func TestAnchors(t *testing.T) {
	tests := []struct {
		a, b   string
		shared int
		same   bool
	}{
		{"quelque 5 000 mécaniciens d'hélicoptères", "some 5,000 helicopter mechanics", 2, true},                                                                              // a number and a word
		{"quelque 5 000 soldats", "some 5,000 soldiers", 1, false},                                                                                                            // a number alone
		{"regrettable mais pas inattendu", "regrettable but not unexpected", 1, false},                                                                                        // one word alone
		{"L'Assemblée a parlé au nom du peuple kessarien : notre sol sera défendu", "The Assembly has spoken for the people of Kessaria: our soil will be defended", 4, true}, // peuple and people are cognates
		{"La mission au Kessaria sera longue et difficile", "Kessaria deserves our respect and our continued support", 1, false},
		{"Nous ne partirons pas", "The advisers will stay at Ostrel", 0, false},
	}
	for _, tt := range tests {
		a, b := anchors(tt.a, "fr"), anchors(tt.b, "en")
		shared, same := anchorsMatch(a, b)
		if same != tt.same || shared != tt.shared {
			t.Errorf("%q / %q: shared %d, same %v; want %d, %v (anchors %v / %v)", tt.a, tt.b, shared, same, tt.shared, tt.same, a, b)
		}
	}
}

// TestAnchorNumbers: numbers are read the way the language writes them.
func TestAnchorNumbers(t *testing.T) {
	tests := []struct {
		text, lang string
		want       []string
	}{
		{"5 000 et 5\u00a0000 et 5.000", "fr", []string{"#5000"}},
		{"some 5,000 troops", "en", []string{"#5000", "troops"}},
		{"1,250,000 people", "en-GB", []string{"#1250000", "people"}},
		{"In 2019, 300 people left", "en", []string{"#2019", "#300", "people"}},
		{"En 2019, 300 personas", "es", []string{"#2019", "#300", "person"}},
		{"In 2019 300 people left", "en", []string{"#2019", "#300", "people"}},
		{"5.5 and 55", "en", []string{"#5.5", "#55"}},
		{"5,5 et 55", "fr", []string{"#5.5", "#55"}},
		{"5,50 Prozent", "de", []string{"#5.5", "prozen"}},
		{"12.500 Soldaten", "de", []string{"#12500", "soldat"}},
	}
	for _, tt := range tests {
		got := slices.Sorted(maps.Keys(anchors(tt.text, tt.lang)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("anchors(%q, %s) = %v, want %v", tt.text, tt.lang, got, tt.want)
		}
	}
}

// TestAnchorWords: an elided French article goes, an English possessive
// keeps its word.
func TestAnchorWords(t *testing.T) {
	tests := []struct {
		text, lang string
		want       []string
	}{
		{"l'Assemblée d'Ostrel qu'aujourd'hui", "fr", []string{"assemb", "aujour", "ostrel"}},
		{"Varela's plan for Kessaria's people", "en", []string{"kessar", "people", "varela"}},
		{"dell'esercito", "it", []string{"eserci"}},
	}
	for _, tt := range tests {
		got := slices.Sorted(maps.Keys(anchors(tt.text, tt.lang)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("anchors(%q, %s) = %v, want %v", tt.text, tt.lang, got, tt.want)
		}
	}
}

// One anchor of a wording matches one anchor of the other, exactly or as
// a cognate, never two.
func TestAnchorsMatchOnce(t *testing.T) {
	a := map[string]bool{"people": true, "peuple": true}
	b := map[string]bool{"people": true}
	if shared, same := anchorsMatch(a, b); shared != 1 || same {
		t.Errorf("shared %d, same %v; want 1, false", shared, same)
	}
	c := map[string]bool{"peuple": true, "defend": true}
	d := map[string]bool{"people": true, "defend": true}
	if shared, same := anchorsMatch(c, d); shared != 2 || !same {
		t.Errorf("cognate and exact: shared %d, same %v; want 2, true", shared, same)
	}
}
