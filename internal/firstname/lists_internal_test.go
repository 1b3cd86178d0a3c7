package firstname

import "testing"

func TestNoNameOfBothGenders(t *testing.T) {
	for w := range femaleNames {
		if maleNames[w] && !neutralNames[w] {
			t.Errorf("%q is listed as a woman's and a man's name", w)
		}
	}
}

// Places, companies and surnames often written alone are no first
// names: "Beverly Hills", "Solomon Islands", "Howard said".
func TestNoPlacesOrSurnames(t *testing.T) {
	for _, w := range []string{"beverly", "solomon", "santiago", "montgomery", "howard", "warren", "violet", "siri", "katrina", "virginia", "june"} {
		if Known(w) {
			t.Errorf("%q is listed as a first name", w)
		}
	}
}
