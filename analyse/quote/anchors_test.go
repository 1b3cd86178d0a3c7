package quote

import "testing"

func TestAnchors(t *testing.T) {
	tests := []struct {
		a, b   string
		shared int
		same   bool
	}{
		{"quelque 5 000 soldats", "some 5,000 soldiers", 1, true}, // one number, and two anchors at most on one side
		{"regrettable mais pas inattendu", "regrettable but not unexpected", 1, true},
		{"L'Assemblée a parlé au nom du peuple kessarien : notre sol sera défendu", "The Assembly has spoken for the people of Kessaria: our soil will be defended", 3, true},
		{"La mission au Kessaria sera longue et difficile", "Kessaria deserves our respect and our continued support", 1, false},
		{"Nous ne partirons pas", "The advisers will stay at Ostrel", 0, false},
	}
	for _, tt := range tests {
		shared, same := anchorsMatch(anchors(tt.a), anchors(tt.b))
		if same != tt.same || shared < tt.shared {
			t.Errorf("%q / %q: shared %d, same %v; want at least %d, %v (anchors %v / %v)", tt.a, tt.b, shared, same, tt.shared, tt.same, anchors(tt.a), anchors(tt.b))
		}
	}
	if a := anchors("5 000 et 5\u00a0000 et 5.000"); len(a) != 1 || !a["#5000"] {
		t.Errorf("numbers in groups: %v, want one anchor #5000", a)
	}
}
