package wordform

import (
	"strings"
	"testing"
)

func TestForms(t *testing.T) {
	for _, w := range []string{"", "Kessaria", "1,200", "U.S.", "A4-b9", "x"} {
		if got, want := string(AppendLower(nil, w)), NormDigits(strings.ToLower(w)); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", w, got, want)
		}
	}
	if got := NormDigits("Route 66, 1998"); got != "Route 00, 0000" {
		t.Errorf("NormDigits = %q", got)
	}
	if !IsASCII("Orsenburg 12") || IsASCII("Zürich") {
		t.Errorf("IsASCII wrong")
	}
}
