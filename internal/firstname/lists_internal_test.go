package firstname

import "testing"

func TestNoNameOfBothGenders(t *testing.T) {
	for w := range femaleNames {
		if maleNames[w] && !neutralNames[w] {
			t.Errorf("%q is listed as a woman's and a man's name", w)
		}
	}
}
